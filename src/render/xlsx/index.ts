import type { ComposedDocument, TableBlock } from '../../compose/document.js';
import { type Cell, colName, ref, type Sheet, writeWorkbook } from './workbook.js';

/**
 * The nine tables as a workbook, one sheet a table, laid out as printed, with live formulas for
 * every total (合计 from its 类, 类 from 款, 款 from 项, row totals from their columns, 01/04 totals
 * and balances, 06 group totals, 09 合计 and 小计). Each formula's cached value is the printed figure.
 */

type Addr = Map<string, string>;
const k = (row: string, column: string) => `${row}\u0000${column}`;

const ROW_SUM: Record<string, { total: string; parts: string[] }> = {
  '02': { total: 'total', parts: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] },
  '03': { total: 'total', parts: ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] },
  '05': { total: 'total', parts: ['basic', 'project'] },
  '07': { total: 'total', parts: ['basic', 'project'] },
  '08': { total: 'total', parts: ['basic', 'project'] },
};

const plus = (cells: (string | undefined)[]) => {
  const xs = cells.filter((x): x is string => !!x);
  return xs.length ? xs.join('+') : null;
};

/** The formula of one figure cell, or null when it is an input figure. */
function formulaOf(id: string, row: string, column: string, addr: Addr, rowKeys: string[]): string | null {
  const a = (r: string, c = column) => addr.get(k(r, c));
  const rs = ROW_SUM[id];
  if (rs) {
    if (column === rs.total) return plus(rs.parts.map((p) => a(row, p)));
    const len = row === 'total' ? 3 : row.length === 3 ? 5 : row.length === 5 ? 7 : 0;
    if (!len) return null;
    const kids = rowKeys.filter((r) => /^\d+$/.test(r) && r.length === len && (row === 'total' || r.startsWith(row)));
    return kids.length ? plus(kids.map((r) => a(r))) : null;
  }
  if (id === '01' || id === '04') {
    const incomes = rowKeys.filter((r) => /^inc\.(general|fund|capital|superior|business|operating|affiliated|other)$/.test(r));
    const classes = rowKeys.filter((r) => r.startsWith('exp.class:'));
    if (row === 'inc.total') return plus(incomes.map((r) => a(r, 'amount')));
    if (row === 'inc.grand') return plus(['inc.total', 'inc.useNonFiscalBalance', 'inc.opening'].map((r) => a(r, 'amount')));
    if (row === 'inc.opening' && id === '04') return plus(['inc.opening.general', 'inc.opening.fund', 'inc.opening.capital'].map((r) => a(r, 'amount')));
    if (id === '04' && column === 'total' && row.startsWith('exp.')) return plus(['general', 'fund', 'capital'].map((c) => a(row, c)));
    if (row === 'exp.total') return plus(classes.map((r) => a(r)));
    if (row === 'exp.grand') return plus(['exp.total', 'exp.distribution', 'exp.closing'].map((r) => a(r)));
    return null;
  }
  if (id === '06' && (row === 'personnel.total' || row === 'public.total')) {
    const side = row.split('.')[0] as string;
    const mine = rowKeys.filter((r) => /^\d+$/.test(r) && addr.has(k(r, `side:${side}`)));
    const classes = new Set(mine.filter((r) => r.length === 3));
    return plus(mine.filter((r) => r.length === 3 || !classes.has(r.slice(0, 3))).map((r) => a(r, 'amount')));
  }
  if (id === '06' && row === 'total') return plus([a('personnel.total', 'amount'), a('public.total', 'amount')]);
  if (id === '09') {
    const [side, part] = column.split('.') as [string, string];
    if (part === 'total') return plus(['abroad', 'vehicle', 'reception'].map((p) => a(row, `${side}.${p}`)));
    if (part === 'vehicle') return plus(['vehiclePurchase', 'vehicleOps'].map((p) => a(row, `${side}.${p}`)));
  }
  return null;
}

function sheetOf(t: TableBlock): Sheet {
  const cells = new Map<string, Cell>();
  const merges: string[] = [];
  const width = t.align.length;
  cells.set(ref(0, width - 1), { kind: 'text', text: t.code });
  cells.set(ref(1, 0), { kind: 'text', text: t.title, style: 'title' });
  merges.push(`A2:${colName(width - 1)}2`);
  cells.set(ref(2, 0), { kind: 'text', text: `单位：${t.entity}` });
  cells.set(ref(2, width - 1), { kind: 'text', text: `金额单位：${t.unit}` });
  // Header rows: place each cell at the next free column, honouring spans of the rows above.
  let r = 3;
  const taken = new Set<string>();
  for (const row of t.head) {
    let c = 0;
    for (const h of row) {
      while (taken.has(`${r},${c}`)) c++;
      const cs = h.colSpan ?? 1;
      const rs = h.rowSpan ?? 1;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken.add(`${r + dr},${c + dc}`);
      cells.set(ref(r, c), { kind: 'text', text: h.text, style: 'boxedBold' });
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (dr || dc) cells.set(ref(r + dr, c + dc), { kind: 'text', text: '', style: 'boxedBold' });
      if (cs > 1 || rs > 1) merges.push(`${ref(r, c)}:${ref(r + rs - 1, c + cs - 1)}`);
      c += cs;
    }
    r++;
  }
  const addr: Addr = new Map();
  const rowKeys: string[] = [];
  const start = r;
  t.body.forEach((b, i) => {
    b.refs?.forEach((x, c) => {
      if (!x) return;
      addr.set(k(x.row, x.column), ref(start + i, c));
      // Table 06: which group a row is in, from the block it is printed in.
      if (t.id === '06') addr.set(k(x.row, `side:${c < 3 ? 'personnel' : 'public'}`), '');
      if (!rowKeys.includes(x.row)) rowKeys.push(x.row);
    });
  });
  t.body.forEach((b, i) => {
    b.cells.forEach((text, c) => {
      const x = b.refs?.[c];
      const at = ref(start + i, c);
      if (x && /^-?\d+(\.\d+)?$/.test(text)) {
        const f = formulaOf(t.id, x.row, x.column, addr, rowKeys);
        cells.set(at, { kind: 'number', value: text, bold: b.total, ...(f ? { formula: f } : {}) });
      } else cells.set(at, { kind: 'text', text, style: b.total ? 'boxedBold' : 'boxed' });
    });
  });
  if (t.note) cells.set(ref(start + t.body.length, 0), { kind: 'text', text: t.note });
  const widths = t.align.map((a, i) => (a === 'right' ? 14 : t.id === '01' || t.id === '04' ? (i % 3 === 0 || i === 3 ? 30 : 6) : i === 1 ? 30 : 12));
  return { name: `${t.code}${t.title}`.slice(0, 31), cells, merges, widths };
}

/** Renders the nine tables of a composed document as .xlsx bytes. */
export function renderXlsx(doc: ComposedDocument): Uint8Array {
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
  return writeWorkbook(tables.map(sheetOf));
}
