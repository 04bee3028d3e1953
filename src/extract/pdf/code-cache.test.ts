import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCached, requireWithCode } from './code-cache.js';

describe('a script and its compiled code kept between runs', () => {
  let dir: string;
  const before = process.env.JUESUAN_CACHE_DIR;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'juesuan-cache-'));
    process.env.JUESUAN_CACHE_DIR = dir;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (before === undefined) delete process.env.JUESUAN_CACHE_DIR;
    else process.env.JUESUAN_CACHE_DIR = before;
  });
  const source = Buffer.from('(function () { return [1, 2, 3].map((x) => x * 2).join(","); })');
  // Each compile under a name of its own: V8 keeps what this process compiled by source and name, and
  // would answer a second compile from there without looking at the cached data.
  let n = 0;
  const name = () => `script-${++n}.js`;
  const run = (c: ReturnType<typeof compileCached>) => (c?.script.runInThisContext() as () => string)();

  it('is written once a script has run, and used by the next compile under the same key without making it', () => {
    const first = compileCached('k', () => source, name());
    expect(run(first)).toBe('2,4,6');
    first?.save();
    expect(readdirSync(dir)).toHaveLength(2);
    const second = compileCached('k', () => Buffer.from('(function () { return "made again"; })'), name());
    expect(second?.script.cachedDataRejected).toBe(false);
    expect(run(second)).toBe('2,4,6');
  });
  it('makes the script under another key', () => {
    compileCached('k', () => source, name())?.save();
    const other = compileCached('other', () => Buffer.from('(function () { return "other"; })'), name());
    expect(other?.script.cachedDataRejected).toBeUndefined();
    expect(run(other)).toBe('other');
  });
  it('compiles from source when the compiled code is damaged, and writes it again', () => {
    compileCached('k', () => source, name())?.save();
    const code = readdirSync(dir).find((f) => f.endsWith('.v8')) as string;
    writeFileSync(join(dir, code), 'not compiled code');
    const again = compileCached('k', () => null, name());
    expect(again?.script.cachedDataRejected).toBe(true);
    expect(run(again)).toBe('2,4,6');
    again?.save();
    expect(compileCached('k', () => null, name())?.script.cachedDataRejected).toBe(false);
  });
  it('keeps no code made after a V8 flag changed (code V8 would refuse at the next start), and keeps it once they are back', () => {
    const c = compileCached('k', () => source, name());
    expect(run(c)).toBe('2,4,6');
    // Any flag changes what V8 checks compiled code against; this one is put back as it was.
    setFlagsFromString('--no-flush-bytecode');
    try {
      expect(c?.save()).toBe(true); // the script itself is kept
      expect(readdirSync(dir).filter((f) => f.endsWith('.v8'))).toHaveLength(0);
    } finally {
      setFlagsFromString('--flush-bytecode');
    }
    c?.save();
    expect(readdirSync(dir).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
    expect(compileCached('k', () => null, name())?.script.cachedDataRejected).toBe(false);
  });
  it('gives null when the script is neither kept nor made', () => {
    expect(compileCached('k', () => null, name())).toBeNull();
  });
  it('writes nothing when turned off', () => {
    process.env.JUESUAN_CACHE_DIR = 'off';
    const c = compileCached('k', () => source, name());
    expect(run(c)).toBe('2,4,6');
    c?.save();
    expect(readdirSync(dir)).toHaveLength(0);
  });
});

describe('a CommonJS file run with its compiled code kept between runs', () => {
  let dir: string;
  const before = process.env.JUESUAN_CACHE_DIR;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'juesuan-cache-'));
    process.env.JUESUAN_CACHE_DIR = join(dir, 'cache');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (before === undefined) delete process.env.JUESUAN_CACHE_DIR;
    else process.env.JUESUAN_CACHE_DIR = before;
  });

  it('runs as require() would, keeps its code once saved, and the next run uses it', () => {
    // Files of their own for each run: V8 would answer a second compile of the same name and source from this process's own.
    const write = (name: string) => {
      const file = join(dir, name);
      writeFileSync(file, `'use strict';\nconst { join } = require('node:path');\nexports.where = join(__dirname, 'x') === join(__filename, '..', 'x');\nexports.named = __filename;\nexports.self = this === module.exports;\n/* — */\n`);
      return file;
    };
    const first = write('glue-1.cjs');
    const run = requireWithCode('glue', first, createRequire(first));
    expect(run.exports).toEqual({ where: true, named: first, self: true });
    expect(run.save()).toBe(true);
    expect(run.save()).toBe(false);
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.startsWith('glue-') && f.endsWith('.v8'))).toHaveLength(1);
    const second = write('glue-2.cjs');
    const again = requireWithCode('glue', second, createRequire(second));
    expect(again.exports).toEqual({ where: true, named: second, self: true });
    // Accepted: nothing to write again.
    expect(again.save()).toBe(false);
  });
});
