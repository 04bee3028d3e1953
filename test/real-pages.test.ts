import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkFile } from '../src/check.js';

// Real pages the checker had never seen when they were judged (test/real-pages/README.md): every error and
// warning on them was judged by hand. A finding judged false must not come back, a true one must not be
// lost, and a finding nobody has judged fails until someone does (a line in judged.tsv).
const DIR = 'test/real-pages';

interface Verdict {
  page: string;
  rule: string;
  severity: string;
  line: string;
  verdict: 'true' | 'false' | 'excerpt' | 'uncertain';
  reason: string;
}

const judged: Verdict[] = readFileSync(`${DIR}/judged.tsv`, 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const [page, rule, severity, line, verdict, reason] = l.split('\t') as [string, string, string, string, Verdict['verdict'], string];
    return { page, rule, severity, line, verdict, reason };
  });
const keyOf = (v: { page: string; rule: string; severity: string; line: string }) => `${v.page} ${v.severity} ${v.rule} 第${v.line}行`;
const pages = readdirSync(DIR).filter((f) => /^\d{2,4}\.txt$/.test(f));

describe('judged real pages', () => {
  it('has a page file for every verdict', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(judged.filter((v) => !pages.includes(`${v.page}.txt`)).map(keyOf)).toEqual([]);
  });

  for (const file of pages) {
    const page = file.replace(/\.txt$/, '');
    it(`page ${page}: no finding judged false, none unjudged, no true one lost`, async () => {
      const r = await checkFile(`${DIR}/${file}`);
      const found = r.findings
        .filter((f) => f.severity === 'error' || f.severity === 'warning')
        .map((f) => ({ key: keyOf({ page, rule: f.rule, severity: f.severity, line: String(f.locations[0]?.line ?? null) }), message: f.message }));
      const mine = judged.filter((v) => v.page === page);
      const verdictOf = new Map(mine.map((v) => [keyOf(v), v]));
      expect(found.filter((f) => verdictOf.get(f.key)?.verdict === 'false').map((f) => `${f.key}：${f.message}`), 'judged false').toEqual([]);
      expect(found.filter((f) => !verdictOf.has(f.key)).map((f) => `${f.key}：${f.message}`), 'not yet judged: add a line to judged.tsv').toEqual([]);
      const keys = new Set(found.map((f) => f.key));
      expect(mine.filter((v) => v.verdict === 'true' && !keys.has(keyOf(v))).map((v) => `${keyOf(v)}：${v.reason}`), 'true finding lost').toEqual([]);
    });
  }
});
