import { useMemo, useState } from 'react';
import { Alert, Card, Input, Select, Space, Table, Tag } from 'antd';
import { api } from '../api.js';
import { SEVERITY } from '../labels.js';
import { useApi } from '../lib/useApi.js';
import type { RuleInfo, Severity } from '../types.js';

/** The checker's rules: what each one checks and on what authority. */
export function RulesPage() {
  const rules = useApi(() => api.rules(), []);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const all = useMemo(() => rules.data?.rules ?? [], [rules.data]);

  const categories = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of all) m.set(r.category, r.categoryName);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [all]);

  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return all.filter(
      (r) =>
        (category === null || r.category === category) &&
        (needle === '' || [r.id, r.title, r.description, r.authority].some((s) => s.toLowerCase().includes(needle))),
    );
  }, [all, q, category]);

  return (
    <Card
      title={`检查规则（${all.length} 条）`}
      size="small"
      extra={
        <Space>
          <Select allowClear placeholder="按类别" style={{ width: 160 }} options={categories} value={category ?? undefined} onChange={(v: string | undefined) => setCategory(v ?? null)} data-testid="rules-category" />
          <Input.Search allowClear placeholder="搜索规则编号、名称、说明" style={{ width: 280 }} value={q} onChange={(e) => setQ(e.target.value)} data-testid="rules-search" />
        </Space>
      }
    >
      {rules.error && <Alert type="error" showIcon title={rules.error} style={{ marginBottom: 12 }} />}
      <Table<RuleInfo>
        rowKey="id"
        size="small"
        loading={rules.loading && !rules.data}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条` }}
        data-testid="rules-table"
        columns={[
          { title: '编号', dataIndex: 'id', width: 220, render: (id: string) => <code>{id}</code> },
          { title: '名称', dataIndex: 'title', width: 220 },
          { title: '类别', dataIndex: 'categoryName', width: 120 },
          {
            title: '级别',
            dataIndex: 'severity',
            width: 80,
            render: (s: string) => {
              const info = SEVERITY[s as Severity] as { label: string; color: string } | undefined;
              return info ? <Tag color={info.color}>{info.label}</Tag> : <Tag>{s}</Tag>;
            },
          },
          { title: '说明', dataIndex: 'description' },
          { title: '依据', dataIndex: 'authority', width: 240 },
        ]}
      />
    </Card>
  );
}
