import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CachedScript, compileCached, removeStale } from './code-cache.js';

/**
 * pdfjs's parser, changed to read text without building fonts to draw with. To draw, pdfjs rewrites
 * every embedded font program into an OpenType file (compiling CFF charstrings, rebuilding TrueType
 * tables) and, with font faces off, turns each glyph shown into an outline; reading text needs none of
 * that, only what the font's dictionaries and the program's header give: widths, the font matrix, the
 * encoding and Unicode maps. On the 25-page Putuo PDF that rebuild was 60–65% of the parse.
 *
 * A font without a program to draw with has `data` undefined (not null: pdfjs sends its font
 * information to the main thread, and tells "no file" by undefined alone), which also keeps pdfjs
 * from building glyph outlines for the text it shows.
 *
 * Each change below is an exact piece of pdfjs-dist's legacy worker build (the version pinned in
 * package.json) that must occur once; if any does not (another pdfjs version), none is applied and
 * the stock parser is used: slower, never different. `pdfjs-text-only.test.ts` fails when that happens.
 */
export const TEXT_ONLY_PATCHES: readonly { why: string; find: string; replace: string }[] = [
  {
    why: 'CFF font: the program is parsed (encoding, charset, font matrix, widths) but not compiled back into a CFF table',
    find: '      this.data = compiler.compile();\n',
    replace: '      this.data = file;\n',
  },
  {
    why: 'OpenType fonts with CFF outlines: the CFF table is parsed (glyph count) but not compiled again',
    find: '        const compiler = new CFFCompiler(cff);\n        tables["CFF "].data = compiler.compile();\n',
    replace: '',
  },
  {
    why: 'CFF and Type 1 fonts: the glyph mapping and seac accents are kept; the OpenType file around them is not built',
    find: '    const unitsPerEm = properties.fontMatrix ? 1 / Math.max(...properties.fontMatrix.slice(0, 4).map(Math.abs)) : 1000;\n',
    replace: '    return undefined;\n',
  },
  {
    why: 'TrueType fonts: the tables are read and checked as before (Unicode from the cmap and name tables); the repaired file is not written',
    find: '    const builder = new OpenTypeFileBuilder(header.version);\n    for (const tableTag in tables) {\n      builder.addTable(tableTag, tables[tableTag].data);\n    }\n    return builder.toArray();\n',
    replace: '    return undefined;\n',
  },
  {
    why: 'Flate streams inflated whole by zlib (native; pdfjs inflates bit by bit in JavaScript), when zlib reads the stream as valid deflate data; anything it does not (damaged, cut short, over 64 MB) is inflated by pdfjs as before. Valid data inflates to the same bytes either way',
    find: 'class FlateStream extends DecodeStream {\n',
    replace:
      'function inflateWhole(flate, str) { if (!(str instanceof Stream) || typeof process !== "object" || typeof process.getBuiltinModule !== "function") return false; const start = str.pos; let out; try { out = process.getBuiltinModule("zlib").inflateRawSync(str.getBytes(), { maxOutputLength: 64 * 1024 * 1024 }); } catch { str.pos = start; return false; } flate.buffer = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? new Uint8Array(out.buffer) : new Uint8Array(out); flate.bufferLength = out.length; flate.eof = true; return true; } class FlateStream extends DecodeStream {\n',
  },
  {
    why: 'Response.prototype.bytes is not added (pdfjs fetches with it; juesuan hands the parser the bytes): looking Response up made Node 20 load its HTTP client, undici, 30–60 ms in every new worker',
    find: 'if (typeof Response.prototype.bytes !== "function") {\n',
    replace: 'if (false) {\n',
  },
  {
    why: 'the first block read of a Flate stream tries zlib on the whole stream (see inflateWhole)',
    find: '  readBlock() {\n    let buffer, hdr, len;\n    const str = this.stream;\n    try {\n      hdr = this.getBits(3);\n',
    replace:
      '  readBlock() {\n    let buffer, hdr, len;\n    const str = this.stream; if (!this.triedWhole && this.bufferLength === 0 && this.codeSize === 0) { this.triedWhole = true; if (inflateWhole(this, str)) return; }\n    try {\n      hdr = this.getBits(3);\n',
  },
];

/**
 * pdfjs's display layer (pdf.mjs), which juesuan drives with the parser in the same thread, changed
 * not to load @napi-rs/canvas (a 32 MB native library for drawing pages: 35 MB resident and tens of
 * milliseconds per process for nothing, as pages are never drawn here; OCR renders with poppler). The
 * one object built from it when the module loads, a matrix kept for drawing, is built only where
 * DOMMatrix exists. Same rules as the worker's patches: every piece exactly once, else stock pdfjs.
 */
export const DISPLAY_PATCHES: readonly { why: string; find: string; replace: string }[] = [
  {
    why: 'the canvas library and the drawing classes taken from it (DOMMatrix, ImageData, Path2D) are not loaded',
    find: [
      '  let canvas;',
      '  try {',
      '    const require = process.getBuiltinModule("module").createRequire(import.meta.url);',
      '    try {',
      '      canvas = require("@napi-rs/canvas");',
      '    } catch (ex) {',
      '      warn(`Cannot load "@napi-rs/canvas" package: "${ex}".`);',
      '    }',
      '  } catch (ex) {',
      '    warn(`Cannot access the \\`require\\` function: "${ex}".`);',
      '  }',
      '  if (!globalThis.DOMMatrix) {',
      '    if (canvas?.DOMMatrix) {',
      '      globalThis.DOMMatrix = canvas.DOMMatrix;',
      '    } else {',
      '      warn("Cannot polyfill `DOMMatrix`, rendering may be broken.");',
      '    }',
      '  }',
      '  if (!globalThis.ImageData) {',
      '    if (canvas?.ImageData) {',
      '      globalThis.ImageData = canvas.ImageData;',
      '    } else {',
      '      warn("Cannot polyfill `ImageData`, rendering may be broken.");',
      '    }',
      '  }',
      '  if (!globalThis.Path2D) {',
      '    if (canvas?.Path2D) {',
      '      globalThis.Path2D = canvas.Path2D;',
      '    } else {',
      '      warn("Cannot polyfill `Path2D`, rendering may be broken.");',
      '    }',
      '  }',
      '',
    ].join('\n'),
    replace: '',
  },
  {
    why: 'Response.prototype.bytes is not added, as in the parser (see TEXT_ONLY_PATCHES)',
    find: 'if (typeof Response.prototype.bytes !== "function") {\n',
    replace: 'if (false) {\n',
  },
  {
    why: 'a matrix for drawing, built when the module loads: only where DOMMatrix exists',
    find: 'const SCALE_MATRIX = new DOMMatrix();\n',
    replace: 'const SCALE_MATRIX = typeof DOMMatrix === "function" ? new DOMMatrix() : null;\n',
  },
];

type Patch = { find: string; replace: string };

/** pdfjs-dist's legacy builds: the display layer and the parser ("worker"). */
function buildPath(name: 'pdf.mjs' | 'pdf.worker.mjs'): string {
  return createRequire(import.meta.url).resolve(`pdfjs-dist/legacy/build/${name}`);
}

/** Where pdfjs-dist's legacy worker build is. */
export function workerPath(): string {
  return buildPath('pdf.worker.mjs');
}

/** Where pdfjs-dist's legacy display layer is. */
export function displayPath(): string {
  return buildPath('pdf.mjs');
}

/** A piece of a source replaced: `length` bytes at `at` by `text`. */
type Edit = { at: number; length: number; text: Buffer };

/** A source with edits applied (sorted, not overlapping), in one copy. */
function applyEdits(source: Buffer, edits: readonly Edit[]): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (const e of edits) {
    parts.push(source.subarray(from, e.at), e.text);
    from = e.at + e.length;
  }
  parts.push(source.subarray(from));
  return Buffer.concat(parts);
}

/** Positions of the patches' texts in a source, each exactly once and not overlapping; null otherwise. */
function findPatches(source: Buffer, patches: readonly Patch[]): Edit[] | null {
  const edits: Edit[] = [];
  for (const p of patches) {
    const find = Buffer.from(p.find);
    const at = source.indexOf(find);
    if (at < 0 || source.indexOf(find, at + 1) >= 0) return null;
    edits.push({ at, length: find.length, text: Buffer.from(p.replace) });
  }
  edits.sort((x, y) => x.at - y.at);
  return edits.every((e, k) => k === 0 || e.at >= (edits[k - 1] as Edit).at + (edits[k - 1] as Edit).length) ? edits : null;
}

/**
 * Applies every patch to a source, as bytes (a 2.3 MB file: strings of it would cost tens of MB of
 * heap), or returns null when any does not match exactly once.
 */
export function patchSource(source: Uint8Array, patches: readonly Patch[]): Buffer | null {
  const bytes = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  const edits = findPatches(bytes, patches);
  return edits && applyEdits(bytes, edits);
}

/** The worker's source with the text-only patches, or null when any does not match exactly once. */
export function patchWorkerSource(source: Uint8Array): Buffer | null {
  return patchSource(source, TEXT_ONLY_PATCHES);
}

/**
 * Each character beyond ASCII written as \uXXXX escapes (pdfjs has a handful, all in string literals,
 * where an escape means the same character), so that V8 holds the source as a one-byte string: half
 * the memory of a two-byte one, and quicker to scan and hash. None when a byte sequence is not UTF-8.
 */
function asciiEscapes(source: Buffer): Edit[] {
  const edits: Edit[] = [];
  // Found by a regular expression over the bytes read as Latin-1: a byte loop in JavaScript over 3 MB is slower.
  const high = /[\x80-\xff]+/g;
  const latin1 = source.toString('latin1');
  for (let m = high.exec(latin1); m; m = high.exec(latin1)) {
    const chars = source.toString('utf8', m.index, m.index + m[0].length);
    if (chars.includes('\ufffd')) return [];
    let text = '';
    for (let k = 0; k < chars.length; k++) text += `\\u${chars.charCodeAt(k).toString(16).padStart(4, '0')}`;
    edits.push({ at: m.index, length: m[0].length, text: Buffer.from(text) });
  }
  return edits;
}

/**
 * A module's syntax made that of a script, run as an async function in this context: its exports
 * become the function's result (`export { a, b };` → `return { a, b };`: pdfjs exports names as they
 * are), and import.meta.url is the file's URL (it locates files beside the script: emscripten's wasm,
 * which is never needed for text, and the display layer's require). A module from patched source would
 * have to come from a data: URL, which kept 20–30 MB more resident than the file, and could not use
 * V8's code cache (code-cache.ts).
 */
export function asScript(source: Buffer, path: string): Buffer {
  const exportList = Buffer.from('\nexport {');
  const at = source.lastIndexOf(exportList);
  const end = at < 0 ? -1 : source.indexOf('};\n', at);
  if (at < 0 || end < 0 || /\sas\s/.test(source.toString('latin1', at, end))) throw new Error(`pdfjs: no plain export list in ${path}`);
  const edits: Edit[] = [{ at, length: exportList.length, text: Buffer.from('\nreturn {') }];
  const meta = Buffer.from('import.meta.url');
  const url = Buffer.from(JSON.stringify(pathToFileURL(path).href));
  for (let i = source.indexOf(meta); i >= 0; i = source.indexOf(meta, i + meta.length)) edits.push({ at: i, length: meta.length, text: url });
  edits.push(...asciiEscapes(source));
  edits.sort((x, y) => x.at - y.at);
  // One line of wrapper, so that line numbers in pdfjs's messages stay those of its file.
  return Buffer.concat([Buffer.from('(async function () { "use strict"; '), applyEdits(source, edits), Buffer.from('\n})')]);
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const STOCK_DISPLAY: string = 'pdfjs-dist/legacy/build/pdf.mjs';
const STOCK_WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/** The key of the scripts in use (see `scriptKey`). */
let madeKey: string | null = null;

/** Scripts compiled this process whose compiled code is saved once a document has been read (see `saveCompiledPdfjs`). */
const compiled: CachedScript[] = [];

/**
 * Names everything a patched build is made from: pdfjs-dist's version and its two files (size, time),
 * the patches and the code that applies them. Any change makes (and compiles) the scripts anew.
 */
function scriptKey(display: string, worker: string): string {
  const pkg = JSON.parse(readFileSync(join(dirname(display), '../../package.json'), 'utf8')) as { version?: string };
  const files = [display, worker].map((f) => {
    const st = statSync(f);
    return `${f}:${st.size}:${st.mtimeMs}`;
  });
  const how = [TEXT_ONLY_PATCHES, DISPLAY_PATCHES, ...[findPatches, applyEdits, asciiEscapes, asScript].map(String)];
  return `pdfjs-${pkg.version ?? ''}-${sha256Hex(JSON.stringify([files, how])).slice(0, 24)}`;
}

/**
 * SHA-256 of a text, with node:crypto loaded here, when pdfjs is (documents PDFium does not read),
 * not with this module: imported, it was loaded (some fifteen modules, ~8 ms) at the start of every
 * parse worker, most of which never load pdfjs.
 */
function sha256Hex(text: string): string {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}

/** Runs a patched pdfjs build as a script (made and compiled code from the cache when there is some); its exports, or null when a patch did not apply. */
async function runPatched(key: string, path: string, patches: readonly Patch[]): Promise<Record<string, unknown> | null> {
  const cached = compileCached(
    key,
    () => {
      const patched = patchSource(readFileSync(path), patches);
      return patched && asScript(patched, path);
    },
    path,
  );
  if (!cached) return null;
  compiled.push(cached);
  const run = cached.script.runInThisContext() as () => Promise<Record<string, unknown>>;
  return run();
}

/**
 * Loads pdfjs's display layer and sets globalThis.pdfjsWorker to its parser, both patched (see
 * TEXT_ONLY_PATCHES, DISPLAY_PATCHES) and run as scripts, or both as they ship when a patch does not
 * apply to the installed version or JUESUAN_PDFJS_STOCK=1. Says whether the patched ones are in use.
 */
export async function loadTextOnlyPdfjs(): Promise<{ pdfjs: Pdfjs; patched: boolean }> {
  if (process.env.JUESUAN_PDFJS_STOCK !== '1') {
    const display = displayPath();
    const worker = workerPath();
    const key = scriptKey(display, worker);
    madeKey = key;
    // The display layer first: nothing of it runs before the parser is set, and it sets nothing the parser reads.
    const pdfjs = (await runPatched(`${key}-display`, display, DISPLAY_PATCHES)) as Pdfjs | null;
    // The worker build sets globalThis.pdfjsWorker itself.
    if (pdfjs && (await runPatched(`${key}-worker`, worker, TEXT_ONLY_PATCHES))) return { pdfjs, patched: true };
  }
  // Named, not written in the import: the parse worker's one-file build (cli/bundle.ts) leaves the
  // stock builds (3.3 MB) out rather than read them at every start for a case the pinned version never
  // meets; the CLI runs from dist/ when JUESUAN_PDFJS_STOCK=1.
  const pdfjs = (await import(STOCK_DISPLAY)) as Pdfjs;
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(STOCK_WORKER);
  return { pdfjs, patched: false };
}

/**
 * Saves pdfjs's compiled code for the next process (once): called after a document has been read, so
 * that the functions reading it are compiled too.
 */
export function saveCompiledPdfjs(): void {
  let made = false;
  for (const c of compiled) made = c.save() || made;
  // Scripts made from an earlier pdfjs-dist or earlier patches are of no more use.
  if (made && madeKey) removeStale('pdfjs-', madeKey);
}
