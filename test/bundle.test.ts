// The one-file build (dist/bundle/, `npm run build`) gives what the build it is made from gives
// (dist/cli/main.js, which `npm run build` compiles from the sources), byte for byte:
// run by bin/juesuan.js as a user runs it, first with an empty cache (compiled from its source),
// then with the compiled code the first run kept. Skipped, with a note, when it is not built or is
// older than dist/ (bin/juesuan.js would not use it then either).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_MANIFEST, BUNDLE_SCRIPT, type BundleManifest, isFresh } from '../src/cli/bundle.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const script = join(ROOT, BUNDLE_SCRIPT);
const built =
  existsSync(script) && isFresh(ROOT, script, JSON.parse(readFileSync(join(ROOT, BUNDLE_MANIFEST), 'utf8')) as BundleManifest);
if (!built) console.log('跳过单文件构建的测试：dist/bundle/cli.js 不存在或已过期（先运行 npm run build）');

const cache = mkdtempSync(join(tmpdir(), 'juesuan-bundle-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function runBin(args: string[], bundle: 'on' | 'off' = 'on') {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, JUESUAN_CACHE_DIR: cache, JUESUAN_BUNDLE: bundle, JUESUAN_OCR: 'off' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('the one-file build of the CLI', () => {
  const cases: [string, string[]][] = [
    ['checks a text sample (text report)', ['check', 'samples/changji-prefecture-2024.txt']],
    ['checks a Markdown sample (JSON report)', ['check', '--format', 'json', 'samples/rongcheng-city-2024.md']],
    ['checks a text sample (HTML report)', ['check', '--format', 'html', 'samples/guangyuan-city-2024.txt']],
    // Header words misread by OCR (财政拨坎收入, 上级补，助收入) are matched by the words in the column
    // patterns' source, which the one-file build writes as \u escapes.
    ['checks a table whose header words are misread', ['check', 'test/fixtures/misread-headers-02.txt']],
    ['checks a PDF, read in the parse worker it starts', ['check', '--format', 'json', 'test/corpus/pdf/guangyuan-city-2024.chromium.pdf']],
    // SheetJS is not in the worker's script: required from node_modules when an XLS is first read.
    ['checks an XLS workbook, its reader loaded by the worker when first used', ['check', '--format', 'json', 'test/corpus/xlsx/rongcheng-city-2024.xls']],
    ['extracts the compose input (YAML)', ['extract', '--format', 'yaml', 'samples/guangyuan-city-2024.txt']],
    ['prints the rule catalog', ['rules', '--format', 'json']],
    ['reports a usage error', ['check']],
    ['reports a missing file', ['check', 'no/such/file.txt']],
  ];
  for (const [what, args] of cases) {
    it(`${what} as the unbundled build does, with and without compiled code kept`, () => {
      // The unbundled build, not the sources: a dist/ older than an edit of the sources is not the bundle's fault.
      const fromSource = runBin(args, 'off');
      const cold = runBin(args);
      const warm = runBin(args);
      for (const r of [cold, warm]) {
        expect(r.code).toBe(fromSource.code);
        expect(r.stdout).toBe(fromSource.stdout);
        expect(r.stderr).toBe(fromSource.stderr);
      }
    });
  }

  it('keeps the CLI’s compiled code when only a PDF is checked (kept before the worker changes a V8 flag)', () => {
    const own = mkdtempSync(join(tmpdir(), 'juesuan-bundle-pdf-only-'));
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), 'check', 'test/corpus/pdf/guangyuan-city-2024.chromium.pdf'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, JUESUAN_CACHE_DIR: own, JUESUAN_OCR: 'off', JUESUAN_BUNDLE: 'on' },
      });
      expect(r.status).toBe(1);
      expect(readdirSync(own).filter((f) => f.startsWith('cli-') && f.endsWith('.v8'))).toHaveLength(1);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('kept its compiled code in the cache, and the parse worker’s and PDFium’s glue’s, made under the flags they run with', () => {
    const code = readdirSync(cache).filter((f) => f.endsWith('.v8'));
    // The check of one PDF runs WebAssembly on Liftoff alone (a flag for the whole process), set before
    // its worker starts and the CLI's script loads, and the check of one text or PDF sets V8's flags for
    // one file (others, cli/bundle.ts): the CLI's code is kept three times, as made under all (one
    // PDF), under those for one file (one text) and under none (extract, rules, a usage error); the
    // worker's twice, as made under all (the PDF's early worker) and under Liftoff's alone (the XLS's,
    // started once the CLI has its flags).
    expect(code.filter((f) => f.startsWith('cli-'))).toHaveLength(3);
    expect(code.filter((f) => f.startsWith('worker-'))).toHaveLength(2);
    // PDFium's glue script, run by the worker, too: twice, as made under all (the early worker) and
    // under Liftoff's alone (the unbundled build's worker, which sets it as it begins compiling the
    // WebAssembly, before it loads the glue: see pdf/pdfium/wasm.ts).
    expect(code.filter((f) => f.startsWith('pdfium-glue-'))).toHaveLength(2);
    const written = new Map(code.map((f) => [f, statSync(join(cache, f)).mtimeMs]));
    // Accepted by the next run, which therefore writes neither again.
    expect(runBin(['check', 'test/corpus/pdf/guangyuan-city-2024.chromium.pdf']).code).toBe(1);
    for (const [f, t] of written) expect(statSync(join(cache, f)).mtimeMs).toBe(t);
  });
});

describe.skipIf(!built)('what a parse worker loads to read a PDF', () => {
  // Each of Node's own modules loaded is compiled anew in a worker (the PDF's V8 flag makes V8 refuse
  // Node's compiled code of them): those needed only in rare cases are loaded when they arise.
  const loadedBy = (module: string, builtin: string) => {
    const code = `await import(${JSON.stringify(join(ROOT, module))}); console.log(process.moduleLoadList.includes(${JSON.stringify(`NativeModule ${builtin}`)}));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout.trim() === 'true';
  };
  it('loads no node:crypto (wanted only to name pdfjs’s scripts in the cache, when pdfjs reads)', () => {
    expect(loadedBy('dist/extract/pdf/job.js', 'crypto')).toBe(false);
  });
  it('loads none of Node’s own modules once it has changed V8’s flags, for one PDF (each would be compiled anew)', () => {
    // A worker run as the early one is (its script through the loader, flags for one file), its first
    // flag change noted, given the Putuo PDF; what Node loaded after that is asked once it has replied.
    const code = `
      const { Worker } = require('node:worker_threads');
      const { readFileSync } = require('node:fs');
      const inWorker = 'const v8 = require("node:v8"); const set = v8.setFlagsFromString; let before = null;' +
        'v8.setFlagsFromString = (f) => { before ??= new Set(process.moduleLoadList); return set(f); };' +
        'require("node:worker_threads").parentPort.on("message", (m) => { if (m.warm === "late") require("node:worker_threads").parentPort.postMessage({ flagsChanged: before !== null, late: process.moduleLoadList.filter((x) => before && !before.has(x)) }); });' +
        'require(${JSON.stringify(join(ROOT, 'dist/bundle/load.cjs'))}).runWorkerScript(${JSON.stringify(join(ROOT, 'dist/bundle/worker.js'))}, require);';
      const w = new Worker(inWorker, { eval: true, workerData: { oneFile: true } });
      const file = 'test/corpus/putuo-finance-bureau-2024.pdf';
      w.on('message', (m) => {
        if ('late' in m) { console.log(JSON.stringify(m)); w.terminate(); }
        else { if (!m.ok) console.error(m.message); w.postMessage({ warm: 'late' }); }
      });
      w.postMessage({ job: 'pdf', file, bytes: new Uint8Array(readFileSync(file)) });`;
    const r = spawnSync(process.execPath, ['-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, JUESUAN_CACHE_DIR: cache, JUESUAN_PDFIUM_TIER_UP: '0', JUESUAN_OCR: 'off' },
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ flagsChanged: true, late: [] });
  });
  it('finds PDFium where Node finds it, as the build wrote it into the worker’s script (no resolution of its exports at every start)', () => {
    const written = /ENTRY_AT_BUILD\s*=\s*true\s*\?\s*("[^"]+")/.exec(readFileSync(join(ROOT, 'dist/bundle/worker.js'), 'latin1'))?.[1];
    expect(written).toBeDefined();
    const wasm = join(ROOT, 'dist/extract/pdf/pdfium/wasm.js');
    expect(realpathSync(fileURLToPath(new URL(JSON.parse(written as string) as string, pathToFileURL(wasm))))).toBe(createRequire(wasm).resolve('@embedpdf/pdfium'));
  });
});

describe.skipIf(!built)('what the CLI’s thread loads to check one file', () => {
  // Node's modules loaded once this thread has changed V8's flags are compiled anew (V8 refuses Node's
  // compiled code of them under other flags): those a check of one file is sure to load come before.
  const lateLoads = (file: string, stdout: 'pipe' | 'file') => {
    const out = join(cache, 'late-out.txt');
    const preload = join(cache, 'late-preload.cjs');
    // The first flag change noted; what Node loaded after it is written out as the process ends.
    writeFileSync(
      preload,
      `const v8 = require('node:v8'); const set = v8.setFlagsFromString; let before = null;
       v8.setFlagsFromString = (f) => { before ??= new Set(process.moduleLoadList); return set(f); };
       process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(cache, 'late.json'))}, JSON.stringify({ flagsChanged: before !== null, late: process.moduleLoadList.filter((x) => before && !before.has(x)) })));`,
    );
    const r = spawnSync(process.execPath, ['--require', preload, join(ROOT, 'bin/juesuan.js'), 'check', file], {
      cwd: ROOT,
      env: { ...process.env, JUESUAN_CACHE_DIR: cache, JUESUAN_OCR: 'off' },
      stdio: ['ignore', stdout === 'pipe' ? 'pipe' : openSync(out, 'w'), 'pipe'],
    });
    expect(r.status).toBe(1);
    return JSON.parse(readFileSync(join(cache, 'late.json'), 'utf8')) as { flagsChanged: boolean; late: string[] };
  };
  const streamsAndArgs = /NativeModule (net|tty|internal\/fs\/sync_write_stream|internal\/util\/parse_args\/parse_args|timers\/promises)$/;
  it.each([
    ['a text, its report piped', 'samples/changji-prefecture-2024.txt', 'pipe'],
    ['a text, its report written to a file', 'samples/changji-prefecture-2024.txt', 'file'],
    ['a PDF, its report piped', 'test/corpus/pdf/guangyuan-city-2024.chromium.pdf', 'pipe'],
  ] as const)('loads its output streams, util’s parseArgs and timers/promises before its flags change: %s', (_, file, stdout) => {
    const { flagsChanged, late } = lateLoads(file, stdout);
    expect(flagsChanged).toBe(true);
    expect(late.filter((m) => streamsAndArgs.test(m))).toEqual([]);
  });
});
