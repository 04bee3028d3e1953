/**
 * `npm run metamorphic`: layout-metamorphic testing. A document means the same whatever page it is
 * printed on, in whatever font size, with whatever margins; so its findings must not change when it is
 * laid out again. Each sample in samples/ is printed again in other layouts, every print is checked
 * with the project's own `check`, and the error and warning findings that appear or disappear against
 * the sample's own are listed. A finding that appears only in a re-laid-out print is almost always a
 * reading fault (a row cut by a page break read as two rows, a paragraph taken for a running header);
 * one that disappears is a loss, acceptable only where coverage says the part was not read.
 *
 * Variants of each sample (made in a temporary directory, removed at the end unless --keep):
 *   chromium     the sample's HTML printed by Chromium (as `npm run corpus:pdf` prints it) with one CSS
 *                change: A4 landscape, A5 with small margins, A3, 9pt, 14pt, serif, tables at 60% width,
 *                wide margins, cells without padding, tables in 8pt, each table on a new page, narrow
 *                tables in 14pt;
 *   libreoffice  the sample's DOCX (test/tools/to-docx.ts) with another page setup, converted by
 *                LibreOffice: A4 landscape, A5 with narrow margins, A3, 8pt, 16pt with wide margins;
 *   text         `pdftotext -layout` and plain `pdftotext` of the corpus's LibreOffice and Chromium
 *                prints (test/corpus/pdf/NAME.libreoffice.pdf, NAME.chromium.pdf).
 *
 * Usage: npm run metamorphic [-- --only chromium|libreoffice|text] [--sample NAME] [--jobs N] [--keep DIR]
 *   --jobs N   checks run at once (default: one per core); each converter prints one file at a time,
 *              as soffice cannot run twice on one profile.
 *   --keep DIR the variants are written to DIR and kept.
 * Needs chromium, soffice (libreoffice-writer-nogui) and pdftotext (poppler-utils). Takes minutes. It is
 * a measurement, like the benchmarks: exit code 0 whatever it finds, 2 when a converter is missing (or
 * the arguments name no variant kind or sample there is).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { PageOrientation } from 'docx';
import { type DocumentReport, checkFile } from '../src/check.js';
import { keepIdleWorkers } from '../src/extract/bounded.js';
import { readLayout } from '../src/extract/index.js';
import type { Finding } from '../src/model/finding.js';
import { describeLocation } from '../src/model/location.js';
import { listSamples } from '../test/tools/make-variants.js';
import { CHROMIUM, SOFFICE, convertWithLibreOffice, printPage, printWithChromium } from '../test/tools/make-pdf-corpus.js';
import { type DocxSetup, toDocx } from '../test/tools/to-docx.js';
import { diffFindings } from './metamorphic-diff.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PDFTOTEXT = process.env.PDFTOTEXT ?? 'pdftotext';
const run = promisify(execFile);

/** One CSS change each, added after the corpus's print stylesheet (its rules win). */
const CHROMIUM_CSS: [id: string, css: string][] = [
  ['a4land', '@page{size:A4 landscape}'],
  ['a5', '@page{size:A5;margin:12mm 10mm}'],
  ['a3', '@page{size:A3}'],
  ['f9', 'body,td{font-size:9pt}'],
  ['f14', 'body,td{font-size:14pt}'],
  ['serif', 'body,td{font-family:"Noto Serif CJK SC",serif}'],
  ['narrow', 'table{width:60%}'],
  ['widemargin', '@page{margin:40mm 45mm}'],
  ['pad0', 'td{padding:0 !important}'],
  ['tbl8', 'table,td{font-size:8pt}'],
  ['breakbefore', 'table{break-before:page}'],
  ['narrowf14', 'table{width:60%}body,td{font-size:14pt}'],
];

// Twips (1/20 pt); a landscape page is given with its portrait size, docx swaps it.
const A4 = { width: 11906, height: 16838 };
const A5 = { width: 8391, height: 11906 };
const A3 = { width: 16838, height: 23811 };
const DOCX_SETUPS: [id: string, setup: DocxSetup][] = [
  ['a4land', { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE } } }],
  ['a5', { page: { size: A5, margin: { top: 720, bottom: 720, left: 720, right: 720 } } }],
  ['a3', { page: { size: A3 } }],
  ['f8', { fontSize: 16 }],
  // 40 mm top and bottom, 45 mm left and right.
  ['f16wide', { page: { size: A4, margin: { top: 2268, bottom: 2268, left: 2552, right: 2552 } }, fontSize: 32 }],
];

const TEXT_MODES: [id: string, args: string[]][] = [
  ['layout', ['-layout']],
  ['plain', []],
];

type Kind = 'chromium' | 'libreoffice' | 'text';
const KINDS: Kind[] = ['chromium', 'libreoffice', 'text'];

const { values } = parseArgs({
  options: { only: { type: 'string' }, sample: { type: 'string' }, jobs: { type: 'string' }, keep: { type: 'string' } },
});
if (values.only && !KINDS.includes(values.only as Kind)) {
  process.stderr.write(`--only 只能是 ${KINDS.join('、')} 之一，收到“${values.only}”。\n`);
  process.exit(2);
}
const kinds: Kind[] = values.only ? [values.only as Kind] : KINDS;
const jobs = Math.max(1, Number(values.jobs ?? availableParallelism()) || 1);

/** Whether a program can be run: a path that exists, or a name found on PATH. */
function hasProgram(cmd: string): boolean {
  if (cmd.includes('/')) return existsSync(cmd);
  return (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, cmd)));
}

const needed: { kind: Kind; cmd: string; pkg: string }[] = [
  { kind: 'chromium', cmd: CHROMIUM, pkg: 'chromium' },
  { kind: 'libreoffice', cmd: SOFFICE, pkg: 'libreoffice-writer-nogui' },
  { kind: 'text', cmd: PDFTOTEXT, pkg: 'poppler-utils' },
];
const missing = needed.filter((n) => kinds.includes(n.kind) && !hasProgram(n.cmd));
if (missing.length) {
  for (const m of missing) process.stderr.write(`缺少转换工具 ${m.cmd}：请安装 Debian 软件包 ${m.pkg}（apt-get install ${m.pkg}），或用 --only 只做其他变体。\n`);
  process.exit(2);
}

const samples = (await listSamples()).filter((s) => !values.sample || basename(s).includes(values.sample));
if (!samples.length) {
  process.stderr.write(`samples/ 中没有名称含“${values.sample}”的样本。\n`);
  process.exit(2);
}

const t0 = performance.now();
const root = values.keep ? resolve(values.keep) : await mkdtemp(join(tmpdir(), 'juesuan-metamorphic-'));
// Converters' profiles, the HTML and DOCX they read: one directory per converter, as each runs one at a time.
const work = { chromium: join(root, 'work-chromium'), libreoffice: join(root, 'work-libreoffice') };
await mkdir(work.chromium, { recursive: true });
await mkdir(work.libreoffice, { recursive: true });

/** Runs at most `jobs` checks at once; conversions go on meanwhile (a PDF is parsed in a worker thread). */
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= jobs) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

interface Variant {
  sample: string;
  id: string;
  file?: string;
  report?: DocumentReport;
  /** Why the variant could not be made or checked. */
  failed?: string;
}

const variants: Variant[] = [];
const checks: Promise<void>[] = [];
/** Checks a variant once its file is made (without waiting for it: the converter goes on to the next). */
function made(v: Variant, file: string): void {
  v.file = file;
  checks.push(
    limited(() => checkFile(file)).then(
      (r) => void (v.report = r),
      (e: unknown) => void (v.failed = `检查失败：${e instanceof Error ? e.message : String(e)}`),
    ),
  );
}
/** Makes one variant, noting a conversion that failed rather than stopping the measurement. */
async function make(sample: string, id: string, convert: () => Promise<string>): Promise<void> {
  const v: Variant = { sample, id };
  variants.push(v);
  try {
    made(v, await convert());
  } catch (e) {
    v.failed = `转换失败：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
}

const nameOf = (sample: string) => basename(sample, extname(sample));
const layouts = new Map(await Promise.all(samples.map(async (s) => [s, await readLayout(s, new Uint8Array(await readFile(s)))] as const)));
const sources = new Map(await Promise.all(samples.map(async (s) => [s, await limited(() => checkFile(s))] as const)));

// The variants are listed in this order whatever order they finish in.
const lanes: Record<Kind, () => Promise<void>> = {
  async chromium() {
    for (const s of samples) {
      for (const [id, css] of CHROMIUM_CSS) {
        await make(s, `cr-${id}`, async () => {
          const html = join(work.chromium, `${nameOf(s)}.cr-${id}.html`);
          await writeFile(html, printPage(layouts.get(s)!, nameOf(s), `<style>${css}</style>`));
          const pdf = join(root, `${nameOf(s)}.cr-${id}.pdf`);
          await printWithChromium(html, pdf, work.chromium);
          return pdf;
        });
      }
    }
  },
  async libreoffice() {
    for (const s of samples) {
      for (const [id, setup] of DOCX_SETUPS) {
        await make(s, `lo-${id}`, async () => {
          const docx = join(work.libreoffice, `${nameOf(s)}.lo-${id}.docx`);
          await writeFile(docx, await toDocx(layouts.get(s)!, setup));
          const pdf = join(root, `${nameOf(s)}.lo-${id}.pdf`);
          await rename(await convertWithLibreOffice(docx, work.libreoffice), pdf);
          return pdf;
        });
      }
    }
  },
  async text() {
    for (const s of samples) {
      for (const print of ['libreoffice', 'chromium']) {
        for (const [mode, args] of TEXT_MODES) {
          await make(s, `txt-${print}-${mode}`, async () => {
            const pdf = join(ROOT, 'test/corpus/pdf', `${nameOf(s)}.${print}.pdf`);
            const txt = join(root, `${nameOf(s)}.${print}.${mode}.txt`);
            await run(PDFTOTEXT, [...args, pdf, txt], { timeout: 120_000 });
            return txt;
          });
        }
      }
    }
  },
};

try {
  // The three converters run side by side, each one file at a time.
  await Promise.all(kinds.map((k) => lanes[k]()));
  await Promise.all(checks);
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
}
keepIdleWorkers(false);

// ——— Report ———

const ordered = samples.flatMap((s) => kinds.flatMap((k) => variants.filter((v) => v.sample === s && kindOf(v.id) === k)));
function kindOf(id: string): Kind {
  return id.startsWith('cr-') ? 'chromium' : id.startsWith('lo-') ? 'libreoffice' : 'text';
}

/** What the variant's coverage says was not read that the source's does not. */
function unreadOf(source: DocumentReport, variant: DocumentReport): { tables: string[]; notes: string[]; sheets: string | null } {
  const tables = variant.coverage.tablesUnread.map((t) => t.id).filter((id) => !source.coverage.tablesUnread.some((t) => t.id === id));
  const notes = variant.coverage.unread.filter((n) => !source.coverage.unread.includes(n));
  const sheets = variant.coverage.performanceSheets !== source.coverage.performanceSheets ? `${source.coverage.performanceSheets}→${variant.coverage.performanceSheets}` : null;
  return { tables, notes, sheets };
}

/**
 * A lost finding is acceptable where the variant's coverage says the part it rests on was not read:
 * a performance finding under a note on a performance sheet, any other under an unread table or note.
 * A finding lost without such a note (a sheet read as fewer sheets, silently) is a loss.
 */
function excused(f: Finding, u: ReturnType<typeof unreadOf>): boolean {
  const sheetNotes = u.notes.filter((n) => /绩效/.test(n));
  if (f.rule.startsWith('performance.')) return sheetNotes.length > 0;
  return u.tables.length > 0 || u.notes.length > sheetNotes.length;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
const where = (f: Finding) => {
  const l = f.locations[0];
  return l ? `${describeLocation(l)}「${clip(l.text.replace(/\s+/g, ' '), 40)}」` : '位置未知';
};
const count = (fs: Finding[], sev: Finding['severity']) => fs.filter((f) => f.severity === sev).length;

const rows: string[][] = [];
const details: string[] = [];
const total = { variants: 0, same: 0, failed: 0, addedE: 0, addedW: 0, lostE: 0, lostW: 0, excused: 0 };
for (const v of ordered) {
  const label = `${nameOf(v.sample)} ${v.id}`;
  const source = sources.get(v.sample)!;
  if (!v.report) {
    total.failed++;
    rows.push([label, '—', '—', '—', '—', v.failed ?? '未完成']);
    continue;
  }
  total.variants++;
  const { added, lost } = diffFindings(source.findings, v.report.findings);
  const u = unreadOf(source, v.report);
  const unreadText = [
    u.tables.length ? `表${u.tables.join('、')}未读` : '',
    u.notes.length ? `未读说明${u.notes.length}条` : '',
    u.sheets ? `绩效表${u.sheets}` : '',
  ]
    .filter(Boolean)
    .join('；');
  rows.push([label, String(count(added, 'error')), String(count(added, 'warning')), String(count(lost, 'error')), String(count(lost, 'warning')), unreadText || '—']);
  total.addedE += count(added, 'error');
  total.addedW += count(added, 'warning');
  total.lostE += count(lost, 'error');
  total.lostW += count(lost, 'warning');
  if (!added.length && !lost.length) {
    total.same++;
    continue;
  }
  const lines = [`\n${label}（${basename(v.file ?? '')}）`];
  for (const f of added) lines.push(`  + 新增 ${f.severity} [${f.rule}] ${clip(f.message, 140)} — ${where(f)}`);
  for (const f of lost) {
    const ok = excused(f, u);
    if (ok) total.excused++;
    lines.push(`  - 消失 ${f.severity} [${f.rule}] ${clip(f.message, 140)} — ${where(f)}${ok ? '（覆盖情况已说明未读：可接受）' : ''}`);
  }
  // The notes say why findings may be lost; the first few are enough to tell which part went unread.
  for (const n of u.notes.slice(0, 5)) lines.push(`  · 未读：${clip(n, 140)}`);
  if (u.notes.length > 5) lines.push(`  · 未读：另有 ${u.notes.length - 5} 条`);
  details.push(lines.join('\n'));
}

const head = ['variant', '新增错误', '新增警告', '消失错误', '消失警告', '覆盖（较原样本）'];
// Columns line up in a terminal: CJK characters and full-width forms take two cells, a dash one.
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number, right: boolean) => (right ? ' '.repeat(Math.max(0, w - width(s))) + s : s + ' '.repeat(Math.max(0, w - width(s))));
const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
const line = (r: string[]) => `| ${r.map((c, i) => pad(c, widths[i] ?? 0, i > 0 && i < 5)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
for (const d of details) console.log(d);

const minutes = ((performance.now() - t0) / 60_000).toFixed(1);
console.log(
  `\n合计：${total.variants} 个变体（${samples.length} 个样本），${total.same} 个与原样本无差异；` +
    `新增 错误 ${total.addedE}、警告 ${total.addedW}；消失 错误 ${total.lostE}、警告 ${total.lostW}` +
    `（其中 ${total.excused} 条覆盖情况已说明未读，可接受；${total.lostE + total.lostW - total.excused} 条未说明）` +
    `${total.failed ? `；${total.failed} 个变体未能生成或检查` : ''}。用时 ${minutes} 分钟，--jobs ${jobs}。`,
);
if (values.keep) console.log(`变体保留在 ${root}`);
// A measurement: what it finds is reported, not failed on.
process.exit(0);
