// The original PDF, one page at a time, with page navigation, zoom, and quick links to the pages
// that carry findings.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Alert, Button, InputNumber, Space, Spin, Tag, Tooltip } from 'antd';
import { LeftOutlined, RightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { openPdf, type PDFDocumentProxy } from '../lib/pdf.js';
import type { FindingOut } from '../types.js';
import { PdfPage } from './PdfPage.js';

interface Props {
  url: string;
  findings: FindingOut[];
  selectedId: number | null;
  page: number;
  onPageChange: (page: number) => void;
  onSelect: (findingId: number) => void;
}

export function PdfViewer({ url, findings, selectedId, page, onPageChange, onSelect }: Props) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoom, setZoom] = useState(1);
  const holder = useRef<HTMLDivElement>(null);
  const width = useWidth(holder);

  useEffect(() => {
    const task = openPdf(url);
    let live = true;
    setPdf(null);
    setError(null);
    task.promise.then(
      (doc) => live && setPdf(doc),
      (e: unknown) => live && setError(`PDF 无法打开：${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
      void task.destroy();
    };
  }, [url]);

  const pagesWithFindings = useMemo(() => {
    const count = new Map<number, number>();
    for (const f of findings) for (const p of new Set(f.locations.map((l) => l.page).filter((p): p is number => p !== null))) count.set(p, (count.get(p) ?? 0) + 1);
    return [...count].sort((a, b) => a[0] - b[0]);
  }, [findings]);

  const total = pdf?.numPages ?? 0;
  const current = Math.min(Math.max(page, 1), Math.max(total, 1));

  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Button icon={<LeftOutlined />} disabled={current <= 1} onClick={() => onPageChange(current - 1)} data-testid="pdf-prev">
          上一页
        </Button>
        <span>
          第{' '}
          <InputNumber size="small" min={1} max={total || 1} value={current} onChange={(v) => v && onPageChange(v)} style={{ width: 64 }} data-testid="pdf-page-input" /> 页 / 共{' '}
          <span data-testid="pdf-page-count">{total || '…'}</span> 页
        </span>
        <Button disabled={current >= total} onClick={() => onPageChange(current + 1)} data-testid="pdf-next">
          下一页 <RightOutlined />
        </Button>
        <Tooltip title="缩小">
          <Button icon={<ZoomOutOutlined />} disabled={zoom <= 0.5} onClick={() => setZoom((z) => Math.round((z - 0.25) * 100) / 100)} data-testid="pdf-zoom-out" />
        </Tooltip>
        <span>{Math.round(zoom * 100)}%</span>
        <Tooltip title="放大">
          <Button icon={<ZoomInOutlined />} disabled={zoom >= 3} onClick={() => setZoom((z) => Math.round((z + 0.25) * 100) / 100)} data-testid="pdf-zoom-in" />
        </Tooltip>
      </Space>
      {pagesWithFindings.length > 0 && (
        <div style={{ marginBottom: 8 }} data-testid="pages-with-findings">
          <span style={{ color: '#8c8c8c', marginRight: 4 }}>有问题的页：</span>
          {pagesWithFindings.map(([p, n]) => (
            <Tag.CheckableTag key={p} checked={p === current} onChange={() => onPageChange(p)}>
              {p}（{n}）
            </Tag.CheckableTag>
          ))}
        </div>
      )}
      <div ref={holder} style={{ overflow: 'auto', maxHeight: 'calc(100vh - 300px)', background: '#e8e8e8', padding: 8, textAlign: 'center' }}>
        {error && <Alert type="error" showIcon title={error} />}
        {!pdf && !error && <Spin description="正在打开 PDF…" />}
        {pdf && width > 0 && <PdfPage pdf={pdf} pageNumber={current} width={width - 24} zoom={zoom} findings={findings} selectedId={selectedId} onSelect={onSelect} />}
      </div>
    </div>
  );
}

/** The element's content width, following resizes but ignoring small jitters (scrollbars appearing). */
function useWidth(ref: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      setWidth((old) => (Math.abs(old - w) > 24 ? w : old));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
