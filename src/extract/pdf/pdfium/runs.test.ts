import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { type PdfiumChar, groupRuns } from './runs.js';
import { asWritten } from './as-written.js';
import { viewportOf } from './text-layer.js';

const VIEW: [number, number, number, number] = [0, 0, 595, 842];

/** Characters set at 10 pt from x = 100 on the baseline y = 700, each `gaps[k]` after the previous one's advance. */
function line(text: string, gaps: number[] = [], extra: Partial<PdfiumChar> = {}): PdfiumChar[] {
  let x = 100;
  return [...text].map((ch, k) => {
    x += k === 0 ? 0 : 10 + (gaps[k - 1] ?? 0);
    return { text: ch, x, y: 700, a: 1, b: 0, c: 0, d: 1, fontSize: 10, advance: 10, font: 7, marks: '', ...extra };
  });
}

describe('PDFium characters grouped as pdfjs groups glyphs into runs', () => {
  it('keeps characters set one after another in one run, as wide as their advances', () => {
    expect(groupRuns(line('决算公开'), VIEW)).toEqual([{ str: '决算公开', transform: [10, 0, 0, 10, 100, 700], width: 40, height: 10 }]);
  });

  it('reads a gap of a few tenths of the font size as a space inside the run', () => {
    const runs = groupRuns(line('ab', [3]), VIEW);
    expect(runs.map((r) => r.str)).toEqual(['a b']);
    expect(runs[0]?.width).toBeCloseTo(23);
  });

  it('starts a new run after a gap wider than 0.6 of the font size (a column)', () => {
    expect(groupRuns(line('合计100', [0, 30, 0, 0]), VIEW).map((r) => r.str)).toEqual(['合计', '100']);
  });

  it('starts a new run where the font changes, or a marked-content sequence begins or ends', () => {
    const font = [...line('一'), ...line('二', [], { font: 8, x: 110 })];
    expect(groupRuns(font, VIEW).map((r) => r.str)).toEqual(['一', '二']);
    const marked = [...line('一'), ...line('二', [], { marks: '42,', x: 110 })];
    expect(groupRuns(marked, VIEW).map((r) => r.str)).toEqual(['一', '二']);
  });

  it('reads a space drawn as a glyph by the gap it leaves, and skips glyphs off the page', () => {
    // A 3 pt space between "a" and "b": a space in the run, as wide as the gap.
    expect(groupRuns(line('a b', [0, -7]), VIEW).map((r) => r.str)).toEqual(['a b']);
    expect(groupRuns(line('x', [], { x: 700 }), VIEW)).toEqual([]);
  });

  it('normalises compatibility characters as pdfjs does (a ligature into its letters)', () => {
    expect(groupRuns(line('\ufb01'), VIEW).map((r) => r.str)).toEqual(['fi']);
  });
});

describe("PDFium's page geometry as pdfjs has it", () => {
  it('turns 32-bit floats back into the decimals written in the file', () => {
    expect(asWritten(Math.fround(594.95996))).toBe(594.95996);
    expect(asWritten(Math.fround(841.92))).toBe(841.92);
    expect(asWritten(57)).toBe(57);
  });

  it.each([0, 90, 180, 270])('places a page turned by %i° as pdfjs’s viewport at scale 1', async (rotation) => {
    const data = new Uint8Array(await readFile(new URL('../../../../test/corpus/shanghai-final-template.pdf', import.meta.url)));
    const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    const pdfjs = page.getViewport({ scale: 1, rotation });
    const ours = viewportOf(page.view as [number, number, number, number], rotation);
    await doc.destroy();
    expect(ours.width).toBe(pdfjs.width);
    expect(ours.height).toBe(pdfjs.height);
    expect(ours.transform.map((v) => v + 0)).toEqual(pdfjs.transform.map((v) => v + 0));
  });
});
