import { TABLE_DEFS, type TableId } from '../model/tables.js';
import { type ComposeContext, fill } from './context.js';
import type { BodyRow, HeadCell, TableBlock } from './document.js';
import { chineseNumber } from './numbers.js';
import { isEmptyTable, type Row } from './tables.js';

/**
 * The nine tables laid out as published: the standard headers (项目/科目代码/科目名称, 栏次),
 * 合计 first in classified tables, incomes beside spending in 01 and 04, 人员经费 beside 公用经费
 * in 06, budget beside actual in 09. Every figure cell carries its row and column key.
 */

type Ref = { row: string; column: string } | null;
const h = (text: string, colSpan?: number, rowSpan?: number): HeadCell => ({ text, ...(colSpan ? { colSpan } : {}), ...(rowSpan ? { rowSpan } : {}) });

function block(ctx: ComposeContext, id: TableId, head: HeadCell[][], body: BodyRow[], align: TableBlock['align'], rows: Row[]): TableBlock {
  const empty = isEmptyTable(rows) && ['07', '08', '09'].includes(id);
  const given = ctx.input.tables[id]?.emptyStatement;
  const note = empty ? (given ?? fill(ctx, ctx.template.wording.tableEmpty[id] ?? '注：本表无数据。')) : null;
  return {
    kind: 'table',
    id,
    code: `公开${id}表`,
    title: TABLE_DEFS[id].title,
    entity: ctx.input.facts.entity ?? ctx.input.facts.department,
    unit: '万元',
    head,
    body,
    align,
    widths: fitFigures(widthsOf(id, align.length), align, body),
    note: note && !/^注/.test(note) ? `注：${note}` : note,
  };
}

/** Relative widths: names wide, codes and 行次 narrow, figures even. */
function widthsOf(id: TableId, n: number): number[] {
  if (id === '01') return [34, 6, 14, 34, 6, 14];
  if (id === '04') return [24, 5, 11, 24, 5, 11, 11, 11, 11];
  if (id === '06') return [9, 23, 12, 9, 23, 12];
  if (id === '09') return Array(n).fill(10);
  // A 7-digit code in 10.5 pt needs about 37 pt plus the cell margins: at 11 of 123 (table 02's nine
  // columns) it broke onto two lines ("208050" / "5").
  return [14, 26, ...Array(n - 2).fill(12)];
}

/** The width of the page's text in twentieths of a point (A4 less the margins): what the relative widths share. */
const PAGE_TWIPS = 11906 - 1588 - 1474;

/**
 * A figure's printed width in twentieths of a point: 10.5 pt Times New Roman, digits and the minus half an
 * em, the point and comma a quarter, with the cell's margins (60 each side) and a little room.
 */
function figureTwips(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\d-]/.test(ch) ? 105 : 53;
  return w + 160;
}

/**
 * Widens the columns of figures and codes a department's amounts do not fit ("607600.00" in a column set
 * for "612.10"), taking the room from the name columns, which wrap without harm: a figure or code wrapped
 * in its cell prints as two numbers ("607600.0" / "0", "208050" / "5"), and a copy of the page reads it so.
 */
function fitFigures(widths: number[], align: TableBlock['align'], body: readonly BodyRow[]): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  // (A code column prints 合计 too: a column with a code in it is no name column.)
  const isName = widths.map((_, i) => align[i] === 'left' && body.some((r) => /[^\x00-\x7f]/.test(r.cells[i] ?? '')) && !body.some((r) => /^\d{3,}$/.test(r.cells[i] ?? '')));
  const widest = (i: number) => Math.max(0, ...body.map((r) => r.cells[i] ?? '').filter((c) => /^[-\d.,]+$/.test(c)).map(figureTwips));
  const need = widths.map((w, i) => (isName[i] ? w : Math.max(w, (widest(i) * sum) / PAGE_TWIPS)));
  const extra = need.reduce((a, n, i) => a + n - (widths[i] as number), 0);
  if (extra <= 0) return widths;
  const names = widths.reduce((a, w, i) => a + (isName[i] ? w : 0), 0);
  // (Names keep at least half their width: past that the figures wrap as they would have.)
  const take = Math.min(extra, names / 2);
  const grow = take / extra;
  return widths.map((w, i) => (isName[i] ? w - (take * w) / names : w + ((need[i] as number) - w) * grow));
}

function twoSided01(ctx: ComposeContext): TableBlock {
  const rows = ctx.tables['01'];
  const inc = rows.filter((r) => r.side === 'income');
  const exp = rows.filter((r) => r.side === 'expense');
  const incTop = inc.slice(0, 8);
  const incBottom = inc.slice(8);
  const classes = exp.filter((r) => r.key.startsWith('exp.class:'));
  const expBottom = exp.filter((r) => !r.key.startsWith('exp.class:'));
  const top = Math.max(incTop.length, classes.length);
  const body: BodyRow[] = [];
  let line = 1;
  const lines: { i: Row | null; iNo: number; e: Row | null }[] = [];
  for (let k = 0; k < top; k++) lines.push({ i: incTop[k] ?? null, iNo: line++, e: classes[k] ?? null });
  for (let k = 0; k < incBottom.length; k++) lines.push({ i: incBottom[k] ?? null, iNo: line++, e: expBottom[k] ?? null });
  let eNo = line;
  body.push({ cells: ['栏次', '', '1', '栏次', '', '2'] });
  lines.forEach(({ i, iNo, e }, k) => {
    const eLabel = e ? (e.key.startsWith('exp.class:') ? `${chineseNumber(k + 1)}、${e.name}` : e.name) : '';
    const iLabel = i ? (k < 8 && i.side === 'income' && incTop.includes(i) ? `${chineseNumber(k + 1)}、${i.name}` : i.name) : '';
    body.push({
      cells: [iLabel, String(iNo), i?.cells.amount ?? '', eLabel, String(eNo++), e?.cells.amount ?? ''],
      total: /合计|总计/.test(i?.name ?? '') || /合计|总计/.test(e?.name ?? ''),
      refs: [null, null, i ? { row: i.key, column: 'amount' } : null, null, null, e ? { row: e.key, column: 'amount' } : null],
    });
  });
  const head = [[h('收入', 3), h('支出', 3)], [h('项目'), h('行次'), h('金额'), h('项目'), h('行次'), h('金额')]];
  return block(ctx, '01', head, body, ['left', 'center', 'right', 'left', 'center', 'right'], rows);
}

function twoSided04(ctx: ComposeContext): TableBlock {
  const rows = ctx.tables['04'];
  const inc = rows.filter((r) => r.side === 'income');
  const exp = rows.filter((r) => r.side === 'expense');
  const incTop = inc.slice(0, 3);
  const incBottom = inc.slice(3);
  const classes = exp.filter((r) => r.key.startsWith('exp.class:'));
  const expBottom = exp.filter((r) => !r.key.startsWith('exp.class:'));
  const top = Math.max(incTop.length, classes.length);
  const cols = ['total', 'general', 'fund', 'capital'];
  const body: BodyRow[] = [{ cells: ['栏次', '', '1', '栏次', '', '2', '3', '4', '5'] }];
  const pairs: [Row | null, Row | null, string][] = [];
  for (let k = 0; k < top; k++) pairs.push([incTop[k] ?? null, classes[k] ?? null, chineseNumber(k + 1)]);
  // 本年收入合计 | 本年支出合计; 年初 | 年末; the three opening parts with nothing beside; 总计 | 总计.
  const [incTotal, opening, og, of, oc, incGrand] = incBottom;
  const [expTotal, closing, expGrand] = expBottom;
  pairs.push([incTotal ?? null, expTotal ?? null, ''], [opening ?? null, closing ?? null, ''], [og ?? null, null, ''], [of ?? null, null, ''], [oc ?? null, null, ''], [incGrand ?? null, expGrand ?? null, '']);
  let iNo = 1;
  let eNo = pairs.length + 1;
  for (const [i, e, n] of pairs) {
    const iLabel = i ? (n && incTop.includes(i) ? `${n}、${i.name}` : i.name) : '';
    const eLabel = e ? (n && classes.includes(e) ? `${n}、${e.name}` : e.name) : '';
    body.push({
      cells: [iLabel, String(iNo++), i?.cells.amount ?? '', eLabel, String(eNo++), ...cols.map((c) => (e ? (e.cells[c] ?? '') : ''))],
      total: /合计|总计/.test(`${i?.name ?? ''}${e?.name ?? ''}`),
      refs: [null, null, i ? { row: i.key, column: 'amount' } : null, null, null, ...cols.map((c) => (e ? { row: e.key, column: c } : null))],
    });
  }
  const head = [
    [h('收入', 3), h('支出', 6)],
    [h('项目'), h('行次'), h('金额'), h('项目'), h('行次'), h('合计'), h('一般公共预算财政拨款'), h('政府性基金预算财政拨款'), h('国有资本经营预算财政拨款')],
  ];
  return block(ctx, '04', head, body, ['left', 'center', 'right', 'left', 'center', 'right', 'right', 'right', 'right'], rows);
}

function classifiedTable(ctx: ComposeContext, id: TableId): TableBlock {
  const rows = ctx.tables[id];
  const cols = TABLE_DEFS[id].columns.map((c) => c.key);
  const labels = TABLE_DEFS[id].columns.map((c) => c.label);
  let head: HeadCell[][];
  if (id === '05' || id === '08') {
    head = [
      [h('项目', 2), h('本年支出', 3)],
      [h('科目代码'), h('科目名称'), ...(id === '05' ? [h('小计')] : [h('合计')]), h('基本支出'), h('项目支出')],
    ];
  } else if (id === '07') {
    head = [
      [h('项目', 2), h('年初结转和结余', undefined, 2), h('本年收入', undefined, 2), h('本年支出', 3), h('年末结转和结余', undefined, 2)],
      [h('科目代码'), h('科目名称'), h('小计'), h('基本支出'), h('项目支出')],
    ];
  } else {
    head = [[h('项目', 2), ...labels.map((l) => h(l, undefined, 2))], [h('科目代码'), h('科目名称')]];
  }
  const body: BodyRow[] = [{ cells: ['栏次', '', ...cols.map((_, i) => String(i + 1))] }];
  for (const r of rows) {
    body.push({
      cells: r.key === 'total' ? ['合计', '', ...cols.map((c) => r.cells[c] ?? '')] : [r.code ?? '', r.name, ...cols.map((c) => r.cells[c] ?? '')],
      total: r.key === 'total',
      refs: [null, null, ...cols.map((c) => ({ row: r.key, column: c }))],
    });
  }
  return block(ctx, id, head, body, ['left', 'left', ...cols.map(() => 'right' as const)], rows);
}

function basic06(ctx: ComposeContext): TableBlock {
  const rows = ctx.tables['06'];
  const pers = rows.filter((r) => r.side === 'personnel' && r.code);
  const pub = rows.filter((r) => r.side === 'public' && r.code);
  const n = Math.max(pers.length, pub.length);
  const body: BodyRow[] = [];
  const side = (r: Row | undefined) => (r ? [r.code ?? '', r.name, r.cells.amount ?? ''] : ['', '', '']);
  const ref = (r: Row | undefined): Ref[] => [null, null, r ? { row: r.key, column: 'amount' } : null];
  for (let k = 0; k < n; k++) body.push({ cells: [...side(pers[k]), ...side(pub[k])], refs: [...ref(pers[k]), ...ref(pub[k])] });
  const pt = rows.find((r) => r.key === 'personnel.total');
  const qt = rows.find((r) => r.key === 'public.total');
  body.push({ cells: ['', '人员经费合计', pt?.cells.amount ?? '', '', '公用经费合计', qt?.cells.amount ?? ''], total: true, refs: [...ref(pt), ...ref(qt)] });
  const all = rows.find((r) => r.key === 'total');
  body.push({ cells: ['', '合计', all?.cells.amount ?? '', '', '', ''], total: true, refs: [...ref(all), null, null, null] });
  const head = [
    [h('人员经费', 3), h('公用经费', 3)],
    [h('科目代码'), h('科目名称'), h('决算数'), h('科目代码'), h('科目名称'), h('决算数')],
  ];
  return block(ctx, '06', head, body, ['left', 'left', 'right', 'left', 'left', 'right'], rows);
}

function threePublic09(ctx: ComposeContext): TableBlock {
  const rows = ctx.tables['09'];
  const cols = TABLE_DEFS['09'].columns.map((c) => c.key);
  const r = rows[0];
  const group = () => [h('合计', undefined, 2), h('因公出国（境）费', undefined, 2), h('公务用车购置及运行维护费', 3), h('公务接待费', undefined, 2)];
  const head = [
    [h('预算数', 6), h('决算数', 6)],
    [...group(), ...group()],
    [h('小计'), h('公务用车购置费'), h('公务用车运行维护费'), h('小计'), h('公务用车购置费'), h('公务用车运行维护费')],
  ];
  const body: BodyRow[] = [
    { cells: cols.map((_, i) => String(i + 1)) },
    { cells: cols.map((c) => r?.cells[c] ?? ''), refs: cols.map((c) => ({ row: 'total', column: c })) },
  ];
  return block(ctx, '09', head, body, cols.map(() => 'right' as const), rows);
}

/** The nine table blocks in the order of their numbers. */
export function tableBlocks(ctx: ComposeContext): TableBlock[] {
  return [
    twoSided01(ctx),
    classifiedTable(ctx, '02'),
    classifiedTable(ctx, '03'),
    twoSided04(ctx),
    classifiedTable(ctx, '05'),
    basic06(ctx),
    classifiedTable(ctx, '07'),
    classifiedTable(ctx, '08'),
    threePublic09(ctx),
  ];
}
