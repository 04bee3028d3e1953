// Developer aid: writes src/extract/traditional-chars.ts, the traditional → simplified characters a
// final account uses, from OpenCC's character table (TSCharacters, Apache-2.0) and the simplified texts
// of the project (samples, corpora, real pages, the subject catalog):
//   npx tsx scripts/traditional-map.ts PATH/TO/TSCharacters(.txt|.js)
// A pair is kept where OpenCC gives the traditional character one simplified form, that form occurs in
// the simplified texts, and the traditional character itself is at most a slip there (under one in a
// hundred of its simplified form's: "金額" once in a text of 1,900 额): a character simplified text also
// writes as itself (乾 of 乾隆) is no sign of the traditional script, so it is never mapped.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scriptSigns } from '../src/extract/traditional.js';

const root = resolve(import.meta.dirname, '..');
const SOURCES = ['samples', 'test/corpus', 'test/paraphrase', 'test/real-pages', 'src/catalog/data'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

// The texts of the traditional script (mirror sites' conversions), or mixing both (a site's converted
// news: "国有资產"), are left out of the simplified ones.
const traditional = (t: string) => {
  const { traditional: n, simplified } = scriptSigns(t);
  return n >= 8 || n > simplified;
};

const simplified = new Map<string, number>();
for (const file of SOURCES.flatMap((s) => filesUnder(join(root, s)))) {
  if (!/\.(txt|md|json)$/.test(file) || /README/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  if (traditional(text)) continue;
  for (const c of text) if (/\p{Script=Han}/u.test(c)) simplified.set(c, (simplified.get(c) ?? 0) + 1);
}

const table = readFileSync(process.argv[2] ?? '', 'utf8').replace(/^export default "|";?\s*$/g, '');
const pairs: [string, string][] = [];
for (const entry of table.split(/[|\n]/)) {
  const [t, ...targets] = entry.trim().split(/\s+/);
  if (!t || targets.length !== 1) continue;
  const s = targets[0]!;
  // One UTF-16 unit each, so that every offset into a text stays true once it is mapped.
  if (t.length !== 1 || s.length !== 1 || t === s) continue;
  const sn = simplified.get(s) ?? 0;
  if (sn > 0 && (simplified.get(t) ?? 0) * 100 < sn) pairs.push([t, s]);
}
pairs.sort((a, b) => (a[0] < b[0] ? -1 : 1));

const out = `// Written by scripts/traditional-map.ts from OpenCC's TSCharacters (Apache-2.0): do not edit by hand.
/** Traditional characters a final account uses, each above its one simplified form in SIMPLIFIED. */
export const TRADITIONAL = '${pairs.map((p) => p[0]).join('')}';
export const SIMPLIFIED = '${pairs.map((p) => p[1]).join('')}';
`;
writeFileSync(join(root, 'src/extract/traditional-chars.ts'), out);
console.log(`${pairs.length} pairs; ${simplified.size} simplified characters read`);
