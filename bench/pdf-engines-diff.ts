// Where PDFium's text layer differs from pdfjs's (see bench/pdf-engines.ts): for every corpus PDF, the
// pages whose text runs (text and box to the hundredth of a point, in any order) or ruling segments
// differ between the two readers, with the first differing runs of up to three pages (V=1).
// Run: npx tsx bench/pdf-engines-diff.ts [words]   (JUESUAN_PDFIUM_MODULE=…/dist/index.js when
// @embedpdf/pdfium is not installed beside juesuan)
import { readFileSync } from 'node:fs';
import type { PositionedItem } from '../src/extract/pdf/items.js';
import { readTextLayerPdfium } from '../src/extract/pdf/pdfium/text-layer.js';
import { readTextLayerPdfjs } from '../src/extract/pdf/text-layer.js';
import { ROOT, corpusPdfs } from './layout-hash.js';

const only = process.argv.slice(2);
const verbose = process.env.V === '1';
const key = (i: PositionedItem) => `${i.str}@${i.x.toFixed(2)},${i.y.toFixed(2)},${i.width.toFixed(2)},${i.height.toFixed(2)}`;
const ruleKey = (r: { x1: number; y1: number; x2: number; y2: number }) => [r.x1, r.y1, r.x2, r.y2].map((v) => v.toFixed(2)).join(',');

for (const f of (await corpusPdfs()).filter((p) => !only.length || only.some((w) => p.includes(w)))) {
  const bytes = new Uint8Array(readFileSync(ROOT + f));
  const a = await readTextLayerPdfjs(bytes, f);
  const b = await readTextLayerPdfium(bytes, f);
  let runPages = 0;
  let rulePages = 0;
  let shown = 0;
  for (let k = 0; k < a.pages.length; k++) {
    const pa = a.pages[k];
    const pb = b.pages[k];
    if (!pa || !pb) continue;
    const sa = pa.items.map(key).sort();
    const sb = pb.items.map(key).sort();
    if (JSON.stringify(sa) !== JSON.stringify(sb)) {
      runPages++;
      if (verbose && shown++ < 3) {
        let j = 0;
        while (j < Math.max(sa.length, sb.length) && sa[j] === sb[j]) j++;
        console.log(`  第 ${k + 1} 页 pdfjs ${JSON.stringify(sa.slice(j, j + 3))}\n          pdfium ${JSON.stringify(sb.slice(j, j + 3))}`);
      }
    }
    if (JSON.stringify((pa.rules ?? []).map(ruleKey).sort()) !== JSON.stringify((pb.rules ?? []).map(ruleKey).sort())) rulePages++;
    if (Math.abs(pa.width - pb.width) > 0.01 || Math.abs(pa.height - pb.height) > 0.01 || !!pa.scanned !== !!pb.scanned) console.log(`  第 ${k + 1} 页 大小或扫描判断不同`);
  }
  console.log(`${f}：${a.pages.length}/${b.pages.length} 页，文字块不同的页 ${runPages}，规线不同的页 ${rulePages}`);
}
process.exit(0);
