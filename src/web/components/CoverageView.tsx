// What the reader could and could not read and check: tables found, rules that could not run and why.
// The server's shape is open (a record), so each entry is shown by what it is.
import { Descriptions, Empty, Tag } from 'antd';

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>—</>;
  if (typeof value === 'boolean') return <Tag color={value ? 'green' : 'red'}>{value ? '是' : '否'}</Tag>;
  if (typeof value === 'string' || typeof value === 'number') return <>{String(value)}</>;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.length === 0 ? <>无</> : <>{value.map((v, i) => <Tag key={i}>{String(v)}</Tag>)}</>;
  }
  return <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;
}

export function CoverageView({ coverage }: { coverage: Record<string, unknown> | null }) {
  if (!coverage || Object.keys(coverage).length === 0) return <Empty description="没有读取情况记录" />;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="coverage"
      items={Object.entries(coverage).map(([k, v]) => ({ key: k, label: k, children: <Value value={v} /> }))}
    />
  );
}
