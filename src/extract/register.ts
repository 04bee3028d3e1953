/** Side-effect imports that register the format readers beyond plain text. */
import { readDocxLayout } from './docx/index.js';
import { readHtmlLayout } from './html/index.js';
import { readPdfLayout } from './pdf/index.js';
import { registerReader } from './index.js';

registerReader('docx', readDocxLayout);
registerReader('html', readHtmlLayout);
registerReader('pdf', readPdfLayout);
