// Year-on-year analysis charts (三公经费, 预算执行率, 评分). The /api/analysis route may not exist on
// every server; any failure turns into an empty state rather than an error banner.
import { useMemo } from 'react';
import { Card, Empty, Table } from 'antd';
import { api } from '../api.js';
import { useApi } from '../lib/useApi.js';
import type { AnalysisRecord } from '../types.js';
import { EChart, type EChartOption } from './EChart.js';

const SERIES_TITLES: Record<string, string> = {
  threePublic: '“三公”经费支出（按年度）',
  executionRates: '预算执行率（按年度）',
  grades: '公开质量评分（按年度）',
};

/** Departments beyond this many make the legend unreadable; the largest ones are drawn. */
const MAX_LINES = 10;

export function AnalysisCharts() {
  const analysis = useApi(() => api.analysis(), []);
  const series = analysis.data?.series ?? {};
  const names = Object.keys(series).filter((k) => (series[k]?.length ?? 0) > 0);

  if (analysis.loading) return <Card size="small" title="年度分析" loading />;
  if (analysis.error || names.length === 0) {
    return (
      <Card size="small" title="年度分析" data-testid="analysis-empty">
        <Empty description={analysis.status === 404 || !analysis.error ? '暂无年度分析数据' : `年度分析暂不可用：${analysis.error}`} />
      </Card>
    );
  }
  return (
    <>
      {names.map((name) => (
        <Card key={name} size="small" title={SERIES_TITLES[name] ?? name} style={{ marginBottom: 16 }}>
          <SeriesChart name={name} records={series[name] ?? []} />
        </Card>
      ))}
    </>
  );
}

/** The value field of a record: the one that is neither year nor department (e.g. total, rate, grade). */
function valueKey(records: AnalysisRecord[]): string | null {
  const first = records[0];
  if (!first) return null;
  return Object.keys(first).find((k) => k !== 'year' && k !== 'department') ?? null;
}

/** Figures arrive as exact decimal strings; they become numbers only to place points on the axis. */
function plotValue(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  const n = Number(v.replace(/[,，%％\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}

function SeriesChart({ name, records }: { name: string; records: AnalysisRecord[] }) {
  const key = valueKey(records);
  const plottable = key !== null && records.some((r) => plotValue(r[key]) !== null);

  const option = useMemo<EChartOption | null>(() => {
    if (!plottable || key === null) return null;
    const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
    const byDept = new Map<string, Map<number, unknown>>();
    for (const r of records) {
      if (!byDept.has(r.department)) byDept.set(r.department, new Map());
      byDept.get(r.department)?.set(r.year, r[key]);
    }
    const departments = [...byDept.keys()].slice(0, MAX_LINES);
    return {
      tooltip: {
        trigger: 'axis',
        // Show the API's exact string, not the float used for plotting.
        formatter: (params: unknown) => {
          const list = Array.isArray(params) ? (params as { seriesName: string; axisValue: string; data: { raw: unknown } | null }[]) : [];
          const head = list[0] ? `${list[0].axisValue}年` : '';
          return [head, ...list.filter((p) => p.data).map((p) => `${p.seriesName}：${String(p.data?.raw ?? '—')}`)].join('<br/>');
        },
      },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 64, right: 24, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', scale: true },
      series: departments.map((dept) => ({
        type: 'line',
        name: dept,
        connectNulls: true,
        data: years.map((y) => {
          const raw = byDept.get(dept)?.get(y);
          const value = plotValue(raw);
          return value === null ? null : { value, raw };
        }),
      })),
    };
  }, [records, key, plottable]);

  if (option) return <EChart option={option} testId={`chart-${name}`} />;
  // Not numeric (letter grades, say): list the records as they are.
  return (
    <Table
      size="small"
      rowKey={(r) => `${r.year}-${r.department}`}
      dataSource={records}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: '年度', dataIndex: 'year' },
        { title: '部门', dataIndex: 'department' },
        { title: '值', render: (_: unknown, r: AnalysisRecord) => (key ? String(r[key] ?? '—') : '—') },
      ]}
    />
  );
}
