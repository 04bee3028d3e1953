import type { Coverage } from '../model/disclosure.js';

const name = (id: string) => `公开${id}表`;

/** "识别到报表：…" in words: tables read, tables printed but not read, tables only listed. */
export function tablesLine(c: Pick<Coverage, 'tablesFound' | 'tablesUnread' | 'tablesReferenced'> & { tablesOnly?: boolean }): string {
  const unread = new Set(c.tablesUnread.map((u) => u.id));
  const read = c.tablesFound.filter((id) => !unread.has(id));
  const parts = [`识别到报表：${read.length ? read.map(name).join('、') : '无'}`];
  if (unread.size) parts.push(`已印出但未能读取数据：${[...unread].sort().map(name).join('、')}`);
  if (c.tablesReferenced.length) parts.push(`仅列目录未附：${c.tablesReferenced.map(name).join('、')}`);
  if (c.tablesOnly) parts.push('只含报表，没有情况说明、名词解释和绩效自评：这些部分的检查未执行');
  return parts.join('；');
}

/** "绩效自评计分办法：项目表按「偏差扣分」（复现 92/95 行）…", or null when no table prints scores. */
export function scoringLine(scoring: readonly { group: string; title: string; reproduced: number; comparable: number }[] | undefined): string | null {
  if (!scoring?.length) return null;
  const label = (g: string) => (g === 'overall' ? '整体支出自评表' : '项目支出自评表');
  return `绩效自评计分办法：${scoring.map((s) => `${label(s.group)}按「${s.title}」（复现 ${s.reproduced}/${s.comparable} 行）`).join('；')}`;
}
