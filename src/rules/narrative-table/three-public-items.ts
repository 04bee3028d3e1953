import { isZero } from '../../model/claims.js';
import { wan } from '../../model/decimal.js';
import { type Disclosure, tableOf } from '../../model/disclosure.js';
import { lineSections } from '../../model/section-at.js';
import { defineRule, notApplicable } from '../rule.js';
import { T09, withTables } from './fixtures.js';

/** The three kinds of 三公 spending, each with the words that name it in a sentence and its 09 cell. */
const ITEMS = [
  { name: '因公出国（境）费', keys: ['threePublic.abroad'], words: /出国|出境|因公出/, cell: 'actual.abroad' },
  { name: '公务用车购置及运行维护费', keys: ['threePublic.vehicle', 'threePublic.vehicleOps', 'threePublic.vehiclePurchase', 'threePublic.vehicleStock', 'threePublic.vehiclesPurchased'], words: /公务用车|公车|用车|车辆/, cell: 'actual.vehicle' },
  { name: '公务接待费', keys: ['threePublic.reception', 'threePublic.receptionDomestic', 'threePublic.receptionForeign'], words: /接待/, cell: 'actual.reception' },
] as const;

// "…2024年度无“三公”经费财政拨款支出", "未发生“三公”经费支出": every item is said with it.
const NO_THREE_PUBLIC = /(?:无|没有|未发生|未安排)[^。；，,]{0,6}[“"]?三公[”"]?经费/;

// "全部是公务用车运行维护费，其他均为0元", "其余两项均未发生": the items not named are said with it.
const OTHERS_NONE = /其[他余](?:各项|两项|二项|项目)?(?:费用|支出|经费)?(?:均|都|皆)?(?:为\s*0|为零|未发生|无支出|没有)/;

/**
 * The 三公 explanation's own prose: the lines (not table cells) of the sections its 三公 claims stand
 * in. Not the glossary (its definition of 三公 names every item) nor any section with no 三公 claim.
 */
function threePublicProse(doc: Disclosure): string[] {
  const sections = new Set(
    doc.claims.filter((c) => c.subject.key.startsWith('threePublic.') && c.section && c.section !== 'glossary').map((c) => c.section as string),
  );
  const keys = lineSections(doc);
  return doc.lines.filter((l, i) => !l.location.cell && sections.has(keys[i] as string)).map((l) => l.text);
}

const SAID_ALL = '2024年度“三公”经费支出决算0.94万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费0万元，公务接待费0.94万元。';

export const threePublicItems = defineRule({
  id: 'narrative-table.three-public-items',
  title: '“三公”经费说明未分项说明',
  category: 'narrative-table',
  severity: 'warning',
  authority: '《关于做好2024年度部门决算公开工作的通知》（“三公”经费支出应分项说明因公出国（境）费、公务用车购置及运行维护费、公务接待费，为0的也应说明）',
  description:
    '“三公”经费说明应分别交代因公出国（境）费、公务用车购置及运行维护费、公务接待费三项（金额为0或未发生的也要写明）。说明有“三公”经费支出、却从不提其中某一项时提示；全年没有“三公”经费支出并写明的不要求分项。',
  cases: [
    { name: '三项都写了', expect: 'pass', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', SAID_ALL], T09) },
    {
      name: '为0的两项写明未发生',
      expect: 'pass',
      text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算0.94万元，均为公务接待费。本年度未发生因公出国（境）费用，未购置公务用车，无公务用车运行维护费支出。'], T09),
    },
    {
      name: '只一项有支出，“其他均为0元”',
      expect: 'pass',
      text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '我单位“三公”经费决算为0.94万元，全部是公务接待费，其他均为0元。'], T09),
    },
    { name: '“三公”经费支出为0，不必分项', expect: 'pass', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '本部门2024年度“三公”经费财政拨款支出0万元。']) },
    { name: '没有“三公”经费支出', expect: 'pass', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '本单位2024年度无“三公”经费财政拨款支出，“三公”经费支出决算为0万元。'], T09) },
    {
      name: '只写了公务接待费，另两项从未提及（名词解释里的定义不算）',
      expect: 'fail',
      mentions: '因公出国（境）费、公务用车购置及运行维护费',
      text:
        withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算0.94万元，均为公务接待费，主要用于上级部门来访接待。'], T09) +
        '\n## 第四部分 名词解释\n\n“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。\n',
    },
  ],
  check({ doc, report }) {
    const claims = doc.claims.filter((c) => c.subject.key.startsWith('threePublic.') && c.section !== 'glossary');
    if (!claims.length) return notApplicable('说明中没有“三公”经费的说明');
    const prose = threePublicProse(doc);
    if (!prose.length) return notApplicable('未能确定“三公”经费说明所在的部分');
    if (prose.some((t) => NO_THREE_PUBLIC.test(t) || OTHERS_NONE.test(t))) return;
    // No 三公 spending (the stated total or 09's is zero): nothing to itemise.
    const total = tableOf(doc, '09')?.rows.find((r) => r.key === 'total');
    const totalSaid = claims.find((c) => c.subject.key === 'threePublic.total' && c.amount && !c.change?.against);
    if ((totalSaid?.amount && isZero(totalSaid.amount)) || isZero(total?.cells['actual.total'])) return;
    // A summary of many units' 三公 (a district's, "汇总情况") is not one unit's explanation to itemise.
    if (!doc.facts.department) return notApplicable('未能确定是哪个部门（单位）的说明（可能是汇总材料）');

    const stated = (keys: readonly string[]) => claims.some((c) => keys.includes(c.subject.key));
    const missing = ITEMS.filter((it) => !stated(it.keys) && !prose.some((t) => it.words.test(t)));
    if (!missing.length) return;
    const shown = missing.map((it) => {
      const cell = total?.cells[it.cell];
      return cell ? `${it.name}（公开09表决算数${wan(cell)}万元）` : it.name;
    });
    report({
      message: `“三公”经费说明没有说明${missing.map((it) => it.name).join('、')}：应分项写明各项决算数（为0或未发生的也要写明）。未说明：${shown.join('、')}`,
      expected: '分项说明因公出国（境）费、公务用车购置及运行维护费、公务接待费',
      actual: `未提及${missing.map((it) => it.name).join('、')}`,
      locations: [claims[0]!.location],
      section: 'explain.threePublic',
    });
  },
});
