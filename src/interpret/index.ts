import { splitStackedTables } from './tables/stacked.js';
import { namedAttachments } from './attachments.js';
import type { Catalog } from '../catalog/catalog.js';
import { type Disclosure, DisclosureSchema, type Facts } from '../model/disclosure.js';
import { markRoundedAmounts } from '../model/claims.js';
import { type LayoutDocument, rowFields } from '../model/layout.js';
import type { Location } from '../model/location.js';
import { readClaims } from './claims/index.js';
import { readComparisonTables } from './comparison-tables.js';
import type { InterpretContext } from './context.js';
import { readFacts } from './facts.js';
import { readGlossary } from './glossary.js';
import { readPerformance } from './performance.js';
import { readPublicTables } from './public-tables.js';
import { findSections } from './sections.js';
import { dropAllMarks } from './markers.js';
import { splitRunInHeadings } from './run-in.js';
import { stitchParagraphs } from './stitch.js';
import { halfWidthBlocks } from './half-width.js';

/** Why a traditional-script copy is checked as a part: its extent is the mirror's, not the department's. */
export const TRADITIONAL_PART_REASON = '本文是繁体字网页副本（网站转换、常只转载一部分），所缺部分不能说明原文缺失';

/**
 * Departments publish in the simplified script: a traditional text is a mirror site's copy, whose
 * figures and words are the page's but whose extent is the mirror's (excerpts, spam headers), so it
 * is checked as one part of an account.
 */
function copiedFacts(facts: Facts, layout: LayoutDocument): Facts {
  if (layout.script !== 'traditional') return facts;
  if (facts.kind !== 'final') return { ...facts, script: 'traditional' };
  return { ...facts, script: 'traditional', kind: 'final-part', kindReason: TRADITIONAL_PART_REASON };
}

/** Section keys of the parts written in prose (概况, 情况说明, 名词解释, 绩效, 附件). */
const PROSE_SECTION = /^(overview|explain|glossary|performance|annex)/;

/**
 * Interprets a layout into the canonical disclosure model. Format-independent: the same code reads
 * what the text, HTML and DOCX readers (and later PDF and spreadsheets) produce.
 */
export function interpret(layout: LayoutDocument, catalog: Catalog, options: { validate?: boolean } = {}): Disclosure {
  // Revision balloons printed into the text are no text of the document (a deleted "××部门" is not left in it).
  const revised = dropAllMarks(layout.blocks);
  const blocks = splitStackedTables(splitRunInHeadings(stitchParagraphs(halfWidthBlocks(revised.blocks))));
  const revisionCount = (layout.revisions ?? 0) + revised.count;
  const { sections, keyAt } = findSections(blocks);
  // Pages, pictures or attachments not read: a short text may be short for that alone.
  const attachments = [...(layout.attachments ?? []), ...namedAttachments(layout.blocks)];
  const partUnread = !!(layout.unreadPages?.length || layout.images || attachments.length);
  const facts = copiedFacts(readFacts(blocks, keyAt, partUnread, (layout.furniture ?? []).filter((f) => f.kind === 'header').map((f) => f.text)), layout);
  const unread: string[] = [...layout.notes];
  const ctx: InterpretContext = {
    file: layout.file,
    blocks,
    keyAt,
    catalog,
    facts,
    attachments,
    ...(layout.imageLines?.length ? { imageLines: layout.imageLines } : {}),
    unread: (n) => unread.push(n),
    soup: new Map(),
  };

  const { tables, referenced, unreadable } = readPublicTables(ctx);
  // Items the tables print but the built-in catalog lacks still resolve in the explanation.
  const printed = tables.flatMap((t) => t.rows.flatMap((r) => (/^\d+$/.test(r.key) && r.name ? [{ code: r.key, name: r.name }] : [])));
  // The amounts the tables print in 万元: a figure of the text printed in 元 or 亿元 with the same digits is a slip of unit.
  const tableAmounts = new Set(tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells).flatMap((f) => (f && f.kind === 'amount' && (f.unit == null || f.unit === '万元') ? [f.value] : [])))));
  // One catalog for both readers: with items the data lacks it is a new catalog, its look-ups made anew.
  const withPrinted = catalog.withDocumentItems(printed);
  const claims = [...readClaims({ ...ctx, catalog: withPrinted, tableAmounts, printedItems: printed }), ...readComparisonTables(ctx, tables)];
  markRoundedAmounts(claims);
  const glossary = readGlossary(ctx, withPrinted);
  const performance = readPerformance(ctx);

  const lines: Disclosure['lines'] = [];
  for (const [k, b] of blocks.entries()) {
    // The cells of a table that lost its layout, declared unread: no wording (a title kept).
    const soup = ctx.soup.get(k);
    if (soup !== undefined) {
      if (soup) lines.push({ text: soup, location: { ...b.location, text: soup } });
      continue;
    }
    // A row laid out in columns is read field by field, as a table's cells are: no pattern runs across its gaps.
    if (b.kind === 'paragraph' && b.row) for (const f of rowFields(b.text)) lines.push({ text: f.text, location: { ...b.location, text: f.text } });
    else if (b.kind === 'paragraph') lines.push(b.breaks?.length ? { text: b.text, location: b.location, breaks: b.breaks } : { text: b.text, location: b.location });
    else for (const row of b.rows) for (const c of row) if (c.text) lines.push({ text: c.text, location: c.location });
  }
  // Page headers and footers are read by the wording rules (years, template residue) only.
  for (const f of layout.furniture ?? []) lines.push({ text: f.text, location: f.location });

  const doc: Disclosure = {
    file: layout.file,
    format: layout.format,
    facts,
    sections,
    tables,
    claims,
    glossary,
    performance,
    lines,
    coverage: {
      tablesFound: [...tables.map((t) => t.id), ...unreadable.map((t) => t.id)].sort(),
      tablesUnread: unreadable.map((t) => ({ id: t.id, reason: t.reason, location: t.location, ...(t.through ? { through: t.through } : {}) })),
      // (A letter's or a budget's list of forms sent or attached is no disclosure's tables left unprinted.)
      tablesReferenced: facts.kind === 'final' || facts.kind === 'final-part' ? referenced : [],
      sectionsFound: [...new Set(sections.flatMap((s) => [s.key, ...(s.also ?? [])]).filter((k): k is string => k != null))],
      claims: claims.length,
      glossaryEntries: glossary.length,
      performanceSheets: performance.sheets.length,
      unread,
      tablesOnly:
        tables.length + unreadable.length > 0 &&
        claims.length === 0 &&
        glossary.length === 0 &&
        performance.sheets.length === 0 &&
        performance.unreadSheets.length === 0 &&
        !sections.some((s) => s.key != null && PROSE_SECTION.test(s.key)),
      pagesUnread: layout.unreadPages ?? [],
      pagesOcr: layout.ocrPages ?? [],
      ocr: layout.ocrNotes ?? [],
      ...(revisionCount > 0 ? { revisions: { count: revisionCount, location: revised.first } } : {}),
      imagesUnread: layout.images ?? 0,
      attachments,
      ...(layout.boxedText ? { boxedText: true } : {}),
    },
  };
  // Validation at the edge: in tests and `extract`, the model must satisfy its schema.
  return options.validate ? DisclosureSchema.parse(doc) : doc;
}
