import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { recordAudit } from '../../store/audit.js';
import { decide, decisionHistory, findingById, findingsOf } from '../../store/findings.js';
import { requireRole } from '../auth.js';
import type { AppEnv, ServerContext } from '../context.js';
import { HttpError } from '../context.js';
import { DecideSchema, DecisionHistorySchema, DecisionSchema } from '../schemas.js';
import { ERRORS, IdParam, json, requireDocument } from './helpers.js';

/** Deciding findings and reading their history. Officers read decisions; reviewers and admins take them. */
export function findingRoutes(ctx: ServerContext) {
  const app = new OpenAPIHono<AppEnv>();
  const { db } = ctx.store;

  async function finding(c: Parameters<typeof requireRole>[0], id: number) {
    const f = await findingById(db, id);
    if (!f) throw new HttpError(404, `问题 ${id} 不存在。`);
    await requireDocument(c, ctx, f.documentId);
    return f;
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/findings/{id}/decision',
      tags: ['审核'],
      description: '对问题作出判断：确认问题 / 不是问题 / 需复核，可附说明。历次判断都保留。',
      request: { params: IdParam, body: { content: { 'application/json': { schema: DecideSchema } } } },
      responses: { 200: json(DecisionSchema, '已记录'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { user } = requireRole(c, 'admin', 'reviewer');
      const f = await finding(c, id);
      const { status, note } = c.req.valid('json');
      await db.transaction(async (tx) => {
        await decide(tx, f, user.id, status, note);
        await recordAudit(tx, user.id, 'decide', `finding:${id}`, { documentId: f.documentId, status, note });
      });
      const now = (await findingsOf(db, f.documentId)).find((x) => x.id === id)?.decision;
      if (!now) throw new HttpError(404, `问题 ${id} 不存在。`);
      return c.json(now, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/findings/{id}/history', tags: ['审核'], request: { params: IdParam }, responses: { 200: json(DecisionHistorySchema, '判断历史'), ...ERRORS } }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json({ history: await decisionHistory(db, await finding(c, id)) }, 200);
    },
  );
  return app;
}
