// Print parity: prints each document the way the PDF corpus is printed (LibreOffice, Chromium,
// Chromium without borders; make-pdf-corpus.ts), checks the document and each print, and lists the
// findings at warning or error that one has and the other has not. A finding is compared by rule,
// severity and figures (expected, actual, difference), not by where it is: a print has pages where
// the text has lines. A difference is a candidate PDF-reading defect (or a text-reading one).
// Usage: npx tsx test/tools/print-parity.ts OUTDIR FILE...   (needs soffice, chromium)
//        npx tsx test/tools/print-parity.ts --no-print OUTDIR FILE...   (reuses the prints in OUTDIR)
// Writes OUTDIR/NAME.*.pdf, OUTDIR/NAME.*.json (the check reports) and prints a summary.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printDocument } from './make-pdf-corpus.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const PRINTS = ['libreoffice', 'chromium', 'borderless'] as const;

interface Finding {
  rule: string;
  severity: string;
  message: string;
  expected: string | null;
  actual: string | null;
  difference: string | null;
}

/** The findings at warning or error of one file, by `juesuan check --format json`. */
async function check(file: string, report: string): Promise<Finding[]> {
  let out: string;
  try {
    out = execFileSync('npx', ['tsx', join(ROOT, 'test/helpers/cli-entry.ts'), 'check', '--format', 'json', '--fail-on', 'never', file], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      timeout: 300_000,
    });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  await writeFile(report, out);
  const doc = (JSON.parse(out) as { documents: { findings: Finding[] }[] }).documents[0];
  return (doc?.findings ?? []).filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/** What a finding is, apart from where it is. */
// Spaces are left out of the figures: a print may set "202 年度" as "202年度".
const key = (f: Finding) => [f.rule, f.severity, ...[f.expected, f.actual, f.difference].map((s) => (s ?? '').replace(/\s+/g, ''))].join(' | ');

/** The findings of `a` not matched one for one by a finding of `b`. */
function missingFrom(a: Finding[], b: Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  return a.filter((f) => {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) {
      left.set(key(f), n - 1);
      return false;
    }
    return true;
  });
}

const args = process.argv.slice(2);
const reprint = args[0] !== '--no-print';
if (!reprint) args.shift();
const [outArg, ...files] = args;
if (!outArg || files.length === 0) {
  process.stderr.write('usage: print-parity.ts [--no-print] OUTDIR FILE...\n');
  process.exit(2);
}
const outDir = resolve(outArg);
const work = await mkdtemp(join(tmpdir(), 'juesuan-parity-'));
const summary: string[] = [];
try {
  for (const file of files.map((f) => resolve(f))) {
    const name = basename(file, extname(file));
    if (reprint || !existsSync(join(outDir, `${name}.borderless.pdf`))) {
      try {
        await printDocument(file, outDir, work);
      } catch (e) {
        summary.push(`${name}: not printed (${(e as Error).message.split('\n')[0]})`);
        continue;
      }
    }
    const text = await check(file, join(outDir, `${name}.source.json`));
    const counts: string[] = [];
    const lines: string[] = [];
    for (const p of PRINTS) {
      const pdf = join(outDir, `${name}.${p}.pdf`);
      const printed = await check(pdf, join(outDir, `${name}.${p}.json`));
      const extra = missingFrom(printed, text);
      const lost = missingFrom(text, printed);
      counts.push(`${p} +${extra.length} -${lost.length}`);
      for (const f of extra) lines.push(`  ${p} + ${key(f)}  ${f.message}`);
      for (const f of lost) lines.push(`  ${p} - ${key(f)}  ${f.message}`);
    }
    summary.push(`${name}: text ${text.length}; ${counts.join('; ')}`, ...lines);
    process.stdout.write(`${summary.slice(-1 - lines.length).join('\n')}\n`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
await writeFile(join(outDir, 'summary.txt'), `${summary.join('\n')}\n`);
