import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkBytes, checkFile, checkText, extractBytes } from '../src/check.js';
import { readLayout } from '../src/extract/index.js';
import '../src/extract/register.js';
import { SAMPLES_DIR } from './tools/make-variants.js';
import { toHtml } from './tools/to-html.js';
import { missingFrom } from './tools/compare.js';
import { readTextLayout } from '../src/extract/text/read-text.js';
import type { Disclosure, PublicTable } from '../src/model/disclosure.js';
import type { TableId } from '../src/model/tables.js';

// Two real documents as text copied out of their PDFs (see test/corpus/README.md): no tabs, cells
// parted by single spaces, blank cells missing, names wrapped around their codes, a form feed at
// every page break. The cell values below were read off the text by hand.
const CULTURE = 'test/corpus/putuo-culture-tourism-2025.copied.txt';
const ECO = 'test/corpus/putuo-eco-env-2025.copied.txt';

async function doc(path: string): Promise<Disclosure> {
  return extractBytes(path, new Uint8Array(await readFile(path)));
}

function table(d: Disclosure, id: TableId): PublicTable {
  const t = d.tables.find((x) => x.id === id);
  if (!t) throw new Error(`公开${id}表 not read`);
  return t;
}

function cell(t: PublicTable, key: string, col: string, side?: string): string | null | undefined {
  const r = t.rows.find((x) => x.key === key && (side === undefined || x.side === side));
  const f = r?.cells[col];
  return f === undefined ? undefined : f?.value ?? null;
}

const ALL: TableId[] = ['01', '02', '03', '04', '05', '06', '07', '08', '09'];

describe('text copied out of a PDF with form feeds (普陀区文化和旅游局 2025)', () => {
  it('finds all nine tables, each on its page', async () => {
    const d = await doc(CULTURE);
    const printed = [...d.coverage.tablesFound, ...d.coverage.tablesUnread.map((u) => u.id)];
    expect(ALL.every((id) => printed.includes(id))).toBe(true);
    // 01 on page 6, 02 on 7, 03 on 10, 04 on 13, 06 on 17, 09 on 18, 07 on 19, 08 on 20.
    const pages = Object.fromEntries(d.tables.map((t) => [t.id, t.location.page]));
    expect(pages).toEqual({ '01': 6, '02': 7, '03': 10, '04': 13, '06': 17, '07': 19, '08': 20, '09': 18 });
  });

  it('reads the two sides of table 01, each figure with its own label', async () => {
    const t = table(await doc(CULTURE), '01');
    expect(cell(t, 'inc.general', 'amount')).toBe('24535.67');
    expect(cell(t, 'inc.fund', 'amount')).toBe('2002.80');
    // "七、附属单位上缴收入 七、文化旅游体育与传媒支出 17,130.42": the figure is the expense side's.
    expect(cell(t, 'exp.class:207', 'amount')).toBe('17130.42');
    expect(cell(t, 'inc.affiliated', 'amount')).toBeNull();
    expect(cell(t, 'exp.class:224', 'amount', 'expense')).toBeNull();
    expect(t.rows.find((r) => r.key === 'exp.class:224')?.name).toBe('二十二、灾害防治及应急管理支出');
    expect(cell(t, 'exp.grand', 'amount')).toBe('26591.08');
  });

  it('joins a name wrapped around its code and reads its figures', async () => {
    const t = table(await doc(CULTURE), '02');
    // "机关事业单位基本养老保险缴费" / "2080505 699.30 699.30" / "支出"
    const r = t.rows.find((x) => x.key === '2080505');
    expect(r?.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(cell(t, '2080505', 'total')).toBe('699.30');
  });

  it('leaves unknown, not blank, a figure that could stand in more than one column', async () => {
    const d = await doc(CULTURE);
    // "2080505 699.30 699.30" under seven columns: the second figure may be any of six sources.
    const t02 = table(d, '02');
    expect(t02.unreadColumns).toContain('fiscal');
    expect(cell(t02, '2080505', 'fiscal')).toBeUndefined();
    // 07: "207 0 2.80 2.80 2.80 0": 年初 0, 收入 2.80, 支出 2.80 and 年末 0 are sure; 基本 or 项目 is not.
    const t07 = table(d, '07');
    expect(cell(t07, '207', 'income')).toBe('2.80');
    expect(cell(t07, '207', 'total')).toBe('2.80');
    expect(cell(t07, '207', 'closing')).toBe('0');
    expect(t07.unreadColumns?.sort()).toEqual(['basic', 'project']);
    // A table with unread columns is not an empty table.
    const r = await checkFile(CULTURE);
    expect(r.findings.some((f) => f.rule === 'completeness.empty-statement')).toBe(false);
    expect(r.findings.some((f) => f.rule === 'completeness.table-columns')).toBe(false);
  });

  it('reads the two halves of table 06 and the one row of table 09', async () => {
    const d = await doc(CULTURE);
    const t06 = table(d, '06');
    expect(cell(t06, '30108', 'amount')).toBe('699.30');
    expect(cell(t06, '30217', 'amount')).toBe('0.40');
    expect(cell(t06, '30299', 'amount')).toBe('76.60');
    expect(cell(t06, '30103', 'amount')).toBeNull();
    expect(cell(t06, 'personnel.total', 'amount')).toBe('8055.07');
    expect(cell(t06, 'public.total', 'amount')).toBe('1745.29');
    const t09 = table(d, '09');
    expect(cell(t09, 'total', 'budget.total')).toBe('11.49');
    expect(cell(t09, 'total', 'actual.vehicleOps')).toBe('2.64');
    expect(cell(t09, 'total', 'actual.reception')).toBe('0.40');
  });

  it('reports table 05, whose codes and figures slipped apart in the copy, as unread', async () => {
    const d = await doc(CULTURE);
    // The copy lists 20709 旅游发展基金支出 (a fund item) in table 05 and prints 17,127.62 twice.
    const unread = d.coverage.tablesUnread.find((u) => u.id === '05');
    expect(unread?.reason).toMatch(/错位/);
    const r = await checkFile(CULTURE);
    expect(r.findings.some((f) => f.rule.startsWith('table.05') || f.rule === 'cross-table.05-03.row')).toBe(false);
  });

  it('numbers pages from form feeds, merges no line across them, and carries on only a sentence the page cut', async () => {
    const text = await readFile(CULTURE, 'utf8');
    const layout = readTextLayout(text, CULTURE, 'text');
    // Line 3 is "2025 年度部门决算\f目 录": two paragraphs, on pages 1 and 2.
    const onLine3 = layout.blocks.filter((b) => b.location.line === 3);
    expect(onLine3.map((b) => [b.kind === 'paragraph' ? b.text : '', b.location.page])).toEqual([
      ['2025 年度部门决算', 1],
      ['目 录', 2],
    ]);
    // A paragraph carried over a page break keeps where each part stands: the break names the next page.
    const carried = layout.blocks.flatMap((b) => (b.kind === 'paragraph' ? (b.breaks ?? []).filter((br) => br.page != null).map((br) => [b, br] as const) : []));
    expect(carried.length).toBeGreaterThan(0);
    for (const [b, br] of carried) expect(br.page).toBe((b.location.page ?? 0) + 1);
    const r = await checkFile(CULTURE);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.locations.every((l) => l.page != null))).toBe(true);
  });

  it('no longer says that no table is printed or that the glossary is empty', async () => {
    const r = await checkFile(CULTURE);
    const rules = r.findings.map((f) => f.rule);
    expect(rules).not.toContain('completeness.tables-printed');
    expect(rules).not.toContain('glossary.present');
    // 1493.32 ÷ 24535.67 = 6.086%, printed 6.08%: a real error.
    expect(r.findings.find((f) => f.rule === 'arithmetic.share')?.expected).toBe('6.09%');
  });
});

describe('text copied out of a PDF with every zero printed (普陀区生态环境局 2025)', () => {
  it('finds all nine tables and reads every column where every cell is printed', async () => {
    const d = await doc(ECO);
    expect([...d.coverage.tablesFound].sort()).toEqual(ALL);
    const t02 = table(d, '02');
    expect(t02.unreadColumns).toBeUndefined();
    expect(cell(t02, '2080505', 'fiscal')).toBe('229.67');
    expect(cell(t02, 'total', 'other')).toBe('0.00');
    const t03 = table(d, '03');
    expect(cell(t03, 'total', 'basic')).toBe('3365.38');
    expect(cell(t03, 'total', 'project')).toBe('1367.76');
    const t04 = table(d, '04');
    expect(cell(t04, 'exp.class:211', 'general', 'expense')).toBe('3742.47');
    expect(table(d, '09').rows[0]?.cells['budget.vehicle']?.value).toBe('20.50');
  });

  it('reads codes printed as 类 and 款 apart, and figures printed on a line of their own', async () => {
    const d = await doc(ECO);
    const t06 = table(d, '06');
    // "301 01 基本工资 405.36 302 01 办公费 92.11"
    expect(cell(t06, '30101', 'amount')).toBe('405.36');
    expect(cell(t06, '30201', 'amount')).toBe('92.11');
    expect(cell(t06, '30299', 'amount')).toBe('9.07');
    // "2080506" / "险机缴关费事支业出单位职业年金缴" / "116.59 116.59 0.00": the name, two names
    // interleaved by the copy, is not read; the figures are.
    const t05 = table(d, '05');
    const r = t05.rows.find((x) => x.key === '2080506');
    expect(r?.name).toBe('');
    expect(cell(t05, '2080506', 'total')).toBe('116.59');
    expect(cell(t05, '2080506', 'project')).toBe('0.00');
    const r2 = await checkFile(ECO);
    expect(r2.findings.some((f) => f.rule.startsWith('classification.') && /险机缴/.test(f.message))).toBe(false);
  });
});

describe('a copied table whose blank cells and line breaks were lost (derived from 普陀区生态环境局 2025)', () => {
  // Table 05 of the real copy prints every zero; the same table with its zeros left blank, as most
  // documents print it, leaves "2110104 生态环境保护宣传 88.60 88.60" able to stand under 基本 or 项目.
  async function variant(edit: (tableLines: string[]) => string[]): Promise<Disclosure> {
    const text = await readFile(ECO, 'utf8');
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('211 节能环保支出 3,742.47'));
    const end = lines.findIndex((l, i) => i > start && l.startsWith('合计 4,733.14'));
    const edited = [...lines.slice(0, start), ...edit(lines.slice(start, end + 1)), ...lines.slice(end + 1)].join('\n');
    return extractBytes('eco-variant.txt', new TextEncoder().encode(edited));
  }

  it('places the figures of rows with blank cells by the sums down each column (类 = Σ款 = Σ项, 合计 = Σ类)', async () => {
    const d = await variant((ls) => ls.map((l) => l.replace(/ 0\.00(?= |$)/g, '')));
    const t05 = table(d, '05');
    expect(t05.unreadColumns).toBeUndefined();
    expect(cell(t05, '2110104', 'project')).toBe('88.60');
    expect(cell(t05, '2110104', 'basic')).toBeNull();
    expect(cell(t05, '2210201', 'basic')).toBe('207.69');
    expect(cell(t05, '2210201', 'project')).toBeNull();
    expect(cell(t05, '221', 'basic')).toBe('409.89');
    expect(cell(t05, '2110101', 'project')).toBe('9.90');
  });

  it('leaves the columns unread when two placements add up alike', async () => {
    // 住房保障 alone under its total: without 合计's split the 221 family reads the same either way.
    const d = await variant((ls) => ls.filter((l) => !l.startsWith('合计')).map((l) => l.replace(/ 0\.00(?= |$)/g, '')));
    const t05 = table(d, '05');
    expect(t05.unreadColumns?.sort()).toEqual(['basic', 'project']);
  });

  it('splits a row fused onto the last figure of the row above ("7.502110107 生态环境保护行政许可")', async () => {
    const d = await variant((ls) => {
      const i = ls.findIndex((l) => l.startsWith('2110105 '));
      return [...ls.slice(0, i), `${ls[i]}${ls[i + 1]}`, ...ls.slice(i + 2)];
    });
    const t05 = table(d, '05');
    expect(cell(t05, '2110105', 'total')).toBe('7.50');
    expect(cell(t05, '2110107', 'total')).toBe('30.50');
    expect(t05.rows.find((r) => r.key === '2110107')?.name).toBe('生态环境保护行政许可');
  });
});

// The same copies as a viewer that keeps no page breaks gives them, and with tabs between the words
// of each line (as some viewers and word processors paste a table's cells).
describe('the copies without form feeds, and with tabs between words', () => {
  const errorsOf = async (path: string, text: string) =>
    (await checkText(text, { file: path })).findings.filter((f) => f.severity === 'error');

  it.each([CULTURE, ECO])('%s without form feeds finds all nine tables and no error the copy does not give', async (path) => {
    const text = await readFile(path, 'utf8');
    const flat = text.replace(/\f/g, '\n');
    // The note closing one table and the next table's title ("注：本表反映…情况。" / "收入决算表") are
    // two lines, not one sentence.
    const r = await checkText(flat, { file: path });
    expect(r.coverage.tablesFound).toEqual(ALL);
    expect(missingFrom(await errorsOf(path, flat), await errorsOf(path, text))).toEqual([]);
  });

  it('a table whose columns slipped so that a code stands under 决算数 is unread, never summed', async () => {
    const text = (await readFile(CULTURE, 'utf8')).replace(/(?<=\S) (?=\S)/g, '\t');
    const r = await checkText(text, { file: CULTURE });
    expect(r.findings.filter((f) => f.rule.startsWith('table.06'))).toEqual([]);
    expect(r.coverage.tablesUnread.find((u) => u.id === '06')?.reason).toMatch(/列未能对齐（30\d(?:\d\d)?是科目编码/);
  });
});

describe('text copied out of a PDF whose fonts map ideographs to Kangxi radicals (Chromium/Skia prints)', () => {
  // "⼀般公共预算", "卫⽣健康⽀出", "⼋、", "⾦额": the code points a copy carries, each drawn like the ideograph.
  const RADICAL_OF: Record<string, string> = { 一: '\u2f00', 八: '\u2f0b', 支: '\u2f40', 生: '\u2f63', 行: '\u2f8f', 金: '\u2fa6', 长: '\u2ed3' };
  const withRadicals = (t: string) => t.replace(/[一八支生行金长]/g, (c) => RADICAL_OF[c] as string);

  for (const sample of ['changji-prefecture-2024.txt', 'rongcheng-city-2024.md']) {
    it(`reads as its source does: ${sample}`, async () => {
      const source = await readFile(join(SAMPLES_DIR, sample), 'utf8');
      const copied = withRadicals(source);
      expect(copied).not.toBe(source);
      const [a, b] = await Promise.all([checkText(source, { file: sample }), checkText(copied, { file: sample })]);
      expect(missingFrom(b.findings, a.findings)).toEqual([]);
      expect(missingFrom(a.findings, b.findings)).toEqual([]);
      expect(b.coverage.tablesFound).toEqual(a.coverage.tablesFound);
    });
  }

  it('a web page with them reads as one without', async () => {
    const file = join(SAMPLES_DIR, 'rongcheng-city-2024.md');
    const html = toHtml(await readLayout(file, new Uint8Array(await readFile(file))));
    const [a, b] = await Promise.all([checkBytes('page.html', new TextEncoder().encode(html)), checkBytes('page.html', new TextEncoder().encode(withRadicals(html)))]);
    expect(missingFrom(b.findings, a.findings)).toEqual([]);
    expect(missingFrom(a.findings, b.findings)).toEqual([]);
  });
});
