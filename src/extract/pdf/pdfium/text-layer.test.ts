import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { PositionedPage } from '../items.js';
import { readTextLayerPdfjs } from '../text-layer.js';
import { readTextLayerPdfium } from './text-layer.js';

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
