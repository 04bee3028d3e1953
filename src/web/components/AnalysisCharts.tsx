// Year-on-year analysis charts (三公经费, 支出结构, 预算执行率, 绩效自评) from GET /api/analysis: one
// point per department and year (its latest checked version). Amounts arrive as exact decimal
// strings; they become numbers only to place bars on the axis, and every label and tooltip shows
// the string itself. A server without the route, or with nothing checked yet, shows an empty state.
import { type ReactNode, useMemo } from 'react';
import { Card, Col, Empty } from 'antd';
import { api } from '../api.js';
import { useApi } from '../lib/useApi.js';
import type { Analysis } from '../types.js';
import { EChart, type EChartOption } from './EChart.js';

/** Department-years beyond this many make the chart unreadable; the latest are drawn. */
const MAX_BARS = 24;

interface At {
  year: number;
  department: string;
}

/** One bar segment: the number drawn and the string shown. */
interface Bar {
  value: number | null;
  raw: string | null;
}

interface BarSeries {
  name: string;
  stack?: string;
  bars: Bar[];
}

/** An exact decimal string placed on the axis (the only place it becomes a number). */
function plot(v: string | null | undefined): Bar {
  if (v == null) return { value: null, raw: null };
  const n = Number(v);
  return { value: Number.isFinite(n) ? n : null, raw: v };
}

const categoryOf = (p: At) => `${p.year}年 ${p.department}`;

/** The last MAX_BARS points, ordered by department then year (a department's years side by side). */
function ordered<T extends At>(points: readonly T[]): T[] {
  const sorted = [...points].sort((a, b) => a.department.localeCompare(b.department, 'zh') || a.year - b.year);
  return sorted.slice(-MAX_BARS);
}

function barOption(categories: string[], series: BarSeries[], unit: string, details: (i: number) => string[]): EChartOption {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      // The API's strings, not the floats used for drawing.
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? (params as { seriesName: string; dataIndex: number; data: { raw: string | null } | null }[]) : [];
        const i = list[0]?.dataIndex ?? 0;
        const head = categories[i] ?? '';
        const rows = list.filter((p) => p.data?.raw != null).map((p) => `${p.seriesName}：${p.data?.raw}${unit}`);
        return [head, ...rows, ...details(i)].join('<br/>');
      },
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 24, top: 12, bottom: 40, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { width: 220, overflow: 'truncate' } },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      ...(s.stack ? { stack: s.stack } : {}),
      barMaxWidth: 22,
      data: s.bars.map((b) => (b.value == null ? null : { value: b.value, raw: b.raw })),
    })),
  };
}

const heightFor = (n: number) => Math.max(200, n * 34 + 60);

function ThreePublicChart({ points }: { points: Analysis['threePublic'] }) {
  const rows = useMemo(() => ordered(points), [points]);
  const option = useMemo(
    () =>
      barOption(
        rows.map(categoryOf),
        [
          { name: '因公出国（境）费', stack: 'parts', bars: rows.map((r) => plot(r.abroad)) },
          { name: '公务用车购置及运行维护费', stack: 'parts', bars: rows.map((r) => plot(r.vehicle)) },
          { name: '公务接待费', stack: 'parts', bars: rows.map((r) => plot(r.reception)) },
        ],
        '万元',
        (i) => {
          const r = rows[i];
          if (!r) return [];
          return [`合计：${r.total ?? '—'}万元`, r.budgetTotal != null ? `预算数：${r.budgetTotal}万元` : '', r.source === 'table' ? '（公开09表决算数）' : '（情况说明）'].filter(Boolean);
        },
      ),
    [rows],
  );
  return <EChart option={option} height={heightFor(rows.length)} testId="chart-threePublic" />;
}

function StructureChart({ points }: { points: Analysis['structure'] }) {
  const rows = useMemo(() => ordered(points.filter((p) => p.basic != null || p.project != null)), [points]);
  const option = useMemo(
    () =>
      barOption(
        rows.map(categoryOf),
        [
          { name: '基本支出', stack: 'spend', bars: rows.map((r) => plot(r.basic)) },
          { name: '项目支出', stack: 'spend', bars: rows.map((r) => plot(r.project)) },
        ],
        '万元',
        (i) => {
          const r = rows[i];
          if (!r) return [];
          const from = { '03': '支出决算表', '05': '一般公共预算财政拨款支出决算表', text: '情况说明' } as const;
          return [
            `本年支出合计：${r.total ?? '—'}万元`,
            ...r.classes.map((c) => `${c.code} ${c.name}：${c.amount}万元`),
            r.classesSource ? `（功能分类类级来自${from[r.classesSource]}）` : '',
          ].filter(Boolean);
        },
      ),
    [rows],
  );
  if (!rows.length) return <Empty description="未读到基本支出、项目支出" />;
  return <EChart option={option} height={heightFor(rows.length)} testId="chart-structure" />;
}

const BASIS = { initial: '年初预算', full: '全年预算', unspecified: '预算' } as const;

function ExecutionChart({ points }: { points: Analysis['execution'] }) {
  const option = useMemo(() => {
    const withRate = points.filter((p) => (p.rate ?? p.statedRate) != null);
    const cells = ordered(uniqueCells(withRate));
    const labels = [...new Set(withRate.map((p) => p.label))];
    const find = (c: At, label: string) => withRate.find((p) => p.year === c.year && p.department === c.department && p.label === label);
    if (!cells.length) return null;
    const option = barOption(
      cells.map(categoryOf),
      labels.map((label) => ({ name: label, bars: cells.map((c) => plot(find(c, label)?.rate ?? find(c, label)?.statedRate)) })),
      '%',
      (i) => {
        const c = cells[i];
        if (!c) return [];
        return labels.flatMap((label) => {
          const p = find(c, label);
          if (!p) return [];
          const computed = p.rate != null ? `决算${p.actual}÷${BASIS[p.basis]}${p.budget}` : '文件所写';
          return [`${label}：${computed}${p.statedRate != null ? `（文件写${p.statedRate}%）` : ''}`];
        });
      },
    );
    return { option, count: cells.length };
  }, [points]);
  if (!option) return <Empty description="未读到预算与决算" />;
  return <EChart option={option.option} height={heightFor(option.count)} testId="chart-executionRates" />;
}

function PerformanceChart({ points }: { points: Analysis['performance'] }) {
  const rows = useMemo(() => ordered(points), [points]);
  const option = useMemo(
    () =>
      barOption(
        rows.map(categoryOf),
        [
          { name: '部门整体自评得分', bars: rows.map((r) => plot(r.overall?.score)) },
          { name: '项目自评平均分', bars: rows.map((r) => plot(r.projectMean)) },
        ],
        '分',
        (i) => {
          const r = rows[i];
          if (!r) return [];
          return [r.overall?.grade ? `整体等级：${r.overall.grade}` : '', `项目数：${r.projectCount}`].filter(Boolean);
        },
      ),
    [rows],
  );
  return <EChart option={option} height={heightFor(rows.length)} testId="chart-performance" />;
}

function uniqueCells<T extends At>(points: readonly T[]): At[] {
  const seen = new Map<string, At>();
  for (const p of points) seen.set(`${p.year}|${p.department}`, { year: p.year, department: p.department });
  return [...seen.values()];
}

export function AnalysisCharts() {
  const analysis = useApi(() => api.analysis(), []);
  const a = analysis.data;

  if (analysis.loading && !a) {
    return (
      <Col xs={24} xl={12}>
        <Card size="small" title="年度分析" loading />
      </Col>
    );
  }
  const empty = !a || a.threePublic.length + a.structure.length + a.execution.length + a.performance.length === 0;
  if (analysis.error || empty) {
    return (
      <Col xs={24} xl={12}>
        <Card size="small" title="年度分析" data-testid="analysis-empty">
          <Empty description={analysis.status === 404 || !analysis.error ? '暂无年度分析数据' : `年度分析暂不可用：${analysis.error}`} />
        </Card>
      </Col>
    );
  }
  const cards: { key: string; title: string; show: boolean; body: ReactNode }[] = [
    { key: 'threePublic', title: '“三公”经费支出（万元，按部门、年度）', show: a.threePublic.length > 0, body: <ThreePublicChart points={a.threePublic} /> },
    { key: 'structure', title: '支出结构：基本支出与项目支出（万元）', show: a.structure.length > 0, body: <StructureChart points={a.structure} /> },
    { key: 'executionRates', title: '预算执行率（决算 ÷ 预算，%）', show: a.execution.length > 0, body: <ExecutionChart points={a.execution} /> },
    { key: 'performance', title: '绩效自评得分', show: a.performance.length > 0, body: <PerformanceChart points={a.performance} /> },
  ];
  // Columns of the dashboard's grid, next to the findings-by-category chart.
  return (
    <>
      {cards
        .filter((c) => c.show)
        .map((c) => (
          <Col key={c.key} xs={24} xl={12}>
            <Card size="small" title={c.title} data-testid={`analysis-${c.key}`}>
              {c.body}
            </Card>
          </Col>
        ))}
    </>
  );
}
