/**
 * A number PDFium holds as a 32-bit float as the decimal it was most likely written as in the file:
 * the shortest that rounds to the same float (594.95996, not 594.9599609375), which is what pdfjs,
 * reading the file's numbers as doubles, works with. Any decimal of 6 significant digits or fewer is
 * told apart by a float, so the search starts there; 9 always tell a float apart.
 *
 * Each try is `Number(f.toPrecision(p))`. It runs for every coordinate of every character and path
 * of a document (Putuo's 25 pages: ~200,000 tries), and making and reading those strings was the
 * largest share of our own code around PDFium. `roundedTo` gets the same number by arithmetic and
 * leaves the rare case it cannot decide exactly to `toPrecision`.
 */
export function asWritten(f: number): number {
  if (Number.isInteger(f) || !Number.isFinite(f)) return f;
  let v = written.get(f);
  if (v !== undefined) return v;
  v = f;
  for (let p = 6; p <= 9; p++) {
    const d = roundedTo(f, p);
    if (Math.fround(d) === f) {
      v = d;
      break;
    }
  }
  // Coordinates repeat (table borders, baselines, a column's left edge): remembered, within bounds.
  // Without optimising compiler (a check of one file) every step of the arithmetic makes a boxed
  // number, so a look-up is cheaper than doing it again.
  if (written.size > 65536) written.clear();
  written.set(f, v);
  return v;
}

const written = new Map<number, number>();

/** Powers of ten as literals, each the double nearest to it (Math.pow does not promise that). */
const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const NEG_POW10 = [1e0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10];
/** Within this of halfway between two decimals, the product below may have rounded across: `toPrecision` decides. */
const NEAR_HALF = 1e-6;

/**
 * `Number(f.toPrecision(p))` for a finite, non-zero f: f to p significant digits (halfway rounded
 * away from zero, as `toPrecision` does), as the double nearest to that decimal.
 *
 * With e the decimal exponent of |f| (10^e ≤ |f| < 10^(e+1)) and k = p − 1 − e, the digits are
 * n = round(|f| · 10^k), and the decimal n / 10^k is the double nearest to it when n and 10^k are
 * exact doubles (IEEE division rounds correctly, as Number() parses correctly). |f| · 10^k is itself
 * rounded, by at most half a unit in the last place (below 1e-7 for n < 10^9): it can put n on the
 * wrong side only near halfway, which is left to `toPrecision`, as are exponents beyond the tables.
 */
export function roundedTo(f: number, p: number): number {
  const x = Math.abs(f);
  const e = exponentOf(x);
  const k = e === null ? -1 : p - 1 - e;
  if (k < 0 || k >= POW10.length) return Number(f.toPrecision(p));
  const scale = POW10[k] as number;
  const scaled = x * scale;
  const floor = Math.floor(scaled);
  const frac = scaled - floor;
  if (Math.abs(frac - 0.5) < NEAR_HALF) return Number(f.toPrecision(p));
  const n = frac > 0.5 ? floor + 1 : floor;
  const d = n / scale;
  return f < 0 ? -d : d;
}

/**
 * The decimal exponent e of x > 0 (10^e ≤ x < 10^(e+1)) for 1e-10 ≤ x < 1e22, else null. The powers
 * compared with are the doubles nearest to them; for negative e these are no floats, so a float is
 * never equal to one and compares with it as with the exact power.
 */
function exponentOf(x: number): number | null {
  if (x >= 1) {
    for (let e = 0; e + 1 < POW10.length; e++) if (x < (POW10[e + 1] as number)) return e;
    return null;
  }
  for (let k = 1; k < NEG_POW10.length; k++) if (x >= (NEG_POW10[k] as number)) return -k;
  return null;
}
