import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { takeEarlyWorker } from '../extract/worker-start.js';
import { BUNDLE_MANIFEST, BUNDLE_SCRIPT, type BundleManifest, OTHER_BUILDS_KEPT, WORKER_SCRIPT, WRAP_AFTER, WRAP_BEFORE, bundleHeader, loadBundle, startEarlyWorker } from './bundle.js';

// bin/juesuan.js passes its own require(); any require() loads the script's Node modules.
const req = createRequire(import.meta.url);

// A package root of its own with a one-file build whose main answers 7, made from one input file.
describe('the one-file build of the CLI, as bin/juesuan.js loads it', () => {
  let root: string;
  let cache: string;
  const env = { cache: process.env.JUESUAN_CACHE_DIR, bundle: process.env.JUESUAN_BUNDLE };
  // V8 keeps what this process compiled by source, so each test's script is a source of its own.
  let n = 0;
  const make = (body = `exports.main = async (argv) => 7 + argv.length + ${++n} * 0;`) => {
    writeFileSync(join(root, 'dist/cli/main.js'), 'made from this');
    const manifest: BundleManifest = { hash: `h${n}`, inputs: [['dist/cli/main.js', 'made from this'.length]] };
    writeFileSync(join(root, BUNDLE_MANIFEST), JSON.stringify(manifest));
    writeFileSync(join(root, BUNDLE_SCRIPT), `${bundleHeader(`abc${n}`)}${WRAP_BEFORE}${body}${WRAP_AFTER}`);
    // The script is written after what it is made from.
    const later = new Date(Date.now() + 1000);
    utimesSync(join(root, BUNDLE_SCRIPT), later, later);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'juesuan-bundle-'));
    cache = mkdtempSync(join(tmpdir(), 'juesuan-cache-'));
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    mkdirSync(join(root, 'dist/bundle'), { recursive: true });
    process.env.JUESUAN_CACHE_DIR = cache;
    delete process.env.JUESUAN_BUNDLE;
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    for (const [k, v] of [['JUESUAN_CACHE_DIR', env.cache], ['JUESUAN_BUNDLE', env.bundle]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('runs the script for a bundled command and keeps its compiled code, named by the script’s hash, once it has run', async () => {
    make();
    const b = loadBundle(root, 'check', req);
    expect(await b?.main(['x'])).toBe(8);
    b?.saveCode();
    expect(readdirSync(cache)).toEqual([expect.stringMatching(new RegExp(`^cli-abc${n}-v.*\\.v8$`))]);
  });

  it('is not used for a command left out of it, nor when JUESUAN_BUNDLE=off', () => {
    make();
    expect(loadBundle(root, 'serve', req)).toBeNull();
    expect(loadBundle(root, undefined, req)).toBeNull();
    process.env.JUESUAN_BUNDLE = 'off';
    expect(loadBundle(root, 'check', req)).toBeNull();
  });

  it('is not used when a file it was made from changed size or is newer than it', () => {
    make();
    writeFileSync(join(root, 'dist/cli/main.js'), 'made from this, then changed');
    expect(loadBundle(root, 'check', req)).toBeNull();
    make();
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'dist/cli/main.js'), later, later);
    expect(loadBundle(root, 'check', req)).toBeNull();
    make();
    rmSync(join(root, 'dist/cli/main.js'));
    expect(loadBundle(root, 'check', req)).toBeNull();
  });

  it('is not used when missing, without its header, or when it fails to load', () => {
    expect(loadBundle(root, 'check', req)).toBeNull();
    make('throw new Error("broken build");');
    expect(loadBundle(root, 'check', req)).toBeNull();
    make();
    writeFileSync(join(root, BUNDLE_SCRIPT), `${WRAP_BEFORE}exports.main = async () => 1;${WRAP_AFTER}`);
    expect(loadBundle(root, 'check', req)).toBeNull();
  });

  it('keeps the compiled code of the last few other builds when it saves its own, and removes older', async () => {
    const others = Array.from({ length: OTHER_BUILDS_KEPT + 1 }, (_, i) => `cli-old${i}-v20.0.0-x64.v8`);
    others.forEach((f, i) => {
      writeFileSync(join(cache, f), 'another build');
      // old0 written last, the last one first
      const t = new Date(Date.now() - (i + 1) * 60_000);
      utimesSync(join(cache, f), t, t);
    });
    writeFileSync(join(cache, 'pdfjs-kept.v8'), 'not ours');
    make();
    const b = loadBundle(root, 'check', req);
    await b?.main([]);
    b?.saveCode();
    expect(readdirSync(cache).sort()).toEqual(
      [expect.stringMatching(/^cli-abc/), ...others.slice(0, OTHER_BUILDS_KEPT), 'pdfjs-kept.v8'].sort(),
    );
  });
});

describe('the parse worker started before the CLI loads, for one PDF', () => {
  let root: string;
  const tier = process.env.JUESUAN_PDFIUM_TIER_UP;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'juesuan-early-'));
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    mkdirSync(join(root, 'dist/bundle'), { recursive: true });
    writeFileSync(join(root, 'dist/cli/main.js'), 'made from this');
    writeFileSync(join(root, BUNDLE_MANIFEST), JSON.stringify({ hash: 'e', inputs: [['dist/cli/main.js', 'made from this'.length]] } satisfies BundleManifest));
    const later = new Date(Date.now() + 1000);
    for (const f of [BUNDLE_SCRIPT, WORKER_SCRIPT]) {
      writeFileSync(join(root, f), `${bundleHeader('e')}${WRAP_BEFORE}${WRAP_AFTER}`);
      utimesSync(join(root, f), later, later);
    }
    writeFileSync(join(root, 'a.pdf'), '%PDF-1.7');
    writeFileSync(join(root, 'b.pdf'), '%PDF-1.7');
    writeFileSync(join(root, 'a.txt'), 'text');
  });
  afterEach(async () => {
    await takeEarlyWorker()?.worker.terminate();
    rmSync(root, { recursive: true, force: true });
    if (tier === undefined) delete process.env.JUESUAN_PDFIUM_TIER_UP;
    else process.env.JUESUAN_PDFIUM_TIER_UP = tier;
  });

  it('is started for `check` of one PDF file, whatever the options, and left for the parse to take', async () => {
    startEarlyWorker(root, ['check', '--format', 'json', join(root, 'a.pdf')], req);
    const early = takeEarlyWorker();
    expect(early?.maxMemoryMb).toBe(1024);
    expect(takeEarlyWorker()).toBeNull();
    await early?.worker.terminate();
  });

  it('is not started for a text file, two files, a missing file, another command, or a stale build', () => {
    const asked: string[][] = [
      ['check', join(root, 'a.txt')],
      ['check', join(root, 'a.pdf'), join(root, 'b.pdf')],
      ['check', join(root, 'no.pdf')],
      ['extract', join(root, 'a.pdf')],
      ['check', '--out', join(root, 'a.pdf'), join(root, 'a.txt')],
    ];
    for (const argv of asked) {
      startEarlyWorker(root, argv, req);
      expect(takeEarlyWorker(), argv.join(' ')).toBeNull();
    }
    writeFileSync(join(root, 'dist/cli/main.js'), 'made from this, and changed since');
    startEarlyWorker(root, ['check', join(root, 'a.pdf')], req);
    expect(takeEarlyWorker()).toBeNull();
  });

  it('is forgotten when it ends before it is taken (here its loader is missing), and the process goes on', async () => {
    startEarlyWorker(root, ['check', join(root, 'a.pdf')], req);
    const g = globalThis as Record<symbol, { worker: { once(e: string, f: () => void): void } } | undefined>;
    const left = g[Symbol.for('juesuan.earlyWorker')];
    expect(left).toBeDefined();
    await new Promise<void>((done) => left?.worker.once('exit', done));
    expect(takeEarlyWorker()).toBeNull();
  });
});
