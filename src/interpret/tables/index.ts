import type { PublicTable } from '../../model/disclosure.js';
import { inWanyuan } from '../../model/decimal.js';
import type { Block, ParagraphBlock, TableBlock } from '../../model/layout.js';
import { type Location, comparePlaces, placeLabel } from '../../model/location.js';
import { TABLE_DEFS, type TableId } from '../../model/tables.js';
import { type InterpretContext, markSoup } from '../context.js';
import { cellRunAfter, rowRunAfter, sourcePieces, tablesInLine } from '../lost-layout.js';
import { parseBasic } from './basic.js';
import { CLASSIFIED_IDS, parseClassified } from './classified.js';
import type { ParseOutput } from './common.js';
import { type Grid, type HeaderInfo, figureFrom, isColumnNumberRow, isTitleRow, readHeader, rowKey, toGrid, trimGrid } from './grid.js';
import {
  EMPTY_RE,
  EMPTY_TOPIC,
  EXPLAIN_SECTION,
  findReferenced,
  readUnitLine,
  tableIdByCode,
  tableIdBySignature,
  tableIdAtStart,
  tableIdByTitle,
} from './identify.js';
import { type Placed, placeSpaced, unknownClosure } from './spaced.js';
import { joinRightPart } from './right-part.js';
import { parseSummary } from './summary.js';
import { parseThreePublic } from './three-public.js';

export { tableIdByTitle, tableIdByCode } from './identify.js';

interface Piece {
  index: number;
  block: TableBlock;
  grid: Grid;
  header: HeaderInfo;
}

interface Found {
  id: TableId;
  title: string | null;
  titleLocation: Location | null;
  unit: string | null;
  entity: string | null;
  pieces: Piece[];
  /** Columns of a table copied without its layout whose figures could not be placed (spaced.ts). */
  unknown?: Set<string>;
  /** Why a table copied without its layout cannot be read at all. */
  problem?: string;
  /** Rows of such a table whose parts could not be placed (spaced.ts). */
  unplaced?: Placed['unplaced'];
  /** The table was copied without its layout (its rows placed from words by spaced.ts). */
  copied?: boolean;
  /** Why the table is known to go on in a part that could not be joined to it (its rows are then not all read). */
  partial?: string;
}

/** How far above a table its title, 公开XX表 code and unit lines may sit (paragraphs). */
const LOOKBACK = 8;

/**
 * Recognises the nine 公开表 among the layout's table blocks and the paragraphs around them, reads
 * their rows onto canonical keys, and lists the tables the document only refers to (见附表).
 */
export function readPublicTables(ctx: InterpretContext): { tables: PublicTable[]; referenced: TableId[]; unreadable: UnreadTable[] } {
  const { blocks } = ctx;
  const found: Found[] = [];
  let last: Found | null = null;
  let lastIndex = -1;
  const running = runningLines(blocks);
  for (let i = 0; i < blocks.length; i++) {
    let b = blocks[i] as Block;
    if (b.kind !== 'table') continue;
    let spacedUnknown: Set<string> | undefined;
    let spacedProblem: string | undefined;
    let spacedUnplaced: Placed['unplaced'];
    const copied = b.shape === 'spaced';
    if (copied) {
      // Words and figures not yet in columns: the table's identity, from the title above, says which.
      const id = identify(paragraphsAbove(blocks, i), []).id;
      if (!id) {
        last = null;
        continue;
      }
      const placed = placeSpaced(b, id, ctx.catalog);
      if (placed) {
        for (const n of placed.notes) ctx.unread(`${n}（${placeLabel(b.location)}）`);
        b = placed.block;
        const cols = new Set(placed.columns);
        spacedUnknown = new Set([...[...unknownClosure(placed.unknown)].filter((k) => cols.has(k)), ...(placed.unnamed ?? [])]);
        spacedProblem = placed.problem;
        spacedUnplaced = placed.unplaced;
      } else {
        // Printed under its title, but its header does not give the table's standard columns.
        spacedProblem = `公开${id}表为复制文本，表头未能对应到该表的标准栏目，未读取该表的数据`;
      }
    }
    const { grid: raw, spans } = toGrid(b);
    const grid = trimGrid(raw);
    if (!grid.length) continue;
    const header = readHeader(grid, spans);
    const piece: Piece = { index: i, block: b, grid, header };
    const above = paragraphsAbove(blocks, i);
    const titleRows = grid.slice(0, header.start).map((r) => [...new Set(r.map((p) => p.text.trim()).filter(Boolean))].join(' '));
    const ident = identify(above, titleRows);
    const headerText = grid.slice(header.start, header.dataStart).map((r) => r.map((p) => p.text).join(' ')).join(' ');
    // The right columns of a sheet wider than its page, printed on a page of their own: the same table,
    // wider. Its code and unit, set in the sheet's rightmost cells, are printed there.
    if (last && lastIndex >= 0 && last.pieces.length === 1 && (!ident.id || ident.id === last.id) && onlyFurnitureBetween(blocks, lastIndex, i, last.id, running)) {
      const left = last.pieces[0] as Piece;
      const wide = joinRightPart(left.grid, grid);
      if (wide) {
        left.grid = wide;
        left.header = readHeader(wide, spans || toGrid(left.block).spans);
        const unitEntity = titleRows.map(readUnitLine);
        last.unit ??= unitEntity.find((u) => u.unit)?.unit ?? null;
        last.entity ??= unitEntity.find((u) => u.entity)?.entity ?? null;
        lastIndex = i;
        continue;
      }
    }
    if (!ident.id && last && lastIndex >= 0 && isContinuation(blocks, lastIndex, i, last, piece, undefined, running)) {
      if (b.cut) last.problem ??= cutMessage(last.id, b.cut);
      last.pieces.push(piece);
      lastIndex = i;
      continue;
    }
    // A part that goes on from the table above (its header said again, or none) but is laid out in
    // other columns: the table is known to have rows that are not read.
    if (!ident.id && last && lastIndex >= 0 && goesOnUnjoined(blocks, lastIndex, i, last, piece, running)) {
      last.partial ??= `公开${last.id}表的续表（${placeLabel(b.location)}）与首页的栏目排法不同，未能接续读取，未读取该表的数据`;
      lastIndex = i;
      continue;
    }
    // A continuation page that repeats the table's title, code and unit above its header (a
    // spreadsheet's print titles): the same table going on, not a second one.
    if (ident.id && last && ident.id === last.id && lastIndex >= 0 && isContinuation(blocks, lastIndex, i, last, piece, ident.id, running)) {
      if (b.cut) last.problem ??= cutMessage(last.id, b.cut);
      last.pieces.push(piece);
      lastIndex = i;
      continue;
    }
    const id = ident.id ?? tableIdBySignature(headerText);
    if (!id) {
      last = null;
      continue;
    }
    const unitEntity = [...above.map((p) => p.text), ...titleRows].map(readUnitLine);
    const f: Found = {
      id,
      title: ident.title,
      titleLocation: ident.location,
      unit: unitEntity.find((u) => u.unit)?.unit ?? null,
      entity: unitEntity.find((u) => u.entity)?.entity ?? null,
      pieces: [piece],
      ...(spacedUnknown ? { unknown: spacedUnknown } : {}),
      ...(spacedProblem ? { problem: spacedProblem } : b.cut ? { problem: cutMessage(id, b.cut) } : {}),
      ...(spacedUnplaced ? { unplaced: spacedUnplaced } : {}),
      ...(copied ? { copied: true } : {}),
    };
    // Its first rows printed as lines of text right above it (a copy whose first page the grid did not
    // take for a table, the rest found by its header on the next): read on the rows it has, its sums
    // and classes would be checked on a part as the whole.
    const lost = rowsPrintedAbove(above);
    if (lost >= 2) f.partial = `公开${id}表（${placeLabel(b.location)}）之上还有${lost}行数字印为文字行，未能作为表格读取，未读取该表的数据`;
    if (found.some((x) => x.id === id)) {
      ctx.unread(`公开${id}表在文中出现了不止一次（${placeLabel(b.location)}的表格），只读取了第一次出现的那张`);
      last = null;
      continue;
    }
    found.push(f);
    last = f;
    lastIndex = i;
  }

  const tables: PublicTable[] = [];
  const unreadable: UnreadTable[] = [];
  for (const f of found) {
    const first = f.pieces[0] as Piece;
    const grid: Grid = [...first.grid];
    // A continuation left out leaves the table without some of its rows: its sums, its items and its
    // classes would be checked on a part as if it were the whole, so none of it is read.
    let partial: string | null = null;
    for (const p of f.pieces.slice(1)) {
      if ((p.grid[0]?.length ?? 0) !== (first.grid[0]?.length ?? 0)) {
        partial ??= `公开${f.id}表的续表（${placeLabel(p.block.location)}）列数与首页不同，未能接续读取，未读取该表的数据`;
        continue;
      }
      // Repeated headers and title rows of a continuation page are dropped.
      const start = p.header.rowTexts.length && p.header.rowTexts.every((t) => first.header.rowTexts.includes(t)) ? p.header.dataStart : 0;
      grid.push(...p.grid.slice(start).filter((r) => !isColumnNumberRow(r) && !first.header.rowTexts.includes(rowKey(r)) && !(isTitleRow(r) && !r.some((x) => x.norm && /\d/.test(x.norm)))));
    }
    const input = { id: f.id, grid, header: first.header, catalog: ctx.catalog };
    let out: ParseOutput;
    if (f.id === '01' || f.id === '04') out = parseSummary(input);
    else if (f.id === '06') out = parseBasic(input);
    else if (f.id === '09') out = parseThreePublic(input);
    else if (CLASSIFIED_IDS.includes(f.id)) out = parseClassified(input);
    else out = { rows: [], notes: [], problems: [] };
    const misaligned = codesAsFigures(out.rows);
    const shifted = misaligned ? null : figuresAsNames(out.rows);
    if (misaligned && !out.problems.length) out = { rows: [], notes: out.notes, problems: [`公开${f.id}表的列未能对齐（${misaligned}是科目编码，却落在金额栏），未读取该表的数据`] };
    const twice = f.copied ? rowReadTwice(out.rows) : null;
    if (twice && !out.problems.length) out = { rows: [], notes: out.notes, problems: [`公开${f.id}表为复制文本，“${twice.name}”读到两行（${twice.values}），行与数字疑在复制中错位，未读取该表的数据`] };
    if (shifted && !out.problems.length) out = { rows: [], notes: out.notes, problems: [`公开${f.id}表的列未能对齐（${shifted}是金额，却落在项目名称栏），未读取该表的数据`] };
    const at = placeLabel(first.block.location);
    // Why the copy could not be placed comes before what its reader then made of it.
    if (f.problem) out = { rows: [], notes: out.notes, problems: [f.problem] };
    else if (partial ?? f.partial) out = { rows: [], notes: out.notes, problems: [(partial ?? f.partial) as string] };
    for (const p of out.problems) ctx.unread(`${p}（${at}）`);
    const unreadColumns = [...new Set([...(f.unknown ?? []), ...columnsLeftUnread(f, out.rows)])];
    dropColumns(out.rows, new Set(unreadColumns));
    attachUnplaced(out.rows, f.unplaced ?? []);
    // Rows left with not one of the figures printed under them (their words read, their columns not: a
    // copy whose labels wrap a few characters a line): every amount of the table would read as blank.
    const figurePrinted = f.pieces.some((p) => p.grid.slice(p.header.dataStart).some((r) => r.some((c) => /\d\.\d/.test(c.text))));
    if (!out.problems.length && out.rows.length && figurePrinted && out.rows.every((r) => Object.values(r.cells).every((c) => c == null))) {
      out = { rows: [], notes: out.notes, problems: [`公开${f.id}表已印出，但其各行的数字都未能按栏目读取，未读取该表的数据`] };
      ctx.unread(`${out.problems[0]}（${at}）`);
    }
    const lastPiece = f.pieces[f.pieces.length - 1] as Piece;
    const after = paragraphsBelow(ctx.blocks, lastPiece.index);
    const emptyStatement =
      [...out.notes, ...after.map((p) => p.text)].find((t) => EMPTY_RE.test(t)) ?? explanationEmptyStatement(ctx, f.id);
    const headerOnly = !out.problems.length && !out.rows.length && first.header.dataStart >= grid.length && !out.notes.length;
    // A header over the sentence saying why the table is empty is the table printed, and empty.
    if (headerOnly && !emptyStatement) ctx.unread(`公开${f.id}表（${at}）只有表头，未读到数据行`);
    // A table printed but not read is not an empty table: rules that need its data must say so
    // rather than report "no data" or "item missing from the table".
    if (out.problems.length || (headerOnly && !emptyStatement)) {
      unreadable.push({ id: f.id, reason: out.problems[0] ?? `公开${f.id}表只有表头，未读到数据行`, location: f.titleLocation ?? first.block.location });
      continue;
    }
    tables.push({
      id: f.id,
      title: f.title ?? TABLE_DEFS[f.id].title,
      unit: f.unit,
      entity: f.entity,
      rows: f.unit && f.unit !== '万元' ? inTableUnit(out.rows, f.unit) : out.rows,
      emptyStatement: emptyStatement ?? null,
      ...(unreadColumns.length ? { unreadColumns } : {}),
      location: f.titleLocation ?? first.block.location,
    });
  }
  for (const e of printedEmpty(blocks, new Set([...found.map((f) => f.id)]), ctx.keyAt)) tables.push(e);
  // The ids are '01'…'09', whose code-unit order is their collation order: localeCompare made V8 set
  // up ICU's collator, ~5 ms of the first document's check in a fresh process.
  tables.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<TableId>([...tables.map((t) => t.id), ...found.map((f) => f.id)]);
  for (const lost of flattenedOut(blocks, seen, ctx.keyAt, ctx.soup)) {
    ctx.unread(`${lost.reason}（${placeLabel(lost.location)}）`);
    unreadable.push(lost);
    seen.add(lost.id);
  }
  for (const lost of titledInCells(blocks, seen)) {
    ctx.unread(`${lost.reason}（${placeLabel(lost.location)}）`);
    unreadable.push(lost);
    seen.add(lost.id);
  }
  // Whether any of the nine is printed below a block: a line naming the tables as an attachment is
  // then their heading, not a note that they are published elsewhere.
  const lastPrinted = Math.max(-1, ...found.map((f) => (f.pieces[0] as Piece).index));
  const printedAfter = (i: number) => lastPrinted > i || unreadable.some((u) => comparePlaces(u.location, (blocks[i] as Block).location) > 0);
  const referenced = findReferenced(blocks, new Set([...tables.map((t) => t.id), ...unreadable.map((u) => u.id)]), ctx.keyAt, ctx.attachments, printedAfter);
  return { tables, referenced, unreadable };
}

/**
 * Tables whose title opens a cell of a table block that was read as no table: a spreadsheet's print
 * whose small tables ran together into one grid ("政府性基金预算财政拨款收入支出决算表编制单位：…" in
 * one cell, its header and zero row beside it). Printed, only not read: never "missing".
 */
function titledInCells(blocks: readonly Block[], seen: ReadonlySet<TableId>): UnreadTable[] {
  const out: UnreadTable[] = [];
  const taken = new Set(seen);
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const c of b.rows.flat()) {
      const id = tableIdAtStart(c.text);
      // The table's own frame run in after its title (not a contents list's entry set as a table).
      if (!id || taken.has(id) || !/编制单位|单位[：:]|项目|栏次|科目/.test(c.text)) continue;
      taken.add(id);
      out.push({ id, reason: `公开${id}表的表题印在表格单元格之中，表格未能读取`, location: c.location });
    }
  }
  return out;
}

/**
 * A classification code read as a figure ("301" under 决算数 beside the row 301 工资福利支出): the
 * columns were placed wrongly (a copy whose separators differ from its header's), and every figure
 * of the table is in doubt. Returns the code, or null when no figure is one of the table's codes.
 */
function codesAsFigures(rows: readonly PublicTable['rows'][number][]): string | null {
  const codes = new Set(rows.flatMap((r) => (r.code ? [r.code] : [])));
  for (const r of rows) {
    for (const f of Object.values(r.cells)) {
      if (f && f.kind === 'amount' && /^\d{3,7}$/.test(f.raw) && codes.has(f.raw)) return f.raw;
    }
  }
  return null;
}

/**
 * A row of a summary's own (收入/支出 side and key, not a classification row) read twice with other
 * figures: a copy whose lines were taken apart gave one of them another row's label, and which is
 * which cannot be told.
 */
function rowReadTwice(rows: readonly PublicTable['rows'][number][]): { name: string; values: string } | null {
  const seen = new Map<string, PublicTable['rows'][number]>();
  const figures = (r: PublicTable['rows'][number]) => Object.values(r.cells).map((c) => c?.value ?? '').join('/');
  for (const r of rows) {
    if (r.code || r.key.startsWith('name:')) continue;
    const k = `${r.side ?? ''}|${r.key}`;
    const before = seen.get(k);
    if (before && figures(before) !== figures(r)) return { name: r.name, values: `${figures(before)} 与 ${figures(r)}` };
    seen.set(k, r);
  }
  return null;
}

/**
 * An amount read as a row's name ("238.67" where the 合计 label was lost, or a code and name taken
 * from "238.67"): the row's figures then stand one column left of their own, so none can be trusted.
 */
function figuresAsNames(rows: readonly PublicTable['rows'][number][]): string | null {
  // Digits with a decimal point and nothing else (the name columns' cells joined without spaces).
  const AMOUNTS = /^[-−]?[\d,]*\d\.\d[\d.,−-]*$/;
  const r = rows.find((x) => AMOUNTS.test((x.code ?? '') + x.name.replace(/\s+/g, '')));
  return r ? r.location.text.trim() || (r.code ?? '') + r.name : null;
}

/** Why a table whose figures were cut in copying is not read (TableBlock.cut). */
function cutMessage(id: TableId, cut: string): string {
  return `公开${id}表为复制文本，数字在复制中被拆断（“${cut}”上下分开），未读取该表的数据`;
}

/** Gives each row read its figures that stand in no known column (a coded row, found by its code). */
function attachUnplaced(rows: PublicTable['rows'], unplaced: NonNullable<Placed['unplaced']>): void {
  for (const u of unplaced) {
    const row = rows.find((r) => r.code === u.code);
    const figs = u.cells.map(figureFrom);
    // Every figure was one when placed; a row not found or a figure not read leaves the row unchecked.
    if (row && row.cells.total && figs.every((f) => f != null)) row.unplaced = figs as NonNullable<(typeof figs)[number]>[];
  }
}

/**
 * The standard columns of a classified table read in no row while its rows print more figures than
 * were read (a copy whose wrapped header names stand apart from their figures: "本年支出 基本支出 …" over
 * "238.67 157.38 81.29 …", three of six placed): printed and unread, not left out of the table.
 */
function columnsLeftUnread(f: Found, rows: PublicTable['rows']): string[] {
  if (!CLASSIFIED_IDS.includes(f.id) || !rows.length) return [];
  const printed = f.pieces.reduce((n, p) => n + p.grid.slice(p.header.dataStart).reduce((m, r) => m + r.filter((c) => FIGURE_CELL.test(c.text.trim())).length, 0), 0);
  const read = rows.reduce((n, r) => n + Object.values(r.cells).filter((c) => c != null).length, 0);
  if (printed - read < rows.length) return [];
  const have = new Set(rows.flatMap((r) => Object.keys(r.cells)));
  return TABLE_DEFS[f.id].columns.map((c) => c.key).filter((k) => !have.has(k));
}
/** A cell holding one amount with its decimals ("157.38", "-1,208.00"). */
const FIGURE_CELL = /^[-−]?[\d,]*\d\.\d+$/;

/** Removes columns that could not be read: unknown is not blank, so no rule may sum it as zero. */
function dropColumns(rows: PublicTable['rows'], cols: ReadonlySet<string>): void {
  for (const r of rows) for (const k of cols) delete r.cells[k];
}

/** A table that is printed but whose figures could not be read, and why. */
export interface UnreadTable {
  id: TableId;
  reason: string;
  location: Location;
  /** Where the cells of a table that lost its layout end (its last line), when they were found. */
  through?: Location;
}

/** Cells of a table printed in 元 (or 亿元) restated in 万元, so that it compares with the rest. */
function inTableUnit(rows: PublicTable['rows'], unit: string): PublicTable['rows'] {
  return rows.map((r) => ({
    ...r,
    cells: Object.fromEntries(Object.entries(r.cells).map(([k, f]) => [k, f && f.kind === 'amount' ? inWanyuan(f, unit) : f])),
    ...(r.unplaced ? { unplaced: r.unplaced.map((f) => inWanyuan(f, unit)) } : {}),
  }));
}

/** Header words of a table printed without rows ("项目    年初结转和结余    本年收入 …"). */
const HEADER_WORD = /^(?:项目|科目|科目编码|科目名称|科目代码|功能分类科目|支出功能分类科目|类|款|项|合计|小计|栏次|行次)$|预算数|决算数|结转|结余|本年收入|本年支出|基本支出|项目支出|合计$/;

/** Header words as a header run together without gaps holds them. */
const HEADER_RUN = /科目编码|科目名称|科目代码|年初结转和结余|本年收入|本年支出|年末结转和结余|基本支出|项目支出|预算数|决算数|合计|小计/g;
/** The note a form prints under a table on what it shows, one sentence. */
const NOTE_ON_TABLE = /^注[:：]\s*本表反映[^。；]*。?$/;
/** The total row of a table with no data: 合计 and zeros (or dashes) only. */
const ZERO_TOTAL = /^(?:合\s*计|总\s*计)(?:\s+(?:0(?:\.0+)?|[-—－]))+$/;

/**
 * Tables printed empty: a title on its own line, then only its frame — the unit and reporting unit
 * (above or below the title), a code line (公开07表), a header row whose words are parted by spaces or
 * tabs but that no reader took for a table, having no row under it — and then the sentence saying
 * why it has no data ("本单位无政府性基金预算财政拨款收入…故本表无数据"). A table printed empty with its
 * reason is printed, and empty: no rows, its statement kept. A title with no frame (a list of the
 * tables, a heading of the explanation) is not taken for one.
 */
function printedEmpty(blocks: readonly Block[], seen: ReadonlySet<TableId>, keyAt: readonly (string | null)[]): PublicTable[] {
  const out: PublicTable[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'paragraph' || keyAt[i] === 'toc' || sourcePieces(b).length > 1) continue;
    const title = b.text.trim();
    if (title.length > 60 || /[。；，]/.test(title)) continue;
    const id = tableIdByCode(title) ?? tableIdByTitle(title);
    if (!id || seen.has(id) || out.some((o) => o.id === id)) continue;
    let unit: string | null = null;
    let entity: string | null = null;
    let framed = false;
    const frame = (t: string): boolean => {
      const u = readUnitLine(t);
      if (!u.unit && !u.entity) return false;
      unit ??= u.unit;
      entity ??= u.entity;
      return true;
    };
    // The unit line printed above the title.
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const a = blocks[k] as Block;
      if (a.kind !== 'paragraph' || a.text.trim().length > 80) break;
      if (frame(a.text)) framed = true;
      else if (!tableIdByCode(a.text)) break;
    }
    let statement: string | null = null;
    let header = false;
    scan: for (let j = i + 1; j < blocks.length && j <= i + 5; j++) {
      const n = blocks[j] as Block;
      if (n.kind !== 'paragraph') break;
      const pieces = sourcePieces(n);
      for (const [p, piece] of pieces.entries()) {
        const t = piece.trim();
        if (!t) continue;
        if (t.length <= 80 && frame(t)) {
          framed = true;
          continue;
        }
        if (t.length <= 20 && tableIdByCode(t) === id) continue;
        // The year of the form on a line of its own, between the reporting unit and the unit ("2024年度").
        if (/^\d{4}\s*年度?$/.test(t)) continue;
        const words = t.split(/\s+/);
        if (words.length >= 3 && !/[。；，：:\d]/.test(t) && words.every((w) => w.length <= 12) && words.filter((w) => HEADER_WORD.test(w)).length >= 2) {
          header = true;
          continue;
        }
        // A header whose cells no gap parts (a table printed without borders, its header texts set
        // close: "科目编码科目名称本年支出合计基本支出项目支出").
        if (t.length <= 60 && !/[。；，：:\d]/.test(t) && new Set(t.match(HEADER_RUN) ?? []).size >= 3) {
          header = true;
          continue;
        }
        // Its total row, all zeros: the row an empty table prints under its header ("合计 0.00 0.00 0.00").
        if (header && ZERO_TOTAL.test(t)) continue;
        // The form's note on what the table shows, under its header and above the sentence ("注：本表
        // 反映单位本年度国有资本经营预算财政拨款支出情况。"): the table's frame, not the sentence.
        if (header && NOTE_ON_TABLE.test(t)) continue;
        // A total row with amounts: the table has data, whatever a sentence under it says.
        if (/^(?:合\s*计|总\s*计)\s/.test(t)) break scan;
        // The rest of a header cell wrapped onto a line of its own ("年末结转和结" | "余" in a PDF).
        if (header && words.every((w) => w.length <= 6) && !/[。；，：:\d]/.test(t) && !EMPTY_RE.test(t) && !/本表/.test(t)) continue;
        // The statement with the lines it wraps onto (a PDF's paragraph keeps its page lines as pieces:
        // "…的支出，故" | "本表无数据。").
        const said = pieces.slice(p).join('').trim();
        const topic = EMPTY_TOPIC[id];
        if (EMPTY_RE.test(said) && /[。；]|本表/.test(said) && (/本表/.test(said) || !topic || topic.test(said))) statement = said;
        break scan;
      }
    }
    if (!statement || !(framed || header)) continue;
    out.push({ id, title: cleanTitle(title).replace(/^公开\s*\d+\s*表\s*/, '') || TABLE_DEFS[id].title, unit, entity, rows: [], emptyStatement: statement, location: b.location });
  }
  return out;
}

/** Tables whose title is printed but whose cells a conversion flattened out (see lost-layout.ts). */
function flattenedOut(blocks: readonly Block[], seen: ReadonlySet<TableId>, keyAt: readonly (string | null)[], soup: Map<number, string | null>): UnreadTable[] {
  const out: UnreadTable[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'paragraph' || keyAt[i] === 'toc') continue;
    const title = sourcePieces(b)[0] as string;
    if (title.length > 40) {
      // A long line holding a table's code and its rows run together (OCR of a picture of the tables).
      for (const piece of sourcePieces(b)) {
        for (const t of tablesInLine(piece)) {
          const id = t.id as TableId;
          if (seen.has(id) || out.some((o) => o.id === id)) continue;
          out.push({ id, reason: `公开${id}表已印出，但各行连成一行文字（多为图片识别），无行列之分，未读取该表的数据`, location: b.location });
        }
      }
      continue;
    }
    const id = tableIdByCode(title) ?? tableIdByTitle(title);
    if (!id || seen.has(id) || out.some((o) => o.id === id)) continue;
    const other = (t: string): boolean => (tableIdByCode(t) ?? tableIdByTitle(t) ?? id) !== id;
    const cells = cellRunAfter(blocks, i, other);
    if (cells.run) {
      const last = blocks[cells.next - 1] as Block;
      out.push({ id, reason: `公开${id}表的表格结构在转换中丢失（每格一行，无行列标记），未读取该表的数据`, location: b.location, through: last.location });
      markSoup(soup, i, cells.next, title, sourcePieces(b).length);
      i = cells.next - 1;
      continue;
    }
    // Only a title on its own line: a sentence naming the table is not its print.
    if (sourcePieces(b).length > 1 || /[。；，]/.test(title)) continue;
    const rows = rowRunAfter(blocks, i, other);
    if (rows.run) {
      out.push({ id, reason: rows.joined ? `公开${id}表已印出，但各行连成一段文字（单格之间只隔一个空格），无行列之分，未读取该表的数据` : rows.rows ? `公开${id}表已印出，但其各行未能按栏目读取（栏间距或排版与表头对不上），未读取该表的数据` : `公开${id}表已印出，只有表头，未读到数据行`, location: b.location, through: (blocks[rows.next - 1] as Block).location });
      i = rows.next - 1;
    }
  }
  return out;
}

/** Paragraphs above a table, nearest first, up to the previous table. */
function paragraphsAbove(blocks: readonly Block[], i: number): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  for (let j = i - 1; j >= 0 && j >= i - LOOKBACK; j--) {
    const b = blocks[j] as Block;
    if (b.kind === 'table') break;
    out.push(b);
  }
  return out;
}

/** Paragraphs below a table (its notes), up to the next table or heading. */
function paragraphsBelow(blocks: readonly Block[], i: number): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  for (let j = i + 1; j < blocks.length && j <= i + 4; j++) {
    const b = blocks[j] as Block;
    if (b.kind === 'table') break;
    if (tableIdByCode(b.text) || (b.text.length <= 40 && tableIdByTitle(b.text))) break;
    if (b.heading != null && !/^注/.test(b.text)) break;
    out.push(b);
  }
  return out;
}

function identify(above: readonly ParagraphBlock[], titleRows: readonly string[]): { id: TableId | null; title: string | null; location: Location | null } {
  // A code (公开05表) wins over a title; the nearest wins among titles. A code that disagrees with the
  // table's own title is numbering, not identity: exports number the tables differently (the central
  // departments' 公开07表 is the 三公 table, where most regions print it as 公开09表), so the title decides.
  for (const t of titleRows) {
    const id = tableIdByCode(t);
    if (id) {
      const title = titleRows.find((x) => tableIdByTitle(x)) ?? null;
      return { id: (title && tableIdByTitle(title)) || id, title, location: null };
    }
  }
  for (const t of titleRows) {
    const id = tableIdByTitle(t);
    if (id) return { id, title: t, location: null };
  }
  const short = above.filter((p) => p.text.trim().length <= 80);
  const coded = short.find((p) => tableIdByCode(p.text));
  if (coded) {
    const id = tableIdByCode(coded.text) as TableId;
    const titled = short.find((p) => tableIdByTitle(p.text) === id);
    if (titled || !short.some((p) => isTitleLine(p))) return { id, title: titled ? cleanTitle(titled.text) : null, location: (titled ?? coded).location };
  }
  const titled = short.find(isTitleLine);
  if (titled) return { id: tableIdByTitle(titled.text), title: cleanTitle(titled.text), location: titled.location };
  return { id: null, title: null, location: null };
}

/**
 * How many of the lines right above a table, up to its title, code or unit line, are rows of it printed
 * as text: a label and figures set apart by spaces, an amount among them ('二十五、债务付息支出 56 0.00'),
 * no sentence.
 */
function rowsPrintedAbove(above: readonly ParagraphBlock[]): number {
  let n = 0;
  for (const p of above) {
    const t = p.text.trim();
    if (tableIdByCode(t) || isTitleLine(p) || readUnitLine(t).unit || readUnitLine(t).entity) break;
    const words = t.split(/\s+/);
    const amounts = words.filter((w) => /^-?\d{1,3}(,\d{3})*(\.\d{2})$|^-?\d+\.\d{2}$/.test(w));
    if (amounts.length && words.length >= 3 && words.some((w) => /[\u4e00-\u9fff]/.test(w)) && !/[。；，]|万元/.test(t)) n++;
  }
  return n;
}

function isTitleLine(p: ParagraphBlock): boolean {
  return tableIdByTitle(p.text) != null && !/[。；]/.test(p.text);
}

function cleanTitle(t: string): string {
  return t.trim().replace(/^[一二三四五六七八九十]+、/, '').replace(/^附表\s*\d*[：:、.]?/, '').trim();
}

/**
 * Short lines said three times or more, or a title of the account said twice: a text copied out of a
 * paged document keeps its running header and footer ("上海市某某区示范局2024年度部门决算") between the
 * rows where a page broke.
 */
function runningLines(blocks: readonly Block[]): Set<string> {
  const count = new Map<string, number>();
  for (const b of blocks) {
    // (A sentence's marks are in its text as printed: the paragraphs of prose are not squeezed.)
    if (b.kind !== 'paragraph' || b.text.length < 4 || /[。；，]/.test(b.text)) continue;
    const t = b.text.replace(/\s/g, '');
    if (t.length >= 4 && t.length <= 40) count.set(t, (count.get(t) ?? 0) + 1);
  }
  // The document's own title said again at a page's head (twice is enough for it), any other line thrice.
  return new Set([...count].filter(([t, n]) => n >= 3 || (n >= 2 && /20\d{2}年度?.*决算/.test(t))).map(([t]) => t));
}

/**
 * A table block that continues the previous one: same width, header repeated or absent, and between
 * them nothing but page furniture (续表, page numbers, units, running lines) or, where the block is
 * `titled` as the same table, its caption said again; a titled block repeating a row already read is
 * a second copy.
 */
function isContinuation(blocks: readonly Block[], prev: number, i: number, last: Found, piece: Piece, titled?: TableId, running: ReadonlySet<string> = new Set()): boolean {
  if (!onlyFurnitureBetween(blocks, prev, i, titled, running)) return false;
  const first = last.pieces[0] as Piece;
  if ((piece.grid[0]?.length ?? 0) !== (first.grid[0]?.length ?? 0)) return false;
  const repeats = piece.header.rowTexts.length > 0 && piece.header.rowTexts.every((t) => first.header.rowTexts.includes(t));
  const headerless = piece.header.dataStart === piece.header.start;
  if (!(repeats || headerless)) return false;
  if (!titled) return true;
  // Printed whole a second time (its 合计 again, or any row the first already had) is a second copy.
  const seen = new Set(last.pieces.flatMap((p) => p.grid.slice(p.header.dataStart).map(rowKey)).filter(Boolean));
  const next = piece.grid.slice(piece.header.dataStart).map(rowKey).filter(Boolean);
  return next.length > 0 && !next.some((k) => seen.has(k));
}

/** Whether only a page's furniture (a page number, 续表, a running line, the table's caption again) stands between two blocks. */
function onlyFurnitureBetween(blocks: readonly Block[], prev: number, i: number, titled: TableId | undefined, running: ReadonlySet<string>): boolean {
  const between = blocks.slice(prev + 1, i);
  if (between.length > (titled ? 8 : 4)) return false;
  return between.every((b) => isFurniture(b, titled, running));
}

/** A page's furniture between a table and its continuation (see onlyFurnitureBetween). */
function isFurniture(b: Block, titled: TableId | undefined, running: ReadonlySet<string>): boolean {
  if (b.kind !== 'paragraph') return false;
  const t = b.text.trim();
  if (t.length <= 30 && (/续表|^第?\s*\d+\s*页|^-?\s*\d+\s*-?$|单位[：:]|^注/.test(t) || t === '')) return true;
  if (running.has(t.replace(/\s/g, ''))) return true;
  // The table's own caption said again (its title, 公开XX表, the unit and the reporting unit).
  return titled != null && t.length <= 60 && (tableIdByTitle(t) === titled || tableIdByCode(t) === titled || readUnitLine(t).unit != null || readUnitLine(t).entity != null);
}

/**
 * Whether a table of no title of its own, right after a table with only furniture between, goes on
 * from it though laid out in other columns (one part read from a copy's words, the other on a grid):
 * its header's words are all the first part's, or it has no header and its rows are coded.
 */
function goesOnUnjoined(blocks: readonly Block[], prev: number, i: number, last: Found, piece: Piece, running: ReadonlySet<string>): boolean {
  if (!onlyFurnitureBetween(blocks, prev, i, undefined, running)) return false;
  const first = last.pieces[0] as Piece;
  // As printed: a part read from a copy's words has its header set in the standard words once placed.
  const printed = blocks[first.index] as Block;
  const cells = printed.kind === 'table' ? printed.rows.flat().map((c) => c.text) : [];
  // Its words, longest first: a cell of the part may hold several of them run together ("项目科目代码 科目名称").
  const known = [...new Set([...first.grid.slice(0, first.header.dataStart).flat().map((c) => c.text), ...cells].flatMap((t) => t.split(/\s+/)).filter((w) => w && !/\d/.test(w)))].sort((a, b) => b.length - a.length);
  const words = piece.grid.slice(piece.header.start, piece.header.dataStart).flat().map((c) => c.text.replace(/\s/g, '')).filter(Boolean);
  // (A first row's name begun above its code line may run into the header's last line: "科目名称住房改革支".
  // One such word among many that are the header's does not make it another table's; read in part, the
  // table's sums would run over rows it lacks, so the worst is a table left unread.)
  const own = words.filter((w) => /^\d*$/.test(known.reduce((left, k) => left.split(k).join(''), w))).length;
  if (words.length) return known.length > 0 && (own === words.length || (words.length >= 6 && own >= words.length - 1));
  return piece.grid.slice(piece.header.dataStart).some((r) => /^\d{3,7}(?!\d)/.test(r.map((c) => c.text.trim()).join(' ')));
}

/** The explanation may say instead of a table note that the table is empty ("…决算表为空表"). */
function explanationEmptyStatement(ctx: InterpretContext, id: TableId): string | null {
  const section = EXPLAIN_SECTION[id];
  const topic = EMPTY_TOPIC[id];
  for (let i = 0; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i] as Block;
    if (b.kind !== 'paragraph') continue;
    const t = b.text;
    if (/为空表|无数据|空表/.test(t) && tableIdByTitle(t) === id) return t.trim();
    if (section && ctx.keyAt[i] === section && EMPTY_RE.test(t) && (!topic || topic.test(t))) return t.trim();
  }
  return null;
}
