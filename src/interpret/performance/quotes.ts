import { type Figure, parseNumber } from '../../model/decimal.js';
import type { PerformanceQuote } from '../../model/disclosure.js';
import type { Block, ParagraphBlock, TableBlock } from '../../model/layout.js';
import type { Location } from '../../model/location.js';
import type { InterpretContext } from '../context.js';
import { expandGrid, filled, gridText, mentions } from './grid.js';
import { isDash, numberFigure, percentFigure, squeeze } from './values.js';

/**
 * Scores of projects quoted outside their sheets: the 绩效自评情况汇总表, the narrative summaries of
 * the explanation ("项目自评得分为97.63分。全年预算数为15万元，执行数为11.44万元，完成预算的76.27%"), and
 * evaluation reports with their sub-scores ("项目决策（自评得18分）", "该项目得99.75分").
 */

const GRADE_RE = /^(优|良|中|差|优秀|良好|中等|合格|较差|不合格)$/;

function fig(raw: string, kind: Figure['kind'], location: Location, unit: string | null): Figure | null {
  const n = parseNumber(raw.replace(/\s+/g, ''));
  return n ? { value: n.value, decimals: n.decimals, kind, unit, raw, location } : null;
}

/** 汇总表: a header with 项目名称 and 得分, then rows (possibly split into several tables by group labels). */
function readSummaryTables(ctx: InterpretContext, out: PerformanceQuote[]): void {
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'table') continue;
    // The header names the 项目名称 column: tables without the words are not laid out.
    if (!mentions(b as TableBlock, '项目名称')) continue;
    const grid = expandGrid(b as TableBlock);
    const hi = grid.findIndex((r) => {
      const t = gridText(r);
      return /项目名称/.test(t) && /(自评)?得分/.test(t) && !/全年预算数|执行数|指标值/.test(t);
    });
    if (hi < 0) continue;
    const header = grid[hi] ?? [];
    const col = (re: RegExp) => header.find((c) => re.test(c.text.replace(/\s+/g, '')))?.col ?? -1;
    const nameCol = col(/项目名称/);
    const scoreCol = col(/得分/);
    const gradeCol = col(/等级/);
    const take = (rows: ReturnType<typeof expandGrid>) => {
      for (const r of rows) {
        const name = r.find((c) => c.col === nameCol)?.text ?? '';
        const sc = r.find((c) => c.col === scoreCol);
        if (!name || !sc?.cell || !sc.text) continue;
        const score = numberFigure(sc.text, 'score', sc.cell.location, '分');
        const g = r.find((c) => c.col === gradeCol)?.text ?? '';
        out.push({
          name: squeeze(name),
          score,
          grade: GRADE_RE.test(g) ? g : null,
          fullBudget: null,
          executed: null,
          rate: null,
          source: 'summary-table',
          location: sc.cell.location,
        });
      }
    };
    take(grid.slice(hi + 1));
    // Group labels such as "本级项目支出绩效自评" split the table: keep reading same-shaped tables.
    let j = i + 1;
    while (j < blocks.length) {
      const n = blocks[j] as Block;
      if (n.kind === 'paragraph') {
        if (n.heading != null || n.text.length > 30) break;
        j++;
        continue;
      }
      const g = expandGrid(n as TableBlock);
      if (g.length === 0 || (g[0] ?? []).length !== header.length || /项目名称|指标/.test(gridText(g[0] ?? []))) break;
      take(g);
      j++;
    }
    i = j - 1;
  }
}

const AMOUNT = '([\\d,，]+(?:\\.\\d+)?)\\s*万元';
const FULL_BUDGET = new RegExp(`全年预算数?为?${AMOUNT}`);
// ("执行5.6万元" as "执行数5.6万元": the spending said with the verb alone, right before its amount.)
const EXECUTED = new RegExp(`执行数?为?\\s*${AMOUNT}`);
const SPENT = new RegExp(`(?:全年|本年)?共?支出\\s*${AMOUNT}`);

function amountIn(text: string, re: RegExp, p: ParagraphBlock): Figure | null {
  const m = re.exec(text);
  return m ? fig(m[1] as string, 'amount', p.location, '万元') : null;
}

function rateIn(text: string, p: ParagraphBlock): Figure | null {
  const m = /(?:完成预算的|执行率为?|预算执行率为?|支出进度为)\s*(\d+(?:\.\d+)?)\s*[%％]/.exec(text);
  return m ? percentFigure(`${m[1]}%`, p.location) : null;
}

function cleanName(raw: string): string {
  return squeeze(raw)
    .replace(/^(其中|另外|此外|同时)[，,]?/, '')
    .replace(/^[“"「]|[”"」]$/g, '')
    .replace(/(的)?(专项预算项目|部门预算项目|预算项目|项目)?(绩效)?(自评|评价)?(得分为|得分|得)?$/, '')
    .replace(/^[“"「]|[”"」]$/g, '')
    .trim();
}

/** A figure clause ("执行率0%", "全年预算数20万元") names no project. */
const FIGURE_CLAUSE = /^(全年预算|年初预算|预算数|执行数|执行率|预算执行|支出进度|完成预算|资金|共?支出|实际支出)|\d\s*(万元|元|[%％]|分)\s*$/;

/**
 * The project a bare "自评得分90分" clause scores: the nearest clause before it that is not a figure
 * clause, read up to its colon ("1.甲平台项目：全年预算数20万元，…，自评得分0分" scores 甲平台).
 */
function nameBefore(clauses: string[], k: number): string {
  for (let j = k - 1; j >= 0; j--) {
    const c = (clauses[j] as string).trim();
    const label = /^(.+?)[：:]/.exec(c);
    if (label) return cleanName(stripMarker(label[1] as string));
    if (FIGURE_CLAUSE.test(c)) {
      // "甲平台项目全年预算数20万元": the name runs into its first figure.
      const lead = /^(.{2,}?项目)(?:全年预算|年初预算|预算数|执行数|执行率)/.exec(stripMarker(c));
      if (lead) return cleanName(lead[1] as string);
      continue;
    }
    return cleanName(stripMarker(c.replace(/(根据|按照|采用|通过).*$/, '')));
  }
  return '';
}

/** Narrative per-project summaries and score sentences in the explanation. */
function readNarrative(ctx: InterpretContext, out: PerformanceQuote[], reportRanges: [number, number][]): void {
  ctx.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    if (reportRanges.some(([s, e]) => i >= s && i < e)) return;
    const text = b.text.trim();
    // "1. 医疗保险基金征缴经费补助项目绩效自评综述：根据…项目自评得分为97.63分。全年预算数为15万元，执行数为11.44万元，完成预算的76.27%。"
    const head = /^(?:\d+[.．、]\s*)(.+?)(?:项目)?绩效自评综述[：:](.*)$/.exec(text);
    if (head) {
      const body = head[2] as string;
      const s = /(?:自评)?得分为?\s*[“"]?(\d+(?:\.\d+)?)[”"]?\s*分/.exec(body);
      out.push({
        name: cleanName(head[1] as string),
        score: s ? fig(s[1] as string, 'score', b.location, '分') : null,
        grade: null,
        fullBudget: amountIn(body, FULL_BUDGET, b),
        executed: amountIn(body, EXECUTED, b),
        rate: rateIn(body, b),
        source: 'narrative',
        location: b.location,
      });
      return;
    }
    readExecutionList(text, b, out);
    readExecutionTotals(text, b, out);
    if (!/自评|评价/.test(text) || !/得(分为?)?\s*[“"]?\s*\d/.test(text)) return;
    // Sentences naming a project and its score, possibly several per paragraph.
    for (const sentence of text.split(/[。；;]/)) {
      const clauses = sentence.split(/[，,]/);
      clauses.forEach((clause, k) => {
        const m = /^(.*?)(?:绩效)?(?:自评|评价)(?:得分为|得分|得)\s*[“"]?\s*(\d+(?:\.\d+)?)\s*[”"]?\s*分/.exec(clause);
        if (!m) return;
        let name = cleanName((m[1] as string).replace(/^.*[：:]/, ''));
        if (!name || name.length < 2 || /^(该项|此项|该项目|本项目)$/.test(name)) name = nameBefore(clauses, k);
        if (!name || name.length < 2 || /^(该项|此项|该项目|本项目)/.test(name)) return;
        const g = /等级为\s*[“"]?(优|良|中|差)[”"]?/.exec(sentence);
        // A sentence that scores one project may also give its budget, spending and rate: keep them so
        // that the rate is checked as it is in a 综述 ("全年预算数20万元，执行数0万元，执行率0%，自评得分0分").
        const alone = sentence.match(/(?:自评|评价)(?:得分为|得分|得)\s*[“"]?\s*\d/g)?.length === 1;
        out.push({
          name,
          score: fig(m[2] as string, 'score', b.location, '分'),
          grade: g ? (g[1] as string) : null,
          fullBudget: alone ? amountIn(sentence, FULL_BUDGET, b) : null,
          executed: alone ? amountIn(sentence, EXECUTED, b) : null,
          rate: alone ? rateIn(sentence, b) : null,
          source: 'narrative',
          location: b.location,
        });
      });
    }
  });
}

/**
 * A list of projects' execution without their scores ("其中，扩面征收项目经费全年预算数为9.93万元，执行数为
 * 9.20万元，完成预算的92.65%；长期护理保险工作经费全年预算…"): each project's budget, spending and rate, to
 * be held to its sheet as a 综述's are. Only a name that is a project's (经费, 资金, 项目…) or is quoted, whatever its
 * words, perhaps after the kind of project ("中央对地方转移支付项目“…补助资金（上级）”全年预算数16.67万元，执行数…"),
 * and both amounts.
 */
const EXECUTION_ITEM = new RegExp(
  `^(?:其中[，,：:]?)?\\s*(?:[^，,：:；;。“"「]{0,16}?[“"「]([^”"」]{2,60})[”"」]|([^，,：:；;。（(]{2,40}?(?:经费|资金|项目|费用|费|补助|补贴|工程|专项)))(?:项目)?\\s*[，,]?\\s*全年预算数?为?\\s*${AMOUNT}\\s*[，,]\\s*(?:全年)?执行数?为?\\s*${AMOUNT}`,
);

function readExecutionList(text: string, b: ParagraphBlock, out: PerformanceQuote[]): void {
  if (!/全年预算/.test(text) || !/执行/.test(text)) return;
  for (const sentence of text.split(/[。；;]/)) {
    // (A sentence with a score is read with it below.)
    if (/得(?:分为?)?\s*[“"]?\s*\d/.test(sentence)) continue;
    const m = EXECUTION_ITEM.exec(sentence.trim());
    if (!m) continue;
    out.push({
      name: cleanName((m[1] ?? m[2]) as string),
      score: null,
      grade: null,
      fullBudget: fig(m[3] as string, 'amount', b.location, '万元'),
      executed: fig(m[4] as string, 'amount', b.location, '万元'),
      rate: rateIn(sentence, b),
      source: 'narrative',
      location: b.location,
    });
  }
}

/**
 * The department's whole spending, or all its evaluated projects together, with the budget, the
 * spending and the rate of the self-evaluation ("对部门整体支出开展绩效自评，…全年预算数1,239.70万元，全年执行数
 * 1,238.51万元，执行率99.90%", "对11个项目开展绩效自评，全年预算数682.26万元，全年执行数680.70万元，执行率
 * 99.77%"): the whole is held to the overall sheet (a name with 整体), the projects' total to its own rate only.
 */
const TOTAL_BUDGET = new RegExp(`(?:全年)?预算(?:数|总额|金额|资金)?(?:合计|共计|总计)?为?\\s*${AMOUNT}`);
const TOTAL_EXECUTED = new RegExp(`^\\s*[，,]?\\s*(?:全年|实际)?执行(?:数|总额|金额)?(?:合计|共计|总计)?为?\\s*${AMOUNT}`);
const PROJECTS_COUNTED = /(?:^|对|开展|涉及|涵盖|共)[^，,。；;]{0,12}?(\d+|[一二三四五六七八九十]+)个(?:[\u4e00-\u9fa5]{0,6})?项目|项目(?:共)?(\d+|[一二三四五六七八九十]+)个/;

function readExecutionTotals(text: string, b: ParagraphBlock, out: PerformanceQuote[]): void {
  if (!/预算/.test(text) || !/执行/.test(text)) return;
  for (const sentence of text.split(/[。；;]/)) {
    // (A sentence with a score is read with it; a named project's by readExecutionList.)
    if (/得(?:分为?)?\s*[“"]?\s*\d/.test(sentence)) continue;
    const m = TOTAL_BUDGET.exec(sentence);
    if (!m) continue;
    const after = sentence.slice((m.index ?? 0) + m[0].length);
    const e = TOTAL_EXECUTED.exec(after);
    if (!e) continue;
    const before = sentence.slice(0, m.index);
    // Whose: the whole spending, or a count of projects, said before the budget and nothing else named there.
    const counted = PROJECTS_COUNTED.exec(before);
    const overall = /整体支出/.test(before) && !counted;
    if (!overall && !counted) continue;
    // (A named project in the same words is readExecutionList's.)
    if (!overall && EXECUTION_ITEM.test(sentence.trim())) continue;
    const rest = after.slice(e[0].length);
    const rate = /^\s*[，,]\s*(?:执行率|预算执行率|完成预算的)为?\s*(\d+(?:\.\d+)?)\s*[%％]/.exec(rest);
    out.push({
      name: overall ? '部门整体支出' : `${counted?.[1] ?? counted?.[2]}个项目合计`,
      score: null,
      grade: null,
      fullBudget: fig(m[1] as string, 'amount', b.location, '万元'),
      executed: fig(e[1] as string, 'amount', b.location, '万元'),
      rate: rate ? percentFigure(`${rate[1]}%`, b.location) : null,
      source: 'narrative',
      location: b.location,
      aggregate: true,
    });
  }
}

const REPORT_TITLE = /绩效(自评|评价)报告(?:[（(]([^）)]+)[)）])?$/;
// (Its full mark may come first, "项目管理（满分20分，自评得18分）", "（分值20分，得分18分）", or after it, "（16/20分）".)
const PART_SCORE_IN_TITLE = /^([^。：:]*?)[（(]\s*(?:(?:满分|分值|权重|总分)\s*\d+(?:\.\d+)?\s*分\s*[，,、；;]\s*)?(?:自评)?(?:得分|得)?\s*[:：为]?\s*(\d+(?:\.\d+)?)\s*(?:[/／]\s*\d+(?:\.\d+)?\s*)?分\s*[)）]/;
const PART_SCORE_ANYWHERE = /([^。，；（(]{0,30})[（(]\s*自评得\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;
const ITEM_SCORE = /(?:该项|此项)(?:自评)?得(?:分为)?\s*(\d+(?:\.\d+)?)\s*分|(?:计算|指标)得(?:分为)?\s*(\d+(?:\.\d+)?)\s*分/;

function markerLevel(text: string): number | null {
  const t = text.trim();
  if (/^[一二三四五六七八九十]+、/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(t)) return 2;
  // (Not a figure that opens a line: "10.09%，增长率为…" is no item "10.".)
  if (/^\d+(?:[.．](?!\d)|、)/.test(t)) return 3;
  if (/^[（(]\d+[)）]/.test(t)) return 4;
  return null;
}

function stripMarker(text: string): string {
  return text.trim().replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])\s*/, '');
}

/** Evaluation reports: "专项预算项目绩效评价报告（大病医疗救助费用）", "…整体支出绩效自评报告". */
function readReports(ctx: InterpretContext, out: PerformanceQuote[]): [number, number][] {
  const blocks = ctx.blocks;
  const starts: number[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && REPORT_TITLE.test(b.text.trim()) && b.text.trim().length <= 60) starts.push(i);
  });
  const ranges: [number, number][] = [];
  starts.forEach((s, k) => {
    let end = starts[k + 1] ?? blocks.length;
    for (let j = s + 1; j < end; j++) if ((blocks[j] as Block).kind === 'table') { end = j; break; }
    ranges.push([s, end]);
    const title = blocks[s] as ParagraphBlock;
    const next = blocks[s + 1];
    const tm0 = REPORT_TITLE.exec(title.text.trim());
    let name = title.text.trim().replace(REPORT_TITLE, '').replace(/^\s*20\d{2}\s*年度?/, '').trim();
    if (tm0?.[2]) name = tm0[2];
    else if (next?.kind === 'paragraph' && /^[（(].+[)）]$/.test(next.text.trim())) name = next.text.trim().slice(1, -1);
    name = squeeze(name).replace(/(专项预算项目|项目)$/, '') || name;
    let score: Figure | null = null;
    let grade: string | null = null;
    let executed: Figure | null = null;
    let rate: Figure | null = null;
    let scoreLoc: Location = title.location;
    const parts: NonNullable<PerformanceQuote['parts']> = [];
    const stack: { level: number; name: string | null }[] = [];
    // Every numbered item in order, scored or not: one without a score between scored ones of its level
    // leaves its whole's sum unknown.
    const items: Item[] = [];
    let inConclusion = false;
    for (let j = s + 1; j < end; j++) {
      const p = blocks[j] as Block;
      if (p.kind !== 'paragraph') continue;
      let t = p.text.trim();
      // "…个性指标为“…的贡献”" / "（自评得16分）": a copy that broke the line before the score.
      const nx = blocks[j + 1];
      if (nx?.kind === 'paragraph' && j + 1 < end && /^[（(]\s*自评得/.test(nx.text.trim()) && !t.includes('自评得')) {
        t = `${t}${nx.text.trim()}`;
        j++;
      }
      const level = markerLevel(t);
      if (level === 1) inConclusion = /评价结论|结论/.test(t);
      // Final score: "该项目得99.75分", "评价总分100分", "自评得 93.79 分，自评结果为优秀".
      const fm = /(?:该项目|本项目)(?:自评)?得(?:分为)?\s*(\d+(?:\.\d+)?)\s*分|(?:评价|自评)?总分为?\s*(\d+(?:\.\d+)?)\s*分/.exec(t) ??
        (inConclusion ? /自评得(?:分为)?\s*(\d+(?:\.\d+)?)\s*分/.exec(t) : null);
      if (fm && !score) {
        score = fig((fm[1] ?? fm[2]) as string, 'score', p.location, '分');
        scoreLoc = p.location;
      }
      const em = SPENT.exec(t);
      if (em && !executed && /项目资金|本项目/.test(t)) executed = fig(em[1] as string, 'amount', p.location, '万元');
      if (!rate && /项目资金|本项目/.test(t)) rate = rateIn(t, p as ParagraphBlock);
      const gm = /(?:结论|结果)为\s*[“"]?(优秀|良好|中等|合格|较差|差|优|良|中)/.exec(t);
      if (gm && !grade && (inConclusion || fm)) grade = gm[1] as string;
      if (level == null) continue;
      while (stack.length && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
      const body = stripMarker(t);
      let partName: string | null = null;
      let partScore: string | null = null;
      // Each pattern only where the one before did not match, and only with the words it needs.
      const tm = body.includes('分') ? PART_SCORE_IN_TITLE.exec(body) : null;
      const am = !tm && body.includes('自评得') ? PART_SCORE_ANYWHERE.exec(body) : null;
      // An item's score may stand in the unnumbered paragraphs after it, up to the next numbered one
      // (a copy that broke the item's paragraph: "（2）…达1576家。" / "“多级多点…该项得5分。"), or
      // straddle the break ("…该项自评得" / "4" / "分。").
      let tail = '';
      for (let q = j + 1; q < end && level >= 3; q++) {
        const nb = blocks[q] as Block;
        if (nb.kind !== 'paragraph' || markerLevel(nb.text) != null) break;
        tail += nb.text.trim();
      }
      const im = !tm && !am && level >= 3 && (body + tail).includes('得') ? (ITEM_SCORE.exec(body) ?? ITEM_SCORE.exec(body + tail)) : null;
      // A bare "（20分）" after the name may be the item's full mark: a score its words give ("该项得18分",
      // "，得分18分") is the score; without one the figure is kept as said, marked bare.
      let bare = false;
      if (tm) {
        partName = (tm[1] as string).trim();
        partScore = tm[2] as string;
        if (BARE_BRACKET.test(tm[0].slice((tm[1] as string).length))) {
          // (Its own words only: not past an item of its own below it, "（1）…该项得4分", run into its paragraph.)
          const own = body.slice(tm[0].length).split(SUB_ITEM)[0] as string;
          const said = LOOSE_SCORE.exec(own) ?? ITEM_SCORE.exec(own);
          const m = said ? (said[1] ?? said[2]) : null;
          if (m && Number(m) !== Number(partScore)) partScore = m;
          else if (!m) bare = true;
        }
      } else if (am) {
        partName = ((am[1] as string).trim() || body.split(/[。：:，]/)[0]) as string;
        partScore = am[2] as string;
      } else if (im && level >= 3) {
        partName = (body.split(/[。：:，]/)[0] as string).trim();
        partScore = (im[1] ?? im[2]) as string;
      }
      const parent = [...stack].reverse().find((x) => x.name != null)?.name ?? null;
      // An item of a list whose other items have scores may give its own in other words ("（三）个性指标
      // 绩效分析。得分16分。", "…：满分20分，得16分。"): read from its first sentence, and only there.
      const listed = items.some((x) => x.scored && x.level === level && x.parent === parent);
      if (partScore == null && listed) {
        // (The item's name alone may make its first sentence: "个性指标绩效分析。得分16分。")
        const [one, two] = body.split('。') as [string, string | undefined];
        const first = /\d/.test(one) || two == null ? one : `${one}。${two}`;
        const lm = LOOSE_SCORE.exec(first);
        if (lm) {
          partName = (first.split(/[。：:，,（(]/)[0] as string).trim();
          partScore = (lm[1] ?? lm[2]) as string;
        }
      }
      if (partName != null && partScore != null) {
        const f = fig(partScore, 'score', p.location, '分');
        if (f) parts.push({ name: squeeze(partName).slice(0, 40), score: f, parent, ...(bare ? { bare } : {}) });
        items.push({ parent, level, scored: f != null, saysScore: true });
        stack.push({ level, name: squeeze(partName).slice(0, 40) });
      } else {
        items.push({ parent, level, scored: false, saysScore: SAYS_SCORE.test(body) });
        stack.push({ level, name: null });
      }
    }
    const partsUnread = unreadAmong(items);
    if (score || parts.length) {
      out.push({
        name,
        score,
        grade,
        fullBudget: null,
        executed,
        rate,
        source: 'report',
        location: scoreLoc,
        parts,
        ...(partsUnread.length ? { partsUnread } : {}),
      });
    } else ctx.unread(`绩效评价报告「${name}」未读出得分`);
  });
  return ranges;
}

/** A numbered item of a report, in order: whether its score was read, and whether its words speak of one. */
interface Item {
  parent: string | null;
  level: number;
  scored: boolean;
  saysScore: boolean;
}

/**
 * The parents under which a numbered item of a scored list has no score read: it stands between two
 * scored items of its level, or beside one and speaks of a score ("…得分：十六分").
 */
function unreadAmong(items: readonly Item[]): (string | null)[] {
  const out = new Set<string | null>();
  items.forEach((it, k) => {
    if (it.scored) return;
    const same = (x: Item) => x.parent === it.parent && x.level === it.level && x.scored;
    const before = items.slice(0, k).some(same);
    const after = items.slice(k + 1).some(same);
    if ((before && after) || ((before || after) && it.saysScore)) out.add(it.parent);
  });
  return [...out];
}
/** A score in other words than a heading's bracket: "得分16分", "自评得分为16分", "，得16分". */
const LOOSE_SCORE = /(?:自评)?得分(?:为|是)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分|(?:^|[，,：:；;\s])(?:自评)?得\s*(\d+(?:\.\d+)?)\s*分/;
/** Where an item's own sub-item opens within its paragraph ("（1）", "1.", "一、"). */
const SUB_ITEM = /[（(]\s*[\d一二三四五六七八九十]+\s*[)）]|(?:^|[。；;：:\s])\d{1,2}\s*[.．、](?!\d)|[一二三四五六七八九十]+、/;
/** A bracket that holds a figure of 分 alone ("（20分）"): the item's score or its full mark. */
const BARE_BRACKET = /^[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]$/;
/** Words that speak of an item's score. */
const SAYS_SCORE = /得分|得\s*[\d一二三四五六七八九十]|满分|分值/;

export function readQuotes(ctx: InterpretContext): PerformanceQuote[] {
  const out: PerformanceQuote[] = [];
  readSummaryTables(ctx, out);
  const ranges = readReports(ctx, out);
  readNarrative(ctx, out, ranges);
  return out.filter((q) => q.score || q.fullBudget || q.executed || q.grade || !isDash(q.name));
}
