import { convertWithLibreOffice } from '../../libreoffice.js';
import type { LayoutDocument } from '../../model/layout.js';
import { runBounded } from '../bounded.js';

/** How long LibreOffice may take to turn one document into DOCX: a 100-page .doc takes a few seconds. */
const CONVERT_MS = 120_000;

/**
 * Reads a legacy Word file (.doc, Word 97–2003; .wps from WPS Office; RTF) by having LibreOffice save
 * it as DOCX and reading that with the DOCX reader: the paragraphs, tables and their cells come
 * through whole. Locations are those of the converted document (paragraphs and table cells; a .doc
 * keeps no pages of its own).
 */
export async function readDocLayout(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  const rtf = isRtf(bytes);
  const kind = rtf ? 'RTF' : '旧版 Word（.doc）';
  const docx = await convertWithLibreOffice(bytes, rtf ? 'input.rtf' : 'input.doc', { filter: 'docx:MS Word 2007 XML', extension: 'docx' }, {
    timeoutMs: CONVERT_MS,
    missing: `文件 ${file} 是${kind}文件，读取它需要 LibreOffice（soffice），本机未安装。请安装 LibreOffice（Debian：libreoffice-writer-nogui），或用 Word/WPS 打开后另存为 .docx 再检查。`,
    failed: `文件 ${file} 是${kind}文件，但 LibreOffice 未能打开它：文件可能已损坏、加密或并非 Word 文档。请用 Word/WPS 打开确认，另存为 .docx 后再检查。`,
  });
  const layout = await runBounded('docx', docx, file);
  return { ...layout, format: 'doc' };
}

/** An RTF file starts with `{\rtf`. */
export function isRtf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '{\\rtf';
}
