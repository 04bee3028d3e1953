// Rewordings that must not change what the checker finds: the same account written the way other
// documents write it. Of the prose (bench/perturb/kinds.ts isProse): thousands separators or none, a
// space before the unit or none, the department calling itself 本部门 or 本单位, prose wrapped at a
// narrower width as a word processor wraps it, punctuation typed in half width, the percent sign in full
// width, words of like meaning, figures in full width, amounts rounded, the rate before the amount,
// 同比/较上年度/与上年相比, a rate said in 个百分点. Of the tables (their rows: tabs, or Markdown's |):
// zero cells blank, "-" or "—", amounts with or without separators, codes spaced by level or split into
// 类 | 款 | 项, names indented, the unit line 单位/金额单位 or in the title, the final-accounts tables in
// 元 to the fen, headers over two lines, the total row 总计, 项目支出 before 基本支出, 公开09表 as rows, names
// without codes; of the prose also rates said 约/超过/近, lists ①②③, sections in another order. Never a
// converter's mark.
import { Decimal } from 'decimal.js';
import { displayWidth, wrapWidth } from '../../src/extract/text/unwrap.js';
import { isProse } from '../perturb/kinds.js';

/** One rewording: its id, its Chinese name, and the rewrite of one prose line into one or more lines. */
export interface Rewording {
  id: string;
  name: string;
  /** The rewrite of one prose line into one or more lines. */
  line?: (line: string) => string[];
  /** Or a rewrite of the whole text, for what a line at a time cannot see (an amount wrapped before its unit). */
  text?: (text: string) => string;
}

/** Amounts in 万元 of four digits or more written with thousands separators: 2280.29万元 → 2,280.29万元. */
function thousands(line: string): string[] {
  return [line.replace(/(?<![\d.,])(\d{4,})(?=(?:\.\d+)?\s*万元)/g, (d) => Number(d).toLocaleString('en-US'))];
}

/** A space between a figure and its unit (as text copied out of a PDF has it): 44.03万元 → 44.03 万元. */
function spaced(line: string): string[] {
  return [line.replace(/(\d)(万元|%)/g, '$1 $2')];
}

/** No space between a figure and its unit: 44.03 万元 → 44.03万元. */
function unspaced(line: string): string[] {
  return [line.replace(/(\d) +(万元|%)/g, '$1$2')];
}

/** The department calling itself the other way. */
function selfName(line: string): string[] {
  return [line.replace(/本部门/g, '本单位')];
}

/**
 * Wrapped at 76 display columns (38 Chinese characters) as a word processor wraps: by width, a
 * Chinese character two columns and an ASCII one; never inside a number or a run of ASCII
 * ("********", "2,280.29"), nor between a number and its unit, nor before a mark no line may start
 * with (，。；：、）% …: it hangs at the end of the line before). A converter's bookmark marks are left.
 */
function wrapped(line: string): string[] {
  if (displayWidth(line) <= 90 || line.includes('[bookmark')) return [line];
  const out: string[] = [];
  let i = 0;
  while (displayWidth(line.slice(i)) > 76) {
    let j = i;
    for (let w = 0; j < line.length && w + displayWidth(line[j] as string) <= 76; j++) w += displayWidth(line[j] as string);
    while (j < line.length && noBreakBefore(line, j)) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  out.push(line.slice(i));
  // (A word processor starts no wrapped line with the space it broke at.)
  return out.map((l, k) => (k ? l.replace(/^ +/, '') : l)).filter((l) => l !== '');
}

/** Whether a line may not break before position j of `line`. */
function noBreakBefore(line: string, j: number): boolean {
  const c = line[j] as string;
  const b = line[j - 1] as string;
  if (/[，。；：、）」”’》！？,.;:!?)%％]/.test(c)) return true;
  if (/[!-~]/.test(c) && /[!-~]/.test(b)) return true;
  return /[万元亿]/.test(c) && /[\d万亿]/.test(b);
}

/** Punctuation typed in half width, as some reporting software and typists write it: ，：；（） → ,:;(). */
function halfWidth(line: string): string[] {
  const map: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' };
  return [line.replace(/[，：；（）]/g, (c) => map[c] as string)];
}

/** The percent sign in full width: 11.15% → 11.15％. */
function fullPercent(line: string): string[] {
  return [line.replace(/%/g, '％')];
}

/** Words of like meaning other regions use: 较上年 → 比上年, 下降 → 降低, 增长 → 上升, 占 → 占比. */
function synonyms(line: string): string[] {
  return [
    line
      .replace(/较上年/g, '比上年')
      .replace(/下降(?=\s*\d)/g, '降低')
      .replace(/增长(?=\s*\d)/g, '上升')
      .replace(/(?<![所])占(?=\s*\d)/g, '占比'),
  ];
}

/** Figures typed in full width, as a Chinese input method left on writes them: 44.03万元 → ４４．０３万元, 12% → １２%. */
function fullWidthDigits(line: string): string[] {
  return [line.replace(/\d+(?:\.\d+)?(?=\s*(?:万元|%|％))/g, (n) => n.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))];
}

/**
 * Every amount in 万元 said to fewer decimals than the tables print, as a writer who rounds them does
 * throughout the explanation (the rates beside them still worked out from the exact amounts):
 * 2,106.66万元 → 2106.7万元 (one decimal) or 2107万元 (whole), rounded half up, exactly (decimal.js);
 * an amount already that short is left as it is. The whole text is rewritten, amounts wrapped before
 * their unit ("1511.89万\n元") too, but no table row (a line with | or a tab).
 */
function roundedTo(places: number): (text: string) => string {
  return (text) =>
    text.replace(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\.(\d+)(?=[ \t]*\n?[ \t]*万[ \t]*\n?[ \t]*元)/g, (n, whole: string, frac: string, at: number) => {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const line = text.slice(lineStart, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
      if (/[|\t]/.test(line) || frac.length <= places) return n;
      return new Decimal(`${whole.replace(/,/g, '')}.${frac}`).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
    });
}

/**
 * Every table row's cells (a line with tabs, or a Markdown row between |) rewritten one at a time by
 * `cell` (given the cell without its bold marks, its index and the row's cells); prose is left.
 */
function tableCells(cell: (c: string, i: number, row: string[]) => string): (text: string) => string {
  return (text) =>
    text
      .split('\n')
      .map((line) => {
        const sep = line.includes('\t') ? '\t' : /^\s*\|.*\|\s*$/.test(line) ? '|' : null;
        if (sep == null) return line;
        const row = line.split(sep);
        const bare = row.map((c) => c.replace(/<\/?b>/g, '').trim());
        return row
          .map((c, i) => {
            const out = cell(bare[i] as string, i, bare);
            return out === bare[i] ? c : c.replace(bare[i] as string, out);
          })
          .join(sep);
      })
      .join('\n');
}

/** A zero amount cell ("0.00") written as other tables write it: blank, "-" or "—". */
function zeroCells(as: string): (text: string) => string {
  return tableCells((c) => (c === '0.00' ? as : c));
}

/** Amounts in table cells of four integer digits or more with thousands separators: 2280.29 → 2,280.29. */
const tableThousands = tableCells((c) => (/^-?\d{4,}\.\d+$/.test(c) ? groupThousands(c) : c));

/** Amounts in table cells written without separators: 2,280.29 → 2280.29. */
const tablePlain = tableCells((c) => (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(c) ? c.replace(/,/g, '') : c));

function groupThousands(n: string): string {
  const [w, f] = n.split('.') as [string, string | undefined];
  return w.replace(/\B(?=(\d{3})+$)/g, ',') + (f == null ? '' : `.${f}`);
}

/** A row's subject code (类 3 digits, 款 5, 项 7) followed by its name: the cell index of the code, or -1. */
function codeCell(row: string[]): number {
  const i = row.findIndex((c) => c !== '');
  return i >= 0 && /^\d{3}(\d{2}){0,2}$/.test(row[i] as string) && /\p{Script=Han}/u.test(row[i + 1] ?? '') ? i : -1;
}

/** Subject codes written spaced by level, as some reporting software prints them: 2080505 → 208 05 05. */
const codeSpaced = tableCells((c, i, row) => (i === codeCell(row) ? c.replace(/^(\d{3})(\d{2})?(\d{2})?$/, (_m, a, b, d) => [a, b, d].filter(Boolean).join(' ')) : c));

/** Subject names indented by level with full-width spaces (款 one, 项 two), as tables print them. */
const nameIndent = tableCells((c, i, row) => {
  const k = codeCell(row);
  return k >= 0 && i === k + 1 ? '\u3000'.repeat(((row[k] as string).length - 3) / 2) + c : c;
});

/** A table's unit line written the other way: 单位：万元 ↔ 金额单位：万元. */
function unitLine(text: string): string {
  return text.replace(/^(\s*)(金额)?单位([：:]\s*万元\s*)$/gm, (_m, sp: string, amt: string | undefined, rest: string) => `${sp}${amt ? '' : '金额'}单位${rest}`);
}

/** A final-accounts table's title: ends 决算表, 决算总表 or 明细表 (not a performance table's 自评表). */
const FINAL_TITLE = /^(#+\s*)?\S*(决算|明细)(总)?表$/;

/** The title of the table whose unit line is at line `at`: the nearest non-blank line above ending 表, within six. */
function titleAbove(lines: string[], at: number): number {
  for (let j = at - 1; j >= Math.max(0, at - 6); j--) if (FINAL_TITLE.test((lines[j] as string).replace(/<\/?b>/g, '').trim())) return j;
  return -1;
}

/** A final-accounts table's unit written in its title, its unit line gone: 收入决算表（单位：万元）. */
function unitInTitle(text: string): string {
  const lines = text.split('\n');
  const drop = new Set<number>();
  lines.forEach((l, i) => {
    if (!/^\s*(金额)?单位[：:]\s*万元\s*$/.test(l)) return;
    const t = titleAbove(lines, i);
    if (t < 0 || /[（(]单位/.test(lines[t] as string)) return;
    lines[t] = `${(lines[t] as string).trimEnd()}（单位：万元）`;
    drop.add(i);
  });
  return lines.filter((_l, i) => !drop.has(i)).join('\n');
}

/**
 * The final-accounts tables (a title ending 决算表/明细表 within six lines above a unit line in 万元,
 * or three below it) printed in 元: the unit 单位：元 and every amount (two decimals) of the table's rows
 * ×10000 exactly, to the fen; the prose stays in 万元. A table ends at the next unit line, heading, or
 * title after its rows. Performance tables (自评表, scores) are left.
 */
function yuanTables(text: string): string {
  const lines = text.split('\n');
  // (Grouped by thousands throughout when the text's amounts are grouped anywhere, as one table prints them.)
  const grouped = /\d,\d{3}\.\d{2}/.test(text);
  const conv = (c: string) => ((v) => (grouped ? groupThousands(v) : v))(new Decimal(c.replace(/,/g, '')).times(10000).toFixed(2));
  // (An amount said in 万元 is a wrapped line of prose, not a cell.)
  const amount = /(?<![\d.,\-])-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d.,%％]|\s*万)/g;
  const unitAt = (l: string) => /(^|[\t ])(金额)?单位[：:]\s*(万?元)\s*$/.exec(l);
  const titled = (i: number) => titleAbove(lines, i) >= 0 || lines.slice(i + 1, i + 4).some((l) => FINAL_TITLE.test(l.replace(/<\/?b>/g, '').trim()));
  let on = false;
  let rows = false;
  return lines
    .map((l, i) => {
      const unit = unitAt(l);
      if (unit) {
        on = unit[3] === '万元' && titled(i);
        rows = false;
        return on ? l.replace(/万元(\s*)$/, '元$1') : l;
      }
      if (!on) return l;
      const t = l.replace(/<\/?b>/g, '').trim();
      if (t.startsWith('#') || (rows && /^\S{0,30}表$/.test(t))) {
        on = false;
        return l;
      }
      // (Rows copied out of a PDF are spaced, not tabbed: every amount of a row, by its bounds.)
      if (isProse(l)) return l;
      const out = l.replace(amount, conv);
      if (out !== l) rows = true;
      return out;
    })
    .join('\n');
}

/**
 * Column headers over two lines, as a PDF's narrow columns print them: in a final-accounts table (its
 * title ending 决算表/明细表 near its unit line), a header row above the first row of figures (three or
 * more cells of Han text only, one of five characters or more) split into two rows, each long cell's
 * first half on the first and the rest on the second (本年收入合计 → 本年收 / 入合计).
 */
function twoLineHeaders(text: string): string {
  const lines = text.split('\n');
  let header = false;
  return lines
    .flatMap((line, i) => {
      if (/(^|[\t ])(金额)?单位[：:]\s*\S*元\s*$/.test(line)) header = titleAbove(lines, i) >= 0 || lines.slice(i + 1, i + 4).some((l) => FINAL_TITLE.test(l.trim()));
      if (!header || !line.includes('\t')) return [line];
      if (/\d\.\d/.test(line)) {
        header = false;
        return [line];
      }
      const cells = line.split('\t');
      const full = cells.filter((c) => c.trim() !== '');
      if (full.length < 3 || !full.every((c) => /^[\p{Script=Han}（）()“”]+$/u.test(c.trim())) || !full.some((c) => c.trim().length >= 5)) return [line];
      const cut = (c: string) => (c.trim().length >= 4 ? Math.ceil(c.trim().length / 2) : c.trim().length);
      return [cells.map((c) => c.trim().slice(0, cut(c))).join('\t'), cells.map((c) => c.trim().slice(cut(c))).join('\t')];
    })
    .join('\n');
}

/**
 * The subject code in three columns 类 | 款 | 项, each row's own level's part alone on its row (208 |
 * | ; | 05 | ; | | 05), as older layouts print it: in each run of tab rows holding codes, the code
 * column becomes three, the row naming it (科目代码/科目编码…) gets 类 款 项 on a row of its own below.
 */
function codeColumns(text: string): string {
  return mapTabRuns(text, (block) => {
    const ks = new Set(block.map((r) => codeCell(r.map((c) => c.trim()))).filter((k) => k >= 0));
    const head = block.findIndex((r) => /^(功能分类)?科目(代码|编码)$/.test((r[[...ks][0] ?? -1] ?? '').trim()));
    if (ks.size !== 1 || head < 0) return block.map((r) => r.join('\t'));
    const k = [...ks][0] as number;
    const out: string[] = [];
    block.forEach((r, n) => {
      const c = (r[k] ?? '').trim();
      const code = codeCell(r.map((x) => x.trim())) === k ? c : null;
      const three = code ? [code.length === 3 ? code : '', code.length === 5 ? code.slice(3) : '', code.length === 7 ? code.slice(5) : ''] : [r[k] ?? '', '', ''];
      out.push([...r.slice(0, k), ...three, ...r.slice(k + 1)].join('\t'));
      if (n === head) out.push([...r.slice(0, k).map(() => ''), '类', '款', '项', ...r.slice(k + 1).map(() => '')].join('\t'));
    });
    return out;
  });
}

/** A rate of change said in 个百分点, as some documents (mis)write a percentage change: 下降8.77% → 下降8.77个百分点. */
function ratePoints(line: string): string[] {
  return [line.replace(/(增长|下降|增加|减少)(了?)([\d.]+)\s*[%％](?![）)])/g, '$1$2$3个百分点')];
}

/** A change written rate first, amount after: 增加4.80万元，增长9.30% → 增长9.30%，增加4.80万元. */
function rateFirst(line: string): string[] {
  return [line.replace(/(增加|减少)([\d,.]+\s*万元)([，,]\s*)(增长|下降)(了?)([\d.]+\s*[%％])/g, '$4$5$6$3$1$2')];
}

/** The comparison with last year written 同比, 较上年度 or 与上年相比, as other regions write it. */
function lastYear(as: string): (line: string) => string[] {
  return (line) => [line.replace(/(?:比|较)上年(?:度)?(?:决算数?)?(?=(增加|减少|增长|下降))/g, as)];
}

/** Whether a tab row's first filled cell names a table's total row (合计, 合 计, 总计). */
function totalRow(line: string): boolean {
  const first = line.split('\t').map((c) => c.replace(/<\/?b>/g, '').trim()).find((c) => c !== '');
  return line.includes('\t') && first != null && /^(合\s*计|总\s*计)$/.test(first);
}

/**
 * The 合计 row printed at the foot of its table instead of its head, as some software prints it: in a
 * run of tab rows, a total row followed at once by rows of subject codes moves below the last of them.
 */
function totalAtFoot(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!totalRow(lines[i] as string)) continue;
    let j = i + 1;
    while (j < lines.length && codeCell((lines[j] as string).split('\t').map((c) => c.trim())) >= 0) j++;
    if (j - i < 2) continue;
    const [total] = lines.splice(i, 1) as [string];
    lines.splice(j - 1, 0, total);
    i = j - 1;
  }
  return lines.join('\n');
}

/**
 * The subject code and its name in one cell, as many tables print them: "2010101 行政运行" (`sep` a
 * space) or "2010101行政运行" (none), in the code's column, the name's column left empty as a merged
 * cell copies (the header and the 合计 row keep their columns).
 */
function codeWithName(sep: string): (text: string) => string {
  return (text) =>
    text
      .split('\n')
      .map((line) => {
        if (!line.includes('\t')) return line;
        const row = line.split('\t');
        const k = codeCell(row.map((c) => c.trim()));
        if (k < 0) return line;
        return [...row.slice(0, k), `${(row[k] as string).trim()}${sep}${(row[k + 1] as string).trim()}`, '', ...row.slice(k + 2)].join('\t');
      })
      .join('\n');
}

/**
 * A final-accounts table's title numbered as other documents number it ("表一 收入支出决算总表", "附表1
 * 收入决算表", "附件1-1 支出决算表"): each title line that a 公开NN表 or unit line follows within four
 * lines, in order. The contents' list ("一、收入支出决算总表") is left.
 */
function numberedTitles(style: (n: number) => string): (text: string) => string {
  return (text) => {
    const lines = text.split('\n');
    let n = 0;
    return lines
      .map((l, i) => {
        const m = /^(#+\s*)?(\S*(?:决算|明细)(?:总)?表)\s*$/.exec(l.replace(/<\/?b>/g, '').trim());
        // (Not the heading over all the tables, "2024年度单位决算表".)
        if (!m || /^\d{4}年度?|^(部门|单位)决算表$/.test(m[2] as string) || !lines.slice(i + 1, i + 5).some((x) => /公开\d+表|(金额)?单位[：:]\s*万?元/.test(x))) return l;
        n++;
        return `${m[1] ?? ''}${style(n)} ${m[2]}`;
      })
      .join('\n');
  };
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** The tables' 栏次 row (column numbers 1, 2, 3 …) dropped, as tables that print none have it. */
function noColumnNumbers(text: string): string {
  return text
    .split('\n')
    .filter((l) => !(l.includes('\t') && /^栏\s*次$/.test(l.split('\t').map((c) => c.trim()).find((c) => c !== '') ?? '')))
    .join('\n');
}

/** A negative amount in a table cell written "－1.23" (full-width minus) or "(1.23)", as real tables print it. */
function negativeCells(as: 'fullwidth' | 'paren'): (text: string) => string {
  return tableCells((c) => (/^-\d[\d,]*\.\d+$/.test(c) ? (as === 'paren' ? `(${c.slice(1)})` : `－${c.slice(1)}`) : c));
}

/**
 * 公开01表 laid out with 收入 above 支出, one pair of columns, as some documents print it: where the
 * table's first row heads 收入 over its first three columns and 支出 over the next three, the column
 * headers (项目 | 行次 | 金额, 栏次) once, then a row 收入 and each row's income half, then a row 支出 and
 * each row's expenditure half. Halves with neither item nor amount (a line number alone) are left out.
 */
function stackedSummary(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/公开01表/.test(lines[i] as string)) continue;
    let a = i + 1;
    while (a < lines.length && a < i + 10 && !(lines[a] as string).includes('\t')) a++;
    const head = (lines[a] ?? '').split('\t').map((c) => c.replace(/<\/?b>/g, '').trim());
    if (head.length !== 6 || head[0] !== '收入' || head[3] !== '支出') continue;
    let b = a;
    while (b < lines.length && (lines[b] as string).includes('\t')) b++;
    const rows = lines.slice(a + 1, b).map((l) => l.split('\t'));
    if (!rows.every((r) => r.length === 6)) continue;
    const half = (r: string[], k: number) => r.slice(k, k + 3);
    const filled = (h: string[]) => h[0]!.trim() !== '' || h[2]!.trim() !== '';
    // (The header's rows, 项目 | 行次 | 金额 and 栏次, once above both: those before the first row of figures.)
    const first = rows.findIndex((r) => /\d\.\d/.test(r.join('')));
    const out = [
      ...rows.slice(0, first).map((r) => half(r, 0).join('\t')),
      ['收入', '', ''].join('\t'),
      ...rows.slice(first).map((r) => half(r, 0)).filter(filled).map((h) => h.join('\t')),
      ['支出', '', ''].join('\t'),
      ...rows.slice(first).map((r) => half(r, 3)).filter(filled).map((h) => h.join('\t')),
    ];
    lines.splice(a, b - a, ...out);
    i = a + out.length;
  }
  return lines.join('\n');
}

/** A line numbered at its start by a Chinese numeral: "第一部分", "一、", "（一）". */
const NUMBERED = /^(\s*)(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*(\S.*)$/;

/**
 * Lines numbered otherwise: "一、" → "1.", "（一）" → "（1）", "第一部分" → "第1部分" (style 'arabic'),
 * every line so numbered outside the tables, as a document numbered that way numbers them all; a level
 * is left where the text already uses its arabic form for another level ("1." under "（一）"), which would
 * merge two levels. Or (style 'none') the numbers dropped from each level whose lines are all headings.
 */
function headingNumbers(style: 'arabic' | 'none'): (text: string) => string {
  return (text) => {
    const lines = text.split('\n');
    // (A line whose only tab ends it, "三、绩效分析\t", is a heading copied out of a table's cell: no row.)
    const row = (l: string) => /[\t|]/.test(l.trimEnd());
    const used = (re: RegExp) => lines.some((l) => !row(l) && re.test(l));
    const free = { dot: !used(/^\s*\d+[.．、]/), paren: !used(/^\s*[（(]\d+[）)]/), part: !used(/^\s*第\d+部分/) };
    // (Numbers are dropped from a level only where every line of it is a heading, no sentence: else the
    // level's headings and its numbered paragraphs would be told apart by nothing.)
    const kind = (num: string) => (num.startsWith('第') ? 'part' : num.startsWith('（') ? 'paren' : 'dot');
    const bare = new Set(['part', 'paren', 'dot']);
    for (const l of lines) {
      const m = row(l) ? null : NUMBERED.exec(l);
      if (m && /[。；，：:]/.test(m[3] as string)) bare.delete(kind(m[2] as string));
    }
    return lines
      .map((l) => {
        if (row(l)) return l;
        const m = NUMBERED.exec(l);
        if (!m) return l;
        const num = m[2] as string;
        const n = CN.indexOf(num.replace(/[第部分、（）]/g, ''));
        if (n < 1) return l;
        if (style === 'none') return bare.has(kind(num)) ? `${m[1]}${m[3]}` : l;
        if (num.startsWith('第')) return free.part ? `${m[1]}第${n}部分 ${m[3]}` : l;
        if (num.startsWith('（')) return free.paren ? `${m[1]}（${n}）${m[3]}` : l;
        return free.dot ? `${m[1]}${n}.${m[3]}` : l;
      })
      .join('\n');
  };
}

/**
 * The glossary's entries printed without numbers ("一、财政拨款收入：指…" → "财政拨款收入：指…"), as some
 * glossaries print them: from the line naming 名词解释, each line opening with the next number of the
 * run (1, 2, 3 … or 一、二、三 …) and a term before its colon; the run ends at a number out of turn (the
 * text after the glossary numbering anew) or the next part ("第五部分").
 */
function glossaryUnnumbered(text: string): string {
  let next = 0;
  const MARK = /^(\s*)([一二三四五六七八九十]+、|\d+\s*[.．、]|[（(](?:\d+|[一二三四五六七八九十]+)[)）])\s*(?=[^：:\n]{2,60}[：:])/;
  const value = (mark: string) => {
    const bare = mark.replace(/[、.．（）()\s]/g, '');
    return /^\d+$/.test(bare) ? Number(bare) : CN.indexOf(bare);
  };
  return text
    .split('\n')
    .map((l) => {
      if (/名词解释\s*$/.test(l.trim())) {
        next = 1;
        return l;
      }
      if (!next) return l;
      if (/^\s*#*\s*第[一二三四五六七八九十]+部分/.test(l)) {
        next = 0;
        return l;
      }
      const m = MARK.exec(l);
      if (!m) {
        if (/^\s*(?:[一二三四五六七八九十]+、|\d+\s*[.．、]|[（(](?:\d+|[一二三四五六七八九十]+)[)）])/.test(l)) next = 0;
        return l;
      }
      if (value(m[2] as string) !== next) {
        next = 0;
        return l;
      }
      next++;
      return l.replace(MARK, '$1');
    })
    .join('\n');
}

/** The fiscal year the text is of: the most frequent "20NN年度". */
function fiscalYear(text: string): number | null {
  const n = new Map<string, number>();
  for (const m of text.matchAll(/(20\d\d)年度/g)) n.set(m[1] as string, (n.get(m[1] as string) ?? 0) + 1);
  const best = [...n].sort((a, b) => b[1] - a[1])[0];
  return best ? Number(best[0]) : null;
}

/** The year written "2024年" where the text writes "2024年度" (prose only). */
function yearNoDu(line: string): string[] {
  return [line.replace(/(20\d\d)年度/g, '$1年')];
}

/** The year written "2024年度" where the text writes "2024年" before a word (not a month, 底, 末, 初). */
function yearDu(line: string): string[] {
  return [line.replace(/(20\d\d)年(?![度底末初内中\d０-９])(?=\p{Script=Han})/gu, '$1年度')];
}

/**
 * The previous year named by its number where the text says 上年 ("比上年增加" → "比2023年增加", "上年度"
 * → "2023年度"), and the other way: "比2023年度增加" → "比上年度增加". Prose only; the fiscal year from the text.
 */
function priorYear(toNumber: boolean): (text: string) => string {
  return (text) => {
    const y = fiscalYear(text);
    if (y == null) return text;
    return text
      .split('\n')
      .map((l) => {
        if (!isProse(l)) return l;
        return toNumber ? l.replace(/(?<![以])上年(?![初末底])/g, `${y - 1}年`) : l.replace(new RegExp(`(比|较|与)${y - 1}年`, 'g'), '$1上年');
      })
      .join('\n');
  };
}

/**
 * A zero change said "持平": "比上年增加0.00万元，增长0.00%" (or 减少/下降, or the amount alone) → "与上年持平".
 */
function flatWord(line: string): string[] {
  return [
    line.replace(
      /(?:比|较|与)(上年度?|20\d\d年度?)(?:决算数?)?(?:相比)?[，,]?\s*(?:增加|减少)0(?:\.0+)?\s*万元(?:[，,]\s*(?:增长|下降)0(?:\.0+)?\s*[%％])?/g,
      (_m, y: string) => `与${y}持平`,
    ),
  ];
}

/** A share said "占…的比重为": "占本年支出合计的98.72%" → "占本年支出合计的比重为98.72%". */
function shareWeight(line: string): string[] {
  return [line.replace(/(占[^\d，。；、%％：:]{2,20}的)(?=\s*\d[\d.]*\s*[%％])/g, '$1比重为')];
}

/** A row of figures (a cell holding a decimal amount). */
const FIGURES = /(^|[\t|])\s*(<b>)?-?[\d,]+\.\d+/;

/** The tables' total row labelled otherwise: 合计 → 总计, or 合计 spaced out with full-width spaces ("合　　计"). */
function totalLabel(as: string): (text: string) => string {
  return (text) =>
    text
      .split('\n')
      .map((line) => {
        if (!line.includes('\t') || !FIGURES.test(line)) return line;
        const cells = line.split('\t');
        const i = cells.findIndex((c) => c.trim() !== '');
        if (i < 0 || !/^(<b>)?合\s*计(<\/b>)?$/.test((cells[i] as string).trim())) return line;
        cells[i] = (cells[i] as string).replace(/合\s*计/, as);
        return cells.join('\t');
      })
      .join('\n');
}

/**
 * Columns 基本支出 and 项目支出 printed the other way round (项目支出 first), as some software prints
 * them: in each run of tab rows whose header names 基本支出 and 项目支出 side by side, every row's two
 * cells swapped, but the 栏次 row (its numbers run in the order printed).
 */
function projectFirst(text: string): string {
  return mapTabRuns(text, (block) => {
    const head = block.find((r) => r.some((c, k) => c.trim() === '基本支出' && (r[k + 1] ?? '').trim() === '项目支出'));
    const k = head ? head.findIndex((c, n) => c.trim() === '基本支出' && (head[n + 1] ?? '').trim() === '项目支出') : -1;
    if (k >= 0)
      for (const r of block) {
        if (/^栏\s*次$/.test(r.map((c) => c.trim()).find((c) => c !== '') ?? '') || r.length <= k + 1) continue;
        [r[k], r[k + 1]] = [r[k + 1] as string, r[k] as string];
      }
    return block.map((r) => r.join('\t'));
  });
}

/**
 * 公开09表 printed with its items as rows (项目 | 预算数 | 决算数), as many documents print it: where the
 * table is the standard twelve columns (预算数 then 决算数, each 合计, 因公出国（境）费, 公务用车购置及运行
 * 维护费 with its 小计, 购置费 and 运行维护费, 公务接待费) over one row of twelve figures.
 */
function threePublicRows(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/公开09表/.test(lines[i] as string)) continue;
    let a = i + 1;
    while (a < lines.length && a < i + 10 && !(lines[a] as string).includes('\t')) a++;
    let b = a;
    while (b < lines.length && (lines[b] as string).includes('\t')) b++;
    const rows = lines.slice(a, b).map((l) => l.split('\t').map((c) => c.replace(/<\/?b>/g, '').trim()));
    const heads = rows.slice(0, 3).map((r) => r.join('|'));
    const values = rows.find((r) => r.length === 12 && r.every((c) => /^-?[\d,]+\.\d+$/.test(c)));
    if (
      !values ||
      !/^预算数\|.*决算数/.test(heads[0] ?? '') ||
      !/^合计\|因公出国（境）\s*费\|公务用车购置及运行维护费\|\|\|公务接待费\|合计/.test(heads[1] ?? '') ||
      !/小计\|公务用车购置费\|公务用车运行维护费/.test(heads[2] ?? '')
    )
      continue;
    const items = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '其中：公务用车购置费', '公务用车运行维护费', '公务接待费'];
    const out = [['项目', '预算数', '决算数'].join('\t'), ...items.map((name, n) => [name, values[n], values[n + 6]].join('\t'))];
    lines.splice(a, b - a, ...out);
    i = a + out.length;
  }
  return lines.join('\n');
}

/** The tables' 栏次 row printed without the word 栏次: its column numbers alone (1, 2, 3 …) over the columns. */
function bareColumnNumbers(text: string): string {
  return text
    .split('\n')
    .map((l) => (l.includes('\t') && /^栏\s*次$/.test(l.split('\t').map((c) => c.trim()).find((c) => c !== '') ?? '') ? l.replace(/栏\s*次/g, '') : l))
    .join('\n');
}

/**
 * Subject names indented by level (款 one full-width space, 项 two) in one 项目 column, no codes printed,
 * as some tables print them: in each run of tab rows holding codes, the code's column and the name's
 * become one, holding the indented name (or, in a row with no code, the cell that is filled).
 */
function namesWithoutCodes(text: string): string {
  return mapTabRuns(text, (block) => {
    const ks = new Set(block.map((r) => codeCell(r.map((c) => c.trim()))).filter((k) => k >= 0));
    if (ks.size !== 1) return block.map((r) => r.join('\t'));
    const k = [...ks][0] as number;
    return block.map((r) => {
      const code = codeCell(r.map((c) => c.trim())) === k ? (r[k] as string).trim() : null;
      const one = code ? '\u3000'.repeat((code.length - 3) / 2) + (r[k + 1] as string).trim() : (r[k + 1] ?? '').trim() || (r[k] ?? '');
      return [...r.slice(0, k), one, ...r.slice(k + 2)].join('\t');
    });
  });
}

/** Each run of tab-separated lines of `text`, as rows of cells, replaced by the lines `rewrite` makes of it. */
function mapTabRuns(text: string, rewrite: (rows: string[][]) => string[]): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!(lines[i] as string).includes('\t')) {
      out.push(lines[i++] as string);
      continue;
    }
    let j = i;
    while (j < lines.length && (lines[j] as string).includes('\t')) j++;
    out.push(...rewrite(lines.slice(i, j).map((l) => l.split('\t'))));
    i = j;
  }
  return out.join('\n');
}

/**
 * A rate of change or a share said approximately, as some documents say them: 增长9.30% → 增长约9%,
 * 占35.81% → 约占36% (rounded half up to a whole percent; a rate that rounds to 0 is left).
 */
function rateAbout(line: string): string[] {
  const whole = (x: string) => new Decimal(x).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return [
    line
      .replace(/(增长|下降)(了?)(\d+\.\d+)\s*%/g, (m, w: string, le: string, x: string) => (whole(x).isZero() ? m : `${w}${le}约${whole(x).toFixed(0)}%`))
      .replace(/(?<![所约])占(\d+\.\d+)\s*%/g, (m, x: string) => (whole(x).isZero() ? m : `约占${whole(x).toFixed(0)}%`)),
  ];
}

/**
 * A rate of change or a share bounded, as some documents say them: 增长9.30% → 增长超过9%, 占35.81% →
 * 占近36% (the whole percent below for 超过, above for 近; a rate that is a whole percent is left).
 */
function rateBound(line: string): string[] {
  return [
    line
      .replace(/(增长|下降)(了?)(\d+\.\d+)\s*%/g, (m, w: string, le: string, x: string) => {
        const d = new Decimal(x);
        return d.isInteger() || d.lt(1) ? m : `${w}${le}超过${d.floor().toFixed(0)}%`;
      })
      .replace(/(?<![所约])占(\d+\.\d+)\s*%/g, (m, x: string) => {
        const d = new Decimal(x);
        return d.isInteger() || d.gt(99) ? m : `占近${d.ceil().toFixed(0)}%`;
      }),
  ];
}

/** The comparison with last year written "较2023年度决算": 比上年增加 → 较2023年度决算增加 (the fiscal year from the text). */
function lastYearFinal(text: string): string {
  const y = fiscalYear(text);
  if (y == null) return text;
  return text
    .split('\n')
    .map((l) => (isProse(l) ? l.replace(/(?:比|较)上年(?:度)?(?:决算数?)?(?=(增加|减少|增长|下降))/g, `较${y - 1}年度决算`) : l))
    .join('\n');
}

/**
 * An amount and its change said in two sentences: "收入238.67万元，比上年减少92.61万元，…" →
 * "收入238.67万元。与上年相比，减少92.61万元，…", as some documents split them.
 */
function splitSentence(line: string): string[] {
  return [line.replace(/(\d\s*万元)[，,]\s*(?:比|较)上年(?:度)?(?:决算数?)?(增加|减少)/g, '$1。与上年相比，$2')];
}

const CIRCLED = ['', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

/** A list numbered ①②③: "一是…；二是…" → "①…；②…", and a paragraph opening "（1）" → "①". */
function circledList(line: string): string[] {
  return [
    line
      .replace(/(^|[：:；;。，,\s])([一二三四五六七八九十])是/g, (m, b: string, n: string) => (CN.indexOf(n) > 0 && CN.indexOf(n) <= 10 ? `${b}${CIRCLED[CN.indexOf(n)]}` : m))
      .replace(/^(\s*)[（(]([1-9]|10)[)）]/, (_m, sp: string, n: string) => `${sp}${CIRCLED[Number(n)]}`),
  ];
}

/**
 * The explanation's sections in another order: the first run of top-level sections numbered 一、二、三、四、
 * (lines of their own naming 说明 or 情况, no sentence) has its second and third sections' places
 * swapped, each renumbered in its new place, as a document that explains its expenditure before its
 * income orders them.
 */
function sectionsSwapped(text: string): string {
  const lines = text.split('\n');
  const head = (l: string, n: string) => new RegExp(`^(#+\\s*)?${n}、(.{2,40})$`).exec(l.replace(/<\/?b>|\[bookmark:[^\]]*\]/g, '').trim());
  const ok = (l: string, n: string) => {
    const m = head(l, n);
    return m != null && /说明|情况/.test(m[2] as string) && !/[。；，]/.test(m[2] as string) && !/[\t|]/.test(l);
  };
  for (let a = 0; a < lines.length; a++) {
    if (!ok(lines[a] as string, '一')) continue;
    const b = lines.findIndex((l, n) => n > a && ok(l, '二'));
    const c = b < 0 ? -1 : lines.findIndex((l, n) => n > b && ok(l, '三'));
    const d = c < 0 ? -1 : lines.findIndex((l, n) => n > c && ok(l, '四'));
    if (d < 0 || lines.slice(a + 1, d).some((l) => ok(l, '一'))) continue;
    const two = lines.slice(b, c);
    const three = lines.slice(c, d);
    two[0] = (two[0] as string).replace('二、', '三、');
    three[0] = (three[0] as string).replace('三、', '二、');
    lines.splice(b, d - b, ...three, ...two);
    return lines.join('\n');
  }
  return text;
}

export const REWORDINGS: readonly Rewording[] = [
  { id: 'thousands', name: '千分位', line: thousands },
  { id: 'spaced', name: '数与单位间加空格', line: spaced },
  { id: 'unspaced', name: '数与单位间去空格', line: unspaced },
  { id: 'self', name: '本部门→本单位', line: selfName },
  { id: 'wrapped', name: '按38字折行', line: wrapped },
  { id: 'halfwidth', name: '半角标点', line: halfWidth },
  { id: 'fullpercent', name: '全角％', line: fullPercent },
  { id: 'synonyms', name: '近义词', line: synonyms },
  { id: 'fullwidth', name: '全角数字', line: fullWidthDigits },
  { id: 'onedecimal', name: '万元保留一位小数', text: roundedTo(1) },
  { id: 'whole', name: '万元取整', text: roundedTo(0) },
  { id: 'zero-blank', name: '表中零值留空', text: zeroCells('') },
  { id: 'zero-dash', name: '表中零值写-', text: zeroCells('-') },
  { id: 'zero-emdash', name: '表中零值写—', text: zeroCells('—') },
  { id: 'table-thousands', name: '表中千分位', text: tableThousands },
  { id: 'table-plain', name: '表中去千分位', text: tablePlain },
  { id: 'code-spaced', name: '科目代码按级空格', text: codeSpaced },
  { id: 'name-indent', name: '科目名称全角缩进', text: nameIndent },
  { id: 'unit-line', name: '单位↔金额单位', text: unitLine },
  { id: 'unit-title', name: '单位写在表名中', text: unitInTitle },
  { id: 'yuan-tables', name: '决算表以元列示', text: yuanTables },
  { id: 'two-line-headers', name: '表头分两行', text: twoLineHeaders },
  { id: 'code-columns', name: '类款项分列', text: codeColumns },
  { id: 'rate-points', name: '增幅写个百分点', line: ratePoints },
  { id: 'rate-first', name: '先增幅后增额', line: rateFirst },
  { id: 'tongbi', name: '同比', line: lastYear('同比') },
  { id: 'shangniandu', name: '较上年度', line: lastYear('较上年度') },
  { id: 'yushangnian', name: '与上年相比', line: lastYear('与上年相比，') },
  { id: 'total-foot', name: '合计行在表尾', text: totalAtFoot },
  { id: 'code-name-space', name: '科目编码与名称同格（空格）', text: codeWithName(' ') },
  { id: 'code-name-joined', name: '科目编码与名称同格（连写）', text: codeWithName('') },
  { id: 'title-biao', name: '表名编号“表一”', text: numberedTitles((n) => `表${CN[n] ?? n}`) },
  { id: 'title-fubiao', name: '表名编号“附表1”', text: numberedTitles((n) => `附表${n}`) },
  { id: 'title-fujian', name: '表名编号“附件1-1”', text: numberedTitles((n) => `附件1-${n}`) },
  { id: 'no-column-numbers', name: '去栏次行', text: noColumnNumbers },
  { id: 'stacked-01', name: '公开01表收入在上支出在下', text: stackedSummary },
  { id: 'negative-fullwidth', name: '负数写－', text: negativeCells('fullwidth') },
  { id: 'negative-paren', name: '负数写括号', text: negativeCells('paren') },
  { id: 'heading-arabic', name: '标题阿拉伯数字编号', text: headingNumbers('arabic') },
  { id: 'heading-none', name: '标题不编号', text: headingNumbers('none') },
  { id: 'glossary-unnumbered', name: '名词解释不编号', text: glossaryUnnumbered },
  { id: 'year-nian', name: '2024年度→2024年', line: yearNoDu },
  { id: 'year-niandu', name: '2024年→2024年度', line: yearDu },
  { id: 'prior-number', name: '上年→2023年', text: priorYear(true) },
  { id: 'prior-word', name: '比2023年→比上年', text: priorYear(false) },
  { id: 'flat', name: '零变动写持平', line: flatWord },
  { id: 'share-weight', name: '占…的比重为', line: shareWeight },
  { id: 'total-zongji', name: '合计行写总计', text: totalLabel('总计') },
  { id: 'total-spaced', name: '合计行写“合　　计”', text: totalLabel('合\u3000\u3000计') },
  { id: 'zero-0', name: '表中零值写0', text: zeroCells('0') },
  { id: 'project-first', name: '项目支出列在基本支出前', text: projectFirst },
  { id: 'table09-rows', name: '公开09表项目成行', text: threePublicRows },
  { id: 'bare-column-numbers', name: '栏次行不写“栏次”', text: bareColumnNumbers },
  { id: 'names-no-codes', name: '无科目编码、名称缩进', text: namesWithoutCodes },
  { id: 'rate-about', name: '增幅与占比写“约”', line: rateAbout },
  { id: 'rate-bound', name: '增幅与占比写“超过/近”', line: rateBound },
  { id: 'final-prior', name: '比上年→较2023年度决算', text: lastYearFinal },
  { id: 'split-sentence', name: '金额与增减分两句', line: splitSentence },
  { id: 'circled-list', name: '列举用①②③', line: circledList },
  { id: 'sections-swapped', name: '说明章节换序', text: sectionsSwapped },
];

/** The text with every prose line rewritten; null when the rewording changes nothing in it. */
export function reword(text: string, r: Rewording): string | null {
  // A text already wrapped at its own width (most prose lines short: a PDF's copy) is not wrapped again.
  if (r.id === 'wrapped') {
    const prose = text.split('\n').filter(isProse);
    if (prose.filter((l) => l.length <= 45).length * 2 > prose.length) return null;
  }
  // Half-width punctuation narrows a hard-wrapped line by a column per mark, and full-width figures widen
  // it by one per digit, which no document printed that way shows (its lines still fill the page): only
  // text not wrapped at a width is rewritten.
  if ((r.id === 'halfwidth' || r.id === 'fullwidth') && wrapWidth(text.split(/[\n\f]/)) != null) return null;
  if (r.text) {
    const out = r.text(text);
    return out === text ? null : out;
  }
  const rewrite = r.line ?? ((l: string) => [l]);
  let changed = false;
  const lines = text.split('\n').flatMap((l) => {
    if (!isProse(l)) return [l];
    const out = rewrite(l);
    if (out.length !== 1 || out[0] !== l) changed = true;
    return out;
  });
  return changed ? lines.join('\n') : null;
}

/** Errors and warnings by severity and rule, as a multiset. */
export function serious(findings: readonly { rule: string; severity: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error' || f.severity === 'warning') m.set(`${f.severity} ${f.rule}`, (m.get(`${f.severity} ${f.rule}`) ?? 0) + 1);
  return m;
}

/** What `after` has more of than `before` (severity and rule, with the count). */
export function more(after: Map<string, number>, before: Map<string, number>): [string, number][] {
  return [...after].flatMap(([k, n]) => (n > (before.get(k) ?? 0) ? [[k, n - (before.get(k) ?? 0)] as [string, number]] : []));
}
