import type { Figure } from '../../model/decimal.js';
import type { ParseInput, ParseOutput } from './common.js';
import { noteText } from './common.js';
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

export function parseThreePublic(input: ParseInput): ParseOutput {
  const { grid, header } = input;
  const notes: string[] = [];
  const data = grid.slice(header.dataStart).filter((r) => !isColumnNumberRow(r) && !header.rowTexts.includes(rowKey(r)));
  const cells: Record<string, Figure | null> = {};
  const paths = header.paths;
  const groupOf = (c: number): 'budget' | 'actual' | null => {
    const p = (paths[c] ?? []).join('/');
    return /决算/.test(p) ? 'actual' : /预算/.test(p) ? 'budget' : null;
  };
  // Transposed: a label column holding 预算数 / 决算数.
  const transposed = data.some((r) => r.some((p) => /^(预算数|决算数|全年预算数|决算)$/.test(p.norm)));
  let location = data[0]?.[0]?.cell.location;
  if (transposed) {
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
        if (part && !(`${g}.${part}` in cells)) cells[`${g}.${part}`] = amountOf(r[c]);
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
        cells[`${g}.${part}`] = amountOf(row[c]);
      });
    }
  }
  if (!location) return { rows: [], notes, problems: [] };
  if (!Object.keys(cells).length) {
    return { rows: [], notes, problems: [`公开09表的表头中未识别出“三公”经费各栏（表头：${paths.map((p) => p.join('/')).filter(Boolean).join('、')}），未读取该表的数据`] };
  }
  return { rows: [{ key: 'total', code: null, name: '“三公”经费', lineNo: null, side: null, cells, location }], notes, problems: [] };
}

function firstText(row: readonly GridPos[]): GridPos | undefined {
  return row.find((p) => norm(p.text));
}
