/**
 * How much of each table the PDF reader reads from a PDF the `pdftotext -layout` text of it gives
 * too: per table, the PDF's non-blank cells and how many of them the text reads with the same value;
 * cells that differ; and the error findings of each. Usage: tsx test/tools/layout-coverage.ts [pdf…]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkDisclosure, extractBytes } from '../../src/check.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { findingKey, missingFrom } from './compare.js';

export interface Coverage {
  table: string;
  cells: number;
  same: number;
  missed: string[];
  differ: string[];
}

const filled = (v: string | null | undefined) => v != null && Number(v) !== 0;
const zero = (v: string | null | undefined) => v == null || Number(v) === 0;

/** Per table of the PDF: its non-blank cells, and those the text reads with the same value. */
export function coverage(fromPdf: Disclosure, fromText: Disclosure): Coverage[] {
  return fromPdf.tables.map((p) => {
    const t = fromText.tables.find((x) => x.id === p.id);
    const out: Coverage = { table: p.id, cells: 0, same: 0, missed: [], differ: [] };
    for (const r of p.rows) {
      const q = t?.rows.find((x) => x.key === r.key && x.side === r.side);
      for (const [k, f] of Object.entries(r.cells)) {
        const a = f?.value ?? null;
        if (!filled(a)) continue;
        out.cells++;
        const b = q?.cells[k]?.value ?? null;
        if (q && k in q.cells && a === b) out.same++;
        else if (q && k in q.cells && !(zero(a) && zero(b))) out.differ.push(`${r.key} ${k}: ${a} ≠ ${b}`);
        else out.missed.push(`${r.key}${r.side ? `/${r.side}` : ''} ${k}=${a}${q ? (k in q.cells ? ' (blank)' : ' (unread)') : ' (no row)'}`);
      }
    }
    return out;
  });
}

export async function both(pdf: string, mode: '-layout' | '-raw' | '' = '-layout'): Promise<{ fromPdf: Disclosure; fromText: Disclosure }> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-layout-'));
  try {
    const out = join(dir, `${basename(pdf, '.pdf')}.txt`);
    execFileSync('pdftotext', [...(mode ? [mode] : []), pdf, out], { stdio: 'ignore' });
    const fromPdf = await extractBytes(pdf, new Uint8Array(readFileSync(pdf)));
    const fromText = await extractBytes(out, new Uint8Array(readFileSync(out)));
    return { fromPdf, fromText };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const CORPUS_PDFS = [
  'test/corpus/putuo-finance-bureau-2024.pdf',
  ...readdirSync('test/corpus/pdf')
    .filter((f) => /\.(libreoffice|chromium)\.pdf$/.test(f))
    .map((f) => join('test/corpus/pdf', f)),
];

if (process.argv[1]?.endsWith('layout-coverage.ts')) {
  const verbose = process.argv.includes('-v');
  const pdfs = process.argv.slice(2).filter((a) => a !== '-v');
  let all = 0;
  let got = 0;
  for (const pdf of pdfs.length ? pdfs : CORPUS_PDFS) {
    const { fromPdf, fromText } = await both(pdf);
    const cov = coverage(fromPdf, fromText);
    const cells = cov.reduce((a, c) => a + c.cells, 0);
    const same = cov.reduce((a, c) => a + c.same, 0);
    all += cells;
    got += same;
    const missingTables = fromPdf.tables.filter((p) => !fromText.tables.some((t) => t.id === p.id)).map((p) => p.id);
    console.log(`${basename(pdf)}: ${same}/${cells} = ${((100 * same) / Math.max(cells, 1)).toFixed(1)}%${missingTables.length ? `  tables not read: ${missingTables.join(',')}` : ''}`);
    for (const c of cov) {
      console.log(`  ${c.table}: ${c.same}/${c.cells} = ${((100 * c.same) / Math.max(c.cells, 1)).toFixed(1)}%${c.differ.length ? `  DIFFER ${c.differ.length}` : ''}`);
      if (verbose) for (const m of [...c.differ.map((d) => `DIFF ${d}`), ...c.missed]) console.log(`      ${m}`);
    }
    const errors = (d: Disclosure) => checkDisclosure(d).findings.filter((f) => f.severity === 'error');
    const [ep, et] = [errors(fromPdf), errors(fromText)];
    const extra = missingFrom(et, ep);
    const lost = missingFrom(ep, et);
    console.log(`  errors: pdf ${ep.length}, text ${et.length}; text only ${extra.length}, pdf only ${lost.length}`);
    for (const e of extra) console.log(`    TEXT ONLY ${e}`);
    if (verbose) for (const e of lost) console.log(`    pdf only ${e}`);
    void findingKey;
  }
  console.log(`total: ${got}/${all} = ${((100 * got) / Math.max(all, 1)).toFixed(1)}%`);
}
