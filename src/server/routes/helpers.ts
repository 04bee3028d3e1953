import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { documentOrg } from '../../store/documents.js';
import { inScope } from '../../store/scope.js';
import { auth } from '../auth.js';
import type { AppEnv, ServerContext } from '../context.js';
import { HttpError } from '../context.js';
import { ErrorSchema } from '../schemas.js';

/** The error responses every protected route may give, for the OpenAPI document. */
export const ERRORS = {
  400: { description: '请求有误', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: '未登录', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: '无权访问', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: '不存在', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) });

/**
 * Refuses a document the user may not see with 403 (after telling 404 from it only to those who could
 * see it anyway would leak which ids exist: an officer gets 403 for every document outside their department).
 */
export async function requireDocument(c: Context<AppEnv>, ctx: ServerContext, id: number): Promise<void> {
  const { scope } = auth(c);
  const org = await documentOrg(ctx.store.db, id);
  if (org === undefined) {
    if (scope.orgIds == null) throw new HttpError(404, `文件 ${id} 不存在。`);
    throw new HttpError(403, '无权查看此文件。');
  }
  if (!inScope(scope, org)) throw new HttpError(403, '无权查看此文件：它不属于您的部门或地区。');
}
