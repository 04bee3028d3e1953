import type { Catalog, CatalogItem } from '../catalog/catalog.js';
import type { GlossaryEntry } from '../model/disclosure.js';
import type { ParagraphBlock } from '../model/layout.js';
import type { InterpretContext } from './context.js';
import { GLOSSARY_HEADING } from './sections.js';

// ("（一）基本支出：指…", "(二)项目支出:指…": a numeral in brackets numbers entries too.)
const ENTRY = /^\s*(?:[一二三四五六七八九十百]+、|\d+\s*[.．、]|[（(](?:\d+|[一二三四五六七八九十百]+)[)）])\s*(.{2,80}?)(?:[：:]|(?<=[)）])\s*[，,])\s*(.*)$/s;
const LEVEL_MARK = /[（(]\s*(类|款|项)\s*[)）]/g;
// ("财政拨款收入：指…", "行政运行（项）：反映…": an entry unnumbered, as some glossaries print them; only
// where its definition opens as a definition does, so that no other line under the heading is taken.)
const UNNUMBERED = /^\s*(\d{0,7}\s*[\u4e00-\u9fa5“][\u4e00-\u9fa5（）()“”\s]{1,60}?)[：:]\s*((?:是|系)?指|反映|主要(?:用于|反映|指)|用于|包括)(.*)$/s;

/** A numbered entry's term and definition, or an unnumbered one's whose definition opens as a definition does. */
function entryOf(text: string): [string, string] | null {
  const m = ENTRY.exec(text);
  if (m) return [m[1] as string, m[2] as string];
  const u = UNNUMBERED.exec(text);
  return u ? [u[1] as string, `${u[2]}${u[3]}`] : null;
}

/**
 * Reads the glossary (名词解释): numbered "term：definition" paragraphs (or unnumbered ones whose
 * definition opens 指/是指/反映/用于/包括) from the glossary heading
 * until the first paragraph that is neither an entry nor the continuation of one; template ellipsis
 * lines between entries and a definition broken over paragraphs do not end it. Entries naming a
 * 类/款/项 path ("卫生健康支出（类）医疗保障管理事务（款）行政运行（项）") are resolved to codes.
 */
export function readGlossary(ctx: InterpretContext, printed: Catalog = ctx.catalog): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let inGlossary = false;
  for (let i = 0; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i];
    const key = ctx.keyAt[i];
    if (!b) continue;
    if (key === 'glossary' && b.kind === 'paragraph' && GLOSSARY_HEADING.test(b.text) && b.text.length < 30) {
      inGlossary = true;
      continue;
    }
    if (!inGlossary) continue;
    if (key !== 'glossary' || b.kind !== 'paragraph') {
      if (entries.length) break;
      continue;
    }
    // A line of template ellipsis ("……", "......") between entries stands for entries left out.
    if (ELLIPSIS_ONLY.test(b.text)) continue;
    let text = b.text;
    // "十四、" alone, its term and definition on the next line (a copy that broke after the number).
    const next = ctx.blocks[i + 1];
    if (MARK_ONLY.test(text) && next?.kind === 'paragraph' && ctx.keyAt[i + 1] === 'glossary') {
      text = `${text.trim()}${next.text.trim()}`;
      i++;
    }
    // A term that filled its line, its level mark, colon and definition on the next lines
    // ("…缴费支出" / "（项）" / "，主要用于…", "…住房公积金（项）" / "：反映…").
    let after = ctx.blocks[i + 1];
    while (!ENTRY.test(text) && after?.kind === 'paragraph' && ctx.keyAt[i + 1] === 'glossary' && TERM_GOES_ON.test(after.text)) {
      text = `${text.trim()}${after.text.trim()}`;
      i++;
      after = ctx.blocks[i + 1];
    }
    const m = entryOf(text);
    const last = entries[entries.length - 1];
    if (m) {
      entries.push(entry(ctx, printed, m[0].trim(), m[1].trim(), b));
    } else if (last && !last.definition) {
      last.definition = text.trim();
    } else if (last && entryFollows(ctx, i + 1)) {
      // A definition broken over two paragraphs (a page break, a PDF line joined wrongly): the
      // glossary goes on after it, so this is the rest of the last definition, not its end.
      last.definition = `${last.definition}${text.trim()}`;
    } else if (entries.length) {
      break;
    }
  }
  return entries;
}

/** What goes on with a glossary term broken off at its line's end: its colon, or its 类/款/项 mark. */
const TERM_GOES_ON = /^\s*(?:[：:，,]|[（(]\s*(?:类|款|项)\s*[)）])/;

const MARK_ONLY = /^\s*(?:[一二三四五六七八九十百]+、|\d+\s*[.．、]|[（(](?:\d+|[一二三四五六七八九十百]+)[)）])\s*$/;

const ELLIPSIS_ONLY = /^\s*(?:…+|\.{3,}|。{3,}|⋯+|等等?)\s*[。；]?\s*$/;

/**
 * Does another glossary entry come, within the glossary, after paragraph `from` (within a few
 * paragraphs)? A copy may break a definition into a paragraph per quoted term ("“上级补助收入”").
 */
function entryFollows(ctx: InterpretContext, from: number): boolean {
  for (let j = from; j < Math.min(ctx.blocks.length, from + 8); j++) {
    const b = ctx.blocks[j];
    if (!b || ctx.keyAt[j] !== 'glossary' || b.kind !== 'paragraph') return false;
    // A line opening with the colon is the definition of a term on the line before it.
    if (entryOf(b.text) || MARK_ONLY.test(b.text) || TERM_GOES_ON.test(b.text)) return true;
  }
  return false;
}

/**
 * A function code written with the term: before its name ("2101505医疗保障政策管理", "2101505 行政运行（项）")
 * or in brackets after it ("医疗保障政策管理（2101505）", "行政运行（项）（2101501）").
 */
const LEADING_CODE = /^(\d{3}(?:\d{2}){0,2})(?!\d)\s*(?=[\u4e00-\u9fa5])/;
const BRACKETED_CODE = /\s*[（(]\s*(\d{3}(?:\d{2}){0,2})\s*[)）]\s*/;

function writtenCode(term: string): { code: string; rest: string } | null {
  const lead = LEADING_CODE.exec(term);
  if (lead) return { code: lead[1] as string, rest: term.slice(lead[0].length).trim() };
  const br = BRACKETED_CODE.exec(term);
  if (br && br.index > 0) return { code: br[1] as string, rest: `${term.slice(0, br.index)}${term.slice(br.index + br[0].length)}`.trim() };
  return null;
}

/**
 * The entry of a term; a code written with it names the item exactly where the catalog (or the
 * document's own tables, for an item the catalog lacks) gives that code this name. A code and a name
 * that disagree: neither is taken.
 */
function entry(ctx: InterpretContext, printed: Catalog, written: string, definition: string, b: ParagraphBlock): GlossaryEntry {
  const w = writtenCode(written);
  if (!w) return entryByName(ctx, written, definition, b);
  const byName = entryByName(ctx, w.rest, definition, b);
  const name = (byName.names[byName.names.length - 1] ?? w.rest.replace(LEVEL_MARK, '')).replace(/[\s　]/g, '');
  const item = printed.functionItem(w.code);
  const agrees = !!name && item != null && printed.nameMatches(item, name) && (byName.code == null || byName.code === w.code);
  if (agrees) return { ...byName, term: written, code: w.code };
  const level = w.code.length === 3 ? 'class' : w.code.length === 5 ? 'kuan' : 'xiang';
  const maybe = [w.code, ...(byName.code ? [byName.code] : []), ...(name ? printed.itemsByName(name, level).map((i) => i.code) : [])];
  return { term: written, definition, code: null, names: [], maybe: [...new Set(maybe)], location: b.location };
}

function entryByName(ctx: InterpretContext, term: string, definition: string, b: ParagraphBlock): GlossaryEntry {
  const marks = [...term.matchAll(LEVEL_MARK)].map((m) => m[1] as string);
  const parts = marks.length
    ? term
        .split(/[（(]\s*(?:类|款|项)\s*[)）]/)
        .map((s) => s.replace(/[\s　]/g, ''))
        .filter(Boolean)
    : [];
  let code: string | null = null;
  // A path from its 类 ("住房保障支出（类）住房改革支出（款）住房公积金（项）") is resolved and judged as a
  // path; a bare 款 or 项 ("住房公积金（项）"), as many glossaries print them, is no path from a 类: it
  // names its item only where the catalog has one item of that name at that level.
  const names = marks[0] === '类' ? parts : [];
  if (names.length) {
    const { resolved, failedAt } = ctx.catalog.resolvePath(names);
    if (failedAt == null) code = resolved[resolved.length - 1]?.code ?? null;
  } else if (parts.length && parts.length === marks.length) {
    // "住房改革支出（款）住房公积金（项）": each 款 of the name, followed down by the names below it.
    const ends = ctx.catalog.itemsByName(parts[0] as string, marks[0] === '款' ? 'kuan' : 'xiang').flatMap((top) =>
      parts.slice(1).reduce<CatalogItem[]>((at, name) => at.flatMap((i) => ctx.catalog.functionChildren(i.code).filter((c) => ctx.catalog.nameMatches(c, name))), [top]),
    );
    if (ends.length === 1) code = (ends[0] as CatalogItem).code;
    // "医疗保障管理事务行政运行（项）": the 款's name run into the 项's, its mark left out.
    else if (!ends.length && marks.length === 1 && marks[0] === '项') {
      const name = parts[0] as string;
      const runs = ctx.catalog
        .itemsByName(name, 'xiang')
        .concat(
          ctx.catalog.functionClasses().flatMap((c) =>
            ctx.catalog.functionChildren(c.code).flatMap((k) => {
              const rest = name.startsWith(k.name) ? name.slice(k.name.length) : '';
              return rest ? ctx.catalog.functionChildren(k.code).filter((i) => ctx.catalog.nameMatches(i, rest)) : [];
            }),
          ),
        );
      if (runs.length === 1) code = (runs[0] as CatalogItem).code;
    }
  }
  return { term, definition, code, names, location: b.location };
}
