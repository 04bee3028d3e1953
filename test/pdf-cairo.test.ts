import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import type { Finding } from '../src/model/finding.js';

// The same documents written again by another PDF producer: poppler's cairo backend (pdftocairo
// -pdf, Debian poppler-utils) re-embeds every font, words as runs instead of glyphs, Kangxi radicals
// for some characters, and font matrices that leave part of each font's scale out of the text matrix
// (digits 6.8 high beside characters 8.4 high in one row printed at 9). Findings must not change.
const SOURCES = [
  'test/corpus/putuo-finance-bureau-2024.pdf',
  'test/corpus/pdf/changji-prefecture-2024.chromium.pdf',
  'test/corpus/pdf/rongcheng-city-2024.borderless.pdf',
];

const dir = mkdtempSync(join(tmpdir(), 'juesuan-cairo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A finding without its page and line, which a producer may move. */
function gist(f: Finding): string {
  return `${f.severity} ${f.rule} ${f.message.replace(/第\d+页|第\d+行/g, '')}`;
}

describe('a PDF written again by cairo', () => {
  it.each(SOURCES)('%s gives the same findings', async (source) => {
    const out = join(dir, basename(source).replace(/\.pdf$/, '.cairo.pdf'));
    execFileSync('pdftocairo', ['-pdf', source, out], { stdio: 'ignore', timeout: 120_000 });
    const [a, b] = await Promise.all([checkFile(source), checkFile(out)]);
    expect(b.coverage.tablesFound).toEqual(a.coverage.tablesFound);
    expect(b.findings.filter((f) => f.severity !== 'info').map(gist).sort()).toEqual(a.findings.filter((f) => f.severity !== 'info').map(gist).sort());
  });
});
