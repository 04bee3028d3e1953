/**
 * Makes a scanned copy of a PDF: each chosen page is rendered to a grayscale JPEG by poppler's
 * `pdftoppm` (as a document scanner would deliver it) and the images are put back into a PDF with
 * no text layer. Beside it, OUT.figures.json keeps the figures of the source's text layer with their
 * boxes (from `pdftotext -bbox`), the answer key for OCR tests.
 *
 * Usage: npx tsx test/tools/make-scanned-pdf.ts SRC.pdf OUT.pdf [--pages 1-4,7] [--dpi 150] [--quality 60]
 * Needs poppler-utils. The output is byte-for-byte reproducible for the same source and poppler.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ScanOptions {
  /** 1-based source pages to scan, in order; all when omitted. */
  pages?: number[];
  dpi?: number;
  /** JPEG quality 1..100. */
  quality?: number;
}

/** One figure of the source's text layer: its text and box in points (top-left origin). */
export interface SourceFigure {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The answer key written beside a scanned PDF. */
export interface ScanKey {
  source: string;
  sourceSha256: string;
  dpi: number;
  quality: number;
  pages: { page: number; sourcePage: number; figures: SourceFigure[] }[];
}

const EXEC = { timeout: 120_000, maxBuffer: 256 * 1024 * 1024 };

/** Page count of a PDF, from pdfinfo. */
export function pageCount(pdf: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { ...EXEC, encoding: 'utf8' }));
  if (!m) throw new Error(`pdfinfo: no page count for ${pdf}`);
  return Number(m[1]);
}

/** Writes the scanned copy of `src` to `out` and its answer key to `out` with .figures.json. */
export function makeScannedPdf(src: string, out: string, opts: ScanOptions = {}): ScanKey {
  const dpi = opts.dpi ?? 150;
  const quality = opts.quality ?? 60;
  const pages = opts.pages ?? Array.from({ length: pageCount(src) }, (_, i) => i + 1);
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-scan-'));
  try {
    const images = pages.map((p) => {
      const root = join(dir, `p${p}`);
      execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-jpeg', '-jpegopt', `quality=${quality}`, '-singlefile', '-f', String(p), '-l', String(p), src, root], EXEC);
      const jpeg = readFileSync(`${root}.jpg`);
      const { width, height, components } = jpegSize(jpeg);
      return { jpeg, widthPt: (width * 72) / dpi, heightPt: (height * 72) / dpi, width, height, components };
    });
    writeFileSync(out, imagesToPdf(images));
    const key: ScanKey = {
      source: basename(src),
      sourceSha256: createHash('sha256').update(readFileSync(src)).digest('hex'),
      dpi,
      quality,
      pages: pages.map((p, i) => ({ page: i + 1, sourcePage: p, figures: sourceFigures(src, p) })),
    };
    writeFileSync(out.replace(/\.pdf$/i, '') + '.figures.json', formatKey(key));
    return key;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The key as JSON with one figure a line, so that a regenerated key reads well in a diff. */
function formatKey(key: ScanKey): string {
  const { pages, ...head } = key;
  const body = pages.map((p) => `  {"page": ${p.page}, "sourcePage": ${p.sourcePage}, "figures": [\n${p.figures.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]}`);
  return `${JSON.stringify(head, null, 1).slice(0, -2)},\n "pages": [\n${body.join(',\n')}\n ]\n}\n`;
}

/** Figures (anything with a digit: amounts, percentages, codes, years) of one page's text layer. */
export function sourceFigures(pdf: string, page: number): SourceFigure[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { ...EXEC, encoding: 'utf8' });
  const figures: SourceFigure[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    for (const f of (m[5] as string).match(FIGURE_RE) ?? []) {
      figures.push({ text: f, x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) });
    }
  }
  return figures;
}

/** A figure as printed: digits with optional thousands separators, decimals and percent sign. */
export const FIGURE_RE = /\d[\d,]*(?:\.\d+)?%?/g;

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Width, height and colour components from a JPEG's start-of-frame marker. */
export function jpegSize(b: Uint8Array): { width: number; height: number; components: number } {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) throw new Error('jpegSize: not a JPEG marker');
    const marker = b[i + 1] as number;
    const len = ((b[i + 2] as number) << 8) | (b[i + 3] as number);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        height: ((b[i + 5] as number) << 8) | (b[i + 6] as number),
        width: ((b[i + 7] as number) << 8) | (b[i + 8] as number),
        components: b[i + 9] as number,
      };
    }
    i += 2 + len;
  }
  throw new Error('jpegSize: no frame header');
}

/**
 * A PDF whose pages are the given JPEGs, each filling its page; nothing else on them. pdftoppm's
 * -gray -jpeg still writes three components (with gray content), so the colour space follows the file.
 */
export function imagesToPdf(images: { jpeg: Uint8Array; widthPt: number; heightPt: number; width: number; height: number; components: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    size += buf.length;
  };
  const obj = (n: number, body: Buffer | string, stream?: Uint8Array) => {
    offsets[n] = size;
    push(`${n} 0 obj\n`);
    push(body);
    if (stream) {
      push('\nstream\n');
      push(Buffer.from(stream));
      push('\nendstream');
    }
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const n = images.length;
  // Objects: 1 catalog, 2 page tree, 3 info, then per page: page, content, image.
  const kids = images.map((_, i) => `${4 + 3 * i} 0 R`).join(' ');
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`);
  obj(3, '<< /Producer (juesuan test/tools/make-scanned-pdf.ts) >>');
  images.forEach((im, i) => {
    const [page, content, image] = [4 + 3 * i, 5 + 3 * i, 6 + 3 * i];
    const w = im.widthPt.toFixed(2);
    const h = im.heightPt.toFixed(2);
    const ops = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q\n`;
    obj(page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
    obj(content, `<< /Length ${ops.length} >>`, Buffer.from(ops, 'latin1'));
    obj(image, `<< /Type /XObject /Subtype /Image /Width ${im.width} /Height ${im.height} /ColorSpace ${im.components === 1 ? '/DeviceGray' : im.components === 4 ? '/DeviceCMYK' : '/DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${im.jpeg.length} >>`, im.jpeg);
  });
  const xref = size;
  const total = 4 + 3 * n;
  push(`xref\n0 ${total}\n0000000000 65535 f \n`);
  for (let k = 1; k < total; k++) push(`${String(offsets[k]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${total} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

/** "1-4,7" → [1, 2, 3, 4, 7]. */
export function parsePages(spec: string): number[] {
  return spec.split(',').flatMap((part) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`bad page range: ${part}`);
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[1]);
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const pages = flag('--pages');
  const dpi = flag('--dpi');
  const quality = flag('--quality');
  const [src, out] = args;
  if (!src || !out) {
    process.stderr.write('usage: make-scanned-pdf.ts SRC.pdf OUT.pdf [--pages 1-4,7] [--dpi 150] [--quality 60]\n');
    process.exit(2);
  }
  const key = makeScannedPdf(resolve(src), resolve(out), {
    ...(pages ? { pages: parsePages(pages) } : {}),
    ...(dpi ? { dpi: Number(dpi) } : {}),
    ...(quality ? { quality: Number(quality) } : {}),
  });
  const figures = key.pages.reduce((a, p) => a + p.figures.length, 0);
  process.stdout.write(`${out}: ${key.pages.length} pages, ${figures} figures in the key\n`);
}
