import type { Block, LayoutDocument, TableBlock, TableCell } from '../../model/layout.js';
import { type Location, loc } from '../../model/location.js';
import { headingLevel, stripMarkup } from './markup.js';
import { isGridBorder, readGridTable } from './grid-table.js';
import { STARTS_ITEM, continuesOnNext, displayWidth, isFieldRow, isPageNumber, lineWrapWidths, unswapLines } from './unwrap.js';
import { type SourceLine, isTableTitle, isUnitLine, readSpacedTable } from './spaced-table.js';
import { stackedHeads } from './stacked-heads.js';
import { cutFigure } from './cut-figures.js';
import { findLayoutTables, gridMeasure, isSpaced } from './layout-table.js';
import type { Measure } from './layout-pairs.js';
import { readUnderItems } from './layout-pairs.js';
import { readWholeTable } from './layout-whole.js';
import { findCellColumn } from './cell-column.js';
import { toTableBlock } from '../pdf/tables.js';
import { unifyRadicals } from '../radicals.js';
import { restoreLostSpaces } from './lost-spaces.js';
import { delimitBySpaces } from './delimited.js';
import { pageRanges } from '../page-ranges.js';
import { readablePages } from './sideways-pages.js';

/**
 * Reads plain text or Markdown (as converted from DOCX or PDF) into layout blocks. Recognises
 * three table shapes: Markdown pipe tables, tab-separated rows (one row per line), and tables
 * flattened one cell per line (each cell a line starting with a tab, rows separated by a blank line,
 * tables by two or more), and tables copied out of a PDF as space-separated words (spaced-table.ts).
 * A form feed is a page break: pages are numbered from it, no line is merged across it, and only a
 * sentence the page cut mid-way carries on over it.
 */
export function readTextLayout(text0: string, file: string, format: 'text' | 'markdown'): LayoutDocument {
  // Radicals first: the tables are found in the text here, by their headers' words ("⾦额" is 金额).
  const text = withoutSplitMarkers(withoutInlineHtml(restoreLostSpaces(unifyRadicals(format === 'markdown' ? unescapeMarkdown(text0) : text0))));
  // Splitting on a plain "\n" is much faster than the regex; most files have no CR at all.
  const raw0 = withItemNumbersOn((text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n')).map(asTableLine));
  // Pages copied upside down are put back in order; pages copied a character a line are left out, and said to be.
  const { lines: paged, unread } = readablePages(sourceLines(raw0, text.includes('\f')));
  const widths = lineWrapWidths(paged);
  const blankParted = partedByBlankLines(paged);
  // Cells parted by runs of spaces of one length are cells parted by tabs (delimited.ts).
  const source = delimitBySpaces(unswapByWidth(paged, widths));
  const lines = source.map((l) => l.text);
  const lineNo = (i: number) => (source[i] as SourceLine).line;
  const pageOf = (i: number) => (source[i] as SourceLine).page;
  // Made for every line and cell: no spread of a conditional object, which V8 copies the slow way.
  const at = (i: number): { line: number; page?: number } => {
    const s = source[i] as SourceLine;
    return s.page != null ? { line: s.line, page: s.page } : { line: s.line };
  };
  const blocks: Block[] = [];
  // A bare number standing last on its page, right before a form feed, is the page's folio.
  const folio = (i: number) => i + 1 < source.length && pageOf(i + 1) !== pageOf(i) && /^\s*[-—–]?\s*\d{1,4}\s*[-—–]?\s*$/.test(lines[i] as string);
  let tableNo = 0;
  // Tables laid out on a character grid (pdftotext -layout), by the line each starts on.
  // A Markdown pipe table padded to line up (pandoc's, GitHub's) is on a character grid too, but its pipes
  // part its cells: it is read as a pipe table below, not by the grid.
  const gridSource = source.some((l) => l.text.trimStart().startsWith('|')) ? source.map((l) => (isPipeRow(l.text) ? { ...l, text: '' } : l)) : source;
  const laidOut = new Map(findLayoutTables(gridSource, file).map((t) => [t.start, t]));
  const measure = gridMeasure(source);
  const nextLaidOut = (from: number) => Math.min(lines.length, ...[...laidOut.keys()].filter((k) => k > from));
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i] as string;
    const grid = laidOut.get(i);
    if (grid) {
      const block = withCut(textTableBlock(toTableBlock(grid.table, ++tableNo, file), source), source, i, grid.end, measure);
      blocks.push(isSpaced(grid.table) ? { ...block, shape: 'spaced' } : block);
      i = grid.end;
      continue;
    }
    if (raw.trim() === '') {
      i++;
      continue;
    }
    // A page number left by a page break says nothing; it is dropped.
    if (isPageNumber(raw) || folio(i)) {
      i++;
      continue;
    }
    if (isUnitLine(raw)) {
      // On a grid, a table whose layout the grid does not keep (two sides, two halves) read whole
      // where its sums verify it (layout-whole.ts).
      const whole = measure ? readWholeTable(source, i + 1, measure, file, tableNo + 1) : null;
      if (whole) {
        const clean = raw.trim();
        blocks.push({ kind: 'paragraph', text: clean, heading: null, location: loc(file, clean, at(i)) });
        blocks.push(withCut(whole.table, source, i + 1, whole.next, measure));
        tableNo++;
        i = whole.next;
        continue;
      }
      // The table's caption lines may stand under its unit line (单位：万元 / 收入支出决算总表 /
      // 编制单位：…): they are paragraphs, and the table starts below them.
      const captions: number[] = [];
      for (let k = i + 1; k < lines.length && captions.length < 3; k++) {
        const t = (lines[k] as string).trim();
        if (!t) continue;
        if (!isCaptionLine(t)) break;
        captions.push(k);
      }
      const below = captions.length ? readSpacedTable(source.slice(0, nextLaidOut(i)), captions[captions.length - 1] as number, file, tableNo + 1) : null;
      const spaced = below ?? readSpacedTable(source.slice(0, nextLaidOut(i)), i, file, tableNo + 1);
      if (spaced) {
        const clean = raw.trim();
        blocks.push({ kind: 'paragraph', text: clean, heading: null, location: loc(file, clean, at(i)) });
        if (below) {
          for (const k of captions) {
            const text = stripMarkup(lines[k] as string).trim();
            blocks.push({ kind: 'paragraph', text, heading: null, location: loc(file, text, at(k)) });
          }
        }
        // Laid out on a grid, items over repeated leaf columns with few figures: read by place (layout-pairs.ts).
        const byPlace = measure ? readUnderItems(source.slice(i + 1, spaced.next), measure, file, tableNo + 1) : null;
        const heads = measure && !byPlace ? stackedHeads(source.slice(i + 1, spaced.next).map((l) => l.text), measure) : null;
        blocks.push(withCut(byPlace ?? (heads ? { ...spaced.table, heads } : spaced.table), source, i + 1, spaced.next, measure));
        tableNo++;
        i = spaced.next;
        continue;
      }
    }
    if (isFlatCell(raw) && flattenedRun(lines, i)) {
      const { table, next } = readFlattened(lines, i, file, ++tableNo, at);
      blocks.push(table);
      i = next;
      continue;
    }
    if (isGridBorder(raw)) {
      const { table, next } = readGridTable(lines, i, file, ++tableNo);
      blocks.push(table);
      i = next;
      continue;
    }
    // An open-pipe table's first rows of one cell ("部门整体支出绩效自评表 | ||||", "单位:万元 | |||") are its
    // title and unit lines: paragraphs, as they are on the page.
    if (isOpenPipeRow(raw) && isOpenPipeRow(lines[i + 1] ?? '') && splitPipe(raw).filter((c) => c.trim()).length === 1 && openPipeFigures(lines, i)) {
      const clean = stripMarkup(splitPipe(raw).find((c) => c.trim()) as string).trim();
      blocks.push({ kind: 'paragraph', text: clean, heading: null, location: loc(file, clean, at(i)) });
      i++;
      continue;
    }
    if (isPipeRow(raw) || (isOpenPipeRow(raw) && isOpenPipeRow(lines[i + 1] ?? '') && openPipeFigures(lines, i))) {
      const { table, next } = readRows(lines, i, file, ++tableNo, isPipeRow(raw) ? isPipeRow : (l) => isOpenPipeRow(l) && !isOpenTitleRow(l), splitPipe, at);
      blocks.push(table);
      i = next;
      continue;
    }
    if (isTabRow(raw)) {
      // A lone line with a wide gap ("第四部分\t名词解释") is a heading or sentence, not a table.
      // (A part row between it and the next tab row, "收入", lost its tabs: that row is a neighbour.)
      const partRowNext = PART_ROW.test((lines[i + 1] ?? '').trim()) && isTabRow(lines[i + 2] ?? '');
      if (!isTabRow(lines[i + 1] ?? '') && !partRowNext && !isTabRow(lines[i - 1] ?? '') && isLoneTextRow(raw)) {
        const clean = stripMarkup(raw.replace(/\t+/g, ' ')).trim();
        blocks.push({ kind: 'paragraph', text: clean, heading: null, location: loc(file, clean, at(i)) });
        i++;
        continue;
      }
      const { table, next } = readRows(lines, i, file, ++tableNo, isTabRow, (l) => l.split('\t'), at, cellBreakRun);
      blocks.push(table);
      i = next;
      continue;
    }
    // One cell to a line, without tabs: a web page's table copied as text (cell-column.ts).
    const column = findCellColumn(lines, i);
    if (column) {
      tableNo++;
      const rows = column.rows.map((row, r) => row.map((k, c) => makeCell(lines[k] as string, file, at(k), tableNo, r + 1, c + 1)));
      const head = stripMarkup(lines[i] as string).trim();
      blocks.push({ kind: 'table', rows, shape: 'flattened', location: loc(file, head, at(i)) });
      i = column.next;
      continue;
    }
    // A row laid out in columns that no table reader took (a table read in part, a form, a chart's
    // labels): a paragraph of its own, marked as a row, never a sentence.
    if (!headingLevel(raw) && isFieldRow(raw.replace(/^\s*(?:[-*+]|\d{1,2}[.)])\s+/, ''))) {
      const clean = stripMarkup(raw).trim();
      blocks.push({ kind: 'paragraph', text: clean, heading: null, location: loc(file, clean, at(i)), row: true });
      i++;
      continue;
    }
    const level = headingLevel(raw);
    const first = i;
    let clean = stripMarkup(level ? raw.replace(/^#+\s+/, '') : raw).trim();
    // Hard-wrapped paragraphs are joined back, remembering where each source line begins.
    const breaks: { offset: number; line: number }[] = [];
    let width: number | null;
    // A text whose paragraphs are parted by blank lines, wrapped at its spaces (pandoc's text and
    // Markdown): a clause the wrap cut goes on on the next line, whatever width the line stopped at.
    while (blankParted && !level && i + 1 < lines.length && !laidOut.has(i + 1) && pageOf(i + 1) === pageOf(i) && goesOnInParagraph(lines[i] as string, lines[i + 1] as string)) {
      i++;
      breaks.push({ offset: clean.length, line: lineNo(i) });
      clean += stripMarkup(lines[i] as string).trim();
    }
    while ((width = widths[i] ?? null) && !level && i + 1 < lines.length && !laidOut.has(i + 1)) {
      // A page break inside the paragraph: its page number (and blank lines around it) are skipped.
      let k = i + 1;
      if (isPageNumber(lines[k] as string) || folio(k) || (lines[k] as string).trim() === '') {
        while (k < lines.length && ((lines[k] as string).trim() === '' || isPageNumber(lines[k] as string) || folio(k))) k++;
        // A single blank line a layout writer set inside a sentence (a line box of another height
        // leaves a gap, see unswapLines) does not end it: the line before runs to the wrap width
        // without closing its sentence (it ends on a Chinese word or a clause mark), and the next
        // carries on (continuesOnNext). Not in Markdown, where a blank line always ends a paragraph.
        const midSentence = format === 'text' && k === i + 2 && /[\u4e00-\u9fa5，、；：,;:]$/.test((lines[i] as string).trim());
        if (!midSentence && !lines.slice(i + 1, k).some((l, j) => isPageNumber(l) || folio(i + 1 + j))) break;
      }
      if (k >= lines.length) break;
      // Across a form feed only a sentence cut mid-way carries on: the line before it runs to the
      // wrap width without closing its sentence, and the next page does not open with a heading,
      // an item or a table (continuesOnNext). Lines are never merged across it.
      const newPage = pageOf(k) !== pageOf(i);
      // After a closed sentence the next page continues the paragraph only with a full body line (a
      // title or a short heading opening the page is not joined).
      const closed = /[。；;！？!?]$/.test((lines[i] as string).trim());
      const nextText = stripMarkup(lines[k] as string).trim();
      if (newPage && closed && displayWidth(nextText) < width - 8) break;
      // Nor, on the same page, with a table's title or unit line: text copied without its page breaks
      // sets a table's title ("收入决算表") right under the note closing the table before. (A short
      // line without punctuation may still go on with the sentence: "“多级多点多" / "渠道…".)
      if (closed && displayWidth(nextText) < width - 8 && (isTableTitle(nextText) || isUnitLine(nextText))) break;
      if (!continuesOnNext(lines[i] as string, lines[k] as string, width)) break;
      i = k;
      breaks.push({ offset: clean.length, line: lineNo(i), ...(newPage && pageOf(i) != null ? { page: pageOf(i) as number } : {}) });
      clean += stripMarkup(lines[i] as string).trim();
    }
    if (clean) blocks.push({ kind: 'paragraph', text: clean, heading: level, location: loc(file, clean, at(first)), ...(breaks.length ? { breaks } : {}) });
    i++;
  }
  if (!unread.length) return { file, format, blocks, notes: [] };
  return {
    file,
    format,
    blocks,
    notes: [`${file}：第${pageRanges(unread)}页的文字一字一行（多为横放或旋转的页面按页面方向复制所致），无法读成句子和表格，未检查这几页。`],
    unreadPages: unread,
  };
}


/** unswapLines over each run of lines wrapped at one width (the whole text, or each page). */
function unswapByWidth(lines: readonly SourceLine[], widths: readonly (number | null)[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let a = 0; a < lines.length; ) {
    let b = a + 1;
    while (b < lines.length && widths[b] === widths[a] && (lines[b] as SourceLine).page === (lines[a] as SourceLine).page) b++;
    // The whole text at one width is one run: unswapLines looks across page breaks there, as before.
    if (widths.every((w) => w === widths[0])) b = lines.length;
    out.push(...unswapLines(lines.slice(a, b), widths[a] ?? null));
    a = b;
  }
  return out;
}

type At = (i: number) => { line: number; page?: number };

/**
 * A line of a table's caption that may stand under its unit line: the title (…决算表, 公开01表), the
 * table's number alone (表一, 附表1) or the reporting unit (编制单位：…, 单位名称：…).
 */
function isCaptionLine(t: string): boolean {
  if (isTableTitle(t)) return true;
  if (/^(?:附?表\s*[一二三四五六七八九十\d]{1,3}|公开\s*\d{1,2}\s*表)$/.test(t)) return true;
  return /^(?:编制单位|填报单位|单位名称|部门名称)\s*[：:]\s*\S{2,40}$/.test(t);
}

/**
 * A table read from the text's character grid, its cells located as text is: the source line (the
 * grid numbered lines by their index) and page, no box on a page.
 */
/** The table with the figure its copy cut, where one was (cut-figures.ts). */
function withCut(t: TableBlock, source: readonly SourceLine[], from: number, to: number, measure: Measure | null): TableBlock {
  const cut = measure ? cutFigure(source, from, to, measure) : null;
  return cut ? { ...t, cut } : t;
}

function textTableBlock(t: TableBlock, source: readonly SourceLine[]): TableBlock {
  const at = (l: Location): Location => {
    const s = l.line != null ? source[l.line - 1] : undefined;
    const { box: _box, ...rest } = l;
    return { ...rest, line: s ? s.line : l.line, page: s ? s.page : l.page };
  };
  return { ...t, rows: t.rows.map((r) => r.map((c) => ({ ...c, location: at(c.location) }))), location: at(t.location) };
}

/**
 * The text's lines, each also split at form feeds: a form feed is a page break (pages numbered from
 * 1), and the text after it, though on the same source line, stands on the next page.
 */
function sourceLines(raw: readonly string[], paged: boolean): SourceLine[] {
  if (!paged) return raw.map((text, k) => ({ text, line: k + 1, page: null }));
  const out: SourceLine[] = [];
  let page = 1;
  raw.forEach((l, k) => {
    const parts = l.split('\f');
    parts.forEach((text, j) => {
      if (j > 0) page++;
      // A form feed at the very end or start of a line leaves nothing on one side.
      if (text !== '' || parts.length === 1) out.push({ text, line: k + 1, page });
    });
  });
  return out;
}

function isFlatCell(line: string): boolean {
  return line.startsWith('\t');
}

/**
 * A run of tab-led lines is a one-cell-per-line table when most of its lines hold a single cell
 * (nothing after the leading tab but the cell's text); tab-separated rows whose first cells are
 * empty (merged cells) also start with a tab but carry further tabs.
 */
function flattenedRun(lines: readonly string[], start: number): boolean {
  let single = 0;
  let multi = 0;
  for (let i = start; i < lines.length && single + multi < 40; i++) {
    const l = lines[i] as string;
    if (l.trim() === '' && !isFlatCell(l)) continue;
    if (!isFlatCell(l)) break;
    if (/\S.*\t|\t.*\S\t/.test(l.slice(1)) || /\t\t/.test(l)) multi++;
    else single++;
  }
  return single >= multi;
}

function isPipeRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

/**
 * A row of cells closed by pipes but not opened by one ("合 计 | 31.66 | 13.49 | -18.17 | -57.39% | |"): how
 * some web pages' tables come out when copied as text. Two such lines running make a table.
 */
function isOpenPipeRow(line: string): boolean {
  return /^\s*[^|\s][^|]*\|.*\|\s*$/.test(line) && !/^\s*\|/.test(line);
}

/**
 * Does the run of open-pipe rows from `start` hold figures (a row with two cells that are numbers)?
 * A web page's own fields in rows ("索引号 | 620722057/2025-00180 | 发文字号 | |") are no table.
 */
function openPipeFigures(lines: readonly string[], start: number): boolean {
  for (let i = start; i < lines.length && i < start + 80 && isOpenPipeRow(lines[i] as string); i++) {
    if (splitPipe(lines[i] as string).filter((c) => /^[-−]?[\d,]+(?:\.\d+)?%?$/.test(c.trim())).length >= 2) return true;
  }
  return false;
}

/** An open-pipe row of one cell naming a table ("部门预算项目支出绩效自评表(2023年度) | ||||"): the next table's title. */
function isOpenTitleRow(line: string): boolean {
  const cells = splitPipe(line).map((c) => c.trim()).filter(Boolean);
  return cells.length === 1 && /表\s*(?:[(（]\s*20\d{2}\s*年度?\s*[)）])?$/.test(cells[0] as string);
}

/** A tab-separated row: text with a tab between two non-empty cells (a trailing tab alone is not a table). */
function isTabRow(line: string): boolean {
  // Asked of every line that is not already in a table: most have no tab at all.
  if (!line.includes('\t')) return false;
  const cells = stripMarkup(line).split('\t');
  if (cells.length < 2 || !cells.some((c) => c.trim() !== '')) return false;
  // A heading with a stray trailing tab ("六、…情况说明\t") is not a table row.
  return /\S\t+\S/.test(line) || (/^\t/.test(line) && cells.filter((c) => c.trim() !== '').length >= 1 && /\t.*\t/.test(line));
}

/** Two or three cells of words, none a figure: a heading split by a gap rather than a table row. */
function isLoneTextRow(line: string): boolean {
  const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
  return cells.length >= 2 && cells.length <= 3 && cells.every((c) => !/[\d０-９][\d０-９,.，．]*\s*(?:万元|亿元|元|%|％|个|人|辆)?$/.test(c));
}

function splitPipe(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
}

function makeCell(text: string, file: string, where: { line: number; page?: number }, table: number, row: number, col: number): TableCell {
  const t = stripMarkup(text).trim();
  // The location as `loc` builds it, written out: made for every cell of every table, and spreading
  // `where` into a fresh object for `loc` to read back was a tenth of the text reader's time.
  const location: Location = { file, text: t, page: where.page ?? null, line: where.line, cell: { table, row, col } };
  return { text: t, colSpan: 1, rowSpan: 1, location };
}

function readRows(
  lines: string[],
  start: number,
  file: string,
  tableNo: number,
  accept: (l: string) => boolean,
  split: (l: string) => string[],
  at: At,
  continued?: (lines: readonly string[], i: number, accept: (l: string) => boolean) => number,
): { table: TableBlock; next: number } {
  const rows: TableCell[][] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (!accept(line)) {
      // A row of one cell after empty ones ("\t目标1：…"), its cell's next lines after it: a row.
      if (continued && rows.length && /^\t+[^\t]*[^\t\s][^\t]*$/.test(line) && loneCellRow(line) && (continued(lines, i + 1, accept) > i + 1 || accept(lines[i + 1] ?? ''))) {
        const r = rows.length + 1;
        rows.push(split(line).map((c, k) => makeCell(c, file, at(i), tableNo, r, k + 1)));
        i++;
        continue;
      }
      // A row of one cell dividing the table into its parts ("收入" / "支出" of a summary printed in one
      // column), its tabs lost, between two tab rows: a row.
      if (continued && rows.length && PART_ROW.test(stripMarkup(line).trim()) && accept(lines[i + 1] ?? '')) {
        const r = rows.length + 1;
        rows.push([makeCell(line.trim(), file, at(i), tableNo, r, 1)]);
        i++;
        continue;
      }
      // Lines a cell's own line breaks set apart (continued's): the rest of the row's last cell.
      const end = continued && rows.length ? continued(lines, i, accept) : i;
      if (end === i) break;
      const row = rows[rows.length - 1] as TableCell[];
      const last = row[row.length - 1] as TableCell;
      const cellLines = lines.slice(i, end).map((l) => stripMarkup(l).trim());
      // The row that closes the cell ("目标3：…\t截至…") holds its last line and the row's other cells
      // where the row was short of the row above by just those (a row after a last cell of several
      // lines starts a row of its own).
      const closing = split(lines[end] as string);
      const above = rows[rows.length - 2];
      const closes = closing[0]?.trim() !== '' && above !== undefined && row.length < above.length && row.length + closing.length - 1 === above.length;
      if (closes) cellLines.push(stripMarkup(closing[0] as string).trim());
      const text = [last.text, ...cellLines].join('\n');
      row[row.length - 1] = { ...last, text, location: { ...last.location, text } };
      if (closes) row.push(...closing.slice(1).map((c, k) => makeCell(c, file, at(end), tableNo, rows.length, row.length + k + 1)));
      i = closes ? end + 1 : end;
      continue;
    }
    // Markdown separator rows (|---|:--:|) carry no data.
    if (!/^\s*\|?\s*:?-{2,}/.test(line)) {
      const r = rows.length + 1;
      rows.push(split(line).map((c, k) => makeCell(c, file, at(i), tableNo, r, k + 1)));
    }
    i++;
  }
  const first = lines[start] as string;
  return { table: { kind: 'table', rows, shape: 'grid', location: loc(file, stripMarkup(first).trim(), at(start)) }, next: i };
}

/**
 * A row of one cell of sentences after empty ones ("\t目标1：…人次9人。"), not a paragraph indented by a
 * tab ("\t二、收入决算情况说明", "\t注：…") nor a title or unit line.
 */
function loneCellRow(line: string): boolean {
  const t = stripMarkup(line).trim();
  return isProse(t) && !STARTS_ITEM.test(t) && !NOTE_LINE.test(t) && !isTableTitle(t) && !isUnitLine(t);
}

/** A row naming a part of a table printed one part below the other (a summary's 收入 and 支出). */
const PART_ROW = /^(?:[一二]、)?(?:收入|支出)(?:部分|项目)?$/;

/** A table's note (注：…, 说明：…, 备注1…), never a cell's line. */
const NOTE_LINE = /^(?:注|说明|备注)[:：\d\s]/;

/** A cell's line of sentences (a target, a description): long, or closed by a stop. */
function isProse(t: string): boolean {
  const s = t.trim();
  return s.length >= 12 || /[。；;！？]$/.test(s);
}

/** Most lines one cell's own line breaks may set apart from its row. */
const MAX_CELL_BREAKS = 6;

/**
 * Where a run of lines without tabs ends that is the rest of the tab row before it: a browser copies
 * a table as one line per row and cells apart by tabs, but a line break inside a cell ("目标1：…" /
 * "目标2：…" in a self-evaluation sheet's 年度总体目标) as a line break, so the cell's next lines
 * stand without tabs between the row and the next. They are taken only where the row ends on a cell
 * of words (a row whose last cell is empty, a figure or a dash is complete: "总分\t100\t\t…\t"), the run
 * is short and goes straight on into the next tab row, and none of its lines is a title, a unit line,
 * a heading or a note (the title of the next sheet between two tables). Returns `i` when it is no such run.
 */
function cellBreakRun(lines: readonly string[], i: number, accept: (l: string) => boolean): number {
  const before = stripMarkup(lines[i - 1] ?? '');
  const lastCell = before.split('\t').pop() ?? '';
  if (!/[\u4e00-\u9fa5]/.test(lastCell) || /\s$/.test(before) || !isProse(lastCell)) return i;
  let k = i;
  while (k < lines.length && k - i < MAX_CELL_BREAKS && !accept(lines[k] as string)) {
    const t = stripMarkup(lines[k] as string).trim();
    if (t === '' || headingLevel(lines[k] as string) || isTableTitle(t) || isUnitLine(t) || /^[(（]?\d{4}年度?[)）]?$/.test(t) || NOTE_LINE.test(t)) return i;
    // Short labels stacked between header rows ("小计\t公务用车运行费" / "公务接待费" / "公务用车购置费",
    // a header copied out of a PDF) are cells of their own, not a cell's sentences.
    if (!isProse(t)) return i;
    k++;
  }
  return k > i && k < lines.length && accept(lines[k] as string) ? k : i;
}

function readFlattened(lines: string[], start: number, file: string, tableNo: number, at: At): { table: TableBlock; next: number } {
  const rows: TableCell[][] = [];
  let row: TableCell[] = [];
  let blanks = 0;
  let i = start;
  const flush = () => {
    if (row.length) rows.push(row);
    row = [];
  };
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '' && !isFlatCell(line)) {
      blanks++;
      flush();
      if (blanks >= 2) break;
      i++;
      continue;
    }
    if (isFlatCell(line)) {
      blanks = 0;
      row.push(makeCell(line.slice(1), file, at(i), tableNo, rows.length + 1, row.length + 1));
      i++;
      continue;
    }
    // A line without the leading tab directly after a cell continues that cell (a line break in it).
    const prev = row[row.length - 1];
    if (prev && blanks === 0) {
      const t = `${prev.text}\n${stripMarkup(line).trim()}`;
      row[row.length - 1] = { ...prev, text: t, location: { ...prev.location, text: t } };
      i++;
      continue;
    }
    break;
  }
  flush();
  const first = stripMarkup((lines[start] as string).slice(1)).trim();
  return { table: { kind: 'table', rows, shape: 'flattened', location: loc(file, first, at(start)) }, next: i };
}

/**
 * A line as the table readers need it. A text table's rule drawn in dashes ("-------- ------", pandoc's
 * and many exports' simple tables, a line of ═ or ─) is white space between its rows: left as it stood,
 * it ended the table the rows were read in. (A grid table's borders keep their '+' at the column edges
 * and are read by grid-table.ts.) A laid-out line's bold cells are their words (`unbolded`).
 */
function asTableLine(line: string): string {
  if (line.includes('**') && GAPPED.test(line)) line = unbolded(line);
  const c = line.trimStart().charCodeAt(0);
  // '-', '=', '─', '━', '═'
  if (c !== 45 && c !== 61 && c !== 0x2500 && c !== 0x2501 && c !== 0x2550) return line;
  return RULE_LINE.test(line) ? '' : line;
}
const GAPPED = /\S\s{2,}\S/;

/**
 * A laid-out line's bold cells ("**科目代码**   **科目名称**", pandoc's head and total rows) as their words,
 * each set where its markup began and the markup's room left after it: the words then start where the
 * plain rows' words start, and the grid finds one set of columns for both.
 */
function unbolded(line: string): string {
  return line.replace(/(?<!\*)\*\*(?=[^*\s])([^*]*?[^*\s])\*\*(?!\*)/g, (_m, words: string) => `${words}    `);
}

const RULE_LINE = /^\s*[-=─━═]{3,}(?:\s+[-=─━═]{3,})*\s*$/;

/**
 * Inline HTML a Markdown converter leaves in its text (pandoc's `<img src=… title="图1 …" style="width:5.9in;
 * height:2.95833in" />` for a picture, `<span>`, `<br />`, `<sup>`), often over two lines: markup, not text
 * (an image's size read as a figure beside its caption's words). Each tag gives way to the line breaks it
 * held, so that every line keeps its number. A table's tags are left: its cells are its text.
 */
function withoutInlineHtml(text: string): string {
  if (!/<\/?[a-zA-Z]/.test(text)) return text;
  return text.replace(INLINE_HTML, (tag) => tag.replace(/[^\n]/g, ''));
}
const INLINE_HTML = /<\/?(?:img|a|span|font|br|hr|sup|sub|b|strong|i|em|u|small|big|figure|figcaption|picture|source|video|audio|iframe)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * A Word converter's marker ("[bookmark: _Toc15377206]") that a text writer wrapped over two lines
 * ("…[bookmark:" / "_Toc15396604]二、收入决算情况说明", pandoc at 72 columns): the marker goes, its line
 * break stays, and the heading after it is a heading again. (Markers on one line go in stripMarkup.)
 */
function withoutSplitMarkers(text: string): string {
  if (!text.includes('[bookmark:') && !text.includes('[image:')) return text;
  return text.replace(SPLIT_MARKER, '\n');
}
const SPLIT_MARKER = /\[(?:bookmark|image):[^\]\n]*\r?\n[^\]\n]*\]/g;

/**
 * A list's number on a line of its own, its item's words on the next ("1." / "项目决策（自评得18分）。…",
 * as pandoc writes an item too long to share the number's line): the number goes onto its item's line,
 * which is numbered as written. Not a cell of a table (a tab or a figure after it).
 */
function withItemNumbersOn(lines: string[]): string[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as string;
    if (l.length > 12 || !LONE_ITEM_NUMBER.test(l)) continue;
    const next = lines[i + 1] as string;
    if (!/^[\u4e00-\u9fa5“《]/.test(next) || next.includes('\t')) continue;
    // (A page break before the number stays before it.)
    lines[i] = `${l.startsWith('\f') ? '\f' : ''}${l.trim()}${next}`;
    lines[i + 1] = '';
  }
  return lines;
}
const LONE_ITEM_NUMBER = /^\f? *(?:\d{1,2}[.．、]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、) *$/;

/**
 * Markdown's escapes: a backslash before ASCII punctuation is that character ("1\." is "1.", "\[bookmark:
 * \_Toc…\]" a converter's marker, "\*" an asterisk), as converters write them wherever the character could
 * be read as markup.
 */
function unescapeMarkdown(text: string): string {
  return text.includes('\\') ? text.replace(MD_ESCAPE, '$1') : text;
}
const MD_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Whether the text parts its paragraphs by blank lines: most of its lines stand alone between blank
 * lines (a text writer's or Markdown's paragraphs, each written as one line unless wrapped). A text of a
 * line a paragraph, or a page's lines as printed, has most of its lines next to another.
 */
function partedByBlankLines(lines: readonly SourceLine[]): boolean {
  let text = 0;
  let joined = 0;
  for (let k = 0; k < lines.length; k++) {
    if ((lines[k] as SourceLine).text.trim() === '') continue;
    text++;
    if (k + 1 < lines.length && (lines[k + 1] as SourceLine).text.trim() !== '') joined++;
  }
  return text >= 40 && joined * 10 < text * 3;
}

/**
 * In a text parted by blank lines, whether `next` carries on the clause `line` leaves open: both prose
 * (no tab, no columns, no heading, item number or table title opening the next), the line closing no
 * sentence, and a clause mark in one of the two — so that a column of cells copied one a line ("社会保障
 * 和就业支出" / "卫生健康支出") stays lines.
 */
function goesOnInParagraph(line: string, next: string): boolean {
  const t = stripMarkup(line).trim();
  const n = stripMarkup(next).trim();
  if (!t || !n || line.includes('\t') || next.includes('\t') || isFieldRow(line) || isFieldRow(next)) return false;
  if (/[。！？!?]$/.test(t) || STARTS_ITEM.test(n) || headingLevel(next) || /^[|+>]/.test(n) || isTableTitle(n) || isUnitLine(n)) return false;
  // Cut by a wrap: the next line's first word would not have fitted after it (a writer wraps near 72
  // columns), and the line is no title ("…2021年度单位决算" over a page's "日期:").
  const first = n.split(/\s/)[0] as string;
  if (displayWidth(t) < 30 || displayWidth(t) + 1 + displayWidth(first) <= WRAP_COLUMNS || TITLE_END.test(t)) return false;
  return /[\u4e00-\u9fa5]/.test(n) && /[，、；：,;:]/.test(t + n);
}
/** The column text writers wrap at (pandoc 72, others 76–80): a line cut shorter left the next word no room. */
const WRAP_COLUMNS = 72;
const TITLE_END = /(?:说明|情况|公开|决算|报告|目录|概况|表)$/;

