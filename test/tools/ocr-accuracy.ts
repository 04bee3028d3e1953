/**
 * How many of a scanned PDF's figures OCR gives back exactly: each page of the scan is recognised
 * with `ocrPages`, and its figures are compared, as multisets per page, with the answer key that
 * make-scanned-pdf.ts wrote from the source's text layer. "Amounts" are figures with decimals
 * (2,060.90, 35.81%); "all figures" adds integers (years, codes, counts).
 *
 * Usage: npx tsx test/tools/ocr-accuracy.ts [SCANNED.pdf ...]   (default: every *.scanned.pdf under test/corpus/pdf)
 * OCR_DPI=200 / OCR_PSM=4 try other OCR settings; VERBOSE=1 prints each page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PositionedPage } from '../../src/extract/pdf/items.js';
import { ocrPages } from '../../src/extract/pdf/ocr.js';
import { FIGURE_RE, type ScanKey, type SourceFigure } from './make-scanned-pdf.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const SCANS_DIR = join(ROOT, 'test/corpus/pdf');

export interface Tally {
  source: number;
  recovered: number;
  /** Figures OCR produced that the source page does not have (misreads, split or glued figures). */
  spurious: number;
}

export interface PageAccuracy {
  page: number;
  amounts: Tally;
  /** Amounts compared by value: "1238.41" for "1,238.41" counts (a lost separator changes nothing). */
  amountValues: Tally;
  all: Tally;
  /**
   * Largest distance in points between a recovered amount's OCR run and the source word holding it
   * (vertical offset of the top edges, or horizontal gap when the boxes do not overlap).
   */
  maxOffset: number;
  /** Amounts of the source not recovered exactly. */
  missed: string[];
  /** Amounts OCR gave whose value the page does not have (misreads), separators ignored. */
  extra: string[];
}

export interface ScanAccuracy {
  file: string;
  pages: PageAccuracy[];
  amounts: Tally;
  amountValues: Tally;
  all: Tally;
  seconds: number;
  /** The OCR result itself, page by page. */
  ocr: PositionedPage[];
}

const isAmount = (f: string) => f.includes('.');
const unseparated = (f: string) => f.replace(/,/g, '');

/** Figures in the OCR items of one page, each item read on its own so no two items are glued. */
export function ocrFigures(page: PositionedPage): SourceFigure[] {
  return page.items.flatMap((it) =>
    (it.str.match(FIGURE_RE) ?? []).map((text) => ({ text, x: it.x, y: it.y, width: it.width, height: it.height })),
  );
}

/** Multiset comparison of figures: recovered = |source ∩ ocr|, spurious = |ocr \ source|. */
export function tally(source: readonly string[], ocr: readonly string[]): Tally {
  const left = new Map<string, number>();
  for (const s of source) left.set(s, (left.get(s) ?? 0) + 1);
  let recovered = 0;
  let spurious = 0;
  for (const o of ocr) {
    const n = left.get(o) ?? 0;
    if (n > 0) {
      recovered++;
      left.set(o, n - 1);
    } else spurious++;
  }
  return { source: source.length, recovered, spurious };
}

/** Compares one page's OCR with its key. */
export function pageAccuracy(ocr: PositionedPage, key: SourceFigure[]): PageAccuracy {
  const got = ocrFigures(ocr);
  let maxOffset = 0;
  const count = (xs: readonly SourceFigure[], t: string) => xs.filter((x) => x.text === t).length;
  // Only amounts OCR gives back as often as the source prints them: otherwise a missed one would be
  // measured against another line's copy of the same figure.
  for (const f of key.filter((k) => isAmount(k.text) && count(got, k.text) >= count(key, k.text))) {
    // The OCR item holding the same figure nearest to where the text layer has it.
    const d = Math.min(...got.filter((g) => g.text === f.text).map((g) => boxDistance(f, g)));
    if (Number.isFinite(d)) maxOffset = Math.max(maxOffset, d);
  }
  const src = key.map((k) => k.text).filter(isAmount);
  const ocrAmounts = got.map((g) => g.text).filter(isAmount);
  return {
    page: ocr.page,
    missed: difference(src, ocrAmounts),
    extra: difference(ocrAmounts, src, unseparated),
    amounts: tally(src, ocrAmounts),
    amountValues: tally(src.map(unseparated), ocrAmounts.map(unseparated)),
    all: tally(key.map((k) => k.text), got.map((g) => g.text)),
    maxOffset,
  };
}

function boxDistance(a: SourceFigure, b: SourceFigure): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  return Math.max(dx, Math.abs(a.y - b.y));
}

/** Multiset a \ b, comparing by `norm`. */
function difference(a: readonly string[], b: readonly string[], norm = (s: string) => s): string[] {
  const left = new Map<string, number>();
  for (const s of b) left.set(norm(s), (left.get(norm(s)) ?? 0) + 1);
  return a.filter((s) => {
    const n = left.get(norm(s)) ?? 0;
    if (n > 0) left.set(norm(s), n - 1);
    return n === 0;
  });
}

function sum(ts: Tally[]): Tally {
  return ts.reduce((a, t) => ({ source: a.source + t.source, recovered: a.recovered + t.recovered, spurious: a.spurious + t.spurious }), { source: 0, recovered: 0, spurious: 0 });
}

/** OCRs the whole scan (or the given pages) and compares it with its .figures.json key; null without OCR. */
export async function measureScan(file: string, onlyPages?: number[]): Promise<ScanAccuracy | null> {
  const key = JSON.parse(readFileSync(file.replace(/\.pdf$/i, '.figures.json'), 'utf8')) as ScanKey;
  const keyPages = key.pages.filter((p) => !onlyPages || onlyPages.includes(p.page));
  const t0 = performance.now();
  const opts = {
    ...(process.env.OCR_DPI ? { dpi: Number(process.env.OCR_DPI) } : {}),
    ...(process.env.OCR_PSM ? { psm: Number(process.env.OCR_PSM) } : {}),
  };
  const ocr = await ocrPages(new Uint8Array(readFileSync(file)), keyPages.map((p) => p.page), opts);
  if (!ocr) return null;
  const seconds = (performance.now() - t0) / 1000;
  const pages = ocr.map((p, i) => pageAccuracy(p, keyPages[i]!.figures));
  return {
    file,
    pages,
    amounts: sum(pages.map((p) => p.amounts)),
    amountValues: sum(pages.map((p) => p.amountValues)),
    all: sum(pages.map((p) => p.all)),
    seconds,
    ocr,
  };
}

export function listScans(): string[] {
  return readdirSync(SCANS_DIR)
    .filter((f) => f.endsWith('.scanned.pdf'))
    .sort()
    .map((f) => join(SCANS_DIR, f));
}

const pct = (t: Tally) => (t.source === 0 ? '—' : `${((100 * t.recovered) / t.source).toFixed(1)}%`);
export function describeAccuracy(a: ScanAccuracy): string {
  const name = a.file.split('/').pop();
  return `${name}: 金额 ${a.amounts.recovered}/${a.amounts.source} (${pct(a.amounts)}) 误识 ${a.amounts.spurious}; 金额按数值 ${pct(a.amountValues)}; 全部数字 ${a.all.recovered}/${a.all.source} (${pct(a.all)}) 误识 ${a.all.spurious}; ${a.pages.length} 页 ${a.seconds.toFixed(1)} 秒 (${(a.seconds / a.pages.length).toFixed(2)} 秒/页，2 并发)`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : listScans();
  const all: ScanAccuracy[] = [];
  for (const f of files) {
    const a = await measureScan(f);
    if (!a) {
      process.stdout.write('OCR 不可用（需要 tesseract-ocr、tesseract-ocr-chi-sim、poppler-utils）\n');
      process.exit(0);
    }
    all.push(a);
    process.stdout.write(`${describeAccuracy(a)}\n`);
    if (process.env.VERBOSE) for (const p of a.pages) process.stdout.write(`  第${p.page}页 金额 ${p.amounts.recovered}/${p.amounts.source} 误识 ${p.amounts.spurious}; 全部 ${p.all.recovered}/${p.all.source} 误识 ${p.all.spurious}; 位置偏差≤${p.maxOffset.toFixed(1)}pt${p.missed.length ? ` 漏 ${p.missed.join(' ')}` : ''}${p.extra.length ? ` 误 ${p.extra.join(' ')}` : ''}\n`);
  }
  const am = sum(all.map((a) => a.amounts));
  const av = sum(all.map((a) => a.amountValues));
  const al = sum(all.map((a) => a.all));
  process.stdout.write(`合计: 金额 ${am.recovered}/${am.source} (${pct(am)}) 误识 ${am.spurious}; 金额按数值 ${av.recovered}/${av.source} (${pct(av)}) 误识 ${av.spurious}; 全部数字 ${al.recovered}/${al.source} (${pct(al)}) 误识 ${al.spurious}\n`);
}
