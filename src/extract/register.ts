/**
 * Registers the format readers beyond plain text. Each parses untrusted bytes in the bounded worker
 * (bounded.ts) and is loaded only when a file of its format arrives, so checking a text file loads
 * neither a parser nor pdfjs.
 */
import { runBounded } from './bounded.js';
import { registerReader } from './index.js';

registerReader('docx', (bytes, file) => runBounded('docx', bytes, file));
registerReader('doc', async (bytes, file) => (await import('./doc/index.js')).readDocLayout(bytes, file));
registerReader('html', (bytes, file) => runBounded('html', bytes, file));
registerReader('mht', (bytes, file) => runBounded('mht', bytes, file));
registerReader('xlsx', async (bytes, file) => (await import('./xlsx/index.js')).readXlsxLayout(bytes, file));
registerReader('xls', async (bytes, file) => (await import('./xls/index.js')).readXlsLayout(bytes, file));
registerReader('pdf', async (bytes, file) => (await import('./pdf/index.js')).readPdfLayout(bytes, file));
