import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

describe('a sheet whose cells a copy flattened out (cell soup), declared unread', () => {
  it('is read by no wording rule, its cells after a long cell of sentences included (pdftotext of a LibreOffice print)', async () => {
    const text = readFileSync(new URL('../../../test/fixtures/lo-plain-sheet-soup.txt', import.meta.url), 'utf8');
    const r = await checkText(text, { file: 'sheet.txt' });
    expect(r.coverage.unread.some((u) => /绩效自评表「项目支出绩效自评表」.*每格一行/.test(u))).toBe(true);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });
});

// A sheet left unread, or read no further than its budget line (./laid-out-funds.ts).
const NOT_READ = /印在文中，但其表格未能读取|只读出预算执行/;

describe('a sheet of a laid-out copy printed over pages, left unread', () => {
  // cr-layout-sheet-pages.txt: two sheets of the changji Chromium print, copied with pdftotext -layout;
  // the second goes on to the next page, where its title and name row are printed again.
  it('is said unread once, not once for each page its title is printed on', async () => {
    const text = readFileSync(new URL('../../../test/fixtures/cr-layout-sheet-pages.txt', import.meta.url), 'utf8');
    const r = await checkText(text, { file: 'sheets.txt' });
    const printed = r.coverage.unread.filter((u) => NOT_READ.test(u));
    expect(printed).toHaveLength(2);
    expect(printed.map((u) => /第(\d+)行/.exec(u)?.[1])).toEqual(['1', '21']);
  });

  it('keeps two sheets of different names on following pages apart', async () => {
    const text = readFileSync(new URL('../../../test/fixtures/cr-layout-sheet-pages.txt', import.meta.url), 'utf8');
    // The repeated page's name row changed to another project's: a sheet of its own.
    const other = text.replace(/(\f项目支出绩效自评表\n\(2024年度\)\n项目 )国务院政府特殊津贴专家保健医疗周转金/, '$1离休干部医疗经费');
    expect(other).not.toBe(text);
    const r = await checkText(other, { file: 'sheets.txt' });
    expect(r.coverage.unread.filter((u) => NOT_READ.test(u))).toHaveLength(3);
  });
});
