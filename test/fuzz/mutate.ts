import { unzipSync, zipSync } from 'fflate';
import { pdfBomb } from '../tools/pdf-bomb.js';
import { zipBomb } from '../tools/zip.js';
import type { BaseFile } from './corpus.js';
import type { Random } from './random.js';

/** A mutated file: its name (extension decides the reader as for a user's file) and bytes. */
export interface Mutant {
  name: string;
  bytes: Uint8Array;
  /** What was done, enough to tell the class of a failure. */
  mutation: string;
}

type Mutator = (b: BaseFile, r: Random) => { bytes: Uint8Array; detail: string; ext?: string } | null;

const enc = new TextEncoder();
const EXTENSIONS = ['.txt', '.md', '.html', '.mht', '.docx', '.pdf', '.xlsx', '.xls', '.csv'];

const flipBits: Mutator = (b, r) => {
  const out = b.bytes.slice();
  const n = r.int(1, 4);
  const at: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = r.int(0, out.length - 1);
    out[i] = (out[i] as number) ^ (1 << r.int(0, 7));
    at.push(i);
  }
  return { bytes: out, detail: `bits flipped at ${at.join(',')}` };
};

const overwrite: Mutator = (b, r) => {
  const out = b.bytes.slice();
  const i = r.int(0, out.length - 1);
  const junk = r.bytes(Math.min(r.int(1, 64), out.length - i));
  out.set(junk, i);
  return { bytes: out, detail: `${junk.length} bytes overwritten at ${i}` };
};

const truncate: Mutator = (b, r) => {
  const at = r.int(1, b.bytes.length - 1);
  return { bytes: b.bytes.slice(0, at), detail: `cut at ${at} of ${b.bytes.length}` };
};

const insert: Mutator = (b, r) => {
  const at = r.int(0, b.bytes.length);
  const junk = r.next() < 0.5 ? r.bytes(r.int(1, 256)) : enc.encode(r.pick(['<', '</w:tbl>', '<table>', '"', '\u0000', '%%EOF', 'endobj', 'PK\u0003\u0004', '\ufeff']).repeat(r.int(1, 50)));
  const out = new Uint8Array(b.bytes.length + junk.length);
  out.set(b.bytes.subarray(0, at));
  out.set(junk, at);
  out.set(b.bytes.subarray(at), at + junk.length);
  return { bytes: out, detail: `${junk.length} bytes inserted at ${at}` };
};

const duplicate: Mutator = (b, r) => {
  const from = r.int(0, b.bytes.length - 1);
  const len = Math.min(r.int(1, 4096), b.bytes.length - from);
  const times = r.int(2, 200);
  const piece = b.bytes.subarray(from, from + len);
  const out = new Uint8Array(b.bytes.length + len * (times - 1));
  out.set(b.bytes.subarray(0, from + len));
  for (let k = 1; k < times; k++) out.set(piece, from + len * k);
  out.set(b.bytes.subarray(from + len), from + len * times);
  return { bytes: out, detail: `${len} bytes at ${from} repeated ${times} times` };
};

const swapExtension: Mutator = (b, r) => {
  const ext = r.pick(EXTENSIONS);
  return { bytes: b.bytes, detail: `renamed to ${ext}`, ext };
};

/** A number in the file made huge (a PDF /Count or /Length, a span, a size). */
const hugeNumber: Mutator = (b, r) => {
  const text = new TextDecoder('latin1').decode(b.bytes);
  const re = /\d+/g;
  const spots: number[] = [];
  for (let m = re.exec(text); m && spots.length < 5000; m = re.exec(text)) spots.push(m.index);
  if (!spots.length) return null;
  const at = r.pick(spots);
  const end = at + (/^\d+/.exec(text.slice(at))?.[0].length ?? 1);
  const big = r.pick(['2147483647', '4294967296', '99999999999999999999', '-1', '0', '1e308']);
  return { bytes: splice(b.bytes, at, end, enc.encode(big)), detail: `number at ${at} set to ${big}` };
};

/** Bytes of one ZIP entry's compressed data damaged, headers left alone. */
const zipEntryData: Mutator = (b, r) => {
  const entries = localEntries(b.bytes);
  if (!entries.length) return null;
  const e = r.pick(entries);
  if (e.size === 0) return null;
  const out = b.bytes.slice();
  const n = r.int(1, 8);
  for (let k = 0; k < n; k++) {
    const i = e.data + r.int(0, e.size - 1);
    out[i] = (out[i] as number) ^ (1 << r.int(0, 7));
  }
  return { bytes: out, detail: `${n} bits flipped in the data of ${e.name}` };
};

/** A header field of one ZIP entry damaged (sizes, method, offsets). */
const zipEntryHeader: Mutator = (b, r) => {
  const entries = localEntries(b.bytes);
  if (!entries.length) return null;
  const e = r.pick(entries);
  const out = b.bytes.slice();
  const field = r.pick([8, 14, 18, 22, 26, 28]);
  const i = e.header + field + r.int(0, 1);
  out[i] = r.int(0, 255);
  return { bytes: out, detail: `local header of ${e.name} changed at +${field}` };
};

/** One XML part rewritten: closing tags dropped, an element repeated, a span made huge. */
const zipXml: Mutator = (b, r) => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(b.bytes);
  } catch {
    return null;
  }
  const names = Object.keys(files).filter((n) => n.endsWith('.xml'));
  if (!names.length) return null;
  const name = r.pick(names);
  const xml = new TextDecoder().decode(files[name]);
  const kind = r.int(0, 3);
  let changed: string;
  if (kind === 0) changed = xml.replace(/<\/[\w:]+>/g, (m) => (r.next() < 0.3 ? '' : m));
  else if (kind === 1) changed = xml.replace(/(w:val|ref|r)="([A-Z]*)\d+/g, (m, a: string, c: string) => (r.next() < 0.2 ? `${a}="${c}999999999` : m));
  else if (kind === 2) changed = xml.replace(/<w:gridSpan w:val="\d+"/g, '<w:gridSpan w:val="4000"').replace(/<mergeCell ref="[^"]+"/g, '<mergeCell ref="A1:XFD1048576"');
  else {
    const at = r.int(0, xml.length);
    changed = xml.slice(0, at) + '<w:tbl><w:tr><w:tc><w:p>'.repeat(r.int(100, 5000)) + xml.slice(at);
  }
  files[name] = enc.encode(changed);
  return { bytes: zipSync(files), detail: `${name} rewritten (${['closing tags dropped', 'references made huge', 'spans made huge', 'nested unclosed tables'][kind]})` };
};

const bomb: Mutator = (b, r) => {
  switch (b.format) {
    case 'docx':
    case 'xlsx':
      return { bytes: zipBomb(r.int(70, 300) * 1024 * 1024), detail: 'zip bomb' };
    case 'pdf':
      return { bytes: pdfBomb(r.int(64, 512)), detail: 'PDF stream bomb' };
    case 'html': {
      const kind = r.int(0, 2);
      const html =
        kind === 0
          ? `<html><body>${'<div>'.repeat(r.int(2000, 200_000))}深`
          : kind === 1
            ? `<table>${`<tr>${'<td colspan="1000" rowspan="65534">1</td>'.repeat(r.int(10, 300))}</tr>`.repeat(r.int(10, 300))}</table>`
            : `<table>${'<tr><td><table>'.repeat(r.int(1000, 20_000))}`;
      return { bytes: enc.encode(html), detail: ['deep nesting', 'huge spans', 'nested unclosed tables'][kind] as string };
    }
    case 'text': {
      const line = '二〇二四年度部门决算收入支出总表\t'.repeat(r.int(1, 2000));
      return { bytes: enc.encode(`${line}\n`.repeat(r.int(1, 3000))), detail: 'long tab rows' };
    }
    default:
      return null;
  }
};

/** Re-encoded text: UTF-16/UTF-32 with and without a BOM, cut through a character. */
const reencode: Mutator = (b, r) => {
  if (b.format !== 'text' && b.format !== 'html') return null;
  const text = new TextDecoder().decode(b.bytes);
  const kind = r.pick(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'] as const);
  const bom = r.next() < 0.5;
  const cps = [...(bom ? '\ufeff' : '') + text].map((c) => c.codePointAt(0) as number);
  let out: Uint8Array;
  if (kind.startsWith('utf-32')) {
    out = new Uint8Array(cps.length * 4);
    const v = new DataView(out.buffer);
    cps.forEach((cp, i) => v.setUint32(i * 4, cp, kind === 'utf-32le'));
  } else {
    const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
    if (kind === 'utf-16be') le.swap16();
    out = new Uint8Array(le);
  }
  const cut = r.next() < 0.3 ? r.int(1, 3) : 0;
  return { bytes: out.subarray(0, out.length - cut), detail: `${kind}${bom ? ' with BOM' : ''}${cut ? `, last ${cut} bytes cut` : ''}` };
};

const MUTATORS: [string, Mutator, number][] = [
  ['flip', flipBits, 4],
  ['overwrite', overwrite, 2],
  ['truncate', truncate, 3],
  ['insert', insert, 2],
  ['duplicate', duplicate, 1],
  ['swap-ext', swapExtension, 1],
  ['huge-number', hugeNumber, 2],
  ['zip-data', zipEntryData, 2],
  ['zip-header', zipEntryHeader, 1],
  ['zip-xml', zipXml, 2],
  ['bomb', bomb, 1],
  ['reencode', reencode, 1],
];

/** One seeded mutation of a base file; the mutators that do not apply to it are skipped. */
export function mutate(base: BaseFile, r: Random, index: number): Mutant {
  const total = MUTATORS.reduce((s, m) => s + m[2], 0);
  for (;;) {
    let x = r.next() * total;
    const [kind, fn] = MUTATORS.find((m) => (x -= m[2]) < 0) ?? (MUTATORS[0] as [string, Mutator, number]);
    const out = fn(base, r);
    if (!out || out.bytes.length === 0) continue;
    const stem = base.name.replace(/\.\w+$/, '');
    const ext = out.ext ?? /\.\w+$/.exec(base.name)?.[0] ?? '.txt';
    return { name: `${String(index).padStart(4, '0')}-${kind}-${stem}${ext}`, bytes: out.bytes, mutation: `${kind}: ${out.detail} (from ${base.name})` };
  }
}

function splice(b: Uint8Array, from: number, to: number, put: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length - (to - from) + put.length);
  out.set(b.subarray(0, from));
  out.set(put, from);
  out.set(b.subarray(to), from + put.length);
  return out;
}

/** Local file headers of a ZIP: where each entry's header and compressed data lie. */
function localEntries(b: Uint8Array): { name: string; header: number; data: number; size: number }[] {
  const out: { name: string; header: number; data: number; size: number }[] = [];
  if (b[0] !== 0x50 || b[1] !== 0x4b) return out;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i + 30 <= b.length; ) {
    if (v.getUint32(i, true) !== 0x04034b50) break;
    const size = v.getUint32(i + 18, true);
    const nameLen = v.getUint16(i + 26, true);
    const extra = v.getUint16(i + 28, true);
    const name = new TextDecoder().decode(b.subarray(i + 30, i + 30 + nameLen));
    const data = i + 30 + nameLen + extra;
    if (data + size > b.length) break;
    out.push({ name, header: i, data, size });
    i = data + size;
  }
  return out;
}
