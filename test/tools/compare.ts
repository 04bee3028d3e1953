import type { Finding } from '../../src/model/finding.js';

/** The part of a finding that must not depend on the input format (locations naturally differ). */
export function findingKey(f: Finding): string {
  return JSON.stringify([f.rule, f.severity, f.expected, f.actual]);
}

/** Multiset difference by `key`: the items of `a` not matched one for one by an item of `b`. */
export function unmatched<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): T[] {
  const counts = new Map<string, number>();
  for (const t of b) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  return a.filter((t) => {
    const n = counts.get(key(t)) ?? 0;
    if (n > 0) counts.set(key(t), n - 1);
    return n === 0;
  });
}

/** Multiset difference of finding keys: what `a` has more of than `b`. */
export function missingFrom(a: readonly Finding[], b: readonly Finding[]): string[] {
  return unmatched(a, b, findingKey).map(findingKey);
}

// `breaks` say on which source lines a paragraph continues: lines of a text file, none in a DOCX.
const FORMAT_DEPENDENT = new Set(['location', 'locations', 'breaks', 'file', 'format']);

/** A copy of an extracted model without what legitimately differs between formats. */
export function stripFormat(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripFormat);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!FORMAT_DEPENDENT.has(k)) out[k] = stripFormat(v);
    return out;
  }
  return value;
}

/** The first place where two values differ, as "path: a ≠ b", or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Object.is(a, b)) return null;
  const show = (v: unknown) => {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
  };
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${path}.length: ${a.length} ≠ ${b.length} (first extra: ${show(a[i] ?? b[i])})`;
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    const d = firstDifference(ao[k], bo[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}
