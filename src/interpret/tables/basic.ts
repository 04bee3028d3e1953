import type { TableRow } from '../../model/disclosure.js';
import type { ParseInput, ParseOutput } from './common.js';
import { noteText, unreadAt, withUnread } from './common.js';
import { type GridPos, amountOf, isColumnNumberRow, isNumberText, leaf, norm, rowKey } from './grid.js';

/**
 * Table 06 (一般公共预算财政拨款基本支出决算明细表), keyed by the economic classification. Usually
 * printed as side-by-side blocks (人员经费: 科目代码 | 科目名称 | 决算数, then one or two 公用经费
 * blocks), sometimes as one block, sometimes as rows with 合计 | 人员经费 | 公用经费 columns.
 * Rows: economic code ("30101"), `personnel.total`, `public.total`, `total`.
 */
export function parseBasic(input: ParseInput): ParseOutput {
  const { grid, header } = input;
  const paths = header.paths;
  const rows: TableRow[] = [];
  const notes: string[] = [];
  const codeCols: number[] = [];
  // The code split in two columns, 类 | 款 (301 | 01), under one 科目编码 head.
  const kuanOf = new Map<number, number>();
  paths.forEach((p, c) => {
    if (/^(科目代码|科目编码|代码|编码|经济分类科目编码)$/.test(leaf(p))) codeCols.push(c);
    // A copy may run two heads into one cell, the next block's code head after the amount head ("决算数 科目代码"),
    // spanning the code's own column or leaving it a blank head: the block starts there.
    else if (/^(?:决算数|金额)\s*(?:科目代码|科目编码|经济分类科目编码)$/.test(leaf(p)) && [leaf(p), ''].includes(leaf(paths[c + 1] ?? []).trim()) && !codeCols.includes(c)) codeCols.push(c + 1);
    else if (leaf(p) === '类' && leaf(paths[c + 1] ?? []) === '款' && p.some((x) => /编码|代码|经济分类/.test(x))) {
      codeCols.push(c);
      kuanOf.set(c, c + 1);
    }
  });
  // Variant: one classification column set with 人员经费 and 公用经费 amount columns.
  const personnelCol = paths.findIndex((p) => /^人员经费$/.test(leaf(p)));
  const publicCol = paths.findIndex((p) => /^公用经费$/.test(leaf(p)));
  const data = grid.slice(header.dataStart).filter((r) => !isColumnNumberRow(r) && !header.rowTexts.includes(rowKey(r)));
  if (codeCols.length <= 1 && personnelCol >= 0 && publicCol >= 0) {
    const codeCol = codeCols[0] ?? 0;
    const nameCol = paths.findIndex((p) => /名称|^项目$/.test(leaf(p)));
    for (const r of data) {
      const note = noteText(r);
      const pers = amountOf(r[personnelCol]);
      const pub = amountOf(r[publicCol]);
      const persUnread = unreadAt(r[personnelCol]);
      const pubUnread = unreadAt(r[publicCol]);
      if (note && !pers && !pub) {
        notes.push(note);
        continue;
      }
      const { code, name } = label(r, codeCol, nameCol >= 0 ? nameCol : codeCol + 1);
      if (!code && !name) continue;
      const isPers = pers != null && !(pub != null && Number(pub.value) !== 0 && Number(pers.value) === 0);
      const loc = r[codeCol]?.cell.location ?? r[0]?.cell.location;
      if (!loc) continue;
      if (!code && /合计|总计/.test(name)) {
        if (pers || persUnread.length) rows.push(withUnread({ key: 'personnel.total', code: null, name: '人员经费合计', lineNo: null, side: 'personnel', cells: { amount: pers }, location: pers?.location ?? loc }, persUnread));
        if (pub || pubUnread.length) rows.push(withUnread({ key: 'public.total', code: null, name: '公用经费合计', lineNo: null, side: 'public', cells: { amount: pub }, location: pub?.location ?? loc }, pubUnread));
        continue;
      }
      const amount = isPers ? pers : pub;
      // Either of its two cells unread: which one is the row's amount cannot be told, and it is unknown.
      const unread = [...persUnread, ...pubUnread].slice(0, 1);
      rows.push(withUnread({ key: code ?? `name:${name}`, code, name, lineNo: null, side: code ? sideOfCode(code) : isPers ? 'personnel' : 'public', cells: { amount }, location: loc }, unread));
    }
    return { rows, notes, problems: [] };
  }
  if (!codeCols.length) {
    return { rows, notes, problems: ['公开06表的表头中未找到“科目代码”列，未读取该表的数据'] };
  }
  // Blocks: code | name | amount, one per code column.
  const blocks = codeCols.map((start, i) => {
    const end = codeCols[i + 1] ?? paths.length;
    const range = [...Array(end - start).keys()].map((k) => k + start);
    const kuanCol = kuanOf.get(start) ?? null;
    const nameCol = range.find((c) => /名称|^项目$/.test(leaf(paths[c] ?? []))) ?? start + (kuanCol != null ? 2 : 1);
    const amountCol = range.find((c) => /决算数|金额|合计|^本年支出$/.test(leaf(paths[c] ?? [])) && c !== nameCol && c !== start) ?? range[range.length - 1] ?? start + 2;
    const group = (paths[start] ?? []).join('/');
    const side: 'personnel' | 'public' | null = /人员经费/.test(group) ? 'personnel' : /公用经费/.test(group) ? 'public' : null;
    return { codeCol: start, kuanCol, nameCol, amountCol, side };
  });
  // Figures under a column no block reads (a 公用经费 block whose code head a copy ran into another cell):
  // read without them, the table's totals would be checked on part of its rows.
  const used = new Set(blocks.flatMap((b) => [b.codeCol, b.nameCol, b.amountCol, ...(b.kuanCol != null ? [b.kuanCol] : [])]));
  const lost = paths.findIndex((_, c) => !used.has(c) && data.some((r) => amountOf(r[c]) && !noteText(r)));
  if (lost >= 0) return { rows: [], notes, problems: [`公开06表“${paths[lost]?.join('') || `第${lost + 1}列`}”栏的数字未能对应到科目，未读取该表的数据`] };
  // The last coded row of each block while it has no figure yet: a name wrapped in its cell may set the
  // row's figure beside its last line ("30108 机关事业单位基本养老保险" / "缴费 36400.00"), a row of no code.
  const awaiting = new Map<number, TableRow>();
  for (const r of data) {
    const note = noteText(r);
    if (note && blocks.every((b) => !amountOf(r[b.amountCol]))) {
      notes.push(note);
      continue;
    }
    for (const [bi, b] of blocks.entries()) {
      // A label spanning code and name, written as one cell of a shorter row ("人员经费合计\t90.00"
      // under 科目编码 | 科目名称 | 决算数): its figure stands where the name would, the amount cell blank.
      const shifted = b.amountCol > b.nameCol && !r[b.amountCol]?.norm && isNumberText(r[b.nameCol]?.norm ?? '') && /[\u4e00-\u9fff]/.test(r[b.codeCol]?.norm ?? '');
      const { code, name } = shifted ? label(r, b.codeCol, -1) : label(r, b.codeCol, b.nameCol, b.kuanCol);
      const amountAt = r[shifted ? b.nameCol : b.amountCol];
      let amount = amountOf(amountAt);
      const unread = unreadAt(amountAt);
      // A total label whose figure sits further right (merged cells of the next block); not when its own cell is unread.
      if (!amount && !unread.length && !code && /合计|小计/.test(name)) {
        for (let c = b.amountCol + 1; c < r.length && !amount; c++) {
          if (codeCols.includes(c) && r[c]?.norm) break;
          amount = amountOf(r[c]);
        }
      }
      if (!code && !name) continue;
      const loc = (r[b.codeCol]?.text.trim() ? r[b.codeCol] : r[b.nameCol])?.cell.location;
      if (!loc) continue;
      const n = norm(name);
      const above = awaiting.get(bi);
      awaiting.delete(bi);
      if (!code && above && (amount || unread.length) && !/合计|小计|总计/.test(n)) {
        above.name += name;
        above.cells.amount = amount;
        withUnread(above, unread);
        continue;
      }
      if (!code) {
        if (/人员经费(合计|小计)?$/.test(n) && /合计|小计/.test(n)) {
          rows.push(withUnread({ key: 'personnel.total', code: null, name, lineNo: null, side: 'personnel', cells: { amount }, location: loc }, unread));
        } else if (/公用经费(合计|小计)?$/.test(n) && /合计|小计/.test(n)) {
          rows.push(withUnread({ key: 'public.total', code: null, name, lineNo: null, side: 'public', cells: { amount }, location: loc }, unread));
        } else if (/^(合计|总计|基本支出合计)$/.test(n)) {
          rows.push(withUnread({ key: 'total', code: null, name, lineNo: null, side: null, cells: { amount }, location: loc }, unread));
        } else if (amount || unread.length) {
          rows.push(withUnread({ key: `name:${n}`, code: null, name, lineNo: null, side: b.side, cells: { amount }, location: loc }, unread));
        }
        continue;
      }
      const row = withUnread({ key: code, code, name, lineNo: null, side: sideOfCode(code) ?? b.side, cells: { amount }, location: loc }, unread);
      rows.push(row);
      if (!amount && !unread.length) awaiting.set(bi, row);
    }
  }
  return { rows, notes, problems: [] };
}

/** 301 工资福利支出 and 303 对个人和家庭的补助 are 人员经费; the rest are 公用经费. */
export function sideOfCode(code: string): 'personnel' | 'public' {
  return /^30[13]/.test(code) ? 'personnel' : 'public';
}

function label(r: readonly GridPos[], codeCol: number, nameCol: number, kuanCol: number | null = null): { code: string | null; name: string } {
  const kuan = kuanCol != null ? (r[kuanCol]?.norm ?? '') : '';
  const ct = (r[codeCol]?.norm ?? '') + (/^\d{2}$/.test(kuan) && /^3\d{2}$/.test(r[codeCol]?.norm ?? '') ? kuan : '');
  const nt = (r[nameCol]?.text ?? '').replace(/\s+/g, '');
  if (/^3\d{2}(\d{2})?$/.test(ct)) return { code: ct, name: nt };
  const m = /^(3\d{2}(?:\d{2})?)(?!\d)(.*)$/.exec(ct);
  if (m) return { code: m[1] as string, name: (m[2] as string) || nt };
  // A label spanning code and name (人员经费合计) appears in both positions.
  const name = ct && ct !== norm(nt) ? `${ct}${nt}` : nt || ct;
  return { code: null, name: name.replace(/\s+/g, '') };
}
