// Time of `render` per format for one document (the richer example), after warm-up: compose (the
// explanation from the figures), table validation, and each renderer on its own; PDF once, as
// LibreOffice's start-up dominates it. Run: npm run bench:render   (BENCH_N=20 by default)
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { compose } from '../src/compose/compose.js';
import { parseComposeInput } from '../src/compose/input.js';
import { validateTables } from '../src/compose/validate.js';
import { renderFormat } from '../src/render/index.js';
import { sofficePath } from '../src/render/pdf/index.js';

const file = new URL('../examples/health-commission-2024.yaml', import.meta.url).pathname;
const text = await readFile(file, 'utf8');
const n = Number(process.env.BENCH_N ?? 20);

async function time(label: string, runs: number, f: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(3, runs); i++) await f(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await f();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms`);
  return ms;
}

const input = parseComposeInput(text, file);
await time('解析与校验输入（zod）', n, () => parseComposeInput(text, file));
await time('决算表规则检查', n, () => validateTables(input, file));
const doc = compose(input);
await time('生成说明（compose）', n, () => compose(input));
let together = 0;
for (const f of ['docx', 'html', 'xlsx'] as const) together += await time(`输出 ${f}`, n, () => renderFormat(doc, f));
console.log(`${'DOCX + HTML + XLSX 合计'.padEnd(24)} ${together.toFixed(1).padStart(8)} ms（目标 < 1000 ms）`);
if (sofficePath()) await time('输出 pdf（LibreOffice）', 1, () => renderFormat(doc, 'pdf'));
else console.log('输出 pdf：本机没有 LibreOffice，跳过');
