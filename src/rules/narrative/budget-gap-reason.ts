import { label, money } from '../../model/claims.js';
import { Decimal, dec, intervalOf, overlaps } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { placeKey } from '../../model/location.js';
import { defineRule, notApplicable } from '../rule.js';
import { md } from '../arithmetic/lib.js';

/**
 * Words that give a reason for a gap between the final amount and the budget ("主要原因是", "由于", "系年中
 * 追加", "受…影响", "据实结算", "决算数大于预算数，年中人员退休"). Not 主要用于, which says what the money was for. Lenient on purpose: the
 * check is only that some reason is there, never which.
 */
const REASON = /原因|由于|因为|因(?![公此而])|系(?![统数列])|受[^。；]{0,16}影响|主要是|追加|调增|调减|调整|结转|据实|按实|未到位|未完成|未执行|未发生|节约|结余|[大小]于(?:年初)?预算数?[^。；]*?[，,：:][^。；]{4,}/;

/**
 * An item of a list of like items: a 类/款/项 or an economic class, or one 三公 item. Not a whole (the 三公
 * total, a part's own total), whose reason may be the one its items share, nor a whole's reason taken as
 * the items' style (a template that asks the reason once, of the 三公 total, asks none of its items).
 */
function isItem(c: Claim): boolean {
  const k = c.subject.key;
  return k.startsWith('fc:') || k.startsWith('ec:') || (k.startsWith('threePublic.') && k !== 'threePublic.total');
}

const SAYS_EQUAL = /持平|等于|无增减|相同|一致|无变化|无差异/;

/** A gap worth a reason: the two amounts differ beyond their printed precision and by more than 0.5%. */
function hasGap(c: Claim): boolean {
  const actual = c.amount;
  const budget = c.budget?.amount;
  // A sentence that says the two agree (持平, 无增减, 完成100%) while its figures differ has a wrong figure,
  // which the rules on those words report: no reason is missing there.
  if (!actual || !budget || c.budget?.words.some((w) => SAYS_EQUAL.test(w))) return false;
  const rate = c.budget?.executionRate;
  if (rate && dec(rate).eq(100)) return false;
  if (c.change?.against === 'budget' && c.change.direction === 'flat') return false;
  const a = money(actual);
  const b = money(budget);
  if (overlaps(intervalOf(a), intervalOf(b))) return false;
  const bv = dec(b);
  if (bv.isZero()) return !dec(a).isZero();
  return dec(a).minus(bv).abs().div(bv).gt(new Decimal('0.005'));
}

/**
 * The text of each budget item: from its claim's line to the line before the next item's claim in the
 * same section (a reason printed on the lines after the figures, before the next item, is the item's).
 */
function itemTexts(doc: Disclosure, items: readonly Claim[]): Map<Claim, string> {
  const index = new Map<string, number>();
  doc.lines.forEach((l, i) => { if (!l.location.cell && !index.has(placeKey(l.location))) index.set(placeKey(l.location), i); });
  const at = (c: Claim) => index.get(placeKey(c.location));
  const placed = items.filter((c) => at(c) !== undefined).sort((x, y) => (at(x) as number) - (at(y) as number));
  const texts = new Map<Claim, string>();
  placed.forEach((c, k) => {
    const from = at(c) as number;
    const next = placed.slice(k + 1).find((n) => (at(n) as number) > from);
    // An item's own text ends at the next item or after a few lines (a section's end has no next item).
    const to = Math.min(next ? (at(next) as number) : from + 6, from + 12);
    texts.set(c, doc.lines.slice(from, Math.max(to, from + 1)).map((l) => l.text).join(''));
  });
  return texts;
}

/**
 * The explanation's parts whose template asks for the reason of a gap from the budget (财政拨款, 一般公共预算,
 * 基本支出, 三公, 基金, 国资). Not the performance report: its projects' 执行率 says the gap, no reason asked.
 */
const BUDGET_SECTIONS = new Set(['explain.fiscal', 'explain.general', 'explain.basic', 'explain.threePublic', 'explain.fund', 'explain.capital']);

const SECTION = '五、一般公共预算财政拨款支出决算情况说明';
const ITEM = (n: number, name: string, budget: string, actual: string, reason: string) =>
  `${n}.节能环保支出（类）${name}（项），主要用于相关工作。年初预算为${budget}万元，支出决算为${actual}万元。${reason}`;

export const budgetGapReason = defineRule({
  id: 'narrative.budget-gap-reason',
  title: '决算数与预算数不同而未说明原因',
  category: 'narrative',
  severity: 'warning',
  authority: '财政部部门决算公开模板（“决算数大于（小于）预算数的主要原因是……”）',
  description:
    '逐项说明年初预算数与支出决算数时，两者不同（相差超过印刷精度且超过0.5%）应说明原因。只在同一部分已有其他项目逐项说明了原因、而这几项没有说明时提示（整段统一说明原因的写法不提示）；列出所有未说明原因的项目，作为一个问题。',
  cases: [
    {
      name: '每项都说明了原因',
      expect: 'pass',
      text: md(SECTION, ITEM(1, '大气', '420.80', '379.96', '决算数小于预算数的主要原因：项目结余。'), ITEM(2, '水体', '215.00', '213.10', '决算数小于预算数的主要原因：政府采购节约。')),
    },
    {
      name: '差异在0.5%以内不必说明',
      expect: 'pass',
      text: md(SECTION, ITEM(1, '大气', '420.80', '379.96', '决算数小于预算数的主要原因：项目结余。'), ITEM(2, '水体', '215.00', '214.50', '')),
    },
    {
      name: '整段都没有逐项说明原因（统一说明的写法）：不提示',
      expect: 'pass',
      text: md(SECTION, ITEM(1, '大气', '420.80', '379.96', ''), ITEM(2, '水体', '215.00', '200.10', '')),
    },
    {
      name: '写了完成100%而两数不同：是数字写错（由完成率的规则报告），不是缺原因',
      expect: 'pass',
      text: md(SECTION, ITEM(1, '大气', '420.80', '379.96', '决算数小于预算数的主要原因：项目结余。'), ITEM(2, '水体', '215.00', '21.50', '完成年初预算的100%。')),
    },
    {
      name: '原因只写在“三公”经费合计上，各项不另写（上海的格式）：不提示',
      expect: 'pass',
      text: md(
        '七、财政拨款“三公”经费支出决算情况说明',
        '2024年度财政拨款“三公”经费支出全年预算数为0.95万元，支出决算数为0.00万元，完成全年预算的0.00%。决算数小于全年预算数，主要原因：严格控制接待。',
        '1、因公出国（境）费支出决算0.00万元，全年预算数为0.00万元。',
        '3、公务接待费支出决算0.00万元，全年预算数为0.95万元。',
      ),
    },
    {
      name: '一项说明了原因，另一项相差较大却没有说明',
      expect: 'fail',
      mentions: '215.00',
      text: md(SECTION, ITEM(1, '大气', '420.80', '379.96', '决算数小于预算数的主要原因：项目结余。'), ITEM(2, '水体', '215.00', '170.10', '')),
    },
  ],
  check({ doc, report }) {
    const items = doc.claims.filter((c) => c.section && BUDGET_SECTIONS.has(c.section) && isItem(c) && c.amount && c.budget?.amount);
    if (items.length < 2) return notApplicable('说明中没有逐项给出年初预算数和决算数');
    const texts = itemTexts(doc, items);
    const bySection = new Map<string, Claim[]>();
    for (const c of items) if (texts.has(c) && hasGap(c)) bySection.set(c.section as string, [...(bySection.get(c.section as string) ?? []), c]);
    for (const [, gaps] of bySection) {
      const reasoned = gaps.filter((c) => REASON.test(texts.get(c) as string));
      const bare = gaps.filter((c) => !reasoned.includes(c));
      // The section's own style gives a reason item by item; without one anywhere, a shared reason may stand elsewhere.
      if (!reasoned.length || !bare.length) continue;
      const listed = bare.map((c) => `${label(c)}（年初预算${c.budget?.amount?.raw}，决算${c.amount?.raw}）`);
      report({
        message: `以下${bare.length}项决算数与年初预算数不同，却没有像同一部分其他${reasoned.length}项那样说明原因：${listed.join('；')}`,
        expected: '说明决算数大于（小于）预算数的原因',
        actual: '未说明原因',
        locations: bare.map((c) => c.location),
      });
    }
  },
});
