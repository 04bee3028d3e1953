// Makes the PDF corpus from the samples, with the two producers most disclosures pass through:
// DOCX → PDF by LibreOffice (as Word-made documents are exported) and HTML → PDF printed by Chromium
// (as a web page is saved as PDF), the latter also without cell borders (tables read from alignment
// alone). Tables long enough run over pages; Chromium repeats each table's <thead> on every page, so
// continued tables with repeated header rows are in the corpus.
// Usage: npm run corpus:pdf [-- OUTDIR]   (default test/corpus/pdf; needs soffice, chromium, qpdf and pdfinfo)
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readLayout } from '../../src/extract/index.js';
import type { LayoutDocument } from '../../src/model/layout.js';
import { toDocx } from './to-docx.js';
import { toHtml } from './to-html.js';
import { listSamples } from './make-variants.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice';
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const QPDF = process.env.QPDF ?? 'qpdf';
// The converters run as child processes without blocking: bench/metamorphic.ts checks variants while
// the next ones print.
const run = promisify(execFile);

/** Header rows of each table as <thead>, so that a browser repeats them on each printed page. */
function withThead(html: string): string {
  return html.replace(/<table border="1">\n([\s\S]*?)\n<\/table>/g, (_m, body: string) => {
    const rows = body.split('\n');
    // Rows before the first one holding a printed amount (digits with decimals) are the header.
    const first = rows.findIndex((r) => /[>\s]-?[\d,]+\.\d{1,2}</.test(r));
    if (first <= 0 || first > 6) return `<table border="1">\n${body}\n</table>`;
    return `<table border="1">\n<thead>\n${rows.slice(0, first).join('\n')}\n</thead>\n<tbody>\n${rows.slice(first).join('\n')}\n</tbody>\n</table>`;
  });
}

/**
 * Tables whose rows have different numbers of cells (text tables read from the samples) as a web page
 * would have them: a browser lays every row on the widest row's columns and leaves the rest of a
 * short row without cells or borders, so the last cell of a short row spans the rest, as an author
 * would write it. Tables with spans already are left alone.
 */
function regularRows(html: string): string {
  return html.replace(/<table border="1">\n([\s\S]*?)\n<\/table>/g, (m, body: string) => {
    if (/colspan|rowspan/.test(body)) return m;
    const count = (row: string) => (row.match(/<td/g) ?? []).length;
    const rows = body.split('\n');
    const width = Math.max(...rows.map(count));
    const out = rows.map((r) => {
      const n = count(r);
      if (n === 0 || n === width) return r;
      const at = r.lastIndexOf('<td');
      return `${r.slice(0, at)}<td colspan="${width - n + 1}"${r.slice(at + 3)}`;
    });
    return `<table border="1">\n${out.join('\n')}\n</table>`;
  });
}

/** A print stylesheet: A4, CJK font installed on Debian (fonts-noto-cjk), 10.5pt like a Word body. */
const PRINT_CSS = `<style>@page{size:A4;margin:20mm 18mm}body{font-family:"Noto Sans CJK SC",sans-serif;font-size:10.5pt}
td{font-size:9pt}thead{display:table-header-group}tr{break-inside:avoid}</style>`;

/**
 * The page Chromium prints of a layout: its HTML with short rows spanned and header rows repeated,
 * the print stylesheet, then any more stylesheets (`<style>…</style>`), whose rules win over it.
 */
export function printPage(layout: LayoutDocument, name: string, ...css: string[]): string {
  const page = withThead(regularRows(toHtml(layout, name)));
  return page.replace('</head>', `${[PRINT_CSS, ...css].join('\n')}\n</head>`);
}

/**
 * The same page with no cell borders, as a spreadsheet printed without gridlines or a web page whose
 * tables have no borders: the tables can only be read from the alignment of their text.
 */
const BORDERLESS_CSS = `<style>table,td,th{border:none !important}</style>`;

/** Prints an HTML file to PDF with Chromium headless (its profile in work: one print at a time per work). */
export async function printWithChromium(html: string, pdf: string, work: string): Promise<void> {
  await run(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(work, 'chromium-profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ],
    { timeout: 180_000, maxBuffer: 64 << 20 },
  );
}

/**
 * Converts a DOCX to PDF with LibreOffice into work and gives the PDF's path there. LibreOffice's
 * profile is kept in work: one conversion at a time per work, as soffice refuses a second on one profile.
 */
export async function convertWithLibreOffice(docx: string, work: string): Promise<string> {
  await run(SOFFICE, ['--headless', `-env:UserInstallation=file://${work}/lo-profile`, '--convert-to', 'pdf', '--outdir', work, docx], { timeout: 180_000, maxBuffer: 64 << 20 });
  return join(work, `${basename(docx, extname(docx))}.pdf`);
}

/**
 * The LibreOffice print with its pages turned by /Rotate, as scanners and landscape table pages
 * leave them: the first third 90° clockwise, the second 270°, the rest 180° (qpdf, Debian `qpdf`).
 * Every page then shows its text sideways or upside down.
 */
function rotateThirds(pdf: string, out: string): void {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const a = Math.max(1, Math.floor(pages / 3));
  const b = Math.max(a + 1, Math.floor((2 * pages) / 3));
  execFileSync(QPDF, [`--rotate=+90:1-${a}`, `--rotate=+270:${a + 1}-${b}`, `--rotate=+180:${b + 1}-z`, pdf, out], { stdio: 'ignore', timeout: 60_000 });
}

/** The prints made of one document. */
export interface Prints {
  libreoffice: string;
  rotated?: string;
  chromium: string;
  borderless: string;
}

/**
 * Prints one document (any format `readLayout` reads: text, Markdown, HTML, DOCX…) into outDir as
 * NAME.libreoffice.pdf, NAME.chromium.pdf and NAME.borderless.pdf (and NAME.rotated.pdf with
 * `rotated`), the way the corpus is printed; work is a scratch directory for the converters.
 */
export async function printDocument(input: string, outDir: string, work: string, opts: { rotated?: boolean } = {}): Promise<Prints> {
  await mkdir(outDir, { recursive: true });
  const name = basename(input, extname(input));
  const layout = await readLayout(input, new Uint8Array(await readFile(input)));

  const docx = join(work, `${name}.docx`);
  await writeFile(docx, await toDocx(layout));
  const libreoffice = join(outDir, `${name}.libreoffice.pdf`);
  await rename(await convertWithLibreOffice(docx, work), libreoffice);

  let rotated: string | undefined;
  if (opts.rotated) {
    rotated = join(outDir, `${name}.rotated.pdf`);
    rotateThirds(libreoffice, rotated);
  }

  const html = join(work, `${name}.html`);
  await writeFile(html, printPage(layout, name));
  const chromium = join(outDir, `${name}.chromium.pdf`);
  await printWithChromium(html, chromium, work);

  const bare = join(work, `${name}.borderless.html`);
  await writeFile(bare, printPage(layout, name, BORDERLESS_CSS));
  const borderless = join(outDir, `${name}.borderless.pdf`);
  await printWithChromium(bare, borderless, work);

  return { libreoffice, ...(rotated ? { rotated } : {}), chromium, borderless };
}

export async function makePdfCorpus(outDir: string): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'juesuan-pdfcorpus-'));
  const made: string[] = [];
  try {
    for (const sample of await listSamples()) {
      const p = await printDocument(sample, outDir, work, { rotated: true });
      made.push(...[p.libreoffice, p.rotated, p.chromium, p.borderless].filter((f): f is string => f !== undefined));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return made;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'test/corpus/pdf'));
  for (const f of await makePdfCorpus(outDir)) process.stdout.write(`${f}\n`);
}
