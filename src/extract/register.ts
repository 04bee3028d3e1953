/** Side-effect imports that register the format readers beyond plain text. */
import { readDocxLayout } from './docx/index.js';
import { readHtmlLayout } from './html/index.js';
import { readPdfLayout } from './pdf/index.js';
import { registerReader } from './index.js';
import { readXlsLayout } from './xls/index.js';
import { readXlsxLayout } from './xlsx/index.js';

registerReader('docx', readDocxLayout);
registerReader('html', readHtmlLayout);
registerReader('xlsx', readXlsxLayout);
registerReader('xls', readXlsLayout);
registerReader('pdf', readPdfLayout);
