import { JuesuanError } from '../../errors.js';

/**
 * Decodes a text file whose encoding is not declared: BOMs first, then strict UTF-8, then GB18030
 * (a superset of GBK and GB2312, which Chinese government sites still publish in).
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  assertNotBinary(bytes, file);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch (cause) {
      throw new JuesuanError(
        'CORRUPT_FILE',
        `无法识别文件编码：${file} 既不是 UTF-8 也不是 GB18030/GBK 文本。请另存为 UTF-8 编码后重试。`,
        { cause },
      );
    }
  }
}

/** Control bytes (other than tab, CR, LF, FF) are rare in text and common in binaries. */
function assertNotBinary(bytes: Uint8Array, file: string): void {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) {
      throw binary(file);
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (n > 0 && control / n > 0.02) throw binary(file);
}

function binary(file: string): JuesuanError {
  return new JuesuanError(
    'BINARY_GARBAGE',
    `文件 ${file} 看起来是二进制数据而不是文本，无法按文本读取。请确认文件类型（PDF、DOCX、HTML 或 TXT）和扩展名是否一致。`,
  );
}
