/**
 * Sentence and clause splitting for the explanation. Chinese prose separates sentences with 。！？,
 * items of a list with ；, and clauses with ， (or an ASCII comma, which must not be confused with
 * a thousands separator such as "1,239.70").
 */

/** Leading list markers: "1、" "1." "（2）" "(3)" "一、" "（一）" "9、 ". */
export const LIST_MARKER = /^\s*(?:\d{1,2}\s*[、.．](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])\s*/;

export function stripListMarker(text: string): { text: string; listed: boolean } {
  const m = LIST_MARKER.exec(text);
  if (!m) return { text, listed: false };
  return { text: text.slice(m[0].length), listed: true };
}

/** Removes spaces inside the text (converters insert them at line breaks), keeps everything else. */
export function normalizeSpaces(text: string): string {
  // Most paragraphs of Chinese prose have no space at all: nothing to remove.
  if (!/\s/.test(text)) return text;
  // Each run of spaces goes when a Chinese character or punctuation stands on either side of it,
  // and is one space otherwise. (One pass over the runs: a lookbehind/lookahead alternation tried
  // at every position of every paragraph.)
  return text.replace(/\s+/g, (run: string, at: number) => (HUGS_SPACE.test(text[at - 1] ?? '') || HUGS_SPACE.test(text[at + run.length] ?? '') ? '' : ' ')).trim();
}

const HUGS_SPACE = /[\u4e00-\u9fa5（）()“”：:，,；;。%]/;

/** Splits a paragraph into sentences at 。！？ (keeping the terminator). */
export function splitSentences(text: string): string[] {
  // Index scan with slices: the paragraphs of a long document are split char by char, so no
  // per-char string building.
  // (By code unit: `text[i]` makes a new one-character string for every Chinese character.)
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_FULL || c === OPEN) depth++;
    else if ((c === CLOSE_FULL || c === CLOSE) && depth > 0) depth--;
    else if (depth === 0 && (c === FULL_STOP || c === EXCLAMATION || c === QUESTION)) {
      const s = text.slice(start, i + 1).trim();
      if (s) out.push(s);
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** A clause of a sentence and whether a ；(list item break) precedes it. */
export interface Clause {
  text: string;
  /** A ； separated this clause from the previous one. */
  afterSemicolon: boolean;
}

/**
 * The aspects a whole's parts are listed under: "以下方面", "以下几个方面", "三个方面", "如下四个方面" (the
 * opener "主要用于…方面：" is no purpose but a list of the whole's parts with their amounts).
 */
export const LIST_ASPECTS = '(?:以下|如下)?(?:[一二两三四五六七八九十几\\d]+个)?方面';
/** "主要用于以下方面：", "具体用于三个方面：" (主 is 0x4e3b, 具 0x5177). */
const LIST_OPENER = new RegExp(`^(?:主要|具体)用于${LIST_ASPECTS}[:：]`);

/** A breakdown by a classification, ended by its colon ("按功能分类构成为：", "按经济分类科目分："). */
const BREAKDOWN_OPENER = /^按[\u4e00-\u9fa5]{2,16}?(?:分类|分)[\u4e00-\u9fa5]{0,6}?[:：]/;
const AMOUNT_END = /(?:万元|亿元|\d元)\s*$/;

/** Splits a sentence into clauses at ，/,/；/; (commas between digits are thousands separators). */
export function splitClauses(sentence: string): Clause[] {
  // Index scan: the clause so far is always sentence.slice(start, i).
  const out: Clause[] = [];
  let start = 0;
  let semi = false;
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    // (By code unit, and the character before an 、 taken only at an 、: `sentence[i]` makes a new
    // one-character string for every Chinese character, two more a character for `before`.)
    const c = sentence.charCodeAt(i);
    if (c === OPEN_FULL || c === OPEN) depth++;
    if ((c === CLOSE_FULL || c === CLOSE) && depth > 0) depth--;
    if (depth !== 0) continue;
    const isComma = c === COMMA_FULL || (c === COMMA && !(isDigit(sentence, i - 1) && isDigit(sentence, i + 1) && isDigit(sentence, i + 2) && isDigit(sentence, i + 3)));
    const isSemi = c === SEMICOLON_FULL || c === SEMICOLON;
    // "货物支出10万元、服务支出60.24万元": an enumeration comma after a figure separates statements.
    // "…84.68万元（占6.93%）、卫生健康支出…": after a figure's parenthesis as well.
    const isEnum = c === ENUM_COMMA && i > start && ENUM_AFTER.has(enumBefore(sentence, i)) && /[\u4e00-\u9fa5\d]/.test(sentence[i + 1] ?? '');
    if (isEnum) {
      pushClause(out, sentence.slice(start, i), semi);
      start = i + 1;
      semi = false;
      continue;
    }
    if (isComma || isSemi) {
      pushClause(out, sentence.slice(start, i), semi);
      start = i + 1;
      semi = isSemi;
      continue;
    }
    // "一般公共预算财政拨款支出主要用于以下方面：卫生健康支出214.25万元": the list opener starts a clause of its
    // own (its parts), leaving the whole it follows in the clause before.
    if ((c === 0x4e3b || c === 0x5177) && i > start && LIST_OPENER.test(sentence.slice(i, i + 16))) {
      pushClause(out, sentence.slice(start, i), semi);
      start = i;
      semi = false;
    }
    // "…支出2280.29万元按功能分类构成为：卫生健康支出（类）2123.73万元": a breakdown run on from the whole's
    // amount with no comma starts a clause of its own too (else its first part's figures are the whole's).
    if (c === 0x6309 && i > start && AMOUNT_END.test(sentence.slice(Math.max(start, i - 3), i)) && BREAKDOWN_OPENER.test(sentence.slice(i, i + 24))) {
      pushClause(out, sentence.slice(start, i), semi);
      start = i;
      semi = false;
    }
  }
  const t = sentence.slice(start).trim();
  if (t) out.push({ text: t.replace(/[。！？]$/, ''), afterSemicolon: semi });
  return out;
}

const OPEN_FULL = 0xff08; // （
const OPEN = 0x28; // (
const CLOSE_FULL = 0xff09; // ）
const CLOSE = 0x29; // )
const FULL_STOP = 0x3002; // 。
const EXCLAMATION = 0xff01; // ！
const QUESTION = 0xff1f; // ？
const COMMA_FULL = 0xff0c; // ，
const COMMA = 0x2c; // ,
const SEMICOLON_FULL = 0xff1b; // ；
const SEMICOLON = 0x3b; // ;
const ENUM_COMMA = 0x3001; // 、

/** The character before the 、 at i, or before the bracket that closes there ("…（占6.93%）、"). */
function enumBefore(sentence: string, i: number): string {
  const prev = sentence.charCodeAt(i - 1);
  return (prev === CLOSE_FULL || prev === CLOSE ? sentence[i - 2] : sentence[i - 1]) as string;
}

/** Last characters of a figure's unit (万元 元 % ％ 批次 人次 个 辆 次 项) before an enumeration comma. */
const ENUM_AFTER = new Set(['元', '%', '％', '个', '辆', '次', '项']);

function pushClause(out: Clause[], text: string, afterSemicolon: boolean): void {
  const t = text.trim();
  if (t) out.push({ text: t, afterSemicolon });
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Cuts reasons and descriptions out of a sentence: "主要原因是：…" runs to the end of the sentence or list item
 * (its figures are about other things); "主要用于…/主要包括…/开支内容包括…" runs to the end of its clause.
 * "主要用于以下方面：" is kept: it introduces the parts of a whole.
 */
/**
 * "收入总计、支出总计均为2280.29万元" (and 和/与/及, 财政拨款…) says what "收、支总计均为…" says: one
 * subject, so that the change that follows ("各减少…") is read for both, as the usual wording is.
 */
export function joinIncomeExpense(sentence: string): string {
  if (!sentence.includes('支出总计')) return sentence;
  return sentence.replace(/(财政拨款)?收入总计\s*(?:、|和|与|及|以及)\s*(?:财政拨款)?支出总计/g, (_m, f: string | undefined) => `${f ?? ''}收、支总计`);
}

/** The 财政拨款 wholes whose parts may be named by the kind of 财政拨款 alone, and the word each part's name lacks. */
const FUND_KIND_HOSTS: Readonly<Record<string, string>> = { 'income.fiscal': '财政拨款收入', 'fiscal.income': '财政拨款收入', 'fiscal.expense': '财政拨款支出' };
const BARE_FUND_KIND = /(^|[，,、；;：:])(\s*)(一般公共预算|政府性基金预算|国有资本经营预算)(?=\s*(?:为|是)?\s*\d)/g;

/**
 * "财政拨款收入4,146.90万元（其中，一般公共预算2,922.37万元，政府性基金预算1,224.53万元）": the parts of a
 * 财政拨款 whole, in its brackets, named by the kind of 财政拨款 alone are that kind's 财政拨款收入 (支出);
 * the names are completed so ("一般公共预算财政拨款收入2,922.37万元"). Other brackets are left as they are.
 */
export function fundKindsOf(inner: string, hostKey: string): string {
  const word = FUND_KIND_HOSTS[hostKey];
  if (!word || !inner.includes('预算')) return inner;
  return inner.replace(BARE_FUND_KIND, (_m, lead: string, space: string, kind: string) => `${lead}${space}${kind}${word}`);
}

/** A purpose to the end of its clause ("主要用于…"), not a list opener; a comma inside a figure ("1,092.66") does not end it. */
const PURPOSE_CLAUSE = new RegExp(`(?:主要用于|主要包括|开支内容包括|主要内容包括|具体包括)(?!${LIST_ASPECTS}[:：])(?:[^，,；;。]|(?<=\\d),(?=\\d{3}))*`, 'g');
const MONEY_OR_SHARE = /\d\s*(?:万元|亿元)|占[^，,；;。\d]{0,12}\d+(?:\.\d+)?\s*[%％]/;

/** Where a reason opens: what follows is cut by dropReasons. */
const REASON_OPEN = /(?:主要(?:变动)?原因(?:是|为|：|:)|原因(?:是|为)[:：]?|主要是)/;
/** A reason's items: parted by ；, a numbered item ("（1）", "一是"), or a comma before one. */
const REASON_ITEM_BREAK = /[；;]|[，,]?\s*(?:[（(]\d{1,2}[)）]|[一二三四五六七八九十]是)\s*/;
/**
 * An item that is a comparison of its own, whole: a subject, 较/比 last year, the change in 万元, perhaps its rate,
 * and nothing else ("本年度财政拨款收入较上年决算数减少112.6万元,下降4.4%").
 */
const FULL_COMPARISON = /^[:：\s]*((?:本年度?)?[\u4e00-\u9fa5“”"（）()]{2,24}?)(?:较|比)(?:上年|上一?年度|去年)(?:决算数?)?(?:增加|减少)了?\s*\d[\d.,，]*\s*万元(?:\s*[，,]\s*(?:增长|下降)了?\s*\d+(?:\.\d+)?\s*[%％])?\s*[。]?\s*$/;

/**
 * The items of a sentence's reason that are comparisons of their own, whole ("…下降4.1%,主要原因是(1)本年度财政拨款收入
 * 较上年决算数减少112.6万元,下降4.4%,(2)事业收入较上年决算数增加5.89万元,增长11.0%"): each a statement to read
 * apart, as its own sentence, with `names` saying its words before 较/比 name one subject. An item that only names a
 * part and its change ("基本支出减少6.08万元") stays cut: the reason says what moved most, not a list the whole is of.
 */
export function reasonStatements(sentence: string, names: (subject: string) => boolean): string[] {
  const open = REASON_OPEN.exec(sentence);
  if (!open || !sentence.includes('较') && !sentence.includes('比')) return [];
  const out: string[] = [];
  for (const item of sentence.slice((open.index ?? 0) + open[0].length).split(REASON_ITEM_BREAK)) {
    const m = FULL_COMPARISON.exec(item);
    // (Not 收支 together: "财政拨款收支" in a reason may mean the income alone or the account's totals.)
    if (m && !/收、?支/.test(m[1] as string) && names((m[1] as string).trim())) out.push(item.replace(/^[:：\s]+|[。\s]+$/g, ''));
  }
  return out;
}

export function dropReasons(sentence: string): string {
  // Each pattern needs its key words: most sentences have none and are returned as they are.
  let s = sentence;
  if (s.includes('原因') || s.includes('主要是')) s = s.replace(/[，,；;]?\s*(?:主要(?:变动)?原因(?:是|为|：|:)|原因(?:是|为)[:：]?|主要是)[^。；;]*/g, '');
  if (s.includes('主要') || s.includes('内容包括') || s.includes('具体包括')) {
    // To the end of its clause; a comma inside a figure ("1,092.66") does not end it.
    s = s.replace(PURPOSE_CLAUSE, (m) =>
      // "主要用于社会保障和就业支出84.68万元（占6.93%）、…" lists the whole's parts with their amounts:
      // kept, as "主要用于以下方面：" is; a purpose has no amount in 万元 or share.
      /^主要用于/.test(m) && MONEY_OR_SHARE.test(m) ? m.replace(/^主要用于[:：]?/, '') : '',
    );
  }
  return s;
}

/** Figures of one list: 、/和/及/与, or a comma that is no thousands separator ("4125.49,4143.91"). */
const LIST_JOIN = '(?:、|和|及|与|[,，](?!\\d{3}(?:\\D|$)))';
const RESP_FIG = '[-−－]?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?\\s*(?:万元|亿元|元|%|％|批次|人次|个|辆|项|次|台[（(]套[)）])?';
/** One "分别" segment: its cue words, then figures joined by 、/和/及/与. */
const RESP_SEGMENT = new RegExp(`^([，,]?)((?:[^，,；;。：:\\d分]|\\d{4}\\s*年度?|分(?!别))*?)分别((?:[^，,；;。\\d]|\\d{4}\\s*年度?)*?)(${RESP_FIG}(?:\\s*${LIST_JOIN}\\s*${RESP_FIG})*)`);
const RESP_SPLIT = new RegExp(`(${RESP_FIG})`, 'g');
/**
 * A clause right after a 分别 segment that lists as many figures again without saying 分别
 * ("分别增加1412.7万元、2062.79万元，增长15.74%、23.72%"): the same items in the same order.
 */
const RESP_CONTINUED = new RegExp(`^([，,])((?:[^，,；;。：:\\d分]|\\d{4}\\s*年度?)*?)()(${RESP_FIG}(?:\\s*${LIST_JOIN}\\s*${RESP_FIG})+)`);

/** The result of reading "A和B分别为X、Y": the sentence with each figure put after its own subject. */
export interface Respectively {
  text: string;
  /** The numbers of subjects and figures differ: the sentence pairs nothing and says nothing checkable. */
  mismatch: boolean;
}

/**
 * "基本支出和项目支出分别为816.48万元、1463.81万元" → "基本支出为816.48万元；项目支出为1463.81万元": the
 * figures of each "分别" go to the items named before it in order ("分别增加X、Y，分别增长a%、b%" too).
 * A list whose count differs from the figures' is a mismatch: nothing is paired by guess.
 */
export function expandRespectively(sentence: string): Respectively {
  // "占比依次为35.81%和64.19%": 依次 before a list of figures says what 分别 says.
  sentence = eachAsRespectively(sentence).replace(/依次(?=\s*(?:为|是)?\s*[-−－]?\d)/g, '分别');
  const at = sentence.indexOf('分别');
  if (at < 0) return { text: sentence, mismatch: false };
  // The items are the end of the clause before 分别: back to the previous punctuation.
  const before = sentence.slice(0, at);
  const listStart = Math.max(...['，', ',', '；', ';', '：', ':', '。'].map((p) => before.lastIndexOf(p))) + 1;
  const list = before.slice(listStart);
  const items = splitItems(list);
  // "基本支出157.38万元，项目支出81.29万元，分别占…的65.94%和34.06%": the items are the clauses before.
  if (!list.trim() && listStart > 0) return respectivelyOfClauses(sentence, at);
  // "基本支出816.48万元、项目支出1463.8万元，在本年支出中的占比分别为35.81%和64.19%": a clause of words
  // only before 分别 is what each figure is (its cue), the items the clauses before it, when they pair.
  if (items.length < 2 && listStart > 0 && list.trim() && !/\d/.test(list)) {
    const led = respectivelyOfClauses(sentence, at, listStart, list.trim());
    if (!led.mismatch) return led;
  }
  if (items.length < 2) return { text: sentence, mismatch: false };
  const { segments, rest } = respSegments(sentence.slice(at));
  if (!segments.length) return { text: sentence, mismatch: false };
  if (segments.some((s) => s.figures.length !== items.length)) return { text: sentence, mismatch: true };
  const paired = items.map((item, i) => `${item}${segments.map((s) => `${s.cue}${s.figures[i]}`).join('，')}`).join('；');
  return { text: `${sentence.slice(0, listStart)}${paired}${rest}`, mismatch: false };
}

/** A list of items and one figure said of each ("A、B和C均为0万元"), at a clause's start. */
const SAME_FOR_EACH = new RegExp(`(^|[，,；;。：:])([^，,；;。：:\\d]{2,80}?)(?:均|都)(?:为|是)\\s*(${RESP_FIG})(?=\\s*(?:[，,；;。]|$))`, 'g');

/**
 * "上级补助收入、事业收入、经营收入和其他收入均为0万元" → "上级补助收入为0万元；事业收入为0万元；…": one
 * figure said of each of two or more items, when every item is a subject of its own (`isSubject`). Not
 * where the last item's 总计 or 合计 may be every item's ("财政拨款收入、支出总计均为…": 财政拨款收入总计, not
 * 财政拨款收入), nor where an item is none (年初、年末…).
 */
export function eachTheSame(sentence: string, isSubject: (item: string) => boolean): string {
  if (!/[均都][为是]/.test(sentence)) return sentence;
  return sentence.replace(SAME_FOR_EACH, (m, lead: string, list: string, figure: string) => {
    const items = splitItems(list);
    if (items.length < 2) return m;
    if (/(?:总计|合计)$/.test(items[items.length - 1] as string) && items.slice(0, -1).some((t) => !/(?:总计|合计)$/.test(t))) return m;
    if (!items.every(isSubject)) return m;
    return `${lead}${items.map((t) => `${t}为${figure}`).join('；')}`;
  });
}

/** "各" with its cue and a list of two or more figures: "各是4125.49,4143.91万元", "各下降23.51%、38.28%". */
const EACH_LIST = new RegExp(`((?:财政拨款)?收、支(?:总计|合计))?各((?:[^，,；;。\\d]|\\d{4}\\s*年度?){0,8}?)(${RESP_FIG}(?:\\s*${LIST_JOIN}\\s*${RESP_FIG})+)`, 'g');

/**
 * "收、支总计各是4125.49,4143.91万元…各减少1267.86,2570.97万元，各下降23.51%、38.28%": 各 before a
 * list of figures, one per item, says what 分别 says; "收、支总计" then names two items (收入总计,
 * 支出总计). 各 before one figure ("收、支总计各增加6.05万元": each by the same amount) is left as it is.
 */
export function eachAsRespectively(sentence: string): string {
  if (!sentence.includes('各')) return sentence;
  return sentence.replace(EACH_LIST, (m, both: string | undefined, cue: string, figures: string) => {
    const n = [...figures.matchAll(RESP_SPLIT)].length;
    if (n < 2) return m;
    // "收、支总计" right before 各 is two items when the figures are two.
    const items = both && n === 2 ? both.replace(/收、支(总计|合计)$/, (_x, w: string) => `收入${w}和${both.startsWith('财政拨款') ? '财政拨款' : ''}支出${w}`) : (both ?? '');
    return `${items}分别${cue}${figures}`;
  });
}

/** The 分别 segments from `rest` (which starts at 分别): each cue and its figures, and what follows. */
function respSegments(rest: string): { segments: { cue: string; figures: string[] }[]; rest: string } {
  const segments: { cue: string; figures: string[] }[] = [];
  for (;;) {
    const m = RESP_SEGMENT.exec(rest) ?? (segments.length ? RESP_CONTINUED.exec(rest) : null);
    if (!m) break;
    const cue = `${m[2] ?? ''}${m[3] ?? ''}`.trim();
    const figures = [...(m[4] as string).matchAll(RESP_SPLIT)].map((f) => (f[1] as string).trim());
    segments.push({ cue, figures: sharedUnit(figures) });
    rest = rest.slice(m[0].length);
  }
  return { segments, rest };
}

/** "4125.49,4143.91万元": the unit printed once after the last figure is every figure's. */
function sharedUnit(figures: string[]): string[] {
  const unit = /[^\d.\s]+$/.exec(figures[figures.length - 1] ?? '')?.[0];
  if (!unit || figures.slice(0, -1).some((f) => /[^\d.\s,，\-−－]$/.test(f))) return figures;
  return figures.map((f, i) => (i === figures.length - 1 ? f : `${f}${unit}`));
}

const FLAT_CLAUSE = /(?<!基本|大致|略)(?:持平|无变化|没有变化|保持不变)$/;
const FIGURE_CLAUSE = new RegExp(`^(?=.*[^\\d\\s.,，%])(.*?)(${RESP_FIG})$`);

/**
 * 分别 opening its clause: the items are the clauses before it that each end in one figure, as many
 * as 分别 has figures ("基本支出157.38万元，项目支出81.29万元，分别占…的65.94%和34.06%"). When
 * there are not that many, nothing is paired (a mismatch), rather than the last item taking them all.
 */
function respectivelyOfClauses(sentence: string, at: number, end = at, lead = ''): Respectively {
  const { segments, rest } = respSegments(sentence.slice(at));
  if (!segments.length) return { text: sentence, mismatch: false };
  const n = (segments[0] as { figures: string[] }).figures.length;
  if (n < 2 || segments.some((s) => s.figures.length !== n)) return { text: sentence, mismatch: true };
  const before = sentence.slice(0, end).replace(/[，,；;]\s*$/, '');
  // ("收入总计减少84.55万元、支出总计减少99.6万元，分别下降18%、21.6%": clauses parted by 、 too; each
  // must end in its figure, below, so a list of names is never cut into clauses.)
  // (Not at a thousands separator: "项目支出1,463.8万元" is one clause.)
  const cuts = [...before.matchAll(/[，,；;：:、]/g)].map((m) => m.index as number).filter((i) => !(before[i] === ',' && isDigit(before, i - 1) && /^\d{3}(?!\d)/.test(before.slice(i + 1))));
  const starts = [0, ...cuts.map((c) => c + 1)];
  if (starts.length < n) return { text: sentence, mismatch: true };
  const from = starts[starts.length - n] as number;
  const clauses = starts.slice(-n).map((st, i, all) => before.slice(st, i + 1 < all.length ? (all[i + 1] as number) - 1 : before.length).trim());
  // (An item said outright to be flat, "支出总计持平", takes its figures too: "收入减少84.55、支出总计持平，分别
  // 下降18%、21.6%" says a rate of the flat item, and the rules read both.)
  const flat = clauses.filter((c) => FLAT_CLAUSE.test(c) && !FIGURE_CLAUSE.test(c));
  if (!clauses.every((c) => FIGURE_CLAUSE.test(c) || FLAT_CLAUSE.test(c)) || flat.length === clauses.length) return { text: sentence, mismatch: true };
  const paired = clauses.map((c, i) => `${c}，${lead}${segments.map((s) => `${s.cue}${s.figures[i]}`).join('，')}`).join('；');
  return { text: `${sentence.slice(0, from)}${paired}${rest}`, mismatch: false };
}

/** A word that ends an item's name: "公用经费和对个人和家庭的补助" is two items, "社会保障和就业支出" one. */
const ITEM_END = /(?:费|支出|收入|经费|补助|资金|结余|结转|总计|合计|预算数|决算数|金额)$/;

/**
 * "人员经费、公用经费和对个人和家庭的补助" → three items. 、/及 always separate items; 和/与 only after a
 * word that ends an item's name (a class name such as 社会保障和就业支出 holds 和). "收、支总计" is one.
 */
function splitItems(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.replace(/收、支/g, '收\u0001支').split(/以及|及|、/)) {
    const piece = raw.replace(/\u0001/g, '、');
    let start = 0;
    for (let i = 0; i < piece.length; i++) {
      if ((piece[i] === '和' || piece[i] === '与') && ITEM_END.test(piece.slice(start, i))) {
        out.push(piece.slice(start, i).trim());
        start = i + 1;
      }
    }
    out.push(piece.slice(start).trim());
  }
  return sharedHead(out.filter(Boolean));
}

/** "收入、支出总计" → 收入总计, 支出总计: the last item's 总计 (合计) is every bare 收入/支出 before it. */
function sharedHead(items: string[]): string[] {
  const head = /^(?:收入|支出)(总计|合计)$/.exec(items[items.length - 1] ?? '')?.[1];
  if (!head || !items.slice(0, -1).every((t) => /^(?:收入|支出)$/.test(t))) return items;
  return items.map((t, i) => (i === items.length - 1 ? t : `${t}${head}`));
}
