import { describe, expect, it } from 'vitest';
import { asWritten, roundedTo } from './as-written.js';

/** The search as it was first written: the shortest `toPrecision` that gives the float back. */
function byStrings(f: number): number {
  if (Number.isInteger(f) || !Number.isFinite(f)) return f;
  for (let p = 6; p <= 9; p++) {
    const d = Number(f.toPrecision(p));
    if (Math.fround(d) === f) return d;
  }
  return f;
}

/** Floats from a fixed sequence (xorshift), half of them any bit pattern, half on a page's scale. */
function* floats(count: number): Generator<number> {
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  let seed = 2463534242;
  for (let i = 0; i < count; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    u32[0] = seed >>> 0;
    if (i % 2) f32[0] = ((seed >>> 0) / 2 ** 32 - 0.3) * (i % 4 === 1 ? 2000 : 2);
    if (Number.isFinite(f32[0])) yield f32[0] as number;
  }
}

describe('asWritten: a float as the decimal written in the file, by arithmetic', () => {
  it('gives what toPrecision gives, digit count by digit count, and what the search by strings gave', () => {
    for (const f of floats(200_000)) {
      if (f !== 0) for (let p = 6; p <= 9; p++) expect(roundedTo(f, p)).toBe(Number(f.toPrecision(p)));
      expect(asWritten(f)).toBe(byStrings(f));
    }
  });

  it('leaves halfway cases, extremes and doubles that are no float as the strings have them', () => {
    for (const f of [0.5, -2.5, 1e-7, -0, 1e30, -1e-30, 0.1, 0.30000001192092896, Math.fround(123.4565), Math.fround(0.0625), 3.4e38]) expect(asWritten(f)).toBe(byStrings(f));
  });
});
