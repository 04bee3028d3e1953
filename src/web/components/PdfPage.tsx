// One PDF page drawn on a canvas, with every finding that points at this page boxed over it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Spin, Typography } from 'antd';
import type { PDFDocumentProxy, PageViewport, TextItem } from '../lib/pdf.js';
import { matchNeedles, needlesFor, pointsBoxToRect, type PageTextItem, type Rect } from '../lib/pageBoxes.js';
import type { FindingOut } from '../types.js';

interface Props {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  /** Width to fit the page into, in CSS pixels. */
  width: number;
  zoom: number;
  findings: FindingOut[];
  selectedId: number | null;
  onSelect: (findingId: number) => void;
}

interface Rendered {
  viewport: PageViewport;
  items: PageTextItem[];
}

export function PdfPage({ pdf, pageNumber, width, zoom, findings, selectedId, onSelect }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);

  useEffect(() => {
    let cancelled = false;
    let task: { cancel: () => void } | null = null;
    setBusy(true);
    setError(null);
    (async () => {
      const page = await pdf.getPage(pageNumber);
      if (cancelled) return;
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (Math.max(width, 200) / base.width) * zoom });
      const canvas = canvasRef.current;
      if (!canvas) return;
      // Draw at device resolution so figures stay sharp on high-DPI screens.
      const dpr = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * dpr);
      canvas.height = Math.floor(viewport.height * dpr);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      const renderTask = page.render({ canvas, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] });
      task = renderTask;
      const [, text] = await Promise.all([renderTask.promise, page.getTextContent()]);
      if (cancelled) return;
      const items = text.items.filter((i): i is TextItem => 'str' in i).map((i) => ({ str: i.str, transform: i.transform as number[], width: i.width }));
      setRendered({ viewport, items });
    })()
      .catch((e: unknown) => {
        if (cancelled || (e instanceof Error && e.name === 'RenderingCancelledException')) return;
        setError(e instanceof Error ? `第${pageNumber}页无法显示：${e.message}` : `第${pageNumber}页无法显示`);
      })
      .finally(() => !cancelled && setBusy(false));
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, width, zoom]);

  const boxes = useMemo(() => (rendered ? boxesOnPage(findings, pageNumber, rendered) : []), [findings, pageNumber, rendered]);

  return (
    <div style={{ position: 'relative', display: 'inline-block', boxShadow: '0 1px 4px rgba(0,0,0,0.15)', background: '#fff' }} data-testid="pdf-page" data-page={pageNumber}>
      <canvas ref={canvasRef} data-testid="pdf-canvas" />
      {!busy &&
        boxes.map((b, i) => (
          <div
            key={i}
            className={`finding-box${b.findingId === selectedId ? ' selected' : ''}`}
            style={{ left: b.rect.left - 2, top: b.rect.top - 2, width: b.rect.width + 4, height: b.rect.height + 4 }}
            title={b.title}
            onClick={() => onSelect(b.findingId)}
            data-testid="finding-box"
            data-finding-id={b.findingId}
            data-source={b.source}
          />
        ))}
      {busy && (
        <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center' }}>
          <Spin />
        </div>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </div>
  );
}

interface PageBox {
  findingId: number;
  rect: Rect;
  title: string;
  /** 'box' when the server knew the place, 'text' when we found it by searching the page text. */
  source: 'box' | 'text';
}

function boxesOnPage(findings: FindingOut[], pageNumber: number, { viewport, items }: Rendered): PageBox[] {
  const out: PageBox[] = [];
  for (const f of findings) {
    const here = f.locations.filter((l) => l.page === pageNumber);
    if (here.length === 0) continue;
    for (const l of here) if (l.box) out.push({ findingId: f.id, rect: pointsBoxToRect(l.box, viewport), title: f.title, source: 'box' });
    const unplaced = here.filter((l) => !l.box);
    if (unplaced.length === 0) continue;
    const rects = matchNeedles(items, needlesFor(f, unplaced.map((l) => l.text)), viewport);
    for (const rect of rects) out.push({ findingId: f.id, rect, title: f.title, source: 'text' });
  }
  return out;
}
