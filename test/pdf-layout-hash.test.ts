import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_PDFJS, corpusPdfs, layoutHash, layoutHashPdfjs } from '../bench/layout-hash.js';

/*
 * Every corpus PDF is read into exactly the layout recorded for it: the SHA-256 of its layout as
 * `scripts/dump.ts layout` prints it, scans without OCR. Once as juesuan reads it (PDFium), once as
 * pdfjs, the reader of documents PDFium cannot read, reads it (its hashes are those recorded before
 * PDFium became the reader, when pdfjs was made faster: see src/extract/pdf/pdfjs-text-only.ts).
 * The two differ on four Chromium prints only, where the print declares the text of a glyph
 * (/ActualText): PDFium reads the declared text, as in the source (户, —, 〈), pdfjs the glyph's own
 * Unicode map (戶, ―, 〈); test/pdf-actual-text.test.ts shows it. A change that is meant to change a
 * layout regenerates the fixtures with `npx tsx bench/layout-hash.ts --write` and says why.
 */
const expected = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, string>;
const expectedPdfjs = JSON.parse(await readFile(FIXTURE_PDFJS, 'utf8')) as Record<string, string>;
const files = await corpusPdfs();

describe('the layout of every corpus PDF', () => {
  it('has a recorded hash for every PDF in the corpus, and none for a PDF no longer there', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(Object.keys(expectedPdfjs).sort()).toEqual(files);
  });
  // The first read also starts the parse worker (from source, through tsx): slow on a busy machine.
  it.each(files)('%s reads into the layout recorded for it', async (file) => {
    expect(await layoutHash(file)).toBe(expected[file]);
  }, 300_000);
  it.each(files)('%s reads by pdfjs into the layout recorded for pdfjs', async (file) => {
    expect(await layoutHashPdfjs(file)).toBe(expectedPdfjs[file]);
  }, 300_000);
});
