import { Descriptions, Select, Space, Typography } from 'antd';
import { formatSize, formatTime } from '../format.js';
import { navigate } from '../router.js';
import type { DocumentSummary } from '../types.js';
import { CountsText, StatusTag } from './Tags.js';

/** Title, organisation, year and version of the document under review, with a switch to its other versions. */
export function DocumentFacts({ document: d, versions }: { document: DocumentSummary; versions: DocumentSummary[] }) {
  const all = versions.some((v) => v.id === d.id) ? versions : [...versions, d];
  return (
    <div>
      <Space align="baseline" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="doc-title">
          {d.title ?? d.fileName}
        </Typography.Title>
        <StatusTag status={d.status} />
        <Select
          size="small"
          value={d.id}
          style={{ minWidth: 260 }}
          onChange={(id: number) => navigate(`documents/${id}`)}
          options={all.map((v) => ({ value: v.id, label: `第${v.version}版 · ${formatTime(v.uploadedAt)} · ${v.fileName}` }))}
          data-testid="version-select"
        />
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'department', label: '部门', children: <span data-testid="doc-department">{d.department ?? '未识别'}</span> },
          { key: 'unit', label: '单位', children: d.unit ?? '—' },
          { key: 'region', label: '地区', children: <span data-testid="doc-region">{d.region ?? '未识别'}</span> },
          { key: 'year', label: '年度', children: <span data-testid="doc-year">{d.year ?? '未识别'}</span> },
          { key: 'version', label: '版本', children: <span data-testid="doc-version">第{d.version}版（共{all.length}版）</span> },
          { key: 'file', label: '文件', children: `${d.fileName}（${d.format.toUpperCase()}，${formatSize(d.size)}）` },
          { key: 'uploaded', label: '上传', children: `${formatTime(d.uploadedAt)} ${d.uploadedBy ?? ''}` },
          { key: 'counts', label: '检查结果', children: d.status === 'checked' ? <CountsText counts={d.counts} /> : '—' },
        ]}
      />
    </div>
  );
}
