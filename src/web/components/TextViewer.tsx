// A non-PDF document (DOCX, HTML, TXT, XLSX…) shown as the text lines the reader took from it, with
// the lines that findings point at highlighted.
import { useEffect, useMemo, useRef } from 'react';
import { Alert, Empty, Spin } from 'antd';
import { api } from '../api.js';
import { useApi } from '../lib/useApi.js';
import type { FindingOut, Location, TextLine } from '../types.js';

function sameLine(loc: Location, line: TextLine): boolean {
  return loc.line === line.line && (loc.page === null || line.page === null || loc.page === line.page);
}

/** Clicking a line with several findings cycles through them. */
function nextOnLine(ids: number[], selectedId: number | null): number {
  const at = selectedId === null ? -1 : ids.indexOf(selectedId);
  return ids[(at + 1) % ids.length] ?? ids[0] ?? -1;
}

export function TextViewer({ documentId, findings, selectedId, onSelect }: { documentId: number; findings: FindingOut[]; selectedId: number | null; onSelect: (id: number) => void }) {
  const text = useApi(() => api.documentText(documentId), [documentId]);
  const lines = useMemo(() => text.data?.lines ?? [], [text.data]);
  const holder = useRef<HTMLDivElement>(null);

  /** For each line index, the findings that point at it. */
  const flagged = useMemo(() => {
    const map = new Map<number, number[]>();
    lines.forEach((line, i) => {
      const ids = findings.filter((f) => f.locations.some((l) => sameLine(l, line))).map((f) => f.id);
      if (ids.length) map.set(i, ids);
    });
    return map;
  }, [lines, findings]);

  // Bring the selected finding's first line into view.
  useEffect(() => {
    if (selectedId === null || !holder.current) return;
    const el = holder.current.querySelector<HTMLElement>('.text-line.selected');
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selectedId, flagged]);

  if (text.loading && !text.data) return <Spin description="正在读取文本…" />;
  if (text.error) return <Alert type="error" showIcon title={text.error} />;
  if (lines.length === 0) return <Empty description="没有读取到文本" />;

  return (
    <div className="text-view" ref={holder} data-testid="text-view">
      {lines.map((line, i) => {
        const ids = flagged.get(i);
        const selected = ids !== undefined && selectedId !== null && ids.includes(selectedId);
        return (
          <div
            key={i}
            className={`text-line${ids ? ' flagged' : ''}${selected ? ' selected' : ''}`}
            onClick={ids ? () => onSelect(nextOnLine(ids, selectedId)) : undefined}
            data-testid={ids ? 'finding-line' : 'text-line'}
            data-line={line.line}
            data-finding-ids={ids?.join(',')}
          >
            <span className="line-no">{line.page !== null ? `${line.page}-${line.line}` : line.line}</span>
            <span>{line.text}</span>
          </div>
        );
      })}
    </div>
  );
}
