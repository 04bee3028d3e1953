import { parse as parseYaml } from 'yaml';
import { Decimal } from '../../src/model/decimal.js';

/** The sections of a compose input that hold amounts (quoted decimals); counts and scores are left alone. */
const AMOUNT_SECTIONS = ['tables', 'prior', 'budgets', 'operatingCost', 'procurement', 'threePublic', 'performance'];
/** Fields of those sections that are no amounts though written as numbers in quotes. */
const NOT_AMOUNTS = new Set(['key', 'score', 'grade', 'name']);

/**
 * A compose input (YAML or JSON) with every amount times k, exactly: a department k times as large,
 * every sum, rate and share of it as consistent as the input's. Returned as JSON (which is YAML).
 */
export function scaleComposeInput(text: string, k: number): string {
  const doc = parseYaml(text) as Record<string, unknown>;
  const scale = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return NOT_AMOUNTS.has(key) || !/^-?\d+(?:\.\d+)?$/.test(v) ? v : new Decimal(v).times(k).toFixed();
    if (Array.isArray(v)) return v.map((x) => scale(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([kk, x]) => [kk, scale(x, kk)]));
    return v;
  };
  for (const s of AMOUNT_SECTIONS) if (s in doc) doc[s] = scale(doc[s], s);
  return JSON.stringify(doc);
}
