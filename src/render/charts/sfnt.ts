import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * One face of a font collection (.ttc) as a font file of its own. resvg is handed font files only
 * and, given the whole Noto CJK collection (ten faces sharing one 15 MB CFF table), spends about
 * three times as long shaping each line of text as with the one face it uses; the face is copied
 * out once into the temporary directory and reused while the collection is unchanged.
 */

interface Face {
  offset: number;
  family: string | null;
}

/** The faces of a collection with their (English, Windows) family names; null when not a collection. */
function faces(data: Buffer): Face[] | null {
  if (data.length < 12 || data.toString('latin1', 0, 4) !== 'ttcf') return null;
  const n = data.readUInt32BE(8);
  if (n > 64 || 12 + 4 * n > data.length) return null;
  return Array.from({ length: n }, (_, i) => {
    const offset = data.readUInt32BE(12 + 4 * i);
    return { offset, family: familyAt(data, offset) };
  });
}

function tablesAt(data: Buffer, offset: number): { tag: string; checksum: number; offset: number; length: number }[] {
  const count = data.readUInt16BE(offset + 4);
  return Array.from({ length: count }, (_, i) => {
    const at = offset + 12 + 16 * i;
    return { tag: data.toString('latin1', at, at + 4), checksum: data.readUInt32BE(at + 4), offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) };
  });
}

function familyAt(data: Buffer, offset: number): string | null {
  const name = tablesAt(data, offset).find((t) => t.tag === 'name');
  if (!name) return null;
  const count = data.readUInt16BE(name.offset + 2);
  const strings = name.offset + data.readUInt16BE(name.offset + 4);
  let family: string | null = null;
  for (let i = 0; i < count; i++) {
    const r = name.offset + 6 + 12 * i;
    const [platform, , language, id, length, at] = [0, 2, 4, 6, 8, 10].map((o) => data.readUInt16BE(r + o)) as number[];
    if (platform !== 3 || language !== 0x409 || (id !== 1 && id !== 16)) continue;
    const utf16 = data.subarray(strings + (at as number), strings + (at as number) + (length as number));
    const text = Buffer.from(utf16).swap16().toString('utf16le');
    if (id === 16 || family == null) family = text; // 16 (typographic family) wins over 1
  }
  return family;
}

/** The (English, Windows) family name of a single font, or null. */
export function familyOf(data: Uint8Array): string | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.length);
  try {
    return buf.length >= 12 && buf.toString('latin1', 0, 4) !== 'ttcf' ? familyAt(buf, 0) : null;
  } catch {
    return null;
  }
}

/**
 * The index of the face named `family` in the font data: 0 for a single font, -1 when a collection
 * holds no face of that family.
 */
export function faceIndex(data: Buffer, family: string): number {
  const all = faces(data);
  return all ? all.findIndex((f) => f.family === family) : 0;
}

/** The font file of one face of `file`, by family name: `file` itself when it is not a collection. */
export function faceFile(file: string, family: string): string {
  if (!/\.(ttc|otc)$/i.test(file)) return file;
  try {
    const st = statSync(file);
    const dir = join(tmpdir(), 'juesuan-fonts');
    const out = join(dir, `${basename(file).replace(/\.\w+$/, '')}-${family.replace(/\W+/g, '_')}-${st.size}-${Math.floor(st.mtimeMs)}.otf`);
    if (existsSync(out)) return out;
    const data = readFileSync(file);
    const face = faces(data)?.find((f) => f.family === family);
    if (!face) return file;
    const version = data.readUInt32BE(face.offset);
    const tables = tablesAt(data, face.offset).sort((a, b) => (a.tag < b.tag ? -1 : 1));
    const head = Buffer.alloc(12 + 16 * tables.length);
    head.writeUInt32BE(version, 0);
    head.writeUInt16BE(tables.length, 4);
    const pow = 2 ** Math.floor(Math.log2(tables.length));
    head.writeUInt16BE(pow * 16, 6);
    head.writeUInt16BE(Math.log2(pow), 8);
    head.writeUInt16BE(tables.length * 16 - pow * 16, 10);
    const bodies: Buffer[] = [];
    let at = head.length;
    tables.forEach((t, i) => {
      const padded = Buffer.alloc(Math.ceil(t.length / 4) * 4);
      data.copy(padded, 0, t.offset, t.offset + t.length);
      head.write(t.tag, 12 + 16 * i, 'latin1');
      head.writeUInt32BE(t.checksum, 16 + 16 * i);
      head.writeUInt32BE(at, 20 + 16 * i);
      head.writeUInt32BE(t.length, 24 + 16 * i);
      bodies.push(padded);
      at += padded.length;
    });
    mkdirSync(dir, { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([head, ...bodies]));
    renameSync(tmp, out);
    return out;
  } catch {
    return file; // the collection itself still works, only slower
  }
}
