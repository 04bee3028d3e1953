import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

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
];

/** Where pdfjs-dist's legacy worker build is. */
export function workerPath(): string {
  return createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

/**
 * Applies every patch to the worker's source, as bytes (a 2.3 MB file: strings of it would cost tens
 * of MB of heap), or returns null when any does not match exactly once.
 */
export function patchWorkerSource(source: Uint8Array): Buffer | null {
  let out = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  for (const p of TEXT_ONLY_PATCHES) {
    const find = Buffer.from(p.find);
    const at = out.indexOf(find);
    if (at < 0 || out.indexOf(find, at + 1) >= 0) return null;
    out = Buffer.concat([out.subarray(0, at), Buffer.from(p.replace), out.subarray(at + find.length)]);
  }
  return out;
}

/**
 * The module's syntax made that of a script: its one export is also set on globalThis.pdfjsWorker
 * by the module itself, and import.meta.url only seeds emscripten's search for wasm files beside the
 * script, which fails harmlessly on a path (pdfjs is given none: no JPEG 2000 or colour profiles are
 * decoded for text).
 */
const AS_SCRIPT: readonly { find: string; replace: string }[] = [
  { find: '\nexport { WorkerMessageHandler };\n', replace: '\n' },
];

/**
 * Sets globalThis.pdfjsWorker to pdfjs's worker with the text-only patches, run as a strict-mode
 * function in this context (a module from patched source would have to come from a data: URL, which
 * kept 20–30 MB more resident than the file), or to the stock module when the patches do not apply
 * to the installed version. Says whether the patched parser is in use.
 */
export async function loadTextOnlyWorker(): Promise<boolean> {
  const path = workerPath();
  const patched = process.env.JUESUAN_PDFJS_STOCK === '1' ? null : patchWorkerSource(await readFile(path));
  if (patched == null) {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return false;
  }
  let source = patched.toString('utf8');
  for (const { find, replace } of AS_SCRIPT) source = source.replace(find, replace);
  source = source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href));
  // One line of wrapper, so that line numbers in pdfjs's messages stay those of its file.
  const run = new Script(`(async function () { "use strict"; ${source}\n})`, { filename: path }).runInThisContext() as () => Promise<void>;
  await run();
  return true;
}
