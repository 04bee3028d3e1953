import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import type { Disclosure, PublicTable } from '../../model/disclosure.js';
import type { Block, LayoutDocument, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { T06 } from '../../rules/table/fragments.js';
import { readLayout } from '../../extract/index.js';
import '../../extract/register.js';
import { interpret } from '../index.js';

async function fromText(text: string, file = 'case.md'): Promise<Disclosure> {
  const layout = await readLayout(file, new TextEncoder().encode(text));
  return interpret(layout, defaultCatalog(), { validate: true });
}

async function fromFile(file: string): Promise<Disclosure> {
  const layout = await readLayout(file, new Uint8Array(await readFile(file)));
  return interpret(layout, defaultCatalog(), { validate: true });
}

function table(doc: Disclosure, id: string): PublicTable {
  const t = doc.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}; found ${doc.tables.map((x) => x.id).join(',')}`);
  return t;
}

function cell(t: PublicTable, key: string, col: string, side?: string): string | null | undefined {
  const r = t.rows.find((x) => x.key === key && (side === undefined || x.side === side));
  return r?.cells[col]?.value;
}

describe('rongcheng-city-2024 (tab-separated tables)', async () => {
  const doc = await fromFile('samples/rongcheng-city-2024.md');

  it('finds every printed table and not 06', () => {
    expect(doc.tables.map((t) => t.id)).toEqual(['01', '02', '03', '04', '05', '07', '08', '09']);
    expect(doc.coverage.tablesReferenced).toEqual([]);
    expect(doc.coverage.unread.filter((n) => /公开0\d表/.test(n))).toEqual([]);
  });

  it('reads units and the unit named in the header', () => {
    for (const t of doc.tables) {
      expect(t.unit).toBe('万元');
      expect(t.entity).toBe('荣成市医疗保障局（本级）');
    }
  });

  it('reads 01 two-sided, expense classes through the catalog', () => {
    const t = table(doc, '01');
    expect(cell(t, 'exp.class:210', 'amount')).toBe('214.25');
    expect(cell(t, 'exp.class:208', 'amount')).toBe('13.06');
    expect(cell(t, 'inc.general', 'amount')).toBe('238.67');
    expect(cell(t, 'inc.total', 'amount')).toBe('238.67');
    expect(cell(t, 'exp.grand', 'amount')).toBe('238.67');
    const r = t.rows.find((x) => x.key === 'exp.class:210');
    expect(r?.lineNo).toBe(40);
    expect(r?.side).toBe('expense');
    expect(r?.cells.amount?.location.line).toBeGreaterThan(100);
    expect(r?.cells.amount?.location.cell?.col).toBe(6);
  });

  it('reads 04 income sub-rows of 年初结转 and the four expense columns', () => {
    const t = table(doc, '04');
    expect(cell(t, 'inc.opening.general', 'amount')).toBe('0.00');
    expect(cell(t, 'exp.total', 'general')).toBe('238.67');
    expect(cell(t, 'exp.class:221', 'total')).toBe('11.36');
    expect(t.rows.filter((r) => r.key === 'inc.general')).toHaveLength(1);
  });

  it('reads 02/03/05 by code with the blank-labelled 合计 row', () => {
    expect(cell(table(doc, '05'), '2101505', 'project')).toBe('81.29');
    expect(cell(table(doc, '05'), 'total', 'basic')).toBe('157.38');
    expect(table(doc, '05').rows.find((r) => r.key === '2101501')?.name).toBe('行政运行');
    expect(cell(table(doc, '02'), '2101101', 'fiscal')).toBe('6.70');
    expect(cell(table(doc, '03'), '210', 'basic')).toBe('132.96');
  });

  it('reads 07/08 empty statements and 09 from a three-row merged header', () => {
    expect(table(doc, '07').emptyStatement).toContain('故本表无数据');
    expect(table(doc, '08').emptyStatement).toContain('国有资本经营预算');
    expect(cell(table(doc, '07'), 'total', 'closing')).toBe('0.00');
    const t9 = table(doc, '09');
    expect(t9.emptyStatement).toBeNull();
    expect(cell(t9, 'total', 'actual.reception')).toBe('0.94');
    expect(cell(t9, 'total', 'budget.total')).toBe('0.94');
    expect(cell(t9, 'total', 'actual.vehicleOps')).toBe('0.00');
    expect(Object.keys(t9.rows[0]?.cells ?? {})).toHaveLength(12);
  });
});

describe('headers of tables copied as text', () => {
  const t09 = (header1: string, header2: string) =>
    [
      '某馆2021年度部门决算',
      '一、2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表',
      '编制单位:某馆 金额单位:万元',
      header1,
      header2,
      '因公出国(境)费 | 0.00 | 0.00 | 0.00 | 0.00 | 0.00 | 0.00 |',
      '公务接待费 | 0.95 | 0.95 | 0.00 | 0.39 | 0.39 | 0.00 |',
      '公务用车购置及运行费 | 2.10 | 2.10 | 0.00 | 1.37 | 1.37 | 0.00 |',
      '总计 | 3.05 | 3.05 | 0.00 | 1.75 | 1.75 | 0.00 |',
      '',
    ].join('\n');

  it('groups packed to the left ("项目 | 预算数 | 决算数 | ||||") are not guessed at: 09 is reported unread, never misread', async () => {
    const doc = await fromText(t09('项目 | 预算数 | 决算数 | ||||', '合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 | |'), 'case.txt');
    expect(doc.tables.find((t) => t.id === '09')).toBeUndefined();
    expect(doc.coverage.tablesUnread.map((t) => t.id)).toContain('09');
  });

  it('groups printed over their own columns are read', async () => {
    const doc = await fromText(t09('项目 | 预算数 | | | 决算数 | | |', '项目 | 合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 |'), 'case.txt');
    expect(cell(table(doc, '09'), 'total', 'actual.reception')).toBe('0.39');
    expect(cell(table(doc, '09'), 'total', 'budget.total')).toBe('3.05');
  });
});

describe('tables listed as attached', () => {
  it('a list under "第五部分:…部门决算公开报表" whose first line says 见附件 attaches all nine', async () => {
    const doc = await fromText('某局部门决算公开说明\n\n第五部分:2018年部门决算公开报表\n\n表1:财政拨款收支决算总体情况表(见附件)\n\n表2:部门收支决算总体情况表\n', 'case.txt');
    expect(doc.coverage.tablesReferenced).toHaveLength(9);
  });

  it('a list run into one line ("表 1:收入支出决算总表 表 2:… 表 7:…“三公”经费…") gives each table by its name', async () => {
    const names = ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款“三公”经费支出决算表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表'];
    const line = `第五部分:2021 年度部门决算公开报表(见附件) ${names.map((n, i) => `表 ${i + 1}:${n}`).join(' ')}`;
    const doc = await fromText(`某处2021年度决算公开说明\n\n${line}\n`, 'case.txt');
    expect(doc.coverage.tablesReferenced).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
  });
});

describe('tables attached as a named file', () => {
  it('a file named as the tables (…部门决算公开表.xls) under the tables\' heading attaches all nine', async () => {
    const doc = await fromText('# 某中学2021年度部门决算\n\n## 第二部分 某中学2021年度部门决算公开报表\n\n某县第三中学部门决算公开表.xls\n\n## 第三部分 情况说明\n', 'case.txt');
    expect(doc.coverage.tablesReferenced).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
  });

  it('a file named as one table attaches that table only', async () => {
    const doc = await fromText('# 某中学2021年度部门决算\n\n附件1：收入支出决算总表.xls\n\n## 第三部分 情况说明\n', 'case.txt');
    expect(doc.coverage.tablesReferenced).toEqual(['01']);
  });

  it('a whole disclosure\'s file, a budget\'s tables or a performance sheet is not the final account\'s tables', async () => {
    for (const file of ['某中学2021年度决算公开.pdf', '某中学2022年部门预算公开表.xls', '附表3：项目支出绩效自评表.xls']) {
      const doc = await fromText(`# 某中学2021年度部门决算\n\n## 第二部分 某中学2021年度部门决算公开报表\n\n${file}\n\n## 第三部分 情况说明\n`, 'case.txt');
      expect(doc.coverage.tablesReferenced, file).toEqual([]);
    }
  });
});

describe('other samples', () => {
  it('changji lists the tables as attached (见附表) without printing them', async () => {
    const doc = await fromFile('samples/changji-prefecture-2024.txt');
    expect(doc.tables).toEqual([]);
    expect(doc.coverage.tablesReferenced).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
  });

  it('a sentence sending another list to an annex (详情见附表) does not say the tables are attached', async () => {
    const doc = await fromText(`# 2016年度某县水利管理站部门决算

## 二、部门决算单位构成

2016年度决算编制范围包括各级预算单位1个。其中二级预算单位0个(详情见附表)。各级单位年末人数14人。

附表:水利管理站所属二级预算单位情况表

一、水利管理站《收入支出决算总表》
`);
    expect(doc.coverage.tablesReferenced).toEqual([]);
  });

  it('guangyuan prints and references no table', async () => {
    const doc = await fromFile('samples/guangyuan-city-2024.txt');
    expect(doc.tables).toEqual([]);
    expect(doc.coverage.tablesReferenced).toEqual([]);
  });
});

describe('other layouts', () => {
  it('reads a pipe table with code and name in one cell, thousands separators and blank cells', async () => {
    const doc = await fromText(`# 2024年度某区医疗保障局部门决算

一般公共预算财政拨款支出决算表

公开05表　编制单位：某区医疗保障局　单位：万元

| 支出功能分类科目 | 本年支出合计 | 基本支出 | 项目支出 |
|---|---|---|---|
| 合计 | 2,940.05 | 1,239.70 | 1,700.35 |
| 210 卫生健康支出 | 2,940.05 | 1,239.70 | 1,700.35 |
| 21015 医疗保障管理事务 | 2,940.05 | 1,239.70 | 1,700.35 |
| 2101501 行政运行 | 1,239.70 | 1,239.70 |  |
| 2101599 其他医疗保障管理事务支出 | 1,700.35 |  | 1,700.35 |
`);
    const t = table(doc, '05');
    expect(t.unit).toBe('万元');
    expect(t.entity).toBe('某区医疗保障局');
    expect(cell(t, 'total', 'total')).toBe('2940.05');
    const r = t.rows.find((x) => x.key === '2101599');
    expect(r?.name).toBe('其他医疗保障管理事务支出');
    expect(r?.cells.basic).toBeNull();
    expect(r?.cells.project?.raw).toBe('1,700.35');
    expect(r?.cells.project?.decimals).toBe(2);
  });

  it('merges a table split over pages with a repeated header', async () => {
    const header = '项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入\n科目代码\t科目名称\t\t\t\t\t\t\t';
    const doc = await fromText(`收入决算表

公开02表

金额单位：万元

${header}
合计		13.06	13.06	0.00	0.00	0.00	0.00	0.00
208	社会保障和就业支出	13.06	13.06	0.00	0.00	0.00	0.00	0.00

续表

${header}
20805	行政事业单位养老支出	13.06	13.06	0.00	0.00	0.00	0.00	0.00
2080505	机关事业单位基本养老保险缴费支出	13.06	13.06	0.00	0.00	0.00	0.00	0.00
`);
    const t = table(doc, '02');
    expect(t.rows.map((r) => r.key)).toEqual(['total', '208', '20805', '2080505']);
    expect(cell(t, '2080505', 'fiscal')).toBe('13.06');
  });

  it('knows a column whose header word is misread in one character or broken by a stray mark (OCR)', async () => {
    const doc = await fromText(`收入决算表

公开02表

金额单位：万元

项目		本年收入合计	财政拨坎收入	上级补，助收入	事业收入	经营收入	附属单位上缴收入	其他收入
科目代码	科目名称							
合计		13.06	13.06	0.00	0.00	0.00	0.00	0.00
208	社会保障和就业支出	13.06	13.06	0.00	0.00	0.00	0.00	0.00
`);
    const t = table(doc, '02');
    expect(cell(t, '208', 'fiscal')).toBe('13.06');
    expect(cell(t, '208', 'superior')).toBe('0.00');
  });

  it('knows a misread header word from a matcher written with \\u escapes, as the one-file CLI writes it', async () => {
    const { mapColumns } = await import('./common.js');
    // The one-file CLI is plain ASCII (scripts/bundle-cli.ts): /财政拨款收入/ is written so, its source the escapes.
    const escaped = /\u8d22\u653f\u62e8\u6b3e\u6536\u5165/;
    expect(escaped.source).not.toBe('财政拨款收入');
    const paths = [['项目'], ['本年收入合计'], ['财政拨坎收入'], ['上级补，助收入']];
    const cols = mapColumns(paths, [
      { key: 'fiscal', re: escaped },
      { key: 'superior', re: /\u4e0a\u7ea7\u8865\u52a9\u6536\u5165/ },
    ]);
    expect(Object.fromEntries(cols)).toEqual({ fiscal: 2, superior: 3 });
  });

  it('does not take a header two characters off for the column (事业收入 is not 经营收入)', async () => {
    const { containsNearly } = await import('./common.js');
    expect(containsNearly('财政拨坎收入', '财政拨款')).toBe(true);
    expect(containsNearly('经营收入', '事业收入')).toBe(false);
    expect(containsNearly('项目支出', '基本支出')).toBe(false);
    expect(containsNearly('拨款', '财政拨款')).toBe(false);
  });

  it('reads a DOCX/HTML grid with colSpan/rowSpan (公开09表)', () => {
    const f = 'case.docx';
    let line = 10;
    const c = (text: string, colSpan = 1, rowSpan = 1): TableCell => ({ text, colSpan, rowSpan, location: loc(f, text, { line, cell: { table: 1, row: line, col: 0 } }) });
    const rows: TableCell[][] = [];
    const row = (...cells: TableCell[]) => {
      line++;
      rows.push(cells);
    };
    row(c('财政拨款“三公”经费支出决算表', 12));
    row(c('预算数', 6), c('决算数', 6));
    const top = () => [c('合计', 1, 2), c('因公出国（境）费', 1, 2), c('公务用车购置及运行维护费', 3), c('公务接待费', 1, 2)];
    row(...top(), ...top());
    row(c('小计'), c('公务用车购置费'), c('公务用车运行\n维护费'), c('小计'), c('公务用车购置费'), c('公务用车运行\n维护费'));
    row(...['1,012.40', '', '1,000.00', '800.00', '200.00', '12.40', '1,010.10', '', '998.00', '798.00', '200.00', '12.10'].map((t) => c(t)));
    const blocks: Block[] = [
      { kind: 'paragraph', text: '公开09表', heading: null, location: loc(f, '公开09表', { line: 1 }) },
      { kind: 'paragraph', text: '单位：某市某局　　金额单位：万元', heading: null, location: loc(f, '单位', { line: 2 }) },
      { kind: 'table', rows, shape: 'grid', location: loc(f, '表', { line: 3 }) },
    ];
    const layout: LayoutDocument = { file: f, format: 'docx', blocks, notes: [] };
    const doc = interpret(layout, defaultCatalog(), { validate: true });
    const t = table(doc, '09');
    expect(t.unit).toBe('万元');
    expect(t.entity).toBe('某市某局');
    const cells = t.rows[0]?.cells ?? {};
    expect(cells['budget.total']?.value).toBe('1012.40');
    expect(cells['budget.abroad']).toBeNull();
    expect(cells['budget.vehicle']?.value).toBe('1000.00');
    expect(cells['budget.vehicleOps']?.value).toBe('200.00');
    expect(cells['actual.vehiclePurchase']?.value).toBe('798.00');
    expect(cells['actual.reception']?.value).toBe('12.10');
  });

  it('reads a DOCX/HTML grid with a 合计 label spanning code and name (公开03表)', () => {
    const f = 'case.html';
    const c = (text: string, colSpan = 1, rowSpan = 1): TableCell => ({ text, colSpan, rowSpan, location: loc(f, text, { line: 5 }) });
    const rows: TableCell[][] = [
      [c('项目', 2), c('本年支出合计', 1, 2), c('基本支出', 1, 2), c('项目支出', 1, 2), c('上缴上级支出', 1, 2), c('经营支出', 1, 2), c('对附属单位补助支出', 1, 2)],
      [c('科目代码'), c('科目名称')],
      [c('合计', 2), c('13.06'), c('13.06'), c('0.00'), c(''), c(''), c('')],
      [c('208'), c('社会保障和就业支出'), c('13.06'), c('13.06'), c('0.00'), c(''), c(''), c('')],
    ];
    const blocks: Block[] = [
      { kind: 'paragraph', text: '2024年度支出决算表', heading: 2, location: loc(f, 'x', { line: 1 }) },
      { kind: 'table', rows, shape: 'grid', location: loc(f, '表', { line: 3 }) },
    ];
    const doc = interpret({ file: f, format: 'html', blocks, notes: [] }, defaultCatalog(), { validate: true });
    const t = table(doc, '03');
    expect(t.rows.map((r) => r.key)).toEqual(['total', '208']);
    expect(cell(t, 'total', 'basic')).toBe('13.06');
    expect(t.rows[0]?.cells.toSuperior).toBeNull();
  });

  it('reads 06 as side-by-side blocks of 人员经费 and 公用经费', async () => {
    const doc = await fromText(T06);
    const t = table(doc, '06');
    expect(cell(t, 'personnel.total', 'amount')).toBe('146.15');
    expect(cell(t, 'public.total', 'amount')).toBe('11.23');
    expect(t.rows.find((r) => r.key === '30217')?.side).toBe('public');
    expect(t.rows.find((r) => r.key === '30399')?.side).toBe('personnel');
    expect(cell(t, '310', 'amount')).toBe('0.00');
  });

  it('takes the empty statement from the explanation when the table has none', async () => {
    const doc = await fromText(`政府性基金预算财政拨款收入支出决算表

公开07表

金额单位：万元

项目		年初结转和结余	本年收入	本年支出			年末结转和结余
科目代码	科目名称			小计	基本支出	项目支出	
合计							

## 七、政府性基金预算财政拨款收入支出决算情况说明

本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。
`);
    const t = table(doc, '07');
    expect(t.emptyStatement).toContain('为空表');
  });

  it('reports a recognised table whose header cannot be read', async () => {
    const doc = await fromText(`收入支出决算总表

公开01表

金额单位：万元

收入	金额	支出	金额
一、一般公共预算财政拨款收入	238.67	九、卫生健康支出	238.67
`);
    expect(doc.coverage.unread.join('\n')).toMatch(/公开01表/);
  });
});
