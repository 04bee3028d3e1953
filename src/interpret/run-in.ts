import type { Block, ParagraphBlock } from '../model/layout.js';
import { boxAt, placeAt } from '../model/layout.js';
import { HEADING_PREFIX, looksLikeHeading, sectionKeyOf } from './sections.js';

/**
 * Headings set on the line of their paragraph ("（一）收入决算情况 2024年度收入合计…") or wrapped into
 * it (the heading's line and the paragraph's first lines joined into one paragraph) are split off:
 * the heading becomes a paragraph of its own, where the section starts, and the rest is its body,
 * each part keeping the page and line it is printed on. Only a numbered heading that names a known
 * section is split off, at a gap of white space or a line break after it, and only when a sentence
 * (Chinese text) follows: a numbered item of the explanation names no section, a term of the glossary
 * does not end like a heading, a contents entry is followed by its page number.
 */
export function splitRunInHeadings(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const at = b.kind === 'paragraph' && b.heading == null ? runInEnd(b) : null;
    if (at == null) {
      out.push(b);
      continue;
    }
    const p = b as ParagraphBlock;
    out.push(part(p, 0, at.head), part(p, at.body, p.text.length));
  }
  return out;
}

/**
 * How a heading ends ("…情况说明", "…概况", "名词解释"), unlike a term set before its explanation
 * ("“三公”经费 是指…", "机关运行经费 指…"), or a part heading ("第三部分 …").
 */
const HEAD_END = /(情况|说明|概况|职能|职责|主要工作|构成|设置|决算表|名词解释|附件\d*|报告|结果)$|^第.{1,3}部分/;

/** Where the run-in heading of a paragraph ends and its body starts, or null when it has none. */
function runInEnd(b: ParagraphBlock): { head: number; body: number } | null {
  const text = b.text;
  if (!HEADING_PREFIX.test(text.trimStart()) || looksLikeHeading(text, null)) return null;
  const lead = text.length - text.trimStart().length;
  // Candidate ends: a gap of white space, or the end of a source line.
  const cuts: number[] = [];
  for (const m of text.matchAll(/[ \t\u3000]+/g)) if ((m.index ?? 0) > lead) cuts.push(m.index ?? 0);
  for (const br of b.breaks ?? []) cuts.push(br.offset);
  // "2.收入情况。2023年度收入合计…": a numbered heading closed by a full stop or colon, its
  // sentence run on after it (a region's sub-items of the account of the totals).
  const stops = new Set<number>();
  for (const m of text.matchAll(/[。：:]/g)) if ((m.index ?? 0) > lead) stops.add(m.index ?? 0);
  for (const cut of [...new Set([...cuts, ...stops])].sort((x, y) => x - y)) {
    const head = text.slice(0, cut).trim();
    if (head.length > 40) break;
    if (!looksLikeHeading(head, null) || !HEAD_END.test(head) || /[：:，,。；;]/.test(head) || sectionKeyOf(head) == null) continue;
    let body = stops.has(cut) ? cut + 1 : cut;
    while (body < text.length && /[ \t\u3000]/.test(text[body] as string)) body++;
    if (!/[\u4e00-\u9fa5]/.test(text.slice(body))) return null;
    return { head: cut, body };
  }
  return null;
}

/** The part [from, to) of a paragraph as a paragraph of its own, located where it starts. */
function part(b: ParagraphBlock, from: number, to: number): ParagraphBlock {
  const text = b.text.slice(from, to).trimEnd();
  const { page, line } = placeAt(b, from);
  const location = { ...b.location, text, page, line };
  const breaks = (b.breaks ?? []).filter((br) => br.offset > from && br.offset < from + text.length).map((br) => ({ ...br, offset: br.offset - from }));
  const out: ParagraphBlock = { kind: 'paragraph', text, heading: null, location };
  if (breaks.length) out.breaks = breaks;
  const spans = (b.spans ?? []).filter((sp) => sp.end > from && sp.offset < from + text.length).map((sp) => ({ ...sp, offset: Math.max(sp.offset - from, 0), end: Math.min(sp.end - from, text.length) }));
  if (spans.length) out.spans = spans;
  // The part's own box: its paragraph's was of all of it.
  delete location.box;
  const box = boxAt(out, 0, text.length);
  if (box) location.box = box;
  return out;
}
