import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { JuesuanError } from '../../errors.js';
import { codePoints } from './code-points.js';
import type { PositionedItem, PositionedPage } from './items.js';
import { unreadable } from './page-kind.js';
import { loadTextOnlyPdfjs, saveCompiledPdfjs } from './pdfjs-text-only.js';
import { unifyRadicals } from '../radicals.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;
export type Matrix = [number, number, number, number, number, number];
type Segment = { x1: number; y1: number; x2: number; y2: number };

/** The pdfjs package folder: CMaps (CJK encodings) and standard font data are read from it. */
function pdfjsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

let loaded: Promise<Pdfjs> | null = null;

/**
 * Loads pdfjs once, with its parser in this thread (pdfjs's "fake worker": the bounded parse worker
 * is already the isolation), patched for reading text (see pdfjs-text-only.ts), undoes the one
 * polyfill of its legacy build that slows everything, and leaves it its own inflate.
 */
function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    // core-js in the legacy build replaces Array.prototype.push on Node 20 with a JavaScript version
    // (for a V8 edge case: pushing onto an array whose length is read-only). Every push in pdfjs and in
    // our reader then runs through it: 10–13% of a PDF's parse. The native push is restored afterwards.
    const nativePush = Array.prototype.push;
    // Without DecompressionStream pdfjs inflates streams with its own synchronous decoder: 8–12%
    // faster here than Node's web-stream wrapper around zlib. (A decompression bomb is stopped by the
    // parse worker's memory watch, bounded.ts.) Nothing else in juesuan uses it.
    delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
    // The parser is loaded here rather than by pdfjs on first use, so that its polyfills have run before the restore.
    const { pdfjs } = await loadTextOnlyPdfjs();
    if (Array.prototype.push !== nativePush) Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
    return pdfjs;
  })();
  return loaded;
}

/** Loads the reader ahead of the first document (see `prewarm` in ../bounded.ts). */
export async function warmPdfjs(): Promise<void> {
  if (pdfEngine() === 'pdfjs') return void (await loadPdfjs());
  // PDFium not found or not loadable: the document will be read by pdfjs, loaded now instead.
  await (await import('./pdfium/wasm.js')).loadPdfium().catch(() => (pdfEngine() === 'pdfium' ? undefined : loadPdfjs()));
}

/**
 * Which reader reads a PDF's text layer. PDFium (pdfium/) by default: on the corpus it reads the
 * same layout as pdfjs, several times faster (see the README, "Which PDF reader"). pdfjs reads a
 * document PDFium cannot open or read (a damaged file, an encryption it does not know), and every
 * document with JUESUAN_PDF_ENGINE=pdfjs; 'auto' is the default, 'pdfium' asks for PDFium alone
 * (no fallback, an error when it is not installed: to compare the two).
 */
export function pdfEngine(): 'auto' | 'pdfium' | 'pdfjs' {
  const asked = process.env.JUESUAN_PDF_ENGINE;
  return asked === 'pdfjs' || asked === 'pdfium' ? asked : 'auto';
}

/** What the text layer of a PDF holds: its pages as positioned items and ruling segments. */
export interface TextLayer {
  /** The pages read, in order (all of them, or one share of them: see `TextLayerShare`). */
  pages: PositionedPage[];
  /** Pages in the document. */
  numPages: number;
}

/**
 * One of `of` interleaved shares of the pages (page n belongs to share (n − 1) mod of), so that the
 * shares can be read by separate threads at once and each gets a like mix of table and text pages.
 */
export interface TextLayerShare {
  part: number;
  of: number;
}

/**
 * Reads every page of a PDF (by PDFium, else pdfjs: see `pdfEngine`; pdfjs's legacy build, for Node): text runs with their boxes in points
 * (top-left origin, y down), and the straight strokes and thin filled bars that draw table borders.
 * A page that is an image (a scan) or whose text does not decode is marked `scanned` (see page-kind.ts).
 */
export async function readTextLayer(bytes: Uint8Array, file: string, share: TextLayerShare = { part: 0, of: 1 }): Promise<TextLayer> {
  const engine = pdfEngine();
  if (engine === 'pdfjs') return readTextLayerPdfjs(bytes, file, share);
  try {
    return await (await import('./pdfium/text-layer.js')).readTextLayerPdfium(bytes, file, share);
  } catch (e) {
    // Past a limit is an answer (the file is too big for any reader); anything else PDFium could not
    // do (open the file, read a page, find its package) is left to pdfjs, unless PDFium alone was asked for.
    if (engine === 'pdfium' || (e instanceof JuesuanError && e.code === 'LIMIT_EXCEEDED')) throw e;
    return readTextLayerPdfjs(bytes, file, share);
  }
}

/** Reads the text layer with pdfjs (see `readTextLayer`). */
export async function readTextLayerPdfjs(bytes: Uint8Array, file: string, share: TextLayerShare = { part: 0, of: 1 }): Promise<TextLayer> {
  const pdfjs = await loadPdfjs();
  const dir = pdfjsDir();
  // pdfjs transfers (detaches) the buffer it is given: it gets a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: `${join(dir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(dir, 'standard_fonts')}/`,
    // No code generation from font programs, no DOM font faces, no fetches: Node, untrusted input.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    verbosity: Number(process.env.JUESUAN_PDFJS_VERBOSITY ?? 0),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    throw openError(e, file);
  }
  try {
    const pages: PositionedPage[] = [];
    for (let n = 1 + share.part; n <= doc.numPages; n += share.of) {
      pages.push(await readPage(pdfjs, await doc.getPage(n), n));
    }
    // pdfjs's code compiled for this document is kept for the next process (once; see code-cache.ts).
    saveCompiledPdfjs();
    return { pages, numPages: doc.numPages };
  } catch (e) {
    if (e instanceof JuesuanError) throw e;
    throw new JuesuanError(
      'CORRUPT_FILE',
      `PDF 文件 ${file} 的页面内容无法解析（页面对象或内容流已损坏）。文件可能已损坏或被截断；请重新下载，或用阅读器打开后另存（打印）为新的 PDF 再检查。`,
      { cause: e },
    );
  } finally {
    await doc.destroy().catch(() => {});
  }
}

function openError(e: unknown, file: string): JuesuanError {
  const name = (e as { name?: string } | null)?.name ?? '';
  // pdfjs's own wording ("Invalid PDF structure.") stays in `cause`.
  return name === 'PasswordException' ? encryptedPdf(file) : unopenablePdf(file, e);
}

/** The message for a PDF that needs a password, whichever reader found it. */
export function encryptedPdf(file: string): JuesuanError {
  return new JuesuanError(
    'CORRUPT_FILE',
    `PDF 文件 ${file} 已加密（需要密码才能打开），无法读取其内容。请向发布单位索取未加密的版本，或用已知密码打开后另存为不加密的 PDF 再检查。`,
  );
}

/** The message for a PDF whose structure no reader can open. */
export function unopenablePdf(file: string, cause?: unknown): JuesuanError {
  return new JuesuanError(
    'CORRUPT_FILE',
    `PDF 文件 ${file} 无法打开：文件结构无效（找不到完整的对象目录或文件头）。文件可能已损坏、被截断或并非 PDF；请重新下载或重新导出后再检查。`,
    cause === undefined ? undefined : { cause },
  );
}

async function readPage(pdfjs: Pdfjs, page: PdfPage, n: number): Promise<PositionedPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = content.items.flatMap((raw) => ('str' in raw && raw.str.trim() !== '' ? [raw] : []));
  const ops = await page.getOperatorList();
  const out = placePage(n, { transform: viewport.transform as Matrix, width: viewport.width, height: viewport.height }, runs, (marks) => readGraphics(pdfjs, ops, marks));
  page.cleanup();
  return out;
}

/** A page as pdf.js displays it (`getViewport({ scale: 1 })`): page space to top-left, y-down points. */
export interface Viewport {
  transform: Matrix;
  width: number;
  height: number;
}

/**
 * A page's text runs (in page space, as pdfjs's text content gives them) and the marks it draws
 * placed on the page: turned upright when its text runs sideways, y flipped, the font size and
 * direction of each run from its matrix, table rules and the share painted by images. `draw` walks
 * the page's graphics into the `Marks` it is given, which place them as the text is placed.
 * Shared by every reader of the text layer (pdfjs here, PDFium in pdfium/), so that they differ
 * only in what they read, never in how it is placed.
 */
export function placePage(n: number, viewport: Viewport, runs: readonly TextRun[], draw: (marks: Marks) => void): PositionedPage {
  // A page whose text runs sideways (a landscape table printed on a portrait page, a page turned by
  // /Rotate) is turned so that its text reads left to right, as a reader turns the paper.
  const turn = uprightTurn(runs, viewport.transform, viewport.width, viewport.height);
  const vt = multiply(turn.matrix, viewport.transform);
  const items: PositionedItem[] = [];
  for (const raw of runs) {
    const m = multiply(vt, raw.transform as Matrix);
    // Text set at a slant (a watermark across the page, "某某局 公开文件", or a stamp) is no line of
    // the page: read among the rows it crosses, its characters land inside names and figures.
    if (slanted(m)) continue;
    // Font size and direction from the item's matrix in page (viewport) space.
    let size = Math.hypot(m[2], m[3]) || raw.height || 1;
    const horizontal = Math.abs(m[1]) < 1e-3 * Math.abs(m[0]) || m[0] === 0 && m[1] === 0;
    // Some producers leave part of a font's scale in the font's own matrix, which the item's matrix
    // leaves out: cairo writes "“事业收入”" 10.5 wide and 3 high, and in one table row digits 6.8 high
    // beside characters 8.4 high, all printed at 9. Text is never printed squashed, so a height
    // below the width's scale is the width's (condensed text, narrower than high, keeps its height).
    const across = Math.hypot(m[0], m[1]);
    if (horizontal && across > size) size = across;
    const width = horizontal ? raw.width : size * codePoints(raw.str);
    items.push({
      str: unifyRadicals(raw.str),
      x: onGrid(m[4]),
      y: onGrid(m[5] - size),
      width: onGrid(Math.max(width, 0)),
      height: onGrid(size),
      source: 'text',
      confidence: null,
    });
  }
  const marks = new Marks(vt);
  draw(marks);
  const { rules, images, imageArea } = marks;
  const why = unreadable(items, Math.min(1, imageArea / (viewport.width * viewport.height || 1)), images);
  const out: PositionedPage = { page: n, width: turn.width, height: turn.height, items, rules };
  if (turn.matrix[0] !== 1) out.toViewport = invert(turn.matrix);
  if (why) {
    out.scanned = true;
    if (why === 'garbled') out.garbled = true;
  }
  return out;
}

/** A run of text as pdfjs's text content gives it: its matrix in page space (font size included), its advance width in page units. */
export type TextRun = { str: string; transform: number[]; width: number; height: number };

/** Degrees from the nearest axis beyond which a run counts as set at a slant. */
const SLANT_DEG = 5;

/** Whether a run's matrix sets its text at a slant: neither along nor across the page (0°, 90°, 180°, 270°). */
export function slanted(m: readonly number[]): boolean {
  const deg = Math.abs((Math.atan2(m[1] as number, m[0] as number) * 180) / Math.PI) % 90;
  return Math.min(deg, 90 - deg) > SLANT_DEG;
}

/**
 * The turn (a multiple of 90°, as a matrix applied after the viewport's) that makes most of a page's
 * text run left to right, and the page's size once turned. Weighted by characters, so a page number
 * printed upright beside a sideways table does not decide.
 */
export function uprightTurn(runs: readonly TextRun[], vt: Matrix, width: number, height: number): { matrix: Matrix; width: number; height: number } {
  const weight = [0, 0, 0, 0]; // text running right, down, left, up (viewport y points down)
  for (const r of runs) {
    // The direction of the run on the page: the first column of multiply(vt, r.transform), without
    // the matrix made for each run.
    const t = r.transform;
    const dx = vt[0] * (t[0] as number) + vt[2] * (t[1] as number);
    const dy = vt[1] * (t[0] as number) + vt[3] * (t[1] as number);
    const k = Math.abs(dx) >= Math.abs(dy) ? (dx >= 0 ? 0 : 2) : dy > 0 ? 1 : 3;
    weight[k] = (weight[k] as number) + codePoints(r.str);
  }
  const best = weight.indexOf(Math.max(...weight));
  // Only when sideways text clearly outweighs upright text: mixed pages stay as printed.
  if (best === 0 || (weight[best] as number) < 2 * (weight[0] as number)) return { matrix: [1, 0, 0, 1, 0, 0], width, height };
  if (best === 1) return { matrix: [0, -1, 1, 0, 0, width], width: height, height: width };
  if (best === 3) return { matrix: [0, 1, -1, 0, height, 0], width: height, height: width };
  return { matrix: [-1, 0, 0, -1, width, height], width, height };
}

/**
 * Positions and sizes are kept to a thousandth of a point: what a reader adds beyond that is the
 * rounding of its own arithmetic, not the file's. pdfjs multiplies the file's matrices as doubles,
 * PDFium as 32-bit floats, so one reader put a border Chromium drew at 235.875 pt at 235.87499… and
 * the other at 235.875, and a box rounded to the hundredth for a finding was 235.87 by one and
 * 235.88 by the other. Producers place text and rules at multiples of 1/8, 1/20 or 1/100 pt and the
 * like, all on this grid, far from halfway between two of its points, where the readers' 32-bit
 * errors (up to about 5e-5 pt) cannot move them across. A run's width is a sum of advances (the
 * font's widths in thousandths of the size) and may fall exactly halfway (136.4455): both readers
 * compute it to within 1e-9, so it is first taken to the millionth, where they agree, and the
 * halfway point is then rounded the same way for both.
 */
export function onGrid(v: number): number {
  return Math.round(Math.round(v * 1e6) / 1e3) / 1e3 + 0;
}

/** Thin marks count as rules: stroked straight segments, and filled rectangles thinner than this. */
const THIN = 2.5;
const MIN_RULE = 3;

/**
 * What a page draws that the layout reads, placed on the page as its text is (`vt`): ruling segments
 * (straight strokes, thin filled bars) and how many images it paints over how much of its area.
 */
export class Marks {
  readonly rules: Segment[] = [];
  images = 0;
  imageArea = 0;

  constructor(private readonly vt: Matrix) {}

  /** A painted image: it fills the unit square of its matrix (`ctm`, user space to page space). */
  image(ctm: Matrix): void {
    this.images++;
    // Its box on the page says how much it covers.
    const toPage = multiply(this.vt, ctm);
    const box = boxOf([apply(toPage, 0, 0), apply(toPage, 1, 0), apply(toPage, 1, 1), apply(toPage, 0, 1)]);
    if (box) this.imageArea += (box.x2 - box.x1) * (box.y2 - box.y1);
  }

  /** A painted path, as polylines in user space placed by `ctm` (curves keep their end points): stroked, or filled only. */
  path(stroke: boolean, subpaths: readonly [number, number][][], ctm: Matrix): void {
    const toPage = multiply(this.vt, ctm);
    for (const sub of subpaths) {
      const pts = sub.map((p) => apply(toPage, p[0], p[1]));
      if (stroke) {
        for (let k = 1; k < pts.length; k++) pushAxisSegment(this.rules, pts[k - 1] as [number, number], pts[k] as [number, number]);
      } else {
        const box = boxOf(pts);
        if (!box || !isRectangle(pts, box)) continue;
        const w = box.x2 - box.x1;
        const h = box.y2 - box.y1;
        if (h <= THIN && w >= MIN_RULE) pushRule(this.rules, box.x1, (box.y1 + box.y2) / 2, box.x2, (box.y1 + box.y2) / 2);
        else if (w <= THIN && h >= MIN_RULE) pushRule(this.rules, (box.x1 + box.x2) / 2, box.y1, (box.x1 + box.x2) / 2, box.y2);
      }
    }
  }
}

/**
 * Ruling segments and painted images from a page's operator list. Paths are in user space: the
 * current transformation matrix is tracked through save/restore/transform to place them on the page.
 */
function readGraphics(pdfjs: Pdfjs, ops: { fnArray: number[]; argsArray: unknown[] }, marks: Marks): void {
  const { OPS } = pdfjs;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i] as number;
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) marks.image(ctm);
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const stroke = STROKES.has(paint);
      if (!stroke && !FILLS.has(paint)) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      marks.path(stroke, subpaths(pdfjs, data), ctm);
    }
  }
}

/** Splits pdfjs path data (DrawOPS codes followed by coordinates) into polylines; curves keep their end points. */
function subpaths(pdfjs: Pdfjs, data: ArrayLike<number>): [number, number][][] {
  const D = (pdfjs as unknown as { DrawOPS?: Record<string, number> }).DrawOPS ?? { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  let i = 0;
  while (i < data.length) {
    const op = data[i++] as number;
    if (op === D.moveTo) {
      if (cur.length > 1) out.push(cur);
      cur = [[data[i] as number, data[i + 1] as number]];
      i += 2;
    } else if (op === D.lineTo) {
      cur.push([data[i] as number, data[i + 1] as number]);
      i += 2;
    } else if (op === D.curveTo) {
      cur.push([data[i + 4] as number, data[i + 5] as number]);
      i += 6;
    } else if (op === D.quadraticCurveTo) {
      cur.push([data[i + 2] as number, data[i + 3] as number]);
      i += 4;
    } else if (op === D.closePath) {
      if (cur.length) cur.push(cur[0] as [number, number]);
    } else break;
  }
  if (cur.length > 1) out.push(cur);
  return out;
}

function pushAxisSegment(rules: Segment[], a: [number, number], b: [number, number]): void {
  // Indexed, not destructured: destructuring goes through the iterator protocol in unoptimised code
  // (a check of one file runs without the optimising compiler), for every segment of every border.
  const x1 = a[0];
  const y1 = a[1];
  const x2 = b[0];
  const y2 = b[1];
  if (Math.abs(y1 - y2) < 0.8 && Math.abs(x1 - x2) >= MIN_RULE) pushRule(rules, Math.min(x1, x2), (y1 + y2) / 2, Math.max(x1, x2), (y1 + y2) / 2);
  else if (Math.abs(x1 - x2) < 0.8 && Math.abs(y1 - y2) >= MIN_RULE) pushRule(rules, (x1 + x2) / 2, Math.min(y1, y2), (x1 + x2) / 2, Math.max(y1, y2));
}

/** A ruling segment, its ends on the grid the text is placed on (`onGrid`). */
function pushRule(rules: Segment[], x1: number, y1: number, x2: number, y2: number): void {
  rules.push({ x1: onGrid(x1), y1: onGrid(y1), x2: onGrid(x2), y2: onGrid(y2) });
}

function boxOf(pts: [number, number][]): { x1: number; y1: number; x2: number; y2: number } | null {
  if (pts.length < 4) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** Every point on the box's edges: an axis-aligned rectangle (bars, not glyph outlines or curves). */
function isRectangle(pts: [number, number][], b: { x1: number; y1: number; x2: number; y2: number }): boolean {
  if (pts.length > 6) return false;
  const near = (a: number, c: number) => Math.abs(a - c) < 0.5;
  return pts.every(([x, y]) => (near(x, b.x1) || near(x, b.x2)) && (near(y, b.y1) || near(y, b.y2)));
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** The inverse of an invertible matrix (here: a quarter or half turn with its shift). */
function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  const [a, b, c, d] = [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det];
  // Plain 0 rather than −0, so that the matrix prints as written.
  return [a, b, c, d, -(a * m[4] + c * m[5]), -(b * m[4] + d * m[5])].map((v) => v + 0) as Matrix;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
