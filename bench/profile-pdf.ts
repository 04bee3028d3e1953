// Where the time of checking a PDF goes, stage by stage: open, fonts, text content, operator list,
// layout (lines, tables, paragraphs), interpretation, rules and report. Every stage runs in this
// process (no worker), after one warm-up run of the file, under V8's sampling CPU profiler; each
// sample is charged to the innermost stage on its stack (so "fonts" is font loading wherever it
// happens: the text content or the operator list asks for the font first), garbage collection apart.
// Wall times of the steps are printed beside the CPU samples. PDFium reads unless JUESUAN_PDF_ENGINE=pdfjs
// (then the pdfjs stages: fonts, text content, operator list).
// Run: npx tsx bench/profile-pdf.ts [FILE.pdf ...]   (default: every PDF under test/corpus; scans
// are read without OCR). BENCH_FROM=dist profiles the built dist/ instead of the sources.
import { readFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';

process.env.JUESUAN_OCR = 'off';
const dist = process.env.BENCH_FROM === 'dist';
const code = (path: string) => new URL(`../${dist ? 'dist' : 'src'}/${path}.${dist ? 'js' : 'ts'}`, import.meta.url).href;
const { readTextLayer } = (await import(code('extract/pdf/text-layer'))) as typeof import('../src/extract/pdf/text-layer.js');
const { finishPdf } = (await import(code('extract/pdf/read-pdf'))) as typeof import('../src/extract/pdf/read-pdf.js');
const { interpret } = (await import(code('interpret/index'))) as typeof import('../src/interpret/index.js');
const { defaultCatalog } = (await import(code('catalog/catalog'))) as typeof import('../src/catalog/catalog.js');
const { checkDisclosure } = (await import(code('check'))) as typeof import('../src/check.js');
const { renderText } = (await import(code('report/text'))) as typeof import('../src/report/text.js');
const { corpusPdfs, ROOT } = await import('./layout-hash.js');

/** Stages by the functions that run them, innermost first when a sample's stack holds several. */
const STAGES: [string, RegExp][] = [
  ['fonts', /^(translateFont|loadFont|Font|loadType3Data)$/],
  ['text content', /^getTextContent$/],
  ['operator list', /^getOperatorList$/],
  // PDFium, the reader unless JUESUAN_PDF_ENGINE=pdfjs: its whole text layer (WebAssembly and the JavaScript around it).
  ['PDFium text layer', /^(readDocument|readTextLayerPdfium)$/],
  ['layout', /^(finishPdf|layoutFromPages)$/],
  ['interpretation', /^interpret$/],
  ['rules', /^(checkDisclosure|runRules)$/],
  ['report', /^renderText$/],
];
const GC = '(garbage collector)';
/** Samples in which this thread waited (for the worker, a file, a timer): not work. */
const IDLE = new Set(['(idle)', '(program)']);

interface Node {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

/** Milliseconds of CPU samples per stage of a profile. */
function byStage(profile: { nodes: Node[]; samples?: number[]; timeDeltas?: number[] }): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, Node>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const stageOf = new Map<number, string>();
  const stage = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    const name = byId.get(id)?.callFrame.functionName ?? '';
    let s = name === GC ? 'gc' : IDLE.has(name) ? 'idle' : STAGES.find(([, re]) => re.test(name))?.[0];
    if (!s) {
      const up = parent.get(id);
      s = up === undefined ? 'other (open, loading)' : stage(up);
    }
    stageOf.set(id, s);
    return s;
  };
  const out = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const s = stage(samples[i] as number);
    out.set(s, (out.get(s) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return out;
}

/** One full check of a PDF, step by step, with the wall time of each step. */
async function checkOnce(file: string, bytes: Uint8Array): Promise<Record<string, number>> {
  const t: number[] = [performance.now()];
  const { pages } = await readTextLayer(bytes, file);
  t.push(performance.now());
  const layout = await finishPdf(bytes, file, pages);
  t.push(performance.now());
  const doc = interpret(layout, defaultCatalog());
  t.push(performance.now());
  const report = checkDisclosure(doc);
  t.push(performance.now());
  renderText([{ ok: true, ...report }]);
  t.push(performance.now());
  const d = (k: number) => (t[k + 1] as number) - (t[k] as number);
  return { 'text layer (open, fonts, text, operators)': d(0), layout: d(1), interpretation: d(2), rules: d(3), report: d(4), pages: pages.length };
}

const files = process.argv.slice(2).length ? process.argv.slice(2) : await corpusPdfs();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
for (const rel of files) {
  const bytes = new Uint8Array(await readFile(rel.startsWith('/') ? rel : `${ROOT}${rel}`));
  await checkOnce(rel, bytes); // warm-up: pdfjs and our code compiled, CMaps read
  await session.post('Profiler.start');
  const cpu0 = process.cpuUsage();
  const wall = await checkOnce(rel, bytes);
  const cpu = process.cpuUsage(cpu0);
  const { profile } = await session.post('Profiler.stop');
  const stages = byStage(profile as never);
  const total = [...stages].reduce((a, [k, v]) => a + (k === 'idle' ? 0 : v), 0);
  const { pages, ...steps } = wall;
  const wallTotal = Object.values(steps).reduce((a, b) => a + b, 0);
  console.log(`${rel}（${pages} 页）：墙钟 ${wallTotal.toFixed(0)} ms，CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms（含垃圾回收线程）`);
  console.log(`  墙钟：${Object.entries(steps).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('，')}`);
  const order = [...STAGES.map(([s]) => s), 'gc', 'other (open, loading)'];
  if (process.env.PROFILE_TOP) printTop(profile as never, Number(process.env.PROFILE_TOP));
  console.log(`  采样：${order.filter((s) => stages.has(s)).map((s) => `${s} ${(stages.get(s) as number).toFixed(0)} (${((100 * (stages.get(s) as number)) / total).toFixed(0)}%)`).join('，')}`);
}
session.disconnect();

/** The functions with the most self time (PROFILE_TOP=n): what a stage is made of. */
function printTop(profile: { nodes: (Node & { callFrame: { url: string; lineNumber: number } })[]; samples?: number[]; timeDeltas?: number[] }, n: number): void {
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
  const byFn = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.startsWith('data:') ? 'pdf.worker (patched)' : f.url.split('/').pop()}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
}
