/**
 * `npm run roundtrip`: what juesuan composes is consistent by construction, so every error or warning
 * `check` gives on it, in whatever form it reaches the checker, is a reading fault (or a composing one).
 * Each example (examples/*.yaml) is composed in every template at several sizes (its amounts ×1, ×99,
 * ×1000, exactly: wider figures, names wrapped over more lines, tables running over pages) and written
 * as DOCX, HTML and PDF (printed by LibreOffice); the HTML is printed by Chromium as well; both PDFs are
 * copied by `pdftotext` (-layout, plain, -raw) and the DOCX saved as text by LibreOffice. Every file is
 * checked and each error and warning listed, with a count per route at the end.
 *
 * Usage: npm run roundtrip [-- --example NAME] [--template NAME] [--scale 1,99,1000] [--keep DIR]
 * Needs soffice (libreoffice-writer-nogui), chromium and pdftotext (poppler-utils): a route whose tool is
 * missing is skipped and said so. It takes minutes. A measurement, like the benchmarks: exit code 0
 * whatever it finds.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { checkFile } from '../src/check.js';
import { compose } from '../src/compose/compose.js';
import { parseComposeInput } from '../src/compose/input.js';
import { templateNames } from '../src/compose/template.js';
import { renderFormat } from '../src/render/index.js';
import { CHROMIUM, SOFFICE, printWithChromium } from '../test/tools/make-pdf-corpus.js';
import { scaleComposeInput } from '../test/tools/scale-input.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PDFTOTEXT = process.env.PDFTOTEXT ?? 'pdftotext';
const run = promisify(execFile);

const { values } = parseArgs({
  options: { example: { type: 'string' }, template: { type: 'string' }, scale: { type: 'string', default: '1,99,1000' }, keep: { type: 'string' } },
});

const has = async (cmd: string) => existsSync(cmd) || (await run('sh', ['-c', `command -v ${cmd}`]).then(() => true, () => false));

/** The files of one composed document: each route's name and the file it made. */
async function routes(base: string, work: string, tools: { soffice: boolean; chromium: boolean; pdftotext: boolean }): Promise<[string, string][]> {
  const out: [string, string][] = [
    ['docx', `${base}.docx`],
    ['html', `${base}.html`],
  ];
  if (tools.soffice) out.push(['pdf', `${base}.pdf`]);
  if (tools.chromium) {
    await printWithChromium(`${base}.html`, `${base}.chromium.pdf`, work);
    out.push(['chromium.pdf', `${base}.chromium.pdf`]);
  }
  if (tools.pdftotext) {
    for (const [pdf, name] of [[`${base}.pdf`, 'pdf'], [`${base}.chromium.pdf`, 'chromium.pdf']] as const) {
      if (!existsSync(pdf)) continue;
      for (const [mode, args] of [['layout', ['-layout']], ['plain', []], ['raw', ['-raw']]] as const) {
        const txt = `${base}.${name}.${mode}.txt`;
        await run(PDFTOTEXT, [...args, pdf, txt]);
        out.push([`${name} → pdftotext ${mode}`, txt]);
      }
    }
  }
  if (tools.soffice) {
    // (LibreOffice names the text after the DOCX: saved apart so as not to overwrite another route's file.)
    const dir = join(work, 'lo-text');
    await mkdir(dir, { recursive: true });
    await run(SOFFICE, ['--headless', `-env:UserInstallation=file://${work}/lo-profile`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, `${base}.docx`], { timeout: 180_000 });
    out.push(['docx → LibreOffice text', join(dir, `${basename(base)}.txt`)]);
  }
  return out;
}

async function main(): Promise<void> {
  const tools = { soffice: await has(SOFFICE), chromium: await has(CHROMIUM), pdftotext: await has(PDFTOTEXT) };
  for (const [name, ok] of Object.entries(tools)) if (!ok) console.log(`（未找到 ${name}：其路线跳过）`);
  const examples = (await readdir(join(ROOT, 'examples'))).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).filter((e) => !values.example || e === values.example);
  const templates = templateNames().filter((t) => !values.template || t === values.template);
  const scales = (values.scale ?? '1').split(',').map(Number).filter((k) => Number.isInteger(k) && k > 0);
  const work = values.keep ? resolve(values.keep) : await mkdtemp(join(tmpdir(), 'juesuan-roundtrip-'));
  await mkdir(work, { recursive: true });
  const perRoute = new Map<string, { files: number; errors: number; warnings: number }>();
  try {
    for (const example of examples) {
      const text = await readFile(join(ROOT, 'examples', `${example}.yaml`), 'utf8');
      for (const k of scales) {
        const input = parseComposeInput(scaleComposeInput(text, k), `${example}×${k}`);
        for (const template of templates) {
          const doc = compose(input, { template });
          const base = join(work, `${example}-${template}-x${k}`);
          await writeFile(`${base}.docx`, await renderFormat(doc, 'docx'));
          await writeFile(`${base}.html`, await renderFormat(doc, 'html'));
          if (tools.soffice) await writeFile(`${base}.pdf`, await renderFormat(doc, 'pdf'));
          for (const [route, file] of await routes(base, work, tools)) {
            const report = await checkFile(file);
            const found = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
            const tally = perRoute.get(route) ?? { files: 0, errors: 0, warnings: 0 };
            tally.files++;
            tally.errors += found.filter((f) => f.severity === 'error').length;
            tally.warnings += found.filter((f) => f.severity === 'warning').length;
            perRoute.set(route, tally);
            for (const f of found) console.log(`${example} · ${template} · ×${k} · ${route}\t${f.severity}\t${f.rule}\t${f.message}`);
          }
        }
      }
    }
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
  console.log('\n| 路线 | 文件 | 错误 | 警告 |\n|---|---:|---:|---:|');
  for (const [route, t] of perRoute) console.log(`| ${route} | ${t.files} | ${t.errors} | ${t.warnings} |`);
}

await main();
