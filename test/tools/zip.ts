import { zipSync } from 'fflate';

/** A ZIP whose single word/document.xml inflates to `size` bytes of 'a' (≈ 1000:1 at level 9). */
export function zipBomb(size: number): Uint8Array {
  const data = new Uint8Array(size).fill(0x61);
  return zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': data }, { level: 9 });
}

/**
 * Rewrites the uncompressed size of `name` in both the local header and the central directory, as a
 * bomb that lies about its size would.
 */
export function forgeSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const enc = new TextEncoder().encode(name);
  const matches = (at: number) => enc.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === enc.length && matches(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === enc.length && matches(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}
