import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDisclosure, extractBytes } from '../src/check.js';
import { defaultCatalog } from '../src/catalog/catalog.js';
import { interpret } from '../src/interpret/index.js';
import { readLayout } from '../src/extract/index.js';
import type { Disclosure } from '../src/model/disclosure.js';
import type { Finding } from '../src/model/finding.js';
import { describeLocation } from '../src/model/location.js';
import { needsText } from '../src/rules/engine.js';
import { ALL_RULES } from '../src/rules/index.js';
import { findingKey, firstDifference, missingFrom, stripFormat } from './tools/compare.js';
import { tablesInYuan } from './tools/in-yuan.js';
import { CENTRAL_NUMBERING, VARIANTS, workbookOf } from './tools/to-xlsx.js';
import '../src/extract/register.js';

/*
 * The committed workbooks of test/corpus/xlsx (made from the rongcheng sample's tables by
 * test/tools/to-xlsx.ts, .xls and the LibreOffice .xlsx by LibreOffice) must give the tables the
 * sample text gives, cell by cell, and the same table and cross-table findings; the rules that read
 * the explanation must say they lacked data. Each workbook is read once.
 */
const DIR = 'test/corpus/xlsx';
const SAMPLE = 'samples/rongcheng-city-2024.md';
const WORKBOOKS: [string, 'wanyuan' | 'yuan'][] = [
  ['rongcheng-city-2024.xlsx', 'wanyuan'],
  ['rongcheng-city-2024.libreoffice.xlsx', 'wanyuan'],
  ['rongcheng-city-2024.one-sheet.xlsx', 'wanyuan'],
  ['rongcheng-city-2024.xls', 'wanyuan'],
  ['rongcheng-city-2024.one-sheet.xls', 'wanyuan'],
  ['rongcheng-city-2024.yuan.xlsx', 'yuan'],
  ['rongcheng-city-2024.yuan.xls', 'yuan'],
];

const docs = new Map<string, Disclosure>();
const reference: Record<'wanyuan' | 'yuan', Disclosure | null> = { wanyuan: null, yuan: null };

beforeAll(async () => {
  const text = await readFile(SAMPLE, 'utf8');
  reference.wanyuan = await extractBytes(SAMPLE, new TextEncoder().encode(text));
  reference.yuan = await extractBytes('yuan-rongcheng.md', new TextEncoder().encode(tablesInYuan(text)));
  await Promise.all(
    WORKBOOKS.map(async ([name]) => {
      const file = join(DIR, name);
      docs.set(name, await extractBytes(file, new Uint8Array(await readFile(file))));
    }),
  );
}, 60_000);

/** Tables without locations; printed figures compared without thousands separators (a format's, not the value's). */
function tablesOf(doc: Disclosure): unknown {
  return JSON.parse(JSON.stringify(stripFormat(doc.tables)), (k, v) => (k === 'raw' && typeof v === 'string' ? v.replace(/,/g, '') : v));
}

/** Findings of the rules that read only the tables. */
function tableFindings(doc: Disclosure): Finding[] {
  const textRules = new Set(ALL_RULES.filter(needsText).map((r) => r.id));
  const r = checkDisclosure(doc);
  return r.findings.filter((f) => !textRules.has(f.rule) && ['table', 'cross-table', 'classification', 'completeness'].includes(f.category));
}

describe.each(WORKBOOKS)('%s', (name, unit) => {
  it('gives the tables of the sample text, every row and cell', () => {
    const doc = docs.get(name) as Disclosure;
    const ref = reference[unit] as Disclosure;
    expect(doc.coverage.tablesFound).toEqual(ref.coverage.tablesFound);
    expect(doc.coverage.tablesUnread).toEqual([]);
    const diff = firstDifference(tablesOf(ref), tablesOf(doc));
    expect(diff).toBeNull();
    expect(doc.tables.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThan(100);
  });

  it('gives the same table and cross-table findings as the sample text', () => {
    const doc = docs.get(name) as Disclosure;
    const a = tableFindings(reference[unit] as Disclosure);
    const b = tableFindings(doc);
    expect({ lost: missingFrom(a, b), gained: missingFrom(b, a) }).toEqual({ lost: [], gained: [] });
    expect(b.map(findingKey).sort()).toEqual(a.map(findingKey).sort());
  });

  it('reports the explanation, glossary and performance rules as lacking data, never as passed or missing', () => {
    const doc = docs.get(name) as Disclosure;
    expect(doc.coverage.tablesOnly).toBe(true);
    const r = checkDisclosure(doc);
    for (const o of r.outcomes.filter((x) => needsText(ALL_RULES.find((rule) => rule.id === x.rule)!))) {
      expect(o.status, o.rule).toBe('insufficient-data');
    }
    expect(r.findings.filter((f) => ['narrative', 'narrative-table', 'arithmetic', 'glossary', 'performance', 'count'].includes(f.category))).toEqual([]);
    expect(r.outcomes.find((o) => o.rule === 'year-unit.fiscal-year')?.status).toBe('insufficient-data');
  });

  it('locates every figure by worksheet and cell reference', () => {
    const doc = docs.get(name) as Disclosure;
    for (const t of doc.tables) {
      for (const row of t.rows) {
        for (const f of Object.values(row.cells)) {
          if (!f) continue;
          expect(f.location.sheet).toBeTruthy();
          expect(f.location.ref).toMatch(/^[A-Z]+\d+$/);
          expect(describeLocation(f.location)).toMatch(/^工作表「.+」 单元格 [A-Z]+\d+$/);
        }
      }
    }
  });
});

describe('provenance in the one-sheet-per-table workbook', () => {
  it('puts 公开02表 合计 本年收入合计 in E8 of the sheet 收入决算表, as printed', () => {
    // Rows 1–3: title, 公开02表, 编制单位/单位; 4–6: header (项目 / 科目代码 / 类 款 项); 7: 栏次; 8: 合计.
    const t = docs.get('rongcheng-city-2024.xlsx')?.tables.find((x) => x.id === '02');
    const total = t?.rows.find((r) => r.key === 'total')?.cells.total;
    expect(total?.raw).toBe('238.67');
    expect(total?.location).toMatchObject({ sheet: '收入决算表', ref: 'E8', text: '238.67' });
  });

  it('reads the amounts a float-based writer stored with 17 digits (0.93999999999999995) as printed (0.94)', async () => {
    const xml = await readFile(join(DIR, 'rongcheng-city-2024.one-sheet.xlsx'));
    expect(xml.length).toBeGreaterThan(0);
    const t = docs.get('rongcheng-city-2024.one-sheet.xlsx')?.tables.find((x) => x.id === '09');
    expect(Object.values(t?.rows[0]?.cells ?? {}).map((f) => f?.raw)).toContain('0.94');
  });
});

describe('an export that numbers the tables as the central departments do (公开07表 = 三公)', () => {
  it("is read by each table's title, not its number", async () => {
    const layout = await readLayout(SAMPLE, new Uint8Array(await readFile(SAMPLE)));
    const v = { ...(VARIANTS.yuan as (typeof VARIANTS)[string]), yuan: false, numbering: CENTRAL_NUMBERING };
    const bytes = workbookOf(layout, v) as Uint8Array;
    const doc = await extractBytes('central.xlsx', bytes);
    expect(doc.coverage.tablesUnread).toEqual([]);
    expect(firstDifference(tablesOf(reference.wanyuan as Disclosure), tablesOf(doc))).toBeNull();
    expect(doc.tables.find((t) => t.id === '09')?.rows[0]?.location.sheet).toBe('公开07表');
  });
});

describe('the committed workbooks are what the tool writes', () => {
  it.each(Object.keys(VARIANTS).map((s) => [s || '(sheets)', s] as const))('%s', async (_label, suffix) => {
    const layout = await readLayout(SAMPLE, new Uint8Array(await readFile(SAMPLE)));
    const bytes = workbookOf(layout, VARIANTS[suffix] as (typeof VARIANTS)[string]);
    const committed = new Uint8Array(await readFile(join(DIR, `rongcheng-city-2024${suffix ? `.${suffix}` : ''}.xlsx`)));
    expect(bytes).toEqual(committed);
  });

  it('the sample that prints no table gives no workbook', async () => {
    const file = 'samples/changji-prefecture-2024.txt';
    const layout = await readLayout(file, new Uint8Array(await readFile(file)));
    expect(interpret(layout, defaultCatalog()).tables).toEqual([]);
    expect(workbookOf(layout, VARIANTS[''] as (typeof VARIANTS)[string])).toBeNull();
  });
});

describe('a formula saved without its result (openpyxl, some web exporters) is unknown, never zero', () => {
  const check = async (name: string) => {
    const file = join(DIR, name);
    return checkDisclosure(await extractBytes(file, new Uint8Array(await readFile(file))));
  };
  const outcome = (r: Awaited<ReturnType<typeof check>>, rule: string) => r.outcomes.find((o) => o.rule === rule);

  it('01 本年收入合计 unread: 总计 = 本年收入合计 + … is not checked (said), not broken by a zero', async () => {
    const r = await check('uncached-01-income-total.xlsx');
    expect(r.findings.filter((f) => f.severity !== 'info' && f.category === 'table')).toEqual([]);
    for (const rule of ['table.01.income-grand', 'table.01.income-total', 'cross-table.02-01.total']) {
      expect(outcome(r, rule)?.status, rule).toBe('insufficient-data');
      expect(outcome(r, rule)?.reason, rule).toMatch(/公开01表 本年收入合计.*未能读取|未能读取.*公开01表 本年收入合计/);
    }
    expect(r.coverage.unread.join()).toMatch(/1 个公式单元格没有保存计算结果/);
  });

  it('the same workbook with the value saved checks it', async () => {
    const r = await check('uncached-01-income-total.control.xlsx');
    expect(outcome(r, 'table.01.income-grand')?.status).toBe('ran');
    expect(r.findings.filter((f) => f.rule === 'table.01.income-grand')).toEqual([]);
  });

  it('09 公务用车 小计 unread: 合计 = three parts is not checked, and no part is blamed', async () => {
    const r = await check('uncached-09-vehicle.xlsx');
    expect(r.findings.filter((f) => f.rule.startsWith('table.09'))).toEqual([]);
    expect(outcome(r, 'table.09.total')?.status).toBe('insufficient-data');
    expect(outcome(r, 'table.09.total')?.reason).toMatch(/公务用车购置及运行维护费/);
  });

  it('every total a formula without its result: no error; a rule that still checks some rows says which it could not', async () => {
    const r = await check('uncached-totals.xlsx');
    expect(r.findings.filter((f) => f.severity === 'error' && f.rule !== 'completeness.table-06')).toEqual([]); // (the sample has no 06)
    const said = r.findings.filter((f) => f.rule === 'table.02.row-sum');
    expect(outcome(r, 'table.02.row-sum')?.status).toBe('ran');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: 'info' });
    expect(said[0]?.message).toMatch(/\d+项勾稽关系未能核对.*未能读取/);
    expect(said[0]?.locations.every((l) => l.sheet && l.ref)).toBe(true);
  });
});

describe('hidden rows and columns are not part of what was published', () => {
  const read = async (name: string) => {
    const file = join(DIR, name);
    return extractBytes(file, new Uint8Array(await readFile(file)));
  };
  const names = (doc: Disclosure) => doc.tables.flatMap((t) => t.rows.map((r) => r.name));

  it('a hidden column of row ids right after 科目名称 is left out (XLSX <col hidden>), and said', async () => {
    const doc = await read('hidden-idcol-after-name.xlsx');
    const control = await read('hidden-idcol-after-name.control.xlsx');
    expect(firstDifference(tablesOf(control), tablesOf(doc))).toBeNull();
    expect(checkDisclosure(doc).findings.filter((f) => f.rule === 'classification.code-name')).toEqual([]);
    expect(doc.coverage.unread.filter((u) => /隐藏列（C 列）有数字/.test(u))).toHaveLength(5);
    // Figures keep the cells they stand in: 02's 合计 本年收入合计 in D7, beyond the hidden C.
    expect(doc.tables.find((t) => t.id === '02')?.rows.find((r) => r.key === 'total')?.cells.total?.location.ref).toBe('D7');
  });

  it('the same column left visible, without a header of its own and all integers, is no part of the names', async () => {
    const doc = await read('visible-idcol-after-name.xlsx');
    const control = await read('hidden-idcol-after-name.control.xlsx');
    expect(names(doc).filter((n) => /\d$/.test(n))).toEqual([]);
    expect(firstDifference(tablesOf(control), tablesOf(doc))).toBeNull();
    expect(checkDisclosure(doc).findings.filter((f) => f.rule === 'classification.code-name')).toEqual([]);
  });

  it('in an XLS (COLINFO and ROW hidden flags through SheetJS) as in an XLSX', async () => {
    const doc = await read('hidden-idcol-split-codes.xls');
    expect(names(doc).filter((n) => /\d$/.test(n))).toEqual([]);
    expect(doc.tables.find((t) => t.id === '05')?.rows.some((r) => r.key === 'total')).toBe(true);
    expect(checkDisclosure(doc).findings.filter((f) => f.severity !== 'info' && f.rule !== 'completeness.table-06')).toEqual([]);
    expect(doc.coverage.unread.join()).toMatch(/隐藏行（第 17 行）和 1 个隐藏列（E 列）有数字/);
  });

  it('a hidden row is left out, and the rows below it keep their own cell references', async () => {
    const doc = await read('hidden-zero-row.xlsx');
    const t3 = doc.tables.find((t) => t.id === '03');
    expect(t3?.rows.some((r) => r.code === '2101504')).toBe(false);
    expect(t3?.rows.find((r) => r.code === '2101505')?.location.ref).toBe('A17');
    expect(doc.coverage.unread.join()).toMatch(/「03支出决算表」的 1 个隐藏行（第 16 行）有数字/);
  });
});

describe('a table identity broken in a table printed in 元 is stated in 元', () => {
  it('sum, expected value, difference and tolerance in 元, never 238.670000 beside 2,386,700.00', async () => {
    const file = join(DIR, 'yuan-01-break.xlsx');
    const r = checkDisclosure(await extractBytes(file, new Uint8Array(await readFile(file))));
    const f = r.findings.find((x) => x.rule === 'table.01.income-grand');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('= 2386700.00元');
    expect(f?.message).toContain('相差 150.00元');
    expect(f?.message).not.toMatch(/\d\.\d{5,}/);
    expect(f).toMatchObject({ expected: '2386700.00元', actual: '2,386,850.00', difference: '150.00元', tolerance: '±0.02元' });
  });
});
