import { type Agreement, type Comparison, compareSame, compareSummed, sumOf, tolText } from '../arith.js';
import { AmountWords, Decimal, type Figure, dec, fmt, halfUnit, intervalOf } from '../../model/decimal.js';
import type { Disclosure, PublicTable, TableRow } from '../../model/disclosure.js';
import { type Location, placeKey } from '../../model/location.js';
import { ROW_KEYS, TABLE_DEFS, type TableId } from '../../model/tables.js';
import type { Category, Severity } from '../../model/finding.js';
import type { Exchange } from '../fold/relations.js';
import { type Rule, type RuleCase, type RuleContext, type RuleSkip, defineRule, insufficient, notApplicable } from '../rule.js';

/**
 * Shared machinery of the table, cross-table and completeness rules: finding tables, naming cells,
 * and the identity analysis that turns a wrong cell into ONE finding instead of a cascade.
 */

export function tableName(id: TableId): string {
  return `公开${id}表`;
}

/** The table, or why a rule that needs it cannot run. */
export function needTable(doc: Disclosure, id: TableId): PublicTable | RuleSkip {
  const t = doc.tables.find((x) => x.id === id);
  if (t) return t;
  const unread = doc.coverage.tablesUnread.find((u) => u.id === id);
  if (unread) return insufficient(`${tableName(id)}已印出，但未能读取其数据（${unread.reason}）`);
  if (doc.coverage.tablesReferenced.includes(id)) {
    return insufficient(`${tableName(id)}未随文公开（文中仅列目录或注明见附表），无法核对`);
  }
  return insufficient(`未找到${tableName(id)}`);
}

export function isSkip(x: unknown): x is RuleSkip {
  return typeof x === 'object' && x != null && 'status' in x && 'reason' in x;
}

/** Every figure of the table is blank or zero (a table with unread columns is not known to be). */
export function isAllZero(t: PublicTable): boolean {
  if (t.unreadColumns?.length) return false;
  return t.rows.every((r) => Object.values(r.cells).every((f) => f == null || new Decimal(f.value).isZero()));
}

/** A table declared empty (注：…本表无数据) with no non-zero figure: its identities do not apply. */
/**
 * The cause key of "table `id` has figures though the document says it is empty": the explanation's
 * "没有…支出" and the table's own "本表无数据" are two statements of one contradiction, one finding.
 */
export const saidEmptyCause = (id: TableId) => `said-empty:${id}`;

export function declaredEmpty(t: PublicTable): boolean {
  return t.emptyStatement != null && isAllZero(t);
}

export function findRow(t: PublicTable, key: string, side?: TableRow['side']): TableRow | undefined {
  return t.rows.find((r) => r.key === key && (side === undefined || r.side === side));
}

/** Name of a row for messages: "2101501 行政运行", "合计", "本年收入合计". */
export function rowLabel(r: TableRow): string {
  if (r.key === 'total') return r.name && r.name !== '合计' && !/三公/.test(r.name) ? r.name : r.name.includes('三公') ? '' : '合计';
  const name = r.name.replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/, '');
  return r.code ? `${r.code} ${name}` : name;
}

const EXTRA_COLUMNS: Record<string, string> = { opening: '年初结转和结余', income: '本年收入', closing: '年末结转和结余' };

export function colLabel(id: TableId, key: string): string {
  if (key === 'amount') return '';
  const def = TABLE_DEFS[id].columns.find((c) => c.key === key)?.label;
  if (id === '09' && def) return def.replace(/^(预算数|决算数)/, '$1 ');
  return def ?? EXTRA_COLUMNS[key] ?? key;
}

/** A cell of a table, with how to name it in a message. */
export interface CellRef {
  table: TableId;
  row: TableRow;
  col: string;
  fig: Figure;
  /** Full name: 公开05表 2101501 行政运行 的“小计” */
  label: string;
  /**
   * The cell is printed but its value was not read (a spreadsheet formula saved without its result):
   * unknown, not blank. `fig` is then a stand-in that says so (raw “（未读取）”), never to be compared:
   * an identity with such a cell is not evaluated (sumIdentity, sameIdentity, leIdentity).
   */
  unread?: true;
  /**
   * With `unread`: the row has no such column at all (the table's header did not give it, as a sheet
   * printed wider than its page leaves its right columns to another page), where a blank cell would
   * be there and null. Unknown, not blank; an identity that has nothing else to stand on is not built.
   */
  columnMissing?: true;
  /** With `unread`: the row is a piece of a label cut over lines (`cutClassRows`), whatever figures it had unread. */
  cutLabel?: true;
}

export function cellRef(id: TableId, r: TableRow | undefined, col: string): CellRef | null {
  const unread = r?.unread?.[col];
  if (r && unread) return unreadRef(id, r, col, unread);
  // Readers key every column the header named in every row, a blank cell as null: a key that is not
  // there is a column not read.
  if (r && !(col in r.cells)) return unreadRef(id, r, col, r.location, true);
  const fig = r?.cells[col];
  if (!r || !fig) return null;
  return new TableCellRef(id, r, col, fig);
}

function unreadRef(id: TableId, r: TableRow, col: string, location: Location, columnMissing = false, cutLabel = false): CellRef {
  const fig: Figure = { value: '0', decimals: 2, kind: 'amount', unit: null, raw: '（未读取）', location };
  const ref = new TableCellRef(id, r, col, fig);
  return {
    table: id,
    row: r,
    col,
    fig,
    get label() { return ref.label; },
    unread: true,
    ...(columnMissing ? { columnMissing: true as const } : {}),
    ...(cutLabel ? { cutLabel: true as const } : {}),
  };
}

/**
 * The expense rows of a summary (01, 04) above 本年支出合计 that name no class and print no figure:
 * a class's name cut over lines ("九、卫生" / "健康支出") whose piece was read as a row of its own, so
 * the class's figures may have gone unread with it.
 */
export function cutClassRows(t: PublicTable): TableRow[] {
  const expense = t.rows.filter((r) => r.side === 'expense');
  const total = expense.findIndex((r) => r.key === ROW_KEYS.expTotal);
  return expense.slice(0, total < 0 ? expense.length : total).filter((r) => r.key.startsWith('exp.name:') && Object.values(r.cells).every((f) => !f));
}

/**
 * 本年支出合计 = Σ the classes (01, 04) in one column; where the table shows a label cut into rows of its
 * own (`cutClassRows`), not evaluated: a class may have been read without its figure, and a sum short
 * by it proves no error.
 */
export function classesIdentity(rule: string, what: string, t: PublicTable, total: CellRef | null, col: string): Identity[] {
  const classes = t.rows.filter((r) => r.side === 'expense' && r.key.startsWith('exp.class:'));
  const built = sumIdentity(rule, what, total, classes.map((r) => ({ ref: cellRef(t.id, r, col), short: rowLabel(r).replace(/^\d+ /, '') })));
  const cut = cutClassRows(t);
  if (!cut.length) return built;
  return built.map((e) => ({ ...e, unread: [...(e.unread ?? []), ...cut.map((r) => unreadRef(t.id, r, col, r.location, false, true))] }));
}

/**
 * A cell of a public table. Its label is made when a message asks for it: every printed cell takes
 * part in identities, and nearly all of them hold.
 */
class TableCellRef implements CellRef {
  private name: string | null = null;

  constructor(
    readonly table: TableId,
    readonly row: TableRow,
    readonly col: string,
    readonly fig: Figure,
  ) {}

  get label(): string {
    if (this.name == null) {
      const rl = rowLabel(this.row);
      const cl = colLabel(this.table, this.col);
      this.name = `${tableName(this.table)}${rl ? ` ${rl}` : ''}${cl ? `${rl ? ' 的' : ' '}“${cl}”` : ''}`;
    }
    return this.name;
  }
}

/**
 * The i-th of a row's figures that stand in no known column (`TableRow.unplaced`): named by its place
 * in the row as printed, since its column cannot be told.
 */
export function unplacedRef(id: TableId, r: TableRow, i: number): CellRef {
  const fig = (r.unplaced ?? [])[i] as Figure;
  return { table: id, row: r, col: `unplaced:${i}`, fig, label: `${tableName(id)} ${rowLabel(r)} 所在栏未能确定的第${i + 2}个数` };
}

/** A printed zero standing for a row the table does not print (so a missing row can be compared). */
export function absentRef(id: TableId, t: PublicTable, rowName: string, col: string): CellRef {
  const fig: Figure = { value: '0', decimals: 2, kind: 'amount', unit: null, raw: '（未列示）', location: t.location };
  const row: TableRow = { key: `absent:${rowName}`, code: null, name: rowName, lineNo: null, side: null, cells: { [col]: fig }, location: t.location };
  return { table: id, row, col, fig, label: `${tableName(id)} ${rowName}（未列示）` };
}

export interface Part {
  ref: CellRef;
  /** How the part is named inside the formula (shorter than the full label). */
  short: string;
  sign: 1 | -1;
}

/**
 * One identity the tables must satisfy: `sum` total = Σ ±parts; `same` two printings of one
 * quantity; `le` the part may not exceed the whole (left ≤ right).
 */
export interface Identity {
  rule: string;
  kind: 'sum' | 'same' | 'le';
  total: CellRef;
  parts: Part[];
  /** What the identity says, e.g. "小计 = 基本支出 + 项目支出". */
  what: string;
  /** Cells of it whose values were not read: the identity is not evaluated, and the rule says so. */
  unread?: CellRef[];
}

export interface Evaluated extends Identity {
  agreement: Agreement;
  /** Printed total minus printed Σ parts (for `le`: part minus whole when it exceeds). */
  difference: Decimal;
  tolerance: Decimal;
  expected: Decimal;
}

// Cells subtracted in several identities are negated once (and keep their cached intervals).
const negated = new WeakMap<Figure, { value: string; fig: Figure }>();

function negate(f: Figure): Figure {
  const hit = negated.get(f);
  if (hit && hit.value === f.value) return hit.fig;
  const d = dec(f).negated();
  const fig = { ...f, value: d.isZero() ? f.value.replace(/^-/, '') : d.toFixed(f.decimals) };
  negated.set(f, { value: f.value, fig });
  return fig;
}

export function evaluate(id: Identity): Evaluated {
  if (id.kind === 'le') {
    const part = id.parts[0]?.ref.fig as Figure;
    const whole = id.total.fig;
    const over = dec(part).minus(dec(whole));
    const tol = halfUnit(part.decimals).plus(halfUnit(whole.decimals));
    const agreement: Agreement = over.lte(0) ? 'exact' : intervalOf(part).lo.gt(intervalOf(whole).hi) ? 'break' : 'tail';
    return evaluated(id, { agreement, difference: over, tolerance: tol }, new Decimal(whole.value));
  }
  if (id.kind === 'same') {
    const c = compareSame(id.total.fig, (id.parts[0] as Part).ref.fig);
    // Adding or subtracting is exact, like multiplying by ±1 was, without the multiplications.
    const expected = id.parts.reduce((s, p) => (p.sign === 1 ? s.plus(dec(p.ref.fig)) : s.minus(dec(p.ref.fig))), new Decimal(0));
    return evaluated(id, c, expected);
  }
  // Σ ±parts is the sum of the signed figures: each step adds −x where it subtracted x, the same
  // exact value rounded the same way, so the comparison's sum is the expected value.
  const signed = id.parts.map((p) => (p.sign === 1 ? p.ref.fig : negate(p.ref.fig)));
  const sum = sumOf(signed);
  const c = compareSummed(id.total.fig, signed, sum);
  return evaluated(id, c, sum);
}

/**
 * An evaluated identity. Its difference and tolerance are read from the comparison only when a
 * message needs them (compareSummed works them out then). Fields spelled out rather than
 * `{ ...id, … }`: spreading the identity was the costliest line of the whole analysis.
 */
class EvaluatedIdentity implements Evaluated {
  readonly rule: string;
  readonly kind: Identity['kind'];
  readonly total: CellRef;
  readonly parts: Part[];
  readonly what: string;
  readonly agreement: Agreement;

  constructor(
    id: Identity,
    private readonly c: Comparison,
    readonly expected: Decimal,
  ) {
    this.rule = id.rule;
    this.kind = id.kind;
    this.total = id.total;
    this.parts = id.parts;
    this.what = id.what;
    this.agreement = c.agreement;
  }

  get difference(): Decimal {
    return this.c.difference;
  }

  get tolerance(): Decimal {
    return this.c.tolerance;
  }
}

function evaluated(id: Identity, c: Comparison, expected: Decimal): Evaluated {
  return new EvaluatedIdentity(id, c, expected);
}

export function cellKey(c: CellRef): string {
  const l = c.fig.location;
  return `${c.table}|${c.row.key}|${c.row.side ?? ''}|${c.col}|${placeKey(l)}:${l.cell?.row ?? ''}:${l.cell?.col ?? ''}`;
}

function cellsOf(e: Identity): CellRef[] {
  return [e.total, ...e.parts.map((p) => p.ref)];
}

export interface Analysis {
  evaluated: Evaluated[];
  /** Identities not evaluated because a cell of theirs was not read (`Identity.unread`). */
  unread: Identity[];
  /** For a failing identity explained by a wrong cell: that cell and every identity it breaks. */
  culpritOf: Map<Evaluated, Culprit>;
}

/** A wrong cell and every identity it breaks; or two cells of one row written in each other's place. */
export interface Culprit {
  cell: CellRef;
  /** The other cell of the row, when the two figures were exchanged. */
  swappedWith?: CellRef;
  failures: Evaluated[];
}

/** Builders of every identity, registered by the table and cross-table rule modules. */
const builders: ((doc: Disclosure) => Identity[])[] = [];
export function registerIdentities(build: (doc: Disclosure) => Identity[]): void {
  builders.push(build);
}

const cache = new WeakMap<Disclosure, Analysis>();

/**
 * Evaluates all identities of the document at once. When one cell takes part in two or more broken
 * identities, it is the likely culprit: it is reported once (by the first identity it breaks) and
 * the other identities it explains are not reported separately.
 */
export function analyze(doc: Disclosure): Analysis {
  const hit = cache.get(doc);
  if (hit) return hit;
  const built = builders.flatMap((b) => b(doc));
  const evaluated = built.filter((e) => !e.unread).map(evaluate);
  const unread = built.filter((e) => e.unread);
  const broken = evaluated.filter((e) => e.agreement === 'break');
  const count = new Map<string, number>();
  for (const e of broken) for (const k of new Set(cellsOf(e).map(cellKey))) count.set(k, (count.get(k) ?? 0) + 1);
  const culpritOf = new Map<Evaluated, Culprit>();
  const byCell = new Map<string, Culprit>();
  for (const e of broken) {
    let best: CellRef | null = null;
    let n = 1;
    for (const c of cellsOf(e)) {
      const k = count.get(cellKey(c)) ?? 0;
      if (k > n) {
        best = c;
        n = k;
      }
    }
    if (!best) continue;
    const k = cellKey(best);
    const entry = byCell.get(k) ?? { cell: best, failures: [] };
    entry.failures.push(e);
    byCell.set(k, entry);
    culpritOf.set(e, entry);
  }
  // Two cells of one printed row written in each other's place: each is the culprit of its own breaks,
  // and one slip would be reported twice. The exchange is the one cause when it makes every identity
  // either cell takes part in hold; all their breaks are then one culprit, the pair.
  for (const swap of swappedCells(evaluated, broken)) for (const e of swap.failures) culpritOf.set(e, swap);
  const a = { evaluated, unread, culpritOf };
  cache.set(doc, a);
  return a;
}

/** Whether two cells stand in one printed row of one table (the same line, and the same row of its table). */
function sameRow(a: CellRef, b: CellRef): boolean {
  const [la, lb] = [a.fig.location, b.fig.location];
  return a.table === b.table && la.line != null && placeKey(la) === placeKey(lb) && (la.cell?.table ?? null) === (lb.cell?.table ?? null) && (la.cell?.row ?? null) === (lb.cell?.row ?? null);
}

/** Whether two cells stand in one printed column of one table (the same table of the page, the same column). */
function sameColumn(a: CellRef, b: CellRef): boolean {
  const [la, lb] = [a.fig.location, b.fig.location];
  return a.table === b.table && la.file === lb.file && la.cell != null && lb.cell != null && la.cell.table === lb.cell.table && la.cell.col === lb.cell.col;
}

/**
 * A broken sum that holds with its total and one of its parts (of the same printed row or column)
 * exchanged, every other identity either cell takes part in holding as well: what the finding says
 * once a third source (the explanation) bears the exchange out. One sum alone cannot tell it from one
 * wrong cell, so the finding stays as it is until then. Several parts may fit only when printed alike
 * (the total's figure is then the same whichever it was). Undefined when none fits.
 */
function totalExchange(all: readonly Evaluated[], e: Evaluated, w: Words): Exchange | undefined {
  if (e.kind !== 'sum') return undefined;
  const a = e.total;
  if (a.unread || a.fig.kind !== 'amount') return undefined;
  const fits = e.parts
    .map((p) => p.ref)
    .filter((b) => !b.unread && b.fig.kind === 'amount' && cellKey(b) !== cellKey(a) && !dec(a.fig).eq(dec(b.fig)) && (sameRow(a, b) || sameColumn(a, b)))
    .filter((b) => {
      const [ka, kb] = [cellKey(a), cellKey(b)];
      const exchanged = (c: CellRef): CellRef => (cellKey(c) === ka ? { ...c, fig: b.fig } : cellKey(c) === kb ? { ...c, fig: a.fig } : c);
      const involved = all.filter((x) => cellsOf(x).some((c) => cellKey(c) === ka || cellKey(c) === kb));
      return involved.every((x) => evaluate({ ...x, total: exchanged(x.total), parts: x.parts.map((p) => ({ ...p, ref: exchanged(p.ref) })) }).agreement !== 'break');
    });
  const first = fits[0];
  if (!first || fits.some((b) => !dec(b.fig).eq(dec(first.fig)))) return undefined;
  const before = `（此前不成立的1项：${statement(e, w)}）`;
  return {
    at: a.fig.location,
    printed: dec(a.fig),
    with: fits.map((b) => ({
      at: b.fig.location,
      printed: dec(b.fig),
      message: `${swapWords(a, b)}：两数互换后，它们参与的各项勾稽关系均成立，说明所写的数也是互换后的数${before}`,
      expected: `${b.fig.raw}；${a.fig.raw}`,
      actual: `${a.fig.raw}；${b.fig.raw}`,
    })),
    either:
      fits.length > 1
        ? {
            message: `${a.label}${a.fig.raw} 疑与${fits.map((b) => b.label.replace(/^.* “/, '“')).join('、')}之一（均为${first.fig.raw}）写反（互换）：与其中任一互换后，它们参与的各项勾稽关系均成立，说明所写的${a.label.replace(/^.* “/, '“')}也是互换后的数${first.fig.raw}；是哪一项，表中无从判断${before}`,
            expected: first.fig.raw,
            actual: a.fig.raw,
          }
        : undefined,
  };
}

/**
 * Pairs of cells of one printed row that are each other's figures: at least two identities break,
 * each cell takes part in one of them, and with the two figures exchanged every identity either cell
 * takes part in holds (within its rounding). The other cells of those identities are the third
 * sources that side with the exchange; a single wrong cell cannot be explained so, as the other cell
 * of the pair would then break its own identities. Each cell and each break is in one pair at most.
 */
function swappedCells(evaluated: readonly Evaluated[], broken: readonly Evaluated[]): Culprit[] {
  const cells = new Map<string, CellRef>();
  for (const e of broken) for (const c of cellsOf(e)) if (!c.unread && c.fig.kind === 'amount') cells.set(cellKey(c), c);
  if (cells.size < 2) return [];
  const list = [...cells.values()];
  const found: Culprit[] = [];
  for (const [i, a] of list.entries()) {
    for (const b of list.slice(i + 1)) {
      const [ka, kb] = [cellKey(a), cellKey(b)];
      if (!sameRow(a, b) || dec(a.fig).eq(dec(b.fig))) continue;
      const involved = evaluated.filter((e) => cellsOf(e).some((c) => cellKey(c) === ka || cellKey(c) === kb));
      const failures = involved.filter((e) => e.agreement === 'break');
      if (failures.length < 2) continue;
      const exchanged = (c: CellRef): CellRef => {
        const k = cellKey(c);
        return k === ka ? { ...c, fig: b.fig } : k === kb ? { ...c, fig: a.fig } : c;
      };
      const holds = involved.every((e) => evaluate({ ...e, total: exchanged(e.total), parts: e.parts.map((p) => ({ ...p, ref: exchanged(p.ref) })) }).agreement !== 'break');
      if (!holds) continue;
      found.push({ cell: a, swappedWith: b, failures });
    }
  }
  // The exchange that explains the most breaks first: a row under the swapped one (an item whose 款 was
  // exchanged) also comes right by exchanging its own two cells, but only for breaks the other explains.
  const used = new Set<string>();
  const taken = new Set<Evaluated>();
  const out: Culprit[] = [];
  for (const c of found.sort((x, y) => y.failures.length - x.failures.length)) {
    const [ka, kb] = [cellKey(c.cell), cellKey(c.swappedWith as CellRef)];
    if (used.has(ka) || used.has(kb) || c.failures.every((e) => taken.has(e))) continue;
    used.add(ka).add(kb);
    for (const e of c.failures) taken.add(e);
    out.push({ ...c, failures: c.failures.filter((e) => !out.some((o) => o.failures.includes(e))) });
  }
  return out.filter((c) => c.failures.length >= 2);
}

/** How a finding states the amounts it works out (sums, differences, tolerances). */
interface Words {
  show(d: Decimal): string;
  tol(t: Decimal): string;
}

/**
 * The words of a finding on these cells: in 元 when every one was printed in 元 (a table kept in 元:
 * "= 2386700.00元，相差 150.00元；容差 ±0.02元", as the page prints them; the rules still compare in 万元),
 * else in 万元 at the places the cells printed in 万元 have, without those a conversion adds
 * (1244.56, never 1244.560000).
 */
function wordsOf(figs: readonly Figure[]): Words {
  const w = new AmountWords(figs);
  if (w.yuan) return { show: (d) => w.amount(d), tol: (t) => `${tolText(t.times(10000), w.places)}元` };
  const wan = figs.filter((f) => !f.unit || f.unit === '万元');
  const decimals = Math.max(...(wan.length ? wan : figs).map((f) => f.decimals));
  return { show: (d) => fmt(d, decimals), tol: (t) => tolText(t) };
}

function figsOf(e: Identity): Figure[] {
  return cellsOf(e).map((c) => c.fig);
}

function formula(e: Evaluated): string {
  return e.parts
    .map((p, i) => `${i === 0 ? (p.sign === -1 ? '−' : '') : p.sign === -1 ? ' − ' : ' + '}${p.short}${p.ref.fig.raw}`)
    .join('');
}

function locations(e: Identity): Location[] {
  return cellsOf(e).map((c) => c.fig.location);
}

const TAIL = '尾数差异，在四舍五入允许范围内';

/** Reports the identities owned by one rule, with the tail / break / culprit policy. */
export function reportIdentities(ctx: RuleContext, ruleId: string): void {
  const a = analyze(ctx.doc);
  for (const e of a.evaluated) {
    if (e.rule !== ruleId || e.agreement === 'exact') continue;
    const w = wordsOf(figsOf(e));
    if (e.agreement === 'tail') {
      ctx.report({
        severity: 'info',
        message: `${statement(e, w)}；${TAIL}`,
        expected: w.show(e.expected),
        actual: e.kind === 'le' ? (e.parts[0] as Part).ref.fig.raw : e.total.fig.raw,
        difference: w.show(e.difference),
        tolerance: `${w.tol(e.tolerance)}（${TAIL}）`,
        locations: locations(e),
      });
      continue;
    }
    const culprit = a.culpritOf.get(e);
    if (culprit && culprit.failures.length >= 2) {
      if (culprit.failures[0] !== e) continue;
      if (culprit.swappedWith) reportSwap(ctx, culprit.cell, culprit.swappedWith, culprit.failures);
      else reportCulprit(ctx, culprit.cell, culprit.failures);
      continue;
    }
    const suspect = e.kind === 'sum' ? partsSuspected(a.evaluated, e) : null;
    const exchange = totalExchange(a.evaluated, e, w);
    if (suspect) {
      reportParts(ctx, e, suspect, w, exchange);
      continue;
    }
    ctx.report({
      ...(exchange ? { exchange } : {}),
      message: statement(e, w),
      expected: w.show(e.expected),
      actual: e.kind === 'le' ? (e.parts[0] as Part).ref.fig.raw : e.total.fig.raw,
      difference: w.show(e.difference),
      tolerance: w.tol(e.tolerance),
      locations: locations(e),
    });
  }
}

/**
 * A broken sum whose total holds in another identity of the tables (a 类 total that adds up into
 * 人员经费合计, a 小计 into its 合计): one wrong figure explains the break only if it is a part. The
 * parts that no holding identity bears out are the suspects; null when the total is borne out by
 * nothing, or every part is.
 */
function partsSuspected(all: readonly Evaluated[], e: Evaluated): { corroboration: Evaluated; parts: Part[] } | null {
  // An identity within its rounding tail holds: its cells agree as printed.
  const holding = all.filter((x) => x !== e && x.agreement !== 'break');
  const bears = (c: CellRef) => holding.find((x) => cellsOf(x).some((y) => cellKey(y) === cellKey(c)));
  const corroboration = bears(e.total);
  if (!corroboration) return null;
  // (A part printed 0 may be the one left blank by mistake: it stays a suspect.)
  const parts = e.parts.filter((p) => !bears(p.ref));
  return parts.length ? { corroboration, parts } : null;
}

function reportParts(ctx: RuleContext, e: Evaluated, s: { corroboration: Evaluated; parts: Part[] }, w: Words, exchange: Exchange | undefined): void {
  const one = s.parts.length === 1 ? (s.parts[0] as Part) : null;
  const should = one ? implied(e, one.ref) : null;
  const named = s.parts.length <= 4 ? s.parts.map((p) => `${p.short}${p.ref.fig.raw}`).join('、') : `所列${s.parts.length}项`;
  const where = one ? `${one.ref.label}${one.ref.fig.raw} 疑有误${should ? `，按此关系应为 ${w.show(should)}` : ''}` : `差错应在${named}之中`;
  ctx.report({
    ...(exchange ? { exchange } : {}),
    message: `${statement(e, w)}；${e.total.label}${e.total.fig.raw} 在另一勾稽关系中相符（${s.corroboration.what}），${where}`,
    expected: one && should ? w.show(should) : e.total.fig.raw,
    actual: one ? one.ref.fig.raw : w.show(e.expected),
    difference: w.show(e.difference.negated()),
    tolerance: w.tol(e.tolerance),
    locations: one ? dedupeLocations([one.ref.fig.location, ...locations(e)]) : locations(e),
  });
}

function statement(e: Evaluated, w: Words): string {
  if (e.kind === 'same') {
    const p = e.parts[0] as Part;
    return `${e.total.label}${e.total.fig.raw} 与 ${p.ref.label}${p.ref.fig.raw} 不一致（${e.what}），相差 ${w.show(e.difference)}`;
  }
  if (e.kind === 'le') {
    const p = e.parts[0] as Part;
    return `${p.ref.label}${p.ref.fig.raw} 大于 ${e.total.label}${e.total.fig.raw}（${e.what}），超出 ${w.show(e.difference)}`;
  }
  return `${e.total.label}${e.total.fig.raw} 不等于 ${formula(e)} = ${w.show(e.expected)}（${e.what}），相差 ${w.show(e.difference)}`;
}

/** What value of the culprit cell would satisfy an identity. */
function implied(e: Evaluated, cell: CellRef): Decimal | null {
  const k = cellKey(cell);
  if (e.kind === 'le') return null;
  if (cellKey(e.total) === k) return e.expected;
  const p = e.parts.find((x) => cellKey(x.ref) === k);
  if (!p) return null;
  const others = e.parts.filter((x) => x !== p).reduce((s, x) => s.plus(new Decimal(x.ref.fig.value).times(x.sign)), new Decimal(0));
  return new Decimal(e.total.fig.value).minus(others).times(p.sign);
}

function reportCulprit(ctx: RuleContext, cell: CellRef, failures: Evaluated[]): void {
  const w = wordsOf(failures.flatMap(figsOf));
  const implies = failures.map((f) => implied(f, cell)).filter((v): v is Decimal => v != null);
  const values = implies.map((v) => w.show(v));
  const agreed = values.length > 0 && values.every((v) => v === values[0]) ? (values[0] as string) : null;
  const agreedValue = agreed ? (implies[0] as Decimal) : null;
  const details = failures.map((f) => statement(f, w)).join('；');
  const locs = [cell.fig.location, ...failures.flatMap((f) => locations(f)).filter((l) => l !== cell.fig.location)];
  ctx.report({
    message: `${cell.label}${cell.fig.raw} 疑有误：它参与的${failures.length}项勾稽关系均不成立${agreed ? `，按这些关系应为 ${agreed}` : ''}（${details}）`,
    expected: agreed,
    actual: cell.fig.raw,
    difference: agreedValue ? w.show(new Decimal(cell.fig.value).minus(agreedValue)) : null,
    tolerance: w.tol(failures[0]?.tolerance ?? new Decimal(0)),
    locations: dedupeLocations(locs),
  });
}

/** Two cells of one row written in each other's place: one finding naming both, with every identity they break. */
function reportSwap(ctx: RuleContext, a: CellRef, b: CellRef, failures: Evaluated[]): void {
  const w = wordsOf(failures.flatMap(figsOf));
  const details = failures.map((f) => statement(f, w)).join('；');
  const own = [a.fig.location, b.fig.location];
  ctx.report({
    message: `${swapWords(a, b)}：两数互换后，它们参与的各项勾稽关系均成立（此前不成立的${failures.length}项：${details}）`,
    expected: `${b.fig.raw}；${a.fig.raw}`,
    actual: `${a.fig.raw}；${b.fig.raw}`,
    difference: null,
    tolerance: w.tol(failures[0]?.tolerance ?? new Decimal(0)),
    locations: dedupeLocations([...own, ...failures.flatMap((f) => locations(f)).filter((l) => !own.includes(l))]),
  });
}

/** "A 与 B 疑为两栏数字写反（互换）", the second cell by its column alone when both labels name the same row ("… 的“基本支出”0.00 与“项目支出”6.70"). */
function swapWords(a: CellRef, b: CellRef): string {
  const row = /^(.*) 的“/.exec(a.label)?.[1];
  const second = row && b.label.startsWith(`${row} 的“`) ? b.label.slice(row.length + 2) : ` ${b.label}`;
  return `${a.label}${a.fig.raw} 与${second}${b.fig.raw} 疑为两栏数字写反（互换）`;
}

function dedupeLocations(ls: Location[]): Location[] {
  const seen = new Set<string>();
  return ls.filter((l) => {
    const k = `${placeKey(l)}:${l.cell?.row}:${l.cell?.col}:${l.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A rule checking identities: it needs some tables, does not apply to declared-empty ones, and
 * reports through reportIdentities.
 */
export function identityRule(spec: {
  id: string;
  title: string;
  category?: Category;
  severity?: Severity;
  authority: string;
  description: string;
  tables: TableId[];
  /** Tables whose being declared empty makes the rule not applicable. */
  emptyMeansNA?: TableId[];
  build: (doc: Disclosure) => Identity[];
  cases: RuleCase[];
}): Rule {
  registerIdentities((doc) => {
    for (const id of spec.tables) if (!doc.tables.some((t) => t.id === id)) return [];
    return spec.build(doc);
  });
  return defineRule({
    id: spec.id,
    title: spec.title,
    category: spec.category ?? 'table',
    severity: spec.severity ?? 'error',
    authority: spec.authority,
    description: spec.description,
    cases: spec.cases,
    check(ctx) {
      for (const id of spec.tables) {
        const t = needTable(ctx.doc, id);
        if (isSkip(t)) return t;
      }
      for (const id of spec.emptyMeansNA ?? []) {
        const t = ctx.doc.tables.find((x) => x.id === id);
        if (t && declaredEmpty(t)) return notApplicable(`${tableName(id)}为空表（${t.emptyStatement}）`);
      }
      const a = analyze(ctx.doc);
      const mine = a.evaluated.filter((e) => e.rule === spec.id);
      const unread = a.unread.filter((e) => e.rule === spec.id);
      if (!mine.length && unread.length) return insufficient(unreadReason(unread));
      if (!mine.length) return insufficient(`${spec.tables.map(tableName).join('、')}中未读到本规则所需的行或列`);
      reportIdentities(ctx, spec.id);
      // The identities it could not evaluate are said (once for the rule): a check not run is not a check passed.
      if (unread.length) {
        ctx.report({
          severity: 'info',
          message: unreadReason(unread),
          expected: null,
          actual: null,
          locations: dedupeLocations(unread.flatMap((e) => (e.unread ?? []).map((c) => c.fig.location))),
        });
      }
    },
  });
}

/** Why identities with unread cells were not evaluated, naming the first few and their cells. */
function unreadReason(list: readonly Identity[]): string {
  const named = list.slice(0, 3).map((e) => {
    const cells = e.unread ?? [];
    const shown = cells.slice(0, 2).map((c) => c.label).join('、');
    return `${e.what}（${shown}${cells.length > 2 ? `等${cells.length}格` : ''}）`;
  });
  const more = list.length > 3 ? `等${list.length}项` : '';
  const cells = list.flatMap((e) => e.unread ?? []);
  const missing = cells.filter((c) => c.columnMissing).length;
  const why = cells.every((c) => c.cutLabel)
    ? '表中有行只读到名称的片段（名称跨行断开，该行的数字可能未读到）'
    : missing === cells.length
      ? '所涉栏目在表中未能读到（如表格宽于页面、右侧栏目印在另一页）'
      : missing
        ? '所涉单元格的值或栏目未能读取（公式没有保存计算结果，或栏目在表中未能读到）'
        : '所涉单元格的值未能读取（公式没有保存计算结果）';
  return `${list.length > 1 ? `${list.length}项勾稽关系` : '勾稽关系'}未能核对，${why}，未知不等于零：${named.join('；')}${more}`;
}

/** The identity, or when one of its cells was not read, its stand-in that is not evaluated. */
function withUnreadCells(e: Identity): Identity {
  const unread = [e.total, ...e.parts.map((p) => p.ref)].filter((c) => c.unread);
  return unread.length ? { ...e, unread } : e;
}

/**
 * Σ over the parts that are printed (blank cells are left out: a blank prints as zero). A part or
 * total not read (`CellRef.unread`, a column the table lacks too) is unknown, not blank: the identity
 * is then not evaluated.
 */
export function sumIdentity(rule: string, what: string, total: CellRef | null, parts: ({ ref: CellRef | null; short: string; sign?: 1 | -1 })[]): Identity[] {
  // A total or every part in columns the table does not have: nothing to check, as with no cells.
  if (!total || total.columnMissing) return [];
  const ps: Part[] = [];
  for (const p of parts) if (p.ref) ps.push({ ref: p.ref, short: p.short, sign: p.sign ?? 1 });
  if (ps.every((p) => p.ref.columnMissing)) return [];
  return [withUnreadCells({ rule, kind: 'sum', total, parts: ps, what })];
}

export function sameIdentity(rule: string, what: string, a: CellRef | null, b: CellRef | null): Identity[] {
  if (!a || !b || a.columnMissing || b.columnMissing) return [];
  return [withUnreadCells({ rule, kind: 'same', total: a, parts: [{ ref: b, short: '', sign: 1 }], what })];
}

export function leIdentity(rule: string, what: string, part: CellRef | null, whole: CellRef | null): Identity[] {
  if (!part || !whole || part.columnMissing || whole.columnMissing) return [];
  return [withUnreadCells({ rule, kind: 'le', total: whole, parts: [{ ref: part, short: '', sign: 1 }], what })];
}

export function tableOfDoc(doc: Disclosure, id: TableId): PublicTable | undefined {
  return doc.tables.find((t) => t.id === id);
}
