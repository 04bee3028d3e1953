import type { Catalog } from '../../catalog/catalog.js';
import type { Figure } from '../../model/decimal.js';
import type { TableRow } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';
import type { TableId } from '../../model/tables.js';
import { type Grid, type GridPos, type HeaderInfo, leaf } from './grid.js';

export interface ParseInput {
  id: TableId;
  grid: Grid;
  header: HeaderInfo;
  catalog: Catalog;
}

export interface ParseOutput {
  rows: TableRow[];
  /** Text rows inside the table that are notes ("注：…", "本单位无此项支出"). */
  notes: string[];
  /** Why the table (or part of it) could not be read, in Chinese. */
  problems: string[];
}

/** A canonical column and the header words that identify it. */
export interface ColumnMatcher {
  key: string;
  /** Tested against the column's leaf header (and, when `path` is set, the whole path). */
  re: RegExp;
  /** Only columns whose joined path matches this (e.g. 预算数 / 决算数 groups). */
  path?: RegExp;
  /** Leaf header words that must not match (e.g. 购置费 must not be 购置及运行维护费). */
  not?: RegExp;
}

/** Punctuation that never belongs inside a header word. */
const STRAY_MARKS = /[，,、。.·'"“”‘’]/g;

/**
 * The word a matcher looks for, when it is plain CJK of four or more characters (too short words
 * match by chance). Read from the pattern's source with its \uXXXX escapes decoded: the one-file
 * CLI (scripts/bundle-cli.ts) writes /财政拨款收入/ as /\u8d22\u653f…/, whose source is the escapes,
 * and without decoding it found no word there and read misread headers only from dist/.
 */
function literalOf(re: RegExp): string | null {
  const word = re.source.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return /^[\u4e00-\u9fff]{4,}$/.test(word) ? word : null;
}

/** Whether `text` holds `word` with at most one character different. */
export function containsNearly(text: string, word: string): boolean {
  if (text.includes(word)) return true;
  const t = [...text];
  const w = [...word];
  for (let i = 0; i + w.length <= t.length; i++) {
    let diff = 0;
    for (let j = 0; j < w.length && diff <= 1; j++) if (t[i + j] !== w[j]) diff++;
    if (diff <= 1) return true;
  }
  return false;
}

/** Maps canonical keys to column indexes by header words; a column serves one key. */
export function mapColumns(paths: readonly string[][], matchers: readonly ColumnMatcher[], skip: ReadonlySet<number> = new Set()): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Set<number>(skip);
  for (const m of matchers) {
    for (let c = 0; c < paths.length; c++) {
      if (used.has(c)) continue;
      const path = paths[c] as string[];
      const lf = leaf(path);
      if (!lf || !m.re.test(lf)) continue;
      if (m.not?.test(lf)) continue;
      if (m.path && !m.path.test(path.join('/'))) continue;
      out.set(m.key, c);
      used.add(c);
      break;
    }
  }
  // A header word misread or mistyped in one character (OCR's 财政拨坎收入, a typed 财政拔款收入) or
  // broken by a stray mark (上级补，助收入) still names its column, where no other column claimed it.
  for (const m of matchers) {
    const word = literalOf(m.re);
    if (out.has(m.key) || word == null) continue;
    for (let c = 0; c < paths.length; c++) {
      if (used.has(c)) continue;
      const path = paths[c] as string[];
      const lf = leaf(path).replace(STRAY_MARKS, '');
      if (!lf || m.not?.test(lf) || (m.path && !m.path.test(path.join('/')))) continue;
      if (!containsNearly(lf, word)) continue;
      out.set(m.key, c);
      used.add(c);
      break;
    }
  }
  // A header wrapped over rows in a narrow column ("年初结转" over "和结余", "本年收" over "入合计")
  // reads as a group over its leaf: where no column's leaf named the key, the leaf joined to the words
  // above it names it (the shortest join first, so a group over its own leaf is not taken for one word).
  for (const m of matchers) {
    if (out.has(m.key)) continue;
    found: for (let c = 0; c < paths.length; c++) {
      if (used.has(c)) continue;
      const path = paths[c] as string[];
      for (let k = path.length - 2; k >= 0; k--) {
        const word = path.slice(k).join('');
        if (!m.re.test(word) || m.not?.test(word)) continue;
        if (m.path && !m.path.test([...path.slice(0, k), word].join('/'))) continue;
        out.set(m.key, c);
        used.add(c);
        break found;
      }
    }
  }
  return out;
}

export const LABEL_HEADER = /^(项目|科目代码|科目编码|科目名称|功能分类科目(编码|名称)?|支出功能分类科目(编码|名称)?|经济分类科目(编码|名称)?|类|款|项|代码|编码|名称|行次|栏次|序号|项目名称)$/;

export function cellsOf(row: readonly GridPos[], cols: Map<string, number>, figure: (p: GridPos | undefined) => Figure | null): Record<string, Figure | null> {
  const out: Record<string, Figure | null> = {};
  for (const [key, c] of cols) out[key] = figure(row[c]);
  return out;
}

/** The columns of `cols` whose cell in the row was not read (a formula saved without its result). */
export function unreadOf(row: readonly GridPos[], cols: Map<string, number>): Unread {
  const out: Unread = [];
  for (const [key, c] of cols) {
    const cell = row[c]?.cell;
    if (cell?.unread) out.push([key, cell.location]);
  }
  return out;
}

/** Columns of a row whose cells were not read, each with where the cell is. */
export type Unread = [string, Location][];

/** The row, marked with the columns whose cells were not read (when there are any). */
export function withUnread(row: TableRow, cells: Unread): TableRow {
  if (cells.length) row.unread = { ...(row.unread ?? {}), ...Object.fromEntries(cells) };
  return row;
}

/** The cell at a position, as not read when it was not: `[['amount', its location]]`, else none. */
export function unreadAt(pos: GridPos | undefined, key = 'amount'): Unread {
  return pos?.cell.unread ? [[key, pos.cell.location]] : [];
}

export function hasAnyFigure(cells: Record<string, Figure | null>): boolean {
  return Object.values(cells).some((f) => f != null);
}

/** A row of notes inside the table: "注：…", or one long text with no figures. */
export function noteText(row: readonly GridPos[]): string | null {
  const texts = [...new Set(row.map((p) => p.text.trim()).filter(Boolean))];
  if (texts.length !== 1) return null;
  const t = texts[0] as string;
  if (/^(注|说明|备注)\s*[：:\d]/.test(t) || (t.length >= 12 && /[。，]/.test(t)) || /无数据|空表|无此项|没有/.test(t)) return t;
  return null;
}
