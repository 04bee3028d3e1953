import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';

const SUMMARY = (numbers: string) => `公开01表 收入支出决算总表

单位：万元

| 收入 |  |  | 支出 |  |  |
|---|---|---|---|---|---|
| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |
${numbers}
| 一、一般公共预算财政拨款收入 | 1 | 238.67 | 一、卫生健康支出 | 32 | 238.67 |
| 本年收入合计 | 27 | 238.67 | 本年支出合计 | 58 | 238.67 |
| 总计 | 30 | 238.67 | 总计 | 61 | 238.67 |
`;

describe('a 栏次 row printed without the word 栏次', () => {
  it('numbers the columns of 公开01表 (1 and 2): no expense item', async () => {
    for (const numbers of ['| 栏次 |  | 1 | 栏次 |  | 2 |', '|  |  | 1 |  |  | 2 |']) {
      const doc = await extractBytes('case.md', new TextEncoder().encode(SUMMARY(numbers)));
      const t = doc.tables.find((x) => x.id === '01');
      expect(t?.rows.filter((r) => r.side === 'expense').map((r) => r.key)).toEqual(['exp.class:210', 'exp.total', 'exp.grand']);
    }
  });
});
