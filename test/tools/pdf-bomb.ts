import { Zlib } from 'fflate';

/**
 * A one-page PDF whose content stream inflates to `mb` megabytes of spaces (a decompression bomb):
 * about 1 kB of file per MB inflated. Made here (not downloaded) for the bounded-parse tests.
 */
export function pdfBomb(mb: number): Uint8Array {
  const stream = deflateChunks(mb);
  const enc = (s: string) => Buffer.from(s, 'latin1');
  const parts: Buffer[] = [enc('%PDF-1.4\n')];
  const offsets: number[] = [];
  let pos = parts[0]!.length;
  const add = (n: number, b: Buffer) => {
    offsets[n] = pos;
    parts.push(b);
    pos += b.length;
  };
  add(1, enc('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'));
  add(2, enc('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'));
  add(3, enc('3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n'));
  add(4, Buffer.concat([enc(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, enc('\nendstream\nendobj\n')]));
  let xref = 'xref\n0 5\n0000000000 65535 f \n';
  for (let n = 1; n <= 4; n++) xref += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  parts.push(enc(`${xref}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${pos}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** zlib-wrapped (as FlateDecode wants) deflate of `mb` MB of spaces, fed a megabyte at a time. */
function deflateChunks(mb: number): Buffer {
  const out: Uint8Array[] = [];
  const z = new Zlib({ level: 9 }, (chunk) => out.push(chunk));
  const spaces = new Uint8Array(1 << 20).fill(0x20);
  for (let i = 0; i < mb; i++) z.push(spaces, i === mb - 1);
  return Buffer.concat(out);
}
