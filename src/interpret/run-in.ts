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
  for (const whole of blocks) {
    for (const b of whole.kind === 'paragraph' && whole.heading == null ? atHeadingsWithin(whole) : [whole]) {
      // Headings set one after another on the line ("二、部门决算情况说明 （一）收入支出决算总体情况说明 1.总体情况
      // 2019年度…", a page that lost its line breaks): each split off in turn, the body after the last.
      let rest = b;
      for (let at = runInOf(rest); at != null; at = runInOf(rest)) {
        const p = rest as ParagraphBlock;
        out.push(...partSplit(part(p, 0, at.head)));
        rest = part(p, at.body, p.text.length);
      }
      out.push(...partSplit(rest));
    }
  }
  return out;
}

/**
 * A paragraph with further headings run into it after a closed sentence ("…本部门无“三公”经费支出。
 * 五、关于机关运行经费支出说明 本部门无机关运行经费。 六、…": lines of a page that lost their breaks):
 * cut before each such heading, so each starts a paragraph of its own.
 */
function atHeadingsWithin(b: ParagraphBlock): ParagraphBlock[] {
  const cuts: number[] = [];
  let from = 0;
  for (const m of b.text.matchAll(/[ \t\u3000]+(?=\S)/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const rest = b.text.slice(at);
    if (!HEADING_PREFIX.test(rest)) continue;
    // The heading: up to the next gap or full stop, a known section's or table's, ending as headings end.
    // (A source line's end ends it too: the next line may have been joined on.)
    const lineEnd = (b.breaks ?? []).map((br) => br.offset - at).filter((o) => o > 0).sort((x, y) => x - y)[0] ?? rest.length;
    const head = /^[^ \t\u3000。；;]{2,40}/.exec(rest.slice(0, lineEnd))?.[0] ?? '';
    if (!head || !looksLikeHeading(head, null) || !HEAD_END.test(head) || sectionKeyOf(head) == null) continue;
    // What stands before it: a closed sentence. (Not a heading: a contents list flattened onto one line,
    // "目 第一部分 录 …概况 一、单位主要职责 二、…", is a list of entries, not headings to split off.)
    const before = b.text.slice(from, m.index ?? 0).trim();
    if (!/[。；;]$/.test(before)) continue;
    cuts.push(at);
    from = at;
  }
  if (!cuts.length) return [b];
  const bounds = [0, ...cuts, b.text.length];
  // (Each part is then split at its own heading's end by runInEnd, at a gap or a line's end.)
  return bounds.slice(0, -1).map((from, i) => part(b, from, bounds[i + 1] as number));
}

/**
 * A part heading and the numbered heading set on its line, as two headings (see subHeadingAfterPart).
 */
function partSplit(b: Block): Block[] {
  const at = b.kind === 'paragraph' ? subHeadingAfterPart(b) : null;
  if (at == null) return [b];
  const p = b as ParagraphBlock;
  return [{ ...part(p, 0, at), heading: p.heading }, part(p, at, p.text.length)];
}

/**
 * Where a numbered heading starts that is set on its part heading's line ("第三部分 2023年度部门决算情况说明
 * 一、收入决算情况说明"), or null. Left whole, the line is the part's heading and the section it opens
 * is never seen. Only when the part heading and the heading after it each look like a heading, and the
 * second names a known section and is all that follows (a contents list flattened onto one line has
 * more entries after it and is left alone).
 */
function subHeadingAfterPart(b: ParagraphBlock): number | null {
  if (!/^\s*第[一二三四五六七八九十\d]{1,3}部分/.test(b.text)) return null;
  for (const m of b.text.matchAll(/[ \t\u3000]+(?=\S)/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const rest = b.text.slice(at).trim();
    const head = b.text.slice(0, m.index ?? 0).trim();
    if (!HEADING_PREFIX.test(rest) || /^第[一二三四五六七八九十\d]{1,3}部分/.test(rest) || /^第[一二三四五六七八九十\d]{1,3}部分$/.test(head)) continue;
    if (/[ \t\u3000]/.test(rest.replace(HEADING_PREFIX, '')) || /[。；;，,：:]/.test(rest)) return null;
    if (!looksLikeHeading(head, null) || !looksLikeHeading(rest, null) || !HEAD_END.test(rest) || sectionKeyOf(rest) == null) return null;
    return at;
  }
  return null;
}

/**
 * How a heading ends ("…情况说明", "…概况", "名词解释"), unlike a term set before its explanation
 * ("“三公”经费 是指…", "机关运行经费 指…"), or a part heading ("第三部分 …").
 */
const HEAD_END = /(情况|说明|概况|职能|职责|主要工作|构成|设置|决算表|名词解释|附件\d*|报告|结果)$|^第.{1,3}部分/;

/** runInEnd of a paragraph not yet headed; null for any other block. */
const runInOf = (b: Block) => (b.kind === 'paragraph' && b.heading == null ? runInEnd(b) : null);

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
