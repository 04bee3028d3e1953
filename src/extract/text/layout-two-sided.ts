import { Decimal } from 'decimal.js';
import { parseNumber } from '../../model/decimal.js';
import type { TableBlock, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { DECIMAL } from './layout-header.js';
import { near } from './layout-order.js';
import { type SideHead, type Word, distance, isGroupLine, readHeaderOf, wordsOf } from './layout-sides-header.js';
import type { Measure } from './layout-pairs.js';
import { isPageNumber } from './unwrap.js';
import { type Span, onlyReading, rowsNear, unbroken } from './layout-rows.js';
import type { SourceLine } from './spaced-table.js';

/**
 * A two-sided summary table (收入 on the left, 支出 on the right: 收入支出决算总表, 财政拨款收入支出决算总表)
 * as a layout writer (poppler's `pdftotext -layout`) sets it on a character grid. Printed rows do
 * not stay rows there: a name wrapped in its cell goes on over lines of its own, one side's name may
 * begin a line below the other's, a cell's figures may stand a line above or below its name, the
 * writer may set the words of a stretch a single space apart whatever stood between them, and each
 * page (even each part of one) may stand on columns of its own. Yet each side is a list: names one
 * under the other, each with its line number (行次) where printed and its figures. So each side is
 * read as its own list:
 *
 * - the header: the line 收入 … 支出 over two label columns (项目); between and after them the
 *   columns of amounts and of line numbers, their words stacked by where they stand, else by order;
 * - each word's side: on a line with both line numbers by its order (label, 行次, figures | label,
 *   行次, figures); otherwise a name's word by the name of the same page it stands nearest under,
 *   a figure by the word before it on its line, or by the header it stands under;
 * - each side's rows: where a line number is printed, one per line number (a name set centred on its
 *   line number's line, begun above it, starts the row it opens); else one per name that opens a row
 *   (a number 一、, 本年…合计, 年初…, 总计); the other words go on with the name before;
 * - each figure: the row its line is in, else the nearest row (either, where as near: then every
 *   way is tried); its column by order where a row prints all its figures on one line, else by the
 *   header it stands under.
 *
 * Taken only where the table's own sums hold on each side, every column: the rows above 本年…合计
 * add up to it, 总计 is 合计 and the rows between them (年初 and 年末 balances, not their parts by
 * fund), and a balance is the sum of its parts where they are printed; and where every way of
 * placing a figure that the lines leave open gives the same table. Else null: the table is left
 * unread rather than read in part or with a figure in a wrong place.
 */
export function readTwoSided(lines: readonly SourceLine[], measure: Measure, file: string, tableNo: number): TableBlock | null {
  const all = lines.map((l, k) => ({ src: l, k, words: wordsOf(l, measure, k) }));
  const nonBlank = all.filter((l) => l.words.length);
  const groupAt = nonBlank.findIndex(isGroupLine);
  if (groupAt !== 0) return null;
  const group = nonBlank[0] as (typeof nonBlank)[number];
  const firstFigure = nonBlank.findIndex((l, n) => n > 0 && l.words.some((w) => DECIMAL.test(w.text)));
  // The 栏次 line ends the header where printed: a first name set centred on its figures' line
  // starts above it ("一、一般" / "公共预算 1 238.67").
  const numberAt = nonBlank.findIndex((l, n) => n > 0 && n < firstFigure && l.words[0]?.text === '栏次');
  const firstBody = numberAt > 0 ? numberAt + 1 : firstFigure;
  if (firstBody < 2) return null;
  const headLines = nonBlank.slice(1, firstBody);
  const numberLine = numberAt > 0 ? nonBlank[numberAt] : undefined;
  const header = readHeaderOf(
    headLines.filter((l) => l !== numberLine).map((l) => l.words),
    numberLine?.words,
  );
  if (!header) return null;
  const [inc, exp] = header;
  const numbered = inc.lineNo != null && exp.lineNo != null;
  if ((inc.lineNo != null) !== (exp.lineNo != null)) return null;

  // The body: the lines after the header, the header printed again word for word (over a later
  // page) left out. A line of the two words 收入 支出 alone may be two names' last lines.
  const body: Line[] = [];
  const said = (l: (typeof nonBlank)[number]) => l.words.map((w) => w.text).join(' ');
  const repeated = (n: number) => nonBlank.slice(0, firstBody).every((h, j) => nonBlank[n + j] && said(nonBlank[n + j] as (typeof nonBlank)[number]) === said(h));
  for (let n = firstBody; n < nonBlank.length; n++) {
    const l = nonBlank[n] as (typeof nonBlank)[number];
    if (repeated(n)) {
      n += firstBody - 1;
      continue;
    }
    const rewrapped = numberLine ? headerRewrapped(nonBlank, n, nonBlank.slice(0, firstBody)) : 0;
    if (rewrapped) {
      n += rewrapped - 1;
      continue;
    }
    // A page number alone on the last line of its page.
    const next = nonBlank[n + 1];
    if (l.words.length === 1 && /^\d{1,4}$/.test(l.words[0]?.text ?? '') && (!next || next.src.page !== l.src.page)) continue;
    // One set off by dashes or 第…页 ("—5—", "- 5 -") is a page number wherever it stands.
    if (isPageNumber(l.src.text)) continue;
    body.push({ src: l.src, k: l.k, words: l.words });
  }
  if (!body.length) return null;

  const sided = sideWords(body, header, numbered);
  if (!sided) return null;
  const blank = (k: number) => !(lines[k] as SourceLine).text.trim();
  const incRows = rowsOf(sided.filter((w) => w.side === 0), numbered, blank);
  const expRows = rowsOf(sided.filter((w) => w.side === 1), numbered, blank);
  if (!incRows || !expRows) return null;

  // Every way of placing the figures the lines leave open; taken where all that verify agree.
  const found = ([0, 1] as const).map((s) => {
    const rows = s === 0 ? incRows : expRows;
    const figures = sided.filter((w) => w.side === s && w.kind === 'figure');
    const options = figures.map((f) => rowsNear(f.k, rows));
    return onlyReading(options, (pick) => {
      const placed = placeFigures(rows, figures, pick, header[s]);
      return placed && sumsHold(placed) ? placed : null;
    }, sameTable);
  });
  if (!found[0] || !found[1]) return null;
  return toBlock([found[0], found[1]], header, group.src, file, tableNo);
}

interface Line {
  src: SourceLine;
  k: number;
  words: Word[];
}

/**
 * How many lines from `n` are the header printed again over a later page but wrapped otherwise
 * ("行" / "次" on one page, "行次" on the next): the group line 收入 … 支出 down to the 栏次 line,
 * no figure among them, their characters the first header's; 0 where they are not.
 */
function headerRewrapped(lines: readonly Line[], n: number, head: readonly Line[]): number {
  if (!isGroupLine(lines[n] as Line)) return 0;
  const chars = (ls: readonly Line[]) => [...ls.flatMap((l) => l.words.map((w) => w.text)).join('')].sort().join('');
  const want = chars(head);
  for (let end = n + 1; end < Math.min(lines.length, n + head.length + 3); end++) {
    const l = lines[end] as Line;
    if (l.words.some((w) => DECIMAL.test(w.text))) return 0;
    if (l.words[0]?.text === '栏次') return chars(lines.slice(n, end + 1)) === want ? end - n + 1 : 0;
  }
  return 0;
}
interface SidedWord extends Word {
  side: 0 | 1;
  page: number | null;
  kind: 'text' | 'number' | 'figure';
  /** Whether its side was told by both sides' line numbers on its line (else guessed from where it stands). */
  told?: boolean;
}

/**
 * The side of each word of the body, and its kind: a line number (行次), a figure, or a word of a
 * name. Null where a line's words cannot be told apart (a line number where none is printed, two
 * on one side).
 */
function sideWords(body: readonly Line[], header: [SideHead, SideHead], numbered: boolean): SidedWord[] | null {
  const out: SidedWord[] = [];
  const kindOf = (w: Word): SidedWord['kind'] => (DECIMAL.test(w.text) ? 'figure' : numbered && /^\d{1,3}$/.test(w.text) ? 'number' : 'text');
  // Names whose side the line's line numbers tell, by page: what the other names are set against.
  const sure: SidedWord[] = [];
  const pending: { w: Word; l: Line }[] = [];
  for (const l of body) {
    const numbers = l.words.filter((w) => kindOf(w) === 'number');
    if (numbers.length > 2) return null;
    if (numbers.length === 2) {
      const [a, b] = numbers as [Word, Word];
      for (const w of l.words) {
        const side: 0 | 1 = w.x1 < a.x1 ? 0 : w === a ? 0 : w.x1 < b.x1 ? (kindOf(w) === 'figure' && !l.words.some((v) => v.x1 > a.x1 && v.x1 < w.x1 && kindOf(v) === 'text') ? 0 : 1) : 1;
        const s: SidedWord = { ...w, side, page: l.src.page, kind: kindOf(w), told: true };
        out.push(s);
        if (s.kind === 'text') sure.push(s);
      }
      continue;
    }
    for (const w of l.words) pending.push({ w, l });
  }
  // The other words: a name's word by the side whose names (on its page, a few lines either way;
  // else the side's header label) start nearest its start; a figure or line number by the word
  // before it on its line, else by the header column it stands under.
  const textSide = (w: Word, l: Line): 0 | 1 => {
    const gap = (side: 0 | 1) => {
      const near = sure.filter((s) => s.side === side && s.page === l.src.page && Math.abs(s.k - w.k) <= 8);
      return near.length ? Math.min(...near.map((s) => Math.abs(s.x1 - w.x1))) : Math.abs(w.x1 - header[side].label.x1);
    };
    return gap(0) <= gap(1) ? 0 : 1;
  };
  const byLine = new Map<Line, Word[]>();
  for (const p of pending) byLine.set(p.l, [...(byLine.get(p.l) ?? []), p.w]);
  for (const [l, ws] of byLine) {
    // Two names on a line and nothing else: one of each side, in order.
    const texts = ws.filter((w) => kindOf(w) === 'text');
    const pair = texts.length === 2 && ws.length === 2;
    let last: 0 | 1 | null = null;
    const figuresOf = [0, 0];
    const numbersOf = [0, 0];
    for (const [j, w] of ws.entries()) {
      const kind = kindOf(w);
      let side: 0 | 1;
      // A name followed on its line by more figures than the income side has columns is the expense side's.
      const after = ws.slice(j + 1).findIndex((v) => kindOf(v) !== 'figure');
      const figuresAfter = (after < 0 ? ws.length - j - 1 : after);
      if (kind === 'text') side = pair ? (texts.indexOf(w) as 0 | 1) : figuresAfter > header[0].amounts.length ? 1 : textSide(w, l);
      else if (last != null) side = last;
      else side = underSide(w, header);
      // A side holds no more figures on a line than it has columns: the next belongs to the other.
      if (kind === 'figure') {
        if ((figuresOf[side] as number) >= (header[side] as SideHead).amounts.length) {
          if (side === 1) return null;
          side = 1;
        }
        figuresOf[side] = (figuresOf[side] as number) + 1;
      }
      // One line number a side on a line: a second on the expense side has no row to number.
      if (kind === 'number' && numbersOf[side] && side === 1) return null;
      if (kind === 'number') numbersOf[side] = (numbersOf[side] as number) + 1;
      const decided: SidedWord = { ...w, side, page: l.src.page, kind };
      out.push(decided);
      // Each name's word decided is one the next lines' names are set against.
      if (kind === 'text') sure.push(decided);
      if (kind !== 'figure') last = side;
    }
  }
  return out.sort((a, b) => a.k - b.k || a.x1 - b.x1);
}

/** The side whose column the word stands under (the nearest header column of either side). */
function underSide(w: Word, header: [SideHead, SideHead]): 0 | 1 {
  let best: { d: number; side: 0 | 1 } = { d: Infinity, side: 0 };
  header.forEach((h, side) => {
    for (const c of [...h.amounts, ...(h.lineNo ? [h.lineNo] : [])]) {
      const d = distance(w, c);
      if (d < best.d) best = { d, side: side as 0 | 1 };
    }
  });
  return best.side;
}

/** A row of one side: its name's words, its line number, the lines it covers. */
interface Row extends Span {
  words: SidedWord[];
  number: SidedWord | null;
}

/** A row's number in its name: 一、 二十五、 （三）. */
const NUMBERING = /[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]/g;

/** A name opens a row: a number (一、 （一）), a total, the year's balances. */
const OPENS_ROW = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|本年.{0,4}合计|(?:收入|支出)?合\s*计|(?:收入|支出)?总\s*计|年初|年末|结余分配|使用|用事业基金|其中)/;

/** A balance's part by fund opens a row: its name (一般公共预算财政拨款…) starts a line of its own under a balance or another part. */
const FUND_PART = /^(?:一般公共预算|政府性基金|国有资本经营)/;
function partOpens(open: Row, w: SidedWord): boolean {
  if (!FUND_PART.test(w.text) || open.words.some((v) => v.k === w.k)) return false;
  const name = bare(open.words.map((v) => v.text).join(''));
  return BALANCE.test(name) || FUND_PART.test(name);
}

/** Whether a row holds a word that opens a row (its name's start, a balance's part by fund among them). */
const opened = (r: Row) => r.words.some((w) => OPENS_ROW.test(w.text) || FUND_PART.test(w.text));

/**
 * A side's rows from its words (figures aside): where line numbers are printed, one row per line
 * number, a name's words going with the line number on or above their line (the first row's also
 * from above it); else one row per name that opens a row, the other words going on with it.
 */
function rowsOf(words: readonly SidedWord[], numbered: boolean, blank: (k: number) => boolean): Row[] | null {
  const rows: Row[] = [];
  const names = words.filter((w) => w.kind !== 'figure');
  if (numbered) {
    for (const n of names.filter((w) => w.kind === 'number')) rows.push({ words: [], number: n, first: n.k, last: n.k });
    if (!rows.length) return null;
    // A name set centred on its line number's line starts above it ("十一、城" / "乡社区支 42" / "出"):
    // a word opening a row above the next line number, where the row before has its opening already,
    // starts the next row, and the words after it up to that line number go with it.
    let early: Row | null = null;
    for (const w of names.filter((v) => v.kind === 'text')) {
      const at = rows.reduce((a, x, n) => ((x.number as SidedWord).k <= w.k ? n : a), -1);
      const next = rows[at + 1];
      if (early && (!next || early !== next)) early = null;
      // (So does a balance's part by fund under the balance or another part: "年初财政拨款结转" / "6 12.00" /
      // "和结余" / "一般公共预算财政" / "7 0.00" / "拨款".)
      if (!early && at >= 0 && next && (OPENS_ROW.test(w.text) || partOpens(rows[at] as Row, w)) && opened(rows[at] as Row)) early = next;
      const r = early ?? (rows[at] as Row | undefined) ?? (rows[0] as Row);
      r.words.push(w);
    }
  } else {
    for (const w of names) {
      if (w.kind !== 'text') return null;
      const open = rows[rows.length - 1];
      if (!open || OPENS_ROW.test(w.text) || partOpens(open, w)) rows.push({ words: [w], number: null, first: w.k, last: w.k });
      else open.words.push(w);
    }
  }
  // A name wrapped in its cell goes on under its start (the same left edge) on the same page: a word
  // elsewhere is another side's or another row's, and the lines do not tell which. A word whose side
  // both line numbers on its line tell is not in doubt, and where it stands after the other side's
  // words the writer may have set them a single space apart, so its place proves nothing.
  for (const r of rows) {
    const guessed = numbered ? r.words.filter((w) => !w.told) : r.words;
    const first = guessed[0];
    if (first && guessed.some((w) => w.page === first.page && Math.abs(w.x1 - first.x1) > 2)) return null;
  }
  for (const r of rows) {
    const ks = [...r.words.map((w) => w.k), ...(r.number ? [r.number.k] : [])];
    r.first = Math.min(...ks);
    r.last = Math.max(...ks);
    // Two rows' names run together (一、…支出二、…): a name went with the row above its own.
    const name = [...r.words].sort((a, b) => a.k - b.k || a.x1 - b.x1).map((w) => w.text).join('');
    if (!unbroken(r, blank) || (name.match(NUMBERING) ?? []).length > 1) return null;
  }
  return rows;
}

/** A row read: its name, line number and figures by column (undefined where blank). */
interface Placed {
  name: string;
  nameAt: SidedWord;
  number: SidedWord | null;
  figures: (SidedWord | undefined)[];
}

/**
 * The figures of each row set in its columns: in order where the row prints all of them on one line,
 * else each under the header column it stands under (only where the header's places are trusted);
 * two in one column, or figures in an order the columns do not keep, leave it unplaced.
 */
function placeFigures(rows: readonly Row[], candidates: readonly SidedWord[], pick: readonly number[], side: SideHead): Placed[] | null {
  const width = side.amounts.length;
  const out: Placed[] = [];
  for (const [n, r] of rows.entries()) {
    const mine = candidates.filter((_, j) => pick[j] === n);
    const figures: (SidedWord | undefined)[] = Array.from({ length: width }, () => undefined);
    if (mine.length > width) return null;
    if (mine.length === width && new Set(mine.map((w) => w.k)).size === 1) mine.forEach((w, c) => (figures[c] = w));
    else if (mine.length) {
      if (!side.placedByX) return null;
      for (const w of mine) {
        const ds = side.amounts.map((c) => distance(w, c));
        const c = ds.indexOf(Math.min(...ds));
        if (figures[c]) return null;
        figures[c] = w;
      }
    }
    // A numbered row may print no name (a side with fewer rows than the other): blank, no figure.
    const words = [...r.words].sort((a, b) => a.k - b.k || a.x1 - b.x1);
    if (!words.length && mine.length) return null;
    out.push({ name: words.map((w) => w.text).join(''), nameAt: words[0] ?? (r.number as SidedWord), number: r.number, figures });
  }
  return out;
}

const TOTAL = /^本年.{0,4}合计$|^(?:收入|支出)?合计$/;
const GRAND = /^(?:收入|支出)?总计$/;
const BALANCE = /^年初|^年末/;
const BY_FUND = /一般公共预算|政府性基金|国有资本经营|^其中/;
const bare = (s: string) => s.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/, '');

/**
 * Whether a side's sums hold in every column: the rows above 本年…合计 add up to it; 总计 is 合计 and
 * the rows between them, a balance's parts by fund aside; a balance is the sum of its parts where
 * any is printed.
 */
function sumsHold(rows: readonly Placed[]): boolean {
  const t = rows.findIndex((r) => TOTAL.test(bare(r.name)));
  const g = rows.findIndex((r) => GRAND.test(bare(r.name)));
  if (t < 1 || g <= t || g !== rows.length - 1) return false;
  const width = (rows[0] as Placed).figures.length;
  const value = (w: SidedWord | undefined) => new Decimal(w ? (parseNumber(w.text)?.value ?? 'NaN') : 0);
  const holds = (total: Placed, parts: readonly Placed[]) => {
    for (let c = 0; c < width; c++) {
      const sum = parts.reduce((a, p) => a.plus(value(p.figures[c])), new Decimal(0));
      const tv = value(total.figures[c]);
      if (sum.isNaN() || tv.isNaN() || !near(tv, sum, [total.figures[c], ...parts.map((p) => p.figures[c])])) return false;
    }
    return true;
  };
  // The total row must print its figures: a blank total would let any rows "add up" to nothing.
  if (!rows[t]?.figures.some(Boolean) || !rows[g]?.figures.some(Boolean)) return false;
  if (!holds(rows[t] as Placed, rows.slice(0, t))) return false;
  const between: Placed[] = [];
  let balance: { row: Placed; parts: Placed[] } | null = null;
  const closeBalance = () => {
    if (balance && balance.parts.some((p) => p.figures.some(Boolean)) && !holds(balance.row, balance.parts)) return false;
    return true;
  };
  for (const r of rows.slice(t + 1, g)) {
    if (balance && BY_FUND.test(bare(r.name))) {
      balance.parts.push(r);
      continue;
    }
    if (!closeBalance()) return false;
    balance = BALANCE.test(bare(r.name)) ? { row: r, parts: [] } : null;
    between.push(r);
  }
  if (!closeBalance()) return false;
  return holds(rows[g] as Placed, [rows[t] as Placed, ...between]);
}

function sameTable(a: readonly Placed[], b: readonly Placed[]): boolean {
  return a.length === b.length && a.every((r, n) => r.figures.every((f, c) => f?.text === (b[n] as Placed).figures[c]?.text));
}

/**
 * The table as a grid: the 收入 and 支出 groups over each side's columns (label, line number,
 * amounts), then the k-th row of each side on the k-th row; each cell located at its word's line.
 */
function toBlock(found: [Placed[], Placed[]], header: [SideHead, SideHead], groupLine: SourceLine, file: string, tableNo: number): TableBlock {
  const cell = (text: string, at: SourceLine, row: number, col: number, colSpan = 1): TableCell => ({
    text,
    colSpan,
    rowSpan: 1,
    location: loc(file, text, { line: at.line, page: at.page ?? undefined, cell: { table: tableNo, row, col } }),
  });
  const srcOf = (w: SidedWord | undefined | null) => (w ? w.src : groupLine);
  const spans = header.map((h) => 1 + (h.lineNo ? 1 : 0) + h.amounts.length);
  const out: TableCell[][] = [[cell('收入', groupLine, 1, 1, spans[0]), cell('支出', groupLine, 1, 1 + (spans[0] as number), spans[1])]];
  const leaves: TableCell[] = [];
  for (const h of header) for (const c of [h.label, ...(h.lineNo ? [h.lineNo] : []), ...h.amounts]) leaves.push(cell(c.text === '行' ? '行次' : c.text, (c.at as Word).src, 2, leaves.length + 1));
  out.push(leaves);
  const [left, right] = align(found[0], found[1]);
  for (let k = 0; k < left.length; k++) {
    const row: TableCell[] = [];
    header.forEach((h, s) => {
      const r = (s === 0 ? left : right)[k];
      row.push(cell(r?.name ?? '', srcOf(r?.nameAt), out.length + 1, row.length + 1));
      if (h.lineNo) row.push(cell(r?.number?.text ?? '', srcOf(r?.number ?? r?.nameAt), out.length + 1, row.length + 1));
      for (let c = 0; c < h.amounts.length; c++) row.push(cell(r?.figures[c]?.text ?? '', srcOf(r?.figures[c] ?? r?.nameAt), out.length + 1, row.length + 1));
    });
    out.push(row);
  }
  return { kind: 'table', rows: out, shape: 'grid', location: loc(file, groupLine.text.trim(), { line: groupLine.line, page: groupLine.page ?? undefined }) };
}

/**
 * The two sides' rows set beside each other as printed: 本年…合计 beside 本年…合计 and 总计 beside
 * 总计, the shorter side's run before each left blank below its last row.
 */
function align(a: readonly Placed[], b: readonly Placed[]): [(Placed | undefined)[], (Placed | undefined)[]] {
  const cut = (rows: readonly Placed[]) => {
    const t = rows.findIndex((r) => TOTAL.test(bare(r.name)));
    const g = rows.findIndex((r) => GRAND.test(bare(r.name)));
    return [rows.slice(0, t), rows.slice(t, g), rows.slice(g)];
  };
  const [pa, pb] = [cut(a), cut(b)];
  const left: (Placed | undefined)[] = [];
  const right: (Placed | undefined)[] = [];
  pa.forEach((part, k) => {
    const other = pb[k] as Placed[];
    const n = Math.max(part.length, other.length);
    for (let j = 0; j < n; j++) {
      left.push(part[j]);
      right.push(other[j]);
    }
  });
  return [left, right];
}
