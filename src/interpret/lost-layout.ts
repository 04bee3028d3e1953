import type { Block, ParagraphBlock } from '../model/layout.js';

/**
 * Some conversions lose a table's layout altogether: LibreOffice's plain-text export, for one,
 * writes every cell as a paragraph of its own with no mark of rows or columns. What is left after a
 * table's title is a run of short paragraphs, mostly figures and row labels. Such a table is
 * printed, not missing; its figures cannot be placed in rows, so readers report it as unread.
 */

/** The source lines a paragraph was joined from (itself when it was one line). */
export function sourcePieces(b: ParagraphBlock): string[] {
  if (!b.breaks?.length) return [b.text];
  const cuts = [0, ...b.breaks.map((br) => br.offset), b.text.length];
  return cuts.slice(1).map((end, k) => b.text.slice(cuts[k], end));
}

/**
 * Words of a table's header and frame, one to a cell: a table printed empty ("本表无数据") or nearly so
 * has few figures, but its header cells still show it is a table and not prose.
 */
const HEADER_CELL =
  /^(?:项目|类|款|项|合计|小计|总计|科目编码|科目名称|支出功能分类|预算数|决算数|年初结转和?|结余|年末结转和?|本年收入|本年支出|基本支出|项目支出|(?:金额)?单位[：:].{1,4}|[（(]?\d{4}年度?[)）]?)$/;

/** Short words parted by spaces, four or more, and no mark of a sentence: a table's header row on one line. */
const HEADER_ROW = /^(?:[\u4e00-\u9fa5（）()]{1,8}\s+){3,}[\u4e00-\u9fa5（）()]{1,8}$/;

/**
 * Whether what follows the first source line of block `i` (its title) is the cells of a table that
 * lost its layout, and the index of the block after them. `stop` ends the run early (the next
 * table's title). The title's own paragraph may hold cells too, when short lines were stitched.
 */
export function cellRunAfter(blocks: readonly Block[], i: number, stop: (text: string) => boolean): { run: boolean; next: number } {
  let short = 0;
  let figures = 0;
  let header = 0;
  let codes = 0;
  let j = i;
  run: for (; j < blocks.length && j <= i + 150; j++) {
    const n = blocks[j] as Block;
    if (n.kind !== 'paragraph') break;
    const pieces = sourcePieces(n);
    for (let k = j === i ? 1 : 0; k < pieces.length; k++) {
      const piece = pieces[k] as string;
      if (piece.length <= 40 && stop(piece)) break run;
      // A header row run into one line ("本年收入合 财政拨款收 上级补助 事业收 经营收"): words, no sentence.
      if (piece.length > 30 && !HEADER_ROW.test(piece.trim())) break run;
      short++;
      if (/^-?[\d,]+(?:\.\d+)?%?$/.test(piece.trim())) figures++;
      if (HEADER_CELL.test(piece.trim())) header++;
      // A row's label with its subject code ("2080505 机关事业单位基本养老保", "208 社会保障和就业支出").
      if (/^\d{3,7}\s*[\u4e00-\u9fa5]/.test(piece.trim())) codes++;
    }
  }
  return { run: short >= 12 && (figures >= 4 || header >= 6 || codes >= 3), next: Math.max(j, i + 1) };
}

/** A line of a form's frame alone: the table's code, or the unit (after the reporting unit, if any). */
const FRAME_LINE = /^(?:财决)?公开\s*0?[1-9]\s*表$|^(?:(?:编制|填报|报送)单位[：:]\S{2,40}\s+)?(?:金额)?单位[：:]\s*(?:万元|元|亿元)$/;

/** An amount as tables print it: digits with decimals, thousands separators allowed. */
const AMOUNT = /(?:^|\s)-?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?(?=\s|$)|(?:^|\s)-?\d+\.\d{1,2}(?=\s|$)/;

/**
 * Whether rows of a table, each on a line of its own but not read as a table (columns parted by
 * gaps the reader did not line up, as a fixed-pitch text export prints them), follow the title in
 * block `i`. Counts lines that hold an amount and no sentence, up to `stop` (the next table's
 * title) or the first sentence. A printed table whose rows were not read is unread, not missing.
 */
export function rowRunAfter(blocks: readonly Block[], i: number, stop: (text: string) => boolean): { run: boolean; next: number; rows: number; joined: boolean } {
  let rows = 0;
  let joined = false;
  let header = 0;
  // The form's frame right under the title: its code line (公开09表) or its unit line (编制单位 … 单位：万元).
  let framed = false;
  let j = i + 1;
  run: for (; j < blocks.length && j <= i + 200; j++) {
    const n = blocks[j] as Block;
    if (n.kind !== 'paragraph') break;
    // Line by line: the last header row may have been joined to the note under the table; a line
    // break inside a paragraph (a Word file's soft break) parts lines too.
    for (const piece of sourcePieces(n).flatMap((p) => p.split('\n'))) {
      const t = piece.trim();
      if (t.length <= 40 && stop(t)) break run;
      if (rows + header === 0 && FRAME_LINE.test(t)) framed = true;
      // Rows run together into one line, single spaces between cells (a renderer that collapses white
      // space, a Markdown converter joining the lines of a paragraph): the table printed, its rows lost.
      const together = runTogetherRows(t);
      if (together) {
        rows += together;
        joined = true;
        continue;
      }
      // A sentence ends the rows: a table's cells carry no full stop, and prose runs on without gaps
      // (a tab is a gap: a PDF's line of cells parted by white space, "项目\t本年收入合\t财政拨款收…").
      if (/[。；]/.test(t) || (t.length > 40 && !/\s{2,}|\t/.test(t) && !longHeaderRow(t))) break run;
      if (AMOUNT.test(t)) rows++;
      // A header row, its words parted by spaces ("项目   本年支出", "预算数 决算数 预算数 决算数").
      else if ((t.split(/\s+/).every((w) => w.length <= 8) && t.split(/\s+/).some(isHeadWord)) || longHeaderRow(t)) header++;
    }
  }
  // Figures in four rows, or a header of two rows over a blank or near blank body ("本表无数据"), or
  // under the form's frame a header over figures: the 三公 table prints one row of figures, under its
  // column numbers (a heading of the explanation has no code or unit line under it).
  return { run: rows >= 4 || (header >= 2 && rows + header >= 3) || (framed && header >= 1 && rows >= 1), next: j, rows, joined };
}

/**
 * A header row longer than a line of prose, its cells one space apart (a renderer that collapses white
 * space): short words only, no sentence's mark, two or more of them a table's column heads.
 */
function longHeaderRow(t: string): boolean {
  if (/[。；，：:]/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 4 && words.every((w) => w.length <= 14) && words.filter(isHeadWord).length >= 2;
}

/** A word of a table's header: a cell of the frame, or a column's head ("预算数", "本年支出", "科目名称"). */
const isHeadWord = (w: string): boolean => HEADER_CELL.test(w) || /预算数|决算数|科目|本年/.test(w);

/** An amount cell: two decimals, thousands separated or not. */
const CELL_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;

/**
 * The rows in a line of cells run together, one space apart ("项目 行次 金额 … 一、一般公共预算财政拨款收入 1
 * 238.67 一、一般公共服务支出 32 0.00 …"): the count of its amounts when at least eight of its words are
 * amounts, a quarter of them all, or two words in three are figures and three amounts, or the line holds
 * three header cells and an amount, and no word carries a sentence's mark; 0 for any other line. Prose has
 * its figures inside words ("238.67万元，"), never as words of their own between single spaces.
 */
export function runTogetherRows(line: string): number {
  // (The form's frame may run into the rows: "金额单位：万元".)
  const body = line.replace(/(?:(?:编制|填报)单位[：:]\s*\S+\s*)?(?:金额)?单位[：:]\s*(?:万元|元|亿元)/g, ' ');
  // (A line whose cells are parted by tabs or wide gaps is a row of its own, read as such.)
  if (line.length <= 40 || /\t|\s{2,}/.test(line.trim()) || /[。；，：:！？]/.test(body)) return 0;
  const words = body.split(/\s+/).filter(Boolean);
  const amounts = words.filter((w) => CELL_AMOUNT.test(w)).length;
  // A summary's rows are name, 行次 and amount: a quarter of the words at least are amounts.
  if (amounts >= 8 && amounts * 4 >= words.length) return amounts;
  // A row of figures under its column numbers ("栏次 1 2 3 4 5 6 合计 0.00 0.00 …"): two words in three figures.
  const figures = words.filter((w) => /^-?[\d,]+(?:\.\d+)?$/.test(w)).length;
  if (amounts >= 3 && figures * 3 >= words.length * 2) return amounts;
  // A table printed with few figures (all zeros under 合计) still shows its header cells as words.
  const header = words.filter((w) => HEADER_CELL.test(w) && !/\d/.test(w)).length;
  return header >= 3 && amounts >= 1 ? amounts : 0;
}

/** A table's code inside a line of text ("财决公开01表", "公开01表", "公开表01"): where a table's print starts. */
const CODE_IN_LINE = /(?:财决)?公开\s*0?([1-9])\s*表|公开表\s*0?([1-9])(?!\d)/g;
/**
 * One row of a table run into a line with the others, as OCR of a picture gives it: the row's name, its
 * 行次 and its first amount, parted by spaces ("一一般公共预算财政拨款收入 1 4,627.57", "五教育支出 36 4,146.04").
 */
const FLAT_ROW = /[\u4e00-\u9fa5（）()、]{2,30}\s+\d{1,3}\s+-?\d{1,3}(?:,\d{3})*\.\d{2}(?=\s|$)/g;

/**
 * The tables printed in one line of text (an OCR of a picture of the tables, every row run into the one
 * line): each table code in the line followed by four or more rows of name, 行次 and amount, up to the
 * next code. A table so printed is printed, not missing; its rows cannot be told into columns.
 */
export function tablesInLine(line: string): { id: string; rows: number }[] {
  const codes = [...line.matchAll(CODE_IN_LINE)];
  return codes.flatMap((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const upTo = codes[k + 1]?.index ?? line.length;
    const rows = line.slice(from, upTo).match(FLAT_ROW)?.length ?? 0;
    return rows >= 4 ? [{ id: `0${m[1] ?? m[2]}`, rows }] : [];
  });
}
