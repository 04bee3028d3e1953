import { type Block, type LayoutDocument, type ParagraphBlock, type TextSpan, boxAt, roundBox, transformBox } from '../../model/layout.js';
import { loc } from '../../model/loc.js';
import type { Box, Location } from '../../model/location.js';
import { extendDeadline } from '../deadline.js';
import { mark } from '../../trace.js';
import { findFurniture } from './furniture.js';
import type { PositionedItem, PositionedPage } from './items.js';
import { type Line, buildLines, joinWrapped, joinedLine, makeLine } from './lines.js';
import { type Para, STARTS_ITEM, pageMetrics, paragraphsOf } from './paragraphs.js';
import { type RuledGrid, findRuledGrids } from './ruling.js';
import { type PageTable, appendContinuation, continues, fillGrid, toTableBlock } from './tables.js';
import { readTextLayer } from './text-layer.js';
import { placeOnPrint, textPrintOf } from './text-print.js';
import { type Carry, type HRule, findUnruledTables, linesOutsideTables } from './unruled.js';
import { pageRanges } from '../page-ranges.js';

/** Time allowed per scanned page for rendering and recognition (measured 1.5–11 s a page, two at a time). */
const OCR_MS_PER_PAGE = 20_000;

/**
 * Reads a PDF into the layout model: the text layer by pdfjs, pages without one offered to OCR
 * (see ocr.ts), then lines, furniture, tables and paragraphs rebuilt from positions.
 */
export async function parsePdf(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  mark('pdf: text layer');
  const { pages } = await readTextLayer(bytes, file);
  mark('pdf: layout');
  const layout = await finishPdf(bytes, file, pages);
  mark('pdf: laid out');
  return layout;
}

/** Turns the text layer of every page into the layout: scanned pages through OCR, then lines, tables and paragraphs. */
export async function finishPdf(bytes: Uint8Array, file: string, pages: readonly PositionedPage[]): Promise<LayoutDocument> {
  const scanned = pages.filter((p) => p.scanned);
  if (!scanned.length) {
    const print = textPrintOf(pages);
    if (print) {
      // The text reader, only for a print of a text file: nothing any other PDF needs to load.
      const { readTextLayout } = await import('../text/read-text.js');
      return placeOnPrint(readTextLayout(print.text, file, print.markdown ? 'markdown' : 'text'), print);
    }
    return layoutFromPages(pages, file);
  }
  // OCR takes seconds a page: a long scan would outrun the parse's time limit without more time.
  extendDeadline(scanned.length * OCR_MS_PER_PAGE);
  // Loaded only for scans: the OCR modules (and child processes) are nothing a text PDF needs.
  const { ocrPages } = await import('./ocr.js');
  const recognised = await ocrPages(
    bytes,
    scanned.map((p) => p.page),
  );
  const byPage = new Map((recognised ?? []).map((p) => [p.page, p]));
  // Without OCR, undecoded text is noise and dropped; a caption over a scan is kept.
  const read = pages.map((p) => byPage.get(p.page) ?? (p.scanned && p.garbled ? { ...p, items: [] } : p));
  const notes = new PageNotes();
  const ocr = new PageNotes();
  const unread: number[] = [];
  const ocrDone: number[] = [];
  for (const p of scanned) {
    const what = p.garbled ? '的文字层无法解码（字体缺少字符映射，读出的是乱码）' : '是扫描图像';
    if (!recognised) {
      unread.push(p.page);
      notes.add(p.page, `${what}，未能读取其内容（需要安装文字识别工具 tesseract-ocr、tesseract-ocr-chi-sim 和 poppler-utils）`);
    } else if (byPage.get(p.page)?.items.length) {
      ocrDone.push(p.page);
      ocr.add(p.page, `${what}，已用文字识别（OCR）读取；其中数字的可信度较低，发现的问题请对照原件核实`);
    } else {
      unread.push(p.page);
      notes.add(p.page, `${what}，文字识别（OCR）未能识别出文字，未能读取其内容`);
    }
  }
  const layout = layoutFromPages(read, file);
  layout.notes.unshift(...notes.lines());
  if (unread.length) layout.unreadPages = unread;
  if (ocrDone.length) {
    layout.ocrPages = ocrDone;
    layout.ocrNotes = ocr.lines();
  }
  return layout;
}

/** Notes about pages, one line for all pages that share a note: "第1–4、7页是扫描图像，…". */
class PageNotes {
  private readonly pages = new Map<string, number[]>();

  add(page: number, note: string): void {
    const list = this.pages.get(note);
    if (list) list.push(page);
    else this.pages.set(note, [page]);
  }

  lines(): string[] {
    return [...this.pages].map(([note, pages]) => `第${pageRanges(pages)}页${note}`);
  }
}

type Element = { kind: 'line'; line: Line; top: number } | { kind: 'table'; table: PageTable; top: number };

/** Builds the layout from positioned pages, whatever produced their items (text layer or OCR). */
export function layoutFromPages(read: readonly PositionedPage[], file: string): LayoutDocument {
  const pages = read.map(onPage);
  const turns = new Map(pages.flatMap((p) => (p.toViewport ? [[p.page, p.toViewport] as const] : [])));
  const perPage: { page: PositionedPage; body: Line[]; tables: PageTable[]; rules: HRule[] }[] = [];
  for (const page of pages) {
    const lines = buildLines(page.items);
    const lineNo = new Map<PositionedItem, number>();
    for (const l of lines) for (const it of l.items) lineNo.set(it, l.no);
    const grids = findRuledGrids(page.rules ?? []).filter((g) => page.items.some((it) => inside(it, g.box)));
    const inTable = new Set<PositionedItem>();
    const tables: PageTable[] = [];
    for (const g of grids) {
      const its = page.items.filter((it) => !inTable.has(it) && inside(it, g.box));
      for (const it of its) inTable.add(it);
      tables.push(fillGrid(g, its, page.page, file, (it) => lineNo.get(it) ?? 1));
    }
    const body: Line[] = [];
    for (const l of lines) {
      const rest = l.items.filter((it) => !inTable.has(it));
      if (rest.length) body.push(rest.length === l.items.length ? l : makeLine(rest, l.no));
    }
    perPage.push({ page, body, tables, rules: freeRules(page, grids) });
  }

  // Furniture is looked for outside tables, those without borders too: a header row a browser
  // repeats at the top of every page a table runs over is no running header.
  const furniture = findFurniture(perPage.map((p) => ({ page: p.page.page, height: p.page.height, lines: linesOutsideTables(p.body, p.rules) })));
  const isFurniture = new Set(furniture.map((f) => f.line));

  // The foot of the text area: the lowest body text or table border on any page of the same size
  // (portrait text pages and landscape table pages have different feet).
  const footOf = new Map<number, number>();
  for (const p of perPage) {
    const key = Math.round(p.page.height);
    const low = Math.max(0, ...p.body.filter((l) => !isFurniture.has(l)).map((l) => l.bottom), ...p.tables.map((t) => t.box.y2));
    footOf.set(key, Math.max(footOf.get(key) ?? 0, low));
  }
  // Tables printed without borders, found once furniture is set aside; the body size is that of the
  // text around them (a document mostly of tables in a smaller type would make its text look like headings).
  const found: { tables: PageTable[]; rest: Line[] }[] = [];
  perPage.forEach((p, k) => {
    const before = perPage[k - 1];
    const carry = before && endingTable([...before.tables, ...(found[k - 1]?.tables ?? [])], found[k - 1]?.rest ?? [], footOf.get(Math.round(before.page.height)) ?? before.page.height);
    found.push(findUnruledTables(p.body.filter((l) => !isFurniture.has(l)), p.page.page, file, carry, p.rules));
  });
  const bodyPt = bodySize(found.flatMap((f) => f.rest));
  const blocks: Block[] = [];
  let pending: PageTable | null = null;
  let tableNo = 0;
  let lastPara: { para: Para; block: ParagraphBlock } | null = null;
  const sizes = new Map<ParagraphBlock, number>();
  const flushTable = () => {
    if (pending) blocks.push(toTableBlock(pending, ++tableNo, file));
    pending = null;
  };
  let prevHeight = 0;
  for (const [k, { page, tables }] of perPage.entries()) {
    const { tables: unruled, rest } = found[k] as { tables: PageTable[]; rest: Line[] };
    const elements: Element[] = [
      ...rest.map((line) => ({ kind: 'line' as const, line, top: line.top })),
      ...[...tables, ...unruled].map((table) => ({ kind: 'table' as const, table, top: table.box.y1 })),
    ].sort((a, b) => a.top - b.top);
    const metrics = pageMetrics(rest, bodyPt);
    let run: Line[] = [];
    const flushRun = () => {
      for (const para of paragraphsOf(run, metrics, page.page)) {
        // A paragraph broken by the page end carries on at the top of the next page.
        if (lastPara && !pending && carriesOn(lastPara.para, para) && lastPara.block === blocks[blocks.length - 1]) {
          lastPara = { para: { ...para, lines: [...lastPara.para.lines, ...para.lines] }, block: extend(lastPara.block, para, turns) };
          blocks[blocks.length - 1] = lastPara.block;
          sizes.set(lastPara.block, lastPara.para.size);
          continue;
        }
        flushTable();
        const block = paragraphBlock(para, file, turns);
        blocks.push(block);
        sizes.set(block, para.size);
        lastPara = { para, block };
      }
      run = [];
    };
    for (const el of elements) {
      if (el.kind === 'line') {
        run.push(el.line);
        continue;
      }
      flushRun();
      // A table at the top of a page that continues the table ending the previous page is one table.
      if (pending && continues(pending, el.table, footOf.get(Math.round(prevHeight)) ?? page.height) && run.length === 0 && isFirstOnPage(elements, el)) {
        appendContinuation(pending, el.table);
        continue;
      }
      flushTable();
      pending = el.table;
      lastPara = null;
    }
    flushRun();
    prevHeight = page.height;
    // Anything after the table on its page ends the chance of a continuation.
    const last = elements[elements.length - 1];
    if (pending && last?.kind !== 'table') flushTable();
  }
  flushTable();
  cellBoxesToViewport(blocks, turns);
  headingLevels(new Map(blocks.flatMap((b) => (b.kind === 'paragraph' && sizes.has(b) ? [[b, sizes.get(b) as number]] : []))), bodyPt);

  return {
    file,
    format: 'pdf',
    blocks,
    notes: [],
    furniture: furniture.map((f) => ({
      kind: f.kind,
      text: f.line.text.replace(/\t+/g, ' '),
      location: { ...withVia(loc(file, f.line.text, { page: f.page, line: f.line.no }), [f.line]), box: onViewport(lineBox(f.line), turns.get(f.page)) },
    })),
  };
}

/**
 * The page without the text printed beyond its left or right edge: a table wider than the page, whose
 * last column is clipped, leaves there the characters of that column that begin at the edge or run
 * over it ("工作资" | "料"). No reader sees them; read as lines beside the table, they would end the
 * table's page with text and keep the table's next part, on the next page, from being joined to it.
 */
function onPage(page: PositionedPage): PositionedPage {
  const off = (it: PositionedItem) => {
    const cx = it.x + it.width / 2;
    return cx < 0 || cx > page.width;
  };
  return page.items.some(off) ? { ...page, items: page.items.filter((it) => !off(it)) } : page;
}

/** Horizontal rules of a page outside its ruled grids: row and table bounds of tables drawn with rules only (三线表). */
function freeRules(page: PositionedPage, grids: readonly RuledGrid[]): HRule[] {
  const out: HRule[] = [];
  for (const r of page.rules ?? []) {
    const y = (r.y1 + r.y2) / 2;
    if (Math.abs(r.y2 - r.y1) > 1.5 || Math.abs(r.x2 - r.x1) < 20) continue;
    const x1 = Math.min(r.x1, r.x2);
    const x2 = Math.max(r.x1, r.x2);
    if (grids.some((g) => y >= g.box.y1 - 2 && y <= g.box.y2 + 2 && x1 >= g.box.x1 - 2 && x2 <= g.box.x2 + 2)) continue;
    out.push({ x1, x2, y });
  }
  return out;
}

/** The table a page ends with (no text below it), with the foot of that page's text area. */
function endingTable(tables: readonly PageTable[], rest: readonly Line[], foot: number): Carry | undefined {
  const last = tables.reduce<PageTable | null>((a, t) => (!a || t.box.y1 > a.box.y1 ? t : a), null);
  if (!last || rest.some((l) => l.top > last.box.y1)) return undefined;
  return { table: last, foot };
}

function isFirstOnPage(elements: readonly Element[], el: Element): boolean {
  return elements[0] === el;
}

function inside(it: PositionedItem, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const cx = it.x + it.width / 2;
  const cy = it.y + it.height / 2;
  return cx >= box.x1 - 1 && cx <= box.x2 + 1 && cy >= box.y1 - 1 && cy <= box.y2 + 1;
}

function withVia(l: Location, lines: readonly Line[]): Location {
  if (lines.some((x) => x.ocr)) l.via = 'ocr';
  return l;
}

/**
 * A line laid out in columns that no table took (a web page's date, font and close links, a form's
 * fields): cells parted by a column gap, one of them a figure. Two or three cells of words only are a
 * heading or a sentence set with a gap ("第四部分\t名词解释"), as the text reader takes them.
 */
function isFieldRow(text: string): boolean {
  const cells = text.split('\t').map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return false;
  return cells.length > 3 || cells.some((c) => /[\d０-９][\d０-９,.，．]*\s*(?:万元|亿元|元|%|％|个|人|辆)?$/.test(c));
}

type Turns = ReadonlyMap<number, [number, number, number, number, number, number]>;

function paragraphBlock(para: Para, file: string, turns: Turns): ParagraphBlock {
  const row = para.lines.length === 1 && isFieldRow((para.lines[0] as Line).text);
  // A row keeps its column gaps as tabs (one character, as the space would be): its fields are parted there.
  const { text, offsets } = joinWrapped(para.lines.map((l) => (row ? l.text : l.text.replace(/\t+/g, ' '))));
  const first = para.lines[0] as Line;
  const block: ParagraphBlock = {
    kind: 'paragraph',
    text,
    heading: null,
    location: withVia(loc(file, text, { page: para.page, line: first.no }), para.lines),
  };
  if (row) block.row = true;
  if (para.lines.length > 1) block.breaks = para.lines.slice(1).map((l, k) => ({ offset: offsets[k + 1] as number, line: l.no, page: para.page }));
  block.spans = para.lines.flatMap((l, k) => lineSpans(l, offsets[k] as number, para.page, turns));
  const box = boxAt(block, 0, text.length);
  if (box) block.location.box = box;
  return block;
}

/** Joins the first paragraph of a page onto the last of the previous page, keeping each line's page. */
function extend(block: ParagraphBlock, para: Para, turns: Turns): ParagraphBlock {
  const { text, offsets } = joinWrapped([block.text, ...para.lines.map((l) => l.text.replace(/\t+/g, ' '))]);
  const breaks = [...(block.breaks ?? []), ...para.lines.map((l, k) => ({ offset: offsets[k + 1] as number, line: l.no, page: para.page }))];
  const spans = [...(block.spans ?? []), ...para.lines.flatMap((l, k) => lineSpans(l, offsets[k + 1] as number, para.page, turns))];
  const location = { ...block.location, text };
  if (para.lines.some((l) => l.ocr)) location.via = 'ocr';
  return { ...block, text, location, breaks, spans };
}

/**
 * Where each text run of a line stands, its characters counted from `offset` (where the line begins
 * in its paragraph). The whole line as one span should its text not be the runs' (never expected).
 */
function lineSpans(l: Line, offset: number, page: number, turns: Turns): TextSpan[] {
  const turn = turns.get(page);
  const span = (from: number, to: number, box: Box): TextSpan => ({ offset: offset + from, end: offset + to, page, box: roundBox(box), ...(turn ? { toViewport: turn } : {}) });
  const { text, spans } = joinedLine(l);
  if (text !== l.text) return [span(0, l.text.length, lineBox(l))];
  return spans.map((sp) => span(sp.from, sp.to, { x1: sp.item.x, y1: sp.item.y, x2: sp.item.x + sp.item.width, y2: sp.item.y + sp.item.height }));
}

function lineBox(l: Line): Box {
  return { x1: l.x, y1: l.top, x2: l.right, y2: l.bottom };
}

/** A box in the reader's coordinates in those of `Location.box` (see `PositionedPage.toViewport`). */
function onViewport(b: Box, turn: Parameters<typeof transformBox>[0] | undefined): Box {
  return roundBox(turn ? transformBox(turn, b) : b);
}

/** Table cells' boxes, made in the reader's coordinates, in those of `Location.box` on turned pages. */
function cellBoxesToViewport(blocks: readonly Block[], turns: Turns): void {
  const done = new Set<Location>();
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.rows) {
      for (const c of row) {
        const l = c.location;
        if (done.has(l) || !l.box) continue;
        done.add(l);
        l.box = onViewport(l.box, l.page != null ? turns.get(l.page) : undefined);
      }
    }
  }
}

/** The paragraph ending a page runs on into the first of the next page: it reached the margin mid-sentence. */
function carriesOn(prev: Para, next: Para): boolean {
  if (next.page !== prev.page + 1 || prev.short || next.indented) return false;
  if (Math.abs(prev.size - next.size) > 0.12 * prev.size) return false;
  const last = (prev.lines[prev.lines.length - 1] as Line).text.trim();
  const first = (next.lines[0] as Line).text.trim();
  if (/[。！？!?]$/.test(last) || last.includes('\t') || first.includes('\t')) return false;
  return !STARTS_ITEM.test(first);
}

/**
 * Headings by type size: paragraphs set larger than the body text are headings, the largest size
 * level 1. Body-size headings ("一、…") are left to the interpreter's section detection.
 */
function headingLevels(sizes: ReadonlyMap<ParagraphBlock, number>, body: number): void {
  const rounded = (s: number) => Math.round(s * 2) / 2;
  const larger = [...new Set([...sizes.values()].map(rounded).filter((s) => s > body * 1.1))].sort((a, b) => b - a);
  for (const [b, s] of sizes) {
    const rank = larger.indexOf(rounded(s));
    if (rank >= 0 && b.text.length <= 60) b.heading = Math.min(rank + 1, 6);
  }
}

/** The body text size: the size most characters of the document are set in. */
function bodySize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    chars.set(s, (chars.get(s) ?? 0) + l.text.length);
  }
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
