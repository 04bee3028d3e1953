import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';

/**
 * The PDF with a watermark drawn over every page, as many publishers stamp theirs: the one page of
 * test/fixtures/pdf/watermark-page.pdf (Chromium's print of watermark-page.html: "普陀区财政局
 * 公开文件 2025" and "仅供查阅 请勿转载" set at -35°, light grey) drawn at 40% opacity.
 */
export async function withWatermark(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const [mark] = await doc.embedPdf(await readFile('test/fixtures/pdf/watermark-page.pdf'), [0]);
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    page.drawPage(mark!, { x: 0, y: 0, width, height, opacity: 0.4 });
  }
  return doc.save();
}
