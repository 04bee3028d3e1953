import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURE, corpusPdfs, layoutHash } from '../bench/layout-hash.js';

/*
 * Every corpus PDF is read into exactly the layout it was read into before the PDF reader was made
 * faster (pdfjs without rebuilding fonts, see src/extract/pdf/pdfjs-text-only.ts): the SHA-256 of its
 * layout as `scripts/dump.ts layout` prints it, scans without OCR. A change that is meant to change a
 * layout regenerates the fixture with `npx tsx bench/layout-hash.ts --write` and says why.
 */
const expected = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, string>;
const files = await corpusPdfs();

describe('the layout of every corpus PDF', () => {
  it('has a recorded hash for every PDF in the corpus, and none for a PDF no longer there', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
  });
  // The first read also starts the parse worker (from source, through tsx): slow on a busy machine.
  it.each(files)('%s reads into the layout recorded for it', async (file) => {
    expect(await layoutHash(file)).toBe(expected[file]);
  }, 300_000);
});
