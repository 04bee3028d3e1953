import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8's compiled code of a large script (pdfjs: 3.3 MB of source), kept on disk between runs so that a
 * new process or parse worker does not parse and compile it again. Compiling pdfjs and the functions
 * a first document runs took about a third of reading a 25-page PDF in a fresh process.
 *
 * The cache is a file per script, named by a hash of the exact source and of the Node version, in
 * JUESUAN_CACHE_DIR, else $XDG_CACHE_HOME/juesuan or ~/.cache/juesuan; JUESUAN_CACHE_DIR=off turns it
 * off. V8 checks the data against its own version and flags and ignores data that does not fit, and
 * any failure to read or write the cache only means compiling as before: what runs is the same code.
 */
export interface CachedScript {
  script: Script;
  /** Writes the code compiled so far to the cache, once, if the cache had none that fitted. */
  save(): void;
}

function cacheDir(): string | null {
  const asked = process.env.JUESUAN_CACHE_DIR;
  if (asked === 'off') return null;
  if (asked) return asked;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'juesuan');
}

/**
 * Compiles a script from its source bytes (UTF-8; held as a one-byte string when ASCII), named
 * `filename` in stack traces, with the cached code of an earlier run when there is one.
 */
export function compileCached(source: Buffer, filename: string): CachedScript {
  const dir = cacheDir();
  const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, 32);
  const code = source.toString(isAscii(source) ? 'latin1' : 'utf8');
  const file = dir && join(dir, `${key}.v8`);
  let cachedData: Buffer | undefined;
  if (file) {
    try {
      cachedData = readFileSync(file);
    } catch {
      // none yet, or not readable: compiled from source
    }
  }
  const script = new Script(code, { filename, ...(cachedData ? { cachedData } : {}) });
  let saved = cachedData != null && !script.cachedDataRejected;
  return {
    script,
    save() {
      if (saved || !file || !dir) return;
      saved = true;
      // Written beside and renamed, so that a process reading at the same time never sees half a file.
      const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        writeFileSync(part, script.createCachedData(), { mode: 0o600 });
        renameSync(part, file);
      } catch {
        // a read-only home: compiled again next time
        try {
          rmSync(part, { force: true });
        } catch {
          // nothing was written
        }
      }
    },
  };
}
