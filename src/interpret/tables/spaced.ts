import { Decimal, halfUnit, parseNumber } from '../../model/decimal.js';
import type { TableBlock, TableCell } from '../../model/layout.js';
import type { TableId } from '../../model/tables.js';
import { type Catalog, normalizeItemName } from '../../catalog/catalog.js';
import { type Family, type Option, resolveByColumnSums } from './column-sums.js';
import { type HeaderWords, headerWords, keywordsOf, wrappedKey } from './wrapped-heads.js';

/**
 * Places the words and figures of a table copied out of a PDF (shape 'spaced': one row per printed
 * line, blank cells missing) into the columns of its standard form, once the table is known.
 *
 * Columns come from the form of the table, confirmed by the header words printed above the rows;
 * labels (code and name) come first on each row; figures fill the columns left to right. When a row
 * has fewer figures than columns, every order-keeping placement is tried and kept only when the
 * row's own sums hold (合计 = Σ parts, 年初 + 收入 − 支出 = 年末, blank standing for zero); a cell
 * is read only when every kept placement gives it the same value. Any other cell stays unknown:
 * the column is then dropped from the whole table (`unknown`), so that no sum runs over a guess.
 */

export interface Placed {
  block: TableBlock;
  /** Column keys that could not be placed in some row: the caller drops them from every row. */
  unknown: Set<string>;
  /** Why columns were left unknown, for the reader's notes. */
  notes: string[];
  /** The table's columns as placed (keys). */
  columns: string[];
  /** Why the table as copied cannot be read at all (its figures do not stand by their rows). */
  problem?: string;
  /** Standard columns the header did not name while its rows print more figures than it named: printed, not told. */
  unnamed?: string[];
  /**
   * Rows whose figures fit no placement: the first is the row's total, the rest its parts in
   * columns that cannot be told (see `partsUnplaced`). Keyed by the row's code, or null for 合计.
   */
  unplaced?: { code: string | null; cells: TableCell[] }[];
}

interface Tok {
  kind: 'code' | 'fig' | 'text';
  text: string;
  cell: TableCell;
}

const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const FIG = /^(?:[-−]?[\d,]+(?:\.\d+)?|[(（][\d,]+(?:\.\d+)?[)）])$/;
/** Header words of a label column, printed on a data row by some layouts (类 款 项 合计 …): the words
 * alone, never the 项 of 项目支出 ("项目支" / "出", a header wrapped in its cell). */
const LABEL_HEAD = /^(?:(?:类|款|项)(?=\s|$|类|款|项)\s*)+/;

/**
 * The tokens of a row. A 3/5/7-digit word is a code where it opens the row, where a name follows it,
 * or where it is a 类 followed by its 款 printed apart ("301 01 基本工资" is 30101).
 */
function tokens(row: readonly TableCell[]): Tok[] {
  const out: Tok[] = [];
  const words = row.map((c) => c.text.trim());
  for (let k = 0; k < row.length; k++) {
    const cell = row[k] as TableCell;
    let t = words[k] as string;
    if (!t) continue;
    const next = words[k + 1] ?? '';
    const prev = out[out.length - 1];
    if (prev?.kind === 'code' && prev.text.length === 3 && /^\d{2}$/.test(t) && prev.cell === row[k - 1]) {
      prev.text += t;
      continue;
    }
    if (CODE.test(t) && (out.length === 0 || (next !== '' && !FIG.test(next)) || (t.length === 3 && /^\d{2}$/.test(next)))) {
      out.push({ kind: 'code', text: t, cell });
      continue;
    }
    if (FIG.test(t) && /\d/.test(t)) {
      out.push({ kind: 'fig', text: t, cell });
      continue;
    }
    t = t.replace(LABEL_HEAD, '').trim();
    if (!t) continue;
    out.push({ kind: 'text', text: t, cell: { ...cell, text: t } });
  }
  return out;
}

interface Identity {
  total: string;
  parts: { key: string; sign: 1 | -1 }[];
}

/** A table's standard columns present in its header, and the sums a row must satisfy. */
interface Form {
  cols: string[];
  labels: string[];
  identities: Identity[];
  /** The form's standard columns its header does not name. */
  absent: string[];
  /** Some columns were named from cells wrapped by the flow of the text (their order not seen). */
  spelt: boolean;
}

const CLASSIFIED_COLS: Record<string, { key: string; label: string; re: RegExp }[]> = {
  '02': [
    { key: 'total', label: '本年收入合计', re: /合计/ },
    { key: 'fiscal', label: '财政拨款收入', re: /财政拨款/ },
    { key: 'superior', label: '上级补助收入', re: /上级补助/ },
    { key: 'business', label: '事业收入', re: /事业收入/ },
    { key: 'operating', label: '经营收入', re: /经营收入/ },
    { key: 'affiliated', label: '附属单位上缴收入', re: /附属单位/ },
    { key: 'other', label: '其他收入', re: /其他收入/ },
  ],
  '03': [
    { key: 'total', label: '本年支出合计', re: /合计/ },
    { key: 'basic', label: '基本支出', re: /基本支出/ },
    { key: 'project', label: '项目支出', re: /项目支出/ },
    { key: 'toSuperior', label: '上缴上级支出', re: /上缴上级/ },
    { key: 'operating', label: '经营支出', re: /经营支出/ },
    { key: 'toAffiliated', label: '对附属单位补助支出', re: /附属单位/ },
  ],
  '05': [
    { key: 'total', label: '合计', re: /合计|小计/ },
    { key: 'basic', label: '基本支出', re: /基本支出/ },
    { key: 'project', label: '项目支出', re: /项目支出/ },
  ],
};

const FUND_COLS = [
  { key: 'opening', label: '年初结转和结余', re: /年初/ },
  { key: 'income', label: '本年收入', re: /本年收入/ },
  { key: 'total', label: '合计', re: /本年支出|合计|小计/ },
  { key: 'basic', label: '基本支出', re: /基本支出/ },
  { key: 'project', label: '项目支出', re: /项目支出/ },
  { key: 'closing', label: '年末结转和结余', re: /年末/ },
];

/**
 * The table's columns its header names. Cells wrapped by the flow of the text (see `wrappedKey`)
 * name columns too, but only where so named the columns are as many as the widest row's figures.
 */
function classifiedForm(id: TableId, header: string, words: HeaderWords = [], width = 0): Form | null {
  let defs = CLASSIFIED_COLS[id];
  if (id === '07' || id === '08') {
    defs = /年初|年末|本年收入/.test(header) ? FUND_COLS : (CLASSIFIED_COLS['05'] as typeof FUND_COLS);
    // The 本年支出 group's parts are its standard columns even where their heads sit on the total row.
    header += '基本支出项目支出';
  }
  if (!defs) return null;
  let present = defs.filter((d) => d.re.test(header));
  let spelt = false;
  if (present.length < defs.length && width > present.length) {
    const wrapped = defs.filter((d) => present.includes(d) || keywordsOf(d.re).some((k) => wrappedKey(words, k)));
    spelt = wrapped.length === width;
    if (spelt) present = wrapped;
  }
  if (!present.some((d) => d.key === 'total')) return null;
  const cols = present.map((d) => d.key);
  const has = (k: string) => cols.includes(k);
  const identities: Identity[] = [];
  const parts = cols.filter((k) => !['total', 'opening', 'income', 'closing'].includes(k));
  if (parts.length) identities.push({ total: 'total', parts: parts.map((key) => ({ key, sign: 1 })) });
  if (has('opening') && has('income') && has('closing')) {
    identities.push({ total: 'closing', parts: [{ key: 'opening', sign: 1 }, { key: 'income', sign: 1 }, { key: 'total', sign: -1 }] });
  }
  return { cols, labels: present.map((d) => d.label), identities, absent: defs.filter((d) => !present.includes(d)).map((d) => d.key), spelt };
}

interface Rec {
  code: string | null;
  name: string[];
  above: string[];
  below: string[];
  figs: Tok[];
  cell: TableCell;
  /** Words heading columns printed on this row (07: 合计 基本支出 项目支出 beside the total's figures). */
  heads: string[];
  /** The name was pieced from lines around the row (or lines wrapped next to it). */
  pieced?: boolean;
}

/** Labels of total rows, which never continue the row above. */
const TOTAL_WORD = /合计|总计|小计|^合\s*计$/;

const HEADER_WORD = /科目编码|科目名称|功能分类|经济分类|^项目$|^项 目$|决算数|编码|类科目|^合计$|^类 款 项$/;

/** Places a spaced table of the given id; null when its rows or header do not fit the table's form. */
/** Columns read together by a row's sums: one unknown among them leaves them all unread. */
const GROUPS: string[][] = [
  ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'],
  ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'],
  ['opening', 'income', 'total', 'closing'],
  ['general', 'fund', 'capital'],
  ...['budget', 'actual'].flatMap((g) => [
    ['abroad', 'vehicle', 'reception'].map((k) => `${g}.${k}`),
    ['vehicle', 'vehiclePurchase', 'vehicleOps'].map((k) => `${g}.${k}`),
  ]),
];

/** The unknown columns with every column that sums with them. */
export function unknownClosure(unknown: ReadonlySet<string>): Set<string> {
  const out = new Set(unknown);
  for (let grew = true; grew; ) {
    grew = false;
    for (const g of GROUPS) {
      if (g.some((k) => out.has(k)) && g.some((k) => !out.has(k))) {
        g.forEach((k) => out.add(k));
        grew = true;
      }
    }
  }
  return out;
}

/** A figure cut at its decimal point ("9,400." with its "00" on a line below: a narrow cell's wrap). */
const CUT_FIGURE = /(?:^|\s)\d[\d,]*\.(?=\s|$)/;

export function placeSpaced(block: TableBlock, id: TableId, catalog: Catalog): Placed | null {
  // Figures wrapped inside their cells come apart in copying and their pieces are no figures: whatever
  // the whole pieces placed would say of the row could be a cut figure's tail taken for a cell.
  const cut = block.rows.flat().find((c) => CUT_FIGURE.test(c.text));
  if (cut) {
    const piece = (CUT_FIGURE.exec(cut.text)?.[0] ?? '').trim();
    return { block, unknown: new Set(), notes: [], columns: [], problem: `公开${id}表为复制文本，数字在复制中被拆断（如“${piece}”），未读取该表的数据` };
  }
  const lines = splitFused(block.rows.map(tokens)).filter((t) => t.length && !isColumnNumbers(t));
  if (id === '01' || id === '04') return placeSummary(block, id, lines);
  if (id === '06') return placeBasic(block, lines, catalog);
  if (id === '09') return placeThreePublic(block, lines);
  return placeClassified(block, id, lines, catalog);
}

/**
 * Lines where copying lost a line break between a row's last figure and the next row's code
 * ("2,047.66 1,950.69 96.972070199 其他文化和旅游支出 423.29"), split back into two rows. A figure is
 * taken apart only where the table prints its figures with one number of decimals, the figure has
 * more, the surplus is a 类/款/项 code, and a name follows it (a name never follows a figure).
 */
function splitFused(lines: readonly Tok[][]): Tok[][] {
  const decimals = lines.flat().filter((t) => t.kind === 'fig').map((t) => /\.(\d+)$/.exec(t.text)?.[1]?.length ?? 0);
  const d = decimals.filter((x) => x === 2).length >= 0.8 * decimals.length && decimals.length >= 5 ? 2 : 0;
  if (!d) return [...lines];
  const fused = new RegExp(`^([-−]?[\\d,]*\\d\\.\\d{${d}})(\\d{3}(?:\\d{2}){0,2})$`);
  const out: Tok[][] = [];
  for (const line of lines) {
    let rest = line;
    for (;;) {
      const k = rest.findIndex((t, i) => t.kind === 'fig' && fused.test(t.text) && rest[i + 1]?.kind === 'text');
      if (k < 0) break;
      const m = fused.exec((rest[k] as Tok).text) as RegExpExecArray;
      const cell = (rest[k] as Tok).cell;
      out.push([...rest.slice(0, k), { kind: 'fig', text: m[1] as string, cell: { ...cell, text: m[1] as string, location: { ...cell.location, text: m[1] as string } } }]);
      rest = [{ kind: 'code', text: m[2] as string, cell: { ...cell, text: m[2] as string, location: { ...cell.location, text: m[2] as string } } }, ...rest.slice(k + 1)];
    }
    out.push(rest);
  }
  return out;
}

/**
 * The name of a coded row as read, or '' (not read) when it was pieced together from lines wrapped
 * around the row and is not the item's standard name: copying interleaves the lines of names wrapped
 * side by side ("险机缴关费事支业出单位…"), so such a piece says nothing certain about what is printed.
 */
function trustedName(name: string, code: string | null, pieced: boolean, catalog: Catalog, economic: boolean): string {
  if (!pieced || !code) return name;
  const item = economic ? catalog.economicItem(code) : catalog.functionItem(code);
  if (!item) return '';
  const n = normalizeItemName(name);
  return normalizeItemName(item.name) === n || item.aliases.some((a) => normalizeItemName(a) === n) ? name : '';
}

/** A line numbering the columns (1 2 3 …, or 栏次 1 2 …, its 栏 over 次 in a narrow cell): no data. */
function isColumnNumbers(l: readonly Tok[]): boolean {
  const ws = l.map((t) => t.text).filter((t) => !/^栏次?$/.test(t));
  return ws.length >= 3 && ws.every((t, i) => t === String(i + 1)) || (l.some((t) => t.text === '栏次') && ws.every((t) => /^\d{1,2}$/.test(t)));
}

/** Why a table's figures are all left unknown: a figure that stands on no row. */
function orphanNote(id: TableId): string {
  return `公开${id}表为复制文本，有数字不在任何行上（行与数字在复制中分开），该表的数字未读取`;
}

function startOfBody(lines: readonly Tok[][], isBody: (l: Tok[]) => boolean): number {
  const i = lines.findIndex(isBody);
  return i < 0 ? lines.length : i;
}

function joinText(l: readonly Tok[]): string {
  return l.map((t) => t.text).join('');
}

/**
 * The header's text for telling which columns it names: its lines joined, and the cells wrapped over
 * lines where the copy's grid told them (`TableBlock.heads`), each apart so no two cells run into a word.
 * Used for the classified tables only: a summary's columns by fund, once named, are read by a placement
 * the wrapped two-sided prints' rows do not fit (false 总计 errors on a 04 whose fund heads wrap).
 */
function headerText(block: TableBlock, lines: readonly string[]): string {
  return [lines.join('').replace(/\s+/g, ''), ...(block.heads ?? [])].join('|');
}

function placeClassified(block: TableBlock, id: TableId, lines: Tok[][], catalog: Catalog): Placed | null {
  const start = startOfBody(lines, (l) => l.some((t) => t.kind !== 'text'));
  const headerLines = lines.slice(0, start);
  const recs: Rec[] = [];
  const frags: number[] = [];
  // Text lines between records, by gap: gaps[k] lie between recs[k-1] and recs[k].
  const gaps: string[][] = [[]];
  const extraHeads: string[] = [];
  let orphans = 0;
  for (const l of lines.slice(start)) {
    const first = l[0] as Tok;
    const figs = l.filter((t) => t.kind === 'fig');
    const texts = l.filter((t) => t.kind === 'text');
    if (first.kind === 'code') {
      const firstFig = l.findIndex((t) => t.kind === 'fig');
      const inline = texts.filter((t) => firstFig < 0 || l.indexOf(t) < firstFig).map((t) => t.text);
      recs.push({ code: first.text, name: inline, above: [], below: [], figs, cell: first.cell, heads: [] });
      gaps.push([]);
    } else if (first.kind === 'fig' && !recs.length && !(gaps[0] as string[]).length && figs.length === l.length) {
      // Figures alone on the body's first line, no label before them: the 合计 row printed with its
      // label cell blank (as the grid readers take a first unnamed row with figures).
      recs.push({ code: null, name: ['合计'], above: [], below: [], figs, cell: first.cell, heads: [] });
      gaps.push([]);
    } else if (first.kind === 'fig') {
      // Figures alone on a line: the row whose code and name stood on the lines above.
      const last = recs[recs.length - 1];
      if (!last || last.figs.length) orphans += figs.length;
      if (last && !last.figs.length) {
        last.figs = figs;
        const g = gaps[gaps.length - 1] as string[];
        last.name.push(...g.splice(0));
        last.pieced = true;
        // The row above may have lost the end of its name to these lines.
        const above = recs[recs.length - 2];
        if (above) above.pieced = true;
      }
    } else if (figs.length && recs[recs.length - 1]?.code && !recs[recs.length - 1]?.figs.length && !TOTAL_WORD.test(first.text) && !(gaps[gaps.length - 1] as string[]).length) {
      // "2080505 机关事业单位基本养老保" / "险缴费支出 13.06 13.06 …": the name's tail and the figures of
      // the coded row above, which the copy broke after the name's first line.
      const last = recs[recs.length - 1] as Rec;
      const firstFig = l.findIndex((t) => t.kind === 'fig');
      last.name.push(...texts.filter((t) => l.indexOf(t) < firstFig).map((t) => t.text));
      last.figs = figs;
      last.pieced = true;
    } else if (figs.length || /^(合计|总计|本年合计)$/.test(first.text)) {
      const firstFig = l.findIndex((t) => t.kind === 'fig');
      const heads = texts.filter((t) => firstFig >= 0 && l.indexOf(t) > firstFig).map((t) => t.text);
      extraHeads.push(...heads);
      recs.push({ code: null, name: [first.text], above: [], below: [], figs, cell: first.cell, heads });
      gaps.push([]);
    } else {
      (gaps[gaps.length - 1] as string[]).push(joinText(texts));
      frags.push(0);
    }
  }
  const width = Math.max(0, ...recs.map((r) => r.figs.length));
  const words = headerWords(headerLines.map((l) => l.map((t) => t.text).join(' ')));
  const header = headerText(block, [...headerLines.map(joinText), ...extraHeads]);
  let form = classifiedForm(id, header, words, width);
  // Columns spelt from the flowed words are taken in the form's order, which only the rows' sums
  // prove: every row printing all of them must add up so (a print with 合计 last fails).
  if (form?.spelt && !recs.every((r) => r.figs.length !== width || sumsHold(r.figs.map(figureValue), r.figs.map((_, i) => i), form?.cols ?? [], form?.identities ?? []))) {
    form = classifiedForm(id, header);
  }
  if (!form) return null;
  // Rows printing more figures than the header names columns: the columns left unnamed are printed, not told.
  const unnamed = width > form.cols.length ? { unnamed: form.absent } : {};
  // A name wrapped in its cell is centred on its row: as many lines above the code as below. From the
  // last row up, each row takes from the gap below it what it takes above, the row above the rest.
  for (let k = recs.length - 1; k >= 0; k--) {
    const rec = recs[k] as Rec;
    const below = gaps[k + 1] as string[];
    rec.below = below.splice(0);
    if (!rec.code) continue;
    const gap = gaps[k] as string[];
    const want = Math.min(rec.below.length, gap.length);
    rec.above = gap.splice(gap.length - want, want);
  }
  // The first row's name may begin on the last lines of the header: as many as it has below it,
  // when they are no header words.
  const first = recs[0];
  if (first?.code && !first.above.length && first.below.length) {
    const tail = headerLines.slice(headerLines.length - first.below.length).map(joinText);
    if (tail.length === first.below.length && !tail.some((t) => HEADER_WORD.test(t))) {
      first.above = tail;
      headerLines.splice(headerLines.length - tail.length);
    }
  }
  const unknown = new Set<string>();
  const notes: string[] = [];
  const rows: TableCell[][] = [header2(block, ['科目编码', '科目名称', ...form.labels])];
  recs.forEach((rec, k) => {
    // Lines wrapped around a row or its neighbours make every name there a piece of a guess.
    if (rec.above.length || rec.below.length || recs[k - 1]?.below.length || recs[k + 1]?.above.length) rec.pieced = true;
  });
  const placedRows = recs.map((rec) => placeRow(rec.figs, form.cols, form.identities));
  const totalRow = recs.findIndex((rec) => !rec.code && /^(合计|总计|本年合计)$/.test(rec.name.join('')));
  const resolved = resolveByColumnSums(
    placedRows.map((p) => p.placements.map((x) => x.option)),
    codeFamilies(recs.map((rec) => rec.code), totalRow),
    form.cols.length,
  );
  recs.forEach((rec, k) => {
    const pick = resolved[k];
    const p = placedRows[k] as RowPlacement;
    if (pick != null) placedRows[k] = { cells: (p.placements[pick] as { cells: (TableCell | null)[] }).cells, unknown: new Set(), placements: p.placements };
  });
  const unplaced: { code: string | null; cells: TableCell[] }[] = [];
  recs.forEach((rec, k) => {
    // A total row that fits no placement is left out below, as before (see there).
    const parts = rec.code ? partsUnplaced(rec.figs, placedRows[k] as RowPlacement, form) : null;
    if (!parts) return;
    placedRows[k] = parts.placement;
    unplaced.push({ code: rec.code, cells: parts.rest });
  });
  recs.forEach((rec, k) => {
    const placed = placedRows[k] as RowPlacement;
    // A total row whose figures fit no placement (figures lost in copying) is left out: no sum rests
    // on a total row, while a class or item row left out would make its parent's sum fail.
    if (!rec.code && placed.unknown.size === form.cols.length && rec.figs.length) return;
    placed.unknown.forEach((k) => unknown.add(k));
    const joined = rec.code ? [...rec.above, ...rec.name, ...rec.below].join('') : rec.name.join('');
    const name = trustedName(joined, rec.code, rec.pieced ?? false, catalog, false);
    rows.push([cellOf(rec.cell, rec.code ?? ''), cellOf(rec.cell, name), ...placed.cells.map((c) => c ?? blank(rec.cell))]);
  });
  if (orphans) return { block: { ...block, shape: 'grid', rows }, unknown, notes, columns: form.cols, problem: orphanNote(id), ...unnamed };
  const extra = { ...(unplaced.length ? { unplaced } : {}), ...unnamed };
  if (unknown.size) notes.push(unknownNote(id, form, unknown));
  const totalCol = form.cols.indexOf('total');
  const broken = totalCol < 0 ? null : misaligned(rows.slice(1).map((r) => ({ code: r[0]?.text ?? '', total: r[2 + totalCol]?.text ?? '' })));
  const problem = broken
    ? `公开${id}表为复制文本，其${broken.bad}处上下级汇总（类 = 各款之和、款 = 各项之和）有${broken.failed}处不成立，科目与数字疑在复制中错位，未读取该表的数据`
    : undefined;
  return { block: { ...block, shape: 'grid', rows }, unknown, notes, columns: form.cols, ...(problem ? { problem } : {}), ...extra };
}

/**
 * A row whose figures fit no placement, in a table whose first column is the sum of all the others
 * (02, 03, 05): whatever columns its blanks stand in, its first figure is the total (or the total is
 * blank and the row breaks anyway), and the rest are its parts. So the total is read, and the parts
 * are kept unplaced for the row's sum, which they fail: a wrong figure is reported, not hidden as an
 * unreadable column. Null where the form or the row is not of that kind.
 */
function partsUnplaced(figs: readonly Tok[], placed: RowPlacement, form: Form): { placement: RowPlacement; rest: TableCell[] } | null {
  if (placed.placements.length || figs.length < 2 || figs.length >= form.cols.length) return null;
  const [first, ...others] = form.cols;
  const whole = form.identities.find((i) => i.total === first);
  if (!whole || whole.parts.length !== others.length || whole.parts.some((p) => p.sign !== 1 || !others.includes(p.key))) return null;
  const cells: (TableCell | null)[] = form.cols.map(() => null);
  cells[0] = (figs[0] as Tok).cell;
  return { placement: { cells, unknown: new Set(others), placements: [] }, rest: figs.slice(1).map((f) => f.cell) };
}

/**
 * Whether the placed rows' totals fail the classification's hierarchy (类 = Σ款, 款 = Σ项) so widely
 * that the figures cannot be standing by their codes: tables exported by the official software
 * reconcile, so a copy whose codes and figures slipped apart is told from a real error by its extent.
 */
function misaligned(rows: readonly { code: string; total: string }[]): { bad: number; failed: number } | null {
  const value = new Map<string, { v: Decimal; tol: Decimal }>();
  for (const r of rows) {
    const p = r.total ? parseNumber(r.total.replace(/,/g, '')) : null;
    if (CODE.test(r.code) && p) value.set(r.code, { v: new Decimal(p.value), tol: halfUnit(p.decimals) });
  }
  let families = 0;
  let failed = 0;
  for (const [code, parent] of value) {
    if (code.length >= 7) continue;
    const kids = [...value].filter(([c]) => c.length === code.length + 2 && c.startsWith(code)).map(([, x]) => x);
    if (!kids.length) continue;
    families++;
    const sum = kids.reduce((a, x) => a.plus(x.v), new Decimal(0));
    const tol = kids.reduce((a, x) => a.plus(x.tol), parent.tol);
    if (sum.minus(parent.v).abs().greaterThan(tol)) failed++;
  }
  return failed >= 3 && failed * 4 >= families ? { bad: families, failed } : null;
}

function unknownNote(id: TableId, form: Form, unknown: ReadonlySet<string>): string {
  const names = form.cols.map((k, i) => (unknown.has(k) ? `“${form.labels[i]}”` : '')).filter(Boolean);
  return `公开${id}表为复制文本（无列位置、空白格不占位），部分行的数字无法确定所在列，${names.join('、')}栏未读取`;
}

function header2(block: TableBlock, labels: readonly string[]): TableCell[] {
  return labels.map((t) => cellOf(block.rows[0]?.[0] ?? { text: '', colSpan: 1, rowSpan: 1, location: block.location }, t));
}

function cellOf(like: TableCell, text: string): TableCell {
  return { text, colSpan: 1, rowSpan: 1, location: { ...like.location, text } };
}

function blank(like: TableCell): TableCell {
  return cellOf(like, '');
}

interface RowPlacement {
  /** Per column: the cell read, null for a blank cell (also when unknown). */
  cells: (TableCell | null)[];
  unknown: Set<string>;
  /** Every placement that satisfies the row's own sums: its cells, and its values for column sums. */
  placements: { cells: (TableCell | null)[]; option: Option }[];
}

const ZERO = { v: new Decimal(0), tol: new Decimal(0) };

function figureValue(t: Tok): { v: Decimal; tol: Decimal } | null {
  const p = parseNumber(t.text.replace(/[(（](.+)[)）]/, '-$1').replace(/,/g, ''));
  return p ? { v: new Decimal(p.value), tol: halfUnit(p.decimals) } : null;
}

/** The placement putting figure i in column pos[i], every other column blank. */
function placement(figs: readonly Tok[], m: number, pos: readonly number[]): { cells: (TableCell | null)[]; option: Option } {
  const cells: (TableCell | null)[] = Array.from({ length: m }, () => null);
  const values: { v: Decimal; tol: Decimal }[] = Array.from({ length: m }, () => ZERO);
  pos.forEach((c, i) => {
    cells[c] = (figs[i] as Tok).cell;
    values[c] = figureValue(figs[i] as Tok) ?? ZERO;
  });
  return { cells, option: { values } };
}

/** Whether a row's sums hold with its figures (`values`, in order) placed in the columns at `pos` (blank = 0). */
function sumsHold(values: readonly ({ v: Decimal; tol: Decimal } | null)[], pos: readonly number[], cols: readonly string[], identities: readonly Identity[]): boolean {
  const val = (key: string): { v: Decimal; tol: Decimal } => {
    const i = pos.indexOf(cols.indexOf(key));
    return (i >= 0 ? values[i] : null) ?? ZERO;
  };
  for (const id of identities) {
    if (!cols.includes(id.total) || id.parts.some((p) => !cols.includes(p.key))) continue;
    const t = val(id.total);
    let sum = new Decimal(0);
    let tol = t.tol;
    for (const p of id.parts) {
      const x = val(p.key);
      sum = p.sign === 1 ? sum.plus(x.v) : sum.minus(x.v);
      tol = tol.plus(x.tol);
    }
    if (sum.minus(t.v).abs().greaterThan(tol)) return false;
  }
  return true;
}

/**
 * Places k figures in m columns (k ≤ m) keeping their order: all placements that satisfy the row's
 * sums (blank = 0, within the printed precision) are tried; a column is read where they all agree.
 */
export function placeRow(figs: readonly Tok[], cols: readonly string[], identities: readonly Identity[]): RowPlacement {
  const m = cols.length;
  const k = figs.length;
  if (k === m) return { cells: figs.map((f) => f.cell), unknown: new Set(), placements: [placement(figs, m, figs.map((_, i) => i))] };
  if (k > m) return { cells: cols.map(() => null), unknown: new Set(cols), placements: [] };
  if (k === 0) return { cells: cols.map(() => null), unknown: new Set(), placements: [placement(figs, m, [])] };
  const values = figs.map(figureValue);
  const survivors: number[][] = [];
  const choose = (from: number, picked: number[]) => {
    if (picked.length === k) {
      if (holds(picked)) survivors.push([...picked]);
      return;
    }
    for (let c = from; c <= m - (k - picked.length); c++) choose(c + 1, [...picked, c]);
  };
  const holds = (pos: number[]) => sumsHold(values, pos, cols, identities);
  choose(0, []);
  const placements = survivors.map((pos) => placement(figs, m, pos));
  const cells: (TableCell | null)[] = cols.map(() => null);
  const unknown = new Set<string>();
  if (!survivors.length) return { cells, unknown: new Set(cols), placements };
  cols.forEach((key, c) => {
    // A blank cell stands for zero: a printed 0 and a blank agree.
    const asText = placements.map((p) => (p.option.values[c] as { v: Decimal }).v.toString());
    if (asText.every((v) => v === asText[0])) cells[c] = placements.find((p) => p.cells[c])?.cells[c] ?? null;
    else unknown.add(key);
  });
  return { cells, unknown, placements };
}

/**
 * The families of a classified table's rows by their codes (类 = Σ款, 款 = Σ项) and its total row
 * (合计 = Σ类), for reading placements by column sums. Only codes whose every child is a row.
 */
function codeFamilies(codes: readonly (string | null)[], totalRow: number): Family[] {
  const out: Family[] = [];
  codes.forEach((code, r) => {
    if (!code || code.length >= 7) return;
    const kids = codes.flatMap((c, k) => (c && c.length === code.length + 2 && c.startsWith(code) ? [k] : []));
    if (kids.length) out.push({ parent: r, children: kids });
  });
  if (totalRow >= 0) {
    const classes = codes.flatMap((c, k) => (c && c.length === 3 ? [k] : []));
    if (classes.length) out.push({ parent: totalRow, children: classes });
  }
  return out;
}

// ── 01 and 04: income and expense side by side ──────────────────────────────────────────────

const EXPENSE_LABEL = /支出|结余分配|^年末/;
const INCOME_LABEL = /收入|^年初|使用非财政拨款结余|财政拨款$|^本年收入/;
const NUMBERED = /^[一二三四五六七八九十]+、/;

interface Seg {
  label: string;
  cell: TableCell;
  figs: Tok[];
}

/** Labels and their figures; a label is one word (the summary tables' labels hold no space). */
function segmentsOf(l: readonly Tok[]): Seg[] {
  const out: Seg[] = [];
  for (const t of l) {
    if (t.kind === 'fig') {
      out[out.length - 1]?.figs.push(t);
      continue;
    }
    for (const w of t.text.split(/\s+/).filter(Boolean)) out.push({ label: w, cell: { ...t.cell, text: w, location: { ...t.cell.location, text: w } }, figs: [] });
  }
  return out;
}

/** The four amount columns of 04's expense side, in the order the official format prints them. */
const FUND_COLUMNS = [
  { key: 'total', label: '合计', word: /合\s*计/ },
  { key: 'general', label: '一般公共预算财政拨款', word: /一般公共/ },
  { key: 'fund', label: '政府性基金预算财政拨款', word: /政府性基/ },
  { key: 'capital', label: '国有资本经营预算财政拨款', word: /国有资本/ },
];

/**
 * The order of 04's amount columns as its header prints them: by where each column's word stands on
 * the one header line that names all four (some prints put 合计 last); the official order where no
 * line names all four. A copy keeps a line's words in their order, whatever their spacing.
 */
function fundColumnOrder(headerLines: readonly string[]): typeof FUND_COLUMNS {
  const line = headerLines.find((l) => FUND_COLUMNS.every((c) => c.word.test(l)));
  if (!line) return FUND_COLUMNS;
  return [...FUND_COLUMNS].sort((a, b) => (line.search(a.word) as number) - (line.search(b.word) as number));
}

function placeSummary(block: TableBlock, id: '01' | '04', lines: Tok[][]): Placed | null {
  const start = startOfBody(lines, (l) => l.some((t) => t.kind === 'fig') || NUMBERED.test(l[0]?.text ?? ''));
  const header = lines.slice(0, start).map(joinText).join('');
  const byFund = id === '04' && /一般公共/.test(header) && /政府性基/.test(header);
  const order = fundColumnOrder(lines.slice(0, start).map(joinText));
  const rightCols = byFund ? order.map((c) => c.key) : ['amount'];
  const rightLabels = byFund ? order.map((c) => c.label) : ['决算数'];
  const identities: Identity[] = rightCols.length > 1 ? [{ total: 'total', parts: ['general', 'fund', 'capital'].map((key) => ({ key, sign: 1 as const })) }] : [];
  const anchor = block.rows[0]?.[0] ?? { text: '', colSpan: 1, rowSpan: 1, location: block.location };
  const rows: TableCell[][] = [
    ['收入', '收入', ...rightLabels.map(() => '支出'), '支出'].map((t) => cellOf(anchor, t)),
    ['项目', '决算数', '项目', ...rightLabels].map((t) => cellOf(anchor, t)),
  ];
  const width = 3 + rightCols.length;
  const unknown = new Set<string>();
  let last = null as { row: TableCell[]; col: number } | null;
  let orphans = 0;
  // The header printed again over the part on the next page is no row.
  const headerLines = new Set(lines.slice(0, start).map(joinText));
  // A 行次 column: its header word whole, or stacked in its narrow cell (行 over 次).
  const headWords = lines.slice(0, start).flatMap((l) => l.flatMap((t) => t.text.split(/\s+/)));
  const numbered = headWords.includes('行次') || (headWords.includes('行') && headWords.includes('次'));
  // A side's label and figures into its cells.
  const put = (row: TableCell[], side: 'left' | 'right', s: Seg) => {
    if (side === 'left') {
      row[0] = cellOf(s.cell, s.label);
      if (s.figs.length === 1) row[1] = (s.figs[0] as Tok).cell;
      else if (s.figs.length > 1) unknown.add('inc.amount');
    } else {
      row[2] = cellOf(s.cell, s.label);
      const p = placeRow(s.figs, rightCols, identities);
      p.unknown.forEach((u) => unknown.add(u));
      p.cells.forEach((c, j) => c && (row[3 + j] = c));
    }
  };
  const provisional = new Set<TableCell[]>();
  const hasFigures = (at: { row: TableCell[]; col: number }) => (at.col === 0 ? [at.row[1]] : at.row.slice(3)).some((c) => !!c?.text);
  const body = joinWrappedLabels(withoutRepeatedHeaders(lines.slice(start), headerLines));
  for (const l of (numbered && withoutLineNumbers(body)) || body) {
    const segs = segmentsOf(l);
    const firstLabel = l.findIndex((t) => t.kind !== 'fig');
    orphans += firstLabel < 0 ? l.length : firstLabel;
    if (!segs.length) continue;
    // A word wrapped out of the label above ("二十二、灾害防治及应急管理支" / "出").
    if (segs.length === 1 && !(segs[0] as Seg).figs.length && last && !NUMBERED.test((segs[0] as Seg).label) && (segs[0] as Seg).label.length <= 4) {
      const c = last.row[last.col] as TableCell;
      last.row[last.col] = cellOf(c, c.text + (segs[0] as Seg).label);
      continue;
    }
    // "八、社会保障和就" / "业支出 40 13.06 …": a label cut by its wrap (it names neither side) and
    // still without figures, its tail opening the next line with the row's figures (pdf.js ends the
    // copied line where the cell wraps).
    const head = segs[0] as Seg;
    if (last && head.figs.length && !NUMBERED.test(head.label) && !ROW_START.test(head.label) && isCut(last.row[last.col] as TableCell) && !hasFigures(last)) {
      const at: { row: TableCell[]; col: number } = last;
      const c = at.row[at.col] as TableCell;
      const label = c.text + head.label;
      // The whole label names its side, which the cut one could not ("三、国有资本经营" / "预算财政拨款 3 0.00").
      const side = sideOf(label) ?? (at.col === 0 ? 'left' : 'right');
      const col = side === 'left' ? 0 : 2;
      segs.shift();
      provisional.delete(at.row);
      if (col !== at.col && (at.row[col]?.text || hasFigures({ row: at.row, col }))) {
        // That side of the row is taken: where these figures go cannot be told.
        orphans += head.figs.length;
      } else {
        at.row[at.col] = blank(anchor);
        put(at.row, side, { ...head, cell: c, label });
        last = { row: at.row, col };
      }
      if (!segs.length) continue;
    }
    const row: TableCell[] = Array.from({ length: width }, () => blank(anchor));
    let sides: ('left' | 'right')[];
    if (segs.length === 2) sides = ['left', 'right'];
    else if (segs.length === 1) {
      const s = (segs[0] as Seg).label.replace(NUMBERED, '');
      // A label that names neither side (cut by its wrap: "…应急管理支") follows the one above it.
      const side = EXPENSE_LABEL.test(s) && !INCOME_LABEL.test(s) ? 'right' : INCOME_LABEL.test(s) && !EXPENSE_LABEL.test(s) ? 'left' : last ? (last.col === 0 ? 'left' : 'right') : null;
      // A figure by a label of neither side, with no row above to follow, stands on no known row.
      if (!side && (segs[0] as Seg).figs.length) {
        orphans += (segs[0] as Seg).figs.length;
        continue;
      }
      // A label of neither side without figures opening the body ("一、一般公共预算" / "财政拨款 1 238.67"):
      // held, for the tail that completes it to say its side; left out if none does.
      if (!side) provisional.add(row);
      sides = [side ?? 'left'];
    } else continue;
    segs.forEach((s, k) => {
      put(row, sides[k] as 'left' | 'right', s);
      last = { row, col: sides[k] === 'left' ? 0 : 2 };
    });
    rows.push(row);
  }
  for (const r of provisional) rows.splice(rows.indexOf(r), 1);
  if (orphans) return { block: { ...block, shape: 'grid', rows }, unknown, notes: [], columns: ['amount', ...rightCols], problem: orphanNote(id) };
  const notes = unknown.size
      ? [`公开${id}表为复制文本（无列位置、空白格不占位），部分行的数字无法确定所在列，${[...unknown].map((k) => `“${rightLabels[rightCols.indexOf(k)] ?? k}”`).join('、')}栏未读取`]
      : [];
  return { block: { ...block, shape: 'grid', rows }, unknown, notes, columns: ['amount', ...rightCols] };
}

/**
 * A summary's label wrapped in its cell, copied as lines of words before the line of its figures
 * (PDFium gives a cell's lines, then the next cells': "一、一般公共预算" / "财政拨款" / "1 238.67"): the
 * words join into the label of the figures that open the next line. Only one label's words: lines
 * naming two items ("…收入" then "二、…") or a line opening with words stay as they are.
 */
export function joinWrappedLabels(lines: readonly Tok[][]): Tok[][] {
  const out: Tok[][] = [];
  let words: Tok[][] = [];
  for (const l of lines) {
    if (l.length && l.every((t) => t.kind === 'text')) {
      words.push(l);
      continue;
    }
    const label = words;
    const text = label.map(joinText).join('');
    const oneLabel = label.length > 0 && countLabels(text) <= 1;
    // The label may begin at the end of the line above, after the other side's figures
    // ("1 238.67 一、一" / "般公共" / "服务支" / "出" / "33 0.00 …", a narrow cell).
    const before = out[out.length - 1];
    const opened = before?.[before.length - 1];
    const whole = opened?.kind === 'text' && before!.some((t) => t.kind === 'fig') ? opened.text + text : null;
    if (whole !== null && label.length && l[0]?.kind !== 'text' && countLabels(whole) <= 1 && !/[一二三四五六七八九十]+、/.test(text)) {
      before!.splice(before!.length - 1, 1, { kind: 'text', text: whole, cell: cellOf((opened as Tok).cell, whole) }, ...l);
    } else if (oneLabel && l[0]?.kind !== 'text') {
      const cell = ((label[0] as Tok[])[0] as Tok).cell;
      out.push([{ kind: 'text', text, cell: cellOf(cell, text) }, ...l]);
    } else out.push(...label, l);
    words = [];
  }
  out.push(...words);
  return out;
}

/** Words of a header, never of a row's label. */
const HEADER_LINE = /项\s*目|行\s*次|金\s*额|决算数|栏\s*次|收\s*入\s*支\s*出/;

/**
 * The body without the header printed again over a page's part: a run of lines each one of the
 * header's, one of them with the header's own words (项目, 行次…). A line that only equals a piece of
 * the header ("财政拨款", "政府性" in a narrow print) stays: it may be a label's piece.
 */
export function withoutRepeatedHeaders(lines: readonly Tok[][], header: ReadonlySet<string>): Tok[][] {
  const out: Tok[][] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && header.has(joinText(lines[j] as Tok[]))) j++;
    const run = lines.slice(i, j);
    if (run.some((l) => HEADER_LINE.test(joinText(l)))) i = j;
    else {
      out.push(...(run.length ? run : [lines[i] as Tok[]]));
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/** How many labels a text names: numbered items and totals. */
function countLabels(text: string): number {
  return Math.max((text.match(/[一二三四五六七八九十]+、/g) ?? []).length, (text.match(/合\s*计|总\s*计/g) ?? []).length);
}

/** Labels that open a summary's own rows, never the tail of a label wrapped above. */
const ROW_START = /^(本年|年初|年末|使用|结余|上年|用事业|总\s*计|合\s*计|其中|人员经费|日常公用|公用经费|基本支出|项目支出|一般公共|政府性基金|国有资本)/;

/** The side a summary's label names, or null where it names neither or both. */
function sideOf(label: string): 'left' | 'right' | null {
  const s = label.replace(NUMBERED, '');
  const exp = EXPENSE_LABEL.test(s);
  const inc = INCOME_LABEL.test(s);
  return exp && !inc ? 'right' : inc && !exp ? 'left' : null;
}

/** How a summary's whole labels end; one ending otherwise was cut by its wrap ("年初财政拨款结转"). */
const LABEL_END = /(收入|支出|结余|合\s*计|总\s*计|拨款|分配|差额|经费|资金)$/;

/** A label cut by its wrap: it names neither side ("八、社会保障和就"), or ends mid-word. */
function isCut(c: TableCell): boolean {
  return c.text !== '' && (sideOf(c.text) === null || !LABEL_END.test(c.text));
}

/** A line number: a small whole number (an amount in 万元 or 元 is printed with decimals or may be large). */
const LINE_NO = /^\d{1,3}$/;

/**
 * The body of a summary printed with a 行次 (line number) column, its line numbers taken out. Copied,
 * each row's line number stands a single space from its label and its amount, where it reads as a
 * figure ("一、…收入 1 238.67 一、…支出 32 0.00"), and a side with no label keeps its line number
 * alone ("9 九、卫生健康支出 40 214.25"; "30 61"). A line number is a whole number that opens a line,
 * follows a label, or stands on a line of nothing else; taken out only where every one goes on the
 * count of its side (the income side's 1, 2, 3…, the expense side's own run). Else null: the table is
 * read as copied (its figures then stand by no row, and stay unread) rather than a figure taken for a
 * line number or a line number for a figure.
 */
export function withoutLineNumbers(lines: readonly (readonly Tok[])[]): Tok[][] | null {
  let left = 0;
  let right: number | null = null;
  let taken = 0;
  const out: Tok[][] = [];
  for (const l of lines) {
    const alone = l.every((t) => t.kind !== 'text' && LINE_NO.test(t.text));
    let n = 0;
    const kept: Tok[] = [];
    for (const [i, t] of l.entries()) {
      // The expense side's line number alone at the line's end, its label and amounts blank
      // ("一般公共预算财政拨款 29 0.00 61"): only where it is the next of that side's count.
      const trailing = i === l.length - 1 && i > 0 && right !== null && Number(t.text) === right + 1;
      const candidate = t.kind !== 'text' && LINE_NO.test(t.text) && (alone || i === 0 || l[i - 1]?.kind === 'text' || trailing);
      if (!candidate) {
        kept.push(t);
        continue;
      }
      const v = Number(t.text);
      if (n === 0 && v === left + 1) left = v;
      else if (right === null ? v > left || n > 0 : v === right + 1) right = v;
      else return null;
      n++;
      taken++;
    }
    out.push(kept);
  }
  return taken && left > 0 ? out : null;
}

// ── 06: economic classification, 人员经费 | 公用经费 halves side by side ──────────────────────

function placeBasic(block: TableBlock, lines: Tok[][], catalog: Catalog): Placed | null {
  const anchor = block.rows[0]?.[0] ?? { text: '', colSpan: 1, rowSpan: 1, location: block.location };
  const rows: TableCell[][] = [['科目编码', '科目名称', '决算数'].map((t) => cellOf(anchor, t))];
  const start = startOfBody(lines, (l) => l.some((t) => t.kind !== 'text'));
  let unknownRows = 0;
  let orphans = 0;
  const body = lines.slice(start);
  type Seg = { code: string | null; name: string; cell: TableCell; figs: Tok[]; pieced?: boolean };
  // The coded halves of the line above still without a figure, by line: their row may go on below.
  let open: Seg[] = [];
  const pending: Seg[][] = [];
  body.forEach((l, i) => {
    const wrapped = (x: Tok[] | undefined) => !!x && x.every((t) => t.kind === 'text');
    // Each half of the line: a code (or a total's label), its name, its figure.
    const segs: Seg[] = [];
    for (const t of l) {
      const cur = segs[segs.length - 1];
      if (t.kind === 'code') segs.push({ code: t.text, name: '', cell: t.cell, figs: [] });
      else if (t.kind === 'text') {
        if (cur && !cur.figs.length && (cur.code || !cur.name) && !cur.name) cur.name = t.text;
        else segs.push({ code: null, name: t.text, cell: t.cell, figs: [] });
      } else if (cur) cur.figs.push(t);
      else orphans++;
    }
    // "301 08 机关事业单位基本养老保险缴" / "费 160.75 302 06 电费": a line opening with words and a
    // figure but no code, under a line whose one coded half has no figure, is that half's name tail
    // and figure, broken off by the copy (pdf.js ends the line where the cell wraps).
    const lead = segs[0];
    if (lead && !lead.code && lead.figs.length && !/合计|小计|总计/.test(lead.name) && open.length === 1) {
      const row = open[0] as Seg;
      row.name += lead.name;
      row.figs = lead.figs;
      row.pieced = true;
      segs.shift();
    }
    // Lines of words only above or below: names wrapped in their cells, interleaved by the copy.
    const pieced = wrapped(body[i - 1]) || wrapped(body[i + 1]) || !l.some((t) => t.kind === 'text');
    for (const s of segs) {
      s.pieced = pieced;
      // A figure beside words that are neither a code's row nor a total stands on no row.
      if (!s.code && !/合计|小计|总计/.test(s.name)) orphans += s.figs.length;
    }
    pending.push(segs.filter((s) => s.code || /合计|小计|总计/.test(s.name)));
    // A line of words only leaves the line above open (a name wrapped further); any other closes it.
    if (!wrapped(l)) open = segs.filter((s) => s.code && !s.figs.length);
  });
  for (const s of pending.flat()) {
    if (s.figs.length > 1) {
      unknownRows++;
      continue;
    }
    const name = trustedName(s.name, s.code, !!s.pieced, catalog, true);
    rows.push([cellOf(s.cell, s.code ?? ''), cellOf(s.cell, name), s.figs[0]?.cell ?? blank(s.cell)]);
  }
  // A figure on no row, or a half with two figures: some item's figure is not where it was read, and
  // a missing item would break its class's sum, so the figures are not read at all.
  if (orphans || unknownRows) return { block: { ...block, shape: 'grid', rows }, unknown: new Set(), notes: [], columns: ['amount'], problem: orphanNote('06') };
  return { block: { ...block, shape: 'grid', rows }, unknown: new Set(), notes: [], columns: ['amount'] };
}

// ── 09: one row of 预算数 / 决算数 pairs ───────────────────────────────────────────────────

const THREE_PUBLIC_ITEMS = ['合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行维护费', '公务接待费'];
const THREE_PUBLIC_KEYS = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'];

function placeThreePublic(block: TableBlock, lines: Tok[][]): Placed | null {
  const start = startOfBody(lines, (l) => l.some((t) => t.kind === 'fig'));
  const header = lines.slice(0, start).map(joinText).join('');
  const groups = /预算/.test(header) ? ['预算数', '决算数'] : ['决算数'];
  const anchor = block.rows[0]?.[0] ?? { text: '', colSpan: 1, rowSpan: 1, location: block.location };
  const top: string[] = [];
  const sub: string[] = [];
  const cols: string[] = [];
  const add = (item: string, i: number, g: string) => {
    top.push(item);
    sub.push(g);
    cols.push(`${g === '预算数' ? 'budget' : 'actual'}.${THREE_PUBLIC_KEYS[i]}`);
  };
  // 预算数 and 决算数 under each item (the words repeat), or all 预算数 then all 决算数 (once each).
  const pairs = (header.match(/预算/g) ?? []).length >= 2;
  if (pairs) THREE_PUBLIC_ITEMS.forEach((item, i) => groups.forEach((g) => add(item, i, g)));
  else groups.forEach((g) => THREE_PUBLIC_ITEMS.forEach((item, i) => add(item, i, g)));
  const identities: Identity[] = groups.map((g) => (g === '预算数' ? 'budget' : 'actual')).flatMap((g) => [
    { total: `${g}.total`, parts: ['abroad', 'vehicle', 'reception'].map((k) => ({ key: `${g}.${k}`, sign: 1 as const })) },
    { total: `${g}.vehicle`, parts: ['vehiclePurchase', 'vehicleOps'].map((k) => ({ key: `${g}.${k}`, sign: 1 as const })) },
  ]);
  const rows: TableCell[][] = [top.map((t) => cellOf(anchor, t)), sub.map((t) => cellOf(anchor, t))];
  const unknown = new Set<string>();
  for (const l of lines.slice(start)) {
    const figs = l.filter((t) => t.kind === 'fig');
    if (!figs.length) continue;
    const p = placeRow(figs, cols, identities);
    p.unknown.forEach((u) => unknown.add(u));
    rows.push(p.cells.map((c) => c ?? blank(anchor)));
  }
  const notes = unknown.size ? ['公开09表为复制文本，部分数字无法确定所在列，未读取'] : [];
  return { block: { ...block, shape: 'grid', rows }, unknown, notes, columns: cols };
}
