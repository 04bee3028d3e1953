import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { DECISION, DOCUMENT_STATUS, SEVERITY } from '../labels.js';
import type { DecisionStatus, DocumentStatus, Severity } from '../types.js';

export function StatusTag({ status }: { status: DocumentStatus }) {
  const s = DOCUMENT_STATUS[status];
  return (
    <Tag color={s.color} data-testid={`status-${status}`}>
      {s.label}
    </Tag>
  );
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const s = SEVERITY[severity];
  return <Tag color={s.color}>{s.label}</Tag>;
}

export function DecisionTag({ status }: { status: DecisionStatus }) {
  const d = DECISION[status];
  return (
    <Tag color={d.color} data-testid="decision-tag">
      {d.label}
    </Tag>
  );
}

/** "错误 3 · 警告 5": the counts of one document, zeros left out. */
export function CountsText({ counts }: { counts: { error: number; warning: number; info: number } }) {
  const parts: ReactNode[] = [];
  if (counts.error) parts.push(<span key="e" style={{ color: '#cf1322' }}>错误 {counts.error}</span>);
  if (counts.warning) parts.push(<span key="w" style={{ color: '#d46b08' }}>警告 {counts.warning}</span>);
  if (counts.info) parts.push(<span key="i" style={{ color: '#1677ff' }}>提示 {counts.info}</span>);
  if (parts.length === 0) return <span style={{ color: '#8c8c8c' }}>无问题</span>;
  return <span style={{ display: 'inline-flex', gap: 8 }}>{parts}</span>;
}
