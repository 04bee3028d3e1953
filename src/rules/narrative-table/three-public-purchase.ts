import { dec, wan } from '../../model/decimal.js';
import { tableOf } from '../../model/disclosure.js';
import { defineRule, insufficient, notApplicable } from '../rule.js';
import { T09, withTables } from './fixtures.js';

// A sentence about buying official vehicles: 公务用车购置费/购置支出, 未购置公务用车, 购置车辆. Not
// "公务用车购置及运行维护费", which names the sum of purchase and running costs.
const SAYS_PURCHASE = /公务用车购置(?!及)|购置(?:了)?(?:\d+辆)?(?:公务用车|车辆)|未(?:新)?购置|无(?:公务用车)?购置/;

// "…2024年度无“三公”经费财政拨款支出", "未发生“三公”经费支出".
const NO_THREE_PUBLIC = /(?:无|没有|未发生|未安排)[^。；，,]{0,6}[“"]?三公[”"]?经费/;

const T09_PURCHASE = T09.replace(
  '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94\t0.00\t0.00\t0.00\t0.00\t0.94',
  '26.94\t0.00\t26.00\t26.00\t0.00\t0.94\t26.94\t0.00\t26.00\t26.00\t0.00\t0.94',
);

export const threePublicPurchase = defineRule({
  id: 'narrative-table.three-public-purchase',
  title: '“三公”经费说明未交代公务用车购置费',
  category: 'narrative-table',
  severity: 'warning',
  authority: '《关于做好2024年度部门决算公开工作的通知》（“三公”经费说明应分别说明公务用车购置费和运行维护费，列明购置数量）',
  description:
    '“三公”经费说明应分别说明公务用车购置费和运行维护费：公开09表的公务用车购置费决算数不为0，而说明只写公务用车购置及运行维护费（或只写运行维护费），从不说明购置费及购置车辆数；购置费为0时也应写明（“公务用车购置费0万元”“未购置公务用车”）。',
  cases: [
    { name: '说明写了购置费', expect: 'pass', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算26.94万元。其中：公务用车购置费26.00万元，购置公务用车1辆；公务接待费0.94万元。'], T09_PURCHASE) },
    { name: '购置费为0并写明未购置', expect: 'pass', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算0.94万元，均为公务接待费。本年度未购置公务用车。'], T09) },
    { name: '没有“三公”经费支出', expect: 'pass', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '本单位2024年度无“三公”经费财政拨款支出，“三公”经费支出决算为0万元。'], T09) },
    { name: '购置费为0且未写', expect: 'fail', mentions: '0.00', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算0.94万元，均为公务接待费。'], T09) },
    { name: '有购置费却未写', expect: 'fail', mentions: '26.00', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算26.94万元。其中：公务用车购置及运行维护费26.00万元，公务接待费0.94万元。'], T09_PURCHASE) },
  ],
  check({ doc, report }) {
    const t = tableOf(doc, '09');
    const cell = t?.rows.find((r) => r.key === 'total')?.cells['actual.vehiclePurchase'];
    if (!t || cell === undefined) return insufficient('未读到公开09表的公务用车购置费决算数');
    // The 三公 explanation: its claims (the section of a line is not known on every format, so the
    // whole prose is searched for a word on purchases; the glossary's 购置及运行维护费 is not one).
    const claims = doc.claims.filter((c) => c.subject.key.startsWith('threePublic.'));
    if (!claims.length) return notApplicable('说明中没有“三公”经费的说明');
    const lines = [{ location: claims[0]!.location }];
    if (doc.lines.some((l) => !l.location.cell && SAYS_PURCHASE.test(l.text))) return;
    // Nothing bought (0 or blank): the template still has the purchase said on its own (公务用车购置费
    // 0万元, 未购置公务用车), and a 三公 account that says nothing of it leaves the reader to guess.
    if (!cell || dec(cell).isZero()) {
      // No 三公 spending at all (09's total 0, or the text says 无“三公”经费): every item is said with it.
      const total = t.rows.find((r) => r.key === 'total')?.cells['actual.total'];
      if (!total || dec(total).isZero() || doc.lines.some((l) => !l.location.cell && NO_THREE_PUBLIC.test(l.text))) return;
      report({
        message: `“三公”经费说明没有单独说明公务用车购置费（公开09表为${cell ? `${wan(cell)}万元` : '空'}，应写明购置费为0或未购置公务用车）`,
        expected: '说明公务用车购置费（为0时写明0或未购置）',
        actual: '未说明',
        locations: cell ? [lines[0]!.location, cell.location] : [lines[0]!.location],
        section: 'explain.threePublic',
      });
      return;
    }
    report({
      message: `公开09表公务用车购置费决算数为${wan(cell)}万元，“三公”经费说明却没有说明公务用车购置费及购置车辆数`,
      expected: '说明公务用车购置费（及购置数量）',
      actual: '未说明',
      locations: [lines[0]!.location, cell.location],
      section: 'explain.threePublic',
    });
  },
});
