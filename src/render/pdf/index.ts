import { execFileSync } from 'node:child_process';
import { convertWithLibreOffice } from '../../libreoffice.js';

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
 * Prints the DOCX to PDF with LibreOffice; the fonts are whatever the machine has (fonts-noto-cjk
 * gives the CJK glyphs where the office fonts are missing, fonts-liberation2 Times New Roman's widths:
 * DejaVu Serif, taken without it, breaks figures in the tables' narrow columns).
 */
export async function docxToPdf(docx: Uint8Array): Promise<Uint8Array> {
  return convertWithLibreOffice(docx, 'disclosure.docx', { filter: 'pdf', extension: 'pdf' }, {
    timeoutMs: 180_000,
    missing: '生成 PDF 需要 LibreOffice（soffice），本机未安装。请安装 libreoffice-writer 或改用 --format docx,html,xlsx。',
    failed: 'LibreOffice 未能把 DOCX 转为 PDF',
  });
}
