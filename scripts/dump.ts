// Developer aid: prints the layout blocks and the extracted model of a file as JSON.
// Usage: npx tsx scripts/dump.ts layout|model FILE
import { readFile } from 'node:fs/promises';
import { defaultCatalog } from '../src/catalog/catalog.js';
import { readLayout } from '../src/extract/index.js';
import { interpret } from '../src/interpret/index.js';
import '../src/extract/register.js';

const [what, file] = process.argv.slice(2);
const layout = await readLayout(file as string, new Uint8Array(await readFile(file as string)));
const out = what === 'layout' ? layout : interpret(layout, defaultCatalog(), { validate: true });
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
