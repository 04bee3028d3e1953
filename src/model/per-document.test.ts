import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../check.js';
import { changeWholes } from '../rules/arithmetic/change.js';
import { partLists } from '../rules/arithmetic/parts.js';
import { procurementFigures } from '../rules/narrative/procurement-text.js';
import { impliedValues } from './implied.js';
import { perDocument } from './per-document.js';

const sample = async (name: string) => extractBytes(name, new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url))));

describe('queries answered once per document', () => {
  it('asks the query once for a document, and anew for another or for a changed copy', async () => {
    const [a, b] = await Promise.all([sample('changji-prefecture-2024.txt'), sample('rongcheng-city-2024.md')]);
    const asked: string[] = [];
    const claimsCounted = perDocument((doc) => {
      asked.push(doc.file);
      return doc.claims.length;
    });
    expect(claimsCounted(a)).toBe(a.claims.length);
    expect(claimsCounted(a)).toBe(a.claims.length);
    expect(claimsCounted(b)).toBe(b.claims.length);
    const fewer = { ...a, claims: a.claims.slice(1) };
    expect(claimsCounted(fewer)).toBe(a.claims.length - 1);
    expect(asked).toEqual([a.file, b.file, a.file]);
  });

  it('gives the rules the answer each query gives a document of its own', async () => {
    for (const name of ['changji-prefecture-2024.txt', 'guangyuan-city-2024.txt', 'rongcheng-city-2024.md']) {
      const doc = await sample(name);
      for (const query of [impliedValues, partLists, changeWholes, procurementFigures] as ((d: typeof doc) => unknown)[]) {
        const kept = query(doc);
        expect(query(doc)).toBe(kept);
        // The same document as another object: worked out again, the same answer.
        const again = query({ ...doc });
        expect(again).not.toBe(kept);
        expect(again).toEqual(kept);
      }
      // (The samples state what these read: the answers compared are not empty.)
      expect(partLists(doc).length, name).toBeGreaterThan(0);
      expect(impliedValues(doc).length + changeWholes(doc).length, name).toBeGreaterThan(0);
    }
  });
});
