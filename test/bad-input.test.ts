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
import { encodeBig5, encodeUtf32 } from './tools/legacy-encodings.js';
import { rawJsText } from './fuzz/harness.js';
import { decodeText } from '../src/extract/text/decode.js';
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
  expect(rawJsText(e.message, file), e.message).toBeNull();
  if (also) expect(e.message).toMatch(also);
  return e;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const ROOT = join(import.meta.dirname, '..');

/** Offsets of a ZIP entry's central-directory record and local header. */
function zipOffsets(zip: Uint8Array, name: string): { central: number; local: number } {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const enc = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (v.getUint32(i, true) === 0x02014b50 && v.getUint16(i + 28, true) === enc.length && enc.every((b, k) => zip[i + 46 + k] === b)) {
      return { central: i, local: v.getUint32(i + 42, true) };
    }
  }
  throw new Error(`no ${name}`);
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

  it('a text with no words: the form feeds that pdftotext gives for a scanned PDF, or page numbers alone', async () => {
    await expectError(await write('scan-copied.txt', '\f\f\f\f'), 'EMPTY_FILE', /没有可检查的文字.*扫描版 PDF/);
    await expectError(await write('page-numbers.txt', '\f- 1 -\f- 2 -\f3\n'), 'EMPTY_FILE', /只有空白、分页符、数字或标点/);
    await expectError(await write('blank.html', '<html><body><p>&nbsp;</p><table><tr><td>12.5</td></tr></table></body></html>'), 'EMPTY_FILE', /没有可检查的文字/);
  });

  it('one word is a text to check, however short', async () => {
    const file = await write('one-line.txt', '\f2024年度\f');
    const result = await checkFile(file);
    expect(result.findings.length).toBeGreaterThan(0);
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

  it('an OLE compound file without a Word text stream, named .doc or .docx', async () => {
    const ole = randomBytes(4_096, 5);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // Never handed to LibreOffice, which would read the bytes as text.
    await expectError(await write('old.doc', ole), 'CORRUPT_FILE', /不是 Word 文档/);
    // Told apart from an encrypted DOCX.
    await expectError(await write('renamed.docx', ole), 'UNSUPPORTED_FORMAT', /OLE 复合文档/);
  });

  it('a .doc or .rtf that is not one', async () => {
    await expectError(await write('notes.doc', '这不是 Word 文档'), 'CORRUPT_FILE', /不是有效的 DOC/);
    await expectError(await write('notes.rtf', '这不是 RTF'), 'CORRUPT_FILE', /不是有效的 RTF/);
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

  it('a DOCX with thousands of nested unclosed tables is refused at once for its nesting', async () => {
    const xml = `<w:document ${W}><w:body>${Array.from({ length: 5_000 }, (_, i) => `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
    const file = await write('nested-tables.docx', zipSync({ 'word/document.xml': new TextEncoder().encode(xml) }));
    await expectError(file, 'LIMIT_EXCEEDED', /嵌套超过 512 层/);
  });

  it('an HTML table with a huge colspan is refused before it is spread into a grid', async () => {
    const row = `<tr>${'<td colspan="1000" rowspan="65534">1</td>'.repeat(60)}</tr>`;
    const file = await write('huge-span.html', `<html><body><table>${row.repeat(60)}</table></body></html>`);
    await expectError(file, 'LIMIT_EXCEEDED', /第 1 个表格.*合并单元格.*超过 1000000 个格子/);
  });

  it('a PDF cut short or with a broken cross-reference table gets a Chinese message, no parser text', async () => {
    const pdf = new Uint8Array(await readFile(join(ROOT, 'test/corpus/pdf/guangyuan-city-2024.libreoffice.pdf')));
    await expectError(await write('cut.pdf', pdf.subarray(0, 2000)), 'CORRUPT_FILE', /PDF/);
    const broken = pdf.slice();
    const text = new TextDecoder('latin1').decode(broken);
    for (let at = text.indexOf(' obj'); at >= 0; at = text.indexOf(' obj', at + 1)) broken.fill(0x20, at - 3, at + 4);
    await expectError(await write('no-objects.pdf', broken), 'CORRUPT_FILE', /PDF/);
  });

  it('a truncated XLS gets a Chinese message, not SheetJS\'s JavaScript error', async () => {
    const xls = new Uint8Array(await readFile(join(ROOT, 'test/corpus/xlsx/rongcheng-city-2024.yuan.xls')));
    await expectError(await write('cut.xls', xls.subarray(0, 14_335)), 'CORRUPT_FILE', /XLS.*损坏/);
  });

  it('one flipped bit in a DOCX size field is a damaged header, not a zip bomb', async () => {
    const docx = await sampleDocx();
    const { central } = zipOffsets(docx, 'word/document.xml');
    const flipped = docx.slice();
    flipped[central + 27] = (flipped[central + 27] as number) ^ 0x40; // uncompressed size += 1 GB
    const e = await expectError(await write('flipped-size.docx', flipped), 'CORRUPT_FILE', /大小不一致/);
    expect(e.message).not.toMatch(/炸弹/);
  });

  it('flipped bits in a DOCX part\'s compressed data are damaged data, not a zip bomb', async () => {
    const docx = await sampleDocx();
    const { local } = zipOffsets(docx, 'word/document.xml');
    const v = new DataView(docx.buffer, docx.byteOffset);
    const data = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    for (const k of [100, 2000, 5000]) {
      const flipped = docx.slice();
      flipped[data + k] = (flipped[data + k] as number) ^ 0x10;
      const e = await checkFile(await write(`flipped-data-${k}.docx`, flipped)).then(() => null, (x: unknown) => x as JuesuanError);
      // Deflate may still decode a damaged stream; what it must never be called is a bomb.
      if (e) {
        expect(e.code).toBe('CORRUPT_FILE');
        expect(e.message).not.toMatch(/炸弹/);
      }
    }
  });

  describe('text that does not decode cleanly', () => {
    const original = join(SAMPLES_DIR, 'changji-prefecture-2024.txt');
    it('one flipped byte is marked and reported, and the rest is checked', async () => {
      const bytes = new Uint8Array(await readFile(original));
      const at = bytes.indexOf(0xe9, 4000); // the lead byte of a Chinese character
      bytes[at] = 0xff;
      const r = await checkFile(await write('flipped.txt', bytes));
      const a = await checkFile(original);
      expect(r.coverage.unread.join('\n')).toMatch(/有 1 处字节无法按 UTF-8 解码（第 \d+ 行），已用“\ufffd”标出/);
      expect(r.facts).toEqual(a.facts);
      expect(r.findings.length).toBeGreaterThan(0);
    });

    it('a cut through the last character is marked, not fatal', async () => {
      const bytes = new Uint8Array(await readFile(original));
      const r = await checkFile(await write('cut-char.txt', bytes.subarray(0, bytes.lastIndexOf(0xe4) + 1)));
      expect(r.coverage.unread.join('\n')).toMatch(/1 处字节无法按 UTF-8 解码/);
    });

    it('mostly undecodable bytes are still refused', async () => {
      const junk = randomBytes(20_000, 9).map((b) => (b < 0x20 ? b | 0x80 : b));
      await expectError(await write('junk.txt', junk), 'CORRUPT_FILE', /无法识别文件编码/);
    });

    it('UTF-32 without a BOM, and UTF-16 without one, give the same findings as UTF-8', async () => {
      const text = await readFile(original, 'utf8');
      const a = await checkFile(original);
      for (const [name, bytes] of [
        ['utf32le.txt', encodeUtf32(text, true)],
        ['utf32be-bom.txt', encodeUtf32(text, false, true)],
        ['utf16le.txt', new Uint8Array(Buffer.from(text, 'utf16le'))],
      ] as const) {
        const b = await checkFile(await write(name, bytes));
        expect(b.findings.map(findingKey).sort(), name).toEqual(a.findings.map(findingKey).sort());
        expect(b.coverage.unread, name).toEqual(a.coverage.unread);
      }
    });

    it('Big5 is read as Big5, not as GB18030 garbage', () => {
      const text = '部門決算收入支出總表\n本年收入合計一百二十萬元，比上年增加十萬元，主要原因是人員經費增加。\n';
      const d = decodeText(encodeBig5(text), 'big5.txt');
      expect(d.encoding).toBe('big5');
      expect(d.text).toBe(text);
      expect(decodeText(encodeGb18030(text.replace('部門決算', '部门决算')), 'gb.txt').encoding).toBe('gb18030');
    });
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
