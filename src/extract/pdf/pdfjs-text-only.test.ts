import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TEXT_ONLY_PATCHES, patchWorkerSource, workerPath } from './pdfjs-text-only.js';

describe('pdfjs without rebuilding fonts for drawing', () => {
  it('applies every change to the installed pdfjs-dist (an upgrade that moves the code fails here, not silently slower)', async () => {
    const source = await readFile(workerPath());
    const patched = patchWorkerSource(source);
    expect(patched).not.toBeNull();
    for (const p of TEXT_ONLY_PATCHES) expect(patched?.includes(p.find)).toBe(false);
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
