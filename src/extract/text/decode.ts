import { JuesuanError } from '../../errors.js';

/** A decoded text file: the encoding found and the bytes that could not be decoded (marked U+FFFD). */
export interface DecodedText {
  text: string;
  encoding: string;
  /** Places where bytes could not be decoded: each marked with U+FFFD in `text`. */
  invalid: number;
  /** 1-based lines of the first few such places. */
  invalidLines: number[];
}

/** The mark put where bytes could not be decoded. */
export const BAD_BYTES = '\ufffd';

/**
 * Undecodable places tolerated (marked and reported) in a file: a flipped byte or a cut through a
 * character. Past this share of the characters the file is not text in this encoding at all.
 */
const MAX_INVALID_SHARE = 0.01;
const MIN_INVALID_ALLOWED = 16;

/** Bytes looked at to guess the encoding. */
const SNIFF = 256 * 1024;

/** Legacy Chinese encodings tried when the bytes are not UTF-8; GB18030 covers GB2312 and GBK. */
const LEGACY = ['gb18030', 'big5'] as const;

/**
 * Decodes a text file whose encoding is not declared: a BOM (UTF-8, UTF-16, UTF-32, GB18030), then
 * the zero-byte pattern of BOM-less UTF-16/UTF-32, then UTF-8, then the legacy Chinese encoding
 * (GB18030 or Big5) whose reading looks most like Chinese. A few bytes that do not decode (a flipped
 * byte, a cut through a character) are marked with U+FFFD and counted, not fatal.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const bom = byBom(bytes);
  if (bom) return finish(decode(bytes.subarray(bom.skip), bom.encoding), file);
  const wide = wideEncoding(bytes);
  if (wide) return finish(decode(bytes, wide), file);
  assertNotBinary(bytes, file);
  const utf8 = decode(bytes, 'utf-8');
  if (utf8.invalid === 0) return finish(utf8, file);
  // Not clean UTF-8: a damaged UTF-8 file still has far more valid multi-byte sequences than errors.
  const candidates = [utf8, ...LEGACY.map((e) => decode(bytes, e))];
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  return finish(best, file);
}

interface Reading {
  text: string;
  encoding: string;
  invalid: number;
}

function byBom(b: Uint8Array): { encoding: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: 'utf-32le', skip: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return { encoding: 'gb18030', skip: 4 };
  return null;
}

/**
 * BOM-less UTF-16 or UTF-32, told by where the zero bytes fall: every character of Chinese text
 * in UTF-32 has two zero bytes, and its ASCII (digits, punctuation, line ends) one in UTF-16.
 */
function wideEncoding(b: Uint8Array): string | null {
  const n = Math.min(b.length, SNIFF) & ~3;
  if (n < 8) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) (zeros[i & 3] as number)++;
  const q = n / 4;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  // UTF-32: the high half of each code unit is zero (BMP text), LE at offsets 2–3, BE at 0–1.
  if (z2 > 0.9 * q && z3 > 0.9 * q) return 'utf-32le';
  if (z0 > 0.9 * q && z1 > 0.9 * q) return 'utf-32be';
  // UTF-16: zeros on one parity only, and many of them (ASCII in the text).
  const even = z0 + z2;
  const odd = z1 + z3;
  if (odd > 0.1 * (n / 2) && even < 0.02 * odd) return 'utf-16le';
  if (even > 0.1 * (n / 2) && odd < 0.02 * even) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array, encoding: string): Reading {
  const raw = encoding.startsWith('utf-32') ? decodeUtf32(bytes, encoding === 'utf-32le') : new TextDecoder(encoding).decode(bytes);
  // Control characters other than tab and line ends are damaged bytes too: marked the same way.
  const text = raw.replace(CONTROL, BAD_BYTES);
  return { text, encoding, invalid: countMarks(text) - realMarks(bytes, encoding) };
}

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** UTF-32 is not among the WHATWG decoders: code points read directly, invalid ones marked. */
function decodeUtf32(b: Uint8Array, le: boolean): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  const n = b.length & ~3;
  for (let i = 0; i < n; i += 4) {
    const cp = le
      ? ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16) | ((b[i + 3] as number) << 24)) >>> 0
      : (((b[i] as number) << 24) | ((b[i + 1] as number) << 16) | ((b[i + 2] as number) << 8) | (b[i + 3] as number)) >>> 0;
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (n < b.length) chunk.push(0xfffd); // a cut through the last character
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Places marked: a run of adjacent marks is one place (one flipped lead byte orphans the bytes after it). */
function countMarks(text: string): number {
  let n = 0;
  for (let i = text.indexOf(BAD_BYTES); i >= 0; i = text.indexOf(BAD_BYTES, i + 1)) if (text[i - 1] !== BAD_BYTES) n++;
  return n;
}

/** U+FFFD written in the file itself (UTF-8 EF BF BD) is text, not a decoding error (each counted as a place of its own). */
function realMarks(bytes: Uint8Array, encoding: string): number {
  if (encoding !== 'utf-8') return 0;
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/**
 * The characters most frequent in Chinese official prose (simplified, and the traditional forms of
 * the commonest): a right reading has many, a wrong one (GBK read as Big5, or the reverse) almost none.
 */
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果料象员位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处南给色门即保治北造百规热领七海口东导器压志世金增争济阶思术极交受联认六共权收证改清己美再采转更单风切打教速花带安场身车例真务具万每目至达走积示议声报完类八离华名确才科张信马节话米整空元况今集传土许步群广石记需段研界拉林律且究观越织装影算低持音众书布复容须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查型按格养易置层片始专状育厂识适属包住调满县局照参红细引听该价严預決算為個國們來時說對會發動經後過種產與當機關資計財務門項書條'
    .split(''),
);

/** How much a reading looks like Chinese text: common characters, less heavily counted undecodable places. */
function score(r: Reading): number {
  let common = 0;
  const n = Math.min(r.text.length, SNIFF);
  for (let i = 0; i < n; i++) if (COMMON.has(r.text[i] as string)) common++;
  return common - 20 * r.invalid;
}

function finish(r: Reading, file: string): DecodedText {
  const allowed = Math.max(MIN_INVALID_ALLOWED, r.text.length * MAX_INVALID_SHARE);
  if (r.invalid > allowed) {
    throw new JuesuanError(
      'CORRUPT_FILE',
      `无法识别文件编码：${file} 按 UTF-8、UTF-16、UTF-32、GB18030/GBK 或 Big5 读取都有大量（${r.invalid} 处）无法解码的字节，可能不是文本文件或已严重损坏。请确认文件类型，或用原软件另存为 UTF-8 编码的文本后重试。`,
    );
  }
  return { text: r.text, encoding: r.encoding, invalid: r.invalid, invalidLines: r.invalid ? linesOfMarks(r.text) : [] };
}

/** 1-based lines of the first `max` marked places. */
export function linesOfMarks(text: string, max = 5): number[] {
  const out: number[] = [];
  let line = 1;
  let from = 0;
  for (let i = text.indexOf(BAD_BYTES); i >= 0 && out.length < max; i = text.indexOf(BAD_BYTES, i + 1)) {
    for (let k = text.indexOf('\n', from); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) {
      line++;
      from = k + 1;
    }
    if (out[out.length - 1] !== line && text[i - 1] !== BAD_BYTES) out.push(line);
  }
  return out;
}

/** The note a reader adds when some bytes could not be decoded. */
export function badBytesNote(file: string, d: DecodedText): string | null {
  if (!d.invalid) return null;
  const where = d.invalidLines.length ? `（第 ${d.invalidLines.join('、')} 行${d.invalid > d.invalidLines.length ? '等' : ''}）` : '';
  return `${file}：有 ${d.invalid} 处字节无法按 ${d.encoding.toUpperCase()} 解码${where}，已用“${BAD_BYTES}”标出，其余内容照常检查；标出处的文字和数字未能检查。文件可能在复制或下载时受损，请核对原文件。`;
}

/**
 * Zero bytes are never in text of a one-byte encoding (UTF-16/32 were ruled out before): more than a
 * few, or many other control bytes, mean a binary file. A stray one is a damaged byte, marked below.
 */
function assertNotBinary(bytes: Uint8Array, file: string): void {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  let zero = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) zero++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (n > 0 && (zero > Math.max(4, n * 0.001) || (zero + control) / n > 0.02)) throw binary(file);
}

function binary(file: string): JuesuanError {
  return new JuesuanError(
    'BINARY_GARBAGE',
    `文件 ${file} 看起来是二进制数据而不是文本，无法按文本读取。请确认文件类型（PDF、DOCX、HTML 或 TXT）和扩展名是否一致。`,
  );
}
