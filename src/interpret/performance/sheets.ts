import type { Figure } from '../../model/decimal.js';
import type { Indicator, PerformanceSheet } from '../../model/disclosure.js';
import type { Block, TableBlock } from '../../model/layout.js';
import { type Location, placeLabel } from '../../model/location.js';
import type { InterpretContext } from '../context.js';
import { expandGrid, filled, type GridCell, type GridRow, gridText, mentions } from './grid.js';
import { isAmbiguousLabel, isGroupLabel, isL1, isL2, isLevelLabel, isStandardL1, labelKey, parentOf } from './labels.js';
import { isDash, numberFigure, parseValue, percentFigure, readsAsValue, splitWeight, squeeze } from './values.js';
import { joinWrappedHeaders } from './wrapped-header.js';

/** A source row under the funds' total (财政拨款 of the year, the year before's carry-over, other money; a transfer sheet's 中央财政资金 and 地方资金). */
const FUND_PART = /^(?:其中[:：]?)?(?:(?:当年|本年)?财政拨款(?:资金)?|上年结转(?:资金)?|(?:中央|地方)(?:财政)?资金|其他资金|其他)$/;

/**
 * Reads 项目支出绩效自评表 / 部门（单位）整体支出绩效自评表 / 中央对地方转移支付项目绩效自评表 from the
 * layout's tables. Cells are recognised by their content and by the header row, never by absolute
 * column: text converters shift columns, DOCX/HTML merge cells, and flattened tables leave blanks.
 */

type FundRole = 'initialBudget' | 'fullBudget' | 'executed' | 'weight' | 'rate' | 'score';
type Role =
  | 'group'
  | 'l1'
  | 'l2'
  | 'name'
  | 'weight'
  | 'target'
  | 'actual'
  | 'rate'
  | 'score'
  | 'note'
  | 'basis'
  | 'last'
  | 'rule'
  | 'evidence'
  | 'other';

const TAIL_ROLES: Role[] = ['weight', 'target', 'actual', 'rate', 'score', 'note', 'basis', 'last', 'rule', 'evidence'];

function fundRole(t: string): FundRole | null {
  const s = t.replace(/\s+/g, '');
  if (/年初/.test(s)) return 'initialBudget';
  if (/执行率/.test(s)) return 'rate';
  if (/执行数/.test(s)) return 'executed';
  if (/全年预算|预算数/.test(s)) return 'fullBudget';
  if (/得分/.test(s)) return 'score';
  if (/分值|权重/.test(s)) return 'weight';
  return null;
}

function headerRole(t: string): Role {
  const s = t.replace(/\s+/g, '');
  if (s === '' || isGroupLabel(s)) return 'group';
  if (/一级指标/.test(s)) return 'l1';
  if (/二级指标/.test(s)) return 'l2';
  if (/三级指标|指标名称/.test(s)) return 'name';
  if (/设定依据/.test(s)) return 'basis';
  if (/上年/.test(s)) return 'last';
  if (/赋分规则|评分标准|评分规则/.test(s)) return 'rule';
  if (/佐证/.test(s)) return 'evidence';
  if (/偏差|原因|改进/.test(s)) return 'note';
  if (/完成率/.test(s)) return 'rate';
  if (/实际|业绩值|完成值/.test(s)) return 'actual';
  if (/指标值|目标值/.test(s)) return 'target';
  if (/得分/.test(s)) return 'score';
  if (/权重|分值/.test(s)) return 'weight';
  return 'other';
}

// Asked of every row both while recognising a sheet and while reading it.
const INDICATOR_HEADERS = new WeakMap<GridRow, boolean>();

function isIndicatorHeader(row: GridRow): boolean {
  // The header names the indicator column (三级指标 / 指标名称): other rows need no role per cell.
  const text = gridText(row);
  if (!text.includes('三级指标') && !text.includes('指标名称')) return false;
  let yes = INDICATOR_HEADERS.get(row);
  if (yes === undefined) {
    const roles = new Set(filled(row).map((c) => headerRole(c.text)));
    yes = roles.has('name') && (roles.has('target') || roles.has('actual'));
    INDICATOR_HEADERS.set(row, yes);
  }
  return yes;
}

const NUM = /^[=＝]?[-−－]?\d[\d,，]*(?:\.\d+)?\s*分?$/;
const PCT = /^[=＝]?\d+(?:\.\d+)?\s*[%％]$/;

/**
 * Which cell of an indicator row plays which role, in the order the roles were given (fit sums in
 * that order). At most a dozen roles: two short arrays, searched linearly, instead of a Map per
 * reading of each row (two readings per indicator row).
 */
class Assignment {
  private readonly roles: Role[] = [];
  private readonly cells: (GridCell | null)[] = [];

  has(role: Role): boolean {
    return this.roles.includes(role);
  }

  get(role: Role): GridCell | null | undefined {
    const i = this.roles.indexOf(role);
    return i < 0 ? undefined : this.cells[i];
  }

  /** Like Map#set: a role given again keeps its place and takes the new cell. */
  set(role: Role, cell: GridCell | null): void {
    const i = this.roles.indexOf(role);
    if (i < 0) {
      this.roles.push(role);
      this.cells.push(cell);
    } else this.cells[i] = cell;
  }

  forEach(f: (cell: GridCell | null, role: Role) => void): void {
    for (let i = 0; i < this.roles.length; i++) f(this.cells[i] as GridCell | null, this.roles[i] as Role);
  }
}

function fit(a: Assignment, unassigned: number): number {
  // Summed in the assignment's order (float sums of fractions depend on it).
  let s = -unassigned;
  a.forEach((c, role) => {
    s += roleFit(role, c?.text ?? '');
  });
  return s;
}

/** How well a cell's text suits the role it was given (0 for roles that are not scored). */
function roleFit(role: Role, t: string): number {
  const f = t !== '';
  switch (role) {
    case 'l1':
    case 'l2':
      return f ? (isLevelLabel(t) ? 1 : -2) : 0;
    case 'name':
      return !f ? -3 : isLevelLabel(t) ? -1 : NUM.test(t) || PCT.test(t) ? -2 : 1;
    case 'weight':
      return f ? (NUM.test(t) ? 1 : -2) : 0;
    case 'target':
      return !f ? -0.5 : /^(≥|≤|>|<|=|＝|＞|＜|≧|≦)|\d{4}\s*年/.test(t) ? 1.5 : 0.5;
    case 'actual':
      return f ? 0.5 : -0.5;
    case 'rate':
      return !f ? -0.3 : PCT.test(t) ? 1 : NUM.test(t) ? 0.3 : 0;
    case 'score':
      return !f ? -0.5 : NUM.test(t) || isDash(t) ? 1 : -2;
    default:
      return 0;
  }
}

interface Header {
  byCol: Map<number, Role>;
  /** Roles after the name column, in column order. */
  tail: Role[];
  l2Col: number | null;
}

function makeHeader(row: GridRow): Header {
  const byCol = new Map<number, Role>();
  let seenName = false;
  const tail: Role[] = [];
  let l2Col: number | null = null;
  for (const c of row) {
    if (c.cell == null && c.under != null) continue;
    const r = headerRole(c.text);
    if (c.text === '' && seenName) continue;
    const parted = partedHeader(row, c);
    if (parted) {
      parted.forEach((role, k) => {
        byCol.set(c.col + k, role);
        if (seenName && TAIL_ROLES.includes(role) && !tail.includes(role)) tail.push(role);
      });
      continue;
    }
    byCol.set(c.col, r);
    if (r === 'l2') l2Col = c.col;
    if (r === 'name') seenName = true;
    else if (seenName && TAIL_ROLES.includes(r) && !tail.includes(r)) tail.push(r);
  }
  return { byCol, tail, l2Col };
}

/**
 * A header cell over k columns that holds k labels apart ("目标值 业绩值" over the 目标值 and 业绩值 columns,
 * where a print set the two labels too close for the reader to part them): one role per column, when
 * each label has a role of its own and no two the same. Null otherwise (a label over several columns).
 */
function partedHeader(row: GridRow, c: GridCell): Role[] | null {
  if (!c.cell) return null;
  let span = 0;
  while (row[c.col + span + 1]?.under === c.cell && row[c.col + span + 1]?.cell == null) span++;
  if (span === 0) return null;
  const labels = c.cell.text.trim().split(/\s+/);
  if (labels.length !== span + 1) return null;
  const roles = labels.map(headerRole);
  if (roles.some((r) => r === 'other' || r === 'group') || new Set(roles).size !== roles.length) return null;
  return roles;
}

function aligned(row: GridRow, h: Header): { a: Assignment; unassigned: number } {
  const a = new Assignment();
  let unassigned = 0;
  for (const c of row) {
    const r = h.byCol.get(c.col);
    if (!r || r === 'group' || r === 'other') {
      if (c.text !== '' && c.cell && !(r === 'group' && (isGroupLabel(c.text) || isLevelLabel(c.text)))) unassigned++;
      continue;
    }
    if (!a.has(r)) a.set(r, c.text !== '' && c.cell ? c : null);
  }
  return { a, unassigned };
}

function sequential(filledCells: GridCell[], h: Header): { a: Assignment; unassigned: number } {
  const a = new Assignment();
  const cells = filledCells.filter((c) => !isGroupLabel(c.text));
  let i = 0;
  const labels: GridCell[] = [];
  while (i < cells.length && labels.length < 2 && isLevelLabel((cells[i] as GridCell).text) && i < cells.length - 1) {
    labels.push(cells[i] as GridCell);
    i++;
  }
  // A row of labels only (e.g. "满意度指标(10分)" on a row of its own).
  if (i === cells.length - 1 && cells.length > 0 && isLevelLabel((cells[i] as GridCell).text) && labels.length < 2) {
    labels.push(cells[i] as GridCell);
    i++;
  }
  if (labels.length === 2) {
    a.set('l1', labels[0] as GridCell);
    a.set('l2', labels[1] as GridCell);
  } else if (labels.length === 1) {
    const l = labels[0] as GridCell;
    const asL2 = isAmbiguousLabel(l.text) ? h.l2Col != null && l.col === h.l2Col : isL2(l.text) || !isL1(l.text);
    a.set(asL2 ? 'l2' : 'l1', l);
  }
  a.set('name', cells[i] ?? null);
  i++;
  for (const r of h.tail) a.set(r, cells[i++] ?? null);
  return { a, unassigned: Math.max(0, cells.length - i) };
}

/** The columns after an indicator's values that hold words about it, never its name nor a value. */
const ANNEX_NAMES: Partial<Record<Role, string>> = { basis: '指标值设定依据', last: '上年完成情况', rule: '赋分规则', evidence: '佐证资料', note: '偏差原因分析' };

/**
 * A row whose one filled cell stands in such a column, right of the name's ("赋分" under "按照完成比例"
 * where a page break or a wrapped line set the end of a cell's words on a row of its own): the rest of
 * another row's cell, not an indicator (it has no name, target, value or score to read or to miss).
 */
function strayFragment(cells: readonly GridCell[], h: Header): { text: string; role: Role; cell: GridCell['cell'] } | null {
  if (cells.length !== 1) return null;
  const c = cells[0] as GridCell;
  const nameCol = [...h.byCol].find(([, r]) => r === 'name')?.[0];
  const role = h.byCol.get(c.col);
  if (nameCol == null || c.col <= nameCol || role == null || !(role in ANNEX_NAMES)) return null;
  return { text: c.text, role, cell: c.cell };
}

/** Sheet being read; fed the rows of one or more table blocks (a sheet split across pages). */
class SheetReader {
  sheet: PerformanceSheet;
  private fundHeader: Map<number, FundRole> | null = null;
  private fundWeightFromLabel: Figure | null = null;
  private header: Header | null = null;
  private carry: { l1: string | null; l2: string | null } = { l1: null, l2: null };
  /**
   * The indicator read from the row before, when that row ended at the indicator's name: its values may
   * follow on rows of their own ("减轻贫困学生家庭经济负担" / "有效" / "有效 | 10 | 10"). Its cells so far, and
   * its place in the sheet.
   */
  private bare: { cells: GridCell[]; at: number } | null = null;
  state: 'head' | 'funds' | 'indicators' | 'done' = 'head';
  unread: string[] = [];

  constructor(kind: PerformanceSheet['kind'], location: Location) {
    this.sheet = { kind, name: '', funds: null, fundParts: [], indicators: [], statedMax: null, total: null, grade: null, location };
  }

  feed(rows: GridRow[]): void {
    for (const row of rows) this.row(row);
  }

  private row(row: GridRow): void {
    const cells = filled(row);
    if (cells.length === 0) return;
    const bare = this.bare;
    this.bare = null;
    const first = (cells[0] as GridCell).text.replace(/\s+/g, '');
    const text = gridText(row);

    if (/^(项目名称|单位名称|部门名称|部门（单位）名称|单位（部门）名称)$/.test(first) && cells[1] && !this.sheet.name) {
      this.sheet.name = squeeze((cells[1] as GridCell).text);
      return;
    }
    // The title, name and 主管部门 rows again: the sheet's header repeated on a new page.
    if (isTitleRow(row) || nameOfRow(row) != null || /^(主管部门|实施单位)/.test(first)) return;
    if (FULL_BUDGET_HEADER.test(text) && /执行数/.test(text)) {
      // The header rows repeated on a new page (a printed table's header group) change nothing.
      if (this.sheet.funds) return;
      this.fundHeader = new Map();
      for (const c of cells) {
        const r = fundRole(c.text);
        if (r && ![...this.fundHeader.values()].includes(r)) this.fundHeader.set(c.col, r);
      }
      const w = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec((cells[0] as GridCell).text);
      if (w) this.fundWeightFromLabel = numberFigure(w[1] as string, 'score', (cells[0] as GridCell).cell?.location ?? this.sheet.location);
      this.state = 'funds';
      return;
    }
    // ("总额 | 15 | 15 | 11.44 | 76.27% | 10 | 7.63": the row of the funds' total, called 总额 alone.)
    if (this.state === 'funds' && !this.sheet.funds && cells.some((c) => /^(年度资金总额|资金总额|总额|合计|总计)[:：]?$/.test(c.text.replace(/\s+/g, '')))) {
      this.readFunds(row);
      return;
    }
    // "其中：当年财政拨款 | 90 | 89.974 | 89.974", "上年结转资金", "其他资金": the funds' sources.
    const part = this.state === 'funds' && this.sheet.funds ? filled(row).find((c) => FUND_PART.test(c.text.replace(/\s+/g, ''))) : undefined;
    if (part) {
      this.readFundPart(row, part);
      return;
    }
    if (isIndicatorHeader(row)) {
      this.header = makeHeader(row);
      this.state = 'indicators';
      return;
    }
    // A 总分 row ends the sheet even where its indicators were not read with it (their header printed
    // as text above a copy's table): what follows is another sheet's, never this one's total (a copy
    // gave 基层医保工作站项目 the next sheet's 总分 0 against the explanation's 91.14). Its figure is
    // taken only with the indicators it totals.
    if (/^(总分|综合得分)$/.test(first) && this.state !== 'indicators' && this.sheet.indicators.length === 0) {
      this.state = 'done';
      return;
    }
    if (/^(总分|合计|总计|综合得分)$/.test(first) && (this.state === 'indicators' || this.sheet.indicators.length > 0)) {
      const nums = cells.slice(1).map((c) => numberFigure(c.text, 'score', (c.cell as NonNullable<GridCell['cell']>).location)).filter((f): f is Figure => f != null);
      if (nums.length >= 2) {
        this.sheet.statedMax = nums[0] as Figure;
        this.sheet.total = nums[nums.length - 1] as Figure;
      } else if (nums.length === 1) this.sheet.total = nums[0] as Figure;
      const g = cells.map((c) => c.text).find((t) => /^(优|良|中|差|优秀|良好|合格|不合格|较差)$/.test(t));
      if (g) this.sheet.grade = g;
      this.state = 'done';
      return;
    }
    if (/自评等级|评价等级|^等级$/.test(first)) {
      const g = cells.slice(1).find((c) => c.text !== '');
      if (g) this.sheet.grade = squeeze(g.text);
      return;
    }
    if (this.state === 'indicators' && this.header) {
      if (bare && valuesOnly(cells)) this.continueIndicator(bare, cells);
      else this.readIndicator(row, cells);
    }
  }

  /**
   * A row of values alone under an indicator whose row ended at its name: the values of that indicator,
   * split onto rows of their own, read as the rest of its row (never an indicator named "有效").
   */
  private continueIndicator(bare: { cells: GridCell[]; at: number }, cells: GridCell[]): void {
    const last = Math.max(...bare.cells.map((c) => c.col));
    const joined = [...bare.cells, ...cells.map((c, k) => ({ ...c, col: last + 1 + k }))];
    const ind = this.indicatorOf(joined, joined);
    if (ind) this.sheet.indicators[bare.at] = ind;
    this.bare = { cells: joined, at: bare.at };
  }

  private readFunds(row: GridRow): void {
    const h = this.fundHeader;
    if (!h) return;
    const loc = (c: GridCell) => (c.cell as NonNullable<GridCell['cell']>).location;
    const pick = (role: FundRole, c: GridCell | undefined): Figure | null => {
      if (!c || c.text === '' || !c.cell || isDash(c.text)) return null;
      if (role === 'rate') return percentFigure(c.text, loc(c));
      return numberFigure(c.text, role === 'weight' || role === 'score' ? 'score' : 'amount', loc(c), role === 'weight' || role === 'score' ? '分' : '万元');
    };
    const values = new Map<FundRole, Figure | null>();
    for (const [col, role] of h) values.set(role, pick(role, row.find((c) => c.col === col)));
    // Shifted columns: fall back to the values after the label, in header order.
    if (values.get('fullBudget') == null || values.get('executed') == null) {
      const cells = filled(row);
      const li = cells.findIndex((c) => /年度资金总额|资金总额|^总额|合计|总计/.test(c.text));
      const rest = cells.slice(li + 1);
      const order = [...h.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
      values.clear();
      order.forEach((r, k) => values.set(r, pick(r, rest[k])));
    }
    const label = filled(row).find((c) => /年度资金总额|资金总额|^总额|合计|总计/.test(c.text));
    this.sheet.funds = {
      initialBudget: values.get('initialBudget') ?? null,
      fullBudget: values.get('fullBudget') ?? null,
      executed: values.get('executed') ?? null,
      weight: values.get('weight') ?? this.fundWeightFromLabel,
      rate: values.get('rate') ?? null,
      score: values.get('score') ?? null,
      location: label?.cell?.location ?? this.sheet.location,
    };
  }

  /** One source row of the funds, its amounts in the columns of the funds header. */
  private readFundPart(row: GridRow, label: GridCell): void {
    const h = this.fundHeader;
    if (!h) return;
    const amount = (role: FundRole): Figure | null => {
      const col = [...h.entries()].find(([, r]) => r === role)?.[0];
      const c = col == null ? undefined : row.find((x) => x.col === col);
      if (!c || c.text === '' || !c.cell || isDash(c.text)) return null;
      return numberFigure(c.text, 'amount', (c.cell as NonNullable<GridCell['cell']>).location, '万元');
    };
    let values = { initialBudget: amount('initialBudget'), fullBudget: amount('fullBudget'), executed: amount('executed') };
    // Every amount printed after the label must be placed: when the header's columns place fewer
    // ("其中:本年财政拨款 90 89.974 89.974" with the label's cells merged or its dashes dropped, so the
    // row is shifted), the amounts are taken in the header's order when there are exactly as many,
    // and the row is left unread otherwise (a misplaced amount would make a false sum).
    const cells = filled(row);
    // (A source row that repeats the total's 分值, 执行率 and 得分 in their own columns — "其中：当年财政拨款
    // | 49 | 49 | 5.6 | 10 | 11.43% | 1.14" — prints them where the header places them: they are not amounts.)
    const other = (c: GridCell) => ['weight', 'rate', 'score'].includes(h.get(c.col) ?? '');
    const rest = cells.slice(cells.indexOf(label) + 1).filter((c) => c.cell && !isDash(c.text) && !other(c) && numberFigure(c.text, 'amount', (c.cell as NonNullable<GridCell['cell']>).location) != null);
    const placed = [values.initialBudget, values.fullBudget, values.executed].filter((f) => f != null).length;
    if (placed !== rest.length) {
      const roles = [...h.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r).filter((r) => r === 'initialBudget' || r === 'fullBudget' || r === 'executed');
      if (rest.length !== roles.length) return;
      const got = rest.map((c) => numberFigure(c.text, 'amount', (c.cell as NonNullable<GridCell['cell']>).location, '万元'));
      values = { initialBudget: null, fullBudget: null, executed: null, ...Object.fromEntries(roles.map((r, k) => [r, got[k] ?? null])) };
    }
    this.sheet.fundParts.push({
      label: label.text.replace(/\s+/g, '').replace(/^其中[:：]?/, ''),
      ...values,
      location: label.cell?.location ?? this.sheet.location,
    });
  }

  private readIndicator(row: GridRow, cells: GridCell[]): void {
    const stray = strayFragment(cells, this.header as Header);
    if (stray) {
      const where = stray.cell ? placeLabel(stray.cell.location) : '';
      this.unread.push(`绩效自评表「${this.sheet.name || '未命名'}」${where}：一行只有“${stray.text}”一格，在${ANNEX_NAMES[stray.role]}一栏，没有指标名称、指标值和得分，不作为指标读取`);
      return;
    }
    const ind = this.indicatorOf(row, cells);
    if (!ind) return;
    this.sheet.indicators.push(ind);
    // (Its name the last cell printed on its row: its values may follow on rows of their own.)
    const nameAt = cells.findIndex((c) => c.cell?.location === ind.location);
    if (nameAt === cells.length - 1) this.bare = { cells, at: this.sheet.indicators.length - 1 };
  }

  /** The indicator an indicator row gives, or null for a row of level labels only. */
  private indicatorOf(row: GridRow, cells: GridCell[]): Indicator | null {
    const h = this.header as Header;
    const A = aligned(row, h);
    const B = sequential(cells, h);
    const fa = fit(A.a, A.unassigned);
    const fb = fit(B.a, B.unassigned);
    const a = fb > fa ? B.a : A.a;

    const l1 = a.get('l1') ?? null;
    const l2 = a.get('l2') ?? null;
    if (l1?.text) {
      this.carry.l1 = labelKey(l1.text);
      this.carry.l2 = null;
    }
    if (l2?.text) this.carry.l2 = labelKey(l2.text);
    const nameCell = a.get('name') ?? null;
    if (!nameCell?.text || isLevelLabel(nameCell.text) && !a.get('target')?.text && !a.get('score')?.text) {
      if (nameCell?.text && isLevelLabel(nameCell.text)) {
        if (isL1(nameCell.text) && !isL2(nameCell.text)) this.carry.l1 = labelKey(nameCell.text);
        else this.carry.l2 = labelKey(nameCell.text);
      }
      return null;
    }
    let level1 = this.carry.l1;
    const level2 = this.carry.l2;
    const implied = level2 ? parentOf(level2) : null;
    if (implied && (level1 == null || (isStandardL1(level1) && level1 !== implied))) level1 = implied;

    const nameLoc = (nameCell.cell as NonNullable<GridCell['cell']>).location;
    const { name, weight: suffixWeight } = splitWeight(nameCell.text);
    const wCell = a.get('weight') ?? null;
    const weight = wCell?.text && !isDash(wCell.text)
      ? numberFigure(wCell.text, 'score', wCell.cell?.location ?? nameLoc, '分')
      : suffixWeight
        ? numberFigure(suffixWeight, 'score', nameLoc, '分')
        : null;
    const tCell = a.get('target') ?? null;
    const acCell = a.get('actual') ?? null;
    const target = parseValue(tCell?.text ?? '', tCell?.cell?.location ?? nameLoc, true);
    const actual = parseValue(acCell?.text ?? '', acCell?.cell?.location ?? nameLoc, false);
    const rCell = a.get('rate') ?? null;
    const sCell = a.get('score') ?? null;
    const score = sCell?.text && !isDash(sCell.text) ? numberFigure(sCell.text, 'score', sCell.cell?.location ?? nameLoc, '分') : null;
    if (sCell?.text && !isDash(sCell.text) && !score) this.unread.push(`绩效自评表「${this.sheet.name}」指标「${name}」的得分“${sCell.text}”不是数字`);
    const note = a.get('note')?.text ?? '';
    const rule = squeeze(a.get('rule')?.text ?? '');
    const ind: Indicator = {
      level1,
      level2,
      name,
      weight,
      operator: tCell?.text ? target.operator : null,
      target: tCell?.text ?? '',
      targetValue: target.value,
      actual: acCell?.text ?? '',
      actualValue: actual.value,
      unit: target.unit ?? actual.unit,
      completionRate: rCell?.text ? percentFigure(rCell.text, rCell.cell?.location ?? nameLoc) : null,
      score,
      deviationNote: note && !isDash(note) ? note : null,
      location: nameLoc,
      targetKind: tCell?.text ? target.kind : undefined,
    };
    if (rule && !isDash(rule)) ind.scoringRule = rule;
    return ind;
  }
}

/** A row of an indicator's values alone: no level label, and its first cell a value ("有效", "735", "≥95%"). */
function valuesOnly(cells: readonly GridCell[]): boolean {
  return cells.length > 0 && readsAsValue((cells[0] as GridCell).text) && !cells.some((c) => isLevelLabel(c.text));
}

const TITLE_RE = /绩效自评表|绩效评价表|绩效自评情况表/;

function kindOf(title: string, rowsText: string): PerformanceSheet['kind'] {
  if (/整体/.test(title) || /^(单位名称|部门名称)/m.test(rowsText)) return 'overall';
  if (/转移支付/.test(title) || /中央主管部门/.test(rowsText)) return 'transfer';
  return 'project';
}

function titleBefore(blocks: readonly Block[], i: number): string {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const b = blocks[k] as Block;
    if (b.kind === 'table') break;
    if (TITLE_RE.test(b.text)) {
      out.push(b.text);
      break;
    }
  }
  return out.join(' ');
}

/** The funds header's full-year budget column: Sichuan's sheet says "调整后预算数". */
const FULL_BUDGET_WORDS = ['全年预算数', '调整后预算数', '调整预算数'];
const FULL_BUDGET_HEADER = new RegExp(FULL_BUDGET_WORDS.join('|'));

/** Can the table be (the start of) a sheet? The words looksLikeSheet needs, asked of the raw cells. */
function mayBeSheet(table: TableBlock): boolean {
  if ((mentions(table, ...FULL_BUDGET_WORDS) && mentions(table, '执行数')) || mentions(table, '三级指标', '指标名称')) return true;
  // An indicator header wrapped over two rows ("三级" above "指标"): looksLikeSheet decides on the joined rows.
  return mentions(table, '三级', '指标名') && mentions(table, '目标', '指标值');
}

/** `rowsText`: the grid's row texts joined by '\n'. */
function looksLikeSheet(grid: GridRow[], rowsText: string): boolean {
  return (FULL_BUDGET_HEADER.test(rowsText) && /执行数/.test(rowsText)) || grid.some(isIndicatorHeader);
}

const NAME_LABEL = /^(?:项目名称|单位名称|部门名称)[:：]?(.*)$/;

/** The name a sheet's name row gives (项目名称 | …, or 项目名称：… in one cell), squeezed; null without a name row. */
function nameOfRow(row: GridRow): string | null {
  const cells = filled(row);
  const m = cells.length ? NAME_LABEL.exec(gridText(row)) : null;
  if (!m) return null;
  return squeeze(m[1] ? (cells.length > 1 ? (cells[1] as GridCell).text : (m[1] as string)) : '');
}

function nameOf(grid: GridRow[]): string | null {
  for (const r of grid) {
    const n = nameOfRow(r);
    if (n != null) return n;
  }
  return null;
}

function firstLocation(grid: GridRow[]): Location | null {
  for (const r of grid) for (const c of r) if (c.cell) return c.cell.location;
  return null;
}

/**
 * The sheets one table holds: sheets printed right below each other come out as one table (a PDF
 * whose tables touch, Word joining adjacent tables). A name row naming another project starts a new
 * sheet, together with the title rows just above it; the same name again is a header repeated on a
 * new page and stays in its sheet.
 */
function sheetParts(grid: GridRow[]): GridRow[][] {
  const parts: GridRow[][] = [];
  let cur: GridRow[] = [];
  let name: string | null = null;
  for (const row of grid) {
    const n = nameOfRow(row);
    // Rows before the first name row other than its title rows are the end of a sheet begun on an
    // earlier page (its indicators and 总分), never the start of the sheet named below them.
    if (n != null && name == null) {
      const t = titleRowsStart(cur);
      // (Rows of another kind before the name, "单位：万元" or a title, stay with the sheet.)
      if (t > 0 && cur.slice(0, t).some((r) => isIndicatorHeader(r) || /^总分/.test(gridText(r)))) {
        parts.push(cur.slice(0, t));
        cur = cur.slice(t);
      }
    }
    if (n != null && name != null && n !== name) {
      // The title rows ("项目支出绩效自评表", "(2024年度)") above the name row belong to the new sheet.
      const t = titleRowsStart(cur);
      parts.push(cur.slice(0, t));
      cur = cur.slice(t);
    }
    if (n != null) name = n;
    cur.push(row);
  }
  if (cur.length) parts.push(cur);
  return parts.filter((p) => p.length);
}

/** Where the title rows at the end of `rows` begin (rows.length when there are none). */
function titleRowsStart(rows: readonly GridRow[]): number {
  let t = rows.length;
  while (t > 0 && isTitleRow(rows[t - 1] as GridRow)) t--;
  return t;
}

function isTitleRow(row: GridRow): boolean {
  const cells = filled(row);
  return cells.length === 1 && (TITLE_RE.test((cells[0] as GridCell).text) || /^[(（]?\d{4}\s*年度?[)）]?$/.test(squeeze((cells[0] as GridCell).text)));
}

/** The sheets of the document; `read` receives the index of every table block read into one. */
export function readSheets(ctx: InterpretContext, read = new Set<number>()): PerformanceSheet[] {
  const sheets: PerformanceSheet[] = [];
  let open: { reader: SheetReader; lastBlock: number } | null = null;
  const close = () => {
    if (!open) return;
    const s = open.reader.sheet;
    for (const n of open.reader.unread) ctx.unread(n);
    if (s.indicators.length === 0) ctx.unread(`绩效自评表「${s.name || '未命名'}」未读出任何绩效指标`);
    if (!s.funds) ctx.unread(`绩效自评表「${s.name || '未命名'}」未读出预算执行（年度资金总额）行`);
    if (!s.name) s.name = s.kind === 'overall' ? (ctx.facts.department ?? '部门整体') : '未命名项目';
    sheets.push(s);
    open = null;
  };
  ctx.blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    // Only a sheet being read takes tables that do not look like one: skip the others unread.
    const continuing = open != null && open.reader.state !== 'done' && i - open.lastBlock <= 4;
    if (!continuing && !mayBeSheet(b as TableBlock)) return;
    const parts = sheetParts(joinWrappedHeaders(expandGrid(b as TableBlock), isIndicatorHeader));
    parts.forEach((grid, k) => {
      // Asked of every table read below, up to three times: joined once.
      const rowsText = grid.map(gridText).join('\n');
      const first = grid.slice(0, 3).map(gridText).join(' ');
      const inTitle = TITLE_RE.test(first) ? first : '';
      const title = inTitle || (k === 0 ? titleBefore(ctx.blocks, i) : '');
      const name = nameOf(grid);
      // Continuation of a sheet split across pages: no name row (or the sheet's own name again, its
      // header repeated on the new page), but indicator rows or the 总分 row.
      if (open && (name == null || name === open.reader.sheet.name) && (!inTitle || name != null) && open.reader.state !== 'done' && i - open.lastBlock <= 4) {
        if (open.reader.state === 'indicators' || /^总分/m.test(rowsText) || looksLikeSheet(grid, rowsText)) {
          open.reader.feed(grid);
          open.lastBlock = i;
          read.add(i);
          return;
        }
      }
      if (!looksLikeSheet(grid, rowsText) || !(name != null || title)) {
        // The end of a sheet whose start could not be read with it (its start printed as text, a page
        // away): said unread, never counted into another sheet.
        if (name == null && (/^总分/m.test(rowsText) || grid.some(isIndicatorHeader))) ctx.unread(`绩效自评表的一部分（${placeLabel(firstLocation(grid) ?? b.location)}）未能接上它所属的表，未读取`);
        return;
      }
      close();
      const reader = new SheetReader(kindOf(title, rowsText), k === 0 ? b.location : (firstLocation(grid) ?? b.location));
      reader.feed(grid);
      open = { reader, lastBlock: i };
      read.add(i);
    });
  });
  close();
  return sheets;
}
