import type { Block, LayoutDocument } from '../../model/layout.js';
import type { Location } from '../../model/location.js';
import { findFurniture } from './furniture.js';
import type { PositionedItem, PositionedPage } from './items.js';
import { type Line, buildLines } from './lines.js';

/**
 * A PDF printed from a plain-text file: a browser, an editor or an office suite opening a .txt or .md
 * and printing it. Its tables are the text's tab-separated rows, set at tab stops: a cell wider than
 * a stop pushes the rest of its row one stop on, so the columns of a row and of its header do not line
 * up on the page, and no reader of columns by position reads them (a figure falls under the column
 * before or after its own). Such a print is known by its geometry — Latin characters of one width (a
 * monospaced font) and the starts of the runs after a gap on a grid of tab stops — and is read as the
 * text it was printed from: each printed line a line, the gaps turned back into the tabs (or spaces)
 * that made them, blank lines where the print leaves a line empty, a table row the page wrapped
 * joined again; then read by the text reader, and every place mapped back to its page and line.
 * Hand-written: no library recovers a text's tabs from where a printer set its words.
 */

/** The text a print was made from, with the printed line behind each of its lines. */
export interface TextPrint {
  text: string;
  /** Text line (1-based, as the text reader numbers them) → the printed line and its page. */
  lines: Map<number, PrintedLine>;
  furniture: { page: number; kind: 'header' | 'footer'; line: Line }[];
  markdown: boolean;
}

/** A line of the print and the page it is on. */
export interface PrintedLine {
  line: Line;
  page: number;
}

/** At least this many runs after a clear gap must stand on tab stops before a PDF is taken for a text print. */
const MIN_TAB_RUNS = 24;
/** …and this share of all runs after a clear gap. */
const MIN_ON_STOPS = 0.95;
/**
 * How far from a stop a run may start and still stand on it, in character widths: loosely while the
 * grid is looked for (its pitch not yet exact), closely once it is known, for a word a space after
 * the one before may stand near a stop by chance ("邮电成本 (15分)": 0.3 pt off).
 */
const FIND_TOLERANCE = 0.15;
const STOP_TOLERANCE = 0.035;

/** The Latin character width of a monospaced print, or null when the Latin text is not of one width. */
export function monospaceWidth(items: readonly PositionedItem[]): number | null {
  const perChar: number[] = [];
  for (const it of items) {
    // Runs of two or more characters that mix digits with a point or letters: in a proportional font
    // "2024", "0.00" and "238.67" have different widths per character, in a monospaced one the same.
    if (it.str.length < 2 || !/^[\x21-\x7e]+$/.test(it.str) || it.width <= 0) continue;
    perChar.push(it.width / it.str.length);
  }
  if (perChar.length < 40) return null;
  const sorted = [...perChar].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const alike = perChar.filter((w) => Math.abs(w - median) <= median * 0.03).length;
  // A proportional font's digits may be of one width; its point is not: "0.00" is narrower per character.
  const mixed = items.some((it) => /^\d+\.\d+$/.test(it.str) && it.str.length >= 4);
  return mixed && alike >= perChar.length * 0.97 ? median : null;
}

/** A run of the line's text and where it stands. */
interface Run {
  x1: number;
  x2: number;
  text: string;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * An item's text parted at its blanks: a reader may give a tab's gap as a space inside one item
 * ("收入 其他收入"). Each character's width is known in a monospaced print (a Chinese one `wide`, any
 * other `ch`), so what is left of the item's width is its blanks'.
 */
function partsOf(it: PositionedItem, ch: number, wide: number, onStop?: (x: number) => boolean): Run[] {
  const str = it.str;
  if (!/\S\s+\S/.test(str)) return onStop ? hiddenTab(it, ch, wide, onStop) : [{ x1: it.x, x2: it.x + it.width, text: str.trim() }];
  const pieces = str.split(/(\s+)/);
  const glyphs = [...str.replace(/\s+/g, '')].reduce((w, c) => w + (WIDE.test(c) ? wide : ch), 0);
  const blanks = pieces.filter((p, k) => k % 2 === 1).reduce((n, p) => n + p.length, 0);
  const blank = (it.width - glyphs) / blanks;
  if (!(blank > 0)) return [{ x1: it.x, x2: it.x + it.width, text: str.trim() }];
  const out: Run[] = [];
  let x = it.x;
  pieces.forEach((p, k) => {
    if (k % 2 === 1) {
      x += blank * p.length;
      return;
    }
    const w = [...p].reduce((sum, c) => sum + (WIDE.test(c) ? wide : ch), 0);
    if (p) out.push({ x1: x, x2: x + w, text: p });
    x += w;
  });
  return out;
}

/**
 * An item wider than its characters hides a tab's gap with no blank for it (a cell ending just short
 * of a stop: "年初结转和结余本年收入", 0.9 pt more than its eleven characters): it is parted where the
 * rest would start on a stop, when exactly one place does.
 */
function hiddenTab(it: PositionedItem, ch: number, wide: number, onStop: (x: number) => boolean): Run[] {
  const chars = [...it.str.trim()];
  const whole: Run[] = [{ x1: it.x, x2: it.x + it.width, text: it.str.trim() }];
  const widths = chars.map((c) => (WIDE.test(c) ? wide : ch));
  const extra = it.width - widths.reduce((a, b) => a + b, 0);
  // Not in a sentence, whose marks a font may set narrower or wider than a character's room.
  if (chars.length < 2 || extra < 0.3 || extra > ch * 8 || /[，。；：“”‘’]/.test(it.str)) return whole;
  const at: number[] = [];
  let x = it.x;
  for (let k = 1; k < chars.length; k++) {
    x += widths[k - 1] as number;
    if (onStop(x + extra)) at.push(k);
  }
  if (at.length !== 1) return whole;
  const k = at[0] as number;
  // Where Chinese meets Latin letters an office suite may set a little room: an item with one such
  // meeting is parted there only (a code and its name set in one font, "2080505机关…", the code
  // filling a stop but for half a point); one with more is left whole.
  const meets = [...chars.keys()].filter((j) => j > 0 && WIDE.test(chars[j - 1] as string) !== WIDE.test(chars[j] as string));
  if (meets.length > 1 || (meets.length === 1 && meets[0] !== k)) return whole;
  const left = widths.slice(0, k).reduce((a, b) => a + b, 0);
  return [
    { x1: it.x, x2: it.x + left, text: chars.slice(0, k).join('') },
    { x1: it.x + left + extra, x2: it.x + it.width, text: chars.slice(k).join('') },
  ];
}

/**
 * The runs of a line: its items' texts parted where the gap to the next is wider than `minGap`, or
 * where the next starts on a tab stop (a tab may leave less than a space's gap before it).
 */
function runsOf(line: Line, minGap: number, ch: number, wide: number, onStop?: (x: number) => boolean): Run[] {
  const out: Run[] = [];
  for (const part of line.items.flatMap((it) => partsOf(it, ch, wide, onStop))) {
    const last = out[out.length - 1];
    const gap = last ? part.x1 - last.x2 : 0;
    if (last && gap <= minGap && !(gap > 0.1 && onStop?.(part.x1))) {
      last.text += part.text;
      last.x2 = Math.max(last.x2, part.x2);
    } else out.push({ ...part });
  }
  return out;
}

/** The width of a Chinese character in the print: the most common of its runs of Chinese alone. */
function wideWidth(items: readonly PositionedItem[]): number {
  const per = items.filter((it) => /^[\u3400-\u9fff]+$/.test(it.str)).map((it) => Math.round((it.width / it.str.length) * 100) / 100);
  const counts = new Map<number, number>();
  for (const w of per) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Tab stops: at `origin` and every `pitch` points on. */
export interface Grid {
  origin: number;
  pitch: number;
  /**
   * The width of a space after a Chinese character, where an office suite sets it in the Chinese
   * font (Writer: 5 pt against the Latin font's 6).
   */
  space?: number;
}

/** The left margin: the leftmost place many lines start at (a text of one cell a line, each after a tab, starts most lines a stop in). */
function leftMargin(lines: readonly Line[]): number | undefined {
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.x * 2) / 2, (starts.get(Math.round(l.x * 2) / 2) ?? 0) + 1);
  const margin = [...starts].filter(([, n]) => n >= lines.length * 0.05).sort((a, b) => a[0] - b[0])[0]?.[0];
  if (margin == null) return undefined;
  // To a hundredth of a point: a line indented by spaces stands whole spaces from it.
  const left = lines.map((l) => l.x).filter((x) => Math.abs(x - margin) <= 0.5).sort((a, b) => a - b);
  return left[Math.floor(left.length / 2)] ?? margin;
}

/** A run after a gap (a tab's, or spaces'): its start from the margin, the gap, and whether Chinese ends the run before. */
interface GapRun {
  offset: number;
  gap: number;
  afterWide: boolean;
}

/** The runs after a gap of at least `min` character widths, a line's first run among them where it is set in so far. */
function gapRuns(lines: readonly Line[], origin: number, ch: number, wide: number, min: number): GapRun[] {
  const out: GapRun[] = [];
  for (const l of lines) {
    const runs = runsOf(l, ch * 0.3, ch, wide);
    if (l.x - origin >= ch * min) out.push({ offset: l.x - origin, gap: l.x - origin, afterWide: false });
    for (let k = 1; k < runs.length; k++) {
      const before = runs[k - 1] as Run;
      const gap = (runs[k] as Run).x1 - before.x2;
      if (gap >= ch * min) out.push({ offset: (runs[k] as Run).x1 - origin, gap, afterWide: WIDE.test(before.text.slice(-1)) });
    }
  }
  return out;
}

/** Whether a gap is a whole number of spaces `w` wide, to a fifth of a point or so. */
const spaces = (gap: number, w: number) => Math.abs(gap / w - Math.round(gap / w)) * w <= w * STOP_TOLERANCE;

/** Whether a gap is a whole number of the print's spaces: of the Latin font's, or after Chinese, of the Chinese font's where it has its own. */
const spacesOf = (grid: Pick<Grid, 'space'>, ch: number) => (r: Pick<GapRun, 'gap' | 'afterWide'>) =>
  spaces(r.gap, ch) || (r.afterWide && grid.space != null && spaces(r.gap, grid.space));

/**
 * The grid of tab stops the print's runs stand on: its origin and pitch, or null when there is none.
 * `skip` leaves out runs that stand where they are for another reason (after a gap of whole spaces).
 */
export function tabStops(lines: readonly Line[], ch: number, wide: number, skip?: (r: GapRun) => boolean): Grid | null {
  const origin = leftMargin(lines);
  if (origin == null) return null;
  // Runs after a gap wider than a space and a half: a tab's, or spaces' (a column laid out by hand).
  const offsets = gapRuns(lines, origin, ch, wide, 1.5)
    .filter((r) => !skip?.(r))
    .map((r) => r.offset);
  if (offsets.length < MIN_TAB_RUNS) return null;
  const on = (d: number, p: number) => Math.abs(d / p - Math.round(d / p)) * p <= ch * FIND_TOLERANCE;
  // The widest pitch most runs stand on (every divisor of it scores as well): tried from the runs'
  // own offsets, each divided by the number of stops it may lie past.
  // Bounded for a long document: the pitches tried come from the 30 most common offsets, and each is
  // tried on at most 2,000 of them, spread over the document.
  const common = new Map<number, number>();
  for (const d of offsets) common.set(Math.round(d * 2) / 2, (common.get(Math.round(d * 2) / 2) ?? 0) + 1);
  const candidates = new Set<number>();
  for (const [d] of [...common].sort((a, b) => b[1] - a[1]).slice(0, 30)) for (let n = 1; n <= 12; n++) if (d / n >= ch * 3) candidates.add(Math.round((d / n) * 10) / 10);
  const step = Math.max(1, Math.floor(offsets.length / 2000));
  const sample = offsets.filter((_, k) => k % step === 0);
  let best: number | null = null;
  for (const p of [...candidates].sort((a, b) => b - a)) {
    const hits = sample.filter((d) => on(d, p));
    // Stops at three places at least: runs in one column alone are no grid.
    const places = new Set(hits.map((d) => Math.round(d / p)));
    if (hits.length >= sample.length * MIN_ON_STOPS && places.size >= 3) {
      best = p;
      break;
    }
  }
  if (best == null) return null;
  // To a hundredth of a point, from every run on a stop: a pitch off by 0.05 pt is off by half a
  // point ten stops on, which decides whether a word would have fitted before the edge.
  const p = best;
  let num = 0;
  let den = 0;
  for (const d of offsets) {
    const n = Math.round(d / p);
    if (n > 0 && on(d, p)) {
      num += d * n;
      den += n * n;
    }
  }
  return { origin, pitch: den ? num / den : p };
}

/** Whether x stands on a stop of the grid (never, on a grid of no stops). */
function onStopOf(grid: Grid, ch: number): (x: number) => boolean {
  const tol = ch * STOP_TOLERANCE;
  return (x) => {
    if (!Number.isFinite(grid.pitch)) return false;
    const d = (x - grid.origin) / grid.pitch;
    return Math.abs(d - Math.round(d)) * grid.pitch <= tol;
  };
}

/**
 * The grid of a print whose columns are laid out with spaces (a text copied out of a PDF, laid out or
 * not; a table aligned by hand), maybe with tab-separated rows too: at least 95% of the runs after a
 * gap of a space or more stand whole spaces after the run before (or from the margin), or on a grid
 * of tab stops found among the others. Its pitch is infinite where no tab stands. Null for any other
 * print: a real PDF's cells, centred, right-aligned or set in a table's columns, stand at no whole
 * number of spaces.
 */
export function spacedGrid(lines: readonly Line[], ch: number, wide: number): Grid | null {
  const origin = leftMargin(lines);
  if (origin == null) return null;
  const runs = gapRuns(lines, origin, ch, wide, 0.5);
  if (runs.length < MIN_TAB_RUNS) return null;
  const space = chineseSpace(runs, ch);
  const whole = spacesOf({ space }, ch);
  const tabs = tabStops(lines, ch, wide, whole);
  const onStop = tabs ? onStopOf(tabs, ch) : () => false;
  const on = runs.filter((r) => whole(r) || onStop(r.offset + origin)).length;
  if (on < runs.length * MIN_ON_STOPS || oneStop(lines, origin, ch)) return null;
  return { ...(tabs ?? { origin, pitch: Number.POSITIVE_INFINITY }), ...(space ? { space } : {}) };
}

/**
 * Whether the print is of a text of one cell a line, each after a tab (a table exported as text): nine
 * in ten of the lines set in from the margin, at least 24 and more than stand at it, set in to one
 * place, a stop the one tab reaches (a layout's indents vary). Its indents are whole spaces in a
 * browser's print, yet no spaces of the text: such a print is read as a PDF.
 */
function oneStop(lines: readonly Line[], origin: number, ch: number): boolean {
  const inset = lines.filter((l) => l.x - origin >= ch * 0.5);
  if (inset.length < MIN_TAB_RUNS || inset.length <= lines.length - inset.length) return false;
  const at = new Map<number, number>();
  for (const l of inset) at.set(Math.round(l.x - origin), (at.get(Math.round(l.x - origin)) ?? 0) + 1);
  const most = Math.max(...at.values());
  return most >= inset.length * 0.9;
}

/**
 * The width of a space after Chinese when it is not the Latin font's: of which most of the gaps after
 * Chinese that are no whole number of Latin spaces are whole numbers, at least half of them (the
 * rest may be tabs), the widest of those that most are; tried from their commonest gaps, each as one
 * to many spaces, between half a Latin space and one and a half.
 */
function chineseSpace(runs: readonly GapRun[], ch: number): number | undefined {
  const gaps = runs.filter((r) => r.afterWide && !spaces(r.gap, ch)).map((r) => r.gap);
  if (gaps.length < 5) return undefined;
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(Math.round(g * 20) / 20, (counts.get(Math.round(g * 20) / 20) ?? 0) + 1);
  let best: { w: number; hits: number } | undefined;
  for (const [g] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
    for (let n = 1; g / n >= ch * 0.5; n++) {
      const w = g / n;
      if (w > ch * 1.5 || Math.abs(w - ch) < ch * 0.05) continue;
      const hits = gaps.filter((x) => spaces(x, w)).length;
      if (!best || hits > best.hits || (hits === best.hits && w > best.w)) best = { w, hits };
    }
  }
  return best && best.hits >= Math.max(5, gaps.length * 0.5) ? Math.round(best.w * 100) / 100 : undefined;
}

/**
 * Whether the print sets each run of Chinese exactly as wide as its characters, as a text print does:
 * a real PDF's justified paragraphs and spaced-out headings widen theirs.
 */
function exactWidths(items: readonly PositionedItem[], wide: number): boolean {
  const cjk = items.filter((it) => /^[\u3400-\u9fff]{2,}$/.test(it.str));
  const exact = cjk.filter((it) => Math.abs(it.width - it.str.length * wide) <= 0.01 * it.width).length;
  return cjk.length >= 20 && exact >= cjk.length * 0.95;
}

/**
 * The text a PDF was printed from, when it is the print of a plain-text file (see above); null for
 * any other PDF, and for a print with no tab-separated rows (read as a PDF like any other).
 */
export function textPrintOf(pages: readonly PositionedPage[]): TextPrint | null {
  if (pages.some((p) => p.scanned || (p.rules?.length ?? 0) > 0)) return null;
  const items = pages.flatMap((p) => p.items);
  const ch = monospaceWidth(items);
  if (ch == null) return null;
  const wide = wideWidth(items) || ch * 2;
  const perPage = pages.map((p) => ({ page: p.page, width: p.width, height: p.height, lines: buildLines(p.items) }));
  // Running headers and footers a browser prints (the date, the file's name, "1/18") are no part of
  // the text, nor of its margins.
  // …but a line that ran to the edge and goes on at the margin right under it is the text's, wrapped
  // (a heading set far right, "单" over "位：万元" at the top of each page of a table).
  const wrapped = (f: { page: number; line: Line }) => {
    const p = perPage.find((q) => q.page === f.page);
    const next = p?.lines[p.lines.indexOf(f.line) + 1];
    const left = Math.min(...(p?.lines.map((l) => l.x) ?? []));
    return !!p && !!next && f.line.right + f.line.size > p.width - left && Math.abs(next.x - left) < 1 && next.top - f.line.bottom < f.line.size;
  };
  const furniture = findFurniture(perPage).filter((f) => !wrapped(f));
  const isFurniture = new Set(furniture.map((f) => f.line));
  const bodies = perPage.map((p) => p.lines.filter((l) => !isFurniture.has(l)));
  // Tab-separated rows on their stops; failing that, columns laid out with spaces.
  const tabGrid = tabStops(bodies.flat(), ch, wide);
  const grid = tabGrid ?? (exactWidths(items, wide) ? spacedGrid(bodies.flat(), ch, wide) : null);
  if (process.env.TP_DEBUG) console.error('TPDBG', { ch, wide, tabGrid, exact: exactWidths(items, wide), spaced: spacedGrid(bodies.flat(), ch, wide) });
  if (!grid) return null;
  // The right edge lines wrap at: the furthest a line reaches, but for a mark an office suite lets
  // hang past the edge ("…缴费、").
  const right = Math.max(...bodies.flat().filter((l) => !/[、，。：；）」』”’,.;:]$/.test(l.text)).map((l) => l.right));
  // The pages' lines one after another, no form feed between: a text print's page break is none of
  // the text's (a table or a sentence goes on over it); each line's page is kept in `lines`.
  const out: string[] = [];
  const lines = new Map<number, PrintedLine>();
  const tol = ch * STOP_TOLERANCE;
  // The line before, carried over a page break: a line the page's foot wrapped goes on atop the next.
  let prev: { line: Line; tabbed: boolean; cells: number; page: number; last: boolean } | null = null;
  perPage.forEach((p, k) => {
    const body = bodies[k] as Line[];
    const pitch = linePitch(body);
    const rows = body.map((l) => rowText(l, grid, ch, wide));
    const cellsOf = (k: number) => ((rows[k] as Row).tabbed ? (rows[k] as Row).text.split('\t').length : 0);
    // The cells of the table's whole rows around line k: the most any of the rows before and after
    // it has, up to a blank line (lines that a wrap left with a figure alone are passed over).
    const usualAt = (k: number) => {
      let most = 0;
      const near = (a: number, b: number) => !pitch || (body[b] as Line).top - (body[a] as Line).top <= pitch * 1.5;
      for (let j = k - 1; j >= Math.max(0, k - 40) && near(j, j + 1); j--) most = Math.max(most, cellsOf(j));
      for (let j = k + 1; j <= Math.min(rows.length - 1, k + 40) && near(j - 1, j); j++) most = Math.max(most, cellsOf(j));
      return most;
    };
    for (const [k, l] of body.entries()) {
      // Right under the line before, or atop the page after the one it ended.
      const under = !!prev && (prev.page === p.page ? l.top - prev.line.bottom < l.size : k === 0 && prev.last);
      const at = { page: p.page, last: k === body.length - 1 };
      const row = rows[k] as Row;
      const cells = row.text.split('\t').length;
      const first = row.first;
      // A table row the page wrapped goes on at the margin on the next line, its first word too wide
      // for what was left of the line before: cut inside a cell when that line runs to the edge
      // between two Chinese characters (nothing goes between: only there may a line break inside a
      // cell), or at a cell's end when the two make up no more cells than the rows around (a tab
      // between); a row that was whole is never joined to the next.
      // (An office suite sets the tab that did not fit at the start of the next line.)
      const lead = row.text.startsWith('\t') && !row.text.startsWith('\t\t');
      if (prev?.tabbed && first && (first.x1 - grid.origin <= tol || lead) && under) {
        const width = first.x2 - first.x1;
        const cjk: boolean = /[\u3400-\u9fff，、；：）”]$/.test(prev.line.text) && /^[\u3400-\u9fff]/.test(row.text);
        // Its next character (with a mark that may not open a line) did not fit after the line before.
        const head = /^.[、，。；：？！）」』”’]/.test(row.text) ? 2 : 1;
        const inCell: boolean = cjk && prev.line.right + head * l.size > right - tol;
        const nextStop: number = grid.origin + (Math.floor((prev.line.right + ch * 0.5 - grid.origin) / grid.pitch) + 1) * grid.pitch;
        const usual = usualAt(k);
        // Chinese text breaks between any two characters: a cell of it would have begun on the line
        // before had one character fitted there; a figure or a Latin word goes on whole.
        const start = row.text.trimStart();
        const unit = /^[\u3400-\u9fff]/.test(start) ? l.size : ch * (/^[^\s\u3400-\u9fff]+/.exec(start)?.[0].length ?? 1);
        const more = lead ? cells - 1 : cells;
        const noRoom = nextStop + Math.min(width, unit) > right - tol;
        // A figure alone on a line between two rows of a table is no row of it (a row has a tab): the
        // last cell of the row before, where no row of the table shows how many cells a row has.
        const figureAlone = !lead && cells === 1 && /^[-\d.,%]+$/.test(row.text) && (rows[k + 1]?.tabbed ?? false);
        const fitsEnd: boolean = noRoom && ((prev.cells < usual && prev.cells + more <= usual) || figureAlone);
        // Where both may be (a line filled to its last character's room, and no room for another
        // cell), a Chinese text cut at the edge is the likelier.
        const atEnd: boolean = fitsEnd && !inCell;
        if (inCell || atEnd) {
          out[out.length - 1] += (atEnd && !lead ? '\t' : '') + row.text;
          prev = { line: l, tabbed: true, cells: prev.cells + (atEnd ? more : cells - 1), ...at };
          continue;
        }
      }
      if (!tabGrid && prev && first && first.x1 - grid.origin <= tol && under) {
        const join = spacedWrap(out[out.length - 1] as string, prev.line, row.text, first, p.width - grid.origin - tol, grid, ch, out.slice(-8, -1));
        if (join != null) {
          out[out.length - 1] += join + row.text;
          prev = { line: l, tabbed: false, cells, ...at };
          continue;
        }
      }
      // A text print sets every line at one pitch: a wider step is a blank line of the text.
      if (prev?.page === p.page && pitch) for (let n = Math.min(3, Math.round((l.top - prev.line.top) / pitch) - 1); n > 0; n--) out.push('');
      out.push(row.text);
      lines.set(out.length, { line: l, page: p.page });
      prev = { line: l, tabbed: row.tabbed, cells, ...at };
    }
  });
  const text = out.join('\n');
  return { text, lines, furniture, markdown: /^#{1,6}\s/m.test(text) };
}

/**
 * What went between a line of a spaced print and the next where the page wrapped it (null where it
 * did not): the next line starts at the margin with what did not fit before the edge. Right after
 * Chinese where not one more character fitted, a Chinese character, nothing between (a Markdown
 * table's row not ended by its bar goes on whatever the next starts with); else spaces
 * (which a wrap swallows, unprinted) and a word, taken for the line's end only where it then ends
 * where a word ends on a line just above (the column it stands in: figures set flush right), beyond
 * where the fewest spaces that would have pushed it past the edge put it, the line made whole no
 * longer than that one — a line that merely reached the edge is followed by a line of its own. Edge: the page's width less the left margin (a browser's and an office suite's
 * margins are the same either side).
 */
function spacedWrap(text: string, before: Line, next: string, first: { x1: number; x2: number }, edge: number, grid: Grid, ch: number, above: readonly string[]): string | null {
  // Chinese breaks between any two characters, but before a mark that may not open a line, nor
  // before a hyphen ("…增长率" over "为-10.09%，": the character and the signed figure go together).
  const unit = /^[\u3400-\u9fff](?:-[\d.,%]+)?[、，。；：？！）」』”’]?/.exec(next)?.[0];
  const head = unit ? [...unit].reduce((w, c) => w + (WIDE.test(c) ? before.size : ch), 0) : first.x2 - first.x1;
  // Chinese breaks between any two characters, after a closing mark too ("…因公出国（境）" over "费…").
  const cut = /[\u3400-\u9fff，、；：（“）”》]$/.test(text) && /^[\u3400-\u9fff]/.test(next) && before.right + head > edge;
  // In a sentence (a line with a sentence's marks, no columns), a line breaks between a figure and
  // Chinese too ("…支出决算0" over "万元"; "…结余率为" over "0.96%，"), with nothing between: where
  // the figure (with the mark that may not open a line after it) would not have fitted.
  const sentence = /[，。；：]/.test(text) && !/\S {2,}\S/.test(text);
  const figure = /^[\d.,%]+[\u3000-\u303f\uff00-\uffef]?(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/.exec(next)?.[0];
  const figureCut = sentence && ((/[\w%]$/.test(text) && /^[\u3400-\u9fff]/.test(next) && before.right + head > edge) ||
    (/[\u3400-\u9fff]$/.test(text) && !!figure && before.right + [...figure].reduce((w, c) => w + (WIDE.test(c) ? before.size : ch), 0) > edge));
  // A Markdown table's row ends with its bar: one that does not goes on on the next line, as does one
  // that ran to the edge where the next line is no row.
  const full = before.right + ch + head > edge;
  if (/^\s*\|/.test(text) && (!/\|\s*$/.test(text) || (full && !/^\s*\|/.test(next)))) return cut ? '' : ' ';
  if (cut || figureCut) return '';
  const word = /^\S+/.exec(next)?.[0].length ?? 1;
  const space = WIDE.test(text.slice(-1)) && grid.space ? grid.space : ch;
  // The fewest spaces that would have pushed the word past the edge.
  const fewest = Math.max(1, Math.floor((edge - before.right - head) / space) + 1);
  const least = text.length + fewest + word;
  for (const line of [...above].reverse()) {
    // A column is shown by a row laid out in columns (words two spaces apart or more), not by a
    // sentence, whose only word end is its end.
    if (!/\S {2,}\S/.test(line)) continue;
    const ends = [...line.matchAll(/\S(?=\s|$)/g)].map((m) => (m.index ?? 0) + 1).filter((e) => e >= least);
    // …and the line made whole no longer than that one (not the next row, set after it).
    const n = Math.min(...ends) - word - text.length;
    if (ends.length) return text.length + n + next.trimEnd().length <= line.trimEnd().length ? ' '.repeat(n) : null;
    if (line.length >= least) break;
  }
  return null;
}

/** The distance from one printed line to the next, the most common one of the page. */
function linePitch(lines: readonly Line[]): number | null {
  const steps = new Map<number, number>();
  for (let k = 1; k < lines.length; k++) {
    const d = Math.round(((lines[k] as Line).top - (lines[k - 1] as Line).top) * 2) / 2;
    if (d > 0) steps.set(d, (steps.get(d) ?? 0) + 1);
  }
  return [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
}

/** A printed line's text, its gaps turned back into tabs and spaces, and its first run. */
export interface Row {
  text: string;
  tabbed: boolean;
  first: { x1: number; x2: number } | undefined;
}

export function rowText(line: Line, grid: Grid, ch: number, wide: number): Row {
  const tol = ch * STOP_TOLERANCE;
  const onStop = onStopOf(grid, ch);
  const runs = runsOf(line, ch * 0.3, ch, wide, onStop);
  // The stops after `from` up to `to`: a tab goes to the next stop at least half a character on
  // (CSS's rule; an editor's goes to the very next, which the least of one tab covers).
  const tabs = (from: number, to: number) => {
    const first = Math.floor((from + ch * 0.5 - grid.origin) / grid.pitch) + 1;
    const last = Math.floor((to + tol - grid.origin) / grid.pitch);
    return Math.max(1, last - first + 1);
  };
  let text = '';
  let cursor = grid.origin;
  let tabbed = false;
  // A gap to a stop wider than a space and a half, or one of half a space or more that spaces cannot
  // make (not a whole number of character widths), is a tab. A gap of about one space that ends on a stop may be a space (the
  // stop by chance: "2024 年度") or a tab: a tab where the line has a gap only a tab makes; without
  // one, a space where the gap is a space's width to a hundredth of a point or so, or the line is a
  // sentence.
  const clear = runs.some((r, k) => {
    const gap = k > 0 ? r.x1 - (runs[k - 1] as Run).x2 : 0;
    return gap >= ch * 0.5 && onStop(r.x1) && (gap > ch * 1.5 || Math.abs(gap / ch - Math.round(gap / ch)) > 0.1);
  });
  const sentence = line.text.length > 30 && /[，。；]/.test(line.text);
  runs.forEach((r, k) => {
    const gap = r.x1 - cursor;
    const space = !clear && k > 0 && gap < ch * 1.3 && (sentence || Math.abs(gap - ch) < ch * 0.02);
    if (gap > 0.1 && onStop(r.x1) && !space) {
      text += '\t'.repeat(tabs(cursor, r.x1));
      tabbed = true;
    } else if (gap > ch * 0.5) {
      const before = runs[k - 1];
      // After Chinese, the suite's spaces are the Chinese font's (30 pt: six of 5 pt, not five of 6).
      const w = before && WIDE.test(before.text.slice(-1)) && grid.space && spaces(gap, grid.space) ? grid.space : ch;
      text += ' '.repeat(Math.max(1, Math.round(gap / w)));
    }
    // (Less is no space: an office suite sets a little room between Chinese and Latin letters.)
    text += r.text;
    cursor = r.x2;
  });
  return { text, tabbed, first: runs[0] };
}

/** Moves every place of a layout read from the print's text to the page and line it is printed on. */
export function placeOnPrint(layout: LayoutDocument, print: TextPrint): LayoutDocument {
  const move = (l: Location): Location => {
    if (l.line == null) return l;
    const printed = print.lines.get(l.line);
    if (!printed) return l;
    const { line, page } = printed;
    return { ...l, page, line: line.no, box: { x1: line.x, y1: line.top, x2: line.right, y2: line.bottom } };
  };
  const blocks: Block[] = layout.blocks.map((b) =>
    b.kind === 'paragraph'
      ? {
          ...b,
          location: move(b.location),
          ...(b.breaks ? { breaks: b.breaks.map((br) => {
              const printed = print.lines.get(br.line);
              return printed ? { ...br, line: printed.line.no, page: printed.page } : br;
            }),
          } : {}),
        }
      : { ...b, location: move(b.location), rows: b.rows.map((r) => r.map((c) => ({ ...c, location: move(c.location) }))) },
  );
  return {
    ...layout,
    format: 'pdf',
    blocks,
    furniture: print.furniture.map((f) => ({
      kind: f.kind,
      text: f.line.text.replace(/\t+/g, ' '),
      location: { file: layout.file, page: f.page, line: f.line.no, cell: null, text: f.line.text, box: { x1: f.line.x, y1: f.line.top, x2: f.line.right, y2: f.line.bottom } },
    })),
  };
}
