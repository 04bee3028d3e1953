import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { T03, T05, withTables } from '../narrative-table/fixtures.js';
import { glossaryUnusedItem, T07_ITEM } from './unused-item.js';

/**
 * glossary.unused-item calls an explained item unused only when no function-classification table the
 * document prints (02, 03, 05, 07, 08) nor the explanation uses it; a pass case of the catalog cannot
 * say so, since the rule is an info.
 */
const DETAIL = '1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为13.06万元。';
const glossary = (...items: string[]) => ['## 名词解释', ...items.map((t, i) => `${'一二三四五'[i]}、${t}`)];
const PENSION = '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。';
const LOTTERY = '其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）：反映用彩票公益金安排的社会福利方面的支出。';
const OTHER_MEDICAL = '卫生健康支出（类）医疗保障管理事务（款）其他医疗保障管理事务支出（项）：反映除上述项目以外其他用于医疗保障管理事务方面的支出。';


// An item paid from 其他收入: in table 03, not in 05.
const T03_OTHER = T03.replace('2210201\t住房公积金', '2101599\t其他医疗保障管理事务支出\t5.00\t0.00\t5.00\t0.00\t0.00\t0.00\n2210201\t住房公积金');

async function unused(text: string) {
  const r = await checkText(text, { rules: [glossaryUnusedItem] });
  return { status: r.outcomes[0]?.status, codes: r.findings.map((f) => f.actual) };
}

describe('glossary.unused-item uses the union of the function-classification tables', () => {
  it('an item used only in table 07 is not unused, though table 05 has codes', async () => {
    expect(await unused(withTables(['（三）一般公共预算财政拨款支出决算具体情况', DETAIL, ...glossary(PENSION, LOTTERY)], T05, T07_ITEM))).toEqual({ status: 'ran', codes: [] });
  });

  it('an item used only in table 03 is not unused, though table 05 has codes', async () => {
    expect(await unused(withTables(['（三）一般公共预算财政拨款支出决算具体情况', DETAIL, ...glossary(PENSION, OTHER_MEDICAL)], T05, T03_OTHER))).toEqual({ status: 'ran', codes: [] });
  });

  it('an item no table nor the explanation uses is still named', async () => {
    expect(await unused(withTables(['（三）一般公共预算财政拨款支出决算具体情况', DETAIL, ...glossary(PENSION, LOTTERY)], T05, T03))).toEqual({ status: 'ran', codes: ['2296002'] });
  });

  it('says nothing when a function-classification table is printed but its items could not be read', async () => {
    // Table 07 printed with its header and no rows read (its rows an image, or lost in conversion).
    const unread = T07_ITEM.slice(0, T07_ITEM.indexOf('合计'));
    const r = await unused(withTables(['（三）一般公共预算财政拨款支出决算具体情况', DETAIL, ...glossary(PENSION, LOTTERY)], T05, unread));
    expect(r).toEqual({ status: 'insufficient-data', codes: [] });
  });
});
