import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JuesuanError } from '../../../errors.js';
import { removeStale, requireWithCode } from '../code-cache.js';
import { chooseWasmTier } from './tier.js';
import { mark } from '../../../trace.js';

/**
 * PDFium compiled to WebAssembly (@embedpdf/pdfium, MIT; PDFium itself BSD-3-Clause), loaded once
 * per thread: the reader of PDFs' text layers (see ../text-layer.ts for when pdfjs reads instead).
 * Found by its package name, or by the module path in JUESUAN_PDFIUM_MODULE (its dist/index.js).
 *
 * PDFium's C functions are called straight on the module's exports (numbers and pointers into its
 * memory): the package's own wrappers check every argument, several times slower for the ~10 calls
 * a character needs.
 */
export interface PdfiumExports {
  malloc(size: number): number;
  free(ptr: number): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDF_GetPageBoundingBox(page: number, rect: number): number;
  FPDFPage_GetRotation(page: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFPageObj_GetType(obj: number): number;
  FPDFPageObj_GetMatrix(obj: number, matrix: number): number;
  FPDFFormObj_CountObjects(obj: number): number;
  FPDFFormObj_GetObject(obj: number, index: number): number;
  FPDFPath_GetDrawMode(path: number, fillmode: number, stroke: number): number;
  FPDFPath_CountSegments(path: number): number;
  FPDFPath_GetPathSegment(path: number, index: number): number;
  FPDFPathSegment_GetPoint(segment: number, x: number, y: number): number;
  FPDFPathSegment_GetType(segment: number): number;
  FPDFPathSegment_GetClose(segment: number): number;
  FPDFPageObj_GetClipPath(obj: number): number;
  FPDFClipPath_CountPaths(clip: number): number;
  FPDFClipPath_CountPathSegments(clip: number, pathIndex: number): number;
  FPDFClipPath_GetPathSegment(clip: number, pathIndex: number, segmentIndex: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  FPDFText_IsGenerated(textPage: number, index: number): number;
  FPDFText_GetFontSize(textPage: number, index: number): number;
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number;
  FPDFText_GetMatrix(textPage: number, index: number, matrix: number): number;
  FPDFText_GetTextObject(textPage: number, index: number): number;
  FPDFTextObj_GetFont(textObject: number): number;
  FPDFPageObj_CountMarks(obj: number): number;
  FPDFPageObj_GetMark(obj: number, index: number): number;
  FPDFFont_GetBaseFontName(font: number, buffer: number, length: number): number;
  FPDFFont_GetGlyphWidth(font: number, unicode: number, fontSize: number, width: number): number;
}

export interface Pdfium {
  fn: PdfiumExports;
  /** The module's memory as bytes, floats and doubles (views made anew when the memory grows). */
  heap(): { u8: Uint8Array; f32: Float32Array; f64: Float64Array };
}

interface EmscriptenModule {
  wasmExports: PdfiumExports;
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
}

/** WebAssembly memory pages are 64 KiB. */
const PAGE = 65536;

/**
 * Most memory PDFium's WebAssembly instance may take, in MB (JUESUAN_PDFIUM_MAX_MB, default 1024, as
 * the parse worker's heap). WebAssembly memory is outside V8's heap and its limits: without this a
 * decompression bomb would grow it to the module's own maximum of 2 GB. Growth past the bound is
 * refused; PDFium then fails to allocate and stops, and the parse ends with `memoryExceeded`.
 */
export function pdfiumMaxMb(): number {
  const asked = Number(process.env.JUESUAN_PDFIUM_MAX_MB);
  return Number.isFinite(asked) && asked > 0 ? asked : 1024;
}

/**
 * Memory an instance may keep between documents, in MB: one that grew past it for a large document
 * is dropped (its memory freed with it) and the next document gets a fresh one, as WebAssembly
 * memory never shrinks.
 */
const KEEP_MB = 256;

interface Loaded {
  pdfium: Pdfium;
  /** Whether the instance refused to grow its memory (PDFium is then in no state to go on). */
  refused(): boolean;
}

let loaded: Promise<Loaded> | null = null;
/** The compiled module, kept for new instances in this thread (compiling is most of loading). */
let compiled: Promise<WebAssembly.Module> | null = null;

/** The package's name. */
export const PDFIUM_PACKAGE = '@embedpdf/pdfium';

/** Where the package is, by JUESUAN_PDFIUM_MODULE (its dist/index.js) or by its name. */
function moduleSpec(): string {
  return process.env.JUESUAN_PDFIUM_MODULE || PDFIUM_PACKAGE;
}

/**
 * Where Node found the package's entry when the one-file build was made, from this module's folder:
 * scripts/bundle-cli.ts writes it into the parse worker's script (nothing else defines it), and
 * the package's package.json and entry are among the files that build is fresh against (a package
 * updated makes the build stale, and dist/ runs instead).
 */
declare const __JUESUAN_PDFIUM_ENTRY__: string | undefined;
const ENTRY_AT_BUILD = typeof __JUESUAN_PDFIUM_ENTRY__ === 'string' ? __JUESUAN_PDFIUM_ENTRY__ : undefined;

type Glue = { init(o: object): Promise<{ pdfium: EmscriptenModule; PDFiumExt_Init(): void }> };

/** The glue's compiled code, kept once this thread has read a document (see `withPdfium`); null once kept. */
let glueCode: { key: string; save(): boolean } | null = null;

/**
 * The package's glue script, or a clear message that it is not installed. Its CommonJS build is
 * required: importing the ES module build started Node's ES module loader in a worker that otherwise
 * needs none (the one-file build, see cli/bundle.ts); a module path given that only imports is imported.
 * A .cjs file, CommonJS whatever its package says, runs with its compiled code from the cache
 * (code-cache.ts): compiling it was 10–15 ms of every parse worker's start.
 */
async function importGlue(spec: string): Promise<Glue> {
  try {
    const file = resolved(commonJsBuild(spec));
    if (!file.endsWith('.cjs')) return createRequire(import.meta.url)(file) as Glue;
    const key = glueKey(file);
    const glue = requireWithCode(key, file, createRequire(file));
    glueCode = { key, save: glue.save };
    return glue.exports as Glue;
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_REQUIRE_ESM') throw notInstalled(spec, e);
  }
  return (await import(spec).catch((e: unknown) => {
    throw notInstalled(spec, e);
  })) as Glue;
}

const paths = new Map<string, string>();

/**
 * Where `spec` is, found once per thread: the glue and the WebAssembly are found from the same
 * package name, and Node's resolution of a package's exports, run cold, took 5–10 ms each time. In
 * the one-file build, the package is where Node found it when the build was made (`ENTRY_AT_BUILD`):
 * Node's resolution of exports loaded a dozen of Node's own modules (its ES module resolver) into
 * every parse worker, 4–12 ms of the worker's start, before PDFium could be compiled.
 */
function resolved(spec: string): string {
  let path = paths.get(spec);
  if (path === undefined) {
    path = (spec === PDFIUM_PACKAGE ? entryAtBuild() : null) ?? createRequire(import.meta.url).resolve(spec);
    paths.set(spec, path);
  }
  return path;
}

/**
 * The package's entry as the one-file build found it, as Node gives a resolved path (its real path); null
 * when not found there (the folder moved). Taken by the system's realpath (one call, 0.2–0.3 ms in a fresh
 * worker) rather than node:fs's own walk, which lstat-s each folder of the path (0.5–9 ms, more when the
 * disk is busy), on the path a PDF's check waits for; the same path, as test/bundle.test.ts checks.
 */
function entryAtBuild(): string | null {
  if (ENTRY_AT_BUILD === undefined) return null;
  try {
    return realpathSync.native(fileURLToPath(new URL(ENTRY_AT_BUILD, import.meta.url)));
  } catch {
    return null;
  }
}

/**
 * The package's CommonJS build beside an ES module build named by path (dist/index.cjs for
 * dist/index.js), when there is one: the one-file build's worker cannot import (Node 20's scripts
 * run from compiled code have no import()).
 */
function commonJsBuild(spec: string): string {
  if (!spec.startsWith('/') || !spec.endsWith('.js')) return spec;
  const cjs = `${spec.slice(0, -3)}.cjs`;
  return existsSync(cjs) ? cjs : spec;
}

/** Names the glue's contents in the cache: its size and time (a package updated or rebuilt is another key). */
function glueKey(file: string): string {
  const st = statSync(file);
  return `pdfium-glue-${st.size}-${st.mtimeMs}`;
}

/** Keeps the glue's compiled code, with the functions reading a document compiled, once per thread. */
function saveGlueCode(): void {
  const code = glueCode;
  glueCode = null;
  // Code of a glue no longer installed is of no more use.
  if (code?.save()) removeStale('pdfium-glue-', code.key);
}

function notInstalled(spec: string, cause: unknown): JuesuanError {
  return new JuesuanError(
    'USAGE',
    `读取 PDF 要用 PDFium（npm 包 @embedpdf/pdfium），但找不到它（${spec}）。请在 juesuan 目录运行 npm ci 安装依赖，或用 JUESUAN_PDFIUM_MODULE 指明其 dist/index.js 的位置；设 JUESUAN_PDF_ENGINE=pdfjs 则改用 pdfjs 读取。`,
    { cause },
  );
}

/**
 * PDFium's WebAssembly, compiled once per thread (its 4.6 MB; V8 compiles it in the background).
 * V8 compiles it first with its baseline compiler (Liftoff) and then, in the background, the
 * functions a document runs most a second time, optimised (TurboFan). That pays only over several
 * documents: a read in a process that has read the same file before takes 75–90 ms with it against
 * 95–108 ms without (the workbench's workers, a folder checked), but checking one PDF in a fresh
 * process takes less without it: the 25-page Putuo PDF (`juesuan check`, five runs each in turn, load 4)
 * 1.23–1.45 s CPU and 141 MB peak against 1.49–1.59 s and 148–154 MB. So with
 * JUESUAN_PDFIUM_TIER_UP=0, which `juesuan check` sets for a single file unless it is set already,
 * Liftoff's code alone runs (a V8 flag, for the whole process: the only WebAssembly juesuan runs is PDFium's).
 */
function compileWasm(spec: string): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    chooseWasmTier();
    const entry = spec.startsWith('/') ? spec : resolved(spec);
    const wasm = readFileSync(join(dirname(entry), 'pdfium.wasm'));
    return WebAssembly.compile(wasm);
  })().catch((e: unknown) => {
    compiled = null;
    throw e;
  });
  return compiled;
}

/** Loads and instantiates PDFium once per thread, and initialises the library. */
export async function loadPdfium(): Promise<Pdfium> {
  return (await instance()).pdfium;
}

function instance(): Promise<Loaded> {
  loaded ??= (async () => {
    const spec = moduleSpec();
    // V8 compiles the WebAssembly on background threads: begun first, it goes on while this thread
    // loads the glue's script (14 ms of the 70 the two took one after the other, Putuo's check).
    // Its failure is met below, after the glue's, as before.
    const compiling = compileWasm(spec);
    compiling.catch(() => {});
    const glue = await importGlue(spec);
    const module = await compiling;
    let refused = false;
    const wrapped = await glue.init({
      // Instantiated here from the module compiled once, with the glue's memory growth bounded.
      instantiateWasm(imports: { env: Record<string, unknown> }, receive: (instance: WebAssembly.Instance) => void) {
        const grow = imports.env.emscripten_resize_heap as (bytes: number) => boolean;
        imports.env.emscripten_resize_heap = (bytes: number) => {
          // The bound is read at every growth (rare: a few times a document), so that it can be set between documents.
          if (bytes >>> 0 > pdfiumMaxMb() * 1024 * 1024) {
            refused = true;
            return false;
          }
          return grow(bytes);
        };
        void WebAssembly.instantiate(module, imports as WebAssembly.Imports).then((i) => receive(i));
        return {};
      },
      // PDFium's own complaints (a refused allocation, a damaged object) are no output of juesuan.
      print: () => {},
      printErr: () => {},
    });
    wrapped.PDFiumExt_Init();
    const m = wrapped.pdfium;
    // The views are asked for at every character and path segment: made again only once the memory has
    // grown (the glue then puts new ones in HEAPU8 and the others), not as a new object at every call.
    let views = { u8: m.HEAPU8, f32: m.HEAPF32, f64: m.HEAPF64 };
    const heap = () => (views.u8 === m.HEAPU8 ? views : (views = { u8: m.HEAPU8, f32: m.HEAPF32, f64: m.HEAPF64 }));
    const pdfium: Pdfium = { fn: m.wasmExports, heap };
    return { pdfium, refused: () => refused };
  })().catch((e: unknown) => {
    loaded = null;
    throw e;
  });
  return loaded;
}

/**
 * Runs `read` with this thread's PDFium. An instance that refused memory, or whose code stopped
 * (a WebAssembly trap, PDFium's abort), is dropped: the next document gets a fresh one. Memory
 * refused is said as such (`memoryExceeded`), whatever PDFium made of it.
 */
export async function withPdfium<T>(file: string, read: (pdfium: Pdfium) => T): Promise<T> {
  const current = await instance();
  mark('pdf: PDFium ready');
  try {
    const result = read(current.pdfium);
    saveGlueCode();
    return result;
  } catch (e) {
    loaded = null;
    if (current.refused()) throw memoryExceeded(file);
    throw e;
  } finally {
    if (loaded && current.pdfium.heap().u8.length > KEEP_MB * 1024 * 1024) loaded = null;
  }
}

/** The message for a PDF whose reading needed more memory than PDFium may take. */
export function memoryExceeded(file: string): JuesuanError {
  return new JuesuanError(
    'LIMIT_EXCEEDED',
    `读取文件 ${file} 所需内存超过 ${pdfiumMaxMb()} MB 的上限（PDF 读取程序 PDFium），已中止。文件可能过大或结构异常（例如解压炸弹）；请确认文件是否正确。`,
  );
}
