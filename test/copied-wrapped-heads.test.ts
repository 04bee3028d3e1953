import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFile, extractBytes } from '../src/check.js';
import '../src/extract/register.js';

// pdftotext -layout of a LibreOffice print of a rewrite's 公开02表: its header cells wrap over two
// and three lines ("财政拨" / "款收入", "附属单" / "位上缴" / "收入"), its rows read from their words.
const FIXTURE = 'test/fixtures/lo-layout-02-wrapped-heads.txt';

describe('a copied table whose header cells wrap over lines', () => {
  it('names every column its wrapped header prints, and gives no missing-column warning', async () => {
    const d = await extractBytes(FIXTURE, new Uint8Array(await readFile(FIXTURE)));
    const t = d.tables.find((x) => x.id === '02');
    const have = new Set([...(t?.rows ?? []).flatMap((r) => Object.keys(r.cells)), ...(t?.unreadColumns ?? [])]);
    expect([...have].sort()).toEqual(['affiliated', 'business', 'fiscal', 'operating', 'other', 'superior', 'total']);
    const r = await checkFile(FIXTURE);
    expect(r.findings.filter((f) => f.rule === 'completeness.table-columns')).toEqual([]);
  });
});
