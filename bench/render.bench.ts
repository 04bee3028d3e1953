// Time of `render` per format for one document (the richer example), after warm-up: compose (the
// explanation from the figures), table validation, and each renderer on its own; PDF once, as
// LibreOffice's start-up dominates it. Each line gives the wall time and the CPU time (user + system
// of this process; resvg and the zip run on other threads) per run. The six charts are timed on their
// own as SVG (ECharts) and as PNG (resvg with the CJK face cut to their characters: the cut is kept in
// the temporary directory, so after the warm-up it is read from there; the cutting itself, with the
// face already loaded into HarfBuzz, has a line of its own); `BENCH_CHARTS=0` renders without them.
// Run: npm run bench:render   (BENCH_N=20 by default)
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { compose } from '../src/compose/compose.js';
import { parseComposeInput } from '../src/compose/input.js';
import { validateTables } from '../src/compose/validate.js';
import type { ChartBlock } from '../src/compose/document.js';
import { chartPngs, chartSvg, clearChartCache } from '../src/render/charts/index.js';
import { cjkFont } from '../src/render/charts/font.js';
import { subsetFace, svgCharacters } from '../src/render/charts/subset.js';
import { renderFormat } from '../src/render/index.js';
import { sofficePath } from '../src/libreoffice.js';

const file = new URL('../examples/health-commission-2024.yaml', import.meta.url).pathname;
const text = await readFile(file, 'utf8');
const n = Number(process.env.BENCH_N ?? 20);

async function time(label: string, runs: number, f: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(3, runs); i++) await f(); // warm-up
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) await f();
  const cpu = process.cpuUsage(c0);
  const ms = (performance.now() - t0) / runs;
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  console.log(`${label.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  CPU ${cpuMs.toFixed(1).padStart(8)} ms`);
  return ms;
}

const input = parseComposeInput(text, file);
await time('解析与校验输入（zod）', n, () => parseComposeInput(text, file));
await time('决算表规则检查', n, () => validateTables(input, file));
const charts = process.env.BENCH_CHARTS !== '0';
const doc = compose(input, { charts });
await time('生成说明（compose）', n, () => compose(input, { charts }));
const chartBlocks = doc.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
const font = cjkFont();
if (chartBlocks.length) {
  await time(`图表 SVG（${chartBlocks.length} 张，ECharts）`, n, () => chartBlocks.map((c) => chartSvg(c)));
  const svgs = chartBlocks.map((c) => chartSvg(c));
  if (font) {
    const text = svgCharacters(svgs.join(''));
    await time('字体子集（HarfBuzz，不用缓存）', n, () => subsetFace(font.file, font.family, text));
    await time(`图表 PNG（${svgs.length} 张，resvg）`, n, () => {
      clearChartCache();
      return chartPngs(svgs, font);
    });
  }
  else console.log('图表 PNG：本机没有中文字体，DOCX 中不插入图表');
}
let together = 0;
// The DOCX draws its charts afresh each run (they are remembered within a process for docx + pdf).
for (const f of ['docx', 'html', 'xlsx'] as const) {
  together += await time(`输出 ${f}`, n, () => {
    if (f === 'docx') clearChartCache();
    return renderFormat(doc, f);
  });
}
console.log(`${'DOCX + HTML + XLSX 合计'.padEnd(24)} ${together.toFixed(1).padStart(8)} ms（目标 < 1000 ms）`);
if (sofficePath()) {
  clearChartCache();
  await time('输出 pdf（LibreOffice）', 1, () => renderFormat(doc, 'pdf'));
}
else console.log('输出 pdf：本机没有 LibreOffice，跳过');
