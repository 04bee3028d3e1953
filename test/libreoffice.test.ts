import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { missingFrom } from './tools/compare.js';
import { listSamples, makeVariants } from './tools/make-variants.js';

/*
 * The samples as a real word processor writes them: each sample's DOCX (written by test/tools) is
 * opened in LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run) and saved again
 * as DOCX, as HTML and as plain text. Without LibreOffice on the machine these tests are skipped,
 * and say so.
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const samples = await listSamples();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-lo-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function convert(file: string, to: string, outDir: string): string {
  execFileSync(SOFFICE as string, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', to, '--outdir', outDir, file], { stdio: 'ignore', timeout: 120_000 });
  return join(outDir, `${basename(file, '.docx')}.${to.split(':')[0]}`);
}

describe.skipIf(!SOFFICE)('each sample saved by LibreOffice', () => {
  it.each(samples.map((s) => [basename(s), s] as const))('%s: DOCX and HTML give the same findings, plain text adds none', async (_name, sample) => {
    const { docx } = await makeVariants(sample, join(dir, 'in'));
    const original = await checkFile(sample);
    for (const [to, sub] of [['docx:MS Word 2007 XML', 'docx'], ['html', 'html']] as const) {
      const out = convert(docx, to, join(dir, sub));
      const variant = await checkFile(out);
      expect({ to, lost: missingFrom(original.findings, variant.findings), gained: missingFrom(variant.findings, original.findings) }).toEqual({ to, lost: [], gained: [] });
    }
    // LibreOffice's text export writes one cell per line: tables are lost, nothing may be invented.
    const txt = convert(docx, 'txt:Text (encoded):UTF8', join(dir, 'txt'));
    expect((await readFile(txt, 'utf8')).length).toBeGreaterThan(1000);
    expect(missingFrom((await checkFile(txt)).findings, original.findings)).toEqual([]);
  }, 180_000);
});
