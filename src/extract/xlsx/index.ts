import type { LayoutDocument } from '../../model/layout.js';
import { runBounded } from '../bounded.js';
import { isOle } from '../spreadsheet/ole.js';
import { readXlsLayout } from '../xls/index.js';

/** Reads an .xlsx workbook in the bounded worker; an OLE file named .xlsx is encrypted or an old .xls. */
export function readXlsxLayout(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  if (isOle(bytes)) return readXlsLayout(bytes, file);
  return runBounded('xlsx', bytes, file);
}
