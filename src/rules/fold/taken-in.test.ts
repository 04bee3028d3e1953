import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.js';
import { foldRootCauses } from './index.js';

const at = { file: 'a.md', page: null, line: 12, cell: null, text: '一般公共预算财政拨款支出决算为880.00万元，完成预算的110%，决算数大于预算数。' };
const finding = (f: Partial<Finding>): Finding => ({
  rule: 'x',
  title: 'x',
  category: 'arithmetic',
  severity: 'error',
  message: '',
  expected: null,
  actual: null,
  difference: null,
  tolerance: null,
  section: null,
  locations: [at],
  ...f,
});

describe('a root that takes in a finding which took in another', () => {
  it('names both in its note', () => {
    const root = finding({ rule: 'narrative-table.general-05', title: '说明与05表不符', category: 'narrative-table', message: '说明写880.00万元，05表为808.00', expected: '808.00万元', actual: '880.00万元' });
    const rate = finding({ rule: 'arithmetic.execution-rate', title: '预算完成率与金额不符', message: '决算880.00万元 ÷ 预算800.00万元 = 110.00%，说明写完成101%；同句所写“大于”与完成率一致（「决算数与预算数大小表述不符」不再另报）', expected: '110.00%', actual: '101%' });
    const out = foldRootCauses([root, rate]);
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('预算完成率与金额不符、决算数与预算数大小表述不符」不再另报');
  });
});
