import { execFile } from 'node:child_process';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { JuesuanError, type JuesuanErrorCode, LIMITS } from '../src/errors.js';
import { readLayout } from '../src/extract/index.js';
import { findingKey } from './tools/compare.js';
import { encodeGb18030 } from './tools/gb18030.js';
import { SAMPLES_DIR } from './tools/make-variants.js';
import { toDocx } from './tools/to-docx.js';
import { toHtml } from './tools/to-html.js';
import { forgeSize, zipBomb } from './tools/zip.js';
import '../src/extract/register.js';

/*
 * Hostile and broken input: each case must end in a JuesuanError with a stable code and a Chinese
 * message that names the file — never a crash, a hang or unbounded memory.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Deterministic pseudo-random bytes (mulberry32). */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  // Make sure no magic number (PK, %PDF, OLE) is hit by chance.
  out[0] = 0x00;
  return out;
}

async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return file;
}

async function expectError(file: string, code: JuesuanErrorCode, also?: RegExp): Promise<JuesuanError> {
  const err = await checkFile(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `${file} should be rejected`).toBeInstanceOf(JuesuanError);
  const e = err as JuesuanError;
  expect(e.code).toBe(code);
  expect(e.message).toMatch(/[\u4e00-\u9fa5]{4}/);
  expect(e.message).toContain(file);
  if (also) expect(e.message).toMatch(also);
  return e;
}

async function sampleDocx(): Promise<Uint8Array> {
  const file = join(SAMPLES_DIR, 'guangyuan-city-2024.txt');
  return toDocx(await readLayout(file, new Uint8Array(await readFile(file))));
}

describe('bad input', () => {
  it('an empty file', async () => {
    await expectError(await write('empty.txt', ''), 'EMPTY_FILE', /空文件/);
    await expectError(await write('empty.docx', ''), 'EMPTY_FILE');
  });

  it('binary garbage named .txt', async () => {
    await expectError(await write('garbage.txt', randomBytes(20_000, 1)), 'BINARY_GARBAGE', /二进制/);
  });

  it('binary garbage named .docx', async () => {
    await expectError(await write('garbage.docx', randomBytes(20_000, 2)), 'CORRUPT_FILE', /不是有效的 DOCX/);
  });

  it('binary garbage named .html', async () => {
    await expectError(await write('garbage.html', randomBytes(20_000, 3)), 'BINARY_GARBAGE');
  });

  it('an unsupported type: .exe', async () => {
    await expectError(await write('setup.exe', randomBytes(4_000, 4)), 'UNSUPPORTED_FORMAT', /不支持/);
  });

  it('an unsupported type: old Word .doc (OLE compound file)', async () => {
    const ole = randomBytes(4_096, 5);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectError(await write('old.doc', ole), 'UNSUPPORTED_FORMAT', /\.docx/);
    // A renamed .doc with a .docx name is told apart from an encrypted DOCX.
    await expectError(await write('renamed.docx', ole), 'UNSUPPORTED_FORMAT', /旧版 Word/);
  });

  it('an encrypted DOCX (OLE container with EncryptedPackage)', async () => {
    const ole = randomBytes(8_192, 6);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    ole.set(name, 0x400);
    await expectError(await write('protected.docx', ole), 'CORRUPT_FILE', /文件已加密/);
  });

  it('a truncated DOCX (a real one cut in half)', async () => {
    const docx = await sampleDocx();
    await expectError(await write('truncated.docx', docx.subarray(0, docx.length >> 1)), 'CORRUPT_FILE', /截断/);
  });

  it('a ZIP that is not a Word document', async () => {
    const zip = zipSync({ 'hello.txt': new TextEncoder().encode('你好') });
    await expectError(await write('not-word.docx', zip), 'CORRUPT_FILE', /word\/document\.xml/);
  });

  it('a DOCX whose document.xml is not XML', async () => {
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body><w:p>') });
    await expectError(await write('bad-xml.docx', zip), 'CORRUPT_FILE', /XML/);
  });

  describe('zip bombs', () => {
    const size = LIMITS.maxDocxUncompressed + 8 * 1024 * 1024;
    let bomb: Uint8Array;
    beforeAll(() => {
      bomb = zipBomb(size);
      expect(bomb.length).toBeLessThan(1024 * 1024);
    });

    async function measure(file: string): Promise<{ code: string | null; message: string; rssGrowth: number }> {
      // A fresh process, so the peak RSS is this read's alone (test workers share one process).
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'tools/measure-read.ts'), file],
        { cwd: join(import.meta.dirname, '..'), maxBuffer: 1 << 20 },
      );
      return JSON.parse(stdout.trim().split('\n').pop() as string);
    }

    it('declaring its real size is refused before inflating', async () => {
      const file = await write('bomb.docx', bomb);
      await expectError(file, 'LIMIT_EXCEEDED', /压缩炸弹/);
      const r = await measure(file);
      expect(r.code).toBe('LIMIT_EXCEEDED');
      expect(r.rssGrowth).toBeLessThan(300 * 1024 * 1024);
    });

    it('lying about its size is stopped while inflating, with memory bounded', async () => {
      const file = await write('forged-bomb.docx', forgeSize(bomb, 'word/document.xml', 1000));
      await expectError(file, 'LIMIT_EXCEEDED', /word\/document\.xml/);
      const r = await measure(file);
      expect(r.code).toBe('LIMIT_EXCEEDED');
      expect(r.message).toContain('forged-bomb.docx');
      expect(r.rssGrowth).toBeLessThan(300 * 1024 * 1024);
    });
  });

  it('a GB18030-encoded copy of a sample gives the same findings as the UTF-8 original', async () => {
    const original = join(SAMPLES_DIR, 'changji-prefecture-2024.txt');
    const text = await readFile(original, 'utf8');
    const file = await write('changji-gb18030.txt', encodeGb18030(text));
    expect((await readFile(file)).length).toBeLessThan(Buffer.byteLength(text));
    const a = await checkFile(original);
    const b = await checkFile(file);
    expect(b.findings.map(findingKey).sort()).toEqual(a.findings.map(findingKey).sort());
    expect(b.facts).toEqual(a.facts);
  });

  it('a GB2312-declared HTML page gives the same findings as the UTF-8 page', async () => {
    const original = join(SAMPLES_DIR, 'guangyuan-city-2024.txt');
    const html = toHtml(await readLayout(original, new Uint8Array(await readFile(original))));
    const utf8 = await write('guangyuan.html', html);
    const gbk = await write('guangyuan-gb2312.html', encodeGb18030(html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')));
    const a = await checkFile(utf8);
    const b = await checkFile(gbk);
    expect(b.findings.map(findingKey).sort()).toEqual(a.findings.map(findingKey).sort());
    expect(b.facts).toEqual(a.facts);
  });

  it('a 50 MB text file is refused with LIMIT_EXCEEDED', async () => {
    const file = join(dir, 'huge.txt');
    const fh = await open(file, 'w');
    const line = Buffer.from(`${'二〇二四年度部门决算收入支出总表合计金额'.repeat(10)}\n`);
    const chunk = Buffer.concat(Array.from({ length: 1024 }, () => line));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) await fh.write(chunk);
    await fh.close();
    await expectError(file, 'LIMIT_EXCEEDED', /超过/);
  });
});
