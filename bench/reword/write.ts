// Writes one document as a rewording rewrites it (for reading a rewording's findings by hand).
// Usage: tsx bench/reword/write.ts FILE ID OUT
import { readFileSync, writeFileSync } from 'node:fs';
import { REWORDINGS, reword } from './rewordings.js';
const [file, id, out] = process.argv.slice(2) as [string, string, string];
const v = reword(readFileSync(file, 'utf8'), REWORDINGS.find((r) => r.id === id)!);
writeFileSync(out, v ?? '');
