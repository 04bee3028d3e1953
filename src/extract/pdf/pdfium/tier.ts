import { setFlagsFromString } from 'node:v8';

let chosen = false;

/**
 * Has V8 run WebAssembly on its baseline compiler's code alone (Liftoff) when JUESUAN_PDFIUM_TIER_UP=0
 * (see wasm.ts for why a single file's check asks it). A V8 flag, for the whole process, and part
 * of what V8 checks compiled code against: a worker that runs the one-file build sets it before
 * compiling the build (cli/bundle.ts), so that its compiled code is made and used under the same flags.
 *
 * With it, each function of PDFium's WebAssembly is validated when it is first compiled (V8 compiles
 * them lazily, when first called) rather than all 4.6 MB of them when the module is compiled: a
 * document calls a small part of them, and the parse worker waited for that validation (V8 does it on
 * background threads) before it could read: `WebAssembly.compile` of the module 15–25 ms → 4–10 ms. The
 * module is the package's own, not a checked file: what is run, and how, is the same.
 */
export function chooseWasmTier(): void {
  if (chosen || process.env.JUESUAN_PDFIUM_TIER_UP !== '0') return;
  chosen = true;
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--wasm-lazy-validation');
}
