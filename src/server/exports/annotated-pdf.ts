import { PDFDocument, PDFName, PDFString, PDFHexString, rgb, StandardFonts } from 'pdf-lib';
import type { Location } from '../../model/location.js';
import type { FindingOut } from '../../store/findings.js';
import { viewportToPdf } from './viewport.js';

const COLOUR = { error: rgb(0.85, 0.1, 0.1), warning: rgb(0.9, 0.55, 0), info: rgb(0.2, 0.4, 0.85) } as const;

/**
 * The original PDF with every finding drawn on its page: a box around each quoted figure (where the
 * reader recorded its place) numbered as in the findings list, and a PDF note carrying the finding's
 * Chinese text, which every PDF viewer shows on hover. Findings without a recorded place are listed
 * as notes in the page's top margin, so nothing is left out.
 */
export async function annotatePdf(original: Uint8Array, findings: readonly FindingOut[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(original, { ignoreEncryption: true, updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = pdf.getPages();
  const marginCount = new Map<number, number>();
  findings.forEach((f, k) => {
    const n = k + 1;
    const colour = COLOUR[f.severity];
    const text = `${n}. 【${{ error: '错误', warning: '警告', info: '提示' }[f.severity]}】${f.title}：${f.message}`;
    const seen = new Set<string>();
    for (const l of f.locations as Location[]) {
      const page = l.page != null ? pages[l.page - 1] : undefined;
      if (!page) continue;
      const crop = page.getCropBox();
      const toPdf = viewportToPdf(crop, page.getRotation().angle);
      const turned = page.getRotation().angle % 180 !== 0;
      const shown = { width: turned ? crop.height : crop.width };
      // Boxes are where the figure stands on the page as displayed; a finding without one gets a
      // numbered mark in the displayed page's top-right margin.
      let corners: [number, number, number, number];
      if (l.box) corners = [l.box.x1 - 1.5, l.box.y1 - 1.5, l.box.x2 + 1.5, l.box.y2 + 1.5];
      else {
        const slot = marginCount.get(l.page as number) ?? 0;
        marginCount.set(l.page as number, slot + 1);
        corners = [shown.width - 28, 12 + slot * 14, shown.width - 8, 24 + slot * 14];
      }
      const [p1, p2] = [toPdf(corners[0], corners[1]), toPdf(corners[2], corners[3])];
      const rect: [number, number, number, number] = [Math.min(p1[0], p2[0]), Math.min(p1[1], p2[1]), Math.max(p1[0], p2[0]), Math.max(p1[1], p2[1])];
      const key = rect.map((x) => x.toFixed(1)).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      page.drawRectangle({ x: rect[0], y: rect[1], width: rect[2] - rect[0], height: rect[3] - rect[1], borderColor: colour, borderWidth: 1.2, opacity: 0 });
      page.drawText(String(n), { x: rect[0], y: rect[3] + 1, size: 7, font, color: colour });
      const annot = pdf.context.obj({
        Type: 'Annot',
        Subtype: 'Square',
        Rect: rect,
        C: [colour.red, colour.green, colour.blue],
        Contents: PDFHexString.fromText(text),
        T: PDFString.of('juesuan'),
        F: 4,
      });
      const ref = pdf.context.register(annot);
      const annots = page.node.lookup(PDFName.of('Annots'));
      if (annots && 'push' in annots) (annots as unknown as { push(r: unknown): void }).push(ref);
      else page.node.set(PDFName.of('Annots'), pdf.context.obj([ref]));
    }
  });
  return pdf.save({ useObjectStreams: false });
}
