import { parse } from 'csv-parse/sync';
import type { OrgLine } from '../store/orgs.js';
import { HttpError } from './context.js';

const COLUMNS = { region: /地区|区域|行政区/, department: /部门|主管/, unit: /单位/, code: /编码|代码/ };

/**
 * Reads an organisation list: the first row names the columns (地区, 部门, 单位, 编码 in any order);
 * CSV (UTF-8, with or without BOM) or XLSX (its first sheet, read by the project's bounded reader).
 */
export async function readOrgTable(fileName: string, bytes: Uint8Array): Promise<OrgLine[]> {
  const rows = /\.xlsx$/i.test(fileName) ? await xlsxRows(fileName, bytes) : /\.csv$/i.test(fileName) ? csvRows(bytes) : null;
  if (!rows) throw new HttpError(415, `机构名单应为 CSV 或 XLSX 文件，收到的是「${fileName}」。`);
  const [head, ...body] = rows;
  if (!head) throw new HttpError(400, '机构名单是空的。');
  const at = (re: RegExp) => head.findIndex((h) => re.test(h));
  const col = { region: at(COLUMNS.region), department: at(COLUMNS.department), unit: at(COLUMNS.unit), code: at(COLUMNS.code) };
  if (col.region < 0 || col.department < 0) throw new HttpError(400, `机构名单第一行应有「地区」和「部门」两列，实际为：${head.join('、')}。`);
  const out: OrgLine[] = [];
  body.forEach((r, k) => {
    const cell = (i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');
    if (r.every((x) => !x.trim())) return;
    if (!cell(col.region) || !cell(col.department)) throw new HttpError(400, `机构名单第 ${k + 2} 行缺少地区或部门。`);
    out.push({ region: cell(col.region), department: cell(col.department), unit: cell(col.unit) || null, code: cell(col.code) || null });
  });
  return out;
}

function csvRows(bytes: Uint8Array): string[][] {
  try {
    return parse(Buffer.from(bytes), { bom: true, relaxColumnCount: true, skipEmptyLines: true }) as string[][];
  } catch (e) {
    throw new HttpError(400, `机构名单不是有效的 CSV：${(e as Error).message.replace(/^Invalid[^:]*:\s*/, '')}`);
  }
}

async function xlsxRows(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const { readLayout } = await import('../extract/index.js');
  await import('../extract/register.js');
  const layout = await readLayout(fileName, bytes);
  const table = layout.blocks.find((b) => b.kind === 'table');
  if (!table || table.kind !== 'table') throw new HttpError(400, '机构名单的工作表里没有表格。');
  return table.rows.map((r) => r.map((c) => c.text));
}
