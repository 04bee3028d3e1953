import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const HEAD = '# 某县某某局2024年度部门决算\n\n## 第三部分 2024年度部门决算情况说明\n\n';
const ITEMS = [
  '1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为120.00万元，支出决算为118.50万元，完成年初预算的98.75%。',
  '2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。年初预算为40.00万元，支出决算为42.00万元，完成年初预算的105.00%。',
  '3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为12.00万元，支出决算为12.00万元，完成年初预算的100.00%。',
];
const detail = (items: string[]) =>
  `${HEAD}五、一般公共预算财政拨款支出决算情况说明\n\n（三）一般公共预算财政拨款支出决算具体情况\n\n2024年度一般公共预算财政拨款支出年初预算为172.00万元，支出决算为172.50万元，完成年初预算的100.29%。其中：\n\n${items.join('\n\n')}\n`;
const findings = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info');

describe('a paragraph printed twice', () => {
  it('names both places of a paragraph printed again right after itself', async () => {
    const found = (await findings(detail([ITEMS[0] as string, ...ITEMS]))).filter((f) => f.rule === 'template.repeated-paragraph');
    expect(found).toHaveLength(1);
    expect(found[0]?.locations.map((l) => l.line)).toEqual([11, 13]);
  });

  it('an entry printed again over the next is one finding with its repeated number and the sum it shortens', async () => {
    const found = await findings(detail([ITEMS[0] as string, ITEMS[0] as string, ITEMS[2] as string]));
    const mine = found.filter((f) => /印了两次|编号重复|不符/.test(f.message));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.message).toContain('印了两次');
  });

  it('leaves alone a sentence the glossary or another section says again', async () => {
    const text = `${HEAD}${detail(ITEMS).slice(HEAD.length)}\n## 第四部分 名词解释\n\n${ITEMS[0]}\n`;
    expect((await findings(text)).filter((f) => f.rule === 'template.repeated-paragraph')).toEqual([]);
  });
});
