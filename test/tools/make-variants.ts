// Writes each sample as DOCX and HTML, built from the layout the text reader reads from it.
// Usage: npx tsx test/tools/make-variants.ts [OUTDIR]   (default test/artifacts/variants, git-ignored)
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLayout } from '../../src/extract/index.js';
import { toDocx } from './to-docx.js';
import { asWordHtml, toHtml, withSiteChrome } from './to-html.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const SAMPLES_DIR = join(ROOT, 'samples');

export async function listSamples(): Promise<string[]> {
  return (await readdir(SAMPLES_DIR))
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => join(SAMPLES_DIR, f));
}

/** Writes NAME.docx and NAME.html for one sample into outDir; returns their paths. */
export async function makeVariants(sample: string, outDir: string): Promise<{ docx: string; html: string; webPage: string; wordHtml: string }> {
  const layout = await readLayout(sample, new Uint8Array(await readFile(sample)));
  const name = basename(sample, extname(sample));
  const docx = join(outDir, `${name}.docx`);
  const html = join(outDir, `${name}.html`);
  const webPage = join(outDir, `${name}.web.html`);
  const wordHtml = join(outDir, `${name}.word.html`);
  await mkdir(outDir, { recursive: true });
  await writeFile(docx, await toDocx(layout));
  await writeFile(html, toHtml(layout, name));
  await writeFile(webPage, withSiteChrome(toHtml(layout, name)));
  await writeFile(wordHtml, asWordHtml(toHtml(layout, name)));
  return { docx, html, webPage, wordHtml };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'test/artifacts/variants'));
  for (const s of await listSamples()) {
    const { docx, html } = await makeVariants(s, outDir);
    process.stdout.write(`${basename(s)} → ${docx}, ${html}\n`);
  }
}
