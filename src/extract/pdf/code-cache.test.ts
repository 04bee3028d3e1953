import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCached } from './code-cache.js';

describe('compiled code kept between runs', () => {
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

  it('is written once a script has run, and used by the next compile of the same source', () => {
    const first = compileCached(source, name());
    expect((first.script.runInThisContext() as () => string)()).toBe('2,4,6');
    first.save();
    expect(readdirSync(dir)).toHaveLength(1);
    const second = compileCached(source, name());
    expect(second.script.cachedDataRejected).toBe(false);
    expect((second.script.runInThisContext() as () => string)()).toBe('2,4,6');
  });
  it('is not used for another source', () => {
    compileCached(source, name()).save();
    const other = compileCached(Buffer.from('(function () { return "other"; })'), name());
    expect(other.script.cachedDataRejected).toBeUndefined();
    expect((other.script.runInThisContext() as () => string)()).toBe('other');
  });
  it('compiles from source when the cached data is damaged, and writes it again', () => {
    compileCached(source, name()).save();
    const [file] = readdirSync(dir) as [string];
    writeFileSync(join(dir, file), 'not compiled code');
    const again = compileCached(source, name());
    expect(again.script.cachedDataRejected).toBe(true);
    expect((again.script.runInThisContext() as () => string)()).toBe('2,4,6');
    again.save();
    expect(compileCached(source, name()).script.cachedDataRejected).toBe(false);
  });
  it('writes nothing when turned off', () => {
    process.env.JUESUAN_CACHE_DIR = 'off';
    compileCached(source, name()).save();
    expect(readdirSync(dir)).toHaveLength(0);
  });
});
