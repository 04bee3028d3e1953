import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faceIndex, familyOf } from './sfnt.js';

/**
 * The CJK face cut down to the characters a document's charts print, for resvg. resvg reads the
 * font file it is given again for every line of text it shapes, and a Noto CJK face is 16 MB: with
 * the few dozen glyphs the labels use (about 20 KB) the six charts of a document draw in a third of
 * the time, to the same pixels. The cutting is HarfBuzz's own subsetter (harfbuzzjs, its wasm build,
 * loaded once and run synchronously); the face stays loaded in it, so each document costs one
 * subsetting run of about 15 ms. Whatever fails here, the caller draws with the whole face.
 */

/** The harfbuzz-subset wasm exports used here (C functions over pointers into its memory). */
interface Hb {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let hb: Hb | undefined;

function harfbuzz(): Hb {
  if (!hb) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
    const exports = instance.exports as unknown as Hb;
    exports._initialize();
    hb = exports;
  }
  return hb;
}

/** The face loaded into harfbuzz: one at a time, kept for the next document. */
let loaded: { key: string; face: number; data: number } | undefined;

function loadFace(file: string, family: string): number | null {
  const st = statSync(file);
  const key = `${file}\u0000${family}\u0000${st.size}\u0000${st.mtimeMs}`;
  if (loaded?.key === key) return loaded.face;
  const h = harfbuzz();
  if (loaded) {
    h.hb_face_destroy(loaded.face);
    h.free(loaded.data);
    loaded = undefined;
  }
  const bytes = readFileSync(file);
  const index = faceIndex(bytes, family);
  if (index < 0) return null;
  const data = h.malloc(bytes.length);
  if (!data) return null;
  new Uint8Array(h.memory.buffer).set(bytes, data);
  const blob = h.hb_blob_create(data, bytes.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = h.hb_face_create(blob, index);
  h.hb_blob_destroy(blob); // the face holds its own reference
  loaded = { key, face, data };
  return face;
}

/** The face of `family` in `file` reduced to the characters of `text` (with its layout and names), or null. */
export function subsetFace(file: string, family: string, text: string): Uint8Array | null {
  try {
    const face = loadFace(file, family);
    if (face == null) return null;
    const h = harfbuzz();
    const input = h.hb_subset_input_create_or_fail();
    if (!input) return null;
    let subset = 0;
    try {
      const unicodes = h.hb_subset_input_unicode_set(input);
      for (const ch of new Set(text)) h.hb_set_add(unicodes, ch.codePointAt(0) as number);
      // Every layout feature (resvg shapes with the font's own GSUB/GPOS), and the typographic
      // family names beside the plain ones, so resvg finds the face by the family it was found by.
      // (Names in every language instead of English alone made resvg draw no text at all.)
      h.hb_set_invert(h.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
      for (const id of [16, 17]) h.hb_set_add(h.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID), id);
      subset = h.hb_subset_or_fail(face, input);
    } finally {
      h.hb_subset_input_destroy(input);
    }
    if (!subset) return null;
    const blob = h.hb_face_reference_blob(subset);
    const length = h.hb_blob_get_length(blob);
    const out = length ? new Uint8Array(h.memory.buffer, h.hb_blob_get_data(blob, 0), length).slice() : null;
    h.hb_blob_destroy(blob);
    h.hb_face_destroy(subset);
    // A cut that lost the family name would draw no text: then the whole face it is.
    return out && familyOf(out) === family ? out : null;
  } catch {
    return null;
  }
}

/** Every character an SVG can draw: its own, with character references decoded. */
export function svgCharacters(svg: string): string {
  const refs = svg.replace(/&#x([0-9a-f]+);|&#(\d+);/gi, (_, hex: string | undefined, dec: string | undefined) => {
    const cp = hex ? parseInt(hex, 16) : Number(dec);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
  return [...new Set(refs)].sort().join('');
}

const files = new Map<string, string | null>();

let wasmStamp: string | undefined;

function ownFile(f: string): boolean {
  return process.getuid == null || statSync(f).uid === process.getuid();
}

/** What the cut depends on besides the characters: the font file as it is, and the subsetter. */
function stampOf(file: string, family: string): string {
  const st = statSync(file);
  if (wasmStamp === undefined) {
    const wasm = statSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    wasmStamp = `${wasm.size}-${Math.floor(wasm.mtimeMs)}`;
  }
  return `${file}\u0000${st.size}\u0000${Math.floor(st.mtimeMs)}\u0000${family}\u0000${wasmStamp}`;
}

/**
 * A font file of the face reduced to the characters of `text`, in the temporary directory, or null
 * when it cannot be made. Named by what it is cut from and to, so a document rendered again (in
 * this process or the next) finds its cut without loading the 16 MB face into HarfBuzz (about half
 * a second).
 */
export function subsetFaceFile(file: string, family: string, text: string): string | null {
  const chars = [...new Set(text)].sort().join('');
  const key = `${file}\u0000${family}\u0000${chars}`;
  if (files.has(key)) return files.get(key) ?? null;
  let out: string | null = null;
  try {
    const dir = join(tmpdir(), 'juesuan-fonts');
    const name = `subset-${createHash('sha256').update(`${stampOf(file, family)}\u0000${chars}`).digest('hex').slice(0, 32)}`;
    // Only a file of our own: the temporary directory is shared with the machine's other users.
    out = ['otf', 'ttf'].map((ext) => join(dir, `${name}.${ext}`)).find((f) => existsSync(f) && ownFile(f)) ?? null;
    if (!out) {
      const bytes = subsetFace(file, family, chars);
      if (bytes) {
        const ext = bytes[0] === 0x4f && bytes[1] === 0x54 ? 'otf' : 'ttf'; // 'OTTO': CFF outlines
        out = join(dir, `${name}.${ext}`);
        mkdirSync(dir, { recursive: true });
        const tmp = `${out}.${process.pid}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, out);
      }
    }
  } catch {
    out = null;
  }
  files.set(key, out);
  while (files.size > 32) files.delete(files.keys().next().value as string);
  return out;
}

/** Forgets the cut faces made (the render benchmark times a first render of a document). */
export function clearSubsetFiles(): void {
  files.clear();
}
