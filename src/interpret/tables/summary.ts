import type { Catalog } from '../../catalog/catalog.js';
import type { TableRow } from '../../model/disclosure.js';
import { ROW_KEYS, expClassKey } from '../../model/tables.js';
import { type ColumnMatcher, type ParseInput, type ParseOutput, cellsOf, hasAnyFigure, mapColumns, noteText, unreadOf, withUnread } from './common.js';
import { type GridPos, amountOf, isColumnNumberRow, leaf, norm, rowKey, stripNumbering } from './grid.js';

/**
 * The two-sided summary tables 01 and 04: income (项目 | 行次 | 金额) and expense (项目 | 行次 |
 * 金额, or 合计 | 一般公共预算 | 政府性基金 | 国有资本经营 in 04) side by side on each printed row.
 */

/** The 类 of the 2024 function classification, used when the catalog does not (yet) list a class. */
const CLASS_FALLBACK: Record<string, string> = {
  一般公共服务支出: '201', 外交支出: '202', 国防支出: '203', 公共安全支出: '204', 教育支出: '205',
  科学技术支出: '206', 文化旅游体育与传媒支出: '207', 社会保障和就业支出: '208', 社会保险基金支出: '209',
  卫生健康支出: '210', 节能环保支出: '211', 城乡社区支出: '212', 农林水支出: '213', 交通运输支出: '214',
  资源勘探工业信息等支出: '215', 商业服务业等支出: '216', 金融支出: '217', 援助其他地区支出: '219',
  自然资源海洋气象等支出: '220', 住房保障支出: '221', 粮油物资储备支出: '222', 国有资本经营预算支出: '223',
  灾害防治及应急管理支出: '224', 预备费: '227', 其他支出: '229', 转移性支出: '230', 债务还本支出: '231',
  债务付息支出: '232', 债务发行费用支出: '233', 抗疫特别国债安排的支出: '234',
};

export function classCodeByName(catalog: Catalog, name: string): string | null {
  const n = norm(stripNumbering(name)).replace(/[（(]类[)）]$/, '');
  if (!n) return null;
  const hit = catalog.classByName(n);
  if (hit) return hit.code;
  return CLASS_FALLBACK[n] ?? CLASS_FALLBACK[`${n}支出`] ?? null;
}

const EXPENSE_COLS_04: ColumnMatcher[] = [
  { key: 'total', re: /^(合计|小计)$/ },
  { key: 'general', re: /一般公共预算/ },
  { key: 'fund', re: /政府性基金/ },
  { key: 'capital', re: /国有资本经营/ },
];

/**
 * The label column of a side: 项目 or 项目名称, with the qualifier older forms print after it
 * ("项目（按功能分类）" over the expense rows, "项目（按支出功能分类科目）").
 */
const SIDE_LABEL = /^项目(名称)?(（[^（）]*）)?$/;

interface Side {
  side: 'income' | 'expense';
  label: number;
  lineNo: number | null;
  cols: Map<string, number>;
}

function findSides(paths: readonly string[][], id: '01' | '04'): Side[] | null {
  const width = paths.length;
  const labelCols: number[] = [];
  for (let c = 0; c < width; c++) if (SIDE_LABEL.test(leaf(paths[c] ?? []))) labelCols.push(c);
  if (labelCols.length < 2) return null;
  const sides: Side[] = [];
  labelCols.slice(0, 2).forEach((start, i) => {
    const end = i === 0 ? (labelCols[1] as number) : width;
    const group = (paths[start] ?? [])[0] ?? '';
    const side: Side['side'] = /支出/.test(group) ? 'expense' : /收入/.test(group) ? 'income' : i === 0 ? 'income' : 'expense';
    const range = [...Array(end - start).keys()].map((k) => k + start);
    const lineNo = range.find((c) => /行次/.test(leaf(paths[c] ?? []))) ?? null;
    const sub = paths.map((p, c) => (range.includes(c) && c !== start && c !== lineNo ? p : []));
    let cols: Map<string, number>;
    if (id === '04' && side === 'expense') cols = mapColumns(sub, EXPENSE_COLS_04);
    else {
      cols = mapColumns(sub, [{ key: 'amount', re: /金额|决算数|合计|^\d+$/ }]);
      if (!cols.size) {
        const c = range.find((k) => k !== start && k !== lineNo);
        if (c != null) cols.set('amount', c);
      }
    }
    sides.push({ side, label: start, lineNo, cols });
  });
  return sides;
}

const INCOME_KEYS: [RegExp, string][] = [
  [/^本年收入合计$|^收入合计$/, ROW_KEYS.incTotal],
  [/使用非财政拨款结余|用事业基金弥补收支差额|使用专用结余/, ROW_KEYS.incUseNonFiscalBalance],
  [/^年初.*结转和?结余$/, ROW_KEYS.incOpening],
  [/^(收入)?总计$/, ROW_KEYS.incGrand],
  [/^一般公共预算(财政拨款)?(收入)?$/, ROW_KEYS.incGeneral],
  [/^政府性基金预算(财政拨款)?(收入)?$/, ROW_KEYS.incFund],
  [/^国有资本经营预算(财政拨款)?(收入)?$/, ROW_KEYS.incCapital],
  [/^财政拨款(收入)?$/, 'inc.fiscal'],
  [/^上级补助收入$/, ROW_KEYS.incSuperior],
  [/^事业收入$/, ROW_KEYS.incBusiness],
  [/^经营收入$/, ROW_KEYS.incOperating],
  [/^附属单位上缴收入$/, ROW_KEYS.incAffiliated],
  [/^其他收入$/, ROW_KEYS.incOther],
];

const OPENING_SUB: Record<string, string> = {
  [ROW_KEYS.incGeneral]: ROW_KEYS.incOpeningGeneral,
  [ROW_KEYS.incFund]: ROW_KEYS.incOpeningFund,
  [ROW_KEYS.incCapital]: ROW_KEYS.incOpeningCapital,
};

const EXPENSE_KEYS: [RegExp, string][] = [
  [/^本年支出合计$|^支出合计$/, ROW_KEYS.expTotal],
  [/^结余分配$/, ROW_KEYS.expDistribution],
  [/^年末.*结转和?结余$/, ROW_KEYS.expClosing],
  [/^(支出)?总计$/, ROW_KEYS.expGrand],
];

/** The rows' full labels, for labels printed cut short (see `cutLabelKey`). */
const INCOME_LABELS: [string, string][] = [
  ['一般公共预算财政拨款收入', ROW_KEYS.incGeneral],
  ['政府性基金预算财政拨款收入', ROW_KEYS.incFund],
  ['国有资本经营预算财政拨款收入', ROW_KEYS.incCapital],
  ['上级补助收入', ROW_KEYS.incSuperior],
  ['附属单位上缴收入', ROW_KEYS.incAffiliated],
  ['使用非财政拨款结余', ROW_KEYS.incUseNonFiscalBalance],
  ['年初结转和结余', ROW_KEYS.incOpening],
  ['年初财政拨款结转和结余', ROW_KEYS.incOpening],
  ['本年收入合计', ROW_KEYS.incTotal],
];
const EXPENSE_LABELS: [string, string][] = [
  ['本年支出合计', ROW_KEYS.expTotal],
  ['年末结转和结余', ROW_KEYS.expClosing],
  ['年末财政拨款结转和结余', ROW_KEYS.expClosing],
  ...Object.entries(CLASS_FALLBACK).map(([name, code]): [string, string] => [name, expClassKey(code)]),
];

/**
 * The row a label cut short names: a spreadsheet printed with a narrow 项目 column shows only the head
 * of a long label ("一、一般公共预算财" for 一般公共预算财政拨款收入, "十四、资源勘探工业" for
 * 资源勘探工业信息等支出). Taken where the head, four characters or more, begins one row's label and no
 * other's; else null (the row stays unnamed, and what needs it is not checked).
 */
function cutLabelKey(bare: string, side: 'income' | 'expense', catalog: Catalog): string | null {
  if (bare.length < 4) return null;
  const labels = side === 'income' ? INCOME_LABELS : [...EXPENSE_LABELS, ...catalog.functionClasses().map((c): [string, string] => [c.name, expClassKey(c.code)])];
  const keys = new Set(labels.filter(([label]) => label.length > bare.length && label.startsWith(bare)).map(([, key]) => key));
  return keys.size === 1 ? ([...keys][0] as string) : null;
}

export function parseSummary(input: ParseInput): ParseOutput {
  const { grid, header, catalog } = input;
  const id = input.id as '01' | '04';
  const sides = findSides(header.paths, id);
  const rows: TableRow[] = [];
  const notes: string[] = [];
  if (!sides || sides.length < 2) {
    const oneColumn = parseOneColumn(input);
    if (oneColumn) return oneColumn;
    return { rows, notes, problems: [`公开${id}表的表头中未找到收入、支出两栏的“项目”列，未读取该表的数据`] };
  }
  const state = { inOpening: false, inClosing: false };
  for (const row of grid.slice(header.dataStart)) {
    if (isColumnNumberRow(row) || header.rowTexts.includes(rowKey(row))) continue;
    const note = noteText(row);
    if (note && !sides.some((s) => hasAnyFigure(cellsOf(row, s.cols, amountOf)))) {
      notes.push(note);
      continue;
    }
    for (const s of sides) {
      const r = readSideRow(row, s, catalog, state);
      if (r) rows.push(r);
    }
  }
  return { rows: joinWrappedLabels(rows, catalog), notes, problems: [] };
}

/** The key a label names in full or cut at its head, or null (see readSideRow; no 年末 sub-rows). */
function labelKey(name: string, side: 'income' | 'expense', catalog: Catalog): string | null {
  const bare = norm(stripNumbering(name));
  if (side === 'income') return INCOME_KEYS.find(([re]) => re.test(bare))?.[1] ?? cutLabelKey(bare, 'income', catalog);
  const code = classCodeByName(catalog, name);
  return EXPENSE_KEYS.find(([re]) => re.test(bare))?.[1] ?? (code ? expClassKey(code) : cutLabelKey(bare, 'expense', catalog));
}

/**
 * Labels wrapped a few characters a line in a narrow 项目 cell and copied as text (pdftotext -layout:
 * '十九、住房保' beside its figures, '障支出' on the line below, read as a row of its own, on
 * whichever side its column fell): a row with figures that no label names takes the label-only rows
 * under it, in order, up to the next row with figures or a line number, where that and nothing less
 * makes a label the table knows ('住房保障支出'); the rows taken are dropped. Otherwise the pieces
 * stay as read (a class '住房保' unnamed, its 11.36 in no class: a false 'not listed').
 */
function joinWrappedLabels(rows: readonly TableRow[], catalog: Catalog): TableRow[] {
  const bare = (r: TableRow) => !hasAnyFigure(r.cells) && r.lineNo == null && r.name !== '';
  const taken = new Set<TableRow>();
  const out = [...rows];
  out.forEach((r, i) => {
    const side = r.side;
    if (!/^(inc|exp)\.name:/.test(r.key) || !hasAnyFigure(r.cells) || (side !== 'income' && side !== 'expense')) return;
    let name = r.name;
    for (let j = i + 1; j < out.length && bare(out[j] as TableRow) && !taken.has(out[j] as TableRow); j++) {
      name += (out[j] as TableRow).name;
      const key = labelKey(name, side, catalog);
      if (!key) continue;
      out.slice(i + 1, j + 1).forEach((x) => taken.add(x));
      out[i] = { ...r, key, code: key.startsWith('exp.class:') ? key.slice(10) : null, name };
      return;
    }
  });
  return out.filter((r) => !taken.has(r));
}

function readSideRow(row: readonly GridPos[], s: Side, catalog: Catalog, state: { inOpening: boolean; inClosing: boolean }): TableRow | null {
  const labelPos = row[s.label];
  const name = (labelPos?.text ?? '').replace(/\s+/g, '').trim();
  const cells = cellsOf(row, s.cols, amountOf);
  if (!name && !hasAnyFigure(cells)) return null;
  const lineText = s.lineNo != null ? (row[s.lineNo]?.norm ?? '') : '';
  const lineNo = /^\d+$/.test(lineText) ? Number(lineText) : null;
  const bare = norm(stripNumbering(name));
  let key: string | null = null;
  if (s.side === 'income') {
    const found = INCOME_KEYS.find(([re]) => re.test(bare))?.[1] ?? cutLabelKey(bare, 'income', catalog);
    key = found;
    if (key === ROW_KEYS.incOpening) state.inOpening = true;
    else if (key && state.inOpening && OPENING_SUB[key]) key = OPENING_SUB[key] as string;
    else if (key && key !== ROW_KEYS.incGrand) state.inOpening = false;
  } else {
    key = EXPENSE_KEYS.find(([re]) => re.test(bare))?.[1] ?? null;
    if (!key && !state.inClosing) {
      const cut = cutLabelKey(bare, 'expense', catalog);
      if (cut === ROW_KEYS.expTotal || cut === ROW_KEYS.expClosing) key = cut;
    }
    if (key === ROW_KEYS.expClosing) state.inClosing = true;
    else if (!key && state.inClosing) {
      const sub = /一般公共预算/.test(bare) ? 'general' : /政府性基金/.test(bare) ? 'fund' : /国有资本/.test(bare) ? 'capital' : null;
      if (sub) key = `exp.closing.${sub}`;
    }
    if (!key) {
      const code = classCodeByName(catalog, name);
      if (code) key = expClassKey(code);
    }
  }
  if (!key && s.side === 'expense' && !state.inClosing) key = cutLabelKey(bare, 'expense', catalog);
  if (!key) key = `${s.side === 'income' ? 'inc' : 'exp'}.name:${bare}`;
  const loc = (labelPos?.text.trim() ? labelPos : row.find((p) => p.text.trim()))?.cell.location;
  if (!loc) return null;
  return withUnread({ key, code: key.startsWith('exp.class:') ? key.slice(10) : null, name, lineNo, side: s.side, cells, location: loc }, unreadOf(row, s.cols));
}

/** A row dividing a summary printed in one column: "收入" over the income rows, "支出" over the expense rows. */
const SIDE_MARK = /^(?:[一二]、)?(收入|支出)(?:部分|项目)?$/;

function sideMark(row: readonly GridPos[]): 'income' | 'expense' | null {
  const texts = [...new Set(row.map((p) => p.norm).filter(Boolean))];
  const m = texts.length === 1 ? SIDE_MARK.exec(texts[0] as string) : null;
  return m ? (m[1] === '收入' ? 'income' : 'expense') : null;
}

/**
 * 01 or 04 printed in one column: one 项目 column, the income rows under a row "收入" and the expense
 * rows under a row "支出" below them (项目 | 行次 | 金额, in 04 项目 | 行次 | 合计 | 一般公共预算 | …, the
 * income rows' amounts under 合计). The rows' side is what those rows say; without them the two sides
 * cannot be told apart, and the table is not read (saying so). Null where the header has no single 项目
 * column (another layout, reported as such).
 */
function parseOneColumn(input: ParseInput): ParseOutput | null {
  const { grid, header, catalog } = input;
  const id = input.id as '01' | '04';
  const paths = header.paths.map((p) => p.filter((w) => !SIDE_MARK.test(w)));
  const labels = paths.flatMap((p, c) => (SIDE_LABEL.test(leaf(p)) ? [c] : []));
  if (labels.length !== 1) return null;
  const label = labels[0] as number;
  const lineNo = paths.findIndex((p) => /行次/.test(leaf(p)));
  const amounts = paths.map((p, c) => (c !== label && c !== lineNo && p.length ? p : []));
  const amountCols = mapColumns(amounts, [{ key: 'amount', re: /金额|决算数|合计|^\d+$/ }]);
  if (!amountCols.size) {
    const c = amounts.findIndex((p) => p.length);
    if (c >= 0) amountCols.set('amount', c);
  }
  const expenseCols = id === '04' ? mapColumns(amounts, EXPENSE_COLS_04) : amountCols;
  const ln = lineNo >= 0 ? lineNo : null;
  const sides: Record<'income' | 'expense', Side> = {
    income: { side: 'income', label, lineNo: ln, cols: amountCols },
    expense: { side: 'expense', label, lineNo: ln, cols: expenseCols },
  };
  const figureCols = amounts.flatMap((p, c) => (p.length ? [c] : []));
  const rows: TableRow[] = [];
  const notes: string[] = [];
  const unread = (why: string): ParseOutput => ({ rows: [], notes, problems: [`公开${id}表印为一栏（收入在上、支出在下），${why}，未读取该表的数据`] });
  const body = grid.slice(header.start);
  const marks = body.map(sideMark).filter((m) => m != null);
  if (!marks.length) {
    // Printed in one column all the same where the one label column holds the expense totals too.
    const expenseTotal = body.some((r) => /^(本年)?支出合计$|^支出总计$/.test(norm(stripNumbering(r[label]?.text ?? ''))));
    return expenseTotal ? unread('未见“收入”“支出”分段行，各行属收入还是支出无从区分') : null;
  }
  if (marks.join(',') !== 'income,expense') return unread('“收入”“支出”分段行不是先收入、后支出各一行，各行属收入还是支出无从区分');
  let side: 'income' | 'expense' | null = null;
  const state = { inOpening: false, inClosing: false };
  for (const [k, row] of body.entries()) {
    const mark = sideMark(row);
    if (mark) {
      side = mark;
      continue;
    }
    if (header.start + k < header.dataStart || isColumnNumberRow(row) || header.rowTexts.includes(rowKey(row))) continue;
    const note = noteText(row);
    const s = side ? sides[side] : null;
    if (note && !(s && hasAnyFigure(cellsOf(row, s.cols, amountOf)))) {
      notes.push(note);
      continue;
    }
    if (!s) {
      if (row.some((p) => p.norm)) return unread('“收入”分段行之前另有数据行，其属收入还是支出无从区分');
      continue;
    }
    // A figure outside the side's columns (an income amount printed under 一般公共预算 in 04) is in no place the side reads.
    const read = new Set(s.cols.values());
    const stray = figureCols.find((c) => !read.has(c) && amountOf(row[c]) != null);
    if (stray != null) return unread(`“${(row[s.label]?.text ?? '').trim()}”一行在“${leaf(paths[stray] ?? [])}”栏有金额，与该方的栏目对不上`);
    const r = readSideRow(row, s, catalog, state);
    if (r) rows.push(r);
  }
  return { rows, notes, problems: [] };
}
