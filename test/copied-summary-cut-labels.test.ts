import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkDisclosure, extractBytes } from '../src/check.js';
import '../src/extract/register.js';

// pdftotext -layout of a narrow 14pt Chromium print's 公开01表: each name set centred on its figures'
// line ("十一、城" / "乡社区支 42 0.00" / "出"), the header printed again over each page, wrapped
// otherwise there ("行" / "次" on one page, "行次" on the next).
const FIXTURE = 'test/fixtures/cr-layout-01-centred-names.txt';
const read = async (t: string) => extractBytes('copy.txt', new TextEncoder().encode(t));

describe('a copied two-sided summary whose names are cut over lines around their figures', () => {
  it('reads each name whole with its figures, and the class sum holds', async () => {
    const d = await read(await readFile(FIXTURE, 'utf8'));
    const t = d.tables.find((x) => x.id === '01');
    const expense = (t?.rows ?? []).filter((r) => r.side === 'expense');
    expect(expense.filter((r) => r.key.startsWith('exp.class:'))).toHaveLength(26);
    expect(expense.filter((r) => r.key.startsWith('exp.name:'))).toEqual([]);
    const health = expense.find((r) => r.name === '九、卫生健康支出');
    expect(health?.cells.amount?.value).toBe('214.25');
    expect(expense.find((r) => r.name === '十一、城乡社区支出')?.cells.amount?.value).toBe('0.00');
    const errors = checkDisclosure(d).findings.filter((f) => f.rule.startsWith('table.01') && f.severity !== 'info');
    expect(errors).toEqual([]);
  });
});
