// Layout hashes of the corpus PDFs: the SHA-256 of each PDF's layout (as `scripts/dump.ts layout`
// prints it), so a change to how PDFs are read (a faster parser, other pdfjs options) can be shown not
// to change what is read. Scans are read without OCR (JUESUAN_OCR=off): tesseract's output is not ours.
// The layout is hashed as juesuan reads it (PDFium, see src/extract/pdf/text-layer.ts) and as pdfjs,
// the reader of the documents PDFium cannot read, reads it: pdf-layout-hashes.json and .pdfjs.json.
// Run: npx tsx bench/layout-hash.ts          prints the hashes as JSON (both readers)
//      npx tsx bench/layout-hash.ts --write  rewrites both fixtures
// test/pdf-layout-hash.test.ts asserts the hashes are those of the fixtures.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.JUESUAN_OCR = 'off';
const { readLayout } = await import('../src/extract/index.js');
const { readTextLayerPdfjs } = await import('../src/extract/pdf/text-layer.js');
const { finishPdf } = await import('../src/extract/pdf/read-pdf.js');
await import('../src/extract/register.js');

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURE = join(ROOT, 'test/fixtures/pdf-layout-hashes.json');
export const FIXTURE_PDFJS = join(ROOT, 'test/fixtures/pdf-layout-hashes.pdfjs.json');

/** Every PDF under test/corpus, relative to the project root, sorted. */
export async function corpusPdfs(dir = join(ROOT, 'test/corpus')): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await corpusPdfs(p)));
    else if (/\.pdf$/i.test(e.name)) out.push(relative(ROOT, p));
  }
  return out.sort();
}

/**
 * Where text stands on the page (`Location.box`, a paragraph's `spans`) is left out: it was added to
 * the layout after these hashes were recorded, only says where the text read is printed, and leaving
 * it out keeps the hashes proving that the text, cells and structure read are the same as before.
 */
const GEOMETRY = new Set(['box', 'spans']);

/** The hash of one PDF's layout, as `scripts/dump.ts layout` serialises it (without where its text stands). */
export async function layoutHash(file: string): Promise<string> {
  return hashOf(await readLayout(file, new Uint8Array(await readFile(join(ROOT, file)))));
}

/** The same, read by pdfjs (in this thread: a parse worker would read with the reader it was started with). */
export async function layoutHashPdfjs(file: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(join(ROOT, file)));
  return hashOf(await finishPdf(bytes, file, (await readTextLayerPdfjs(bytes, file)).pages));
}

function hashOf(layout: unknown): string {
  const json = JSON.stringify(layout, (key, value: unknown) => (GEOMETRY.has(key) ? undefined : value), 1);
  return createHash('sha256').update(`${json}\n`).digest('hex');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const hashes: Record<string, string> = {};
  const pdfjs: Record<string, string> = {};
  for (const f of await corpusPdfs()) {
    hashes[f] = await layoutHash(f);
    pdfjs[f] = await layoutHashPdfjs(f);
  }
  const json = `${JSON.stringify(hashes, null, 2)}\n`;
  const jsonPdfjs = `${JSON.stringify(pdfjs, null, 2)}\n`;
  if (process.argv.includes('--write')) {
    await writeFile(FIXTURE, json);
    await writeFile(FIXTURE_PDFJS, jsonPdfjs);
  }
  process.stdout.write(`${JSON.stringify({ juesuan: hashes, pdfjs }, null, 2)}\n`);
  process.exit(0);
}
