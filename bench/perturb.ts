/**
 * `npm run perturb`: one seeded defect at a time. For each document, variants each with ONE defect
 * written into a prose line of its explanation (a direction word flipped, a digit changed, ±1 in the
 * last digit, two digits swapped, ×10, 持平 for a change, a rate without its %, two item names
 * swapped, 万元 written 亿元 or 元, a wrong comparison year: bench/perturb/kinds.ts), at a place drawn by
 * the seeded RNG from the places the kind's regular expression finds in the text (not from what the
 * checker reads). The original and every variant are checked through the library API, in `--jobs`
 * processes, and each variant is judged against its original (bench/perturb/classify.ts):
 *   AT_PLACE    exactly one new error or warning, and it names the changed line
 *   MULTI       several new errors or warnings, at least one naming the line
 *   ELSEWHERE   new errors or warnings, none naming the line
 *   INFO        only new infos
 *   UNDETECTED  nothing new
 * with flags NEW_ERR_NOT_AT (a new error that does not name the line: potentially a false error) and
 * LOST_BASE (an error or warning of the original is gone).
 *
 * Table kinds (`--kinds cells`): one amount cell of a table row (Markdown `|`, tabs, space-aligned)
 * with one digit changed, its last digit ±1, two digits swapped, ×10, or two amount cells of the row
 * exchanged; a finding is at the place when it names the row's line.
 *
 * Usage: npm run perturb -- [--seed N] [--per-doc N] [--kinds a,b] [--dir DIR]... [--dir-only]
 *                           [--jobs N] [--pairs] [--out FILE.json] [--show CLASS] [--from FILE.json]
 *   inputs     samples/*, test/corpus/*.txt and test/paraphrase/* (.txt/.md), plus every .txt/.md under
 *              each --dir (only those with --dir-only); READMEs are skipped.
 *   --kinds    kinds by id, or `prose` (the default) and `cells` for every prose or table kind.
 *   --per-doc  variants per document per kind (default 3); --seed (default 1); --jobs (default: cores).
 *   --pairs    two slips of different kinds on one line in each variant instead of one (--per-doc then
 *              counts variants per document): the class is judged as for one slip, against that line.
 *   --out      the whole run as JSON (every variant: document, kind, line, before and after, class,
 *              flags, new and lost findings), in an order that depends only on inputs and seed: diff two.
 *   --show     also print the variants of a class or flag (AT_PLACE … UNDETECTED, NEW_ERR_NOT_AT,
 *              LOST_BASE, FAILED) with their findings; --from FILE.json shows a saved run without checking.
 * A measurement: exit code 0 whatever it finds (2 on a usage error).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLASSES, FLAGS } from './perturb/classify.js';
import { ALL_KIND_IDS, CELL_KIND_IDS, KIND_IDS, type KindId } from './perturb/kinds.js';
import { checkerPool } from './perturb/pool.js';
import { show, table } from './perturb/report.js';
import { type Doc, type PerturbRun, runPerturb } from './perturb/run.js';
import { decode, textFiles } from './text-files.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEFAULT_DIRS = ['samples', 'test/corpus', 'test/paraphrase'];

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    'per-doc': { type: 'string', default: '3' },
    kinds: { type: 'string' },
    dir: { type: 'string', multiple: true, default: [] },
    'dir-only': { type: 'boolean', default: false },
    pairs: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    out: { type: 'string' },
    show: { type: 'string', multiple: true, default: [] },
    from: { type: 'string' },
  },
});
const usage = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(2);
};
// `cells` names every table kind, `prose` every prose kind (the default).
const kinds = (values.kinds?.split(',').filter(Boolean) ?? ['prose']).flatMap((k) => (k === 'cells' ? [...CELL_KIND_IDS] : k === 'prose' ? [...KIND_IDS] : [k])) as KindId[];
for (const k of kinds) if (!(ALL_KIND_IDS as readonly string[]).includes(k)) usage(`未知的 --kinds “${k}”：可选 prose, cells, ${ALL_KIND_IDS.join(', ')}`);
const shown = values.show as string[];
for (const s of shown) if (![...CLASSES, ...FLAGS, 'FAILED'].includes(s)) usage(`未知的 --show “${s}”：可选 ${[...CLASSES, ...FLAGS, 'FAILED'].join(', ')}`);

async function inputs(): Promise<Doc[]> {
  const dirs = [...(values['dir-only'] ? [] : DEFAULT_DIRS.map((d) => ({ d: join(ROOT, d), recursive: false }))), ...(values.dir as string[]).map((d) => ({ d: resolve(d), recursive: true }))];
  if (!dirs.length) usage('--dir-only 需要至少一个 --dir');
  const files = (await Promise.all(dirs.map(({ d, recursive }) => textFiles(d, recursive)))).flat();
  return Promise.all(
    files.map(async (file) => {
      const rel = relative(ROOT, file);
      return { doc: rel.startsWith('..') || isAbsolute(rel) ? file : rel, file: `${basename(file, extname(file))}${extname(file)}`, text: decode(await readFile(file)) };
    }),
  );
}

const t0 = performance.now();
let run: PerturbRun;
if (values.from) {
  run = JSON.parse(await readFile(values.from, 'utf8')) as PerturbRun;
} else {
  const jobs = Math.max(1, Number(values.jobs ?? availableParallelism()) || 1);
  const seed = Number(values.seed);
  const perDoc = Number(values['per-doc']);
  if (!Number.isInteger(seed) || !Number.isInteger(perDoc) || perDoc < 1) usage('--seed 和 --per-doc 须为整数（--per-doc ≥ 1）');
  const docs = await inputs();
  const pool = checkerPool(jobs);
  try {
    run = await runPerturb(docs, {
      seed,
      perDoc,
      kinds,
      pairs: values.pairs,
      check: pool.check,
      progress: (done, total) => {
        if (done % 50 === 0 || done === total) process.stderr.write(`${done}/${total} variants checked, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
      },
    });
  } finally {
    pool.close();
  }
  if (values.out) await writeFile(values.out, `${JSON.stringify(run, null, 1)}\n`);
  console.log(`${run.docs.length} documents, ${run.variants.length} variants${run.pairs ? ' (two slips each, --pairs)' : ''}, seed ${run.seed}, --per-doc ${run.perDoc}, --jobs ${jobs}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  for (const d of run.docs.filter((x) => x.failed)) console.log(`  ${d.doc}: 原文检查失败（${d.failed}），未做变体`);
}
console.log(table(run));
for (const s of shown) console.log(`\n${show(run, s as Parameters<typeof show>[1])}`);
process.exit(0);
