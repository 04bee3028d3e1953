import { Alert, Button, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { api } from '../api.js';
import { formatTime } from '../format.js';
import { useApi } from '../lib/useApi.js';
import type { AuditEntry } from '../types.js';

export function AuditLog() {
  const audit = useApi(() => api.audit(), []);
  return (
    <div>
      <div style={{ marginBottom: 12 }}>
        <Button icon={<ReloadOutlined />} onClick={audit.reload} data-testid="audit-reload">
          刷新
        </Button>
      </div>
      {audit.error && <Alert type="error" showIcon title={audit.error} style={{ marginBottom: 12 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.loading}
        dataSource={audit.data?.entries ?? []}
        pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 条` }}
        data-testid="audit-table"
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (t: string) => formatTime(t) },
          { title: '用户', dataIndex: 'user', width: 120, render: (u: string | null) => u ?? '系统' },
          { title: '操作', dataIndex: 'action', width: 180, render: (a: string) => <code>{a}</code> },
          { title: '对象', dataIndex: 'target', width: 180, render: (t: string | null) => t ?? '—' },
          {
            title: '详情',
            dataIndex: 'detail',
            render: (d: unknown) =>
              d === null || d === undefined ? '—' : (
                <Typography.Text style={{ fontSize: 12 }} ellipsis={{ tooltip: JSON.stringify(d, null, 2) }}>
                  {typeof d === 'string' ? d : JSON.stringify(d)}
                </Typography.Text>
              ),
          },
        ]}
      />
    </div>
  );
}
