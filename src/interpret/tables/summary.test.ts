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

const WRAPPED_01 = (piece: string) => `公开01表 收入支出决算总表

单位：万元

| 收入 |  |  | 支出 |  |  |
|---|---|---|---|---|---|
| 项目 | 行次 | 决算数 | 项目 | 行次 | 决算数 |
| 一、一般公共预算财政拨款收入 | 1 | 238.67 | 一、卫生健康支出 | 32 | 227.31 |
|  |  |  | 二、住房保 | 33 | 11.36 |
| ${piece} |  |  |  |  |  |
| 本年收入合计 | 27 | 238.67 | 本年支出合计 | 58 | 238.67 |
`;

describe('labels of 01 and 04 wrapped a few characters a line', () => {
  it('joins a row no label names with the label-only rows under it where that makes a label (\'住房保\' over \'障支出\', on the other side)', async () => {
    const t = (await read(WRAPPED_01('障支出'))).tables.find((x) => x.id === '01');
    expect(amount(t, 'exp.class:221')).toBe('11.36');
    expect(t?.rows.find((r) => r.key === 'exp.class:221')?.name).toBe('二、住房保障支出');
    expect(t?.rows.filter((r) => /\.name:/.test(r.key))).toEqual([]);
  });

  it('leaves the pieces as read where the join makes no label', async () => {
    const t = (await read(WRAPPED_01('其他'))).tables.find((x) => x.id === '01');
    expect(amount(t, 'exp.class:221')).toBeUndefined();
    expect(amount(t, 'exp.name:住房保')).toBe('11.36');
  });
});

const tabs = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const ONE_COLUMN_01 = [
  ['项目', '行次', '金额'],
  ['收入'],
  ['一般公共预算财政拨款收入', '1', '1,222.68'],
  ['其他收入', '2', '15.73'],
  ['本年收入合计', '3', '1,238.41'],
  ['年初结转和结余', '4', '1.30'],
  ['收入总计', '5', '1,239.71'],
  ['支出'],
  ['社会保障和就业支出', '6', '84.68'],
  ['卫生健康支出', '7', '1,153.83'],
  ['本年支出合计', '8', '1,238.51'],
  ['年末结转和结余', '9', '1.20'],
  ['支出总计', '10', '1,239.71'],
];
const SIDE_BY_SIDE_01 = [
  ['项目', '行次', '金额', '项目', '行次', '金额'],
  ['一般公共预算财政拨款收入', '1', '1,222.68', '社会保障和就业支出', '6', '84.68'],
  ['其他收入', '2', '15.73', '卫生健康支出', '7', '1,153.83'],
  ['本年收入合计', '3', '1,238.41', '本年支出合计', '8', '1,238.51'],
  ['年初结转和结余', '4', '1.30', '年末结转和结余', '9', '1.20'],
  ['收入总计', '5', '1,239.71', '支出总计', '10', '1,239.71'],
];
const CAPTION_01 = '收入支出决算总表\n编制单位：某某局\t金额单位：万元\n';
const rowsOf = (t: PublicTable | undefined) =>
  (t?.rows ?? []).map((r) => `${r.side}|${r.key}|${r.lineNo}|${JSON.stringify(Object.fromEntries(Object.entries(r.cells).map(([k, f]) => [k, f?.value ?? null])))}`).sort();

describe('01 and 04 printed in one column, the income rows above the expense rows', () => {
  it('reads each row on the side its part row ("收入", "支出") puts it, as the same table side by side', async () => {
    const one = await read(CAPTION_01 + tabs(ONE_COLUMN_01), 'x.txt');
    const two = await read(CAPTION_01 + tabs(SIDE_BY_SIDE_01), 'x.txt');
    expect(one.coverage.unread).toEqual([]);
    const t = one.tables.find((x) => x.id === '01');
    expect(rowsOf(t)).toEqual(rowsOf(two.tables.find((x) => x.id === '01')));
    expect(amount(t, 'inc.grand')).toBe('1239.71');
    expect(amount(t, 'exp.grand')).toBe('1239.71');
    expect(t?.rows.find((r) => r.key === 'exp.class:210')?.side).toBe('expense');
  });

  it('reads the part rows of a Markdown table, and 04 with its income amounts under 合计 and its expense rows in four columns', async () => {
    const doc = await read(`财政拨款收入支出决算总表

单位：万元

| 项目 | 行次 | 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款 |
|---|---|---|---|---|---|
| 收入 |  |  |  |  |  |
| 一般公共预算财政拨款 | 1 | 1,222.68 |  |  |  |
| 本年收入合计 | 2 | 1,222.68 |  |  |  |
| 收入总计 | 3 | 1,222.68 |  |  |  |
| 支出 |  |  |  |  |  |
| 卫生健康支出 | 4 | 1,222.68 | 1,222.68 | 0.00 | 0.00 |
| 本年支出合计 | 5 | 1,222.68 | 1,222.68 | 0.00 | 0.00 |
| 支出总计 | 6 | 1,222.68 | 1,222.68 | 0.00 | 0.00 |
`);
    const t = doc.tables.find((x) => x.id === '04');
    expect(doc.coverage.unread).toEqual([]);
    expect(amount(t, 'inc.general')).toBe('1222.68');
    expect(amount(t, 'inc.grand')).toBe('1222.68');
    expect(amount(t, 'exp.class:210', 'general')).toBe('1222.68');
    expect(amount(t, 'exp.total', 'fund')).toBe('0.00');
  });

  it('is not read, saying why, where no part rows tell the sides apart or a figure stands outside its side\'s columns', async () => {
    const unmarked = await read(CAPTION_01 + tabs(ONE_COLUMN_01.filter((r) => r.length > 1)), 'x.txt');
    expect(unmarked.tables.find((x) => x.id === '01')).toBeUndefined();
    expect(unmarked.coverage.unread.join('\n')).toMatch(/公开01表印为一栏（收入在上、支出在下），未见“收入”“支出”分段行/);
    const stray = await read(`财政拨款收入支出决算总表

单位：万元

| 项目 | 行次 | 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款 |
|---|---|---|---|---|---|
| 收入 |  |  |  |  |  |
| 一般公共预算财政拨款 | 1 |  | 1,222.68 |  |  |
| 支出 |  |  |  |  |  |
| 卫生健康支出 | 4 | 1,222.68 | 1,222.68 | 0.00 | 0.00 |
`);
    expect(stray.tables.find((x) => x.id === '04')).toBeUndefined();
    expect(stray.coverage.unread.join('\n')).toMatch(/“一般公共预算财政拨款”一行在“一般公共预算财政拨款”栏有金额/);
  });
});
