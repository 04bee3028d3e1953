import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isJuesuanError, JuesuanError } from '../../errors.js';
import { eraseRules, findImageRules, toSegments } from './image-ruling.js';
import type { PositionedPage } from './items.js';
import { mapBounded, run } from './ocr-exec.js';
import { linesToItems } from './ocr-runs.js';
import { parseTsv } from './ocr-tsv.js';
import { type GrayImage, parsePgm, rotate, toPgm, whiten } from './pgm.js';
import { findRuledGrids } from './ruling.js';

/**
 * Text of scanned pages by OCR: each page is rendered by poppler's `pdftoppm` and recognised by
 * Debian's `tesseract` with the simplified-Chinese model. Both are optional system tools; without
 * them `ocrPages` returns null and the caller says the pages could not be read.
 */
export interface OcrOptions {
  /** Rendering resolution; tesseract reads 10.5pt CJK best at about 300 dpi. */
  dpi?: number;
  /** Tesseract page segmentation mode. 3 (automatic) finds and removes table ruling before reading. */
  psm?: number;
  /**
   * Mode for the ruled tables of a page, read on their own after their ruling is painted over: 6 (one
   * block of lines) reads each table row across its cells. On the scanned tables of the corpus it
   * recovered 249/249 amounts, where mode 3 on the whole page lost the cells of narrow wrapped rows
   * (245/249 with the ruling, 240/249 without it, its layout analysis cutting the table into columns).
   */
  tablePsm?: number;
  /**
   * Language models for the ruled tables. Without eng: with it, chi_sim+eng read wrapped header
   * lines such as 款收入 and 助收入 as Latin letters (MOA, BAA); cells hold no Latin words.
   */
  tableLanguages?: string;
  /** Pages recognised at once (tesseract is single-threaded here). */
  concurrency?: number;
  /** Limit for each tool on each page. */
  timeoutMs?: number;
  /** Tesseract language models. */
  languages?: string;
}

const DEFAULTS: Required<OcrOptions> = { dpi: 300, psm: 3, tablePsm: 6, concurrency: 2, timeoutMs: 180_000, languages: 'chi_sim+eng', tableLanguages: 'chi_sim' };
const PDFTOPPM = 'pdftoppm';
const PDFINFO = 'pdfinfo';
/** Longest side of a rendered page in pixels (7000 px ≈ A2 at 300 dpi): bounds memory on huge pages. */
const MAX_SIDE_PX = 7000;
const TESSERACT = 'tesseract';
/** TSV of a dense page is a few hundred kB; anything far beyond is not a page of text. */
const MAX_TSV_BYTES = 32 * 1024 * 1024;
// tesseract's OpenMP threads would fight the pages run side by side; one thread each is faster overall.
const TESSERACT_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };

let available: Promise<boolean> | null = null;

/** Whether pdftoppm and tesseract with the chi_sim and eng models are installed (checked once). */
export function ocrAvailable(): Promise<boolean> {
  // JUESUAN_OCR=off: scans are reported as not read instead of recognised (OCR takes seconds a page).
  if (process.env.JUESUAN_OCR === 'off') return Promise.resolve(false);
  available ??= (async () => {
    try {
      await run(PDFTOPPM, ['-v'], { timeoutMs: 10_000, maxOutputBytes: 64 * 1024 });
      await run(PDFINFO, ['-v'], { timeoutMs: 10_000, maxOutputBytes: 64 * 1024 });
      const { stdout, stderr } = await run(TESSERACT, ['--list-langs'], { timeoutMs: 10_000, maxOutputBytes: 64 * 1024 });
      const langs = new Set(`${stdout}\n${stderr}`.split(/\s+/));
      return langs.has('chi_sim') && langs.has('eng');
    } catch {
      return false;
    }
  })();
  return available;
}

/**
 * Recognises the given 1-based pages of a PDF into positioned items (source 'ocr', confidence from
 * tesseract), in the order asked; null when OCR is not installed.
 */
export async function ocrPages(bytes: Uint8Array, pages: readonly number[], opts: OcrOptions = {}): Promise<PositionedPage[] | null> {
  for (const p of pages) {
    if (!Number.isInteger(p) || p < 1) throw new JuesuanError('USAGE', `OCR 的页码必须是正整数，收到 ${String(p)}。`);
  }
  if (!(await ocrAvailable())) return null;
  if (pages.length === 0) return [];
  const o = { ...DEFAULTS, ...opts };
  const dir = await mkdtemp(join(tmpdir(), 'juesuan-ocr-'));
  try {
    const pdf = join(dir, 'in.pdf');
    await writeFile(pdf, bytes);
    const sizes = await pageSizes(pdf, pages, o.timeoutMs);
    return await mapBounded(pages, o.concurrency, (page) => {
      // A page too large for the resolution is rendered coarser rather than into an image of gigabytes.
      const longest = sizes.get(page) ?? 0;
      const dpi = longest > 0 ? Math.min(o.dpi, Math.floor((MAX_SIDE_PX * 72) / longest)) : o.dpi;
      return ocrOnePage(pdf, dir, page, { ...o, dpi: Math.max(1, dpi) });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function ocrOnePage(pdf: string, dir: string, page: number, o: Required<OcrOptions>): Promise<PositionedPage> {
  const root = join(dir, `p${page}`);
  // One grey PGM serves both tesseract (leptonica reads PNM) and the ruling finder (see pgm.ts).
  const pgm = `${root}.pgm`;
  try {
    await run(PDFTOPPM, ['-r', String(o.dpi), '-gray', '-singlefile', '-f', String(page), '-l', String(page), pdf, root], {
      timeoutMs: o.timeoutMs,
      maxOutputBytes: 1024 * 1024,
    }).catch((e: unknown) => {
      if (isJuesuanError(e) && e.code === 'CORRUPT_FILE') {
        throw new JuesuanError('CORRUPT_FILE', `PDF 第 ${page} 页无法渲染为图像，页码可能超出范围或文件已损坏（${e.message}）。`, { cause: e });
      }
      throw e;
    });
    const image = await readImage(pgm, page);
    const upright = image.data.length <= SIDEWAYS_CHECK_MAX_PIXELS ? rotate(image, 0) : null;
    let read = await recognise(image, pgm, root, page, o);
    // A page scanned sideways or upside down reads as noise of low confidence: tesseract's own
    // orientation detection (OSD) says how far to turn it, and the turned page is read again.
    if (upright && read.items.length && meanConfidence(read.items) < SIDEWAYS_CONFIDENCE) {
      const turn = await orientation(pgm, upright, o);
      if (turn) {
        const again = await recognise(rotate(upright, turn), pgm, root, page, o);
        if (meanConfidence(again.items) > meanConfidence(read.items)) read = { ...again, toViewport: unturn(turn, upright.width * (72 / o.dpi), upright.height * (72 / o.dpi)) };
      }
    }
    return read;
  } finally {
    // Each page image is ~9 MB at 300 dpi: removed as soon as it is read, not at the end.
    await rm(pgm, { force: true });
  }
}

/**
 * Ruling and text of one page image: its ruled tables read apart from the rest (see
 * OcrOptions.tablePsm). Writes the image to `pgm` for tesseract; whitens the image it is given.
 */
async function recognise(image: GrayImage, pgm: string, root: string, page: number, o: Required<OcrOptions>): Promise<PositionedPage> {
  const k = 72 / o.dpi;
  await writeFile(pgm, toPgm(image));
  const rules = findImageRules(image, { k });
  const segments = toSegments(rules, { k });
  const walls = rules.filter((r) => r.dir === 'v').map((r) => ({ x: r.pos, top: r.a, bottom: r.b }));
  const read = async (file: string, psm: number, languages: string, table = false) => {
    // PGM carries no resolution (PNG did): without --dpi tesseract guesses one and reads worse.
    const args = [file, 'stdout', '-l', languages, '--psm', String(psm), '--dpi', String(o.dpi), 'tsv'];
    const { stdout } = await run(TESSERACT, args, { timeoutMs: o.timeoutMs, maxOutputBytes: MAX_TSV_BYTES, env: TESSERACT_ENV });
    return linesToItems(parseTsv(stdout), { k }, walls, { table });
  };
  const page0 = { page, width: image.width * k, height: image.height * k, rules: segments, scanned: true };
  // Ruled tables are read apart from the rest of the page: the tables without their ruling and
  // without the text around them, the rest with the tables left out.
  const pad = 2 / k;
  const boxes = findRuledGrids(segments).map(({ box }) => ({ x1: box.x1 / k - pad, y1: box.y1 / k - pad, x2: box.x2 / k + pad, y2: box.y2 / k + pad }));
  if (!boxes.length) return { ...page0, items: await read(pgm, o.psm, o.languages) };
  const tables = { ...image, data: new Uint8Array(image.data) };
  eraseRules(tables, rules, { k });
  whiten(tables, boxes, true);
  whiten(image, boxes);
  const tablePgm = `${root}-tables.pgm`;
  try {
    await writeFile(tablePgm, toPgm(tables));
    await writeFile(pgm, toPgm(image));
    const prose = await read(pgm, o.psm, o.languages);
    return { ...page0, items: [...prose, ...(await read(tablePgm, o.tablePsm, o.tableLanguages, true))] };
  } finally {
    await rm(tablePgm, { force: true });
  }
}

/**
 * Mean confidence of a page's runs, weighted by characters. Measured on the corpus: upright scans
 * 80–90, the same page turned 90° about 8 (tesseract reads sideways CJK as noise).
 */
export function meanConfidence(items: readonly { str: string; confidence: number | null }[]): number {
  let sum = 0;
  let n = 0;
  for (const it of items) {
    const c = [...it.str].length;
    sum += (it.confidence ?? 100) * c;
    n += c;
  }
  return n ? sum / n : 0;
}

/**
 * The matrix taking points on a page image turned clockwise by `turn` (see pgm.ts `rotate`) back to
 * points on the image as rendered, `width` × `height` points before the turn.
 */
export function unturn(turn: number, width: number, height: number): [number, number, number, number, number, number] {
  if (turn === 90) return [0, -1, 1, 0, 0, height];
  if (turn === 270) return [0, 1, -1, 0, width, 0];
  return [-1, 0, 0, -1, width, height];
}

/** Below this mean confidence a page is checked for being turned. */
const SIDEWAYS_CONFIDENCE = 40;
/** Pages larger than this (in pixels) are not turned: the copy would double a huge page's memory. */
const SIDEWAYS_CHECK_MAX_PIXELS = 40_000_000;

/**
 * How far to turn a page image clockwise (90, 180, 270) for its text to stand upright, by tesseract's
 * orientation and script detection (`--psm 0`, the `osd` model); 0 when upright, unsure or unknown.
 */
async function orientation(pgm: string, image: GrayImage, o: Required<OcrOptions>): Promise<number> {
  try {
    await writeFile(pgm, toPgm(image));
    const { stdout } = await run(TESSERACT, [pgm, 'stdout', '--psm', '0', '--dpi', String(o.dpi)], {
      timeoutMs: o.timeoutMs,
      maxOutputBytes: 64 * 1024,
      env: TESSERACT_ENV,
    });
    return parseOsd(stdout);
  } catch {
    // Too little text to tell, or no osd model installed: the page stays as it is.
    return 0;
  }
}

/** The clockwise turn from tesseract's OSD report ("Rotate: 270", "Orientation confidence: 17.0"). */
export function parseOsd(report: string): number {
  const turn = Number(/^Rotate:\s*(\d+)/m.exec(report)?.[1] ?? 0);
  const confidence = Number(/^Orientation confidence:\s*([\d.]+)/m.exec(report)?.[1] ?? 0);
  return [90, 180, 270].includes(turn) && confidence >= OSD_MIN_CONFIDENCE ? turn : 0;
}

/** Tesseract's OSD confidence below which its answer is a guess (its own documentation uses 2). */
const OSD_MIN_CONFIDENCE = 2;

/** The rendered page image; pdftoppm writing none means the page could not be rendered. */
async function readImage(file: string, page: number): Promise<GrayImage> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new JuesuanError('CORRUPT_FILE', `PDF 第 ${page} 页无法渲染为图像（pdftoppm 未输出图像），页码可能超出范围或文件已损坏。`, { cause: e });
  }
  return parsePgm(bytes);
}

/** The longest side in points of each asked page, from pdfinfo; a page past the end is an error. */
async function pageSizes(pdf: string, pages: readonly number[], timeoutMs: number): Promise<Map<number, number>> {
  const last = Math.max(...pages);
  // From page 1: pdfinfo refuses a first page past the end, but cuts a last page past it to the end.
  const { stdout } = await run(PDFINFO, ['-f', '1', '-l', String(last), pdf], { timeoutMs, maxOutputBytes: 8 * 1024 * 1024 }).catch((e: unknown) => {
    throw isJuesuanError(e) && e.code === 'CORRUPT_FILE' ? new JuesuanError('CORRUPT_FILE', `PDF 文件无法打开，可能已损坏或加密（${e.message}）。`, { cause: e }) : e;
  });
  const count = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  if (Number.isFinite(count) && last > count) {
    throw new JuesuanError('CORRUPT_FILE', `PDF 只有 ${count} 页，无法识别第 ${last} 页。`);
  }
  const sizes = new Map<number, number>();
  for (const m of stdout.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    sizes.set(Number(m[1]), Math.max(Number(m[2]), Number(m[3])));
  }
  return sizes;
}
