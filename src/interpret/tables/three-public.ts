import type { Figure } from '../../model/decimal.js';
import type { ParseInput, ParseOutput } from './common.js';
import { type Unread, noteText, unreadAt, withUnread } from './common.js';
import { type GridPos, amountOf, isColumnNumberRow, leaf, norm, rowKey } from './grid.js';

/**
 * Table 09 (财政拨款“三公”经费支出决算表): one data row of 12 cells, 预算数 and 决算数 × 合计 /
 * 因公出国（境）费 / 公务用车购置及运行维护费 小计 / 购置费 / 运行维护费 / 公务接待费. Also reads the
 * transposed layout (rows 预算数 and 决算数, the six items as columns) and tables with 决算数 only.
 */
const PARTS: { key: string; test: (leafText: string, path: string) => boolean }[] = [
  { key: 'abroad', test: (l) => /出国/.test(l) },
  { key: 'reception', test: (l) => /接待/.test(l) },
  { key: 'vehiclePurchase', test: (l) => /购置/.test(l) && !/运行|维护/.test(l) },
  { key: 'vehicleOps', test: (l) => /运行/.test(l) && !/购置/.test(l) },
  { key: 'vehicle', test: (l, p) => /^小计$/.test(l) || (/购置/.test(l) && /运行/.test(l) && !/小计/.test(p.replace(l, ''))) },
  { key: 'total', test: (l) => /^(合计|总计)$/.test(l) },
];

function partOf(path0: readonly string[]): string | null {
  // Columns split into 预算数 | 决算数 under each item: the item is the word above.
  const path = path0.filter((x) => !/^(全年)?(预算数|决算数|预算|决算)$/.test(x));
  const lf = leaf(path);
  const p = path.join('/');
  for (const part of PARTS) if (part.test(lf, p)) return part.key;
  return null;
}

/** The item a row of the listed layout is labelled with ("2、公务用车购置及运行维护费", "其中：（1）公务用车购置费"). */
function rowPart(r: readonly GridPos[]): string | null {
  const label = firstText(r)?.norm.replace(/^(?:其中[：:]?)?\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?/, '').trim();
  if (!label || /\d$/.test(label)) return null;
  for (const part of PARTS) if (part.test(label, label)) return part.key;
  return null;
}

export function parseThreePublic(input: ParseInput): ParseOutput {
  const { grid, header } = input;
  const notes: string[] = [];
  const data = grid.slice(header.dataStart).filter((r) => !isColumnNumberRow(r) && !header.rowTexts.includes(rowKey(r)));
  const cells: Record<string, Figure | null> = {};
  // Cells whose value was not read (formulas saved without their results): null, and unknown.
  const unread: Unread = [];
  const put = (key: string, pos: GridPos | undefined) => {
    cells[key] = amountOf(pos);
    unread.push(...unreadAt(pos, key));
  };
  const paths = header.paths;
  const groupOf = (c: number): 'budget' | 'actual' | null => {
    const p = (paths[c] ?? []).join('/');
    return /决算/.test(p) ? 'actual' : /预算/.test(p) ? 'budget' : null;
  };
  // Transposed: a label column holding 预算数 / 决算数.
  const transposed = data.some((r) => r.some((p) => /^(预算数|决算数|全年预算数|决算)$/.test(p.norm)));
  // Listed: the items as rows (合计, 1、因公出国（境）费, 其中：（1）公务用车购置费 …) under columns
  // 预算数 and 决算数, no item in the header.
  // A 合计 under 预算数 and under 决算数 (beside 一般公共预算 | 政府性基金) is the group's total column, no item.
  const listed = !transposed && !paths.some((p) => (partOf(p) ?? 'total') !== 'total') && paths.some((_, c) => groupOf(c) != null) && data.filter((r) => rowPart(r) != null).length >= 2;
  let location = data[0]?.[0]?.cell.location;
  // Figures under no 预算数/决算数 while others have one: the header lost the cells that spanned them
  // (a table copied as text: "项目 | 预算数 | 决算数 | ||||" over six columns of figures). Which
  // column is which cannot be told, and a guess would compare the text with the wrong figures.
  const figureColumns = paths.map((_, c) => c).filter((c) => data.some((r) => amountOf(r[c]) != null));
  if (!transposed && figureColumns.some((c) => groupOf(c) != null) && figureColumns.some((c) => groupOf(c) == null)) {
    return { rows: [], notes, problems: [`公开09表表头的“预算数”“决算数”未覆盖所有数字栏（表头：${paths.map((p) => p.join('/')).filter(Boolean).join('、')}），可能丢失了合并单元格，无法确定各栏归属，未读取该表的数据`] };
  }
  if (listed) {
    // The first column of each group (a 年初 beside a 全年 预算数 would be a second).
    const columns = new Map<'budget' | 'actual', number>();
    paths.forEach((_, c) => {
      const g = groupOf(c);
      if (g && !columns.has(g)) columns.set(g, c);
    });
    location = undefined;
    for (const r of data) {
      const part = rowPart(r);
      if (!part) {
        const note = noteText(r);
        if (note && !r.some((p) => amountOf(p) != null)) notes.push(note);
        continue;
      }
      location ??= firstText(r)?.cell.location;
      for (const [g, c] of columns) if (!(`${g}.${part}` in cells)) put(`${g}.${part}`, r[c]);
    }
    location ??= data[0]?.[0]?.cell.location;
  } else if (transposed) {
    for (const r of data) {
      const lab = r.find((p) => /^(全年)?(预算数|决算数|决算)$/.test(p.norm));
      if (!lab) {
        const note = noteText(r);
        if (note) notes.push(note);
        continue;
      }
      const g = /决算/.test(lab.norm) ? 'actual' : 'budget';
      location = lab.cell.location;
      paths.forEach((p, c) => {
        const part = partOf(p);
        if (part && !(`${g}.${part}` in cells)) put(`${g}.${part}`, r[c]);
      });
    }
  } else {
    const row = data.find((r) => r.some((p) => amountOf(p) != null));
    for (const r of data) {
      if (r === row) continue;
      const note = noteText(r);
      if (note) notes.push(note);
    }
    if (row) {
      location = firstText(row)?.cell.location ?? location;
      const anyGroup = paths.some((_, c) => groupOf(c) != null);
      paths.forEach((p, c) => {
        const part = partOf(p);
        if (!part) return;
        const g = groupOf(c) ?? (anyGroup ? null : 'actual');
        if (!g || `${g}.${part}` in cells) return;
        put(`${g}.${part}`, row[c]);
      });
    }
  }
  if (!location) return { rows: [], notes, problems: [] };
  if (!Object.keys(cells).length) {
    return { rows: [], notes, problems: [`公开09表的表头中未识别出“三公”经费各栏（表头：${paths.map((p) => p.join('/')).filter(Boolean).join('、')}），未读取该表的数据`] };
  }
  return { rows: [withUnread({ key: 'total', code: null, name: '“三公”经费', lineNo: null, side: null, cells, location }, unread)], notes, problems: [] };
}

function firstText(row: readonly GridPos[]): GridPos | undefined {
  return row.find((p) => norm(p.text));
}
