// Reads an official disclosure template with juesuan's own reader and writes what in it is addressed
// to the compiler (instructions, either-or wording) as data for the template rules:
// src/rules/template/data/<NAME>.json, which names its source. Regenerate after a reader change and
// review the difference; src/rules/template/official.test.ts checks the committed file is current.
// Usage: npx tsx scripts/template-sentences.ts TEMPLATE.pdf NAME "how the template is named"
import { readFile, writeFile } from 'node:fs/promises';
import { readLayout } from '../src/extract/index.js';
import '../src/extract/register.js';
import { readTemplate } from '../src/rules/template/read-template.js';

const [file, name, title] = process.argv.slice(2);
if (!file || !name || !title) {
  process.stderr.write('usage: npx tsx scripts/template-sentences.ts TEMPLATE.pdf NAME TITLE\n');
  process.exit(2);
}
const layout = await readLayout(file, new Uint8Array(await readFile(file)));
const out = readTemplate(layout, file, title);
const target = `src/rules/template/data/${name}.json`;
await writeFile(target, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`${target}: ${out.instructions.length} instructions, ${out.eitherOr.length} either-or pairs\n`);
