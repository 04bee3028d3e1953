import { type Block, CONVERTER_MARKER, MARKER_HINT, type ParagraphBlock, type TableCell } from '../model/layout.js';
import type { Location } from '../model/location.js';

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
    return [{ ...b, rows: b.rows.map((r) => r.map((c) => cell(c))) }];
  });
}

function paragraph(b: ParagraphBlock, marker: RegExp = CONVERTER_MARKER): ParagraphBlock {
  const cuts: [number, number][] = [];
  for (const m of b.text.matchAll(marker)) cuts.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  if (!cuts.length) return b;
  const text = b.text.replace(marker, '');
  // A break inside a marker moves to where the marker stood.
  const shift = (offset: number) => offset - cuts.reduce((n, [s, e]) => n + (offset <= s ? 0 : Math.min(offset, e) - s), 0);
  const out: ParagraphBlock = { ...b, text, location: { ...b.location, text: b.location.text.replace(marker, '') } };
  if (b.breaks) out.breaks = b.breaks.map((br) => ({ ...br, offset: shift(br.offset) }));
  if (b.spans) out.spans = b.spans.map((sp) => ({ ...sp, offset: shift(sp.offset), end: shift(sp.end) })).filter((sp) => sp.end > sp.offset);
  return out;
}

function cell(c: TableCell, marker: RegExp = CONVERTER_MARKER): TableCell {
  if (!MARKER_HINT.test(c.text) && marker === CONVERTER_MARKER) return c;
  return { ...c, text: c.text.replace(marker, ''), location: { ...c.location, text: c.location.text.replace(marker, '') } };
}

/**
 * A tracked change as a converter prints Word's revision balloons into the text ("第三部分 Deleted: ××部门
 * 2017年度…", "删除的内容: 某某", "Inserted: "): what was deleted is no longer the document's text, so the
 * label and the deleted run after it (up to the next space) are cut; an insertion's label is cut and its
 * text kept. (Not in a sentence: a label right after a Chinese character is the sentence's own words.)
 */
const REVISION_MARK = /(?<![A-Za-z\u4e00-\u9fa5])(?:(?:Deleted|删除的内容|已删除)[ \t]*[:：][ \t]*[^\s]*[ \t]?|(?:Inserted|插入的内容|已插入)[ \t]*[:：][ \t]?)/g;
const REVISION_HINT = /Deleted|Inserted|删除的内容|已删除|插入的内容|已插入/;

/**
 * Drops the revision balloons a converter printed into the text (see REVISION_MARK) from every block, and
 * says how many there were and where the first stood: the file was published with its revisions not
 * accepted.
 */
export function dropRevisionMarks(blocks: readonly Block[]): { blocks: Block[]; count: number; first: Location | null } {
  let count = 0;
  let first: Location | null = null;
  const seen = (text: string, at: Location) => {
    const n = text.match(REVISION_MARK)?.length ?? 0;
    if (n && !first) first = at;
    count += n;
    return n > 0;
  };
  const out = blocks.flatMap((b): Block[] => {
    if (b.kind === 'paragraph') {
      if (!REVISION_HINT.test(b.text) || !seen(b.text, b.location)) return [b];
      const p = paragraph(b, REVISION_MARK);
      return p.text.trim() ? [p] : [];
    }
    if (!b.rows.some((r) => r.some((c) => REVISION_HINT.test(c.text)))) return [b];
    return [{ ...b, rows: b.rows.map((r) => r.map((c) => (REVISION_HINT.test(c.text) && seen(c.text, c.location) ? cell(c, REVISION_MARK) : c))) }];
  });
  return { blocks: out, count, first };
}

/** A text that may hold a converter marker or a revision balloon: either hint. */
const ANY_MARK = new RegExp(`${MARKER_HINT.source}|${REVISION_HINT.source}`);

/**
 * `dropRevisionMarks(dropMarkers(blocks))`, with one test of each paragraph and cell: a block holding
 * neither kind of mark (almost all) is given back as it is, and only the others go through both. Each
 * block is read on its own by both, and the count and first place add up in order. (Two patterns
 * over every cell of every table were ~2% of a text check.)
 */
export function dropAllMarks(blocks: readonly Block[]): { blocks: Block[]; count: number; first: Location | null } {
  const out: Block[] = [];
  let count = 0;
  let first: Location | null = null;
  for (const b of blocks) {
    if (!(b.kind === 'paragraph' ? ANY_MARK.test(b.text) : b.rows.some((r) => r.some((c) => ANY_MARK.test(c.text))))) {
      out.push(b);
      continue;
    }
    const dropped = dropRevisionMarks(dropMarkers([b]));
    out.push(...dropped.blocks);
    count += dropped.count;
    first ??= dropped.first;
  }
  return { blocks: out, count, first };
}
