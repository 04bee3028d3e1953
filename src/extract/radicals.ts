import type { LayoutDocument } from '../model/layout.js';
import type { Location } from '../model/location.js';

/**
 * Many CJK fonts draw an ideograph and the Kangxi radical of the same shape with one glyph, and PDF
 * producers that write the font's ToUnicode map from its cmap (Chromium/Skia among them) often pick
 * the radical: "⼀般公共预算", "⾦额单位". The text then looks right and matches nothing. These code
 * points never belong in a disclosure, so they are mapped back to the unified ideographs.
 */

// CJK Radicals Supplement: the simplified-form radicals that stand for whole characters.
const SUPPLEMENT: Record<string, string> = {
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ec1': '虎',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/;
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g;

/**
 * Kangxi radicals, supplement radicals and compatibility ideographs as the ideographs they print, one
 * UTF-16 unit for one (offsets into the text stay true).
 */
export function unifyRadicals(s: string): string {
  if (!RADICAL.test(s)) return s;
  // Kangxi radicals and compatibility ideographs have compatibility decompositions to the ideograph.
  return s.replace(RADICALS, (c) => {
    const u = SUPPLEMENT[c] ?? c.normalize('NFKC');
    return u.length === 1 ? u : c;
  });
}

/**
 * The radicals unified in every text of a layout: text copied out of such a PDF (into a .txt, a web
 * page, a Word file) carries them as the PDF does ("⼀般公共预算", "卫⽣健康⽀出", "⼋、").
 */
export function unifyLayoutRadicals(layout: LayoutDocument): void {
  const fix = (o: { text: string; location: Location }) => {
    o.text = unifyRadicals(o.text);
    if (o.location.text) o.location.text = unifyRadicals(o.location.text);
  };
  for (const b of layout.blocks) {
    if (b.kind === 'paragraph') fix(b);
    else for (const row of b.rows) for (const c of row) fix(c);
    if (b.location.text) b.location.text = unifyRadicals(b.location.text);
  }
  for (const f of layout.furniture ?? []) fix(f);
}
