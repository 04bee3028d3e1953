import { type Block, CONVERTER_MARKER, MARKER_HINT, type ParagraphBlock, type TableCell } from '../model/layout.js';

/**
 * Drops converter markers ("[bookmark: _Toc…]", "[image: …]") from the text of every block, whatever
 * read it: the text reader drops them line by line, but a PDF or web page printed from converted text
 * carries them as text, also in the middle of a line or wrapped over two. A paragraph's line breaks
 * keep pointing at the same characters.
 */
export function dropMarkers(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.kind === 'paragraph') {
      if (!MARKER_HINT.test(b.text)) return [b];
      const p = paragraph(b);
      // A paragraph of markers only was no text.
      return p.text.trim() ? [p] : [];
    }
    if (!b.rows.some((r) => r.some((c) => MARKER_HINT.test(c.text)))) return [b];
    return [{ ...b, rows: b.rows.map((r) => r.map(cell)) }];
  });
}

function paragraph(b: ParagraphBlock): ParagraphBlock {
  const cuts: [number, number][] = [];
  for (const m of b.text.matchAll(CONVERTER_MARKER)) cuts.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  if (!cuts.length) return b;
  const text = b.text.replace(CONVERTER_MARKER, '');
  // A break inside a marker moves to where the marker stood.
  const shift = (offset: number) => offset - cuts.reduce((n, [s, e]) => n + (offset <= s ? 0 : Math.min(offset, e) - s), 0);
  const out: ParagraphBlock = { ...b, text, location: { ...b.location, text: b.location.text.replace(CONVERTER_MARKER, '') } };
  if (b.breaks) out.breaks = b.breaks.map((br) => ({ ...br, offset: shift(br.offset) }));
  if (b.spans) out.spans = b.spans.map((sp) => ({ ...sp, offset: shift(sp.offset), end: shift(sp.end) })).filter((sp) => sp.end > sp.offset);
  return out;
}

function cell(c: TableCell): TableCell {
  if (!MARKER_HINT.test(c.text)) return c;
  return { ...c, text: c.text.replace(CONVERTER_MARKER, ''), location: { ...c.location, text: c.location.text.replace(CONVERTER_MARKER, '') } };
}
