import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { catalogEntries } from '../../cli/rules-catalog.js';
import { schemeEntries } from '../../cli/schemes-catalog.js';
import { rowsOf } from '../../store/db.js';
import { listDocuments, statusCounts } from '../../store/documents.js';
import { sql } from 'drizzle-orm';
import { auth } from '../auth.js';
import type { AppEnv, ServerContext } from '../context.js';
import { analysisEntries, analysisOf } from '../analysis.js';
import { AnalysisSchema, DashboardSchema, HealthSchema, QueueStateSchema, RuleInfoSchema, SchemeInfoSchema } from '../schemas.js';
import { ERRORS, json } from './helpers.js';

type Dashboard = z.infer<typeof DashboardSchema>;

/** Health, the queue's state, the dashboard, the year-on-year analysis and the rule catalog. */
export function overviewRoutes(ctx: ServerContext) {
  const app = new OpenAPIHono<AppEnv>();
  const { db } = ctx.store;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['系统'],
      responses: { 200: json(HealthSchema, '数据库和队列可用'), 503: { description: '数据库或队列不可用' } },
    }),
    async (c) => {
      try {
        await rowsOf(db, sql`select count(*) from pgboss.queue`);
        const s = await statusCounts(db);
        return c.json({ ok: true, database: ctx.store.kind, queue: s }, 200);
      } catch {
        return c.json({ ok: false, database: ctx.store.kind, queue: { queued: 0, checking: 0, checked: 0, failed: 0 } }, 503 as 200);
      }
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/queue', tags: ['系统'], responses: { 200: json(QueueStateSchema, '检查队列'), ...ERRORS } }),
    async (c) => {
      auth(c);
      return c.json(await statusCounts(db), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/dashboard',
      tags: ['总览'],
      description: '部门 × 年度：每格为最新版本的状态、问题数和未判断数；合计按类别。',
      responses: { 200: json(DashboardSchema, '总览'), ...ERRORS },
    }),
    async (c) => {
      const { scope } = auth(c);
      const docs = await listDocuments(db, scope);
      const rows = new Map<string, Dashboard['rows'][number]>();
      const years = new Set<number>();
      // listDocuments is newest first: the first document met per cell is its latest version.
      for (const d of docs) {
        const key = `${d.region ?? ''}|${d.department ?? d.fileName}`;
        const row = rows.get(key) ?? { key, orgId: d.orgId, region: d.region, department: d.department ?? `（未识别）${d.fileName}`, cells: {} };
        rows.set(key, row);
        const year = String(d.year ?? '未知');
        if (d.year != null) years.add(d.year);
        const cell = row.cells[year];
        if (cell) cell.versions++;
        else row.cells[year] = { documentId: d.id, status: d.status, counts: d.counts, undecided: d.undecided, versions: 1 };
      }
      const latest = [...rows.values()].flatMap((r) => Object.values(r.cells).map((c) => c.documentId));
      const byCategory: Record<string, number> = {};
      if (latest.length) {
        const counted = await rowsOf<{ category: string; n: number }>(
          db,
          sql`select category, count(*)::int as n from findings where document_id in (${sql.join(latest.map((i) => sql`${i}`), sql`, `)}) and severity <> 'info' group by category`,
        );
        for (const r of counted) byCategory[r.category] = Number(r.n);
      }
      const latestDocs = docs.filter((d) => latest.includes(d.id));
      const sum = (f: (d: (typeof docs)[number]) => number) => latestDocs.reduce((a, d) => a + f(d), 0);
      return c.json(
        {
          years: [...years].sort((a, b) => b - a),
          rows: [...rows.values()].sort((a, b) => (a.region ?? '').localeCompare(b.region ?? '', 'zh') || a.department.localeCompare(b.department, 'zh')),
          totals: {
            documents: docs.length,
            checked: docs.filter((d) => d.status === 'checked').length,
            undecided: sum((d) => d.undecided),
            counts: { error: sum((d) => d.counts.error), warning: sum((d) => d.counts.warning), info: sum((d) => d.counts.info) },
            byCategory,
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/analysis',
      tags: ['总览'],
      description:
        '年度分析：按部门、年度（每格取最新的已检查版本）列出“三公”经费及其构成、支出结构（基本支出/项目支出、功能分类类级）、预算执行率和绩效自评得分。金额为文件所印的精确小数字符串（万元）。',
      responses: { 200: json(AnalysisSchema, '年度分析'), ...ERRORS },
    }),
    async (c) => {
      const { scope } = auth(c);
      return c.json(analysisOf(await analysisEntries(db, scope)), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/rules', tags: ['规则'], responses: { 200: json(z.object({ rules: z.array(RuleInfoSchema) }), '规则目录'), ...ERRORS } }),
    (c) => {
      auth(c);
      return c.json({ rules: catalogEntries() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/schemes',
      tags: ['规则'],
      description: '绩效自评计分办法及其公式（score 按文件报告的得分自动选择）。',
      responses: { 200: json(z.object({ schemes: z.array(SchemeInfoSchema) }), '计分办法'), ...ERRORS },
    }),
    (c) => {
      auth(c);
      return c.json({ schemes: schemeEntries() }, 200);
    },
  );
  return app;
}
