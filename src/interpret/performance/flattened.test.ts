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
