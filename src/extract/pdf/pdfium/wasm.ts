import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JuesuanError } from '../../../errors.js';

/**
 * PDFium compiled to WebAssembly (@embedpdf/pdfium, MIT; PDFium itself BSD-3-Clause), loaded once
 * per thread. It is not a dependency of juesuan: it is looked for only when JUESUAN_PDF_ENGINE=pdfium,
 * by the module path in JUESUAN_PDFIUM_MODULE (its dist/index.js) or by its package name.
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

let loaded: Promise<Pdfium> | null = null;

/** Loads and instantiates PDFium once (its 4.6 MB of WebAssembly compiled by V8), and initialises the library. */
export function loadPdfium(): Promise<Pdfium> {
  loaded ??= (async () => {
    const spec = process.env.JUESUAN_PDFIUM_MODULE || '@embedpdf/pdfium';
    const mod = (await import(spec).catch((e: unknown) => {
      loaded = null;
      throw new JuesuanError(
        'USAGE',
        `JUESUAN_PDF_ENGINE=pdfium 要用 PDFium（npm 包 @embedpdf/pdfium），但找不到它（${spec}）。请安装该包（npm install @embedpdf/pdfium），或用 JUESUAN_PDFIUM_MODULE 指明其 dist/index.js 的位置；不设 JUESUAN_PDF_ENGINE 则用 pdfjs 读取。`,
        { cause: e },
      );
    })) as { init(o: { wasmBinary: ArrayBuffer }): Promise<{ pdfium: EmscriptenModule; PDFiumExt_Init(): void }> };
    const entry = spec.startsWith('/') ? spec : fileURLToPath(import.meta.resolve(spec));
    const wasm = readFileSync(join(dirname(entry), 'pdfium.wasm'));
    const wrapped = await mod.init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
    wrapped.PDFiumExt_Init();
    const m = wrapped.pdfium;
    return { fn: m.wasmExports, heap: () => ({ u8: m.HEAPU8, f32: m.HEAPF32, f64: m.HEAPF64 }) };
  })();
  return loaded;
}
