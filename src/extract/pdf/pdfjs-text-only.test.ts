import { isAscii } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DISPLAY_PATCHES, TEXT_ONLY_PATCHES, asScript, displayPath, loadTextOnlyPdfjs, patchSource, patchWorkerSource, workerPath } from './pdfjs-text-only.js';

describe('pdfjs without rebuilding fonts for drawing', () => {
  it('applies every change to the installed pdfjs-dist (an upgrade that moves the code fails here, not silently slower)', async () => {
    const source = await readFile(workerPath());
    const patched = patchWorkerSource(source);
    expect(patched).not.toBeNull();
    for (const p of TEXT_ONLY_PATCHES) {
      expect(patched?.includes(p.replace)).toBe(true);
      // A change that adds to a piece keeps the piece: it is then found once, inside the change.
      if (!p.replace.includes(p.find)) expect(patched?.includes(p.find)).toBe(false);
    }
    // Nothing but the patched pieces differs.
    const removed = TEXT_ONLY_PATCHES.reduce((n, p) => n + Buffer.byteLength(p.find) - Buffer.byteLength(p.replace), 0);
    expect(source.length - (patched as Buffer).length).toBe(removed);
  });
  it('leaves the source alone when one change does not match exactly once', () => {
    const [first, second] = TEXT_ONLY_PATCHES;
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(patchWorkerSource(bytes(`${first?.find}`))).toBeNull();
    expect(patchWorkerSource(bytes(TEXT_ONLY_PATCHES.map((p) => p.find).join('') + (second?.find ?? '')))).toBeNull();
    expect(patchWorkerSource(bytes(TEXT_ONLY_PATCHES.map((p) => p.find).join('/* */')))?.toString()).toBe(TEXT_ONLY_PATCHES.map((p) => p.replace).join('/* */'));
  });
});

describe('pdfjs loaded as patched scripts', () => {
  it('applies the display-layer changes to the installed pdfjs-dist (no canvas library for reading text)', async () => {
    const source = await readFile(displayPath());
    const patched = patchSource(source, DISPLAY_PATCHES);
    expect(patched).not.toBeNull();
    expect(patched?.includes('require("@napi-rs/canvas")')).toBe(true); // the drawing factory's, used only to draw
    expect(patched?.indexOf('require("@napi-rs/canvas")')).toBe(patched?.lastIndexOf('require("@napi-rs/canvas")'));
  });
  it('turns a module into a script that returns its exports, in ASCII with the same strings', () => {
    const module = Buffer.from('const a = "©–ﬅ";\nconst u = import.meta.url;\nfunction b() { return a; }\nexport { a, b, u };\n');
    const script = asScript(module, '/x/y.mjs');
    expect(isAscii(script)).toBe(true);
    const run = new Script(script.toString('latin1')).runInThisContext() as () => Promise<{ a: string; b: () => string; u: string }>;
    return run().then((exports) => {
      expect(exports.a).toBe('©–ﬅ');
      expect(exports.b()).toBe('©–ﬅ');
      expect(exports.u).toBe('file:///x/y.mjs');
    });
  });
  it('refuses a module whose export list renames (it could not be returned as an object)', () => {
    expect(() => asScript(Buffer.from('const a = 1;\nexport { a as b };\n'), '/x/y.mjs')).toThrow();
  });
  it('loads the patched display layer and parser, without the canvas library', async () => {
    const { pdfjs, patched } = await loadTextOnlyPdfjs();
    expect(patched).toBe(true);
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(typeof (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBe('function');
    expect(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('@napi-rs'))).toBe(false);
  });
});
