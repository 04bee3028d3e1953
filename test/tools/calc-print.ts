// Prints the 公开表 a sample prints the way many published PDFs were made: the final-accounts
// software's export workbook (to-xlsx.ts), every cell ruled, each sheet on landscape A4 scaled to
// the page's width, printed to PDF by a spreadsheet (LibreOffice Calc) — a producer the document
// prints of make-pdf-corpus.ts (Writer, Chromium) do not cover: each table its own page, its title,
// 公开XX表 code and unit in cells of the table's grid, long names cut at a narrow column's edge.
// Usage: npx tsx test/tools/calc-print.ts [OUTDIR]   (default test/fixtures/calc-print; needs
// soffice with Calc: Debian's libreoffice-calc-nogui)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLayout } from '../../src/extract/index.js';
import '../../src/extract/register.js';
import { listSamples } from './make-variants.js';
import { VARIANTS, workbookOf } from './to-xlsx.js';

/** Prints a workbook to PDF with LibreOffice Calc into outDir (each sheet on one page of its own size with singlePage); the PDF's path. */
export function printWorkbook(xlsx: string, outDir: string, options: { singlePage?: boolean } = {}): string {
  const filter = options.singlePage ? 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' : 'pdf:calc_pdf_Export';
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) throw new Error('soffice not found (apt install libreoffice-calc-nogui)');
  execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(tmpdir(), `juesuan-calc-profile-${process.pid}`)}`, '--convert-to', filter, '--outdir', outDir, xlsx], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pdf = join(outDir, `${basename(xlsx, extname(xlsx))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not print ${xlsx} (is Calc installed? apt install libreoffice-calc-nogui)`);
  return pdf;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'test/fixtures/calc-print'));
  await mkdir(outDir, { recursive: true });
  const tmp = await mkdtemp(join(tmpdir(), 'juesuan-calc-print-'));
  try {
    for (const sample of await listSamples()) {
      const layout = await readLayout(sample, new Uint8Array(await readFile(sample)));
      const name = basename(sample, extname(sample));
      for (const suffix of ['', 'yuan'] as const) {
        const bytes = workbookOf(layout, VARIANTS[suffix] as (typeof VARIANTS)[string], { printed: true });
        if (!bytes) continue;
        const xlsx = join(tmp, `${name}${suffix ? `.${suffix}` : ''}.calc.xlsx`);
        await writeFile(xlsx, bytes);
        const pdf = printWorkbook(xlsx, tmp);
        const out = join(outDir, basename(pdf));
        await rename(pdf, out);
        process.stdout.write(`${basename(sample)} → ${out}\n`);
      }
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
