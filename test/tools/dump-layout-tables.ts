import { readFileSync } from 'node:fs';
import { readTextLayout } from '../../src/extract/text/read-text.js';
const f = process.argv[2] as string;
const lay = readTextLayout(readFileSync(f, 'utf8'), f, 'text');
const only = process.argv[3];
let n = 0;
for (const b of lay.blocks) {
  if (b.kind !== 'table') continue;
  n++;
  if (only && String(n) !== only) { continue; }
  console.log(`=== table ${n} line ${b.location.line} p${b.location.page} shape ${b.shape}`);
  for (const r of b.rows) console.log('  ' + r.map((c) => `${c.text}${c.colSpan > 1 ? `<${c.colSpan}>` : ''}`).join(' | '));
}
