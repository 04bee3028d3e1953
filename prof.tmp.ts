import { readFileSync } from 'node:fs';
import { compose } from './src/compose/compose.js';
import { parseComposeInput } from './src/compose/input.js';
import { renderFormat } from './src/render/index.js';
const file = 'examples/health-commission-2024.yaml';
const doc = compose(parseComposeInput(readFileSync(file, 'utf8'), file), { charts: false });
for (let i = 0; i < 3; i++) await renderFormat(doc, 'docx');
for (let k = 0; k < 3; k++) {
const t = performance.now(); const c = process.cpuUsage();
for (let i = 0; i < 10; i++) await renderFormat(doc, 'docx');
const u = process.cpuUsage(c);
console.log(((performance.now() - t) / 10).toFixed(1), ((u.user + u.system) / 10000).toFixed(1));
}
