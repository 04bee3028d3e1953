import type { Catalog } from '../catalog/catalog.js';
import type { Decimal } from '../model/decimal.js';
import type { ComposeInput, InputRow } from '../model/compose-input.js';
import { ROW_KEYS, TABLE_DEFS, TABLE_IDS, type TableId } from '../model/tables.js';
import { d, money, ZERO } from './numbers.js';

/**
 * The nine tables completed from the input: names taken from the catalog, every total the officer
 * left out computed from its parts (合计 from 类, 类 from 款, 款 from 项, row totals from their
 * columns), so a table is consistent by construction. What the officer gave is kept as given, so a
 * wrong total they typed is still caught by the checker, not silently replaced.
 */

export interface Row {
  key: string;
  code: string | null;
  name: string;
  side: 'income' | 'expense' | 'personnel' | 'public' | null;
  /** Cells in 万元 as exact decimal strings with two decimals. */
  cells: Record<string, string>;
}

export type Tables = Record<TableId, Row[]>;

/** Income rows of table 01 in printed order, with their standard labels. */
export const INCOME_01: [string, string][] = [
  [ROW_KEYS.incGeneral, '一般公共预算财政拨款收入'],
  [ROW_KEYS.incFund, '政府性基金预算财政拨款收入'],
  [ROW_KEYS.incCapital, '国有资本经营预算财政拨款收入'],
  [ROW_KEYS.incSuperior, '上级补助收入'],
  [ROW_KEYS.incBusiness, '事业收入'],
  [ROW_KEYS.incOperating, '经营收入'],
  [ROW_KEYS.incAffiliated, '附属单位上缴收入'],
  [ROW_KEYS.incOther, '其他收入'],
];
export const INCOME_04: [string, string][] = [
  [ROW_KEYS.incGeneral, '一般公共预算财政拨款'],
  [ROW_KEYS.incFund, '政府性基金预算财政拨款'],
  [ROW_KEYS.incCapital, '国有资本经营预算财政拨款'],
];
const OPENING_04: [string, string][] = [
  [ROW_KEYS.incOpeningGeneral, '一般公共预算财政拨款'],
  [ROW_KEYS.incOpeningFund, '政府性基金预算财政拨款'],
  [ROW_KEYS.incOpeningCapital, '国有资本经营预算财政拨款'],
];

/** Which columns of a per-row classified table add up to which (total = parts). */
const ROW_SUMS: Partial<Record<TableId, { total: string; parts: string[] }>> = {
  '02': { total: 'total', parts: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] },
  '03': { total: 'total', parts: ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] },
  '05': { total: 'total', parts: ['basic', 'project'] },
  '07': { total: 'total', parts: ['basic', 'project'] },
  '08': { total: 'total', parts: ['basic', 'project'] },
};
export const CLASSIFIED: TableId[] = ['02', '03', '05', '07', '08'];

function columnsOf(id: TableId): string[] {
  return TABLE_DEFS[id].columns.map((c) => c.key);
}

function sum(values: (string | undefined)[]): Decimal {
  return values.reduce<Decimal>((s, v) => s.plus(d(v)), ZERO);
}

function cellsOf(row: InputRow, columns: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of columns) {
    const v = row.cells[c];
    if (v != null) out[c] = money(v);
  }
  return out;
}

/** Completes a table keyed by the function classification: names, missing parents, row totals, 合计. */
function classified(id: TableId, input: InputRow[], catalog: Catalog): Row[] {
  const columns = columnsOf(id);
  const byCode = new Map<string, Row>();
  let total: Row | null = null;
  for (const r of input) {
    const cells = cellsOf(r, columns);
    if (r.key === 'total') {
      total = { key: 'total', code: null, name: '合计', side: null, cells };
      continue;
    }
    const code = r.code ?? r.key;
    byCode.set(code, { key: code, code, name: r.name ?? catalog.functionItem(code)?.name ?? code, side: null, cells });
  }
  const rs = ROW_SUMS[id];
  // Row totals first (a parent computed from children then sums complete rows).
  const fillRow = (row: Row) => {
    if (rs && row.cells[rs.total] == null) row.cells[rs.total] = money(sum(rs.parts.map((p) => row.cells[p])));
    for (const c of columns) row.cells[c] ??= '0.00';
  };
  for (const row of byCode.values()) fillRow(row);
  // Missing 款 and 类 rows from their children, deepest first.
  for (const len of [5, 3]) {
    const children = [...byCode.values()].filter((r) => (r.code ?? '').length > len);
    for (const child of children) {
      const pcode = (child.code as string).slice(0, len);
      if (byCode.has(pcode)) continue;
      const kids = [...byCode.values()].filter((r) => r.code && r.code.length === (len === 3 ? 5 : 7) && r.code.startsWith(pcode));
      const cells: Record<string, string> = {};
      for (const c of columns) cells[c] = money(sum(kids.map((k) => k.cells[c])));
      byCode.set(pcode, { key: pcode, code: pcode, name: catalog.functionItem(pcode)?.name ?? pcode, side: null, cells });
    }
  }
  const ordered = [...byCode.values()].sort((a, b) => (a.code as string).localeCompare(b.code as string));
  if (!total) {
    const classes = ordered.filter((r) => r.code?.length === 3);
    const cells: Record<string, string> = {};
    for (const c of columns) cells[c] = money(sum(classes.map((k) => k.cells[c])));
    total = { key: 'total', code: null, name: '合计', side: null, cells };
  } else fillRow(total);
  return [total, ...ordered];
}

function keyed(input: InputRow[]): Map<string, InputRow> {
  return new Map(input.map((r) => [r.key, r]));
}

/** Table 01: incomes, balances and the function classes of spending, with every total computed where absent. */
function summary01(input: InputRow[], catalog: Catalog, classes03: Row[]): Row[] {
  const by = keyed(input);
  const amt = (k: string) => (by.get(k)?.cells.amount != null ? money(by.get(k)?.cells.amount as string) : null);
  const rows: Row[] = [];
  const inc = (key: string, name: string, value: string | null) =>
    rows.push({ key, code: null, name, side: 'income', cells: { amount: value ?? '0.00' } });
  for (const [k, n] of INCOME_01) inc(k, n, amt(k));
  const incTotal = amt(ROW_KEYS.incTotal) ?? money(sum(INCOME_01.map(([k]) => amt(k) ?? '0')));
  // Spending by class: given rows, or the 类 rows of table 03.
  const given = input.filter((r) => r.key.startsWith('exp.class:'));
  const classRows = given.length
    ? given.map((r) => ({ code: r.key.slice(10), amount: money(r.cells.amount ?? '0') }))
    : classes03.filter((r) => r.code?.length === 3).map((r) => ({ code: r.code as string, amount: r.cells.total ?? '0.00' }));
  for (const c of classRows) {
    rows.push({ key: `exp.class:${c.code}`, code: c.code, name: catalog.functionItem(c.code)?.name ?? c.code, side: 'expense', cells: { amount: c.amount } });
  }
  const expTotal = amt(ROW_KEYS.expTotal) ?? money(sum(classRows.map((c) => c.amount)));
  const use = amt(ROW_KEYS.incUseNonFiscalBalance) ?? '0.00';
  const opening = amt(ROW_KEYS.incOpening) ?? '0.00';
  const distribution = amt(ROW_KEYS.expDistribution) ?? '0.00';
  const closing = amt(ROW_KEYS.expClosing) ?? '0.00';
  inc(ROW_KEYS.incTotal, '本年收入合计', incTotal);
  inc(ROW_KEYS.incUseNonFiscalBalance, '使用非财政拨款结余', use);
  inc(ROW_KEYS.incOpening, '年初结转和结余', opening);
  inc(ROW_KEYS.incGrand, '总计', amt(ROW_KEYS.incGrand) ?? money(sum([incTotal, use, opening])));
  const exp = (key: string, name: string, value: string) => rows.push({ key, code: null, name, side: 'expense', cells: { amount: value } });
  exp(ROW_KEYS.expTotal, '本年支出合计', expTotal);
  exp(ROW_KEYS.expDistribution, '结余分配', distribution);
  exp(ROW_KEYS.expClosing, '年末结转和结余', closing);
  exp(ROW_KEYS.expGrand, '总计', amt(ROW_KEYS.expGrand) ?? money(sum([expTotal, distribution, closing])));
  return rows;
}

/** Table 04: the three kinds of fiscal appropriation on both sides, totals computed where absent. */
function summary04(input: InputRow[], catalog: Catalog, t05: Row[], t07: Row[], t08: Row[]): Row[] {
  const by = keyed(input);
  const amt = (k: string) => (by.get(k)?.cells.amount != null ? money(by.get(k)?.cells.amount as string) : null);
  const rows: Row[] = [];
  const inc = (key: string, name: string, value: string | null) =>
    rows.push({ key, code: null, name, side: 'income', cells: { amount: value ?? '0.00' } });
  for (const [k, n] of INCOME_04) inc(k, n, amt(k));
  const incTotal = amt(ROW_KEYS.incTotal) ?? money(sum(INCOME_04.map(([k]) => amt(k) ?? '0')));
  const openings = OPENING_04.map(([k]) => amt(k) ?? '0.00');
  const opening = amt(ROW_KEYS.incOpening) ?? money(sum(openings));
  // Spending by class from the general (05), fund (07) and capital (08) tables unless given.
  const three = (code: string) => {
    const g = t05.find((r) => r.code === code)?.cells.total ?? '0.00';
    const f = t07.find((r) => r.code === code)?.cells.total ?? '0.00';
    const c = t08.find((r) => r.code === code)?.cells.total ?? '0.00';
    return { general: g, fund: f, capital: c, total: money(sum([g, f, c])) };
  };
  const given = input.filter((r) => r.key.startsWith('exp.class:'));
  const codes = given.length
    ? given.map((r) => r.key.slice(10))
    : [...new Set([...t05, ...t07, ...t08].filter((r) => r.code?.length === 3).map((r) => r.code as string))].sort();
  const expCells = (r: InputRow | undefined, fallback: Record<string, string>) => {
    const cells = { ...fallback };
    for (const k of ['general', 'fund', 'capital', 'total']) if (r?.cells[k] != null) cells[k] = money(r.cells[k] as string);
    if (r && r.cells.total == null) cells.total = money(sum([cells.general, cells.fund, cells.capital]));
    return cells;
  };
  const classCells = codes.map((code) => expCells(by.get(`exp.class:${code}`), three(code)));
  codes.forEach((code, i) =>
    rows.push({ key: `exp.class:${code}`, code, name: catalog.functionItem(code)?.name ?? code, side: 'expense', cells: classCells[i] as Record<string, string> }),
  );
  const colSum = (list: Record<string, string>[]) => ({
    total: money(sum(list.map((c) => c.total))),
    general: money(sum(list.map((c) => c.general))),
    fund: money(sum(list.map((c) => c.fund))),
    capital: money(sum(list.map((c) => c.capital))),
  });
  const expTotal = expCells(by.get(ROW_KEYS.expTotal), colSum(classCells));
  const closingGiven = by.get(ROW_KEYS.expClosing);
  const closing = expCells(closingGiven, { total: '0.00', general: '0.00', fund: '0.00', capital: '0.00' });
  inc(ROW_KEYS.incTotal, '本年收入合计', incTotal);
  inc(ROW_KEYS.incOpening, '年初财政拨款结转和结余', opening);
  OPENING_04.forEach(([k, n], i) => inc(k, n, openings[i] as string));
  inc(ROW_KEYS.incGrand, '总计', amt(ROW_KEYS.incGrand) ?? money(sum([incTotal, opening])));
  rows.push({ key: ROW_KEYS.expTotal, code: null, name: '本年支出合计', side: 'expense', cells: expTotal });
  rows.push({ key: ROW_KEYS.expClosing, code: null, name: '年末财政拨款结转和结余', side: 'expense', cells: closing });
  rows.push({ key: ROW_KEYS.expGrand, code: null, name: '总计', side: 'expense', cells: expCells(by.get(ROW_KEYS.expGrand), colSum([expTotal, closing])) });
  return rows;
}

/** Table 06: economic items as 人员经费 (301, 303) or 公用经费 (the rest), group totals and 合计. */
function basic06(input: InputRow[], catalog: Catalog): Row[] {
  const rows: Row[] = [];
  const by = keyed(input);
  for (const r of input) {
    if (['total', 'personnel.total', 'public.total'].includes(r.key)) continue;
    const code = r.code ?? r.key;
    const side = r.side === 'personnel' || r.side === 'public' ? r.side : /^30[13]/.test(code) ? 'personnel' : 'public';
    rows.push({ key: code, code, name: r.name ?? catalog.economicItem(code)?.name ?? code, side, cells: { amount: money(r.cells.amount ?? '0') } });
  }
  rows.sort((a, b) => (a.code as string).localeCompare(b.code as string));
  // Group totals add the 类 rows (3 digits), or the 款 rows where a 类 is not printed.
  const groupSum = (side: 'personnel' | 'public') => {
    const mine = rows.filter((r) => r.side === side);
    const classes = new Set(mine.filter((r) => r.code?.length === 3).map((r) => r.code));
    return money(sum(mine.filter((r) => r.code?.length === 3 || !classes.has((r.code as string).slice(0, 3))).map((r) => r.cells.amount)));
  };
  const given = (k: string) => (by.get(k)?.cells.amount != null ? money(by.get(k)?.cells.amount as string) : null);
  const pers = given('personnel.total') ?? groupSum('personnel');
  const pub = given('public.total') ?? groupSum('public');
  rows.push({ key: 'personnel.total', code: null, name: '人员经费合计', side: 'personnel', cells: { amount: pers } });
  rows.push({ key: 'public.total', code: null, name: '公用经费合计', side: 'public', cells: { amount: pub } });
  rows.push({ key: 'total', code: null, name: '合计', side: null, cells: { amount: given('total') ?? money(sum([pers, pub])) } });
  return rows;
}

/** Table 09: one row of budget and actual columns; 小计 and 合计 computed where absent. */
function threePublic09(input: InputRow[]): Row[] {
  const src = input.find((r) => r.key === 'total') ?? input[0];
  const cells: Record<string, string> = {};
  for (const side of ['budget', 'actual']) {
    const v = (k: string) => src?.cells[`${side}.${k}`];
    const purchase = money(v('vehiclePurchase') ?? '0');
    const ops = money(v('vehicleOps') ?? '0');
    const vehicle = money(v('vehicle') ?? sum([purchase, ops]));
    const abroad = money(v('abroad') ?? '0');
    const reception = money(v('reception') ?? '0');
    Object.assign(cells, {
      [`${side}.total`]: money(v('total') ?? sum([abroad, vehicle, reception])),
      [`${side}.abroad`]: abroad,
      [`${side}.vehicle`]: vehicle,
      [`${side}.vehiclePurchase`]: purchase,
      [`${side}.vehicleOps`]: ops,
      [`${side}.reception`]: reception,
    });
  }
  return [{ key: 'total', code: null, name: '“三公”经费', side: null, cells }];
}

/** All nine tables completed from the input. */
export function completeTables(input: ComposeInput, catalog: Catalog): Tables {
  const rowsOf = (id: TableId) => input.tables[id]?.rows ?? [];
  const out = {} as Tables;
  for (const id of CLASSIFIED) out[id] = classified(id, rowsOf(id), catalog);
  out['01'] = summary01(rowsOf('01'), catalog, out['03']);
  out['04'] = summary04(rowsOf('04'), catalog, out['05'], out['07'], out['08']);
  out['06'] = basic06(rowsOf('06'), catalog);
  out['09'] = threePublic09(rowsOf('09'));
  for (const id of TABLE_IDS) out[id] ??= [];
  return out;
}

/** A cell of a completed table as a Decimal (zero when absent). */
export function cell(tables: Tables, id: TableId, key: string, column: string): Decimal {
  return d(tables[id].find((r) => r.key === key)?.cells[column]);
}

/** True when every figure of the table is zero (it is then printed with its empty statement). */
export function isEmptyTable(rows: Row[]): boolean {
  return rows.every((r) => Object.values(r.cells).every((v) => d(v).isZero()));
}
