// One document under review: the document itself on the left with the findings' places boxed,
// the findings and their decisions on the right, exports and versions on top.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Badge, Card, Col, Empty, Row, Spin, Tabs, Typography } from 'antd';
import { api, urls } from '../api.js';
import { ComparisonView } from '../components/ComparisonView.js';
import { CoverageView } from '../components/CoverageView.js';
import { DocumentFacts } from '../components/DocumentFacts.js';
import { ExportButtons } from '../components/ExportButtons.js';
import { FindingCard } from '../components/FindingCard.js';
import { FindingFilters } from '../components/FindingFilters.js';
import { PdfViewer } from '../components/PdfViewer.js';
import { TextViewer } from '../components/TextViewer.js';
import { applyFindingFilters, firstPage, NO_FILTER, type FindingFilterState } from '../lib/findingFilters.js';
import { useApi } from '../lib/useApi.js';
import { replaceParams, useRoute } from '../router.js';
import { canDecide, useUser } from '../session.js';
import type { Decision, DocumentDetail, FindingOut, Location } from '../types.js';

const POLL_MS = 2000;

export function ReviewPage({ documentId }: { documentId: number }) {
  const detail = useApi(() => api.document(documentId), [documentId]);
  const status = detail.data?.document.status;
  usePollWhileChecking(status, detail.reload);

  if (detail.loading && !detail.data) return <Spin />;
  if (detail.error) return <Alert type="error" showIcon title={detail.error} />;
  if (!detail.data) return null;
  return <ReviewLoaded detail={detail.data} />;
}

/** While the document waits for or undergoes its check, re-read it every 2 s. */
function usePollWhileChecking(status: string | undefined, reload: () => void) {
  const pending = status === 'queued' || status === 'checking';
  useEffect(() => {
    if (!pending) return;
    const timer = window.setInterval(reload, POLL_MS);
    return () => window.clearInterval(timer);
  }, [pending, reload]);
}

function ReviewLoaded({ detail }: { detail: DocumentDetail }) {
  const d = detail.document;
  const { params } = useRoute();
  const tab = params.get('tab') ?? 'review';
  const isPdf = d.format.toLowerCase() === 'pdf';

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Card size="small">
        <DocumentFacts document={d} versions={detail.versions} />
        <div style={{ marginTop: 8 }}>
          <ExportButtons documentId={d.id} isPdf={isPdf} />
        </div>
      </Card>
      {d.status === 'failed' && <Alert type="error" showIcon title="此文件无法读取" description={d.error ?? undefined} />}
      {(d.status === 'queued' || d.status === 'checking') && (
        <Alert type="info" showIcon title={d.status === 'queued' ? '文件正在排队等待检查，完成后本页自动刷新' : '正在检查，完成后本页自动刷新'} />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => replaceParams({ tab: key === 'review' ? null : key })}
        items={[
          { key: 'review', label: <span data-testid="review-tab">审核</span>, children: d.status === 'checked' ? <ReviewWorkspace documentId={d.id} isPdf={isPdf} /> : null },
          { key: 'compare', label: <span data-testid="compare-tab">版本对比</span>, children: tab === 'compare' ? <ComparisonView documentId={d.id} /> : null },
          { key: 'coverage', label: <span data-testid="coverage-tab">读取情况</span>, children: <CoverageView coverage={detail.coverage} /> },
        ]}
      />
    </div>
  );
}

function ReviewWorkspace({ documentId, isPdf }: { documentId: number; isPdf: boolean }) {
  const user = useUser();
  const findings = useApi(() => api.findings(documentId), [documentId]);
  const { params } = useRoute();
  // Selected finding and page live in the address, so "look at this one" can be sent as a link.
  const selectedId = params.get('finding') ? Number(params.get('finding')) : null;
  const page = Number(params.get('page') ?? '') || 1;
  const [filters, setFilters] = useState<FindingFilterState>(NO_FILTER);

  const all = useMemo(() => findings.data?.findings ?? [], [findings.data]);
  const shown = useMemo(() => applyFindingFilters(all, filters), [all, filters]);

  const select = useCallback(
    (id: number, jump = true) => {
      const f = all.find((x) => x.id === id);
      const p = f && jump ? firstPage(f) : null;
      replaceParams({ finding: id, ...(p !== null ? { page: p } : {}) });
    },
    [all],
  );
  const jumpTo = useCallback((f: FindingOut, loc: Location) => replaceParams({ finding: f.id, ...(loc.page !== null ? { page: loc.page } : {}) }), []);
  const setPage = useCallback((p: number) => replaceParams({ page: p }), []);

  const onDecided = useCallback(
    (id: number, decision: Decision) =>
      findings.setData((cur) => cur && { findings: cur.findings.map((f) => (f.id === id ? { ...f, decision } : f)) }),
    [findings],
  );

  if (findings.loading && !findings.data) return <Spin />;
  if (findings.error) return <Alert type="error" showIcon title={findings.error} />;

  const undecided = all.filter((f) => f.decision === null && f.severity !== 'info').length;
  return (
    <Row gutter={12}>
      <Col xs={24} xl={14}>
        <Card size="small" styles={{ body: { padding: 8 } }}>
          {isPdf ? (
            <PdfViewer url={urls.file(documentId)} findings={shown} selectedId={selectedId} page={page} onPageChange={setPage} onSelect={(id) => select(id, false)} />
          ) : (
            <TextViewer documentId={documentId} findings={shown} selectedId={selectedId} onSelect={(id) => select(id, false)} />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card
          size="small"
          title={
            <span>
              检查发现 <Badge count={all.length} showZero color="#1d4f91" /> <Typography.Text type="secondary">待判断 {undecided}</Typography.Text>
            </span>
          }
          styles={{ body: { padding: 8 } }}
        >
          <FindingFilters findings={all} value={filters} onChange={setFilters} />
          <FindingList
            findings={shown}
            documentId={documentId}
            selectedId={selectedId}
            canDecide={canDecide(user)}
            onSelect={select}
            onJump={jumpTo}
            onDecided={onDecided}
            emptyText={all.length === 0 ? '检查未发现问题' : '没有符合筛选条件的问题'}
          />
        </Card>
      </Col>
    </Row>
  );
}

function FindingList({
  findings,
  documentId,
  selectedId,
  canDecide,
  onSelect,
  onJump,
  onDecided,
  emptyText,
}: {
  findings: FindingOut[];
  documentId: number;
  selectedId: number | null;
  canDecide: boolean;
  onSelect: (id: number) => void;
  onJump: (f: FindingOut, loc: Location) => void;
  onDecided: (id: number, d: Decision) => void;
  emptyText: string;
}) {
  const refs = useRef(new Map<number, HTMLDivElement>());
  // When a box on the page is clicked, bring its finding into view in the list.
  useEffect(() => {
    if (selectedId !== null) refs.current.get(selectedId)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selectedId]);

  if (findings.length === 0) return <Empty description={emptyText} style={{ marginTop: 24 }} />;
  return (
    <div style={{ marginTop: 8, maxHeight: 'calc(100vh - 300px)', overflow: 'auto' }} data-testid="findings-list">
      {findings.map((f) => (
        <FindingCard
          key={f.id}
          ref={(el) => {
            if (el) refs.current.set(f.id, el);
            else refs.current.delete(f.id);
          }}
          finding={f}
          documentId={documentId}
          selected={f.id === selectedId}
          canDecide={canDecide}
          onSelect={() => onSelect(f.id)}
          onJump={(loc) => onJump(f, loc)}
          onDecided={(decision) => onDecided(f.id, decision)}
        />
      ))}
    </div>
  );
}
