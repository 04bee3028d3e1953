import { useMemo } from 'react';
import { Alert, Card, Col, Empty, Row, Spin, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api } from '../api.js';
import { AnalysisCharts } from '../components/AnalysisCharts.js';
import { EChart, type EChartOption } from '../components/EChart.js';
import { CountsText, StatusTag } from '../components/Tags.js';
import { useApi } from '../lib/useApi.js';
import { navigate } from '../router.js';
import type { Dashboard, DashboardCell, DashboardRow } from '../types.js';

export function DashboardPage() {
  const dashboard = useApi(() => api.dashboard(), []);
  // Category labels come from the rules catalogue rather than a copy of the checker's list.
  const rules = useApi(() => api.rules(), []);
  const categoryLabels = useMemo(() => new Map((rules.data?.rules ?? []).map((r) => [r.category, r.categoryName])), [rules.data]);

  if (dashboard.loading && !dashboard.data) return <Spin />;
  if (dashboard.error) return <Alert type="error" showIcon title={dashboard.error} />;
  const d = dashboard.data;
  if (!d) return null;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <TotalsCards totals={d.totals} />
      <Card title="各部门决算公开审核情况" size="small">
        <DepartmentYearTable dashboard={d} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="问题按类别" size="small">
            <CategoryChart byCategory={d.totals.byCategory} labels={categoryLabels} />
          </Card>
        </Col>
        <AnalysisCharts />
      </Row>
    </div>
  );
}

function TotalsCards({ totals }: { totals: Dashboard['totals'] }) {
  const cards: { title: string; value: number; color?: string; testId: string }[] = [
    { title: '文件数', value: totals.documents, testId: 'total-documents' },
    { title: '已检查', value: totals.checked, testId: 'total-checked' },
    { title: '错误', value: totals.counts.error, color: '#cf1322', testId: 'total-errors' },
    { title: '警告', value: totals.counts.warning, color: '#d46b08', testId: 'total-warnings' },
    { title: '待审核判断', value: totals.undecided, color: '#1d4f91', testId: 'total-undecided' },
  ];
  return (
    <Row gutter={16}>
      {cards.map((c) => (
        <Col key={c.testId} flex="1">
          <Card size="small" data-testid={c.testId}>
            <Statistic title={c.title} value={c.value} styles={c.color ? { content: { color: c.color } } : undefined} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function DepartmentYearTable({ dashboard }: { dashboard: Dashboard }) {
  const years = [...dashboard.years].sort((a, b) => b - a);
  const columns: ColumnsType<DashboardRow> = [
    { title: '地区', dataIndex: 'region', width: 120, render: (r: string | null) => r ?? '—' },
    { title: '部门', dataIndex: 'department', width: 220, fixed: 'left' },
    ...years.map((year) => ({
      title: `${year}年`,
      key: String(year),
      render: (_: unknown, row: DashboardRow) => {
        const cell = row.cells[String(year)];
        return cell ? <DashboardCellView cell={cell} /> : <span style={{ color: '#bfbfbf' }}>未上传</span>;
      },
    })),
  ];
  return (
    <Table
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={dashboard.rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description="还没有文件，请到“文件”页上传" /> }}
      data-testid="dashboard-table"
    />
  );
}

function DashboardCellView({ cell }: { cell: DashboardCell }) {
  return (
    <div className="dash-cell" onClick={() => navigate(`documents/${cell.documentId}`)} data-testid={`dash-cell-${cell.documentId}`} title="打开审核">
      <span>
        <StatusTag status={cell.status} />
        {cell.versions > 1 && <Typography.Text type="secondary">第{cell.versions}版</Typography.Text>}
      </span>
      {cell.status === 'checked' && <CountsText counts={cell.counts} />}
      {cell.undecided > 0 && <Typography.Text style={{ color: '#1d4f91' }}>待判断 {cell.undecided}</Typography.Text>}
    </div>
  );
}

function CategoryChart({ byCategory, labels }: { byCategory: Record<string, number>; labels: Map<string, string> }) {
  const entries = useMemo(() => Object.entries(byCategory).sort((a, b) => b[1] - a[1]), [byCategory]);
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 110, right: 24, top: 12, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: entries.map(([k]) => labels.get(k) ?? k) },
      series: [{ type: 'bar', name: '问题数', data: entries.map(([, v]) => v), itemStyle: { color: '#1d4f91' }, barMaxWidth: 22 }],
    }),
    [entries, labels],
  );
  if (entries.length === 0) return <Empty description="暂无问题" />;
  return <EChart option={option} height={Math.max(220, entries.length * 32)} testId="chart-by-category" />;
}
