import { expect, it } from 'vitest';
import { foldRootCauses } from './index.js';
import type { Finding } from '../../model/finding.js';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('reports a sheet’s 全年预算数 quoted otherwise once: quote-consistency and the one sheet’s funds-total compare the same two figures', async () => {
  const found = await addedOnLine('test/paraphrase/changji-other-wording-1.txt', 62, '1,239.70', '1,329.70');
  expect(found.map((f) => f.rule)).toEqual(['performance.quote-consistency']);
  expect(found[0]?.message).toContain('同一比较，不再另报');
});

const at = { file: 'a.md', page: null, line: 3, text: '全年预算数1,329.70万元', cell: null } as unknown as Finding['locations'][number];
const finding = (rule: string, actual: string, expected: string): Finding =>
  ({ rule, title: rule, category: 'performance', severity: 'error', message: `${actual}与${expected}不一致`, expected, actual, difference: null, tolerance: null, section: null, locations: [at] }) as Finding;

it('keeps two comparisons of one figure with different figures apart', () => {
  const out = foldRootCauses([finding('performance.quote-consistency', '1,329.70', '1,239.70'), finding('performance.funds-total', '1,329.70', '2,479.40')]);
  expect(out).toHaveLength(2);
});
