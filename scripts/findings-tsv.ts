// Developer aid for regressions: every warning and error the built checker gives on the regression
// documents (samples, shared corpus, test corpus, paraphrases, fixtures, real pages), one TSV line
// each, so that two builds can be compared finding by finding before a change lands:
//   npx tsx scripts/findings-tsv.ts OUT.tsv [--bin bin/juesuan.js] [PATH...]
//   diff <(sort BEFORE.tsv) <(sort AFTER.tsv)
// Lines are file, severity, rule, message; a file the checker cannot read gives one PARSEFAIL line.
// It runs the built CLI (npm run build:server first) in batches, which use its worker pool.
import { execFile } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { formatOfName } from '../src/model/formats.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const DEFAULT_PATHS = ['samples', '../shared/corpus', 'test/corpus', 'test/paraphrase', 'test/fixtures', 'test/real-pages'];
const BATCH = 40;

interface Finding { rule: string; severity: string; message: string }
interface Report { documents: { file: string; error?: { code: string; message: string }; findings: Finding[] }[] }

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

function isDocument(file: string): boolean {
  return !/(^|\/)README[^/]*$/i.test(file) && formatOfName(file) != null;
}

// Paths in messages are made relative too, so that two checkouts' outputs compare line by line.
const oneLine = (s: string): string => s.replace(/[\t\r\n]+/g, ' ').replaceAll(`${root}/`, '');

function linesOf(report: Report): string[] {
  return report.documents.flatMap((d) => {
    const file = relative(root, resolve(root, d.file));
    if (d.error) return [[file, 'error', 'PARSEFAIL', `${d.error.code} ${oneLine(d.error.message)}`].join('\t')];
    return d.findings
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .map((f) => [file, f.severity, f.rule, oneLine(f.message)].join('\t'));
  });
}

async function check(bin: string, files: string[]): Promise<string[]> {
  const argv = [bin, 'check', '--format', 'json', '--fail-on', 'never', ...files];
  try {
    return linesOf(JSON.parse((await run('node', argv, { cwd: root, maxBuffer: 1 << 28 })).stdout) as Report);
  } catch (e) {
    // A file the checker rejects makes the exit code non-zero; its report is still whole.
    const stdout = (e as { stdout?: string }).stdout;
    try { if (stdout) return linesOf(JSON.parse(stdout) as Report); } catch { /* cut short: below */ }
    // One unreadable file fails its batch: retry the batch file by file to name it.
    if (files.length > 1) return (await Promise.all(files.map((f) => check(bin, [f])))).flat();
    const message = oneLine(String((e as { stderr?: string }).stderr || (e as Error).message)).slice(0, 300);
    return [[relative(root, resolve(root, files[0]!)), 'error', 'PARSEFAIL', message].join('\t')];
  }
}

const args = process.argv.slice(2);
const binAt = args.indexOf('--bin');
const bin = binAt >= 0 ? resolve(args.splice(binAt, 2)[1]!) : join(root, 'bin/juesuan.js');
const [out, ...paths] = args;
if (!out) {
  console.error('用法：npx tsx scripts/findings-tsv.ts 输出.tsv [--bin bin/juesuan.js] [路径...]');
  process.exit(2);
}
const files = (paths.length ? paths : DEFAULT_PATHS.map((p) => join(root, p)))
  .flatMap(filesUnder).filter(isDocument);
const lines: string[] = [];
for (let i = 0; i < files.length; i += BATCH) lines.push(...(await check(bin, files.slice(i, i + BATCH))));
writeFileSync(out, lines.sort().join('\n') + '\n');
console.error(`${files.length} 个文件，${lines.length} 条警告和错误 → ${out}`);
