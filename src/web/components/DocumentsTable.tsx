// The documents list with inline correction of region / department / unit / year: the reader
// guesses them from the file, and an officer or reviewer fixes a wrong guess here.
import { useState, type HTMLAttributes } from 'react';
import { App, Button, Input, InputNumber, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, messageOf } from '../api.js';
import { formatSize, formatTime } from '../format.js';
import { href } from '../router.js';
import type { DocumentPatch, DocumentSummary } from '../types.js';
import { CountsText, StatusTag } from './Tags.js';

interface Draft {
  region: string;
  department: string;
  unit: string;
  year: number | null;
}

function draftOf(d: DocumentSummary): Draft {
  return { region: d.region ?? '', department: d.department ?? '', unit: d.unit ?? '', year: d.year };
}

/** Only what changed, with blanks meaning "clear it". */
function patchOf(d: DocumentSummary, draft: Draft): DocumentPatch {
  const patch: DocumentPatch = {};
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  if (text(draft.region) !== d.region) patch.region = text(draft.region);
  if (text(draft.department) !== d.department) patch.department = text(draft.department);
  if (text(draft.unit) !== d.unit) patch.unit = text(draft.unit);
  if (draft.year !== d.year) patch.year = draft.year;
  return patch;
}

export function DocumentsTable({
  documents,
  loading,
  onUpdated,
}: {
  documents: DocumentSummary[];
  loading: boolean;
  onUpdated: (d: DocumentSummary) => void;
}) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft>({ region: '', department: '', unit: '', year: null });
  const [saving, setSaving] = useState(false);

  const startEdit = (d: DocumentSummary) => {
    setEditing(d.id);
    setDraft(draftOf(d));
  };

  const save = async (d: DocumentSummary) => {
    const patch = patchOf(d, draft);
    if (Object.keys(patch).length === 0) {
      setEditing(null);
      return;
    }
    setSaving(true);
    try {
      onUpdated(await api.patchDocument(d.id, patch));
      message.success('已保存');
      setEditing(null);
    } catch (e) {
      message.error(`保存失败：${messageOf(e)}`);
    } finally {
      setSaving(false);
    }
  };

  const textCell = (field: 'region' | 'department' | 'unit', placeholder: string) => (value: string | null, d: DocumentSummary) =>
    editing === d.id ? (
      <Input
        size="small"
        value={draft[field]}
        placeholder={placeholder}
        onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
        data-testid={`edit-${field}`}
      />
    ) : (
      // A department's own document has no unit: a dash, not "unrecognised".
      (value ?? <Typography.Text type="secondary">{field === 'unit' ? '—' : '未识别'}</Typography.Text>)
    );

  const columns: ColumnsType<DocumentSummary> = [
    {
      title: '文件',
      dataIndex: 'fileName',
      width: 280,
      render: (name: string, d) => (
        <div>
          <a href={href(`documents/${d.id}`)} data-testid={`doc-link-${d.id}`}>
            {d.title ?? name}
          </a>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {name} · {d.format.toUpperCase()} · {formatSize(d.size)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      render: (_: unknown, d) =>
        d.status === 'failed' && d.error ? (
          <Tooltip title={d.error}>
            <span>
              <StatusTag status={d.status} />
            </span>
          </Tooltip>
        ) : (
          <StatusTag status={d.status} />
        ),
    },
    { title: '检查结果', key: 'counts', width: 170, render: (_: unknown, d) => (d.status === 'checked' ? <CountsText counts={d.counts} /> : '—') },
    { title: '待判断', dataIndex: 'undecided', width: 80, render: (n: number) => (n > 0 ? <Typography.Text strong>{n}</Typography.Text> : 0) },
    { title: '地区', dataIndex: 'region', width: 110, render: textCell('region', '地区') },
    { title: '部门', dataIndex: 'department', width: 180, render: textCell('department', '部门') },
    { title: '单位', dataIndex: 'unit', width: 130, render: textCell('unit', '单位（可空）') },
    {
      title: '年度',
      dataIndex: 'year',
      width: 100,
      render: (year: number | null, d) =>
        editing === d.id ? (
          <InputNumber size="small" min={1990} max={2100} value={draft.year} onChange={(v) => setDraft({ ...draft, year: v ?? null })} data-testid="edit-year" />
        ) : (
          (year ?? <Typography.Text type="secondary">未识别</Typography.Text>)
        ),
    },
    { title: '版本', dataIndex: 'version', width: 70, render: (v: number) => `第${v}版` },
    {
      title: '上传',
      key: 'uploaded',
      width: 160,
      render: (_: unknown, d) => (
        <span style={{ fontSize: 12 }}>
          {formatTime(d.uploadedAt)}
          <br />
          {d.uploadedBy ?? ''}
        </span>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_: unknown, d) =>
        editing === d.id ? (
          <Space size="small">
            <Button size="small" type="primary" loading={saving} onClick={() => save(d)} data-testid="edit-save">
              保存
            </Button>
            <Button size="small" onClick={() => setEditing(null)} data-testid="edit-cancel">
              取消
            </Button>
          </Space>
        ) : (
          <Space size="small">
            <Button size="small" type="primary" href={href(`documents/${d.id}`)} data-testid={`review-${d.id}`}>
              审核
            </Button>
            <Button size="small" onClick={() => startEdit(d)} data-testid={`edit-${d.id}`}>
              更正
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={documents}
      scroll={{ x: 1480 }}
      pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 个文件` }}
      // data-* attributes are not in antd's row props type, hence the cast.
      onRow={(d) => ({ 'data-testid': `doc-row-${d.id}` }) as HTMLAttributes<HTMLElement>}
      data-testid="documents-table"
    />
  );
}
