/** Recognising and reading the nine 公开表: see ./tables/ (one module per table family). */
export { readPublicTables } from './tables/index.js';
