import { readFileSync } from 'node:fs';
import { extractBytes } from '../src/check.js';
const doc = await extractBytes(process.argv[2]!, readFileSync(process.argv[2]!));
for (const b of doc.lines.slice(0, 40)) console.log(b.location.line, b.text.slice(0, 80));
