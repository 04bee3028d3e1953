import { T05, withTables } from '../narrative-table/fixtures.js';
import { defineRule, insufficient } from '../rule.js';
import { allUsedItemCodes } from './used-items.js';

const USED_IN_07 = [
  '1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为13.06万元。',
  '## 名词解释',
  '一、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。',
  '二、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）：反映用彩票公益金安排的社会福利方面的支出。',
];

/** A table 07 with one fund 项 (a rule case here, and the fund table of its tests). */
export const T07_ITEM = `## 政府性基金预算财政拨款收入支出决算表

公开07表
金额单位：万元

项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余
科目代码\t科目名称\t\t\t小计\t基本支出\t项目支出\t
栏次\t\t1\t2\t3\t4\t5\t6
合计\t\t0.00\t20.00\t20.00\t0.00\t20.00\t0.00
229\t其他支出\t0.00\t20.00\t20.00\t0.00\t20.00\t0.00
22960\t彩票公益金安排的支出\t0.00\t20.00\t20.00\t0.00\t20.00\t0.00
2296002\t用于社会福利的彩票公益金支出\t0.00\t20.00\t20.00\t0.00\t20.00\t0.00
`;

export const glossaryUnusedItem = defineRule({
  id: 'glossary.unused-item',
  title: '名词解释列出了未使用的科目',
  category: 'glossary',
  severity: 'info',
  authority: '财政部《部门决算公开格式文本》名词解释',
  description: '名词解释解释了一个报表（所印的02、03、05、07、08表的并集）和说明都没有使用的“项”级科目，可能是沿用往年文本。有表已印出而科目未能读取时不作判断。',
  cases: [
    {
      name: '只解释用到的科目',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为11.36万元。\n## 名词解释\n一、住房保障支出（类）住房改革支出（款）住房公积金（项）：反映按规定比例为职工缴纳的住房公积金。\n',
    },
    {
      name: '解释了未用的提租补贴',
      expect: 'fail',
      mentions: '2210202',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为11.36万元。\n## 名词解释\n一、住房保障支出（类）住房改革支出（款）住房公积金（项）：反映按规定比例为职工缴纳的住房公积金。\n二、住房保障支出（类）住房改革支出（款）提租补贴（项）：反映按房改政策规定的标准，行政事业单位向职工发放的提租补贴。\n',
    },
    {
      name: '政府性基金的科目只在07表中使用',
      expect: 'pass',
      text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', ...USED_IN_07], T05, T07_ITEM),
    },
    {
      name: '没有07表时同一科目未被使用',
      expect: 'fail',
      mentions: '2296002',
      text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', ...USED_IN_07], T05),
    },
  ],
  check({ doc, report }) {
    const items = doc.glossary.filter((g) => g.code && g.code.length === 7);
    if (!items.length) return insufficient('名词解释中没有可对应到“项”级科目的条目。');
    // Unused means used by none of the function-classification tables printed (02, 03, 05, 07, 08)
    // nor the explanation: an item of 非财政拨款 or 政府性基金 spending is in 03 or 07 only.
    const { codes, sources, unknown } = allUsedItemCodes(doc);
    if (unknown.length) return insufficient(`${unknown.map((id) => `公开${id}表`).join('、')}的科目未能读取，无法判断名词解释中的科目是否未被使用。`);
    if (!codes.size) return insufficient('未读到报表或说明中使用的“项”级科目。');
    for (const g of items) {
      if (codes.has(g.code as string)) continue;
      report({
        message: `名词解释中的科目 ${g.code}（${g.names.join('/')}）在${sources.join('、')}中${sources.length > 1 ? '都' : ''}没有出现。`,
        expected: '仅解释使用的科目',
        actual: `${g.code}`,
        locations: [g.location],
      });
    }
  },
});
