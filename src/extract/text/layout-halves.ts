import { Decimal } from 'decimal.js';
import { parseNumber } from '../../model/decimal.js';
import type { TableBlock, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { DECIMAL } from './layout-header.js';
import { near } from './layout-order.js';
import { isPageNumber } from './unwrap.js';
import type { Measure } from './layout-pairs.js';
import { type Span, onlyReading, rowsNear, unbroken } from './layout-rows.js';
import type { SourceLine } from './spaced-table.js';

/**
 * A classification table printed in two halves side by side (code | name | amount, twice: 人员经费
 * on the left, 公用经费 on the right, as the 基本支出 table prints it) as a layout writer sets it on
 * a character grid: a 类 code with its 款 on its line or on the next ("301 01" over "基本工资",
 * "302" over "01 办公费"), a name on the code's line or under it and wrapped further, the figure a
 * line or two above its code, a name spaced out a character apart ("因 公 出 国 （ 境 ） 费"),
 * and each page's columns a little off the last's. Each half is read as a list:
 *
 * - the header names each kind of column twice (科目名称, 决算数, the code's 科目编码 or 类/款):
 *   a word stands in the half whose header of its kind (code, 款, name, figure) it stands nearest;
 * - each half's rows open at a code (or a name ending in 合计), its 款 and the name's words going on
 *   with it, a name no further than two lines below;
 * - each figure goes with the row its line is in, else the nearest row (either, where as near: every
 *   way is tried).
 *
 * Taken only where the table's sums hold: each 类 the sum of its 款, each total (合计) the sum of its
 * half's 类 (of both halves where one total closes the table), and every way of placing a figure the
 * lines leave open gives the same table. Else null, and the table is left unread.
 */
export function readHalves(lines: readonly SourceLine[], measure: Measure, file: string, tableNo: number): TableBlock | null {
  // A page number alone on the last line of its page is no 款; one set off by dashes or 第…页 is none anywhere.
  const folio = (k: number) => {
    const next = lines.slice(k + 1).find((l) => l.text.trim());
    if (isPageNumber((lines[k] as SourceLine).text)) return true;
    return /^\s*\d{1,4}\s*$/.test((lines[k] as SourceLine).text) && (!next || next.page !== (lines[k] as SourceLine).page);
  };
  const words = lines.flatMap((src, k) =>
    (folio(k) ? [] : [...src.text.matchAll(/\S+/g)]).map((m) => {
      const x1 = measure(src.text.slice(0, m.index));
      return { text: m[0], x1, x2: x1 + measure(m[0]), k, line: k + 1, src };
    }),
  );
  const firstBody = words.find((w) => DECIMAL.test(w.text) || CLASS.test(w.text));
  if (!firstBody) return null;
  const head = words.filter((w) => w.k < firstBody.k);
  const anchors = anchorsOf(head);
  if (!anchors) return null;

  // Each body word in its half, by the header of its kind it stands nearest.
  const body = words.filter((w) => w.k >= firstBody.k).map((w) => {
    const kind: Kind = DECIMAL.test(w.text) ? 'figure' : CLASS.test(w.text) ? 'code' : KUAN.test(w.text) ? 'kuan' : 'name';
    const [a, b] = anchors[kind];
    return { ...w, kind, half: Math.abs(w.x1 - a) <= Math.abs(w.x1 - b) ? 0 : 1 } as Placed;
  });
  const blank = (k: number) => !(lines[k] as SourceLine).text.trim();
  const halves = ([0, 1] as const).map((h) => rowsOf(body.filter((w) => w.half === h), blank));
  if (!halves[0] || !halves[1]) return null;
  const rows = [...halves[0], ...halves[1]];
  const figures = body.filter((w) => w.kind === 'figure');
  const options = figures.map((f) => rowsNear(f.k, f.half === 0 ? (halves[0] as Row[]) : (halves[1] as Row[])).map((n) => (f.half === 0 ? n : n + (halves[0] as Row[]).length)));
  const read = onlyReading(
    options,
    (pick) => {
      const got = rows.map(() => undefined as Placed | undefined);
      for (const [j, f] of figures.entries()) {
        const n = pick[j] as number;
        if (got[n]) return null;
        got[n] = f;
      }
      return sumsHold(rows, got) ? got : null;
    },
    (a, b) => a.every((f, n) => f?.text === b[n]?.text),
  );
  if (!read) return null;
  return toBlock(halves as [Row[], Row[]], rows, read, file, tableNo, lines[head[0]?.k ?? firstBody.k] as SourceLine);
}

/** A 类 (301) or 类款 (30101) code; a 款 (01) printed apart. */
const CLASS = /^\d{3}(?:\d{2})?$/;
const KUAN = /^\d{2}$/;
const TOTAL = /(?:合计|总计)$/;

type Kind = 'code' | 'kuan' | 'name' | 'figure';
interface Placed {
  text: string;
  x1: number;
  x2: number;
  k: number;
  line: number;
  src: SourceLine;
  kind: Kind;
  half: 0 | 1;
}

/**
 * Where each kind of column stands in either half: the header's two names (科目名称), two amounts
 * (决算数), two codes (类, else 科目编码) and two 款 where printed (else the codes'). Null where the
 * header does not name each twice.
 */
function anchorsOf(head: readonly { text: string; x1: number }[]): Record<Kind, [number, number]> | null {
  const two = (re: RegExp): [number, number] | null => {
    const xs = head.filter((w) => re.test(w.text)).map((w) => w.x1).sort((a, b) => a - b);
    return xs.length === 2 ? [xs[0] as number, xs[1] as number] : null;
  };
  const name = two(/^(?:科目)?名称$/);
  const figure = two(/^(?:决算数|金额)$/);
  const code = two(/^类$/) ?? two(/^(?:(?:经济分类)?科目(?:编码|代码)|编码|代码)$/);
  const kuan = two(/^款$/) ?? code;
  if (!name || !figure || !code || !kuan) return null;
  // Each half's columns stand left to right as the other's: code, name, figure.
  if (!(code[0] < name[0] && name[0] < figure[0] && figure[0] < code[1] && code[1] < name[1] && name[1] < figure[1])) return null;
  return { name, figure, code, kuan };
}

/** A row of one half: its code (类, 类款), its name's words, the lines it covers. */
interface Row extends Span {
  code: string | null;
  codeAt: Placed | null;
  kuan: Placed | null;
  words: Placed[];
  half: 0 | 1;
}

/**
 * A half's rows: one per code, or per name ending in 合计 or 总计 (a total); a 款 printed apart and
 * the name's words go with the row opened last, a name's word no further than two lines below it
 * and no blank line between. Null where a word goes with no row or a 款 with a row that has one.
 */
function rowsOf(words: readonly Placed[], blank: (k: number) => boolean): Row[] | null {
  const rows: Row[] = [];
  for (const w of [...words].filter((v) => v.kind !== 'figure').sort((a, b) => a.k - b.k || a.x1 - b.x1)) {
    const open = rows[rows.length - 1];
    if (w.kind === 'code') {
      rows.push({ code: w.text, codeAt: w, kuan: null, words: [], first: w.k, last: w.k, half: w.half });
      continue;
    }
    if (w.kind === 'name' && TOTAL.test(w.text) && (!open || open.words.length)) {
      rows.push({ code: null, codeAt: null, kuan: null, words: [w], first: w.k, last: w.k, half: w.half });
      continue;
    }
    if (!open || w.k - open.last > 2) return null;
    if (w.kind === 'kuan') {
      if (open.kuan || open.code?.length !== 3) return null;
      open.kuan = w;
    } else open.words.push(w);
    open.last = w.k;
  }
  if (rows.some((r) => !r.words.length || !unbroken(r, blank))) return null;
  return rows;
}

const codeOf = (r: Row) => (r.code ? r.code + (r.kuan?.text ?? '') : null);

/**
 * Whether the sums hold: each 类 is the sum of the 款 under it, each 款 under its own 类; each half's
 * total the sum of its 类, or one total closing the table the sum of both halves' 类.
 */
function sumsHold(rows: readonly Row[], figures: readonly (Placed | undefined)[]): boolean {
  const value = (n: number) => new Decimal(figures[n] ? (parseNumber((figures[n] as Placed).text)?.value ?? 'NaN') : 0);
  const holds = (total: number, parts: readonly number[]) => {
    const sum = parts.reduce((a, n) => a.plus(value(n)), new Decimal(0));
    return !sum.isNaN() && !value(total).isNaN() && near(value(total), sum, [figures[total], ...parts.map((n) => figures[n])]);
  };
  const classes = rows.flatMap((r, n) => (codeOf(r)?.length === 3 ? [n] : []));
  for (const c of classes) {
    const code = codeOf(rows[c] as Row) as string;
    const items = rows.flatMap((r, n) => (codeOf(r)?.length === 5 && codeOf(r)?.startsWith(code) && r.half === (rows[c] as Row).half ? [n] : []));
    if (items.length && !holds(c, items)) return false;
  }
  // Each 款 under the 类 opened last in its half.
  let last: string | null = null;
  for (const r of rows) {
    const code = codeOf(r);
    if (!code) continue;
    if (code.length === 3) last = code;
    else if (!last || !code.startsWith(last) || code.length !== 5) return false;
  }
  const totals = rows.flatMap((r, n) => (r.code == null ? [n] : []));
  if (!totals.length || totals.some((t) => !figures[t])) return false;
  if (totals.length === 1) return holds(totals[0] as number, classes);
  return totals.length === 2 && totals.every((t) => holds(t, classes.filter((c) => (rows[c] as Row).half === (rows[t] as Row).half))) && (rows[totals[0] as number] as Row).half !== (rows[totals[1] as number] as Row).half;
}

/**
 * The table as a grid: 科目编码 | 科目名称 | 决算数 for each half, the k-th row of each half on the
 * k-th row, the totals on the last; each cell located at its word's line.
 */
function toBlock(halves: [Row[], Row[]], rows: readonly Row[], figures: readonly (Placed | undefined)[], file: string, tableNo: number, headLine: SourceLine): TableBlock {
  const cell = (text: string, at: SourceLine, row: number, col: number): TableCell => ({
    text,
    colSpan: 1,
    rowSpan: 1,
    location: loc(file, text, { line: at.line, page: at.page ?? undefined, cell: { table: tableNo, row, col } }),
  });
  const out: TableCell[][] = [['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'].map((t, c) => cell(t, headLine, 1, c + 1))];
  const split = halves.map((h) => [h.filter((r) => r.code != null), h.filter((r) => r.code == null)]);
  const lines = (k: 0 | 1) => Math.max((split[0]?.[k] as Row[]).length, (split[1]?.[k] as Row[]).length);
  for (const k of [0, 1] as const) {
    for (let j = 0; j < lines(k); j++) {
      const row: TableCell[] = [];
      for (const h of [0, 1] as const) {
        const r = (split[h]?.[k] as Row[])[j];
        const f = r ? figures[rows.indexOf(r)] : undefined;
        const name = r ? [...r.words].sort((a, b) => a.k - b.k || a.x1 - b.x1) : [];
        const at = (r?.codeAt ?? name[0])?.src ?? headLine;
        row.push(cell(r ? (codeOf(r) ?? '') : '', at, out.length + 1, row.length + 1));
        row.push(cell(name.map((w) => w.text).join(''), name[0]?.src ?? at, out.length + 1, row.length + 1));
        row.push(cell(f?.text ?? '', f?.src ?? at, out.length + 1, row.length + 1));
      }
      out.push(row);
    }
  }
  return { kind: 'table', rows: out, shape: 'grid', location: loc(file, headLine.text.trim(), { line: headLine.line, page: headLine.page ?? undefined }) };
}
