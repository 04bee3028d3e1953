import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { PositionedPage } from '../items.js';
import { readTextLayerPdfjs } from '../text-layer.js';
import { readTextLayerPdfium } from './text-layer.js';
import { loadPdfium } from './wasm.js';

/** Whether PDFium can be loaded here: it is no dependency of juesuan (see wasm.ts). */
function havePdfium(): boolean {
  const asked = process.env.JUESUAN_PDFIUM_MODULE;
  if (asked) return existsSync(asked);
  try {
    createRequire(import.meta.url).resolve('@embedpdf/pdfium');
    return true;
  } catch {
    return false;
  }
}

/** A page as the layout reads it, positions to the hundredth of a point, runs and rules in any order. */
function digest(p: PositionedPage): unknown {
  const r = (v: number) => v.toFixed(2);
  return {
    size: [r(p.width), r(p.height)],
    scanned: Boolean(p.scanned),
    items: p.items.map((i) => `${i.str}@${r(i.x)},${r(i.y)},${r(i.width)},${r(i.height)}`).sort(),
    rules: (p.rules ?? []).map((s) => [s.x1, s.y1, s.x2, s.y2].map(r).join(',')).sort(),
  };
}

describe.skipIf(!havePdfium())('the PDFium reader (JUESUAN_PDF_ENGINE=pdfium)', () => {
  it('reads a corpus PDF into the text runs and ruling segments pdfjs reads', async () => {
    const file = 'test/corpus/shanghai-final-template.pdf';
    const bytes = new Uint8Array(await readFile(new URL(`../../../../${file}`, import.meta.url)));
    const pdfjs = await readTextLayerPdfjs(bytes, file);
    const pdfium = await readTextLayerPdfium(bytes, file);
    expect(pdfium.numPages).toBe(pdfjs.numPages);
    expect(pdfium.pages.map(digest)).toEqual(pdfjs.pages.map(digest));
  }, 120_000);
});

/**
 * What PDFium answers for each character of `file` that it takes from the character's text object
 * (matrix, font, font size), as one string per character, grouped by text object.
 */
async function answersByObject(file: string): Promise<Map<string, Set<string>>> {
  const bytes = new Uint8Array(await readFile(new URL(`../../../../${file}`, import.meta.url)));
  const { fn, heap } = await loadPdfium();
  const data = fn.malloc(bytes.length);
  const scratch = fn.malloc(64);
  heap().u8.set(bytes, data);
  const doc = fn.FPDF_LoadMemDocument(data, bytes.length, 0);
  const byObject = new Map<string, Set<string>>();
  try {
    for (let n = 0; n < fn.FPDF_GetPageCount(doc); n++) {
      const page = fn.FPDF_LoadPage(doc, n);
      const text = fn.FPDFText_LoadPage(page);
      for (let i = 0; i < fn.FPDFText_CountChars(text); i++) {
        const obj = fn.FPDFText_GetTextObject(text, i);
        if (!obj || fn.FPDFText_IsGenerated(text, i)) continue;
        fn.FPDFText_GetMatrix(text, i, scratch);
        const matrix = Array.from(heap().f32.subarray(scratch >> 2, (scratch >> 2) + 6));
        const answer = `${matrix.join(',')} ${fn.FPDFTextObj_GetFont(obj)} ${fn.FPDFText_GetFontSize(text, i)}`;
        const key = `${n}:${obj}`;
        if (!byObject.has(key)) byObject.set(key, new Set());
        byObject.get(key)?.add(answer);
      }
      fn.FPDFText_ClosePage(text);
      fn.FPDF_ClosePage(page);
    }
  } finally {
    fn.FPDF_CloseDocument(doc);
    fn.free(scratch);
    fn.free(data);
  }
  return byObject;
}

describe.skipIf(!havePdfium())('what PDFium gives a character from its text object', () => {
  // The reader asks for them once per text object (readPage): true only while PDFium gives every
  // character of an object the same ones. Producers of different kinds: a bureau's own (embedded
  // CID TrueType and CFF), LibreOffice, Chromium (Type 3 fonts, /ActualText), a page turned.
  it.each([
    'test/corpus/putuo-finance-bureau-2024.pdf',
    'test/corpus/pdf/rongcheng-city-2024.libreoffice.pdf',
    'test/corpus/pdf/guangyuan-city-2024.chromium.pdf',
    'test/corpus/pdf/changji-prefecture-2024.rotated.pdf',
  ])('is the same for every character of one object in %s', async (file) => {
    const byObject = await answersByObject(file);
    expect(byObject.size).toBeGreaterThan(100);
    const mixed = [...byObject].filter(([, answers]) => answers.size > 1).map(([key]) => key);
    expect(mixed).toEqual([]);
  }, 120_000);
});
