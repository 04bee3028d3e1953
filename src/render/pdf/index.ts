import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JuesuanError } from '../../errors.js';

const run = promisify(execFile);

/** The LibreOffice executable, when installed. */
export function sofficePath(): string | null {
  return [process.env.SOFFICE, '/usr/bin/soffice', '/usr/bin/libreoffice'].find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** Fonts with Times New Roman's widths, which the composed DOCX names for its figures. */
const TIMES_METRICS = /Times New Roman|Liberation Serif|Tinos/i;

/**
 * What to tell the person printing when LibreOffice would set the figures in a font wider than Times New
 * Roman (given the family fontconfig picks for it): the tables' narrow columns then break figures over
 * two lines ("612.1" / "0"). Null when the family has its widths, or is unknown.
 */
export function latinFontNote(family: string | null): string | null {
  if (!family || TIMES_METRICS.test(family)) return null;
  return `本机没有 Times New Roman 或与其字宽相同的字体，LibreOffice 用“${family}”代替，PDF 表中的数字可能在窄栏中折行。请安装 Times New Roman 或 Liberation Serif（Debian 的 fonts-liberation2）后重新生成 PDF。`;
}

/** The family fontconfig gives for Times New Roman, or null without fontconfig. */
export function timesSubstitute(): string | null {
  try {
    return execFileSync('fc-match', ['-f', '%{family}', 'Times New Roman'], { encoding: 'utf8', timeout: 5000 }).split(',')[0]?.trim() || null;
  } catch {
    return null;
  }
}

/**
 * Prints the DOCX to PDF with LibreOffice (soffice --headless --convert-to pdf), in a private
 * profile so parallel runs do not share one; the fonts are whatever the machine has (fonts-noto-cjk
 * gives the CJK glyphs where the office fonts are missing, fonts-liberation2 Times New Roman's widths:
 * DejaVu Serif, taken without it, breaks figures in the tables' narrow columns).
 */
export async function docxToPdf(docx: Uint8Array): Promise<Uint8Array> {
  const soffice = sofficePath();
  if (!soffice) throw new JuesuanError('UNSUPPORTED_FORMAT', '生成 PDF 需要 LibreOffice（soffice），本机未安装。请安装 libreoffice-writer 或改用 --format docx,html,xlsx。');
  const dir = await mkdtemp(join(tmpdir(), 'juesuan-pdf-'));
  try {
    const src = join(dir, 'disclosure.docx');
    await writeFile(src, docx);
    await run(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, src], {
      timeout: 180_000,
    });
    return new Uint8Array(await readFile(join(dir, 'disclosure.pdf')));
  } catch (e) {
    if (e instanceof JuesuanError) throw e;
    throw new JuesuanError('CORRUPT_FILE', `LibreOffice 未能把 DOCX 转为 PDF：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
