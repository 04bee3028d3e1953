import { setFlagsFromString } from 'node:v8';

let chosen = false;

/**
 * Has V8 run WebAssembly on its baseline compiler's code alone (Liftoff) when JUESUAN_PDFIUM_TIER_UP=0
 * (see wasm.ts for why a single file's check asks it). A V8 flag, for the whole process, and part
 * of what V8 checks compiled code against: a worker that runs the one-file build sets it before
 * compiling the build (cli/bundle.ts), so that its compiled code is made and used under the same flags.
 */
export function chooseWasmTier(): void {
  if (chosen || process.env.JUESUAN_PDFIUM_TIER_UP !== '0') return;
  chosen = true;
  setFlagsFromString('--liftoff-only');
}
