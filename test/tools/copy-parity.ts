/**
 * Copy parity: each PDF copied out as text by `pdftotext -layout` (a character grid) and, with
 * `--plain`, in reading order too, each copy checked, and the errors and warnings it gives that its
 * PDF does not (and the PDF's it does not give) counted by rule. A finding is compared by rule,
 * severity and figures, not by where it is. The goal is none either way.
 * Usage: npx tsx test/tools/copy-parity.ts [--plain] [-v] [PDF…]
 *        (default: the corpus PDFs with a text layer, test/corpus/*.pdf and test/corpus/pdf/)
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkDisclosure } from '../../src/check.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Finding } from '../../src/model/finding.js';
import { unmatched } from './compare.js';
import { both } from './layout-coverage.js';

/** The corpus PDFs that carry text (scans have none to copy). */
export function corpusPdfs(): string[] {
  const list = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.pdf') && !f.includes('.scanned'))
      .map((f) => join(dir, f));
  return [...list('test/corpus'), ...list('test/corpus/pdf')];
}

const worth = (d: Disclosure) => checkDisclosure(d).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
// Spaces are left out of the figures: a copy may set "202 年度" as "202年度".
const key = (f: Finding) => [f.rule, f.severity, ...[f.expected, f.actual].map((s) => (s ?? '').replace(/\s+/g, ''))].join(' | ');
const beyond = (a: Finding[], b: Finding[]) => unmatched(a, b, key);

export interface Parity {
  pdf: string;
  mode: string;
  /** The copy's errors and warnings its PDF does not give. */
  extra: Finding[];
  /** The PDF's errors and warnings its copy does not give. */
  lost: Finding[];
}

/** The findings one copy of `pdf` gives beyond its PDF's, and those it loses. */
export async function parity(pdf: string, mode: '-layout' | ''): Promise<Parity> {
  const { fromPdf, fromText } = await both(pdf, mode);
  const p = worth(fromPdf);
  const t = worth(fromText);
  return { pdf, mode: mode || 'plain', extra: beyond(t, p), lost: beyond(p, t) };
}

if (process.argv[1]?.endsWith('copy-parity.ts')) {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v');
  const modes: ('-layout' | '')[] = args.includes('--plain') ? ['-layout', ''] : ['-layout'];
  const pdfs = args.filter((a) => !a.startsWith('-'));
  const total = new Map<string, [number, number]>();
  const byRule = new Map<string, number>();
  for (const pdf of pdfs.length ? pdfs : corpusPdfs()) {
    for (const mode of modes) {
      const r = await parity(pdf, mode);
      const count = (fs: Finding[], sev: string) => fs.filter((f) => f.severity === sev).length;
      const t = total.get(r.mode) ?? [0, 0];
      t[0] += count(r.extra, 'error');
      t[1] += count(r.extra, 'warning');
      total.set(r.mode, t);
      for (const f of r.extra) byRule.set(`${r.mode} ${f.severity} ${f.rule}`, (byRule.get(`${r.mode} ${f.severity} ${f.rule}`) ?? 0) + 1);
      console.log(
        `${basename(pdf)} ${r.mode}: extra ${count(r.extra, 'error')} errors, ${count(r.extra, 'warning')} warnings; lost ${count(r.lost, 'error')} errors, ${count(r.lost, 'warning')} warnings`,
      );
      if (verbose) {
        for (const f of r.extra) console.log(`  + ${f.severity} ${f.rule}: ${f.message}`);
        for (const f of r.lost) console.log(`  - ${f.severity} ${f.rule}: ${f.message}`);
      }
    }
  }
  for (const [mode, [e, w]] of total) console.log(`TOTAL ${mode}: extra ${e} errors, ${w} warnings`);
  for (const [k, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
}
