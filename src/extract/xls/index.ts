import { JuesuanError } from '../../errors.js';
import type { LayoutDocument } from '../../model/layout.js';
import { runBounded } from '../bounded.js';
import { hasOleStream, isOle } from '../spreadsheet/ole.js';

/**
 * Reads an .xls workbook (BIFF) in the bounded worker. OLE files that are not BIFF workbooks —
 * password-encrypted XLSX/DOCX packages — are told apart first, with a message that says what they
 * are (a Word .doc named .xls never comes here: extract/index.ts reads it as a .doc).
 */
export async function readXlsLayout(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  if (isOle(bytes)) {
    if (hasOleStream(bytes, 'EncryptedPackage')) {
      throw new JuesuanError(
        'CORRUPT_FILE',
        `文件已加密：${file} 设置了打开密码（加密的 Office 文件），无法读取内容。请在 Excel 或 WPS 表格中输入密码打开，取消加密（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx 再检查。`,
      );
    }
  }
  return runBounded('xls', bytes, file);
}
