import { readFileSync } from 'node:fs';
process.env.JUESUAN_PDFIUM_MODULE ??= '/tmp/pdfium-try/node_modules/@embedpdf/pdfium/dist/index.js';
const { readTextLayer } = await import('../src/extract/pdf/text-layer.js');
const { readTextLayerPdfium } = await import('../src/extract/pdf/pdfium/text-layer.js');
const { corpusPdfs, ROOT } = await import('./layout-hash.js');
const only = process.argv.slice(2);
const verbose = process.env.V === '1';
for (const f of (await corpusPdfs()).filter((f) => !only.length || only.some((w) => f.includes(w)))) {
  const bytes = new Uint8Array(readFileSync(ROOT + f));
  const a = await readTextLayer(bytes, f);
  const b = await readTextLayerPdfium(bytes, f);
  let itemDiff = 0, pageDiff = 0, ruleDiff = 0, geomDiff = 0, shown = 0;
  for (let k = 0; k < a.pages.length; k++) {
    const pa = a.pages[k]!, pb = b.pages[k]!;
    const key = (i: any) => `${i.str}@${i.x.toFixed(2)},${i.y.toFixed(2)},${i.width.toFixed(2)},${i.height.toFixed(2)}`;
    const sa = pa.items.map(key).sort(), sb = pb.items.map(key).sort();
    const same = JSON.stringify(sa) === JSON.stringify(sb);
    if (!same) { pageDiff++; itemDiff += Math.abs(sa.length - sb.length) || 1; }
    if (!same && verbose && shown < 3) {
      shown++;
      const n = Math.max(sa.length, sb.length);
      let j = 0; while (j < n && sa[j] === sb[j]) j++;
      console.log(`  p${k + 1} first diff at item ${j}: pdfjs ${JSON.stringify(sa.slice(j, j + 4))} pdfium ${JSON.stringify(sb.slice(j, j + 4))}`);
    }
    if (false) for (let j = 0; j < pa.items.length; j++) {
      const x = pa.items[j]!, y = pb.items[j]!;
      const d = Math.max(Math.abs(x.x - y.x), Math.abs(x.y - y.y), Math.abs(x.width - y.width), Math.abs(x.height - y.height));
      if (d > 0.01) { geomDiff++; if (verbose && geomDiff < 4) console.log(`  p${k+1} geom ${JSON.stringify(x)} vs ${JSON.stringify(y)}`); }
    }
    const ra = pa.rules ?? [], rb = pb.rules ?? [];
    const rk = (r: any) => [r.x1, r.y1, r.x2, r.y2].map((v: number) => v.toFixed(2)).join(',');
    if (JSON.stringify(ra.map(rk).sort()) !== JSON.stringify(rb.map(rk).sort())) { ruleDiff++; if (verbose) console.log(`  p${k+1} rules ${ra.length} vs ${rb.length}`); }
    if (pa.width !== pb.width || pa.height !== pb.height || !!pa.scanned !== !!pb.scanned) console.log(`  p${k + 1} size/scanned ${pa.width}x${pa.height} ${pa.scanned} vs ${pb.width}x${pb.height} ${pb.scanned}`);
  }
  console.log(`${f}: pages ${a.pages.length}/${b.pages.length}, pages with other items ${pageDiff}, geom diffs ${geomDiff}, pages with other rule counts ${ruleDiff}`);
}
