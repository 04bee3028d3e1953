import type { InputFormat } from './layout.js';

/**
 * The formats juesuan reads, by the file extension that names them. The one list the CLI (which
 * files of a folder to check), the workbench (which uploads to take) and the readers start from; the
 * reader decides by the content in the end (extract/index.ts, `detectFormat`).
 */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mht: 'mht',
  mhtml: 'mht',
  docx: 'docx',
  // Word 97–2003, WPS Office's own and RTF files: read by LibreOffice into DOCX (extract/doc).
  doc: 'doc',
  wps: 'doc',
  rtf: 'doc',
  pdf: 'pdf',
  xlsx: 'xlsx',
  xls: 'xls',
};

/** The extensions (without the dot, lower case) of files juesuan reads. */
export const READABLE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The format a file's name declares (its extension, any case), or null for a file juesuan does not read. */
export function formatOfName(fileName: string): InputFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext ? (FORMAT_BY_EXTENSION[ext] ?? null) : null;
}
