export { readDocxLayout } from './read-docx.js';
