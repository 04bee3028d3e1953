// Where a text check's time goes, per stage and per rule: the three samples checked N times in one
// process (after warm-up), each stage and each rule's check timed by CPU time of this thread.
// Run: npx tsx bench/stages.ts   (BENCH_N=20 by default)
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readLayout } from '../src/extract/index.js';
import { interpret } from '../src/interpret/index.js';
import { defaultCatalog } from '../src/catalog/catalog.js';
import { clearFigureMemo } from '../src/model/decimal.js';
import { runRule } from '../src/rules/engine.js';
import { ALL_RULES } from '../src/rules/index.js';
import { reportOf } from '../src/check.js';
import '../src/extract/register.js';

const dir = new URL('../samples/', import.meta.url).pathname;
const n = Number(process.env.BENCH_N ?? 20);
const files = (await readdir(dir)).filter((f) => /\.(txt|md|html|docx)$/.test(f)).sort();
const inputs = await Promise.all(files.map(async (f) => ({ f, bytes: new Uint8Array(await readFile(join(dir, f))) })));
const catalog = defaultCatalog();
const times = new Map<string, number>();
const cpu = () => process.cpuUsage().user / 1000;
const add = (k: string, ms: number) => times.set(k, (times.get(k) ?? 0) + ms);

async function once(f: string, bytes: Uint8Array, count: boolean): Promise<void> {
  let t = cpu();
  const lap = (k: string) => { const u = cpu(); if (count) add(k, u - t); t = u; };
  const layout = await readLayout(f, bytes);
  lap('stage: read layout');
  const doc = interpret(layout, catalog);
  lap('stage: interpret');
  clearFigureMemo();
  const outcomes = ALL_RULES.map((rule) => { const o = runRule(doc, rule, catalog); lap(`rule: ${rule.id}`); return o; });
  reportOf(doc, outcomes);
  lap('stage: report (fold, sections, sort, scoring)');
}

for (const { f, bytes } of inputs) for (let i = 0; i < 3; i++) await once(f, bytes, false);
const t0 = cpu();
for (let i = 0; i < n; i++) for (const { f, bytes } of inputs) await once(f, bytes, true);
const docs = n * inputs.length;
const whole = cpu() - t0;
const rules = [...times].filter(([k]) => k.startsWith('rule: ')).reduce((s, [, v]) => s + v, 0);
add('stage: rules (all)', rules);
const rows = [...times].sort((a, b) => b[1] - a[1]);
console.log(`${docs} documents, ${(whole / docs).toFixed(2)} ms CPU a document (user time of the process)`);
for (const [k, v] of rows) if (k.startsWith('stage') || v / docs >= 0.05) console.log(`${(v / docs).toFixed(3).padStart(8)} ms  ${((100 * v) / whole).toFixed(1).padStart(5)}%  ${k}`);
