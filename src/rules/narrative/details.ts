import { normalizeItemName } from '../../catalog/catalog.js';
import { budgetKind, claimById, label, money, moneyAll, where, whereFigure } from '../../model/claims.js';

export { budgetKind };
import { Decimal, type Figure, dec, fmt, wan } from '../../model/decimal.js';
import { type Claim, type Disclosure, tableOf } from '../../model/disclosure.js';
import { compareSum } from '../arith.js';
import { defineRule, notApplicable, type RuleContext } from '../rule.js';
import { sumHoldsWith } from '../holds-with.js';
import { culpritOfSum, relationWords } from '../arithmetic/budget.js';
import { correctedFigureCause, listedTwiceCause, locs, md, repeatedEntryCause, reportComparison } from '../arithmetic/lib.js';
import { listedTwiceIn } from '../../model/list-parts.js';
import { T05, withTables } from '../narrative-table/fixtures.js';

const AUTH = '财政部《部门决算公开说明编写指引》（一般公共预算财政拨款支出按类、款、项说明，各项之和等于总数）';

function level(c: Claim): number {
  const code = /^fc:(\d+)$/.exec(c.subject.key)?.[1];
  if (code) return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
  return Math.max(1, c.subject.names.length);
}

/**
 * The items that make up the classes: every 项 listed, and every 款 none of whose 项 is ("医疗救助（款）225.83万元
 * （全部为其他医疗救助支出）", its one item named bare): it stands for its 项.
 */
function itemsCovering(fc: readonly Claim[]): Claim[] {
  const leaves = fc.filter((c) => level(c) === 3);
  return [...leaves, ...fc.filter((c) => level(c) === 2 && !leaves.some((l) => under(l, c)))];
}

/**
 * Whether a 项 is one of a 款's. A 款 the catalog does not know (a later year's, "卫生健康（类）超长期特别国债安排的
 * 支出（款）" of 2025) has no code: its 项 are the unresolved paths printed with the same class and 款 names; a 项
 * with a code is of a 款 the catalog knows, so not of it.
 */
function under(leaf: Claim, kuan: Claim): boolean {
  const [x, y] = [codeOf(leaf), codeOf(kuan)];
  if (x != null && y != null) return x.startsWith(y);
  if (x != null) return false;
  const path = (c: Claim) => c.subject.names.slice(0, 2).map((n) => normalizeItemName(n).replace(/支出$/, ''));
  const [l, k] = [path(leaf), path(kuan)];
  return l.length === 2 && k.length === 2 && l[0] === k[0] && l[1] === k[1];
}

/** The claim's function-classification code, when its subject resolved to one. */
function codeOf(c: Claim): string | null {
  return /^fc:(\d+)$/.exec(c.subject.key)?.[1] ?? null;
}

function classOf(ctx: RuleContext, c: Claim): string | null {
  const code = /^fc:(\d{3})/.exec(c.subject.key)?.[1];
  if (code) return code;
  const name = c.subject.names[0];
  if (!name) return null;
  return ctx.catalog.classByName(name)?.code ?? normalizeItemName(name).replace(/支出$/, '');
}

/**
 * One claim for each subject of a list, or null when a subject is said twice with different figures
 * ("行政单位医疗（项）60.00万元。…支出决算为60.01万元"): its sum is then not the list's, and the two
 * figures' disagreement is reported on its own (narrative.same-subject, narrative-table.item-05).
 */
function onePerSubject(items: readonly Claim[]): Claim[] | null {
  const bySubject = new Map<string, Claim>();
  for (const c of items) {
    const seen = bySubject.get(c.subject.key);
    if (!seen) bySubject.set(c.subject.key, c);
    else if (!seen.amount || !c.amount || dec(seen.amount).cmp(dec(c.amount)) !== 0) return null;
    // The same figure twice: the one that also gives the budget stands for both.
    else if (!seen.budget?.amount && c.budget?.amount) bySubject.set(c.subject.key, c);
  }
  return [...bySubject.values()];
}

/**
 * Entries of a list that state the same item with the same figure as an entry before them, on a line
 * of their own: counted once in the list's sums (onePerSubject), they may stand where another item
 * should have been listed.
 */
function repeatedEntries(items: readonly Claim[]): Claim[] {
  return items.filter((c, i) =>
    items.slice(0, i).some((o) => o.subject.key === c.subject.key && o.amount && c.amount && dec(o.amount).eq(dec(c.amount)) && o.location.line !== c.location.line),
  );
}

/** The spending a section's 科目 lines detail, where it is not the 一般公共预算's. */
const SECTION_SPENDING: Record<string, string> = { 'explain.fund': 'fund.expense', 'explain.capital': 'capital.expense' };

/** The table whose 科目 a list in the whole's section details: 07 and 08 for the 政府性基金 and 国有资本经营 sections, else 05. */
function listTableOf(whole: Claim): '05' | '07' | '08' {
  return whole.section === 'explain.fund' ? '07' : whole.section === 'explain.capital' ? '08' : '05';
}

/** Lists of 类/款/项 detail lines and the total they detail. */
function detailLists(doc: Disclosure): { whole: Claim; items: Claim[]; twice?: boolean; repeats: Claim[] }[] {
  const out: { whole: Claim; items: Claim[]; twice?: boolean; repeats: Claim[] }[] = [];
  const fc = doc.claims.filter((c) => c.subject.key.startsWith('fc'));
  const byParent = new Map<string, Claim[]>();
  const orphans = new Map<string, Claim[]>();
  for (const c of fc) {
    const p = claimById(doc, c.parent);
    if (p && !p.subject.key.startsWith('fc')) byParent.set(p.id, [...(byParent.get(p.id) ?? []), c]);
    else if (!p && level(c) >= 2) orphans.set(c.section ?? '', [...(orphans.get(c.section ?? '') ?? []), c]);
  }
  // Unparented lines are the 项; a 款 among them counts only when said whole ("3.…医疗保障管理事务（款）207.55万元
  // …其中：…"), none of its 项 listed beside it: then it stands for them.
  for (const [section, items] of orphans) {
    const leaves = items.filter((c) => level(c) === 3);
    orphans.set(section, items.filter((c) => level(c) === 3 || (level(c) === 2 && !leaves.some((l) => under(l, c)))));
  }
  // Lines without a lead of their own after a flat list of lines of their level that has one, in its
  // section, go on it: a remark set as a paragraph of its own between two lines ("决算数与年初预算数基本
  // 持平。") ended the list for the reader, not for the writer. Summed against the section's first total
  // instead, each part gave a false break. (Lists of classes with their own 款 and 项 under them are left.)
  const order = new Map(doc.claims.map((c, k) => [c, k]));
  for (const [section, items] of orphans) {
    const key = SECTION_SPENDING[section] ?? 'general.expense';
    const lists = [...byParent].filter(([id, xs]) => {
      const whole = claimById(doc, id);
      return whole?.section === section && whole.subject.key === key && xs.every((x) => level(x) === level(xs[0] as Claim));
    });
    const rest = items.filter((c) => {
      const at = order.get(c) ?? 0;
      const before = lists.filter(([, xs]) => (order.get(xs[0] as Claim) ?? 0) < at).pop();
      if (!before || level(before[1][0] as Claim) !== level(c)) return true;
      before[1].push(c);
      return false;
    });
    orphans.set(section, rest);
  }
  for (const [id, items] of byParent) {
    const whole = claimById(doc, id);
    // The items at the first item's level, and any item of another level apart from all of them (a 款
    // said whole with its 项 as its own 其中 list, "医疗保障管理事务（款）214.25万元，其中：…", between 项):
    // together they cover the whole once.
    const first = items.filter((i) => level(i) === level(items[0] as Claim));
    const apart = (a: Claim, b: Claim) => !under(a, b) && !under(b, a) && (codeOf(a) != null || codeOf(b) != null || a.subject.names.length !== b.subject.names.length);
    const same = items.filter((i) => first.includes(i) || first.every((f) => apart(f, i)));
    const listed = onePerSubject(same);
    if (whole) out.push({ whole, items: listed ?? same, repeats: repeatedEntries(same), ...(listed ? {} : { twice: true }) });
  }
  for (const [section, items] of orphans) {
    // (The 政府性基金 and 国有资本经营 sections list their own 科目 under their own spending.)
    const key = SECTION_SPENDING[section] ?? 'general.expense';
    const whole = doc.claims.find((c) => c.section === section && c.subject.key === key && c.amount);
    const listed = onePerSubject(items);
    if (whole && items.length >= 2) out.push({ whole, items: listed ?? items, repeats: repeatedEntries(items), ...(listed ? {} : { twice: true }) });
  }
  return out;
}

/**
 * Checks a whole against its listed items. `unconfirmed`: no table 05 shows which items the whole has, so
 * items falling short of it may be a list of some of them (the main ones, as many explanations list)
 * rather than a wrong figure: an info that says so. Items exceeding the whole are wrong however many are listed.
 */
function sumCheck(ctx: RuleContext, whole: Claim, wFig: Figure, items: { claim: Claim; fig: Figure }[], what: string, repeats: readonly Claim[] = [], unconfirmed = false, stray: Stray | null = null): boolean {
  const cmp = compareSum(money(wFig), moneyAll(items.map((i) => i.fig)));
  const sum = items.reduce((s, i) => s.plus(i.fig.value), new Decimal(0));
  const short = dec(wFig).minus(sum);
  // An entry printed again over the one that should follow it (template.numbering: its number repeats
  // the one before, the next skips one): the items listed fall short of the whole by the item no
  // longer listed. That finding says so; this sum follows from it.
  const repeated = cmp.agreement === 'break' && short.gt(0) && repeats.length > 0;
  // The whole is one of two parts of one name in its own list (narrative.part-listed-twice): the
  // items of the class it names are not the items of the amount it carries.
  const twice = listedTwiceIn(ctx.doc, whole);
  // One item whose own sentence (完成预算的100%, 持平, 小于预算数) is wrong as printed and right with its
  // figure off by just the sum's difference: that figure is the one wrong, and its sentence's findings
  // follow from it.
  const culprit = cmp.agreement === 'break' && !repeated && !twice ? culpritOfSum(ctx.doc, items, what === '决算数' ? 'amount' : 'budget', short.negated(), cmp.tolerance) : null;
  if (culprit) {
    const { claim, printed, corrected } = culprit;
    const rest = dec(wFig).minus(sum.minus(dec(printed)).plus(dec(corrected)));
    reportComparison(ctx, cmp, {
      cause: correctedFigureCause(claim.id),
      message: `「${label(whole)}」${what}${wFig.raw}与下列${items.length}个科目的${what}之和${fmt(sum)}万元不符：「${label(claim)}」${what}写作${wan(printed)}万元，${correctedBy(relationWords(claim, what === '决算数'), wan(corrected))}，改正后合计${rest.isZero() ? '相符' : `只差舍入尾差${fmt(rest)}万元`}`,
      expected: `${wan(corrected)}万元`,
      actual: `${wan(printed)}万元`,
      locations: locs(whereFigure(claim, printed), where(whole), ...items.filter((i) => i.claim !== claim).map((i) => where(i.claim))),
      section: whole.section,
    });
    return false;
  }
  const partial = unconfirmed && short.gt(0) && !repeated && !twice;
  reportComparison(ctx, cmp, {
    ...(twice && !repeated ? { explainedBy: { causes: [listedTwiceCause(twice.id)], because: `「${label(whole)}」${wFig.raw}与其下各科目之和${fmt(sum)}万元不符亦出于此` } } : {}),
    ...(repeated
      ? {
          explainedBy: {
            causes: repeats.map((r) => repeatedEntryCause(where(r))),
            because: `重复的「${repeats.map((r) => label(r)).join('」「')}」只计一次，所列科目的${what}之和${fmt(sum)}万元比「${label(whole)}」${wFig.raw}少${fmt(short)}万元：差额即被覆盖、未列出的那一条`,
          },
        }
      : {}),
    message: `「${label(whole)}」${what}${wFig.raw}与下列${items.length}个科目的${what}之和${fmt(sum)}万元不符${partial ? `，少${fmt(short)}万元；未印出公开${listTableOf(whole)}表，无法核对所列科目是否齐全：若只列出了部分科目，应逐项列全或写明“主要”` : ''}${stray && !partial ? `；所列「${label(stray.claim)}」${stray.claim.amount?.raw ?? ''}正好补足所差${fmt(short)}万元，${stray.why}：该科目的类名很可能写错` : ''}`,
    holdsWith: sumHoldsWith({ fig: wFig, at: where(whole), name: `「${label(whole)}」${what}` }, items.map((i) => ({ fig: i.fig, at: where(i.claim), name: `「${label(i.claim)}」${what}` }))),
    tailMessage: `「${label(whole)}」${what}${wFig.raw}与各科目${what}之和${fmt(sum)}万元相差${fmt(dec(wFig).minus(sum))}万元，在舍入误差范围内（尾差）`,
    expected: `${fmt(sum)}万元`,
    actual: `${wan(wFig)}万元`,
    locations: locs(where(whole), ...items.map((i) => where(i.claim)), ...(stray && !partial ? [where(stray.claim)] : [])),
    section: whole.section,
  }, partial ? 'info' : undefined);
  // (Whether the finding names the stray item.)
  return stray != null && !partial && cmp.agreement === 'break';
}

/**
 * A class whose items fall short of it by just what the whole list (all classes' items) falls short of
 * its total, where that list has an entry printed again over the next: the entry no longer listed is
 * this class's, and the class's shortfall follows from the repeated entry as the list's does.
 */
function repeatsShortBySame(doc: Disclosure, mine: readonly Claim[], short: Decimal): Claim[] {
  if (!short.gt(0)) return [];
  for (const { whole, items, repeats } of detailLists(doc)) {
    if (!repeats.length || !whole.amount || !mine.every((m) => items.includes(m)) || items.some((i) => !i.amount)) continue;
    const listShort = dec(whole.amount).minus(items.reduce((s, i) => s.plus(dec(i.amount as Figure)), new Decimal(0)));
    if (listShort.minus(short).abs().lte('0.01')) return repeats;
  }
  return [];
}

/**
 * Some other class whose two or more listed items add up to the amount the explanation states for it:
 * the explanation lists every item of a class, not just its main ones, and a class that falls short
 * then holds a wrong figure rather than items left out.
 */
function listsWholeClasses(ctx: RuleContext, except: string | null = null): boolean {
  const fc = ctx.doc.claims.filter((c) => c.subject.key.startsWith('fc') && c.amount);
  const items = itemsCovering(fc);
  return fc.some((k) => {
    if (level(k) !== 1) return false;
    const id = classOf(ctx, k);
    if (!id || id === except) return false;
    const mine = onePerSubject(items.filter((i) => classOf(ctx, i) === id && budgetKind(i) === budgetKind(k)));
    return mine != null && mine.length >= 2 && compareSum(money(k.amount as Figure), moneyAll(mine.map((i) => i.amount as Figure))).agreement !== 'break';
  });
}

export const detailSum = defineRule({
  id: 'narrative.detail-sum',
  title: '类款项明细之和与总数不符',
  category: 'narrative',
  severity: 'error',
  authority: AUTH,
  description:
    '“一般公共预算财政拨款支出决算具体情况”逐项列出的类/款/项，其决算数之和应等于上文总数，年初（全年）预算数之和应等于上文的预算总数；舍入尾差提示，超出报错。',
  cases: [
    {
      name: '类标题“…。其中：”下逐项列出的项也算列出',
      expect: 'pass',
      text: md(
        '五、一般公共预算财政拨款支出决算情况说明',
        '2024年度一般公共预算财政拨款支出132.09万元。',
        '1.社会保障和就业支出（类）84.68万元。其中：',
        '（1）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）56.29万元。',
        '（2）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）28.39万元。',
        '2.住房保障支出（类）住房改革支出（款）住房公积金（项）45.34万元。',
        '3.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）2.07万元。',
      ),
    },
    {
      name: '前段已写出总数、“具体情况如下：”之后的科目：年初预算数之和不符',
      expect: 'fail',
      mentions: '500.00',
      text: md(
        '五、一般公共预算财政拨款支出决算情况说明',
        '2024年度一般公共预算财政拨款支出100.00万元，占本年支出合计的100%。',
        '2024年度一般公共预算财政拨款支出年初预算数为500.00万元，支出决算数为100.00万元，完成年初预算数的20.00%。具体情况如下：',
        '1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：年初预算数为60.00万元，支出决算数为60.00万元，完成年初预算的100%。',
        '2、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）：年初预算数为40.00万元，支出决算数为40.00万元，完成年初预算的100%。',
      ),
    },
    {
      name: '前段已写出总数、“各项目情况如下：”之后的科目：年初预算数之和不符',
      expect: 'fail',
      mentions: '500.00',
      text: md(
        '五、一般公共预算财政拨款支出决算情况说明',
        '2024年度一般公共预算财政拨款支出100.00万元，占本年支出合计的100%。',
        '2024年度一般公共预算财政拨款支出年初预算数为500.00万元，支出决算数为100.00万元，完成年初预算数的20.00%。各项目情况如下：',
        '1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：年初预算数为60.00万元，支出决算数为60.00万元，完成年初预算的100%。',
        '2、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）：年初预算数为40.00万元，支出决算数为40.00万元，完成年初预算的100%。',
      ),
    },
    {
      name: '明细之和等于总数',
      expect: 'pass',
      text: md('（三）一般公共预算财政拨款支出决算具体情况', '2024年度一般公共预算财政拨款支出年初预算数为238.67万元，支出决算数为238.67万元，完成年初预算数的100%。其中：', '1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算数为13.06万元，支出决算数为13.06万元，完成年初预算的100%。', '2、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为225.61万元，支出决算数为225.61万元，完成年初预算的100%。'),
    },
    {
      name: '只列出一类的明细',
      expect: 'fail',
      severity: 'warning',
      mentions: '住房保障支出',
      text: md('（二）一般公共预算财政拨款支出决算结构情况', '2024年度一般公共预算财政拨款支出238.67万元，主要用于以下方面：卫生健康支出（类）225.61万元，占94.53%；住房保障支出（类）13.06万元，占5.47%。') + md('（三）一般公共预算财政拨款支出决算具体情况', '2024年度一般公共预算财政拨款支出年初预算数为238.67万元，支出决算数为238.67万元，完成年初预算数的100%。其中：', '1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为200.00万元，支出决算数为200.00万元。', '2、卫生健康支出（类）医疗保障管理事务（款）一般行政管理事务（项）。年初预算数为25.61万元，支出决算数为25.61万元。'),
    },
    {
      name: '所列各项之和小于总数，无05表可核、预算一侧也不能证明列全：提示可能只列了主要科目',
      expect: 'fail',
      severity: 'info',
      mentions: '未印出公开05表',
      text: md('（三）一般公共预算财政拨款支出决算具体情况', '2024年度一般公共预算财政拨款支出1,222.68万元。', '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）2024年度决算数为56.29万元，比2023年度决算数增加4.79万元。', '卫生健康支出（类）医疗保障管理事务（款）行政运行（项）2024年度决算数为442.32万元，比2023年度决算数增加12.52万元。'),
    },
    {
      name: '同一项说了两遍（金额不同由其他规则报告），不重复相加',
      expect: 'pass',
      text: md('（三）一般公共预算财政拨款支出决算具体情况', '2024年度一般公共预算财政拨款支出年初预算数为238.67万元，支出决算数为238.67万元，完成年初预算数的100%。其中：', '1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算数为13.06万元，支出决算数为13.06万元，完成年初预算的100%。', '2、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）225.61万元。年初预算数为225.61万元，支出决算数为225.62万元，完成年初预算的100%。'),
    },
    {
      name: '一项的年初预算数多写一位：同句的完成率指出是哪一项',
      expect: 'fail',
      mentions: '应为13.06万元',
      text: md('（三）一般公共预算财政拨款支出决算具体情况', '2024年度一般公共预算财政拨款支出年初预算数为238.67万元，支出决算数为238.67万元，完成年初预算数的100%。其中：', '1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算数为130.60万元，支出决算数为13.06万元，完成年初预算的100%。', '2、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为225.61万元，支出决算数为225.61万元，完成年初预算的100%。'),
    },
    {
      name: '明细年初预算之和238.67与总数2,060.9不符',
      expect: 'fail',
      mentions: '2,060.9',
      text: md('（三）一般公共预算财政拨款支出决算具体情况', '2024年度一般公共预算财政拨款支出年初预算数为2,060.9万元，支出决算数为238.67万元，完成年初预算数的11.58%。其中：', '1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算数为13.06万元，支出决算数为13.06万元，完成年初预算的100%。', '2、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为225.61万元，支出决算数为225.61万元，完成年初预算的100%。'),
    },
  ],
  check(ctx) {
    const lists = detailLists(ctx.doc);
    if (!lists.length) return notApplicable('说明中没有类款项明细列表');
    // 类 the explanation gives an amount for (结构情况): a detail list that leaves one of them out is
    // incomplete, which is a different mistake from a wrong figure.
    const statedAll = ctx.doc.claims.filter((c) => level(c) === 1 && c.subject.key.startsWith('fc') && c.amount && !dec(c.amount).isZero());
    for (const { whole, items, twice, repeats } of lists) {
      // "主要包括…等": the items named are some of the whole's, not all. An item said twice with two
      // figures leaves the sum unknown (the two figures are reported on their own).
      if (whole.someParts || twice) continue;
      // (Items listed under a class's own heading, "1.社会保障和就业支出（类）84.68万元。其中：" and its 项 on the
      // lines after, are that class's, not of this list: they count as listed too, and the class's amount
      // stands for them in the list's sum.)
      // (Only the classes of the list's own budget: the 一般公共预算's 结构情况 says nothing of a 政府性基金 list.)
      const stated = statedAll.filter((k) => budgetKind(k) === budgetKind(whole));
      const underClass = ctx.doc.claims.filter((c) => c.section === whole.section && c.subject.key.startsWith('fc') && level(c) === 3 && !items.includes(c));
      const ownLists = stated.filter((k) => k.section === whole.section && underClass.some((c) => classOf(ctx, c) === classOf(ctx, k)) && !items.some((i) => classOf(ctx, i) === classOf(ctx, k)));
      if (level(items[0] as Claim) === 3 && stated.length) {
        const listed = new Set([...items, ...underClass].map((i) => classOf(ctx, i)));
        const left = stated.filter((k, i) => !listed.has(classOf(ctx, k)) && stated.findIndex((o) => classOf(ctx, o) === classOf(ctx, k)) === i);
        if (left.length) {
          ctx.report({
            severity: 'warning',
            message: `「${label(whole)}」的具体情况只列出了部分科目：${left.map((k) => `「${label(k)}」${k.amount?.raw ?? ''}`).join('、')}在结构情况中有金额，却没有列出其下的项`,
            expected: '逐项列出全部科目',
            actual: `缺${left.length}类`,
            locations: locs(where(whole), ...left.map(where)),
            section: whole.section,
          });
          continue;
        }
      }
      const act = items.filter((i) => i.amount).map((i) => ({ claim: i, fig: i.amount as Figure }));
      const bud = items.filter((i) => i.budget?.amount).map((i) => ({ claim: i, fig: i.budget?.amount as Figure }));
      // Without table 05, the list is shown whole by its other side: items whose budgets (or amounts)
      // add up to the whole's are all of its items.
      // (The 政府性基金 and 国有资本经营 sections' 科目 are those of tables 07 and 08.)
      const noTable = listTableOf(whole) === '05' ? !tableOf(ctx.doc, '05') && !listsWholeClasses(ctx) : !tableOf(ctx.doc, listTableOf(whole));
      const adds = (w: Figure | null | undefined, xs: { fig: Figure }[]) => w != null && xs.length === items.length && compareSum(money(w), moneyAll(xs.map((x) => x.fig))).agreement !== 'break';
      // (A 项 named bare among the items, whose amount makes up the gap, may be one of them: no gap.)
      const bare = bareItemsAmong(ctx.doc, items);
      const madeUpByClasses = whole.amount != null && ownLists.length > 0 && madeUpByBare(whole.amount, act.map((x) => x.fig), ownLists);
      if (whole.amount && act.length === items.length && act.length >= 2 && !madeUpByBare(whole.amount, act.map((x) => x.fig), bare) && !madeUpByClasses) sumCheck(ctx, whole, whole.amount, act, '决算数', repeats, noTable && !adds(whole.budget?.amount, bud));
      if (whole.budget?.amount && bud.length === items.length && bud.length >= 2) sumCheck(ctx, whole, whole.budget.amount, bud, whole.budget.basis === 'initial' ? '年初预算数' : '预算数', repeats, noTable && !adds(whole.amount, act));
    }
  },
});

export const classSum = defineRule({
  id: 'narrative.class-sum',
  title: '项级明细之和与所属类的金额不符',
  category: 'narrative',
  severity: 'error',
  authority: AUTH,
  description: '说明“结构情况”中写出的某一类金额，应等于“具体情况”中属于该类的各项金额之和（允许舍入尾差）。所列各项之间有只写项名（无类、款）的一项、其金额补足差额的，不报告。',
  cases: [
    {
      name: '同一行里只以项名写出的一项补足了类的差额',
      expect: 'pass',
      text: md(
        '五、一般公共预算财政拨款支出决算情况说明',
        '2024年度一般公共预算财政拨款支出1,177.34万元，其中：社会保障和就业支出84.68万元，卫生健康支出1,092.66万元。',
        '1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。支出决算为56.54万元。',
        '2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。支出决算为28.14万元。',
        '3.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。支出决算为10.29万元；事业单位医疗（项）支出决算为23.47万元。',
        '4.卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。支出决算为1,058.90万元。',
      ),
    },
    {
      name: '类与项相符',
      expect: 'pass',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '1.社会保障和就业支出(类)84.68万元,占6.93%。', '2.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):支出决算数为56.29万元。', '3.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位职业年金缴费支出(项):支出决算数为28.39万元。'),
    },
    {
      name: '政府性基金的项不计入一般公共预算的类',
      expect: 'pass',
      text:
        md('五、一般公共预算财政拨款支出决算情况说明', '一般公共预算财政拨款支出480.00万元，主要用于以下方面：文化旅游体育与传媒支出（类）480.00万元，占100.00%。', '1.文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（项）。年初预算为300.00万元，支出决算为300.00万元。', '2.文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。年初预算为180.00万元，支出决算为180.00万元。') +
        md('八、政府性基金预算财政拨款收入支出决算情况说明', '政府性基金预算财政拨款支出2.80万元。', '文化旅游体育与传媒支出（类）旅游发展基金支出（款）地方旅游开发项目补助（项）。年初预算为0万元，支出决算为2.80万元。'),
    },
    {
      name: '05表显示只列了类下部分项',
      expect: 'pass',
      text: withTables(['（二）一般公共预算财政拨款支出决算结构情况', '卫生健康支出214.25万元，占89.77%。', '（三）一般公共预算财政拨款支出决算具体情况', '其中：', '1.卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为126.26万元。'], T05),
    },
    {
      name: '05表证实已列全而类与项不符',
      expect: 'fail',
      mentions: '224.25',
      text: withTables(['（二）一般公共预算财政拨款支出决算结构情况', '卫生健康支出224.25万元，占89.77%。', '（三）一般公共预算财政拨款支出决算具体情况', '1.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为6.70万元。', '2.卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为126.26万元。', '3.卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）：支出决算为81.29万元。'], T05),
    },
    {
      name: '所列各项之和大于类：无论是否列全都错',
      expect: 'fail',
      severity: 'error',
      mentions: '74.68',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '1.社会保障和就业支出(类)74.68万元,占6.93%。', '2.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):支出决算数为56.29万元。', '3.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位职业年金缴费支出(项):支出决算数为28.39万元。'),
    },
    {
      name: '另一类的各项恰好列全：说明是逐项列出的，短少的一类是数字错',
      expect: 'fail',
      severity: 'error',
      mentions: '1,102.66',
      text: md(
        '五、一般公共预算财政拨款支出决算情况说明',
        '1.社会保障和就业支出(类)84.68万元,占6.93%。',
        '2.卫生健康支出(类)1,102.66万元,占89.37%。',
        '3.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):支出决算数为56.29万元。',
        '4.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位职业年金缴费支出(项):支出决算数为28.39万元。',
        '5.卫生健康支出(类)医疗保障管理事务(款)行政运行(项):支出决算数为442.32万元。',
        '6.卫生健康支出(类)医疗保障管理事务(款)一般行政管理事务(项):支出决算数为650.34万元。',
      ),
    },
    {
      name: '类大于所列各项之和，又无05表可核是否列全：提示可能只列了部分',
      expect: 'fail',
      severity: 'info',
      mentions: '94.68',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '1.社会保障和就业支出(类)94.68万元,占6.93%。', '2.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):支出决算数为56.29万元。', '3.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位职业年金缴费支出(项):支出决算数为28.39万元。'),
    },
  ],
  check(ctx) {
    const fc = ctx.doc.claims.filter((c) => c.subject.key.startsWith('fc') && c.amount);
    const classes = fc.filter((c) => level(c) === 1);
    const items = itemsCovering(fc);
    let ran = false;
    const t05 = tableOf(ctx.doc, '05');
    // Without the table, a class stated with an amount and none of its items listed shows the
    // explanation names items selectively: no class's items can then be taken for all of it.
    if (!t05) {
      const withItems = new Set(items.map((i) => classOf(ctx, i)));
      if (classes.some((k) => budgetKind(k) === 'general' && !dec(k.amount as Figure).isZero() && !withItems.has(classOf(ctx, k)))) {
        return notApplicable('说明只列出了部分类的项级明细，所列各项之和不能与类的金额比较');
      }
    }
    const moved = movedBetween(ctx, classes, items);
    const shortOf = (k: Claim) => [...moved].find(([, m]) => m.from === k)?.[0];
    // (A class over by just the item another class misses comes after it, and is passed over when that
    // class's finding names the item.)
    const named = new Set<Claim>();
    for (const k of [...classes].sort((a, b) => (shortOf(a) ? 1 : 0) - (shortOf(b) ? 1 : 0))) {
      const id = classOf(ctx, k);
      const ofClass = items.filter((i) => classOf(ctx, i) === id && budgetKind(i) === budgetKind(k));
      const mine = onePerSubject(ofClass);
      if (!id || !mine?.length) continue;
      ran = true;
      const short = shortOf(k);
      if (short && named.has(short)) continue;
      // The explanation may name only some of a class's items ("其中：1.…行政运行…"): the sum is the
      // class's only when table 05 shows no other item of the class with an amount.
      if (t05 && budgetKind(k) === 'general' && /^\d{3}$/.test(id)) {
        const listed = new Set(mine.map((i) => /^fc:(\d{7})$/.exec(i.subject.key)?.[1]).filter(Boolean));
        const others = t05.rows.filter((r) => r.code?.length === 7 && r.code.startsWith(id) && !listed.has(r.code) && r.cells.total && !dec(r.cells.total).isZero());
        if (others.length) continue;
      }
      // A 项 named bare among the class's items ("…行政单位医疗（项）。支出决算为10.29万元；事业单位医疗（项）支出
      // 决算为23.47万元"): the reader cannot place it, so it may be one of them. What it makes up is no gap.
      const gap = dec(k.amount as Figure).minus(mine.reduce((s, i) => s.plus(dec(i.amount as Figure)), new Decimal(0)));
      const bare = bareItemsAmong(ctx.doc, mine);
      if (madeUpByBare(k.amount as Figure, mine.map((i) => i.amount as Figure), bare)) continue;
      const stray = strayMakingUp(ctx, k, classes, items, gap) ?? moved.get(k) ?? null;
      const says = sumCheck(ctx, k, k.amount as Figure, mine.map((i) => ({ claim: i, fig: i.amount as Figure })), '决算数', repeatedEntries(ofClass).length ? repeatedEntries(ofClass) : repeatsShortBySame(ctx.doc, mine, gap), bare.length > 0 || (!t05 && !listsWholeClasses(ctx, id) && !(stray && (moved.has(k) || classesAddUpToItems(k, classes, items)))), stray);
      if (says && moved.get(k) === stray) named.add(k);
    }
    if (!ran) return notApplicable('说明未同时写出类金额与其项级明细');
  },
});

export const rules = [detailSum, classSum];

/** An item that most likely bears the wrong class, and why. */
interface Stray {
  claim: Claim;
  why: string;
  /** The stated class it is listed under, where it is one. */
  from?: Claim;
}

/**
 * Items listed under one stated class that the class is over by, while another stated class of the same budget
 * is short by just as much ("社会保障和就业支出（类）超长期特别国债安排的支出（款）50.00万元": 社会保障和就业支出 over
 * by 50.00万元, 卫生健康支出 short by 50.00万元): one item under the wrong class, keyed by the class short of it.
 */
function movedBetween(ctx: RuleContext, classes: readonly Claim[], items: readonly Claim[]): Map<Claim, Stray> {
  const out = new Map<Claim, Stray>();
  const gaps = classes.flatMap((k) => {
    const mine = onePerSubject(items.filter((i) => classOf(ctx, i) === classOf(ctx, k) && budgetKind(i) === budgetKind(k) && i.amount));
    if (!mine?.length) return [];
    return [{ k, mine, gap: dec(k.amount as Figure).minus(mine.reduce((s, i) => s.plus(dec(i.amount as Figure)), new Decimal(0))) }];
  });
  const near = (k: Claim, a: Decimal, b: Figure) => compareSum(money({ ...(k.amount as Figure), value: a.toString() }), moneyAll([b])).agreement !== 'break';
  for (const short of gaps.filter((g) => g.gap.gt(0))) {
    const fits = gaps
      .filter((over) => over.k !== short.k && budgetKind(over.k) === budgetKind(short.k) && over.gap.lt(0) && near(short.k, over.gap.negated(), { ...(short.k.amount as Figure), value: short.gap.toString() }))
      .flatMap((over) => over.mine.filter((i) => near(short.k, short.gap, i.amount as Figure)).map((i) => ({ over, i })));
    if (fits.length !== 1) continue;
    const { over, i } = fits[0] as (typeof fits)[number];
    out.set(short.k, { claim: i, from: over.k, why: `而「${label(over.k)}」${over.k.amount?.raw ?? ''}恰比其下所列各项之和少同样的金额` });
  }
  return out;
}

/**
 * The one listed item of a class the 结构情况 does not state (of the same budget) whose amount makes up, within
 * rounding, what class `k` falls short by ("农林水支出（类）超长期特别国债安排的支出（款）60万元" in a list whose
 * 卫生健康支出 is short by 60.01万元): that item's class is most likely misnamed.
 */
function strayMakingUp(ctx: RuleContext, k: Claim, classes: readonly Claim[], items: readonly Claim[], gap: Decimal): Stray | null {
  if (!gap.gt(0)) return null;
  const known = new Set(classes.filter((c) => budgetKind(c) === budgetKind(k)).map((c) => classOf(ctx, c)));
  const strays = items.filter((i) => budgetKind(i) === budgetKind(k) && i.amount && !known.has(classOf(ctx, i)));
  const fits = strays.filter((i) => compareSum(money({ ...(k.amount as Figure), value: gap.toString() }), moneyAll([i.amount as Figure])).agreement !== 'break');
  return fits.length === 1 ? { claim: fits[0] as Claim, why: '而结构情况没有写出其所属的类' } : null;
}

/**
 * Whether the classes stated (of `k`'s budget) add up, within rounding, to all the items listed of that budget:
 * the list then leaves nothing out, and a class short by a stray item's amount has that item misplaced.
 */
function classesAddUpToItems(k: Claim, classes: readonly Claim[], items: readonly Claim[]): boolean {
  const mine = classes.filter((c) => budgetKind(c) === budgetKind(k));
  const listed = items.filter((i) => budgetKind(i) === budgetKind(k) && i.amount);
  if (!mine.length || !listed.length) return false;
  const total = mine.reduce((t, c) => t.plus(dec(c.amount as Figure)), new Decimal(0));
  return compareSum(money({ ...(k.amount as Figure), value: total.toString() }), moneyAll(listed.map((i) => i.amount as Figure))).agreement !== 'break';
}

/** Whether bare items' amounts make up, within rounding, what `parts` fall short of `whole`. */
function madeUpByBare(whole: Figure, parts: readonly Figure[], bare: readonly Claim[]): boolean {
  if (!bare.length) return false;
  const gap = dec(whole).minus(parts.reduce((t, p) => t.plus(dec(p)), new Decimal(0)));
  return compareSum(money({ ...whole, value: gap.toString() }), moneyAll(bare.map((b) => b.amount as Figure))).agreement !== 'break';
}

/** Items named by their 项 alone (unsure:item) with an amount, printed from the first to the last line of `items`. */
function bareItemsAmong(doc: Disclosure, items: readonly Claim[]): Claim[] {
  const lines = items.map((i) => i.location).filter((l) => l.line != null);
  if (!lines.length) return [];
  const key = (l: { page?: number | null; line?: number | null }) => (l.page ?? 0) * 100000 + (l.line ?? 0);
  const [lo, hi] = [Math.min(...lines.map(key)), Math.max(...lines.map(key))];
  return doc.claims.filter((c) => c.subject.key.startsWith('unsure:item') && c.amount && c.location.line != null && key(c.location) >= lo && key(c.location) <= hi);
}

/**
 * How a sentence's own words name the corrected figure: words that fix it (完成100%, 持平) give it; words
 * that only bound it ("基本持平", within 5%) are broken by the printed figure and hold with the one the
 * list's sum gives.
 */
function correctedBy(words: string, corrected: string): string {
  return /^“[^”]*基本[^”]*”$/.test(words) ? `与同句所写的${words}不符，按合计应为${corrected}万元，${words}亦随之相符` : `按同句所写的${words}应为${corrected}万元`;
}
