import { JuesuanError } from '../../../errors.js';
import type { PositionedPage } from '../items.js';
import { type Matrix, type TextLayer, type TextLayerShare, type Viewport, encryptedPdf, multiply, placePage, unopenablePdf } from '../text-layer.js';
import { asWritten } from './as-written.js';
import { type PdfiumChar, groupRuns } from './runs.js';
import { type Pdfium, memoryExceeded, withPdfium } from './wasm.js';
import { type ClipBox, clipBoxOf, clipSubpaths, clippedAway } from './clip.js';

/** PDFium's page object types and path segment types (fpdf_edit.h). */
const OBJ_TEXT = 1;
const OBJ_IMAGE = 3;
const OBJ_PATH = 2;
const OBJ_FORM = 5;
const SEG_LINETO = 0;
const SEG_BEZIERTO = 1;
const SEG_MOVETO = 2;
/** FPDF_GetLastError: the document needs a password. */
const ERR_PASSWORD = 4;
/** Forms inside forms deeper than this are not followed (a damaged or hostile file). */
const MAX_FORM_DEPTH = 12;

/**
 * Reads every page of a PDF with PDFium (see wasm.ts) into the same text layer as the pdfjs reader
 * (../text-layer.ts): characters grouped into pdfjs's runs (runs.ts), paths and images walked from
 * the page objects, and both placed on the page by the same code (`placePage`).
 */
export function readTextLayerPdfium(bytes: Uint8Array, file: string, share: TextLayerShare = { part: 0, of: 1 }): Promise<TextLayer> {
  return withPdfium(file, (pdfium) => readDocument(pdfium, bytes, file, share));
}

function readDocument(pdfium: Pdfium, bytes: Uint8Array, file: string, share: TextLayerShare): TextLayer {
  const { fn } = pdfium;
  const data = fn.malloc(bytes.length);
  // One scratch area for the out-parameters of every call.
  const scratch = fn.malloc(72);
  try {
    if (!data || !scratch) throw memoryExceeded(file);
    pdfium.heap().u8.set(bytes, data);
    const doc = fn.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!doc) throw openError(fn.FPDF_GetLastError(), file);
    try {
      const numPages = fn.FPDF_GetPageCount(doc);
      const pages: PositionedPage[] = [];
      for (let n = 1 + share.part; n <= numPages; n += share.of) {
        const page = fn.FPDF_LoadPage(doc, n - 1);
        if (!page) throw new JuesuanError('CORRUPT_FILE', `PDF 文件 ${file} 的第 ${n} 页无法解析（页面对象或内容流已损坏）。文件可能已损坏或被截断；请重新下载，或用阅读器打开后另存（打印）为新的 PDF 再检查。`);
        try {
          pages.push(readPage(pdfium, page, n, scratch));
        } finally {
          fn.FPDF_ClosePage(page);
        }
      }
      return { pages, numPages };
    } finally {
      fn.FPDF_CloseDocument(doc);
    }
  } finally {
    if (scratch) fn.free(scratch);
    if (data) fn.free(data);
  }
}

function openError(code: number, file: string): JuesuanError {
  return code === ERR_PASSWORD ? encryptedPdf(file) : unopenablePdf(file);
}

function readPage(pdfium: Pdfium, page: number, n: number, scratch: number): PositionedPage {
  const { fn } = pdfium;
  // The page's box (crop box within media box) and turn, as pdfjs's viewport at scale 1.
  fn.FPDF_GetPageBoundingBox(page, scratch);
  const f32 = pdfium.heap().f32;
  const [left, top, right, bottom] = [0, 1, 2, 3].map((k) => asWritten(f32[(scratch >> 2) + k] as number)) as [number, number, number, number];
  const view: [number, number, number, number] = [Math.min(left, right), Math.min(bottom, top), Math.max(left, right), Math.max(bottom, top)];
  const viewport = viewportOf(view, fn.FPDFPage_GetRotation(page) * 90);

  const drawn = readObjects(pdfium, page, scratch);
  const text = fn.FPDFText_LoadPage(page);
  const chars: PdfiumChar[] = [];
  // Where each character's text object stands in the content stream, and its place in the text page.
  const order: number[] = [];
  const fonts = new FontNames(pdfium);
  // The marked content a text object is shown in: PDFium gives each object the sequences around it,
  // one handle per sequence, shared by the objects inside it.
  let lastObj = -1;
  let lastMarks = '';
  const marksOf = (obj: number): string => {
    if (obj === lastObj) return lastMarks;
    lastObj = obj;
    const n = obj ? fn.FPDFPageObj_CountMarks(obj) : 0;
    lastMarks = '';
    for (let k = 0; k < n; k++) lastMarks += `${fn.FPDFPageObj_GetMark(obj, k)},`;
    return lastMarks;
  };
  try {
    const count = fn.FPDFText_CountChars(text);
    // What PDFium gives per character but takes from its text object (the object's matrix, font, size
    // and marked content), asked once per object: a run of characters shares one.
    let obj = -1;
    let shown = OBJECT_NONE;
    const widths = new GlyphWidths(pdfium, scratch);
    let high = 0;
    for (let i = 0; i < count; i++) {
      if (fn.FPDFText_IsGenerated(text, i)) continue;
      const u = fn.FPDFText_GetUnicode(text, i);
      // A character beyond the BMP may come as two surrogate halves: joined into one.
      if (u >= 0xd800 && u <= 0xdbff) {
        high = u;
        continue;
      }
      const str = high && u >= 0xdc00 && u <= 0xdfff ? String.fromCharCode(high, u) : String.fromCodePoint(u);
      high = 0;
      fn.FPDFText_GetCharOrigin(text, i, scratch, scratch + 8);
      const at = fn.FPDFText_GetTextObject(text, i);
      // A character without an object is asked about on its own, as before.
      if (at !== obj || !at) {
        obj = at;
        shown = objectOf(pdfium, text, i, at, scratch, fonts, marksOf(at), drawn);
      }
      const width = widths.of(shown.font, u, shown.fontSize);
      if (!width) fn.FPDFText_GetLooseCharBox(text, i, scratch + 40);
      const { f64, f32 } = pdfium.heap();
      const d = scratch >> 3;
      // A character its object's clip leaves out of sight is not read (see clip.ts).
      if (shown.clip && clippedAway(f64[d] as number, f64[d + 1] as number, shown.rawC, shown.rawD, shown.fontSize, shown.clip)) continue;
      order.push(shown.order + chars.length);
      chars.push({
        text: str,
        x: asWritten(f64[d] as number),
        y: asWritten(f64[d + 1] as number),
        a: shown.a,
        b: shown.b,
        c: shown.c,
        d: shown.d,
        fontSize: shown.fontSize,
        advance: width ? width * shown.scale : looseAdvance(f32, scratch >> 2, shown.a, shown.b),
        font: shown.name,
        marks: shown.marks,
      });
    }
  } finally {
    fn.FPDFText_ClosePage(text);
  }
  // PDFium's text page moves some characters out of drawing order (punctuation hanging in the
  // margin, runs it takes for another line); pdfjs reads in drawing order, so they are put back.
  const byStream = chars.map((_, k) => k).sort((x, y) => (order[x] as number) - (order[y] as number));
  const runs = groupRuns(byStream.map((k) => chars[k] as PdfiumChar), view).filter((r) => r.str.trim() !== '');
  return placePage(n, viewport, runs, (marks) => {
    for (const d of drawn.marks) {
      if (d.kind === 'image') marks.image(d.ctm);
      else marks.path(d.stroke, d.subpaths, d.ctm);
    }
  });
}

/** What the characters of one text object share: its matrix (a–d), font, size, marked content and place in the content stream. */
interface ShownObject {
  a: number;
  b: number;
  c: number;
  d: number;
  /** The matrix's scale along the text (`Math.hypot(a, b)`). */
  scale: number;
  font: number;
  /** The font as pdfjs names it (`FontNames`). */
  name: number;
  fontSize: number;
  marks: string;
  /** The object's place in drawing order, times 2^20 (a character's place in the text page is added). */
  order: number;
  /** The object's clip, when it has one on the page itself (readObjects). */
  clip: ClipBox | undefined;
  /** The matrix's c and d as PDFium gives them (32-bit floats), for the clip's test. */
  rawC: number;
  rawD: number;
}

const OBJECT_NONE: ShownObject = { a: 0, b: 0, c: 0, d: 0, scale: 0, font: 0, name: 0, fontSize: 0, marks: '', order: 0, clip: undefined, rawC: 0, rawD: 0 };

/**
 * The text object of character `i` (`obj`, 0 for none) as its characters share it. PDFium gives each
 * character its object's matrix (the object's text matrix in its form) and its object's font size, so
 * asking for them at its first character gives what every other one would.
 */
function objectOf(pdfium: Pdfium, text: number, i: number, obj: number, scratch: number, fonts: FontNames, marks: string, drawn: { textOrder: Map<number, number>; clips: Map<number, ClipBox> }): ShownObject {
  const { fn } = pdfium;
  fn.FPDFText_GetMatrix(text, i, scratch + 16);
  const f32 = pdfium.heap().f32;
  const s = scratch >> 2;
  const a = asWritten(f32[s + 4] as number);
  const b = asWritten(f32[s + 5] as number);
  const font = obj ? fn.FPDFTextObj_GetFont(obj) : 0;
  return {
    a,
    b,
    c: asWritten(f32[s + 6] as number),
    d: asWritten(f32[s + 7] as number),
    rawC: f32[s + 6] as number,
    rawD: f32[s + 7] as number,
    scale: Math.hypot(a, b),
    font,
    name: fonts.of(font),
    fontSize: fn.FPDFText_GetFontSize(text, i),
    marks,
    order: (drawn.textOrder.get(obj) ?? drawn.textOrder.size) * 1048576,
    clip: drawn.clips.get(obj),
  };
}

/**
 * Characters' advances (`advanceOf`) kept per font, size and character for the page: a page shows the
 * same few hundred characters in a few fonts, and PDFium's answer depends on nothing else.
 */
class GlyphWidths {
  private readonly byFont = new Map<number, Map<number, Map<number, number>>>();

  constructor(
    private readonly pdfium: Pdfium,
    private readonly scratch: number,
  ) {}

  /** The advance of `unicode` in `font` at `fontSize` (0 when PDFium cannot map it back to a code of the font). */
  of(font: number, unicode: number, fontSize: number): number {
    let sizes = this.byFont.get(font);
    if (!sizes) this.byFont.set(font, (sizes = new Map()));
    let widths = sizes.get(fontSize);
    if (!widths) sizes.set(fontSize, (widths = new Map()));
    let width = widths.get(unicode);
    if (width === undefined) {
      width = advanceOf(this.pdfium, font, unicode, fontSize, this.scratch);
      widths.set(unicode, width);
    }
    return width;
  }
}

/**
 * Fonts told apart as pdfjs tells them when it decides whether a run goes on: by their name, subset
 * tag included. PDFium gives the base name without the tag, so a font is named by its handle (one
 * per font dictionary: LibreOffice's subsets BAAAAA+Noto… and CAAAAA+Noto… are two fonts), except a
 * font with no name at all (Chromium's Type 3 fonts), which pdfjs names "Type3", all alike.
 */
class FontNames {
  private readonly ids = new Map<number, number>();

  constructor(private readonly pdfium: Pdfium) {}

  /** A number naming the font as pdfjs names it (0 for no font, 1 for every font without a name). */
  of(font: number): number {
    if (!font) return 0;
    let id = this.ids.get(font);
    if (id === undefined) {
      id = this.pdfium.fn.FPDFFont_GetBaseFontName(font, 0, 0) > 1 ? font : 1;
      this.ids.set(font, id);
    }
    return id;
  }
}

/**
 * A character's advance in text space (the font's width for it at its size), as pdfjs takes it from
 * the font's widths; 0 when PDFium cannot map the character back to a code of the font. PDFium's
 * "loose" box is no substitute where it can be helped: it is the glyph's outline box for fonts
 * without ascent and descent (Type 3) and takes in outlines overhanging the advance.
 */
function advanceOf(pdfium: Pdfium, font: number, unicode: number, fontSize: number, scratch: number): number {
  if (!font || !pdfium.fn.FPDFFont_GetGlyphWidth(font, unicode, fontSize, scratch + 56)) return 0;
  // As the decimal it stands for (the font's width times the size, 10.45 × 500 / 1000 = 5.225), as
  // pdfjs computes it in doubles: a run's width is a sum of these, compared with pdfjs's to the 1e-9.
  return asWritten(pdfium.heap().f32[(scratch + 56) >> 2] as number);
}

/** The advance from PDFium's loose box: across it for upright text, up or down for turned text. */
function looseAdvance(f32: Float32Array, s: number, a: number, b: number): number {
  const [left, top, right, bottom] = [f32[s + 10], f32[s + 11], f32[s + 12], f32[s + 13]] as [number, number, number, number];
  if (Math.abs(b) < 1e-3 * Math.abs(a)) return right - left;
  if (Math.abs(a) < 1e-3 * Math.abs(b)) return Math.abs(top - bottom);
  return Math.hypot(right - left, top - bottom);
}

/** pdfjs's PageViewport at scale 1: page space (its view box) to top-left origin, y down, turned by /Rotate. */
export function viewportOf(view: readonly [number, number, number, number], rotation: number): Viewport {
  const cx = (view[2] + view[0]) / 2;
  const cy = (view[3] + view[1]) / 2;
  const r = ((rotation % 360) + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  let ox: number;
  let oy: number;
  let width: number;
  let height: number;
  if (a === 0) {
    ox = Math.abs(cy - view[1]);
    oy = Math.abs(cx - view[0]);
    width = Math.abs(view[3] - view[1]);
    height = Math.abs(view[2] - view[0]);
  } else {
    ox = Math.abs(cx - view[0]);
    oy = Math.abs(cy - view[1]);
    width = Math.abs(view[2] - view[0]);
    height = Math.abs(view[3] - view[1]);
  }
  return { transform: [a, b, c, d, ox - a * cx - c * cy, oy - b * cx - d * cy], width, height };
}

type Drawn = { kind: 'image'; ctm: Matrix } | { kind: 'path'; stroke: boolean; subpaths: [number, number][][]; ctm: Matrix };

/**
 * Walks the page's objects (into forms too) in drawing order: the painted paths and images, and the
 * order of the text objects.
 */
function readObjects(pdfium: Pdfium, page: number, scratch: number): { marks: Drawn[]; textOrder: Map<number, number>; clips: Map<number, ClipBox> } {
  const { fn } = pdfium;
  const marks: Drawn[] = [];
  const textOrder = new Map<number, number>();
  // Clips of text objects on the page itself: a form's objects may be clipped in the form's own space.
  const clips = new Map<number, ClipBox>();
  const matrixOf = (obj: number): Matrix => {
    fn.FPDFPageObj_GetMatrix(obj, scratch);
    const f32 = pdfium.heap().f32;
    const s = scratch >> 2;
    return [asWritten(f32[s] as number), asWritten(f32[s + 1] as number), asWritten(f32[s + 2] as number), asWritten(f32[s + 3] as number), asWritten(f32[s + 4] as number), asWritten(f32[s + 5] as number)];
  };
  const walk = (count: number, get: (k: number) => number, outer: Matrix, depth: number): void => {
    for (let k = 0; k < count; k++) {
      const obj = get(k);
      const type = fn.FPDFPageObj_GetType(obj);
      if (type === OBJ_TEXT) {
        textOrder.set(obj, textOrder.size);
        const clip = depth === 0 ? clipBoxOf(pdfium, obj, scratch + 64) : undefined;
        if (clip) clips.set(obj, clip);
      } else if (type === OBJ_PATH) {
        fn.FPDFPath_GetDrawMode(obj, scratch + 32, scratch + 36);
        // Two 32-bit ints, read as their bytes: a view made for them was garbage at every path.
        const u8 = pdfium.heap().u8;
        const fill = nonZero32(u8, scratch + 32);
        const stroke = nonZero32(u8, scratch + 36);
        if (!stroke && !fill) continue;
        const ctm = multiply(outer, matrixOf(obj));
        const clip = depth === 0 ? clipBoxOf(pdfium, obj, scratch + 64) : undefined;
        if (clip) marks.push({ kind: 'path', stroke, subpaths: clipSubpaths(pathPoints(pdfium, obj, scratch), ctm, clip, stroke), ctm: [1, 0, 0, 1, 0, 0] });
        else marks.push({ kind: 'path', stroke, subpaths: pathPoints(pdfium, obj, scratch), ctm });
      } else if (type === OBJ_IMAGE) {
        marks.push({ kind: 'image', ctm: multiply(outer, matrixOf(obj)) });
      } else if (type === OBJ_FORM && depth < MAX_FORM_DEPTH) {
        const m = multiply(outer, matrixOf(obj));
        walk(fn.FPDFFormObj_CountObjects(obj), (j) => fn.FPDFFormObj_GetObject(obj, j), m, depth + 1);
      }
    }
  };
  walk(fn.FPDFPage_CountObjects(page), (k) => fn.FPDFPage_GetObject(page, k), [1, 0, 0, 1, 0, 0], 0);
  return { marks, textOrder, clips };
}

/** Whether the 32-bit int at byte `at` is not 0. */
function nonZero32(u8: Uint8Array, at: number): boolean {
  return ((u8[at] as number) | (u8[at + 1] as number) | (u8[at + 2] as number) | (u8[at + 3] as number)) !== 0;
}

/** A path's subpaths as polylines in its own space; a curve keeps its end point, a closed subpath its first point again. */
function pathPoints(pdfium: Pdfium, path: number, scratch: number): [number, number][][] {
  const { fn } = pdfium;
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  const count = fn.FPDFPath_CountSegments(path);
  let bezier = 0;
  for (let i = 0; i < count; i++) {
    const seg = fn.FPDFPath_GetPathSegment(path, i);
    const type = fn.FPDFPathSegment_GetType(seg);
    fn.FPDFPathSegment_GetPoint(seg, scratch + 48, scratch + 52);
    const f32 = pdfium.heap().f32;
    // As 32-bit floats, as pdfjs holds path coordinates too (its path data is a Float32Array).
    const pt: [number, number] = [f32[(scratch + 48) >> 2] as number, f32[(scratch + 52) >> 2] as number];
    if (type === SEG_MOVETO) {
      if (cur.length > 1) out.push(cur);
      cur = [pt];
      bezier = 0;
    } else if (type === SEG_LINETO) {
      cur.push(pt);
      bezier = 0;
    } else if (type === SEG_BEZIERTO) {
      // Three points a curve: two control points, then its end.
      bezier = (bezier + 1) % 3;
      if (bezier === 0) cur.push(pt);
    }
    if (fn.FPDFPathSegment_GetClose(seg) && cur.length) cur.push(cur[0] as [number, number]);
  }
  if (cur.length > 1) out.push(cur);
  return out;
}
