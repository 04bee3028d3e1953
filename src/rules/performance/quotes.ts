import { Decimal, type Figure, dec, fmt, sumFigures } from '../../model/decimal.js';
import type { Disclosure, PerformanceQuote, PerformanceSheet } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';
import { compareSame, compareSum, tolText } from '../arith.js';
import { type Rule, defineRule, insufficient, notApplicable } from '../rule.js';
import { linesWith } from '../template/patterns.js';
import { CN_COUNT, countValue } from '../../model/cn-numeral.js';
import { flatSheet, fullIndicators, tabSheet } from './fixtures.js';
import { correctedFund } from './funds-verdict.js';
import { NATIONAL, QUOTE_SOURCE, atFinest, gradeFor, matchSheet, normalizeGrade, pts, sameProject, sheetLabel } from './util.js';

const SOURCE = QUOTE_SOURCE;

function quoteLabel(q: PerformanceQuote): string {
  return `${SOURCE[q.source]}中「${q.name}」`;
}

/** Grade consistent with the score: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60. */
export const grade = defineRule({
  id: 'performance.grade',
  title: '评价等级与得分一致',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}第二十七条（90分（含）以上为优、80分（含）至90分为良、60分（含）至80分为中、60分以下为差）`,
  description: '自评表、汇总表、说明和报告中给出的等级应与同处给出的得分相符：90分及以上为优，80至90分为良，60至80分为中，60分以下为差。',
  cases: [
    { name: '97.63 分为优', expect: 'pass', text: '部门（单位）：某某局\n\n序号\t项目名称\t资金使用单位\t自评得分\t自评等级\n1\t医疗保险基金征缴经费补助\t某某局\t97.63\t优\n' },
    { name: '85 分标为优', expect: 'fail', mentions: '良', text: '部门（单位）：某某局\n\n序号\t项目名称\t资金使用单位\t自评得分\t自评等级\n1\t医保专项业务经费\t某某局\t85\t优\n' },
  ],
  check({ doc, report }) {
    const items: { label: string; score: Figure; grade: string; location: Location }[] = [];
    for (const s of doc.performance.sheets) if (s.total && s.grade) items.push({ label: sheetLabel(s), score: s.total, grade: s.grade, location: s.total.location });
    for (const q of doc.performance.quotes) if (q.score && q.grade) items.push({ label: quoteLabel(q), score: q.score, grade: q.grade, location: q.location });
    const graded = items.filter((it) => normalizeGrade(it.grade));
    if (graded.length === 0) return notApplicable('没有同时给出得分和等级的绩效结果');
    for (const it of graded) {
      const want = gradeFor(dec(it.score));
      if (normalizeGrade(it.grade) === want) continue;
      report({
        message: `${it.label}得分${pts(it.score)}分，等级应为“${want}”，写成“${it.grade}”`,
        expected: want,
        actual: it.grade,
        locations: [it.location],
      });
    }
  },
});

/** The same project's score, budget, execution and rate quoted elsewhere must match its sheet (or each other). */
export const quoteConsistency = defineRule({
  id: 'performance.quote-consistency',
  title: '引用的自评结果与自评表一致',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}第三十二条（绩效评价结果应当如实公开）；财政部《关于推进部门决算公开工作的通知》（同一事项在说明、报表和附件中应一致）`,
  description: '汇总表、绩效情况说明和评价报告引用的项目得分、全年预算数、执行数和执行率，应与该项目自评表一致（名称按相近程度匹配）；没有自评表的，各处引用应相互一致。',
  cases: [
    {
      name: '汇总表与自评表同为 98 分',
      expect: 'pass',
      text: `部门（单位）：某某局\n\n序号\t项目名称\t资金使用单位\t自评得分\t自评等级\n1\t培训经费项目\t某某局\t98\t优\n\n${tabSheet({ name: '培训经费', funds: ['100', '100', '80', '10', '80.00%', '8'], indicators: fullIndicators(), total: '98' })}`,
    },
    {
      name: '汇总表 96 分而自评表 98 分',
      expect: 'fail',
      mentions: '96',
      text: `部门（单位）：某某局\n\n序号\t项目名称\t资金使用单位\t自评得分\t自评等级\n1\t培训经费项目\t某某局\t96\t优\n\n${tabSheet({ name: '培训经费', funds: ['100', '100', '80', '10', '80.00%', '8'], indicators: fullIndicators(), total: '98' })}`,
    },
    {
      name: '说明与报告得分不一',
      expect: 'fail',
      mentions: '99.5',
      text: '（四）预算绩效管理情况\n\n形成整体绩效评价报告，其中，大病医疗救助专项预算项目绩效自评得分为99.5分，绩效自评综述：通过项目实施，减轻了压力。\n\n附件2-1\n\n专项预算项目绩效评价报告\n\n（大病医疗救助费用）\n\n四、评价结论\n\n通过项目实施，减轻了救助人员的经济压力。该项目得99.75分。\n',
    },
  ],
  check({ doc, report }) {
    const { sheets, quotes } = doc.performance;
    if (quotes.length === 0) return notApplicable('没有在自评表以外引用的自评结果');
    const cmp = (what: string, a: Figure | null, b: Figure | null, la: string, lb: string, locs: Location[]) => {
      if (!a || !b) return;
      const c = compareSame(a, b);
      if (c.agreement === 'exact') return;
      report({
        severity: c.agreement === 'tail' ? 'info' : 'error',
        message: c.agreement === 'tail' ? `${la}的${what}${a.raw}与${lb}的${b.raw}只差尾数` : `${la}的${what}${a.raw}与${lb}的${b.raw}不一致`,
        expected: b.raw,
        actual: a.raw,
        difference: fmt(c.difference, 2),
        tolerance: tolText(c.tolerance),
        locations: locs,
      });
    };
    const unmatched: PerformanceQuote[] = [];
    for (const q of quotes) {
      const s = matchSheet(q, sheets);
      if (!s) {
        unmatched.push(q);
        continue;
      }
      const la = quoteLabel(q);
      const lb = sheetLabel(s);
      cmp('得分', q.score, s.total, la, lb, [q.location, ...(s.total ? [s.total.location] : [])]);
      cmp('全年预算数', q.fullBudget, s.funds?.fullBudget ?? null, la, lb, [q.location, ...(s.funds?.fullBudget ? [s.funds.fullBudget.location] : [])]);
      cmp('全年执行数', q.executed, s.funds?.executed ?? null, la, lb, [q.location, ...(s.funds?.executed ? [s.funds.executed.location] : [])]);
      cmp('执行率', q.rate, s.funds?.rate ?? null, la, lb, [q.location, ...(s.funds?.rate ? [s.funds.rate.location] : [])]);
    }
    // Without a sheet, quotes of the same project must agree with each other (report > table > narrative).
    const order: PerformanceQuote['source'][] = ['report', 'summary-table', 'narrative'];
    const sorted = [...unmatched].sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
    sorted.forEach((q, k) => {
      const ref = sorted.slice(0, k).find((r) => r.source !== q.source && sameProject(r.name, q.name) && r.score && q.score);
      if (!ref) return;
      cmp('得分', q.score, ref.score, quoteLabel(q), quoteLabel(ref), [q.location, ref.location]);
    });
  },
});

/** Sub-scores of a narrative report add up to the score they make up. */
export const subScores = defineRule({
  id: 'performance.sub-scores',
  title: '分项得分之和等于总得分',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}第二十七条；部门整体支出绩效评价评分表（总体绩效与项目绩效分项得分汇总为总分）`,
  description: '评价报告中各分项得分（如“项目决策（自评得18分）”“预算管理（21.93分）”）之和应等于其上一级得分，最上一级之和应等于报告给出的总得分，按印刷精度做区间比较。',
  cases: [
    {
      name: '18+18+9+9+29.75+16 = 99.75',
      expect: 'pass',
      text: '专项预算项目绩效评价报告\n\n（大病医疗救助费用）\n\n三、绩效分析\n\n（一）通用指标绩效分析\n\n1. 项目决策（自评得18分）。决策程序严密。\n\n2. 项目管理（自评得18分）。制度健全。\n\n3. 项目实施（自评得9分）。执行严格。\n\n4. 项目结果（自评得9分）。支出进度为100%。\n\n（二）专用指标绩效分析。民生保障方面（自评得29.75分）。分配均衡。\n\n（三）个性指标绩效分析（自评得16分）。审核准确。\n\n四、评价结论\n\n通过项目实施，减轻了压力。该项目得99.75分。\n',
    },
    {
      name: '一个分项的得分未能读出（写成汉字），不以其余分项之和论总分',
      expect: 'pass',
      text: '专项预算项目绩效评价报告\n\n（大病医疗救助费用）\n\n三、绩效分析\n\n（一）通用指标绩效分析\n\n1. 项目决策（自评得18分）。决策程序严密。\n\n2. 项目管理（满分20分，自评得十八分）。制度健全。\n\n3. 项目实施（自评得9分）。执行严格。\n\n4. 项目结果（自评得9分）。支出进度为100%。\n\n（二）专用指标绩效分析。民生保障方面（自评得29.75分）。分配均衡。\n\n（三）个性指标绩效分析（自评得16分）。审核准确。\n\n四、评价结论\n\n通过项目实施，减轻了压力。该项目得99.75分。\n',
    },
    {
      name: '分项写明满分，得分仍按分项读：合计 99.75 而总分 98.75',
      expect: 'fail',
      mentions: '合计99.75',
      text: '专项预算项目绩效评价报告\n\n（大病医疗救助费用）\n\n三、绩效分析\n\n（一）通用指标绩效分析\n\n1. 项目决策（自评得18分）。决策程序严密。\n\n2. 项目管理（满分20分，自评得18分）。制度健全。\n\n3. 项目实施（自评得9分）。执行严格。\n\n4. 项目结果（自评得9分）。支出进度为100%。\n\n（二）专用指标绩效分析。民生保障方面（自评得29.75分）。分配均衡。\n\n（三）个性指标绩效分析（自评得16分）。审核准确。\n\n四、评价结论\n\n通过项目实施，减轻了压力。该项目得98.75分。\n',
    },
    {
      name: '末项得分写在名称后的句子里（得分16分）：18+18+9+9+29.75+16 = 99.75',
      expect: 'pass',
      text: '专项预算项目绩效评价报告\n\n（大病医疗救助费用）\n\n三、绩效分析\n\n（一）通用指标绩效分析\n\n1. 项目决策（自评得18分）。决策程序严密。\n\n2. 项目管理（自评得18分）。制度健全。\n\n3. 项目实施（自评得9分）。执行严格。\n\n4. 项目结果（自评得9分）。支出进度为100%。\n\n（二）专用指标绩效分析。民生保障方面（自评得29.75分）。分配均衡。\n\n（三）个性指标绩效分析。得分16分。审核准确。\n\n四、评价结论\n\n通过项目实施，减轻了压力。该项目得99.75分。\n',
    },
    {
      name: '括号里是满分（20分），得分另写（该项得16分）：18+18+9+9+29.75+16 = 99.75',
      expect: 'pass',
      text: '专项预算项目绩效评价报告\n\n（大病医疗救助费用）\n\n三、绩效分析\n\n（一）通用指标绩效分析\n\n1. 项目决策（自评得18分）。决策程序严密。\n\n2. 项目管理（自评得18分）。制度健全。\n\n3. 项目实施（自评得9分）。执行严格。\n\n4. 项目结果（自评得9分）。支出进度为100%。\n\n（二）专用指标绩效分析。民生保障方面（自评得29.75分）。分配均衡。\n\n（三）个性指标绩效分析（20分）：该项得16分。审核准确。\n\n四、评价结论\n\n通过项目实施，减轻了压力。该项目得99.75分。\n',
    },
    {
      name: '末项得分写作“15/20分”：合计 98.75 而总分 99.75',
      expect: 'fail',
      mentions: '合计98.75',
      text: '专项预算项目绩效评价报告\n\n（大病医疗救助费用）\n\n三、绩效分析\n\n（一）通用指标绩效分析\n\n1. 项目决策（自评得18分）。决策程序严密。\n\n2. 项目管理（自评得18分）。制度健全。\n\n3. 项目实施（自评得9分）。执行严格。\n\n4. 项目结果（自评得9分）。支出进度为100%。\n\n（二）专用指标绩效分析。民生保障方面（自评得29.75分）。分配均衡。\n\n（三）个性指标绩效分析（15/20分）。审核准确。\n\n四、评价结论\n\n通过项目实施，减轻了压力。该项目得99.75分。\n',
    },
    {
      name: '分项合计 99.75 而总分 98.75',
      expect: 'fail',
      mentions: '98.75',
      text: '专项预算项目绩效评价报告\n\n（大病医疗救助费用）\n\n三、绩效分析\n\n（一）通用指标绩效分析\n\n1. 项目决策（自评得18分）。决策程序严密。\n\n2. 项目管理（自评得18分）。制度健全。\n\n3. 项目实施（自评得9分）。执行严格。\n\n4. 项目结果（自评得9分）。支出进度为100%。\n\n（二）专用指标绩效分析。民生保障方面（自评得29.75分）。分配均衡。\n\n（三）个性指标绩效分析（自评得16分）。审核准确。\n\n四、评价结论\n\n通过项目实施，减轻了压力。该项目得98.75分。\n',
    },
  ],
  check({ doc, report }) {
    const quotes = doc.performance.quotes.filter((q) => q.parts && q.parts.length > 0);
    if (quotes.length === 0) return notApplicable('没有给出分项得分的评价报告');
    for (const q of quotes) {
      const parts = q.parts ?? [];
      const groups = new Map<string | null, typeof parts>();
      for (const p of parts) groups.set(p.parent, [...(groups.get(p.parent) ?? []), p]);
      // A list with an item whose score was not read ("（满分20分，得分十八分）") sums to less than its whole.
      const unread = new Set(q.partsUnread ?? []);
      const sums = [...groups].flatMap(([parent, children]) => {
        if (unread.has(parent)) return [];
        const whole = parent == null ? q.score : (parts.find((p) => p.name === parent)?.score ?? null);
        if (!whole) return [];
        const [w, ...figs] = atFinest([whole, ...children.map((c) => c.score)]) as [Figure, ...Figure[]];
        return [{ parent, children, whole, c: compareSum(w, figs), figs }];
      });
      const isBare = (name: string | null) => name != null && parts.some((p) => p.name === name && p.bare);
      // A sub-score that breaks both the sum it makes up and the sum of its own parts, where both give
      // it the same value, is the one wrong figure: one finding, not one per sum.
      const culprits = new Set<(typeof sums)[number]>();
      for (const below of sums) {
        if (below.parent == null || below.c.agreement !== 'break') continue;
        // A sum of one part is no witness: more likely a heading between was lost in reading.
        const above = sums.find((x) => x.c.agreement === 'break' && x.children.length >= 2 && x.children.some((ch) => ch.name === below.parent));
        if (!above) continue;
        const fromBelow = sumFigures(below.figs);
        const fromAbove = dec(above.whole).minus(sumFigures(above.children.filter((ch) => ch.name !== below.parent).map((ch) => ch.score)));
        if (fromBelow.minus(fromAbove).abs().gt('0.01')) continue;
        // ("项目决策（20分）" over items scored 18 in all: the 20 may be its full mark, not a wrong score; over
        // items scored 22, it is wrong either way.)
        if (isBare(below.parent) && fromBelow.lt(dec(below.whole))) continue;
        culprits.add(below).add(above);
        const what = `「${q.name}」分项「${below.parent}」`;
        report({
          message: `${SOURCE[q.source]}${what}${pts(below.whole)}分有误：其下分项合计${fmt(fromBelow, 2)}分（${below.children.map((x) => `${x.name}${x.score.raw}`).join('+')}），按上一级${above.parent == null ? '总得分' : `分项「${above.parent}」`}${pts(above.whole)}分减去其余分项也应为${fmt(fromAbove, 2)}分`,
          expected: fmt(fromBelow, 2),
          actual: below.whole.raw,
          difference: fmt(dec(below.whole).minus(fromBelow), 2),
          tolerance: tolText(below.c.tolerance),
          locations: [below.whole.location, above.whole.location, ...below.figs.map((f) => f.location)],
        });
      }
      for (const { parent, children, whole, c, figs } of sums) {
        if (c.agreement === 'exact' || [...culprits].some((x) => x.parent === parent)) continue;
        const sum = sumFigures(figs);
        const what = parent == null ? `「${q.name}」总得分` : `「${q.name}」分项「${parent}」`;
        // A score that is only a figure in brackets after its name may be that item's full mark: a whole so
        // written is wrong either way when its items make more, items so written when they make less.
        const over = sum.gt(dec(whole));
        const bare = (isBare(parent) && !over) || (children.some((x) => x.bare) && over);
        report({
          severity: c.agreement === 'tail' || bare ? 'info' : 'error',
          message: `${SOURCE[q.source]}${what}${pts(whole)}分，下列分项合计${fmt(sum, 2)}分（${children.map((x) => `${x.name}${x.score.raw}`).join('+')}）${bare ? '；括号中的分数只写“N分”，可能是该项满分而非得分，无法确证' : ''}`,
          expected: fmt(sum, 2),
          actual: whole.raw,
          difference: fmt(c.difference, 2),
          tolerance: tolText(c.tolerance),
          locations: [whole.location, ...figs.map((f) => f.location)],
        });
      }
    }
  },
});

// ---------- statements about the set of sheets ----------

interface Statement {
  group: 'project' | 'overall' | 'transfer';
  count: number | null;
  full: Figure | null;
  executed: Figure | null;
  /** "涉及预算资金": basis not stated. */
  unspecified: Figure | null;
  /** The count is of reports rather than sheets. */
  reports: boolean;
  text: string;
  location: Location;
}

function figureOf(rawText: string, location: Location): Figure | null {
  const v = rawText.replace(/[,，]/g, '');
  if (!/^\d+(\.\d+)?$/.test(v)) return null;
  const decimals = v.includes('.') ? (v.split('.')[1] as string).length : 0;
  return { value: new Decimal(v).toFixed(decimals), decimals, kind: 'amount', unit: '万元', raw: rawText, location };
}

const AMT = '([\\d,，]+(?:\\.\\d+)?)\\s*万元';

// Two rules read the same statements from all the lines of a document: read them once.
const STATEMENTS = new WeakMap<Disclosure, readonly Statement[]>();

/** Reads sentences such as "预算绩效评价项目11个，全年预算数682.26万元，全年执行数680.70万元". */
export function readStatements(doc: Disclosure): readonly Statement[] {
  let hit = STATEMENTS.get(doc);
  if (!hit) {
    // Only lines about 绩效 can hold such a sentence: one scan of the document finds them.
    hit = scanStatements(linesWith(doc, /绩效/));
    STATEMENTS.set(doc, hit);
  }
  return hit;
}

/** A count, in digits or Chinese numerals. */
const N = String.raw`\d+|${CN_COUNT}`;
const COUNT_IN_LINE = new RegExp(`(?:\\d|${CN_COUNT})\\s*[个份张]`);
/** "共8个项目", "共计六个预算项目": all the projects of a sentence about their self-evaluation. */
const PROJECTS_IN_ALL = new RegExp(`共(?:计|有)?\\s*(${N})\\s*个(?:预算|专项|专项预算|部门预算)?项目(?![^，,。；]*(?:优|良|中|差))`);

/** A count of projects; not a bare 一 ("一个" is as often an article). */
function projectCount(g: string): number | null {
  return g === '一' ? null : countValue(g);
}

function scanStatements(lines: readonly { text: string; location: Location }[]): Statement[] {
  const out: Statement[] = [];
  for (const l of lines) {
    // (The count in digits or in Chinese numerals: "六个专项预算项目绩效自评报告", "涵盖项目八个".)
    if (!COUNT_IN_LINE.test(l.text)) continue; // every line given mentions 绩效
    for (const clause of l.text.split(/[；;。]/)) {
      let group: Statement['group'] | null = null;
      let count: number | null = null;
      let reports = false;
      let m: RegExpExecArray | null;
      if ((m = new RegExp(`整体支出绩效自评表\\s*(${N})\\s*个`).exec(clause))) {
        group = 'overall';
        count = projectCount(m[1] as string);
      } else if ((m = new RegExp(`转移支付项目\\s*(${N})\\s*个`).exec(clause))) {
        group = 'transfer';
        count = projectCount(m[1] as string);
      } else if ((m = new RegExp(`(?:预算绩效评价项目|涵盖项目|(?:共|共计)?涉及项目|绩效自评项目|开展绩效自评的项目|(?<!整体支出)(?<!整体)自评项目)\\s*(${N})\\s*个`).exec(clause))) {
        group = 'project';
        count = projectCount(m[1] as string);
      } else if ((m = new RegExp(`(${N})\\s*个(?:专项预算|部门预算)?项目(?:的)?绩效(?:自评|评价)(表|报告|结果)`).exec(clause))) {
        group = 'project';
        count = projectCount(m[1] as string);
        reports = m[2] === '报告';
      } else if ((m = new RegExp(`(?:专项预算|部门预算)?项目(?:支出)?绩效(?:自评|评价)(表|报告)\\s*(${N})\\s*(?:份|个|张)`).exec(clause))) {
        // "专项预算项目绩效自评报告6份": the count after the name.
        group = 'project';
        count = projectCount(m[2] as string);
        reports = m[1] === '报告';
      } else if ((m = PROJECTS_IN_ALL.exec(clause)) && /自评|绩效评价/.test(clause)) {
        // "全面开展绩效自评，共8个项目，涉及预算资金3778.51万元": the projects evaluated, counted after 共.
        group = 'project';
        count = projectCount(m[1] as string);
      }
      if (!group) continue;
      const full = new RegExp(`全年预算(?:数|总额)为?${AMT}`).exec(clause);
      const exec = new RegExp(`(?:全年|实际)执行(?:数|总额)为?${AMT}`).exec(clause);
      // ("共涉及项目8个，资金3778.51万元": the funds said right after the count.)
      const uns = new RegExp(`涉及(?:预算)?资金${AMT}|项目\\s*\\d+\\s*个[，,]\\s*(?:预算)?资金(?:总额)?为?${AMT}`).exec(clause);
      out.push({
        group,
        count,
        full: full ? figureOf(full[1] as string, l.location) : null,
        executed: exec ? figureOf(exec[1] as string, l.location) : null,
        unspecified: uns ? figureOf((uns[1] ?? uns[2]) as string, l.location) : null,
        reports,
        text: clause.trim(),
        location: l.location,
      });
    }
  }
  return out;
}

const GROUP_NAME = { project: '项目支出绩效自评表', overall: '整体支出绩效自评表', transfer: '转移支付项目绩效自评表' };

function sheetsOf(sheets: readonly PerformanceSheet[], group: Statement['group']): PerformanceSheet[] {
  return sheets.filter((s) => s.kind === group);
}

/** Lines that are a sheet's own title ("市级预算项目支出绩效自评表"), not a sentence naming the sheets. */
function printedTitles(doc: Disclosure, group: Statement['group']): number {
  // The title ends its line, or stands before its year ("…自评表（2024年度）"); a copy may have
  // joined it to the last row of the sheet before.
  const name = GROUP_NAME[group];
  const re = new RegExp(`(?<![的等和及与])(?:[\\u4e00-\\u9fa5]{0,8})${name}(?:[（(]\\d{4}\\s*年度?[)）])?(?=\\s|$)`, 'g');
  let n = 0;
  // Only a line holding the title can match: the pattern, which may begin anywhere in a line, is
  // tried on those alone (trying it on every line took 20 ms of a short text's check).
  for (const l of doc.lines) {
    if (!l.text.includes(name)) continue;
    for (const m of l.text.matchAll(re)) if (!(group === 'project' && /转移支付/.test(m[0]))) n++;
  }
  return n;
}

/** Number of sheets (or reports) against the number the text states. */
export const sheetCount = defineRule({
  id: 'performance.sheet-count',
  title: '自评表数量与说明一致',
  category: 'performance',
  severity: 'warning',
  authority: `${NATIONAL}第三十二条；财政部《关于推进部门决算公开工作的通知》（绩效自评结果随决算公开）`,
  description: '说明中“预算绩效评价项目11个”“涵盖项目8个”“整体支出绩效自评表1个”“6个专项预算项目绩效自评报告”等数量，应与文件附列的自评表（或评价报告）数目一致；不一致说明有遗漏或多列。',
  cases: [
    {
      name: '说 1 个，附 1 张',
      expect: 'pass',
      text: `十一、预算绩效的情况说明\n\n本单位预算绩效评价项目1个，全年预算数100.00万元，全年执行数80.00万元。\n\n${flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '80.00', '10', '80.00%', '8.00'], indicators: fullIndicators(), total: '98.00' })}`,
    },
    {
      name: '说 2 个，只附 1 张',
      expect: 'fail',
      mentions: '2',
      text: `十一、预算绩效的情况说明\n\n本单位预算绩效评价项目2个，全年预算数100.00万元，全年执行数80.00万元。\n\n${flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '80.00', '10', '80.00%', '8.00'], indicators: fullIndicators(), total: '98.00' })}`,
    },
    {
      name: '数量用汉字写：涵盖项目两个，只附 1 张',
      expect: 'fail',
      mentions: '2',
      text: `十一、预算绩效的情况说明\n\n本单位开展绩效自评，涵盖项目两个，全年预算数100.00万元，全年执行数80.00万元。\n\n${flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '80.00', '10', '80.00%', '8.00'], indicators: fullIndicators(), total: '98.00' })}`,
    },
    {
      name: '“共N个项目”：共3个项目，只附 1 张',
      expect: 'fail',
      mentions: '3',
      text: `十一、预算绩效的情况说明\n\n本单位对市级预算项目全面开展绩效自评，共3个项目，全年预算数100.00万元，全年执行数80.00万元。\n\n${flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '80.00', '10', '80.00%', '8.00'], indicators: fullIndicators(), total: '98.00' })}`,
    },
    {
      name: '说自评 11 个项目，全文不附任何自评表或报告（另行公开）：不核对',
      expect: 'pass',
      text: '十一、预算绩效的情况说明\n\n本单位预算绩效评价项目11个，全年预算数100.00万元，全年执行数80.00万元。\n',
    },
    {
      name: '说自评表附后而一张未附',
      expect: 'fail',
      mentions: '11',
      text: '十一、预算绩效的情况说明\n\n本单位预算绩效评价项目11个，全年预算数100.00万元，全年执行数80.00万元，自评表附后。\n',
    },
    {
      name: '“六个专项预算项目绩效自评报告”而附 1 张',
      expect: 'fail',
      mentions: '6',
      text: `十一、预算绩效的情况说明\n\n本单位组织对六个专项预算项目绩效自评表进行了审核。\n\n${flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '80.00', '10', '80.00%', '8.00'], indicators: fullIndicators(), total: '98.00' })}`,
    },
  ],
  check({ doc, report }) {
    const st = readStatements(doc).filter((s) => s.count != null);
    if (st.length === 0) return notApplicable('说明中没有给出自评表（项目）数量');
    const lost = doc.performance.unreadSheets.length;
    if (lost) return insufficient(`有${lost}张自评表已印出但未能读取（表格结构在转换中丢失），无法核对数量`);
    const { sheets, quotes } = doc.performance;
    const reportsFound = quotes.filter((q) => q.source === 'report' && !/整体/.test(q.name));
    // A sheet whose title is printed but whose table was not read (a copy that lost the table's
    // layout) would be counted as missing: the count can only be checked when every title was read.
    for (const group of ['project', 'overall', 'transfer'] as const) {
      const printed = printedTitles(doc, group);
      const read = sheetsOf(sheets, group).length;
      if (printed > read && st.some((x) => x.group === group && !x.reports)) return insufficient(`文中印有${printed}张${GROUP_NAME[group]}，只读出${read}张（表格结构在转换中丢失），无法核对数量`);
    }
    // A document that attaches no sheet and no report at all publishes its self-evaluations elsewhere (a
    // central department's, a district's that posts them apart): its count has nothing here to be held
    // to, unless its sentence says they are attached.
    const attachesNone = sheets.length === 0 && reportsFound.length === 0;
    for (const s of st) {
      if (attachesNone && !/附后|附件|附表|见附|后附|附列/.test(s.location.text ?? '')) continue;
      const byReports = s.reports || (s.group === 'project' && sheetsOf(sheets, 'project').length === 0 && reportsFound.length > 0);
      const found = byReports ? reportsFound.length : sheetsOf(sheets, s.group).length;
      const what = byReports ? '项目绩效评价报告' : GROUP_NAME[s.group];
      if (found === s.count) continue;
      report({
        message: `说明称${s.group === 'overall' ? '整体支出自评' : s.group === 'transfer' ? '转移支付项目' : '自评项目'}${s.count}个，文件附列的${what}为${found}份`,
        expected: String(s.count),
        actual: String(found),
        locations: [s.location],
      });
    }
  },
});

/** Sum of the sheets' 全年预算数 / 执行数 against the totals the text states. */
export const fundsTotal = defineRule({
  id: 'performance.funds-total',
  title: '自评项目资金合计与说明一致',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}第三十二条；财政部《关于推进部门决算公开工作的通知》（同一事项在说明和附件中应一致）`,
  description: '说明中自评项目的全年预算数、全年执行数合计（如“全年预算数682.26万元，全年执行数680.70万元”）应等于各自评表相应数之和，按印刷精度做区间比较；只说“涉及预算资金”而与年初、全年预算合计都对不上的，提示核实口径。',
  cases: [
    {
      name: '合计相符',
      expect: 'pass',
      text: `十一、预算绩效的情况说明\n\n本单位预算绩效评价项目1个，全年预算数100.00万元，全年执行数80.00万元。\n\n${flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '80.00', '10', '80.00%', '8.00'], indicators: fullIndicators(), total: '98.00' })}`,
    },
    {
      name: '执行数合计写成 90.00',
      expect: 'fail',
      mentions: '90.00',
      text: `十一、预算绩效的情况说明\n\n本单位预算绩效评价项目1个，全年预算数100.00万元，全年执行数90.00万元。\n\n${flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '80.00', '10', '80.00%', '8.00'], indicators: fullIndicators(), total: '98.00' })}`,
    },
  ],
  check({ doc, report }) {
    const st = readStatements(doc).filter((s) => s.full || s.executed || s.unspecified);
    if (st.length === 0) return notApplicable('说明中没有给出自评项目的资金合计');
    // A sheet printed but not read, its budget line not read either, would be left out of the sums.
    const { sheets, unreadSheets } = doc.performance;
    const lost = unreadSheets.filter((u) => !sheets.some((x) => x.funds && x.location.page === u.location.page && x.location.line === u.location.line));
    if (lost.length) return insufficient(`有${lost.length}张自评表已印出但未能读取其资金，无法核对资金合计`);
    for (const s of st) {
      const group = sheetsOf(doc.performance.sheets, s.group).filter((x) => x.funds);
      if (group.length === 0 || (s.count != null && group.length !== s.count)) continue;
      const col = (k: 'fullBudget' | 'executed' | 'initialBudget') => group.map((x) => x.funds?.[k]).filter((f): f is Figure => f != null);
      const check = (what: string, stated: Figure | null, key: 'fullBudget' | 'executed') => {
        const parts = col(key);
        if (!stated || parts.length !== group.length) return;
        const c = compareSum(stated, parts);
        if (c.agreement === 'exact') return;
        // A sheet's total that its own sums correct (funds-parts names it wrong): a text total that
        // agrees with the sheets so corrected is no second finding of that one figure.
        const corrected = group.map((x) => correctedFund(x, key)).filter((f): f is Figure => f != null);
        if (c.agreement === 'break' && compareSum(stated, corrected).agreement !== 'break') return;
        report({
          severity: c.agreement === 'tail' ? 'info' : 'error',
          message: `说明中${GROUP_NAME[s.group]}的${what}合计${stated.raw}万元，${group.length}张自评表合计${fmt(sumFigures(parts), 2)}万元`,
          expected: fmt(sumFigures(parts), 2),
          actual: stated.raw,
          difference: fmt(c.difference, 2),
          tolerance: tolText(c.tolerance),
          locations: [s.location],
        });
      };
      check('全年预算数', s.full, 'fullBudget');
      check('全年执行数', s.executed, 'executed');
      if (s.unspecified) {
        // The sheets' figures as their own sums correct them (funds-parts names a total wrong): the
        // sums said are those, and a total that agrees with either reading is no finding.
        const fixed = (k: 'fullBudget' | 'executed' | 'initialBudget') => group.map((x) => correctedFund(x, k)).filter((f): f is Figure => f != null);
        const sums = [col('fullBudget'), col('initialBudget'), col('executed'), fixed('fullBudget'), fixed('initialBudget'), fixed('executed')].filter((p) => p.length === group.length);
        const ok = sums.some((p) => compareSum(s.unspecified as Figure, p).agreement !== 'break');
        if (!ok && sums.length) {
          report({
            severity: 'warning',
            message: `说明称${s.group === 'transfer' ? '转移支付项目' : '自评项目'}涉及预算资金${s.unspecified.raw}万元，与${group.length}张自评表的全年预算数合计${fmt(sumFigures(fixed('fullBudget')), 2)}万元、年初预算数合计${fmt(sumFigures(fixed('initialBudget')), 2)}万元都不一致`,
            expected: `${fmt(sumFigures(fixed('fullBudget')), 2)}（全年预算数合计）`,
            actual: s.unspecified.raw,
            locations: [s.location],
          });
        }
      }
    }
  },
});

export const rules: Rule[] = [grade, quoteConsistency, subScores, sheetCount, fundsTotal];
