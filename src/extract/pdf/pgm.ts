import { JuesuanError } from '../../errors.js';

/**
 * Binary PGM (netpbm P5), the grey image `pdftoppm -gray` writes by default. Hand-written because the
 * format is a text header and raw bytes: an image-decoding dependency (a PNG decoder, sharp) would add
 * code, or native binaries, to read what is already raw pixels. Tesseract reads PGM as well, so one
 * rendering serves both recognition and ruling detection.
 */
export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row from the top-left, 0 black to 255 white. */
  data: Uint8Array;
}

/** Decodes a binary PGM; 16-bit samples are reduced to 8 bits. */
export function parsePgm(bytes: Uint8Array): GrayImage {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && isSpace(bytes[pos] as number)) pos++;
      // '#' starts a comment that runs to the end of its line.
      if (bytes[pos] !== 0x23) break;
      while (pos < bytes.length && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !isSpace(bytes[pos] as number) && bytes[pos] !== 0x23) pos++;
    // A header field is a few digits: a longer token is garbage, cut before it is turned into a string.
    return String.fromCharCode(...bytes.subarray(start, Math.min(pos, start + 16)));
  };
  if (token() !== 'P5') throw new JuesuanError('CORRUPT_FILE', '页面图像不是二进制 PGM 灰度图（缺少 P5 标记）。');
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  if (![width, height, maxval].every((n) => Number.isInteger(n) && n > 0) || maxval > 65535) {
    throw new JuesuanError('CORRUPT_FILE', '页面图像的 PGM 头部无法识别（宽、高或最大灰度值无效）。');
  }
  // Exactly one whitespace byte separates the header from the samples.
  pos++;
  const wide = maxval > 255;
  const need = width * height * (wide ? 2 : 1);
  if (bytes.length - pos < need) throw new JuesuanError('CORRUPT_FILE', `页面图像不完整：PGM 应有 ${need} 字节像素数据，只有 ${Math.max(0, bytes.length - pos)} 字节。`);
  // A plain view, even of a Buffer (whose slice() would not copy).
  if (!wide && maxval === 255) return { width, height, data: new Uint8Array(bytes.buffer, bytes.byteOffset + pos, need) };
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) {
    const v = wide ? ((bytes[pos + 2 * i] as number) << 8) | (bytes[pos + 2 * i + 1] as number) : (bytes[pos + i] as number);
    data[i] = Math.round((v * 255) / maxval);
  }
  return { width, height, data };
}

/** A rectangle of pixels: columns x1..x2 and rows y1..y2, ends excluded. */
export interface PixelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Paints the image white inside the boxes, or everywhere outside them (`outside`), in place. */
export function whiten(img: GrayImage, boxes: readonly PixelBox[], outside = false): void {
  const { width, height, data } = img;
  const clip = boxes.map((b) => ({
    x1: Math.max(0, Math.floor(b.x1)),
    x2: Math.min(width, Math.ceil(b.x2)),
    y1: Math.max(0, Math.floor(b.y1)),
    y2: Math.min(height, Math.ceil(b.y2)),
  }));
  for (let y = 0; y < height; y++) {
    const spans = clip.filter((b) => y >= b.y1 && y < b.y2 && b.x2 > b.x1).sort((a, b) => a.x1 - b.x1);
    const row = y * width;
    if (!outside) {
      for (const b of spans) data.fill(255, row + b.x1, row + b.x2);
      continue;
    }
    let x = 0;
    for (const b of spans) {
      if (b.x1 > x) data.fill(255, row + x, row + b.x1);
      x = Math.max(x, b.x2);
    }
    if (x < width) data.fill(255, row + x, row + width);
  }
}

/** Encodes a grey image as binary PGM (for tests and debugging). */
export function toPgm(img: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head);
  out.set(img.data, head.length);
  return out;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0b || b === 0x0c;
}

/** The image turned clockwise by a quarter turns (90, 180 or 270 degrees; anything else: a copy). */
export function rotate(img: GrayImage, degrees: number): GrayImage {
  const { width: w, height: h, data } = img;
  const turns = (((Math.round(degrees / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
  if (turns === 0) return { width: w, height: h, data: new Uint8Array(data) };
  const out = new Uint8Array(data.length);
  if (turns === 2) {
    for (let i = 0, n = data.length; i < n; i++) out[n - 1 - i] = data[i] as number;
    return { width: w, height: h, data: out };
  }
  // A quarter turn: the new image is h wide and w tall.
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      // Clockwise: (x, y) → (h − 1 − y, x); anticlockwise: (x, y) → (y, w − 1 − x).
      const target = turns === 1 ? x * h + (h - 1 - y) : (w - 1 - x) * h + y;
      out[target] = data[row + x] as number;
    }
  }
  return { width: h, height: w, data: out };
}
