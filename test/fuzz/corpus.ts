import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readLayout } from '../../src/extract/index.js';
import { encodeGb18030 } from '../tools/gb18030.js';
import { SAMPLES_DIR } from '../tools/make-variants.js';
import { toDocx } from '../tools/to-docx.js';
import { asWordHtml, toHtml } from '../tools/to-html.js';
import { asWordWebArchive } from '../tools/to-mht.js';

/** One well-formed file that the fuzzer mutates. */
export interface BaseFile {
  name: string;
  format: 'text' | 'pdf' | 'xlsx' | 'xls' | 'docx' | 'html' | 'mht';
  bytes: Uint8Array;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The base corpus: every sample as text (UTF-8 and GB18030), DOCX, HTML and a Word web archive written from it, the
 * PDFs and workbooks of test/corpus. Scanned PDFs are left out: OCR makes each check take minutes.
 */
export async function loadCorpus(): Promise<BaseFile[]> {
  const out: BaseFile[] = [];
  for (const f of (await readdir(SAMPLES_DIR)).sort()) {
    const path = join(SAMPLES_DIR, f);
    const bytes = new Uint8Array(await readFile(path));
    out.push({ name: f, format: 'text', bytes });
    const text = new TextDecoder().decode(bytes);
    out.push({ name: f.replace(/\.\w+$/, '.gb18030.txt'), format: 'text', bytes: encodeGb18030(text) });
    const layout = await readLayout(path, bytes);
    out.push({ name: f.replace(/\.\w+$/, '.docx'), format: 'docx', bytes: await toDocx(layout) });
    out.push({ name: f.replace(/\.\w+$/, '.html'), format: 'html', bytes: new TextEncoder().encode(toHtml(layout)) });
    out.push({ name: f.replace(/\.\w+$/, '.mht'), format: 'mht', bytes: asWordWebArchive(asWordHtml(toHtml(layout))) });
  }
  const pdfDir = join(ROOT, 'test', 'corpus', 'pdf');
  for (const f of (await readdir(pdfDir)).sort()) {
    // One document in each producer's print, and every document in LibreOffice's (the smallest).
    if (!f.endsWith('.pdf') || f.includes('scanned')) continue;
    if (!f.includes('libreoffice') && !f.startsWith('guangyuan')) continue;
    out.push({ name: f, format: 'pdf', bytes: new Uint8Array(await readFile(join(pdfDir, f))) });
  }
  out.push({ name: 'shanghai-final-template.pdf', format: 'pdf', bytes: new Uint8Array(await readFile(join(ROOT, 'test', 'corpus', 'shanghai-final-template.pdf'))) });
  const xlsxDir = join(ROOT, 'test', 'corpus', 'xlsx');
  for (const f of (await readdir(xlsxDir)).sort()) {
    if (f.endsWith('.xlsx')) out.push({ name: f, format: 'xlsx', bytes: new Uint8Array(await readFile(join(xlsxDir, f))) });
    if (f.endsWith('.xls')) out.push({ name: f, format: 'xls', bytes: new Uint8Array(await readFile(join(xlsxDir, f))) });
  }
  return out;
}

/** The extension a base file is written under. */
export function extensionOf(b: BaseFile): string {
  const m = /\.\w+$/.exec(basename(b.name));
  return m ? m[0] : '.txt';
}
