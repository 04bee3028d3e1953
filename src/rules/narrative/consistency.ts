import { type Implied, flowLacksTerms, impliedValues } from '../../model/implied.js';
import { isRateMissingPercent } from '../../model/missing-percent.js';
import { budgetKind, currentAmountOf, EQUIVALENT, grandTotalsDisagree, impliedPrior, label, money, samePrinted, signedChange, where, whereFigure } from '../../model/claims.js';
import { describeLocation, samePlace } from '../../model/location.js';
import { Decimal, type Figure, dec, fmt, gap, intervalOf, overlaps, wan } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { listedTwiceIn, misplacedParts, repeatedParts } from '../../model/list-parts.js';
import { defineRule, type Explained, insufficient, notApplicable } from '../rule.js';
import { relationsWith, relationWords } from '../arithmetic/budget.js';
import { changeSaidElsewhere, mixedDirection } from '../arithmetic/change.js';
import { procurementFigures } from './procurement-text.js';
import { basicScope } from './basic-pair.js';
import { amountCause, boundsCause, changeAmountCause, correctedFigureCause, directionCause, impliedBalanceCause, listedTwiceCause, locs, md, misnamedWhole } from '../arithmetic/lib.js';
import { escapeRegExp } from '../../model/regex-source.js';

const AUTH = '《关于做好2024年度部门决算公开工作的通知》（同一事项在说明、报表和绩效报告中应口径一致、数字一致）';

/**
 * Subjects whose statements are about different things even when worded alike: a generic subject
 * whose scope could not be told (本年收入 under a 财政拨款 heading: the department's or 财政拨款's?).
 */
const SKIP = /^(performance\.|assets\.bigEquipment|unsure:)/;

function sectionName(c: Claim): string {
  return c.section === 'performance.report' ? '绩效报告' : '决算说明';
}

/**
 * Of two statements of one figure, the one whose own sentence relates it to its budget in words that
 * fail with it and hold with the other statement's figure, when only one does.
 */
function wrongByOwnSentence(doc: Disclosure, a: Stated, b: Stated): { wrong: Stated; words: string } | null {
  const which = (x: Stated) => (x.kind === '' ? 'amount' : x.kind === '变动率' ? null : 'budget');
  const wrong = [a, b].filter((x, i) => {
    const w = which(x);
    const y = (i === 0 ? b : a) as Stated;
    // Not by a share: a part's share is weighed by the sum of the parts it is one of, with the whole
    // and the other parts in view (structure.ts), which folds what follows from it there; decided here
    // too, the part named twice over splits those consequences between two findings.
    return w != null && relationsWith(doc, x.claim, w, x.fig, false) === 'break' && relationsWith(doc, x.claim, w, y.fig, false) === 'hold';
  });
  if (wrong.length !== 1) return null;
  const w = wrong[0] as Stated;
  return { wrong: w, words: relationWords(w.claim, w.kind === '') };
}

type Stated = { claim: Claim; fig: Figure; kind: string };

export const sameSubject = defineRule({
  id: 'narrative.same-subject',
  title: '同一事项前后金额不一致',
  category: 'narrative',
  severity: 'error',
  authority: AUTH,
  description:
    '同一事项（同一口径的收入、支出、科目、三公经费、项目等）在说明各处及绩效报告中出现多次时金额应完全一致：同一数按同一精度舍入只能印成一个数，故任何差异都是错误（精度不同的按较粗精度比较）。只比较同一年度、同一口径的数：预算数（其合计写“预算数”的，“其中”所列各项也是预算数）不与决算数相比；各处分别写明两个以上年度的，各按其年度比较（“其中”各项随其合计的年度）。',
  cases: [
    { name: '两处一致', expect: 'pass', text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元，占35.81%；项目支出1463.8万元，占64.19%。', '我局2024年决算支出数2280.29万元，其中：基本支出816.48万元，占35.81%；项目支出1463.80万元，占64.19%。') },
    {
      name: '三处中两处一致：少数一处为误',
      expect: 'fail',
      mentions: '816.49',
      text: md('三、支出决算情况说明', '我局2024年决算支出数2280.29万元，其中：基本支出816.49万元。', '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元。', '全年基本支出816.48万元，项目支出1463.81万元。'),
    },
    {
      name: '同一类的一般公共预算支出与政府性基金支出是两件事',
      expect: 'pass',
      text:
        md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出480.00万元，主要用于以下方面：文化旅游体育与传媒支出（类）480.00万元，占100.00%。', '文化旅游体育与传媒支出（类）480.00万元。') +
        md('八、政府性基金预算财政拨款收入支出决算情况说明', '2024年度政府性基金预算财政拨款支出2.80万元，主要用于以下方面：文化旅游体育与传媒支出（类）2.80万元。'),
    },
    { name: '全区与区直各为一数', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '全区2024年“三公”经费决算数合计为100.86万元，其中公务接待费20.00万元。', '2024年区直财政拨款资金安排“三公”经费决算数为73.64万元，其中公务接待费12.00万元。', '全区公务接待费20.00万元，主要用于接待上级检查。') },
    { name: '比较基数不是第二个本年数', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费合计31.23万元，其中：公务接待费1.58万元。较2023年度“三公”经费合计16.08万元增加15.15万元。', '“三公”经费合计31.23万元，主要用于公务用车运行。') },
    {
      name: '说明的变动率与“三公”对比表不同',
      expect: 'fail',
      mentions: '57.39',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2020年度“三公”经费支出决算为13.49万元，比2019年减少18.17万元，下降57.41%。', '“三公”经费决算数对比情况表', '单位：万元\n\n| 项目 | 上年决算数 | 本年决算数 | 增减额 | 增减幅度 |\n| --- | --- | --- | --- | --- |\n| 合计 | 31.66 | 13.49 | -18.17 | -57.39% |\n| 公务接待费 | 9.10 | 1.50 | -7.60 | -83.52% |'),
    },
    { name: '比上年预算与比上年决算是两个变动率', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2020年“三公”经费决算数共计35.5万元,比上年预算数字下降35.45%,比上年决算数字下降34.26%;其中公务接待费15.5万元,比上年预算数字下降18.42%,比上年决算数字下降16.22%。', '“三公”经费决算数共计35.5万元，比上年决算数字下降34.26%。') },
    {
      name: '收、支总计写成两个总计之和',
      expect: 'fail',
      mentions: '恰为收入、支出两个总计相加',
      text: md('一、收入支出决算总体情况说明', '本部门2024年度收入、支出决算总计665.96万元。与上年决算相比，收、支总计各增加107.58万元，增长47.7%。', '（一）收入决算总计332.98万元。', '（二）支出决算总计332.98万元。'),
    },
    {
      name: '同一名称三处三个数：不是同一事项',
      expect: 'pass',
      text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元。', '基本支出726.10万元，主要用于人员经费。', '全年基本支出605.33万元，项目支出1463.81万元。'),
    },
    {
      name: '两处不一、无第三处，一处的同句差异率指出哪处有误',
      expect: 'fail',
      mentions: '应为7.32',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费7.32万元，其中：公务用车购置费0.00万元，公务用车运行维护费7.32万元。', '公务用车运行维护费全年预算数7.32万元，决算数7.23万元，预决算差异率0.00%，主要原因是严格按照预算执行。'),
    },
    {
      name: '同一列举中名称误写的一项不算第三个数',
      expect: 'fail',
      mentions: '两处各执一词',
      text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元，占35.81%；基本支出1463.8万元，占64.19%。', '我局2024年决算支出数2280.29万元，其中：基本支出816.49万元，占35.81%；项目支出1463.8万元，占64.19%。'),
    },
    {
      name: '预算数合计之下“其中”所列各项是预算数，不与决算数相比',
      expect: 'pass',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '“三公”经费财政拨款预算数合计为60.00万元。其中，公务接待费35.00万元，公务用车购置及运行维护费25.00万元。', '2024年度“三公”经费财政拨款决算数为50.00万元。其中，公务接待费决算数为30.00万元，公务用车购置及运行维护费20.00万元。', '公务接待费决算数为30.00万元，主要用于接待上级检查。'),
    },
    {
      name: '两句各说一个年度的决算数（“其中”各项随其合计的年度），是两件事',
      expect: 'pass',
      text: '某某中心“三公”经费财政拨款情况说明\n\n2024年，某某中心“三公”经费财政拨款决算数为70.10万元。其中，公务接待费决算数为25.60万元。\n\n2023年，某某中心“三公”经费财政拨款决算数为66.00万元。其中，公务接待费决算数为22.00万元。\n\n2024年公务接待费决算数为25.60万元，主要用于接待上级检查。\n',
    },
    { name: '基本支出两处不一、无第三处：不判孰是', expect: 'fail', mentions: '无法从文中判断哪处有误', text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元，占35.81%；项目支出1463.8万元，占64.19%。', '我局2024年决算支出数2280.29万元，其中：基本支出816.49万元，占35.81%；项目支出1463.8万元，占64.19%。') },
  ],
  check(ctx) {
    const groups = new Map<string, { claim: Claim; fig: Figure; kind: string }[]>();
    // A part listed twice in one list, its amount another list's sibling's: a slip of the name
    // (narrative.part-listed-twice), not a value of this subject.
    const repeated = repeatedParts(ctx.doc);
    // Likewise a whole whose parts prove it another whole's (narrative.part-of-other-whole).
    const misnamed = new Set([...repeated.flatMap((r) => (r.misnamed ? [r.misnamed.claim] : [])), ...misplacedParts(ctx.doc).flatMap((m) => (m.proof ? [m.whole] : []))]);
    for (const c of ctx.doc.claims) {
      if (SKIP.test(c.subject.key) || misnamed.has(c)) continue;
      // A class or item of 政府性基金 spending is not the same class's 一般公共预算 spending.
      // A statement of a named part of the whole ("2022年区直财政拨款资金安排“三公”经费决算数为736.40万元"
      // beside the district's 1000.86) is another quantity.
      const scope = SCOPE_WORD.exec(c.location.text ?? '')?.[0] ?? '';
      // 人员经费 of all funds' 基本支出 (支出决算) and of 一般公共预算's are two quantities of one name.
      const subject = `${c.subject.key.startsWith('fc') ? `${c.subject.key}|${budgetKind(c)}` : c.subject.key}|${scope}|${basicScope(ctx.doc, c)}`;
      if (c.amount && !isComparedBase(c)) {
        const k = `a|${subject}`;
        groups.set(k, [...(groups.get(k) ?? []), { claim: c, fig: c.amount, kind: '' }]);
      }
      if (c.budget?.amount && c.budget.basis !== 'unspecified') {
        const k = `b${c.budget.basis}|${subject}`;
        groups.set(k, [...(groups.get(k) ?? []), { claim: c, fig: c.budget.amount, kind: c.budget.basis === 'initial' ? '年初预算数' : '全年预算数' }]);
      }
      // The change on last year printed twice ("下降57.41%" in a sentence, "-57.39%" in the 三公 comparison table).
      if (c.change?.rate && c.change.against === 'prior' && c.change.direction && c.change.direction !== 'flat') {
        const k = `r${c.change.direction}|${subject}`;
        groups.set(k, [...(groups.get(k) ?? []), { claim: c, fig: c.change.rate, kind: '变动率' }]);
      }
    }
    mergeGrandTotals(groups);
    splitByYear(groups, ctx.doc.facts.fiscalYear);
    if (![...groups.values()].some((g) => g.length > 1)) return notApplicable('没有在多处出现的同一事项');
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      // Statements that print the same value form one reading; when a third statement agrees with
      // one of two readings, the other is the odd one out (expected = the corroborated value).
      const readings: (typeof list)[] = [];
      for (const it of list) {
        const r = readings.find((g) => samePrinted(g[0]!.fig, it.fig).equal);
        if (r) r.push(it);
        else readings.push([it]);
      }
      if (readings.length < 2) continue;
      // Three or more statements under one name and no two alike ("本项目资金" 140, 37.68 and 505 where
      // the reading lost which project a page is about): a document does not misprint one amount three
      // ways; more likely the name covers different things, which is no finding.
      if (readings.length >= 3 && readings.every((r) => r.length === 1)) continue;
      let ranked = [...readings].sort((a, b) => b.length - a.length);
      // Two statements and no third: the one whose own sentence (完成率, 差异率, 持平, 大于/小于 with its
      // budget) fails as printed and holds with the other's figure is the wrong one.
      const decided = readings.length === 2 && ranked[0]!.length === ranked[1]!.length ? wrongByOwnSentence(ctx.doc, ranked[0]![0]!, ranked[1]![0]!) : null;
      if (decided) ranked = [ranked.find((r) => !r.includes(decided.wrong))!, ranked.find((r) => r.includes(decided.wrong))!];
      const top = ranked[0]!;
      const corroborated = top.length > (ranked[1]?.length ?? 0) || decided != null;
      const ref = top[0]!;
      for (const odd of ranked.slice(1)) {
        const other = odd[0]!;
        const s = samePrinted(ref.fig, other.fig);
        const places = odd.map((o) => where(o.claim));
        // With no third statement to side with either, which one is wrong cannot be told from the
        // document: the finding names both and says so, and names neither as 应为.
        const why = decided
          ? `；按${describeLocation(where(other.claim))}同句所写的${decided.words}，应为${ref.fig.raw}，${other.fig.raw}有误`
          : corroborated
          ? `；${top.length}处一致写${ref.fig.raw}，${odd.length}处写${other.fig.raw}，后者与其余不符${other.claim.subject.key === 'total' && dec(other.fig).eq(dec(ref.fig).times(2)) ? '（恰为收入、支出两个总计相加）' : ''}`
          : `；${readings.length > 2 ? '各处' : '两处'}各执一词，无法从文中判断哪处有误，应核对后改成同一个数`;
        const unit = other.kind === '变动率' ? '%' : '万元';
        // Two rates one unit of their last place apart: one may be cut off instead of rounded, which
        // change-rate tells where it can; said here as a warning, not a second error.
        // The two readings are the two amounts of one name said twice in one list: that slip of the
        // name is the finding (narrative.part-listed-twice), these two values follow from it.
        const has = (g: typeof list, c: Claim) => g.some((x) => x.claim === c);
        const pair = repeated.find((r) => (has(odd, r.first) && has(top, r.second)) || (has(odd, r.second) && has(top, r.first)));
        const lastPlace = other.kind === '变动率' && s.difference.abs().eq(new Decimal(10).pow(-Math.min(ref.fig.decimals, other.fig.decimals)));
        ctx.report({
          message: `「${label(other.claim)}」${other.kind}在${sectionName(ref.claim)}${describeLocation(where(ref.claim))}为${ref.fig.raw}，在${sectionName(other.claim)}${describeLocation(where(other.claim))}为${other.fig.raw}${why}${lastPlace ? '（相差末位一个单位，或有一处为截断所得）' : ''}`,
          ...(lastPlace ? { severity: 'warning' as const } : {}),
          expected: corroborated ? `${ref.fig.value}${unit}` : null,
          actual: corroborated ? `${other.fig.value}${unit}` : `${ref.fig.value}${unit}与${other.fig.value}${unit}`,
          difference: `${(corroborated ? s.difference.negated() : s.difference.abs()).toString()}${unit}`,
          tolerance: '0（同一数字应印成同一个数）',
          locations: locs(...places, ...top.map((t) => where(t.claim))),
          section: other.claim.section,
          ...(decided ? { cause: correctedFigureCause(other.claim.id) } : corroborated && odd.length === 1 ? { cause: amountCause(other.claim.id) } : {}),
          explainedBy: pair ? { causes: [listedTwiceCause(pair.whole.id)], because: `「${label(pair.first)}」两处金额不一即出于此` } : misnamedAmong([...odd, ...top].map((o) => o.claim)),
        });
      }
    }
  },
});

/** One of the statements compared is a whole named for the wrong side (narrative.parts-other-side): the two amounts are two totals, not one said twice. */
function misnamedAmong(claims: readonly Claim[]): Explained {
  const each = claims.map(misnamedWhole);
  return { causes: [], orBy: each.flatMap((e) => e.causes), because: (each[0] as Explained).because };
}

/**
 * "收入、支出决算总计665.96万元" beside "收入决算总计332.98万元" and "支出决算总计332.98万元": 收、支总计 is each
 * side's total, so while the two sides agree with each other, a statement of 收、支总计 is a third statement
 * of the same amount (one that adds the two sides together is then the odd one out). When the sides
 * differ, narrative.total-balance reports them and they stay apart.
 */
function mergeGrandTotals(groups: Map<string, { claim: Claim; fig: Figure; kind: string }[]>): void {
  for (const [k, list] of [...groups]) {
    const m = /^a\|total\|(.*)$/.exec(k);
    if (!m) continue;
    const sides = [`a|income.grand|${m[1]}`, `a|expense.grand|${m[1]}`].filter((s) => groups.has(s));
    if (!sides.length) continue;
    const side = sides.flatMap((s) => groups.get(s) ?? []);
    if (!side.every((x) => samePrinted(side[0]!.fig, x.fig).equal)) continue;
    groups.set(k, [...list, ...side]);
    for (const s of sides) groups.delete(s);
  }
}

/**
 * Figures said of two years are two facts ("2024年，…决算数为70.10万元。其中…" beside "2023年，…决算数为66.00万元。
 * 其中…", a "其中" part taking its total's year): where the statements of one subject name two or more
 * years, each is compared only with those of its own year, a statement naming none being of the account's
 * year (kept apart when that is unknown). One year named alone, even not the account's, splits nothing: it
 * may be a slip of the year, and the figure is still this year's second value.
 */
function splitByYear(groups: Map<string, { claim: Claim; fig: Figure; kind: string }[]>, fiscalYear: number | null): void {
  for (const [k, list] of [...groups]) {
    if (new Set(list.flatMap((x) => (x.claim.year != null ? [x.claim.year] : []))).size < 2) continue;
    groups.delete(k);
    for (const x of list) {
      const y = `${k}|${x.claim.year ?? fiscalYear ?? ''}`;
      groups.set(y, [...(groups.get(y) ?? []), x]);
    }
  }
}

/**
 * An amount said as what this year is compared with ("较2014年度…“三公”经费合计16.08万元增加15.15万元"):
 * last year's, not a second value of this year's.
 */
function isComparedBase(c: Claim): boolean {
  const text = c.location.text ?? '';
  const raw = c.amount?.raw;
  const at = raw ? text.indexOf(raw) : -1;
  if (at < 0) return false;
  return /[较比与](?:\s*20\d{2}\s*年度?|\s*上年度?|\s*去年)[^，,。；;]*$/.test(text.slice(0, at)) && /^\s*(?:增加|减少|增长|下降|上升|持平)/.test(text.slice(at + raw!.length));
}

/** Words that name the part of a region or a department a statement is about. */
const SCOPE_WORD = /区直|县直|市直|州直|旗直|本级|汇总|合并|所属|下属|二级单位|局机关|全(?:区|县|市|镇|乡|州|旗)/;

export const impliedBalance = defineRule({
  id: 'narrative.implied-balance',
  title: '结转结余与总计、合计推算不符',
  category: 'narrative',
  severity: 'error',
  authority: '《关于做好2024年度部门决算公开工作的通知》；收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
  description:
    '说明或绩效报告写出的年初（年末）结转和结余，须等于由收（支）总计减去本年收入（支出）合计等推算的数；不一致时指名所写的结转数，而年初、年末两项与共用的同一个总计推算都差同样的数时，指名该总计。推算为负数且总计小于所减的某一合计时，并入“总数小于其组成部分”；同一等式造成的“总数小于其组成部分之和”并入本条。',
  cases: [
    { name: '年初结转1.30万元相符', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收入总计1,239.70万元，其中：本年收入合计1,238.41万元，使用非财政拨款结余（含专用结余）0.00万元，年初结转和结余1.30万元。') },
    {
      name: '年初结转0.15万元与推算的27.99不符',
      expect: 'fail',
      mentions: '0.15',
      text: md('一、收入支出决算总体情况说明', '2024年度收、支总计2280.29万元。', '2024年度本年收入合计2252.3万元，其中：一般公共预算财政拨款收入2252.3万元，占100%。', '我局2024年决算收入2280.29万元，其中：一般公共预算财政拨款收入2252.3万元，年初结转资金0.15万元。'),
    },
    {
      name: '其中列于只写变动的收、支总计之后：年初结转1.03万元与推算的1.29不符',
      expect: 'fail',
      mentions: '1.03',
      text: md('一、收入支出决算总体情况说明', '本年度收入总计1,239.70万元、支出总计1,239.70万元，与2023年度相比，收、支总计均减少308.78万元，下降19.94%。其中本年收入合计1,238.41万元，年初结转和结余1.03万元；本年支出合计1,238.51万元，年末结转和结余1.20万元。'),
    },
    { name: '年末结转由年初、收入、支出推算相符', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支差额0万元，结余分配0万元，年末结转和结余资金为0.86万元。') },
    { name: '年末结转与年初、收入、支出推算的0.86不符', expect: 'fail', mentions: '0.86', text: md('一、收入支出决算总体情况说明', '2024年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支差额0万元，结余分配0万元，年末结转和结余资金为58.62万元。') },
    {
      name: '本年支出合计两处不同，按另一处结转相符：指出写错的那处',
      expect: 'fail',
      mentions: '错的是第',
      text: md('一、收入支出决算总体情况说明', '2024年度支出总计1,239.70万元，其中：本年支出合计1,237.51万元，结余分配0.00万元，年末结转和结余1.20万元。', '2024年度本年支出合计1,238.51万元，其中：基本支出1,000.00万元，项目支出238.51万元。'),
    },
    {
      name: '推算的年初结转为负：总计与合计矛盾，不指结转数有误',
      expect: 'fail',
      severity: 'warning',
      mentions: '不会为负',
      text: md('一、收入支出决算总体情况说明', '2024年度收入总计1,239.70万元，其中：本年收入合计12,384.10万元，使用非财政拨款结余（含专用结余）0.00万元，年初结转和结余1.30万元。'),
    },
    { name: '未写使用非财政拨款结余与结余分配：不推算', expect: 'insufficient', text: md('一、收入支出决算总体情况说明', '2024年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，年末结转和结余资金为58.62万元。') },
    { name: '一般公共预算财政拨款年末结转与年初、收入、支出推算不符', expect: 'fail', mentions: '12.30', text: md('二、财政拨款收入支出决算总体情况说明', '2024年度一般公共预算财政拨款上年结转10.00万元，一般公共预算财政拨款收入500.00万元，一般公共预算财政拨款支出497.70万元，一般公共预算财政拨款年末结转和结余21.30万元。') },
    {
      name: '收入总计与支出总计已不相等：结转数不再由其一推算',
      expect: 'insufficient',
      text: md('一、收入支出决算总体情况说明', '2024年度收入总计6955.73万元，支出总计6,954.57万元。', '2024年度收入合计6955.73万元，其中：财政拨款收入6955.73万元，占100%。', '2024年度支出合计6,954.57万元，其中：基本支出2657.28万元；项目支出4297.29万元。', '2024年度年末结转和结余1.58万元，较上年增加1.16万元。'),
    },
  ],
  check(ctx) {
    const implied = impliedValues(ctx.doc);
    if (!implied.length && flowLacksTerms(ctx.doc)) return insufficient('说明写了年初结转和结余、本年收支和年末结转和结余，但未写使用非财政拨款结余与结余分配，无法推算年末结转和结余');
    if (!implied.length) return notApplicable('说明没有同时给出总计与本年合计，也没有写全年初结转、本年收支与年末结转，无法推算结转结余');
    let ran = false;
    let apart = false;
    const grand = (fiscal: boolean) => (fiscal ? FISCAL_GRAND : UNIT_GRAND);
    const commonTotal = reportCommonTotal(ctx, implied.filter((imp) => ![false, true].some((f) => grandTotalsDisagree(ctx.doc, f) && imp.from.some((c) => grand(f).includes(c.subject.key)))));
    for (const imp of implied) {
      // 收入总计 and 支出总计 stated different (narrative.total-balance says so): which one a balance
      // follows from cannot be told, and that one cause is reported once.
      if ([false, true].some((f) => grandTotalsDisagree(ctx.doc, f) && imp.from.some((c) => grand(f).includes(c.subject.key)))) {
        apart = true;
        continue;
      }
      const stated = ctx.doc.claims.filter((c) => c.subject.key === imp.key && c.amount && !imp.from.includes(c));
      for (const c of stated) {
        ran = true;
        const fig = c.amount as Figure;
        if (overlaps(intervalOf(money(fig)), imp.value)) continue;
        const other = otherStatementThatHolds(ctx.doc.claims, imp, fig);
        if (other) {
          // One of the terms said twice, two ways: with the other statement the balance holds, so the
          // term as used here is the slip, not the balance (and the two statements are decided).
          const [term, right] = other;
          ctx.report({
            message: `「${label(term)}」在${describeLocation(where(term))}写为${term.amount!.raw}，在${describeLocation(where(right))}为${right.amount!.raw}；按${right.amount!.raw}，${imp.how}即为所写的「${label(c)}」${fig.raw}，错的是${describeLocation(where(term))}的${term.amount!.raw}`,
            expected: `${wan(right.amount!)}万元`,
            actual: `${wan(term.amount!)}万元`,
            difference: `${fmt(dec(term.amount!).minus(dec(right.amount!)))}万元`,
            tolerance: '按打印精度的舍入区间比较',
            locations: locs(where(term), where(right), where(c)),
            section: term.section,
          });
          continue;
        }
        // A balance carried over is never below zero: worked out negative, the totals it is worked out
        // from disagree with their own parts (a total below its part), and the balance stated is no
        // more shown wrong than any other term. Said as a warning about the totals, not as 应为 a
        // negative balance.
        if (imp.value.hi.lt(0)) {
          // The total below a term taken from it (收入总计 4170.87 < 本年收入合计 41708.70): the negative
          // balance is that bound, which narrative.total-bounds reports.
          const total = imp.from[imp.signs.indexOf(1)];
          const below = total?.amount != null && imp.from.some((t, i) => imp.signs[i] === -1 && t.amount && intervalOf(money(total.amount as Figure)).hi.lt(intervalOf(money(t.amount)).lo));
          ctx.report({
            ...(below && total ? { explainedBy: { causes: [boundsCause(total.id)], because: `按${imp.how}推算的「${label(c)}」为负数（${fmt(imp.mid)}万元）亦出于此` } } : {}),
            severity: 'warning',
            message: `按${imp.how}推算的「${label(c)}」为负数（${fmt(imp.mid)}万元），结转和结余不会为负：所用的${imp.from.map((t) => `「${label(t)}」${t.amount?.raw ?? ''}`).join('、')}互相矛盾，应核对这些总计与合计，而非所写的${fig.raw}`,
            expected: '总计不小于其组成部分之和',
            actual: `推算${fmt(imp.mid)}万元`,
            locations: locs(...imp.from.map(where), where(c)),
            section: c.section,
            // Each term taken away keeps the balance at 0 or above only up to the printed value less the
            // shortfall: a finding that names such a term wrong with a correction within it takes this in.
            holdsWith: imp.from.flatMap((t, i) => (imp.signs[i] === -1 && t.amount ? [{ at: where(t), printed: dec(t.amount), within: { lo: new Decimal(0), hi: dec(t.amount).plus(imp.value.hi) }, name: `「${label(t)}」` }] : [])),
          });
          continue;
        }
        if (commonTotal.has(c)) continue;
        const total = grandOf(imp);
        ctx.report({
          ...(total ? { cause: impliedBalanceCause(imp.key, total.amount!.value) } : {}),
          message: `「${label(c)}」写为${fig.raw}，而按${imp.how}推算应为${fmt(imp.mid)}万元（所用${imp.from.map((t) => `「${label(t)}」${t.amount?.raw ?? ''}`).join('、')}）`,
          expected: `${fmt(imp.mid)}万元`,
          actual: `${wan(fig)}万元`,
          difference: `${fmt(intervalOf(money(fig)).lo.plus(intervalOf(money(fig)).hi).div(2).minus(imp.mid))}万元`,
          tolerance: `±${imp.value.hi.minus(imp.value.lo).div(2).plus(0.005).toFixed(3)}万元`,
          locations: locs(where(c), ...imp.from.map(where)),
          section: c.section,
        });
      }
    }
    if (!ran && apart) return insufficient('说明所写收入总计与支出总计不相等（见“收支总计不平衡”），无法由总计推算结转结余');
    if (!ran) return notApplicable('说明没有写出可推算的结转结余');
    void gap;
  },
});

/** The grand total an implied balance was worked out from (总计 − 本年合计 − …), when it was (not the year's flow). */
function grandOf(imp: Implied): Claim | undefined {
  const g = imp.from[0];
  return imp.signs[0] === 1 && g?.amount && GRAND_KEYS.has(g.subject.key) ? g : undefined;
}

/** The grand totals (收支总计) a balance is worked out from: the unit's and 财政拨款's. */
const UNIT_GRAND = ['total', 'income.grand', 'expense.grand'];
const FISCAL_GRAND = ['fiscal.total', 'fiscal.income.grand', 'fiscal.expense.grand'];
const GRAND_KEYS = new Set([...UNIT_GRAND, ...FISCAL_GRAND]);

/** A stated balance off from the value its totals imply, by how much (its printed midpoint less the implied one). */
interface Off {
  imp: Implied;
  c: Claim;
  by: Decimal;
}

/**
 * "收、支总计均为1,239.20万元" with 年初结转和结余 and 年末结转和结余 each off by the same 0.51 from what it
 * implies: two identities break by one amount, and the one figure they share is the total (printed
 * once); each balance printed on its own would have to be wrong by just as much. One finding names the
 * total with the figure that makes both hold, instead of two blaming the balances. Not when the two
 * balances are one printed figure ("年初、年末结转和结余均为…"), which could be the slip as well.
 * Returns the balance statements so decided.
 */
function reportCommonTotal(ctx: Parameters<typeof impliedBalance.check>[0], implied: readonly Implied[]): Set<Claim> {
  const offs: Off[] = [];
  for (const imp of implied) {
    if (!grandOf(imp)) continue;
    for (const c of ctx.doc.claims) {
      if (c.subject.key !== imp.key || !c.amount || imp.from.includes(c) || overlaps(intervalOf(money(c.amount)), imp.value)) continue;
      offs.push({ imp, c, by: dec(money(c.amount)).minus(imp.mid) });
    }
  }
  const decided = new Set<Claim>();
  const byTotal = new Map<Claim, Off[]>();
  for (const o of offs) byTotal.set(grandOf(o.imp) as Claim, [...(byTotal.get(grandOf(o.imp) as Claim) ?? []), o]);
  for (const [total, os] of byTotal) {
    const keys = new Set(os.map((o) => o.imp.key));
    if (keys.size < 2 || os.length !== keys.size) continue;
    const [a, b] = os as [Off, Off];
    // One printed figure for both balances: it could be the slip as well as the total.
    if (os.some((o, i) => os.some((p, j) => j !== i && samePlace(where(o.c), where(p.c)) && o.c.amount!.raw === p.c.amount!.raw))) continue;
    // The same amount within what the printed precision of every term leaves open.
    const slack = os.reduce((t, o) => t.plus(o.imp.value.hi.minus(o.imp.value.lo).div(2)).plus(intervalOf(money(o.c.amount!)).hi.minus(intervalOf(money(o.c.amount!)).lo).div(2)), new Decimal(0));
    if (a.by.minus(b.by).abs().gt(slack) || a.by.abs().lte(slack)) continue;
    const should = dec(money(total.amount!)).plus(a.by);
    ctx.report({
      message: `「${label(total)}」写为${total.amount!.raw}，而${os.map((o) => `「${label(o.c)}」${o.c.amount!.raw}（按${o.imp.how}推算为${fmt(o.imp.mid)}万元）`).join('、')}都差同样的${fmt(a.by)}万元：两项推算共用的只有「${label(total)}」，按${fmt(should)}万元两项均相符，写错的应是「${label(total)}」`,
      expected: `${fmt(should)}万元`,
      actual: `${wan(total.amount!)}万元`,
      difference: `${fmt(a.by.negated())}万元`,
      tolerance: `±${slack.toFixed(3)}万元`,
      locations: locs(where(total), ...os.map((o) => where(o.c))),
      section: total.section,
      cause: impliedBalanceCause('grand', total.amount!.value),
    });
    for (const o of os) decided.add(o.c);
  }
  return decided;
}

/**
 * A term of an implied balance that the explanation states twice, two ways, such that with the other
 * statement the balance holds: [the term as used, the statement that makes it hold]. Null otherwise.
 */
function otherStatementThatHolds(claims: readonly Claim[], imp: ReturnType<typeof impliedValues>[number], stated: Figure): [Claim, Claim] | null {
  const found: [Claim, Claim][] = [];
  imp.from.forEach((term, i) => {
    const sign = imp.signs[i] ?? 1;
    const t = term.amount;
    if (!t) return;
    for (const o of claims) {
      const f = o.amount;
      if (o === term || !f || o.subject.key !== term.subject.key || f.unit !== t.unit || dec(f).eq(dec(t))) continue;
      const shift = dec(f).minus(dec(t)).times(sign);
      const slack = intervalOf(money(f)).hi.minus(intervalOf(money(f)).lo).div(2);
      const shifted = { lo: imp.value.lo.plus(shift).minus(slack), hi: imp.value.hi.plus(shift).plus(slack) };
      if (overlaps(intervalOf(money(stated)), shifted)) found.push([term, o]);
    }
  });
  // Only one way to make it hold: two would be a guess.
  return found.length === 1 ? (found[0] as [Claim, Claim]) : null;
}

export const impliedPriorRule = defineRule({
  id: 'narrative.implied-prior',
  title: '同一上年数推算不一致',
  category: 'narrative',
  severity: 'error',
  authority: '算术一致性（上年数 = 本年数 − 变动额，同一事项的上年数只有一个）',
  description: '同一事项在两处给出本年数和变动额时，由此推得的上年数应一致；否则至少一处的金额或变动额写错。',
  cases: [
    { name: '两处上年数一致', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为2.75万元，较上年度减少0.78万元，下降22.1%。', '3. 公务接待费支出2.75万元。“三公”经费财政拨款支出决算比2023年度减少0.78万元，下降22.1%。') },
    { name: '收入与支出总计推得的上年数不同：警告', expect: 'fail', severity: 'warning', mentions: '上年收入总计与支出总计相等', text: md('一、收入支出决算总体情况说明', '2020年度收入总计3044.66万元，支出总计3044.66万元，收入较上年决算数减少97.92万元、减少3.12%；支出较上年决算数减少101.49万元、减少3.23%。') },
    { name: '两处上年数不同', expect: 'fail', mentions: '0.87', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为2.75万元，较上年度减少0.78万元。', '“三公”经费财政拨款支出决算2.75万元，比2023年度减少0.87万元。') },
  ],
  check(ctx) {
    const items: { key: string; claim: Claim; prior: ReturnType<typeof impliedPrior>; cur: Figure }[] = [];
    const apart = grandTotalsDisagree(ctx.doc, false);
    for (const c of ctx.doc.claims) {
      if (c.change?.against !== 'prior' || SKIP.test(c.subject.key)) continue;
      const ch = signedChange(c);
      const cur = currentAmountOf(ctx.doc, c);
      if (!ch || !cur) continue;
      // 收入总计 and 支出总计 are one "收、支总计" (one prior year) unless the document states them apart.
      const key = EQUIVALENT[c.subject.key]?.includes('total') && !apart ? 'total' : c.subject.key.startsWith('fc') ? `${c.subject.key}|${budgetKind(c)}` : c.subject.key;
      items.push({ key, claim: c, prior: impliedPrior(cur.figure, ch), cur: cur.figure });
    }
    if (items.length < 2) return notApplicable('没有同一事项两处给出变动额');
    const byKey = new Map<string, typeof items>();
    for (const it of items) byKey.set(it.key, [...(byKey.get(it.key) ?? []), it]);
    let ran = false;
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      ran = true;
      const ref = list[0]!;
      for (const o of list.slice(1)) {
        if (overlaps(ref.prior, o.prior)) continue;
        const mid = (p: typeof ref.prior) => p.lo.plus(p.hi).div(2);
        // 收入总计 against 支出总计 (last year's were equal): said as a bare "收入较上年减少…" the side may be
        // 本年收入, whose last year differs from 本年支出's, so the two are a warning that says both.
        const sides = ref.claim.subject.key !== o.claim.subject.key;
        // One of the two is a part named twice in its list: its change is another part's.
        const twice = listedTwiceIn(ctx.doc, o.claim) ?? listedTwiceIn(ctx.doc, ref.claim);
        // One of the two says its change with contradicting direction words ("增加0.78万元，下降22.1%"), and
        // read the other way it gives the other's last year: that word is the one slip (arithmetic.change-direction).
        const flipped = [o, ref].find((it, k) => mixedDirection(it.claim) && overlaps(impliedPrior(it.cur, { ...signedChange(it.claim)!, value: dec(signedChange(it.claim)!).negated().toString() }), (k ? o : ref).prior));
        // One of the two says a change its own rate contradicts, and the rate holds with the other's change:
        // that change amount is the one slip (arithmetic.change-rate names it).
        const slip = [o, ref].find((it, k) => {
          const other = changeSaidElsewhere(ctx.doc, it.claim)?.change?.amount;
          const theirs = (k ? o : ref).claim.change?.amount;
          return other != null && theirs != null && dec(other).abs().eq(dec(theirs).abs());
        });
        ctx.report({
          ...(sides ? { severity: 'warning' as const } : {}),
          message: sides
            ? `「${label(ref.claim)}」与「${label(o.claim)}」按变动额推得的上年数不同：${describeLocation(where(ref.claim))}为${fmt(mid(ref.prior))}万元（变动${ref.claim.change?.amount?.raw}），${describeLocation(where(o.claim))}为${fmt(mid(o.prior))}万元（变动${o.claim.change?.amount?.raw}），而上年收入总计与支出总计相等；若所说是本年收入与本年支出，请写明`
            : `「${label(o.claim)}」按两处表述推得的上年数不同：${describeLocation(where(ref.claim))}为${fmt(mid(ref.prior))}万元（变动${ref.claim.change?.amount?.raw}），${describeLocation(where(o.claim))}为${fmt(mid(o.prior))}万元（变动${o.claim.change?.amount?.raw}）`,
          expected: `${fmt(mid(ref.prior))}万元`,
          actual: `${fmt(mid(o.prior))}万元`,
          difference: `${fmt(mid(o.prior).minus(mid(ref.prior)))}万元`,
          locations: locs(where(ref.claim), where(o.claim)),
          section: o.claim.section,
          ...(twice
            ? { explainedBy: { causes: [listedTwiceCause(twice.id)], because: `由此推得的「${label(o.claim)}」上年数两处不一亦出于此` } }
            : flipped
              ? { explainedBy: { causes: [directionCause(flipped.claim.id)], because: `按另一方向计，${describeLocation(where(flipped.claim))}推得的上年数与另一处一致：两处上年数不一亦出于方向词写反` } }
              : slip
                ? { explainedBy: { causes: [changeAmountCause(slip.claim.id)], because: `${describeLocation(where(slip.claim))}推得的上年数${fmt(mid(slip.prior))}万元与别处不一亦出于该变动额` } }
                : {}),
        });
      }
    }
    if (!ran) return notApplicable('没有同一事项两处给出变动额');
  },
});

export const totalBalance = defineRule({
  id: 'narrative.total-balance',
  title: '说明中收入总计与支出总计不等',
  category: 'narrative',
  severity: 'error',
  authority: '《部门决算报表》勾稽关系：收入总计 = 支出总计',
  description: '说明分别写出收入总计和支出总计（或财政拨款收入、支出总计）时二者必须相等。',
  cases: [
    { name: '相等', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收入总计1,239.70万元。', '2024年度支出总计1,239.70万元。') },
    { name: '不等', expect: 'fail', mentions: '1,293.70', text: md('一、收入支出决算总体情况说明', '2024年度收入总计1,239.70万元。', '2024年度支出总计1,293.70万元。') },
  ],
  check(ctx) {
    let ran = false;
    for (const [a, b] of [
      ['income.grand', 'expense.grand'],
      ['fiscal.income.grand', 'fiscal.expense.grand'],
    ] as const) {
      const x = ctx.doc.claims.find((c) => c.subject.key === a && c.amount);
      const y = ctx.doc.claims.find((c) => c.subject.key === b && c.amount);
      if (!x?.amount || !y?.amount) continue;
      ran = true;
      const s = samePrinted(x.amount, y.amount);
      if (s.equal) continue;
      ctx.report({
        message: `${label(x)}${x.amount.raw}与${label(y)}${y.amount.raw}不相等`,
        expected: x.amount.value,
        actual: y.amount.raw,
        difference: `${s.difference.toString()}万元`,
        locations: locs(where(x), where(y)),
        section: x.section,
        // Each holds with the other as printed: a third source that does too tells which is the slip.
        holdsWith: [
          { at: where(x), printed: dec(x.amount), within: intervalOf(money(y.amount)), name: label(x) },
          { at: where(y), printed: dec(y.amount), within: intervalOf(money(x.amount)), name: label(y) },
        ],
      });
    }
    if (!ran) return notApplicable('说明未分别写出收入总计和支出总计');
  },
});

export const unitMissing = defineRule({
  id: 'narrative.unit-missing',
  title: '金额未写单位',
  category: 'narrative',
  severity: 'warning',
  authority: '财政部《部门决算公开说明编写指引》（金额单位为万元）',
  description: '说明中的金额应带单位（万元）；“财政拨款收、支总计2280.29。”这类漏写单位的金额读者无法确认口径。',
  cases: [
    { name: '带单位', expect: 'pass', text: md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计2280.29万元。') },
    { name: '单位写成“万”', expect: 'fail', mentions: '写成了“万”', text: md('二、收入决算情况说明', '2024年度本年收入合计100.00万元，其中：经营收入 0.00 万，为事业单位在专业业务活动之外取得的收入。') },
    {
      name: '政府采购的预留金额漏写单位',
      expect: 'fail',
      mentions: '205.16',
      text: md('（二）政府采购支出情况', '本部门2025年度面向中小企业预留政府采购项目预算金额205.16，面向小微企业预留政府采购项目预算金额88.40万元。'),
    },
    {
      name: '明细科目的决算数漏写单位',
      expect: 'fail',
      mentions: '612.07',
      text: md('（三）一般公共预算财政拨款支出决算具体情况', '3、文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。主要用于社区文化活动。年初预算为 640.00 万元，支出决算为 612.07 。决算数小于预算数的主要原因是活动压缩。'),
    },
    { name: '括注里的“预算数为0”无须单位', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为0.94万元，完成全年预算0.94万元的100%。其中：因公出国（境）费支出决算为0万元，完成全年预算0万元的--%（预算数为0，不可比）；公务接待费支出决算为0.94万元，完成全年预算0.94万元的100%。') },
    { name: '漏写单位', expect: 'fail', mentions: '2280.29', text: md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计2280.29。与2023年度相比，财政拨款收、支总计各减少219.11万元，下降8.77%。') },
  ],
  check(ctx) {
    const figs: { c: Claim; f: Figure }[] = [];
    for (const c of ctx.doc.claims) {
      for (const f of [c.amount, c.change?.amount, c.budget?.amount]) if (f) figs.push({ c, f });
    }
    // The 政府采购 amounts of the Shanghai wording, read from the prose apart from the claims.
    const bare = Object.values(procurementFigures(ctx.doc)).filter((p) => p.unit == null);
    if (!figs.length && !bare.length) return notApplicable('说明中没有金额');
    for (const p of bare) {
      ctx.report({
        message: `政府采购金额${p.raw}未写单位`,
        expected: `${p.raw}万元`,
        actual: p.raw,
        locations: [p.location],
      });
    }
    for (const { c, f } of figs) {
      // A rate without its % ("增长2.6") is reported as such by year-unit.rate-without-percent.
      if (f.unit != null || isRateMissingPercent(c, f)) continue;
      // "经营收入 0.00 万，为…": the unit cut to 万 is said as such.
      const cut = new RegExp(`${escapeRegExp(f.raw)}\\s*万(?!元)`).test((f.location?.text ?? c.sentence));
      // ("完成全年预算0万元的--%（预算数为0，不可比）": nothing is nothing in any unit.)
      if (!cut && dec(f).isZero()) continue;
      ctx.report({
        message: cut ? `「${label(c)}」金额${f.raw}的单位写成了“万”，应为“万元”` : `「${label(c)}」金额${f.raw}未写单位`,
        expected: `${f.raw}万元`,
        actual: cut ? `${f.raw}万` : f.raw,
        locations: [whereFigure(c, f)],
        section: c.section,
      });
    }
  },
});

export const rules = [sameSubject, impliedBalance, impliedPriorRule, totalBalance, unitMissing];
