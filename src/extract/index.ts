import { extname } from 'node:path';
import { JuesuanError, LIMITS } from '../errors.js';
import { formatOfName } from '../model/formats.js';
import type { InputFormat, LayoutDocument } from '../model/layout.js';
import { readZipDirectory } from './docx/zip.js';
import { looksLikeWebArchive } from './mht/read-mht.js';
import { hasOleStream, isOle } from './spreadsheet/ole.js';
import { unifyLayoutRadicals } from './radicals.js';
import { simplifyTraditionalLayout } from './traditional.js';
import { badBytesNote, type DecodedText, decodeText } from './text/decode.js';
import { readTextLayout } from './text/read-text.js';

/** Readers by format. DOCX and HTML readers register themselves here as they land. */
export type LayoutReader = (bytes: Uint8Array, file: string) => LayoutDocument | Promise<LayoutDocument>;

const readers = new Map<InputFormat, LayoutReader>();

export function registerReader(format: InputFormat, reader: LayoutReader): void {
  readers.set(format, reader);
}

registerReader('text', (bytes, file) => readText(bytes, file, 'text'));
registerReader('markdown', (bytes, file) => readText(bytes, file, 'markdown'));

function readText(bytes: Uint8Array, file: string, format: 'text' | 'markdown'): LayoutDocument {
  const decoded = decodeChecked(bytes, file);
  const layout = readTextLayout(decoded.text, file, format);
  const note = badBytesNote(file, decoded);
  return note ? { ...layout, notes: [note, ...layout.notes] } : layout;
}

function decodeChecked(bytes: Uint8Array, file: string): DecodedText {
  // No encoding takes more than 4 bytes per character: past that the text is too long without decoding it.
  const decoded = bytes.length > LIMITS.maxTextChars * 4 ? null : decodeText(bytes, file);
  const text = decoded?.text;
  if (decoded == null || text == null || text.length > LIMITS.maxTextChars) {
    throw new JuesuanError(
      'LIMIT_EXCEEDED',
      `文件 ${file} 的文字超过 ${LIMITS.maxTextChars / 1024 / 1024}M 字符，远超任何一份决算公开文件，已拒绝处理。请确认选择的文件是否正确。`,
    );
  }
  return decoded;
}

/** Decides the format from the content first (magic bytes), the extension second. */
export function detectFormat(file: string, bytes: Uint8Array): InputFormat {
  const ext = extname(file).toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\xef\xbb\xbf/, '');
  if (head.startsWith('%PDF')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // A ZIP is an OOXML package: the extension says which, and each reader names the other kind
    // when it finds it (a .docx holding a workbook, an .xlsx holding a Word document).
    if (ext === '.docx') return 'docx';
    if (ext === '.xlsx' || ext === '.xls') return 'xlsx';
    return zipHoldsWorkbook(bytes, file) ? 'xlsx' : 'docx';
  }
  if (head.startsWith('{\\rtf')) return 'doc';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) {
    // Word 97–2003 (and WPS) keep the text in a WordDocument stream, whatever the file is named.
    if (isOle(bytes) && hasOleStream(bytes, 'WordDocument')) return 'doc';
    if (ext === '.doc' || ext === '.wps') {
      throw new JuesuanError(
        'CORRUPT_FILE',
        `文件 ${file} 的扩展名是 ${ext}，但内容不是 Word 文档（复合文档中没有正文），可能已损坏、加密或是改了扩展名的其他文件。请用 Word/WPS 打开确认，另存为 .docx 后再检查。`,
      );
    }
    // An OLE file named .docx is an encrypted DOCX (EncryptedPackage) or another compound file: the DOCX reader says which.
    if (ext === '.docx') return 'docx';
    // Otherwise a BIFF workbook, or an encrypted .xlsx: the XLS reader says which.
    return 'xls';
  }
  // A web archive (Word's "单个文件网页") saved or renamed as .doc, .txt or .html is read as what it is.
  if (looksLikeWebArchive(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))) return 'mht';
  const byExt = formatOfName(file);
  const htmlHead = /^\s*<(!doctype html|html|head|body|div|p|table)\b/i.test(head);
  if (byExt === 'doc') {
    // A page saved by Word or a web system under .doc is read as the page; Word 2003 XML by LibreOffice.
    if (htmlHead) return 'html';
    if (/^\s*<\?xml[^>]*>\s*(<\?mso-application[^>]*Word\.Document|<w:wordDocument\b)/i.test(head)) return 'doc';
  }
  if (byExt === 'docx' || byExt === 'xlsx' || byExt === 'pdf' || byExt === 'doc') {
    throw new JuesuanError(
      'CORRUPT_FILE',
      `文件 ${file} 的扩展名是 ${ext}，但内容不是有效的 ${ext.slice(1).toUpperCase()} 文件（文件头不符），可能已损坏或被截断。请重新下载或导出该文件。`,
    );
  }
  if (byExt === 'xls') {
    // Web systems often save an HTML table or tab-separated text under .xls (Excel opens both).
    if (htmlHead) return 'html';
    if (/^\s*<\?xml[^>]*>\s*(<\?mso-application[^>]*Excel\.Sheet|<Workbook\b)/i.test(head)) {
      throw new JuesuanError(
        'UNSUPPORTED_FORMAT',
        `文件 ${file} 是 Excel 2003 XML 表格（扩展名为 .xls），暂不支持读取。请用 Excel 或 WPS 表格打开后另存为 .xlsx 再检查。`,
      );
    }
    return 'text';
  }
  if (byExt) return byExt;
  if (htmlHead) return 'html';
  if (ext === '' || ext === '.csv') return 'text';
  return unsupported(file, ext);
}

/** Does a ZIP hold a workbook (xl/workbook.xml) rather than a Word document? */
function zipHoldsWorkbook(bytes: Uint8Array, file: string): boolean {
  try {
    const names = [...readZipDirectory(bytes, file).keys()];
    return names.some((n) => /^xl\/workbook\.xml$/i.test(n)) && !names.some((n) => /^word\/document\.xml$/i.test(n));
  } catch {
    return false; // a broken ZIP: the DOCX reader reports it
  }
}

function unsupported(file: string, what: string): never {
  throw new JuesuanError(
    'UNSUPPORTED_FORMAT',
    `不支持的文件类型：${file}（${what}）。可检查的格式为 PDF、DOCX、DOC/WPS/RTF（需安装 LibreOffice）、HTML、MHT、XLS/XLSX、TXT 和 Markdown。`,
  );
}

/**
 * Formats whose reader unifies the radicals of the whole text before laying it out (readTextLayout):
 * every text of their layouts is cut from that text, and a second pass over each block and cell
 * would find none.
 */
const UNIFIED_BY_READER = new Set<InputFormat>(['text', 'markdown']);

/** Reads any supported file into the layout model, enforcing the input limits. */
export async function readLayout(file: string, bytes: Uint8Array): Promise<LayoutDocument> {
  if (bytes.length === 0) {
    throw new JuesuanError('EMPTY_FILE', `文件 ${file} 是空文件（0 字节），没有可检查的内容。请确认导出或下载是否完整。`);
  }
  if (bytes.length > LIMITS.maxFileBytes) {
    throw new JuesuanError(
      'LIMIT_EXCEEDED',
      `文件 ${file} 大小为 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过单个文件 ${LIMITS.maxFileBytes / 1024 / 1024} MB 的上限，已拒绝处理。`,
    );
  }
  const format = detectFormat(file, bytes);
  const reader = readers.get(format);
  if (!reader) {
    throw new JuesuanError(
      'UNSUPPORTED_FORMAT',
      `暂不支持读取 ${format.toUpperCase()} 文件：${file}。可检查的格式为 PDF、DOCX、DOC/WPS/RTF、HTML、MHT、XLS/XLSX、TXT 和 Markdown。`,
    );
  }
  const layout = await reader(bytes, file);
  if (!UNIFIED_BY_READER.has(format)) unifyLayoutRadicals(layout);
  simplifyTraditionalLayout(layout);
  if (layout.blocks.length > LIMITS.maxBlocks) {
    throw new JuesuanError('LIMIT_EXCEEDED', `文件 ${file} 含有超过 ${LIMITS.maxBlocks} 个段落或表格，超出处理上限。`);
  }
  checkTableSizes(layout);
  refuseTextless(layout);
  return layout;
}

/**
 * Refuses a file that reads as no text at all (only blanks, form feeds, digits or punctuation: the
 * text copied out of a scanned PDF is a row of form feeds): checking it would report every table and
 * section missing. Pages the reader could not read (a scan without OCR) are said as such elsewhere.
 */
function refuseTextless(layout: LayoutDocument): void {
  if (layout.unreadPages?.length) return;
  let chars = 0;
  for (const b of layout.blocks) {
    const texts = b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.map((c) => c.text));
    for (const t of texts) {
      if (/\p{L}/u.test(t)) return;
      chars += t.replace(/\s/g, '').length;
    }
  }
  const pictures = layout.images ? `，另有 ${layout.images} 张图片（图片中的文字无法读取）` : '';
  throw new JuesuanError(
    'EMPTY_FILE',
    `文件 ${layout.file} 没有可检查的文字：读出的只有空白、分页符、数字或标点（共 ${chars} 个可见字符）${pictures}。如果这是从扫描版 PDF 复制出来的文字，请直接检查 PDF 原件（扫描页会用文字识别读取）；否则请确认导出或复制是否完整。`,
  );
}

/**
 * Refuses a table whose merged cells would spread over more positions than any printed table has
 * (LIMITS.maxTableCells): the tables are later laid out as dense grids, one entry per position.
 */
function checkTableSizes(layout: LayoutDocument): void {
  let n = 0;
  for (const b of layout.blocks) {
    if (b.kind !== 'table') continue;
    n++;
    let width = 0;
    let covered = 0;
    for (const row of b.rows) {
      let w = 0;
      for (const c of row) {
        const cs = Math.max(1, c.colSpan || 1);
        w += cs;
        covered += cs * Math.max(1, c.rowSpan || 1);
      }
      width = Math.max(width, w);
    }
    if (covered > LIMITS.maxTableCells || b.rows.length * width > LIMITS.maxTableCells) {
      const where = b.location.page != null ? `第 ${b.location.page} 页` : b.location.line != null ? `第 ${b.location.line} 行` : `第 ${n} 个表格`;
      throw new JuesuanError(
        'LIMIT_EXCEEDED',
        `文件 ${layout.file} 的第 ${n} 个表格（${where}）有 ${b.rows.length} 行、最宽 ${width} 列，合并单元格（跨行/跨列）展开后超过 ${LIMITS.maxTableCells} 个格子，远超任何决算公开表格，已拒绝处理。文件可能已损坏或跨行跨列数值异常；请用原软件打开检查该表格后重新另存再检查。`,
      );
    }
  }
}
