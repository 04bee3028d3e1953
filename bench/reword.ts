/**
 * `npm run reword`: the same account written the way other documents write it must give the same
 * findings. Each text document (samples/*, test/corpus/*.txt, test/paraphrase/*, plus every .txt/.md
 * under each --dir) is checked as it is and rewritten by each rewording of bench/reword/rewordings.ts
 * (of the prose and of the tables' cells, units, codes and headers); the errors and warnings of each
 * rewritten text, by rule, are compared with the original's. --only ID,ID runs those rewordings alone.
 * An error or warning that appears only when rewritten is a reading that depends on how the text is
 * written: a false finding waiting for a document written that way.
 * Usage: npm run reword -- [--dir DIR]... [--dir-only] [--jobs N] [--show] [--only ID,ID]
 * A measurement: exit code 0 whatever it finds.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkerPool } from './perturb/pool.js';
import { more, REWORDINGS, reword, serious } from './reword/rewordings.js';
import { decode, textFiles } from './text-files.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true, default: [] }, 'dir-only': { type: 'boolean', default: false }, jobs: { type: 'string' }, show: { type: 'boolean', default: false }, only: { type: 'string' } },
});

const dirs = [...(values['dir-only'] ? [] : ['samples', 'test/corpus', 'test/paraphrase'].map((d) => ({ d: join(ROOT, d), r: false }))), ...(values.dir as string[]).map((d) => ({ d: resolve(d), r: true }))];
const files = (await Promise.all(dirs.map(({ d, r }) => textFiles(d, r)))).flat();
const pool = checkerPool(Math.max(1, Number(values.jobs ?? availableParallelism()) || 1));
const only = values.only == null ? null : new Set((values.only as string).split(','));
const rows = REWORDINGS.filter((r) => only == null || only.has(r.id)).map((r) => ({ r, texts: 0, changed: 0, newErrors: 0, newWarnings: 0, lost: 0, shown: [] as string[] }));
try {
  await Promise.all(
    files.map(async (path) => {
      const text = decode(await readFile(path));
      const file = `${basename(path, extname(path))}${extname(path)}`;
      const base = serious(await pool.check(file, text));
      await Promise.all(
        rows.map(async (row) => {
          const v = reword(text, row.r);
          if (v == null) return;
          row.texts++;
          const got = serious(await pool.check(file, v));
          const added = more(got, base);
          const lost = more(base, got);
          if (!added.length && !lost.length) return;
          row.changed++;
          for (const [k, n] of added) k.startsWith('error') ? (row.newErrors += n) : (row.newWarnings += n);
          for (const [, n] of lost) row.lost += n;
          row.shown.push(`  ${relative(ROOT, path)}: ${added.map(([k, n]) => `+${n} ${k}`).concat(lost.map(([k, n]) => `-${n} ${k}`)).join(', ')}`);
        }),
      );
    }),
  );
} finally {
  pool.close();
}
console.log(`${files.length} documents`);
console.log('| rewording | texts | changed | new errors | new warnings | lost |\n|---|---:|---:|---:|---:|---:|');
for (const x of rows) console.log(`| ${x.r.id} ${x.r.name} | ${x.texts} | ${x.changed} | ${x.newErrors} | ${x.newWarnings} | ${x.lost} |`);
if (values.show) for (const x of rows) if (x.shown.length) console.log(`\n${x.r.id}:\n${x.shown.sort().join('\n')}`);
process.exit(0);
