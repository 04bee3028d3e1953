import { describeLocation, type Location } from '../../model/location.js';
import { colName, writeWorkbook, type Cell, type Sheet } from '../../render/xlsx/workbook.js';
import type { FindingOut } from '../../store/findings.js';
import type { DocumentSummary } from '../../store/documents.js';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const DECISION = { confirmed: '确认问题', dismissed: '不是问题', recheck: '需复核' } as const;

const HEAD = ['序号', '级别', '类别', '规则', '问题', '说明', '应为', '实为', '差额', '容差', '位置', '判断', '判断说明', '判断人', '判断时间'];

/** One row per finding, as reviewers read them: what, how bad, both figures, where, and the decision. */
export function findingRows(findings: readonly FindingOut[]): string[][] {
  return findings.map((f, k) => [
    String(k + 1),
    SEVERITY[f.severity],
    f.categoryLabel,
    f.rule,
    f.title,
    f.message,
    f.expected ?? '',
    f.actual ?? '',
    f.difference ?? '',
    f.tolerance ?? '',
    (f.locations as Location[]).map(describeLocation).join('；'),
    f.decision ? DECISION[f.decision.status] : '未判断',
    f.decision?.note ?? '',
    f.decision?.by ?? '',
    f.decision?.at ? f.decision.at.replace('T', ' ').slice(0, 16) : '',
  ]);
}

/** The findings as an XLSX workbook with a title row naming the document. */
export function findingsXlsx(doc: DocumentSummary, findings: readonly FindingOut[]): Uint8Array {
  const cells = new Map<string, Cell>();
  const col = colName;
  cells.set('A1', { kind: 'text', text: `${doc.title ?? doc.fileName} 问题清单（共 ${findings.length} 条）`, style: 'title' });
  HEAD.forEach((h, c) => cells.set(`${col(c)}2`, { kind: 'text', text: h, style: 'boxedBold' }));
  findingRows(findings).forEach((row, r) => row.forEach((v, c) => cells.set(`${col(c)}${r + 3}`, { kind: 'text', text: v, style: 'boxed' })));
  const sheet: Sheet = { name: '问题清单', cells, merges: [`A1:${col(HEAD.length - 1)}1`], widths: [6, 6, 12, 24, 24, 60, 14, 14, 12, 10, 30, 10, 24, 10, 16] };
  return writeWorkbook([sheet]);
}

/** The findings as CSV (UTF-8 with BOM, so that Excel opens Chinese text correctly; RFC 4180 quoting). */
export function findingsCsv(findings: readonly FindingOut[]): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${[HEAD, ...findingRows(findings)].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
