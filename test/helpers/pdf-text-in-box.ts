import { readFile } from 'node:fs/promises';
import type { Box } from '../../src/model/location.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type TextItem = { str: string; transform: number[]; width: number };

/**
 * The text pdf.js itself places inside a box of a page, read apart from juesuan's reader: every text
 * item taken into the space of `page.getViewport({ scale: 1 })` (the page as displayed, /Rotate
 * applied) and each of its characters placed along it in proportion (a Latin letter or digit half as
 * wide as a Chinese one); the characters whose centre lies in the box, in the page's drawing order.
 */
export async function pdfPages(file: string): Promise<{ size(page: number): Promise<{ width: number; height: number }>; textIn(page: number, box: Box): Promise<string>; close(): Promise<void> }> {
  const pdfjs: Pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages = new Map<number, Promise<{ width: number; height: number; chars: { c: string; x: number; y: number }[] }>>();
  const read = (n: number) => {
    let p = pages.get(n);
    if (!p) {
      p = (async () => {
        const page = await doc.getPage(n);
        const vp = page.getViewport({ scale: 1 });
        const chars: { c: string; x: number; y: number }[] = [];
        for (const it of (await page.getTextContent()).items as TextItem[]) {
          if (!('str' in it) || !it.str.trim()) continue;
          const m = pdfjs.Util.transform(vp.transform, it.transform);
          const len = Math.hypot(m[0], m[1]) || 1;
          const [ux, uy] = [m[0] / len, m[1] / len];
          const size = Math.hypot(m[2], m[3]);
          const cs = [...it.str];
          const w = cs.map((c) => ((c.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1));
          const total = w.reduce((a, b) => a + b, 0) || 1;
          let along = 0;
          cs.forEach((c, k) => {
            const mid = ((along + (w[k] as number) / 2) / total) * it.width;
            along += w[k] as number;
            // Half a size above the baseline, across the direction the text runs in (y grows downwards).
            chars.push({ c, x: m[4] + ux * mid + uy * size * 0.4, y: m[5] + uy * mid - ux * size * 0.4 });
          });
        }
        return { width: vp.width, height: vp.height, chars };
      })();
      pages.set(n, p);
    }
    return p;
  };
  return {
    size: async (n) => {
      const { width, height } = await read(n);
      return { width, height };
    },
    textIn: async (n, b) => (await read(n)).chars.filter((ch) => ch.x >= b.x1 && ch.x <= b.x2 && ch.y >= b.y1 && ch.y <= b.y2).map((ch) => ch.c).join(''),
    close: () => doc.destroy(),
  };
}
