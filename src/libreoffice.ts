import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JuesuanError } from './errors.js';

const run = promisify(execFile);

/**
 * The LibreOffice executable, when installed. `SOFFICE`, when set, is the only one tried: a machine
 * that names its own LibreOffice (or none: `SOFFICE=none`) means it.
 */
export function sofficePath(): string | null {
  const named = process.env.SOFFICE;
  const candidates = named ? [named] : ['/usr/bin/soffice', '/usr/bin/libreoffice'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Converts `bytes` (a file named `name`) with LibreOffice (`soffice --headless --convert-to`), in a
 * private profile and directory so parallel runs share nothing, within `timeoutMs`; the output's
 * bytes, or a typed error saying what failed. `missing` is what to tell the user when LibreOffice is
 * not installed. LibreOffice is the only maintained reader of Word's binary and RTF formats and the
 * only printer of a DOCX at hand: no library does either.
 */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  name: string,
  to: { filter: string; extension: string },
  opts: { timeoutMs: number; missing: string; failed: string },
): Promise<Uint8Array> {
  const soffice = sofficePath();
  if (!soffice) throw new JuesuanError('UNSUPPORTED_FORMAT', opts.missing);
  const dir = await mkdtemp(join(tmpdir(), 'juesuan-lo-'));
  try {
    const src = join(dir, name);
    await writeFile(src, bytes);
    await run(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', to.filter, '--outdir', dir, src], {
      timeout: opts.timeoutMs,
      killSignal: 'SIGKILL',
    });
    const out = join(dir, `${name.replace(/\.[^.]*$/, '')}.${to.extension}`);
    // LibreOffice exits 0 and writes nothing when it cannot read its input.
    if (!existsSync(out)) throw new JuesuanError('CORRUPT_FILE', opts.failed);
    return new Uint8Array(await readFile(out));
  } catch (e) {
    if (e instanceof JuesuanError) throw e;
    const killed = (e as { killed?: boolean; signal?: string | null }).killed || (e as { signal?: string | null }).signal === 'SIGKILL';
    if (killed) throw new JuesuanError('LIMIT_EXCEEDED', `${opts.failed}（LibreOffice 运行超过 ${Math.round(opts.timeoutMs / 1000)} 秒，已中止）`, { cause: e });
    throw new JuesuanError('CORRUPT_FILE', opts.failed, { cause: e });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
