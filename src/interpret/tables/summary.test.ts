import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';
import type { Disclosure, PublicTable } from '../../model/disclosure.js';

async function read(text: string, file = 'case.md'): Promise<Disclosure> {
  return extractBytes(file, new TextEncoder().encode(text));
}

const amount = (t: PublicTable | undefined, key: string, col = 'amount') => t?.rows.find((r) => r.key === key)?.cells[col]?.value;

const PIPE_01 = (expenseLabel: string) => `公开01表 收入支出决算总表

单位：万元

| 收入 |  |  | 支出 |  |  |
|---|---|---|---|---|---|
| 项目 | 行次 | 决算数 | ${expenseLabel} | 行次 | 决算数 |
| 一、一般公共预算财政拨款收入 | 1 | 238.67 | 一、卫生健康支出 | 32 | 238.67 |
| 本年收入合计 | 27 | 238.67 | 本年支出合计 | 58 | 238.67 |
| 总计 | 30 | 238.67 | 总计 | 61 | 238.67 |
`;

describe('the label columns of the two sides of 01 and 04', () => {
  it('reads a side whose label says what it classifies by ("项目（按功能分类）", older forms)', async () => {
    for (const label of ['项目（按功能分类）', '项目(按功能分类)', '项目名称（按支出功能分类科目）']) {
      const doc = await read(PIPE_01(label));
      const t = doc.tables.find((x) => x.id === '01');
      expect(doc.coverage.unread).toEqual([]);
      expect(amount(t, 'exp.class:210')).toBe('238.67');
      expect(amount(t, 'inc.general')).toBe('238.67');
      expect(t?.rows.find((r) => r.key === 'exp.class:210')?.lineNo).toBe(32);
    }
  });

  it('does not take a column headed by a longer word for a side ("项目支出（按功能分类）" names amounts)', async () => {
    const doc = await read(PIPE_01('项目支出（按功能分类）'));
    expect(doc.tables.find((x) => x.id === '01')).toBeUndefined();
    expect(doc.coverage.unread.join('\n')).toMatch(/公开01表的表头中未找到收入、支出两栏的“项目”列/);
  });
});
