import type { Location } from './types.js';

// Display helpers. Money and other figures are shown exactly as the API's strings: never parsed.

/** An ISO timestamp in Beijing-style local form: 2025-06-30 14:05. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * "第3页 第14行", "工作表「收入决算表」单元格 B7": where a finding stands, in the reviewer's words.
 * Same wording as describeLocation in src/model/location.ts, restated here because that module
 * builds zod schemas at load time and would pull zod into the browser bundle.
 */
export function formatPlace(l: Location): string {
  const parts: string[] = [];
  if (l.sheet != null) parts.push(`工作表「${l.sheet}」`);
  if (l.ref != null) parts.push(`单元格 ${l.ref}`);
  if (l.page != null) parts.push(`第${l.page}页`);
  if (l.line != null && l.ref == null) parts.push(`第${l.line}行`);
  if (l.cell && l.ref == null) parts.push(`（表${l.cell.table} 第${l.cell.row}行第${l.cell.col}列）`);
  if (l.via === 'ocr') parts.push('（OCR识别，可信度较低）');
  return parts.join(' ') || '位置未知';
}
