import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

/**
 * A large script made from other sources (pdfjs patched for reading text: 3.3 MB) and V8's compiled
 * code of it, kept on disk between runs so that a new process or parse worker neither makes the
 * script again nor parses and compiles it again. Making and compiling pdfjs and the functions a first
 * document runs took about a third of reading a 25-page PDF in a fresh process.
 *
 * Both are files named by `key`, which names everything the script is made from (the caller's
 * business), in JUESUAN_CACHE_DIR, else $XDG_CACHE_HOME/juesuan or ~/.cache/juesuan;
 * JUESUAN_CACHE_DIR=off turns the cache off. V8 checks compiled code against its own version, flags
 * and the source and ignores code that does not fit; a failure to read or write only means making and
 * compiling as before: what runs is the same code.
 */
export interface CachedScript {
  script: Script;
  /** Writes the script and the code compiled so far to the cache, once, where the cache lacked them; says whether it wrote the script. */
  save(): boolean;
}

/** The cache's folder, or null when it is turned off. */
export function cacheDir(): string | null {
  const asked = process.env.JUESUAN_CACHE_DIR;
  if (asked === 'off') return null;
  if (asked) return asked;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'juesuan');
}

function readOrNull(file: string | null): Buffer | null {
  if (!file) return null;
  try {
    return readReusing(file);
  } catch {
    return null; // none yet, or not readable
  }
}

/**
 * The memory a script's bytes were read into (`readScript`), free once they are a string: the script's
 * compiled code, read next, goes into it rather than into fresh memory. On the 2-core VM this was
 * measured on, a fresh 4 kB page costs ~16 µs when first touched; the CLI's compiled code is 1.7 MB.
 */
let spare: Buffer | null = null;

/** A file's bytes, in the spare memory when they fit (which is then no longer spare), else in fresh memory. */
function readReusing(file: string): Buffer {
  const into = spare;
  spare = null;
  if (!into) return readFileSync(file);
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > into.length) return readFileSync(fd);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, into, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return into.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/**
 * A script's source, read from `file` (one-byte when ASCII, else UTF-8); the memory it was read into
 * is left for its compiled code (`readReusing`), which `compileWithCode` reads next.
 */
export function readScript(file: string): string {
  const bytes = readFileSync(file);
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  spare = bytes;
  return text;
}

/** Writes beside and renames, so that a process reading at the same time never sees half a file. */
function writeWhole(dir: string, file: string, data: Uint8Array): void {
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(part, data, { mode: 0o600 });
    renameSync(part, file);
  } catch {
    // a read-only home: made and compiled again next time
    try {
      rmSync(part, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/**
 * Compiles the script `key` names: its source (UTF-8 bytes, held as a one-byte string when ASCII)
 * from the cache, else from `make()`; its compiled code from the cache when V8 accepts it. Named
 * `filename` in stack traces. Null when the script is not in the cache and `make()` gives null.
 */
export function compileCached(key: string, make: () => Buffer | null, filename: string): CachedScript | null {
  const dir = cacheDir();
  const sourceFile = dir && join(dir, `${cacheName(key)}.js`);
  const cached = readOrNull(sourceFile);
  const source = cached ?? make();
  if (!source) return null;
  const code = compileWithCode(key, source.toString(isAscii(source) ? 'latin1' : 'utf8'), filename, cached != null);
  let sourceSaved = cached != null;
  return {
    script: code.script,
    save() {
      const wrote = dir != null && sourceFile != null && !sourceSaved;
      if (wrote) writeWhole(dir, sourceFile, source);
      sourceSaved = true;
      code.save();
      return wrote;
    },
  };
}

/** The name of a cache entry: compiled code is of one Node version (V8) and one machine architecture. */
function cacheName(key: string): string {
  return `${key}-${process.version}-${process.arch}`;
}

/**
 * Compiles `source`, a script at hand (the CLI's one-file build), with V8's compiled code of it from
 * the cache under `key` when there is some and V8 accepts it. `key` must change whenever the source
 * does (V8 itself compares only the source's length). `save()` writes the compiled code, once, where
 * the cache lacked it or V8 refused it; called after the script has run, it holds every function
 * compiled so far, not only those compiled up front. `lookUp` false compiles without looking.
 */
export function compileWithCode(key: string, source: string, filename: string, lookUp = true): CachedScript {
  const dir = cacheDir();
  // V8 rejects code made under other flags: a PDF's worker may set one for the whole process
  // (pdfium/tier.ts), after this script was compiled, and code saved then was refused at every start;
  // a worker that sets it first keeps code of its own beside the code made without it.
  const flags = cachedDataVersionTag();
  const codeFile = dir && join(dir, `${cacheName(key)}-${flags.toString(16)}.v8`);
  const cachedData = lookUp ? readOrNull(codeFile) : null;
  const script = new Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
  let saved = cachedData != null && !script.cachedDataRejected;
  return {
    script,
    save() {
      if (!dir || !codeFile || saved || cachedDataVersionTag() !== flags) return false;
      writeWhole(dir, codeFile, script.createCachedData());
      saved = true;
      return true;
    },
  };
}

/** Removes the cache's files whose names start with `prefix` but do not hold `keep`: scripts made from what is no longer installed. */
export function removeStale(prefix: string, keep: string): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    for (const f of readdirSync(dir)) if (f.startsWith(prefix) && !f.includes(keep)) rmSync(join(dir, f), { force: true });
  } catch {
    // nothing to remove, or not ours to remove
  }
}

/** Wrapped around a CommonJS file's source as Node wraps it, on the file's first line: its line numbers stay. */
const COMMONJS_BEFORE = '(function (exports, require, module, __filename, __dirname) { ';
const COMMONJS_AFTER = '\n})';

/**
 * Runs a CommonJS file as require() would, with V8's compiled code of it from the cache under `key`,
 * which must name the file's contents: Node 20's require() keeps no compiled code between processes,
 * and a large generated script (PDFium's glue, 300 KB) was compiled anew in every parse worker.
 * `require` is the file's own (createRequire of it): given by the caller, as this module is also part
 * of the one-file build's loader, which does not load node:module. `save()` as in `compileWithCode`.
 */
export function requireWithCode(key: string, file: string, require: NodeJS.Require): { exports: unknown; save(): boolean } {
  const code = compileWithCode(key, `${COMMONJS_BEFORE}${readScript(file)}${COMMONJS_AFTER}`, file);
  const module = { exports: {} as unknown };
  const wrapper = code.script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, require, module, file, dirname(file));
  return { exports: module.exports, save: () => code.save() };
}
