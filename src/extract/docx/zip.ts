import { Inflate } from 'fflate';
import { JuesuanError, LIMITS } from '../../errors.js';

/**
 * A bounded ZIP reader for the few parts of a DOCX we need. It reads the central directory itself
 * (so a truncated file is noticed before anything is inflated), refuses entries whose declared size
 * or ratio is out of bounds, and inflates with fflate's streaming `Inflate` in small input chunks,
 * counting the bytes actually produced and aborting past the limit — a zip bomb that lies about its
 * sizes in the headers is stopped after at most one chunk's worth of output (≈ 1 MB per 1 KB input).
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The kind of OOXML package being read, for the messages (DOCX by default; XLSX uses the same reader). */
export interface ZipKind {
  name: string;
  ext: string;
  app: string;
}
export const DOCX_KIND: ZipKind = { name: 'DOCX', ext: '.docx', app: 'Word' };

/** Compressed bytes handed to the inflater per push: bounds the output of one push to ~8.3 MB (deflate's max ratio is ~1032:1). */
const INFLATE_CHUNK = 8 * 1024;
/** Below this size the compression ratio is not meaningful (small, repetitive XML compresses well). */
const RATIO_FLOOR = 1024 * 1024;

function u16(b: Uint8Array, o: number): number {
  return (b[o] as number) | ((b[o + 1] as number) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return ((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16) | ((b[o + 3] as number) << 24)) >>> 0;
}

function corrupt(file: string, what: string, kind: ZipKind): JuesuanError {
  return new JuesuanError(
    'CORRUPT_FILE',
    `文件 ${file} 不是完整有效的 ${kind.name}（ZIP）文件：${what}。文件可能在下载或复制时被截断或已损坏，请重新下载或用 ${kind.app} 重新另存为 ${kind.ext} 后再检查。`,
  );
}

/** Reads the central directory. Throws CORRUPT_FILE when it is missing or inconsistent (truncated files). */
export function readZipDirectory(bytes: Uint8Array, file: string, kind: ZipKind = DOCX_KIND): Map<string, ZipEntry> {
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(file, '找不到 ZIP 目录（文件末尾缺失）', kind);
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw corrupt(file, `ZIP64 格式的超大压缩包不是正常的 ${kind.name}`, kind);
  if (cdOffset + cdSize > eocd) throw corrupt(file, 'ZIP 目录位置超出文件范围', kind);
  const utf8 = new TextDecoder('utf-8');
  const cp437ish = new TextDecoder('latin1');
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) throw corrupt(file, 'ZIP 目录记录不完整', kind);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localHeaderOffset = u32(bytes, p + 42);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : cp437ish).decode(rawName).replace(/\\/g, '/').replace(/^\/+/, '');
    entries.set(name, { name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Shared budget for all parts read from one file (LIMITS.maxDocxUncompressed in total). */
export interface InflateBudget {
  remaining: number;
}

export function newBudget(): InflateBudget {
  return { remaining: LIMITS.maxDocxUncompressed };
}

function tooLarge(file: string, part: string, why: string, kind: ZipKind): JuesuanError {
  return new JuesuanError(
    'LIMIT_EXCEEDED',
    `文件 ${file} 中的 ${part} ${why}，疑似“压缩炸弹”或异常文件，已停止解压并拒绝处理。正常的决算公开 ${kind.name} 解压后只有几 MB；请确认文件来源，或用 ${kind.app} 打开后重新另存为 ${kind.ext}。`,
  );
}

/** Extracts one entry, bounded by the declared size, the compression ratio and the shared budget. */
export function extractEntry(bytes: Uint8Array, entry: ZipEntry, file: string, budget: InflateBudget, kind: ZipKind = DOCX_KIND): Uint8Array {
  const limitMb = LIMITS.maxDocxUncompressed / 1024 / 1024;
  if (entry.flags & 0x1) {
    throw new JuesuanError(
      'CORRUPT_FILE',
      `文件 ${file} 中的 ${entry.name} 已加密（ZIP 密码保护），无法读取。请取消密码保护后另存为 ${kind.ext} 再检查。`,
    );
  }
  const lh = entry.localHeaderOffset;
  if (lh + 30 > bytes.length || u32(bytes, lh) !== 0x04034b50) throw corrupt(file, `${entry.name} 的本地文件头缺失`, kind);
  // The sizes are written twice (directory and local header) unless a data descriptor follows the
  // data (flag bit 3). Out-of-bounds sizes that the two copies disagree on are a damaged header (a
  // flipped bit), not a bomb: a bomb says the same thing twice.
  const damaged = !(entry.flags & 0x8) && (u32(bytes, lh + 18) !== entry.compressedSize || u32(bytes, lh + 22) !== entry.uncompressedSize);
  const refuse = (why: string) =>
    damaged ? corrupt(file, `${entry.name} 在 ZIP 目录和本地文件头中记录的大小不一致（文件头已损坏）`, kind) : tooLarge(file, entry.name, why, kind);
  if (entry.uncompressedSize > budget.remaining) {
    throw refuse(`声明的解压后大小为 ${(entry.uncompressedSize / 1024 / 1024).toFixed(1)} MB，超过 ${limitMb} MB 的上限`);
  }
  const declaredRatio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > RATIO_FLOOR && declaredRatio > LIMITS.maxCompressionRatio) {
    throw refuse(`的压缩比高达 ${Math.round(declaredRatio)}:1，超过 ${LIMITS.maxCompressionRatio}:1 的上限`);
  }
  const start = lh + 30 + u16(bytes, lh + 26) + u16(bytes, lh + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(file, `${entry.name} 的压缩数据不完整`, kind);
  const data = bytes.subarray(start, end);

  // The bound on what may actually be produced: the budget, and the ratio against the real compressed size.
  // More than declared but within these is damaged data (a flipped bit), told apart below by the size.
  const ratioCap = Math.max(RATIO_FLOOR, entry.compressedSize * LIMITS.maxCompressionRatio);
  const cap = Math.min(budget.remaining, ratioCap);
  const over = (produced: number) =>
    produced > budget.remaining
      ? tooLarge(file, entry.name, `实际解压后超过 ${limitMb} MB 的上限`, kind)
      : tooLarge(file, entry.name, `实际压缩比超过 ${LIMITS.maxCompressionRatio}:1 的上限${produced > entry.uncompressedSize ? `（文件头声明只有 ${entry.uncompressedSize} 字节）` : ''}`, kind);

  let out: Uint8Array;
  if (entry.method === 0) {
    if (data.length > cap) throw over(data.length);
    out = data.slice();
  } else if (entry.method === 8) {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.length;
      if (produced > cap) throw over(produced);
      if (chunk.length) chunks.push(chunk);
      if (final) done = true;
    });
    try {
      for (let i = 0; i < data.length; i += INFLATE_CHUNK) {
        const last = i + INFLATE_CHUNK >= data.length;
        inflater.push(data.subarray(i, Math.min(i + INFLATE_CHUNK, data.length)), last);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof JuesuanError) throw e;
      throw corrupt(file, `${entry.name} 的压缩数据已损坏，无法解压`, kind);
    }
    if (!done) throw corrupt(file, `${entry.name} 的压缩数据不完整`, kind);
    out = new Uint8Array(produced);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
  } else {
    throw corrupt(file, `${entry.name} 使用了不支持的压缩方式（${entry.method}）`, kind);
  }
  if (out.length !== entry.uncompressedSize) throw corrupt(file, `${entry.name} 解压后的大小（${out.length} 字节）与目录记录（${entry.uncompressedSize} 字节）不符，数据已损坏`, kind);
  budget.remaining -= out.length;
  return out;
}
