import { Decimal } from '../../model/decimal.js';

/**
 * Chooses, for the rows of a copied table whose figures fit several columns (blank cells leave no
 * trace in copied text), the one placement that makes every column add up down the table: a parent
 * row equals the sum of its children (类 = Σ款, 款 = Σ项, 合计 = Σ类), column by column.
 *
 * Written by hand because it is a small exact search over a few dozen rows with Decimal sums, not a
 * general constraint problem worth a solver library. It is bounded: it gives up (leaves the rows
 * ambiguous) past a number of steps or solutions, and it resolves a row only when every solution
 * found places the same values in it, so a table that could be read two ways stays unread.
 */

/** One way to place a row's figures: per column, the value (blank = 0) and its half printed unit. */
export interface Option {
  values: readonly { v: Decimal; tol: Decimal }[];
}

/** A parent row and its children: the parent's value in each column is the children's sum. */
export interface Family {
  parent: number;
  children: readonly number[];
}

const MAX_STEPS = 200_000;
const MAX_SOLUTIONS = 64;

/**
 * For each row, the index of its one consistent option, or null when it stays ambiguous (or had
 * one option to begin with, which needs no choosing). `options[r]` empty means the row cannot be
 * placed at all; families with such a row constrain nothing.
 */
export function resolveByColumnSums(options: readonly (readonly Option[])[], families: readonly Family[], width: number): (number | null)[] {
  const open = options.map((o, r) => (o.length > 1 ? r : -1)).filter((r) => r >= 0);
  const result: (number | null)[] = options.map(() => null);
  if (!open.length) return result;
  // Families that can be evaluated and involve at least one ambiguous row: a family whose rows are
  // all fixed says nothing here, and a real error in it must not stop the others from resolving.
  const usable = families.filter((f) => [f.parent, ...f.children].every((r) => (options[r]?.length ?? 0) > 0) && [f.parent, ...f.children].some((r) => (options[r]?.length ?? 0) > 1));
  if (!usable.length) return result;
  const involved = new Set(usable.flatMap((f) => [f.parent, ...f.children]));
  const vars = open.filter((r) => involved.has(r));
  const position = new Map(vars.map((r, i) => [r, i]));
  // Each family is checked once its last ambiguous row is chosen.
  const checkAt: Family[][] = vars.map(() => []);
  for (const f of usable) {
    const last = Math.max(...[f.parent, ...f.children].map((r) => position.get(r) ?? -1));
    if (last >= 0) (checkAt[last] as Family[]).push(f);
  }
  // The search sums the same few figures hundreds of thousands of times: as whole numbers of the
  // finest printed unit (BigInt, exact like Decimal) it runs many times faster than Decimal objects.
  const places = Math.max(0, ...options.flatMap((os) => os.flatMap((o) => o.values.flatMap((x) => [x.v.decimalPlaces(), x.tol.decimalPlaces()]))));
  const scale = new Decimal(10).pow(places);
  const whole = (d: Decimal): bigint => BigInt(d.times(scale).toFixed(0));
  const scaled = options.map((os) => os.map((o) => o.values.map((x) => ({ v: whole(x.v), tol: whole(x.tol) }))));
  const chosen = new Map<number, number>();
  const valuesOf = (r: number) => (scaled[r] as { v: bigint; tol: bigint }[][])[chosen.get(r) ?? 0] as { v: bigint; tol: bigint }[];
  const holds = (f: Family): boolean => {
    const parent = valuesOf(f.parent);
    const children = f.children.map(valuesOf);
    for (let c = 0; c < width; c++) {
      const p = parent[c] as { v: bigint; tol: bigint };
      let sum = 0n;
      let tol = p.tol;
      for (const x of children) {
        const cell = x[c] as { v: bigint; tol: bigint };
        sum += cell.v;
        tol += cell.tol;
      }
      const gap = sum - p.v;
      if (gap > tol || -gap > tol) return false;
    }
    return true;
  };
  const solutions: number[][] = [];
  let steps = 0;
  let exhausted = true;
  const search = (i: number): void => {
    if (solutions.length >= MAX_SOLUTIONS || steps > MAX_STEPS) {
      exhausted = false;
      return;
    }
    if (i === vars.length) {
      solutions.push(vars.map((r) => chosen.get(r) as number));
      return;
    }
    const r = vars[i] as number;
    for (let o = 0; o < (options[r] as Option[]).length; o++) {
      steps++;
      chosen.set(r, o);
      if ((checkAt[i] as Family[]).every(holds)) search(i + 1);
    }
    chosen.delete(r);
  };
  search(0);
  if (!exhausted || !solutions.length) return result;
  vars.forEach((r, i) => {
    const picks = solutions.map((s) => s[i] as number);
    const first = (options[r] as Option[])[picks[0] as number] as Option;
    // Two placements that put the same values in every column are the same reading.
    const same = picks.every((p) => ((options[r] as Option[])[p] as Option).values.every((x, c) => x.v.equals((first.values[c] as { v: Decimal }).v)));
    if (same) result[r] = picks[0] as number;
  });
  return result;
}
