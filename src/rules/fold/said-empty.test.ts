import { expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { withTables } from '../narrative-table/fixtures.js';
import { T07, T08, swap } from '../table/fragments.js';

const SAYS_NONE = ['八、国有资本经营预算财政拨款支出决算情况说明', '本单位没有国有资本经营预算财政拨款支出。'] as [string, string];
const WITH_FIGURE = swap(T08, '合计\t\t0.00\t0.00\t0.00', '合计\t\t0.01\t0.00\t0.01');
const contradictions = async (text: string) =>
  (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'narrative-table.capital-08' || f.rule === 'completeness.empty-statement-contradiction');

it('reports a figure in a table both the explanation and its note say is empty once, as the error', async () => {
  const found = await contradictions(withTables(SAYS_NONE, WITH_FIGURE));
  expect(found.map((f) => [f.rule, f.severity])).toEqual([['narrative-table.capital-08', 'error']]);
  expect(found[0]?.message).toContain('「有数据的表不应称“无数据”」不再另报');
});

it('keeps the note contradiction of another table as its own finding', async () => {
  const other = swap(T07, '合计\t\t0.00\t0.00', '合计\t\t3.00\t0.00');
  const found = await contradictions(withTables(SAYS_NONE, WITH_FIGURE, other));
  expect(found.map((f) => f.rule).sort()).toEqual(['completeness.empty-statement-contradiction', 'narrative-table.capital-08']);
});
