import type { TableRow } from '../../model/disclosure.js';
import type { TableId } from '../../model/tables.js';
import { type ColumnMatcher, LABEL_HEADER, type ParseInput, type ParseOutput, cellsOf, hasAnyFigure, mapColumns, noteText, unreadOf, withUnread } from './common.js';
import { type GridPos, amountOf, isCode, isColumnNumberRow, leaf, norm, rowKey } from './grid.js';
import { linkByNames } from './by-name.js';

/**
 * Tables keyed by the function classification (02, 03, 05, 07, 08): a code column (or 类/款/项
 * columns, or the code printed in front of the name), a name column and amount columns.
 */
const MATCHERS: Record<string, ColumnMatcher[]> = {
  '02': [
    { key: 'total', re: /本年收入合计|^收入合计$|^合计$/ },
    { key: 'fiscal', re: /财政拨款/ },
    { key: 'superior', re: /上级补助/ },
    { key: 'business', re: /事业收入/ },
    { key: 'operating', re: /经营收入/ },
    { key: 'affiliated', re: /附属单位/ },
    { key: 'other', re: /其他收入/ },
  ],
  '03': [
    { key: 'total', re: /本年支出合计|^支出合计$|^合计$/ },
    { key: 'basic', re: /基本支出/ },
    { key: 'project', re: /项目支出/ },
    { key: 'toSuperior', re: /上缴上级/ },
    { key: 'operating', re: /经营支出/ },
    { key: 'toAffiliated', re: /附属单位/ },
  ],
  '05': [
    { key: 'total', re: /^(小计|合计|本年支出|本年支出合计|支出合计)$/ },
    { key: 'basic', re: /基本支出/ },
    { key: 'project', re: /项目支出/ },
  ],
  '07': [
    { key: 'opening', re: /年初.*结转/ },
    { key: 'income', re: /本年收入/ },
    { key: 'total', re: /^(小计|合计|本年支出|本年支出合计)$/ },
    { key: 'basic', re: /基本支出/ },
    { key: 'project', re: /项目支出/ },
    { key: 'closing', re: /年末.*结转/ },
  ],
  '08': [
    { key: 'opening', re: /年初.*结转/ },
    { key: 'income', re: /本年收入/ },
    { key: 'total', re: /^(小计|合计|本年支出|本年支出合计)$/ },
    { key: 'basic', re: /基本支出/ },
    { key: 'project', re: /项目支出/ },
    { key: 'closing', re: /年末.*结转/ },
  ],
};

/** Headers of columns that number the rows ("科目编码 | 科目名称 | 行次 | 本年收入合计 …"). */
const ROW_NUMBER_HEADER = /^(行次|序号|栏次)$/;

/**
 * Whether a column numbers the rows: its header's leaf says so, or its whole header does where the
 * word wrapped in its narrow cell ("行" over "次", the leaf only "次").
 */
function numbersRows(path: readonly string[]): boolean {
  return ROW_NUMBER_HEADER.test(leaf(path)) || ROW_NUMBER_HEADER.test(path.join(''));
}

export function parseClassified(input: ParseInput): ParseOutput {
  const { grid, header, id } = input;
  const paths = header.paths;
  const labelCols = new Set<number>();
  paths.forEach((p, c) => {
    if (LABEL_HEADER.test(leaf(p)) || p.length === 0) labelCols.add(c);
  });
  const cols = mapColumns(paths, MATCHERS[id] ?? [], labelCols);
  const problems: string[] = [];
  const notes: string[] = [];
  const rows: TableRow[] = [];
  if (!cols.has('total')) {
    problems.push(`公开${id}表的表头中未找到合计列（表头：${paths.map((p) => p.join('/')).filter(Boolean).join('、')}），未读取该表的数据`);
    return { rows, notes, problems };
  }
  const firstAmount = Math.min(...cols.values());
  // The label columns but those numbering the rows (行次, 序号): a row's number is not part of its name.
  const labels = [...Array(firstAmount).keys()].filter((c) => !numbersRows(paths[c] ?? []));
  // A 行次 column holding words on a row of figures: the copy ran the labels into it ('2101101
  // 行政单位医疗7' under 行次, a pdftotext -layout copy read by the order of its words). Its rows have
  // no name nor code to read by (the first was taken for 合计), so the table is not read.
  const runInto = [...Array(firstAmount).keys()].filter((c) => numbersRows(paths[c] ?? [])).find((c) =>
    grid.slice(header.dataStart).some((r) => r[c]?.origin && r[c]?.norm && !/^\d+$/.test(r[c]?.norm ?? '') && !isColumnNumberRow(r) && hasAnyFigure(cellsOf(r, cols, amountOf))),
  );
  if (runInto !== undefined) {
    const sample = grid.slice(header.dataStart).find((r) => r[runInto]?.origin && !/^\d*$/.test(r[runInto]?.norm ?? ''))?.[runInto]?.text.trim();
    problems.push(`公开${id}表的“行次”栏中印有科目（“${sample}”），行与栏在复制中错位，未读取该表的数据`);
    return { rows, notes, problems };
  }
  // 类/款/项 split into separate code columns (older layouts). A copy that printed two of them one
  // space apart ("208    05 01 行政单位离退休") read them as one column headed "款 项": its cells
  // hold the codes of both levels, split again by their spaces (splitParts).
  // One level's header cell spanning two columns of the grid, each code under it spanning both (tables
  // of one printed grid laid on the union of their column lines: a portrait print's 款 over two), is
  // one level: its first column. A '类款项' over three columns of codes is three levels.
  const spannedFromLeft = (c: number) =>
    c > 0 &&
    leaf(paths[c] ?? []).length === 1 &&
    grid.slice(header.start).every((r) => !r[c]?.norm || r[c]?.cell === r[c - 1]?.cell);
  const splitCols = labels.filter((c) => /^(类|款|项)+$/.test(leaf(paths[c] ?? [])) && new Set(leaf(paths[c] ?? [])).size === leaf(paths[c] ?? []).length && !spannedFromLeft(c));
  const splitLevels = splitCols.map((c) => leaf(paths[c] ?? []).length);
  const data = grid.slice(header.dataStart);
  const codeCol = splitCols.length ? -1 : findCodeColumn(data, labels);
  // A label column without a header of its own whose cells are all integers (a software's row ids
  // 1000, 1001, … beside 科目名称) is a column of its own: a name never ends in a row id.
  const idCols = rowIdColumns(grid, header, data, labels.filter((c) => c !== codeCol && !splitCols.includes(c)));
  const nameCols = labels.filter((c) => !idCols.has(c));
  // Split code columns in the order 类, 款, 项, and the class and 款 the rows below go on from.
  const ordered = splitCols.map((c) => leaf(paths[c] ?? [])).join('') === '类款项';
  let upper = { cls: '', kuan: '' };
  let first = true;
  for (const row of data) {
    if (isColumnNumberRow(row) || header.rowTexts.includes(rowKey(row))) continue;
    const note = noteText(row);
    const cells = cellsOf(row, cols, amountOf);
    if (note && !hasAnyFigure(cells)) {
      notes.push(note);
      continue;
    }
    let code: string | null = null;
    let name = '';
    if (splitCols.length) {
      const texts = splitCols.map((c) => row[c]?.text ?? '');
      const split = splitParts(texts, splitLevels);
      // A level that cannot be told: no code read from the row (its figures still read, by its name).
      const parts = split ?? texts.map((t) => norm(t));
      const readable = split !== null;
      if (!readable) code = null;
      else if (parts.every((p) => /^\d*$/.test(p)) && parts[0]) code = parts.join('');
      // 类 printed only on the class's row, 款 only on the 款's ("201 | | | 一般公共服务支出", " | 03 | |
      // 政府办公厅…", " | | 01 | 行政运行"): a row's code goes on from the class and 款 above it.
      else if (ordered && parts.every((p) => /^\d*$/.test(p))) {
        const [, kuan, xiang] = parts as [string, string, string];
        if (/^\d{2}$/.test(kuan) && upper.cls) code = upper.cls + kuan + (/^\d{2}$/.test(xiang) ? xiang : '');
        else if (!kuan && /^\d{2}$/.test(xiang) && upper.cls && upper.kuan) code = upper.cls + upper.kuan + xiang;
      }
      if (ordered && code) upper = { cls: code.slice(0, 3), kuan: code.length >= 5 ? code.slice(3, 5) : '' };
      // A cell spanning two name columns is one name, not the same words twice.
      name = nameCols.filter((c) => !splitCols.includes(c) && !(c > 0 && row[c]?.cell === row[c - 1]?.cell && nameCols.includes(c - 1)))
        .map((c) => row[c]?.text.trim() ?? '').filter(Boolean).join('');
      // A label printed in the code columns, the name column left blank ("合计 | | | | 238.76"): the
      // row's name, as where it spans them (a 合计 row keyed as an unnamed row was never summed).
      if (!code && !name) name = [...new Set(parts.filter((p) => p && !/^\d+$/.test(p)))].join('');
    } else {
      const texts = uniqueTexts(nameCols.map((c) => row[c] as GridPos));
      if (codeCol >= 0 && isCode(row[codeCol]?.norm ?? '')) {
        code = row[codeCol]?.norm ?? null;
        name = uniqueTexts(nameCols.filter((c) => c !== codeCol).map((c) => row[c] as GridPos)).join('');
      } else {
        const joined = texts.join(' ');
        // "238.67" is an amount, never code 238 glued to a name ".67".
        const m = /^(\d{3}(?:\d{2}){0,2})(?![\d.,．]\d|\d)\s*(.*)$/s.exec(joined.trim());
        if (m) {
          code = m[1] as string;
          name = (m[2] as string).trim();
        } else name = joined.trim();
      }
    }
    name = name.replace(/\s+/g, '');
    if (!code && !name && !hasAnyFigure(cells)) continue;
    let key: string;
    if (code) key = code;
    else if (/^(合计|总计|本年合计)$/.test(norm(name)) || (!name && first && hasAnyFigure(cells))) key = 'total';
    else if (!hasAnyFigure(cells)) {
      if (name) notes.push(name);
      continue;
    } else key = `name:${name}`;
    first = false;
    const loc = (row.find((p) => p.text.trim()) ?? row[0])?.cell.location;
    if (!loc) continue;
    rows.push(withUnread({ key, code, name: key === 'total' && !name ? '合计' : name, lineNo: null, side: null, cells, location: loc }, unreadOf(row, cols)));
  }
  linkByNames(rows, input.catalog);
  return { rows, notes, problems };
}

/**
 * The code of each level from the code columns' cells, one column per level but where one column
 * holds several ("05 01" under "款 项"): its figures split by their spaces, as many as its levels. A
 * single figure there is the first of its levels only where the level before it is printed on the row
 * (208 | 05: a 款, a code goes on level by level); without it (" | 01") which level it is cannot be
 * told: null.
 */
export function splitParts(texts: readonly string[], levels: readonly number[]): string[] | null {
  const out: string[] = [];
  let ambiguous = false;
  texts.forEach((t, i) => {
    const n = levels[i] ?? 1;
    if (n === 1) {
      out.push(norm(t));
      return;
    }
    const words = t.trim().split(/[\s\u3000]+/).filter(Boolean);
    // A column holding the levels from the class down ("类 款 项") tells each level by its width: a
    // class's code is three digits, a 款's or 项's two ("208", "208 05", "208 05 05", or unspaced).
    const byLevel = out.length === 0 ? levelsOf(words, n) : null;
    if (!words.length) out.push(...Array<string>(n).fill(''));
    else if (byLevel) out.push(...byLevel);
    else if (words.length === n && words.every((w) => /^\d+$/.test(w))) out.push(...words);
    else if (words.length === 1 && /^\d+$/.test(words[0] as string) && out.length > 0 && /^\d+$/.test(out[out.length - 1] as string)) {
      out.push(words[0] as string, ...Array<string>(n - 1).fill(''));
    } else if (words.some((w) => /^\d+$/.test(w))) ambiguous = true;
    else out.push(norm(t), ...Array<string>(n - 1).fill(''));
  });
  return ambiguous ? null : out;
}

/** The code's parts level by level, from a class's three digits on, padded to `n` levels; null if not a code so written. */
function levelsOf(words: readonly string[], n: number): string[] | null {
  const parts = words.length === 1 && /^\d{3}(\d{2}){0,2}$/.test(words[0] as string) ? (words[0] as string).match(/^\d{3}|\d{2}/g) ?? [] : [...words];
  if (!parts.length || parts.length > n || !/^\d{3}$/.test(parts[0] as string) || !parts.slice(1).every((p) => /^\d{2}$/.test(p))) return null;
  return [...parts, ...Array<string>(n - parts.length).fill('')];
}

function uniqueTexts(ps: readonly (GridPos | undefined)[]): string[] {
  const out: string[] = [];
  for (const p of ps) {
    const t = p?.text.trim();
    if (t && out[out.length - 1] !== t) out.push(t);
  }
  return out;
}

/**
 * Label columns that number the rows without saying so: no header cell of their own (a header
 * spanning them from the left, 项目, is not theirs), and every cell that starts in them an integer,
 * most of them no classification code.
 */
function rowIdColumns(grid: readonly GridPos[][], header: ParseInput['header'], data: readonly GridPos[][], candidates: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const c of candidates) {
    const own = grid.slice(header.start, header.dataStart).some((r) => r[c]?.origin && r[c]?.norm);
    if (own) continue;
    const texts = data.flatMap((r) => (r[c]?.origin && r[c]?.norm ? [r[c]?.norm as string] : []));
    if (!texts.length || !texts.every((t) => /^\d+$/.test(t))) continue;
    if (texts.filter(isCode).length >= texts.length / 2) continue;
    out.add(c);
  }
  return out;
}

/** The label column whose cells are mostly classification codes. */
function findCodeColumn(data: readonly GridPos[][], labels: readonly number[]): number {
  let best = -1;
  let bestHits = 0;
  for (const c of labels) {
    const texts = data.map((r) => r[c]?.norm ?? '').filter(Boolean);
    const hits = texts.filter(isCode).length;
    if (hits > bestHits && hits >= texts.length / 2) {
      best = c;
      bestHits = hits;
    }
  }
  return best;
}

export const CLASSIFIED_IDS: readonly TableId[] = ['02', '03', '05', '07', '08'];
