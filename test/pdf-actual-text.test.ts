import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readTextLayerPdfium } from '../src/extract/pdf/pdfium/text-layer.js';
import { readTextLayerPdfjs } from '../src/extract/pdf/text-layer.js';

/*
 * Chromium prints a character its font lacks from another font, inside a marked-content sequence
 * that declares the character's text (/ActualText). The glyph it borrows may be another character's:
 * 户 drawn with the glyph of the traditional 戶, the em dash — with that of the horizontal bar ―, the
 * CJK angle bracket 〈 with that of U+2329. PDFium, juesuan's reader, reads the declared text, which is
 * the source document's; pdfjs reads the glyph's own Unicode map. These are the only differences
 * between the two readers' layouts of the corpus (see test/pdf-layout-hash.test.ts); a traditional 户
 * in a simplified-Chinese disclosure would be a misreading, not the document.
 */
const CASES: [pdf: string, source: string, declared: string[], glyphs: string[]][] = [
  ['test/corpus/pdf/guangyuan-city-2024.chromium.pdf', 'samples/guangyuan-city-2024.txt', ['医疗保险基金支出户', '个人账户', '1—12月'], ['医疗保险基金支出戶', '个人账戶', '1―12月']],
  ['test/corpus/pdf/rongcheng-city-2024.chromium.pdf', 'samples/rongcheng-city-2024.md', ['财政专户', '〈中共中央'], ['财政专戶', '\u2329中共中央']],
];

async function pageText(read: typeof readTextLayerPdfjs, pdf: string): Promise<string> {
  const { pages } = await read(new Uint8Array(await readFile(pdf)), pdf);
  // Runs joined without spaces: a phrase may be split between runs, never within a character.
  return pages.map((p) => p.items.map((i) => i.str).join('')).join('');
}

describe('a character a Chromium print declares the text of (/ActualText)', () => {
  it.each(CASES)('%s is read as the source document has it (%s)', async (pdf, source, declared, glyphs) => {
    const src = await readFile(source, 'utf8');
    const pdfium = await pageText(readTextLayerPdfium, pdf);
    const pdfjs = await pageText(readTextLayerPdfjs, pdf);
    for (const [k, phrase] of declared.entries()) {
      expect(src).toContain(phrase);
      expect(pdfium).toContain(phrase);
      // pdfjs reads the borrowed glyph, which the source never has.
      expect(pdfjs).toContain(glyphs[k]);
      expect(src).not.toContain(glyphs[k]);
    }
  }, 120_000);
});
