import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { cacheDir, compileWithCode, readScript } from '../extract/pdf/code-cache.js';
import { chooseWasmTier } from '../extract/pdf/pdfium/tier.js';
import { mark, markProcessStart } from '../trace.js';
import {
  DEFAULT_WORKER_MEMORY_MB,
  bundledWorkerCode,
  dropEarlyWorker,
  flagsSetSignal,
  leaveEarlyWorker,
  sayFlagsSet,
  waitFlagsSet,
  workerOptions,
} from '../extract/worker-start.js';

/**
 * The CLI as one script (dist/bundle/, made by scripts/bundle-cli.ts after tsc) for the commands run
 * on file after file, where starting up is most of the time: loading juesuan's ~250 compiled modules
 * and zod's one by one, and compiling them, took more than checking a short text file. One script
 * is read at once, and V8's compiled code of it (with every function a first run compiled) is kept
 * in the same cache as pdfjs's (code-cache.ts: JUESUAN_CACHE_DIR, ~/.cache/juesuan).
 *
 * The other commands (the workbench, render, score) are left out of the script and run from dist/
 * as before: they start a server or take seconds, and their modules locate files by their own URL.
 * JUESUAN_BUNDLE=off runs every command from dist/ (to compare, or to rule the script out).
 */
export const BUNDLED_COMMANDS: readonly string[] = ['check', 'extract', 'rules'];

/** The modules of dist/cli/ that the script leaves out (their commands are not in BUNDLED_COMMANDS). */
export const LEFT_OUT_MODULES: readonly string[] = ['score-command.js', 'render-command.js', 'workbench-commands.js'];

/** The script, relative to the package's root. */
export const BUNDLE_SCRIPT = 'dist/bundle/cli.js';
/** What it was made from, relative to the package's root. */
export const BUNDLE_MANIFEST = 'dist/bundle/cli.json';
/** This module (with code-cache.ts) as CommonJS, which bin/juesuan.js requires, relative to the package's root. */
export const BUNDLE_LOADER = 'dist/bundle/load.cjs';

/**
 * The parse worker's script, made from src/extract/worker-entry.ts like the CLI's: the workers the
 * bundled CLI starts run it (see `runWorkerScript`) instead of loading the reader's modules from
 * dist/ one by one through Node's ES module loader, which took about a third of a worker's start.
 */
export const WORKER_SCRIPT = 'dist/bundle/worker.js';
/** The job the worker's script leaves out: the workbench's whole check, run from dist/ only. */
export const WORKER_LEFT_OUT_JOB = '../queue/check-job.js';

/** The manifest: the script's hash and every file it was made from, with its size, relative to the package's root. */
export interface BundleManifest {
  hash: string;
  inputs: [file: string, size: number][];
}

/**
 * The script's first line: the hash of the rest, which names its compiled code in the cache. Read
 * from the script itself, so that compiled code is never taken for another script's.
 */
export function bundleHeader(hash: string): string {
  return `/* juesuan ${hash} */\n`;
}
const HEADER = /^\/\* juesuan ([0-9a-f]+) \*\/\n/;

/** Wrapped around the bundle, as Node wraps a CommonJS module: the script is one function expression. */
export const WRAP_BEFORE = '(function (exports, require, module, __filename, __dirname) { ';
export const WRAP_AFTER = '\n})';

type Main = (argv: string[]) => Promise<number>;

export interface LoadedBundle {
  main: Main;
  /** Keeps the compiled code for the next process where the cache lacked it: call once the command has run. */
  saveCode(): void;
}

/**
 * The bundled CLI's `main` for `command`, or null when the command is not bundled, JUESUAN_BUNDLE=off,
 * or the script is missing, unreadable or stale: a file it was made from changed size or is newer
 * than it (tsc run again without bundling, a dependency updated). bin/juesuan.js then runs
 * dist/cli/main.js, which gives the same result. `require` is the caller's (bin/juesuan.js is CommonJS):
 * the script requires only Node's own modules (scripts/bundle-cli.ts checks), which any require()
 * loads, and taking node:module's createRequire would load Node's ES module loader with it.
 */
export function loadBundle(root: string, command: string | undefined, require: NodeJS.Require, argv: readonly string[] = []): LoadedBundle | null {
  if (command === undefined || !BUNDLED_COMMANDS.includes(command) || process.env.JUESUAN_BUNDLE === 'off') return null;
  // pdfjs as it ships is not in the worker's script (see extract/pdf/pdfjs-text-only.ts).
  if (process.env.JUESUAN_PDFJS_STOCK === '1') return null;
  try {
    const file = join(root, BUNDLE_SCRIPT);
    if (!takeKnownFresh(file) && !isFresh(root, file, JSON.parse(readFileSync(join(root, BUNDLE_MANIFEST), 'utf8')) as BundleManifest)) return null;
    // Plain ASCII (the build escapes every other character): a one-byte string, read without decoding.
    const source = readScript(file);
    const hash = HEADER.exec(source.slice(0, 64))?.[1];
    if (!hash) return null;
    const key = `cli-${hash}`;
    markProcessStart();
    mark('bundle: read');
    flagsAsTheEarlyWorkerSets(require);
    mark('bundle: flags set');
    // A text read in this thread starts no worker: the flag is set here, before the script is compiled under it.
    if (command === 'check' && isTextFile(oneNamedFile(argv))) {
      loadLateBuiltins(require);
      tuneForOneFile();
    }
    const compiled = compileWithCode(key, source, file);
    mark('bundle: compiled');
    const wrapper = compiled.script.runInThisContext() as (...args: unknown[]) => void;
    const module = {
      exports: {} as { main?: Main; useWorkerScript?: (script: string, loader: string) => void; beforeFlagsChange?: (f: () => void) => void },
    };
    wrapper(module.exports, require, module, file, dirname(file));
    mark('bundle: loaded');
    const main = module.exports.main;
    if (typeof main !== 'function') return null;
    // Made with the CLI's script and from the same sources (one manifest): fresh with it.
    const workers = join(root, WORKER_SCRIPT);
    if (statSync(workers, { throwIfNoEntry: false })) module.exports.useWorkerScript?.(workers, join(root, BUNDLE_LOADER));
    const saveCode = () => {
      if (compiled.save()) removeOtherBuilds(key, 'cli-');
    };
    // A PDF's worker changes a V8 flag for the whole process: the code compiled so far is kept before it
    // does (the functions the check runs after that are compiled afresh at each start until a check of
    // another format keeps them).
    module.exports.beforeFlagsChange?.(saveCode);
    return { main, saveCode };
  } catch {
    return null;
  }
}

/** The script `startEarlyWorker` found fresh a moment before, for `loadBundle` not to stat its inputs again (~280 files). */
let knownFresh: string | null = null;

/** Whether `file` was just found fresh (once). */
function takeKnownFresh(file: string): boolean {
  const known = knownFresh === file;
  knownFresh = null;
  return known;
}

/** Where the early parse worker says it has set V8's flags, until this thread has set them too (see `startEarlyWorker`). */
let earlyFlags: Int32Array | null = null;

/**
 * Most time the CLI waits for the early worker to set the flags: it says so ~40–60 ms after it is
 * started, 100–150 ms on a busy machine; a worker that has not by then is left to set them later
 * (only its own start is then slower).
 */
const EARLY_FLAGS_WAIT_MS = 500;

/**
 * With an early worker starting: waits until it has set V8's flags, and then sets them in this
 * thread too (no change then), before the CLI's script is compiled under them.
 */
function flagsAsTheEarlyWorkerSets(require: NodeJS.Require): void {
  if (!earlyFlags) return;
  loadLateBuiltins(require);
  waitFlagsSet(earlyFlags, EARLY_FLAGS_WAIT_MS);
  earlyFlags = null;
  chooseWasmTier();
  tuneForOneFile();
}

/**
 * Node's own modules a check of one file loads in the CLI's thread after its V8 flags have changed,
 * loaded before they change: V8 refuses Node's compiled code of them under other flags, and each was
 * compiled from its source (for a text with its output piped, 3.2–3.8 ms against 1.5–1.7 ms, five
 * runs each): the standard streams (a pipe's bring node:net, a file's its writer, a terminal's
 * node:tty), util's parseArgs (cli/args.ts) and timers/promises (cli/warm-up.ts).
 */
export const CLI_LATE_BUILTINS: readonly string[] = ['node:timers/promises'];

function loadLateBuiltins(require: NodeJS.Require): void {
  for (const m of CLI_LATE_BUILTINS) require(m);
  // Getters that load their module when first read.
  void (require('node:util') as typeof import('node:util')).parseArgs;
  void process.stdout;
  void process.stderr;
}

let tunedForOneFile = false;

/**
 * V8's flags for a check of one file, a process of a second or so, set for the whole process (every
 * thread sets them before compiling its script: V8 checks compiled code against its flags, see
 * extract/pdf/code-cache.ts; a worker started after a flag changed compiles Node's own modules afresh,
 * see `startEarlyWorker`, so only where no such worker follows):
 * - No optimising compiler (`--max-opt=1`: the interpreter and the baseline compiler, Sparkplug).
 *   TurboFan compiled hot functions in the background while the check ran, and its code came too late
 *   to pay: on a loaded 2-core machine, changji's text 370 -> 300 ms CPU, the Putuo PDF 1.09 -> 0.81 s,
 *   and still less for a 200-page PDF (3.4 -> 2.8 s) and a 600 kB text (1.05 -> 0.63 s), each with
 *   less peak memory. A folder and the workbench keep V8's defaults.
 * - The young generation (where new objects are made, two halves of 1 MB at first) kept at its first
 *   size rather than doubled up to 16 MB a half as a check allocates. On the 2-core VM measured, a
 *   fresh 4 kB page costs ~16 µs when first touched (the VM's page fault): the young generation's
 *   growth touched ~1,500 fresh pages for collections that then freed little more. Kept small, the same
 *   pages are collected and reused (30 small collections for a text instead of 12): ~20 ms less CPU.
 * - Each regular expression compiled once, to machine code, when first run (`--no-regexp-tier-up`).
 *   By default V8 compiles a pattern to bytecode for its first run and again to machine code for its
 *   second: of the ~950 patterns the Putuo PDF's check runs, 667 were compiled twice and 73 ran as
 *   bytecode only (`--trace-regexp-tier-up`); compiled once each, ~100 M of its ~4,050 M instructions less.
 */
function tuneForOneFile(): void {
  if (tunedForOneFile) return;
  tunedForOneFile = true;
  setFlagsFromString('--max-opt=1');
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--no-regexp-tier-up');
}

/** Extensions read as text in the CLI's own thread (extract/index.ts), by extension alone: a guess that costs only speed if wrong. */
const TEXT_FILE = /\.(?:txt|text|md|markdown|csv)$/i;

function isTextFile(file: string | null): boolean {
  return file != null && TEXT_FILE.test(file) && statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

/** The one file `check`'s arguments name, or null when they name none or several. */
function oneNamedFile(argv: readonly string[]): string | null {
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) files.push(a);
  }
  return files.length === 1 ? (files[0] as string) : null;
}

/** Options of `check` that take a value (cli/main.ts). */
const VALUE_OPTIONS = new Set(['--format', '-f', '--out', '-o', '--fail-on']);

/**
 * For `check` of one PDF: starts the parse worker, and has it load the PDF reader, before the CLI's
 * script is loaded, so that the two load at once on two cores (the worker's start was the longer
 * and came after the script's, ~80 ms later). Only where the CLI would start the same worker itself:
 * the one-file build fresh, one PDF file named, one worker a PDF. It asks, as cli/main.ts does for one
 * document, for the flag that runs PDFium's WebAssembly unoptimised: the worker sets it once started
 * (set before, it made the worker compile Node's own modules as it started), and `loadBundle` waits for
 * that before compiling the CLI's script (whose compiled code is kept under that flag's name,
 * code-cache.ts). bounded.ts takes the worker as an idle one. Anything unexpected leaves the CLI to start it.
 */
export function startEarlyWorker(root: string, argv: readonly string[], require: NodeJS.Require): void {
  let worker: import('node:worker_threads').Worker | null = null;
  try {
    if (argv[0] !== 'check' || process.env.JUESUAN_BUNDLE === 'off' || process.env.JUESUAN_PDFJS_STOCK === '1') return;
    if ((process.env.JUESUAN_PDF_THREADS ?? '1') !== '1') return;
    const file = oneNamedFile(argv);
    if (file == null || !/\.pdf$/i.test(file) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return;
    const workers = join(root, WORKER_SCRIPT);
    if (!statSync(workers, { throwIfNoEntry: false })) return;
    // Set for a stale build as well: cli/main.ts sets the same for one file. The worker sets the flag
    // (pdfium/tier.ts) once it has started, and this thread after it (`loadBundle`).
    process.env.JUESUAN_PDFIUM_TIER_UP ??= '0';
    markProcessStart();
    mark('early worker: start');
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const flagsSet = flagsSetSignal();
    // The worker sets the flags for one file too (`tuneForOneFile`), before it says its flags are set.
    const started = new Worker(bundledWorkerCode(workers, join(root, BUNDLE_LOADER)), workerOptions(DEFAULT_WORKER_MEMORY_MB, true, flagsSet, true));
    worker = started;
    earlyFlags = flagsSet;
    // A worker that fails to start, or ends before the check takes it, is simply not there when the check
    // asks for one: it starts its own.
    started.on('error', () => {});
    // Whether the build is fresh is asked once the worker is starting (stat-ing what it was made from
    // took ~10 ms); a worker of a stale build is ended unused, and the CLI runs from dist/.
    const script = join(root, BUNDLE_SCRIPT);
    if (!isFresh(root, script, JSON.parse(readFileSync(join(root, BUNDLE_MANIFEST), 'utf8')) as BundleManifest)) {
      earlyFlags = null;
      void started.terminate();
      return;
    }
    knownFresh = script;
    started.once('exit', () => dropEarlyWorker(started));
    started.postMessage({ warm: 'pdf' });
    started.unref();
    leaveEarlyWorker({ worker: started, maxMemoryMb: DEFAULT_WORKER_MEMORY_MB });
    mark('early worker: started');
  } catch {
    // the CLI starts its worker as usual
    earlyFlags = null;
    void worker?.terminate();
  }
}

/**
 * Compiled code of other builds of the script kept beside this one's, the latest written first. Code
 * of an earlier build is of no more use to an install, but checkouts of different versions sharing a
 * cache (a working copy beside the installed one) removed each other's at every run when only the
 * last was kept, each run then compiling the whole script again.
 */
export const OTHER_BUILDS_KEPT = 3;

function removeOtherBuilds(key: string, prefix: string): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    const others = readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && !f.includes(key))
      .map((f) => ({ f, written: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    for (const { f } of others.slice(OTHER_BUILDS_KEPT)) rmSync(join(dir, f), { force: true });
  } catch {
    // nothing to remove, or removed by another process meanwhile
  }
}

/** Whether every file the script was made from is as it was: same size, not newer than the script. */
export function isFresh(root: string, file: string, manifest: BundleManifest): boolean {
  const made = statSync(file).mtimeMs;
  // Joined as text: path.join of some 280 paths took longer than stat-ing them.
  const base = root.endsWith(sep) ? root : root + sep;
  for (const [input, size] of manifest.inputs) {
    const st = statSync(base + input, { throwIfNoEntry: false });
    if (!st || st.size !== size || st.mtimeMs > made) return false;
  }
  return true;
}

/**
 * Node's own modules that the parse worker's script loads only once it reads (the PDF readers take
 * `createRequire` from node:module, which brings node:url and Node's ES module loader with it): loaded
 * by `runWorkerScript` before the worker changes V8's flags. Loaded after, V8 refuses Node's compiled
 * code of them (made under the default flags) and compiles them from source, on the path the whole
 * check of a PDF waits for: 2.4–4.6 ms against 0.05 ms on an idle machine, 15 ms in a loaded one's profile.
 * test/bundle.test.ts checks that a PDF's worker loads no other after its flags changed.
 */
export const WORKER_LATE_BUILTINS: readonly string[] = ['node:module', 'node:url'];

/**
 * Runs the parse worker's script in this worker thread (the loader is required by the worker's first
 * line, see extract/bounded.ts), with its compiled code from the cache; the code is kept once the
 * worker has served its first job (`afterFirstJob` in extract/worker-entry.ts), so that it holds the
 * reader's functions as well. A script that cannot be run throws: the worker then fails to start and
 * its job says the file could not be read, as for any worker that dies.
 */
export function runWorkerScript(file: string, require: NodeJS.Require): void {
  for (const m of WORKER_LATE_BUILTINS) require(m);
  chooseWasmTier();
  const data = (require('node:worker_threads') as typeof import('node:worker_threads')).workerData as { flagsSet?: unknown; oneFile?: boolean } | undefined;
  if (data?.oneFile) tuneForOneFile();
  // The early worker's starter waits for this to set the flags in its own thread (see `startEarlyWorker`).
  sayFlagsSet(data?.flagsSet);
  mark('worker: flags set');
  const source = readScript(file);
  const hash = HEADER.exec(source.slice(0, 64))?.[1];
  if (!hash) throw new Error(`${file}: no header`);
  const compiled = compileWithCode(`worker-${hash}`, source, file);
  const wrapper = compiled.script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as { afterFirstJob?: (f: () => void) => void } };
  wrapper(module.exports, require, module, file, dirname(file));
  mark('worker: script loaded');
  module.exports.afterFirstJob?.(() => {
    if (compiled.save()) removeOtherBuilds(`worker-${hash}`, 'worker-');
  });
}
