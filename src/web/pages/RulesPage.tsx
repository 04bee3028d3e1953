import { useMemo, useState } from 'react';
import { Alert, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
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
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
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
        expandable={{
          // Each rule's own cases: a text it must flag, and one it must pass.
          rowExpandable: (r) => r.examples.length > 0,
          expandedRowRender: (r) => <RuleExamples rule={r} />,
        }}
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
    <SchemesCard />
    </Space>
  );
}

const EXPECT: Record<string, { label: string; color: string }> = {
  fail: { label: '应报告', color: 'red' },
  pass: { label: '应通过', color: 'green' },
  insufficient: { label: '数据不足', color: 'default' },
};

/** A rule's positive and negative cases, as the rule's tests run them. */
function RuleExamples({ rule }: { rule: RuleInfo }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`rule-examples-${rule.id}`}>
      {rule.examples.map((e) => {
        const expect = EXPECT[String(e.expect)] ?? { label: String(e.expect), color: 'default' };
        return (
          <div key={e.name}>
            <Tag color={expect.color}>{expect.label}</Tag>
            <Typography.Text strong>{e.name}</Typography.Text>
            <pre style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0', fontSize: 12, background: '#fafafa', padding: 8 }}>{e.text}</pre>
          </div>
        );
      })}
    </Space>
  );
}

/** The performance self-evaluation scoring schemes, with their formulas and grade bands. */
function SchemesCard() {
  const schemes = useApi(() => api.schemes(), []);
  return (
    <Card title="绩效自评计分办法" size="small" data-testid="schemes">
      {schemes.error && <Alert type="error" showIcon title={schemes.error} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {(schemes.data?.schemes ?? []).map((s) => (
          <Card key={s.id} type="inner" size="small" title={`${s.title}（${s.id}）`}>
            <Typography.Paragraph>{s.summary}。</Typography.Paragraph>
            <Typography.Paragraph type="secondary">来源：{s.basis}；依据：{s.authority}</Typography.Paragraph>
            <ol style={{ paddingLeft: 20 }}>
              {s.formulas.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ol>
            <Space wrap>
              {s.bands.map((b) => (
                <Tag key={b.grade}>
                  {b.grade}：≥{b.min}分
                </Tag>
              ))}
            </Space>
          </Card>
        ))}
      </Space>
    </Card>
  );
}
