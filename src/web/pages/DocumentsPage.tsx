import { useCallback, useMemo, useState } from 'react';
import { Alert, Card, Input, Select, Space } from 'antd';
import { api, type DocumentFilters } from '../api.js';
import { DocumentsTable } from '../components/DocumentsTable.js';
import { QueueStatus } from '../components/QueueStatus.js';
import { UploadPanel } from '../components/UploadPanel.js';
import { UrlImport } from '../components/UrlImport.js';
import { DOCUMENT_STATUS } from '../labels.js';
import { useApi } from '../lib/useApi.js';
import { useQueuePolling } from '../lib/useQueuePolling.js';
import { replaceParams, useRoute } from '../router.js';
import type { DocumentStatus, DocumentSummary } from '../types.js';

export function DocumentsPage() {
  // Filters live in the address so a filtered list can be bookmarked or sent to a colleague.
  const { params } = useRoute();
  const filters: DocumentFilters = {
    year: params.get('year') ? Number(params.get('year')) : null,
    status: params.get('status'),
    q: params.get('q'),
  };
  const docs = useApi(() => api.documents(filters), [filters.year, filters.status, filters.q]);
  const { queue, refresh: refreshQueue } = useQueuePolling(docs.reload);
  const [searchText, setSearchText] = useState(filters.q ?? '');

  const years = useYears(docs.data?.documents ?? [], filters.year ?? null);

  const onUploaded = useCallback(() => {
    docs.reload();
    refreshQueue();
  }, [docs, refreshQueue]);

  const onUpdated = useCallback(
    (updated: DocumentSummary) =>
      docs.setData((cur) => cur && { documents: cur.documents.map((d) => (d.id === updated.id ? updated : d)) }),
    [docs],
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Card title="上传决算公开文件" size="small" extra={<QueueStatus queue={queue} />}>
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <UploadPanel onUploaded={onUploaded} />
          <UrlImport onUploaded={onUploaded} />
        </Space>
      </Card>
      <Card
        title="文件列表"
        size="small"
        extra={
          <Space wrap>
            <Select
              allowClear
              placeholder="年度"
              style={{ width: 110 }}
              value={filters.year ?? undefined}
              options={years.map((y) => ({ value: y, label: `${y}年` }))}
              onChange={(v: number | undefined) => replaceParams({ year: v ?? null })}
              data-testid="filter-year"
            />
            <Select
              allowClear
              placeholder="状态"
              style={{ width: 120 }}
              value={filters.status ?? undefined}
              options={(Object.keys(DOCUMENT_STATUS) as DocumentStatus[]).map((s) => ({ value: s, label: DOCUMENT_STATUS[s].label }))}
              onChange={(v: string | undefined) => replaceParams({ status: v ?? null })}
              data-testid="filter-status"
            />
            <Input.Search
              allowClear
              placeholder="搜索文件名、部门、地区"
              style={{ width: 260 }}
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
              onSearch={(v) => replaceParams({ q: v.trim() || null })}
              data-testid="filter-search"
            />
          </Space>
        }
      >
        {docs.error && <Alert type="error" showIcon title={docs.error} style={{ marginBottom: 12 }} />}
        <DocumentsTable documents={docs.data?.documents ?? []} loading={docs.loading && !docs.data} onUpdated={onUpdated} />
      </Card>
    </div>
  );
}

/** Years to offer in the filter: every year seen in any list loaded so far, newest first. */
function useYears(documents: DocumentSummary[], selected: number | null): number[] {
  const [seen, setSeen] = useState<Set<number>>(new Set());
  const current = useMemo(() => documents.map((d) => d.year).filter((y): y is number => y !== null), [documents]);
  if (current.some((y) => !seen.has(y)) || (selected !== null && !seen.has(selected))) {
    // Setting state during render is React's documented way to derive state from props.
    setSeen(new Set([...seen, ...current, ...(selected !== null ? [selected] : [])]));
  }
  return [...seen].sort((a, b) => b - a);
}
