import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { copyFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JuesuanError } from '../src/errors.js';
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
  it.each(samples.map((s) => [basename(s), s] as const))('%s: DOCX, HTML, Word 97–2003 and RTF give the same findings, plain text adds none', async (_name, sample) => {
    const { docx } = await makeVariants(sample, join(dir, 'in'));
    const original = await checkFile(sample);
    // Word 97–2003 and RTF are read back through LibreOffice (src/extract/doc): the same findings.
    for (const [to, sub] of [['docx:MS Word 2007 XML', 'docx'], ['html', 'html'], ['doc:MS Word 97', 'doc'], ['rtf', 'rtf']] as const) {
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

describe.skipIf(!SOFFICE)('Word 97–2003 and RTF files', () => {
  let doc: string;
  beforeAll(async () => {
    const sample = samples[0] as string;
    const { docx } = await makeVariants(sample, join(dir, 'word97'));
    doc = convert(docx, 'doc:MS Word 97', join(dir, 'word97'));
  }, 120_000);

  it('a .doc saved under another name (.xls, .docx, .wps) is read as the Word document it is', async () => {
    const original = await checkFile(doc);
    expect(original.format).toBe('doc');
    expect(original.findings.length).toBeGreaterThan(0);
    for (const ext of ['xls', 'docx', 'wps']) {
      const renamed = join(dir, 'word97', `renamed.${ext}`);
      await copyFile(doc, renamed);
      const variant = await checkFile(renamed);
      expect({ ext, format: variant.format, lost: missingFrom(original.findings, variant.findings), gained: missingFrom(variant.findings, original.findings) }).toEqual({
        ext,
        format: 'doc',
        lost: [],
        gained: [],
      });
    }
  }, 120_000);

  it('says LibreOffice is needed, and how to do without it, where it is not installed', async () => {
    const saved = process.env.SOFFICE;
    process.env.SOFFICE = join(dir, 'no-such-soffice');
    try {
      const err = await checkFile(doc).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(JuesuanError);
      expect((err as JuesuanError).code).toBe('UNSUPPORTED_FORMAT');
      expect((err as JuesuanError).message).toMatch(/需要 LibreOffice.*另存为 \.docx/);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = saved;
    }
  });

  it('an RTF that LibreOffice cannot open is refused with what to do, nothing read', async () => {
    const bad = join(dir, 'broken.rtf');
    await writeFile(bad, '{\\rtf1 半截');
    const err = await checkFile(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JuesuanError);
    expect((err as JuesuanError).code).toBe('CORRUPT_FILE');
    expect((err as JuesuanError).message).toMatch(/broken\.rtf.*LibreOffice 未能打开/);
  }, 120_000);
});
