import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listAudit, recordAudit } from '../../store/audit.js';
import { matchUnassigned } from '../../store/documents.js';
import { importOrgLines, listOrgs } from '../../store/orgs.js';
import { createUser, findUserByName, listUsers, setPassword } from '../../store/users.js';
import { auth, requireRole } from '../auth.js';
import type { AppEnv, ServerContext } from '../context.js';
import { HttpError } from '../context.js';
import { readOrgTable } from '../org-table.js';
import { AuditEntrySchema, NewUserSchema, OrgSchema, PasswordResetSchema, UserSchema } from '../schemas.js';
import { ERRORS, IdParam, json } from './helpers.js';

/** Users, the organisation tree and the audit log. */
export function adminRoutes(ctx: ServerContext) {
  const app = new OpenAPIHono<AppEnv>();
  const { db } = ctx.store;

  app.openapi(
    createRoute({ method: 'get', path: '/api/users', tags: ['管理'], responses: { 200: json(z.object({ users: z.array(UserSchema) }), '用户'), ...ERRORS } }),
    async (c) => {
      requireRole(c, 'admin');
      return c.json({ users: await listUsers(db) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users',
      tags: ['管理'],
      request: { body: { content: { 'application/json': { schema: NewUserSchema } } } },
      responses: { 201: json(UserSchema, '已创建'), 409: ERRORS[400], ...ERRORS },
    }),
    async (c) => {
      const { user: admin } = requireRole(c, 'admin');
      const input = c.req.valid('json');
      if (await findUserByName(db, input.username)) throw new HttpError(409, `用户名「${input.username}」已存在。`);
      if (input.role === 'officer' && input.orgId == null) throw new HttpError(400, '编制人必须属于一个部门：请选择所属机构。');
      if (input.orgId != null && !(await listOrgs(db)).some((o) => o.id === input.orgId)) throw new HttpError(400, `机构 ${input.orgId} 不存在。`);
      const created = await db.transaction(async (tx) => {
        const u = await createUser(tx, input);
        await recordAudit(tx, admin.id, 'create-user', `user:${u.id}`, { username: u.username, role: u.role, orgId: u.orgId });
        return u;
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users/{id}/password',
      tags: ['管理'],
      description: '管理员为用户重设密码（用户忘记密码时）；该用户已登录的会话随即失效。',
      request: { params: IdParam, body: { content: { 'application/json': { schema: PasswordResetSchema } } } },
      responses: { 204: { description: '已重设' }, ...ERRORS },
    }),
    async (c) => {
      const { user: admin } = requireRole(c, 'admin');
      const { id } = c.req.valid('param');
      if (!(await listUsers(db)).some((u) => u.id === id)) throw new HttpError(404, `用户 ${id} 不存在。`);
      await db.transaction(async (tx) => {
        await setPassword(tx, id, c.req.valid('json').password);
        await recordAudit(tx, admin.id, 'reset-password', `user:${id}`);
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/orgs', tags: ['管理'], responses: { 200: json(z.object({ orgs: z.array(OrgSchema) }), '机构树'), ...ERRORS } }),
    async (c) => {
      auth(c);
      return c.json({ orgs: await listOrgs(db) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/import',
      tags: ['管理'],
      description: '导入机构名单（CSV 或 XLSX，列：地区、部门、单位，可选 编码）。已有的机构不重复创建。',
      request: { body: { content: { 'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) } } } },
      responses: { 200: json(z.object({ created: z.number().int() }), '已导入'), ...ERRORS },
    }),
    async (c) => {
      const { user } = requireRole(c, 'admin');
      const body = await c.req.parseBody();
      const file = body.file;
      if (!file || typeof file === 'string') throw new HttpError(400, '没有收到文件：请在表单字段 file 中附上 CSV 或 XLSX 名单。');
      if (file.size > 10 * 1048576) throw new HttpError(413, '机构名单超过 10 MB。');
      const lines = await readOrgTable(file.name, new Uint8Array(await file.arrayBuffer()));
      const created = await db.transaction(async (tx) => {
        const n = await importOrgLines(tx, lines);
        const matched = await matchUnassigned(tx, await listOrgs(tx));
        await recordAudit(tx, user.id, 'import-orgs', file.name, { lines: lines.length, created: n, matched });
        return n;
      });
      return c.json({ created }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/audit', tags: ['管理'], responses: { 200: json(z.object({ entries: z.array(AuditEntrySchema) }), '审计日志'), ...ERRORS } }),
    async (c) => {
      requireRole(c, 'admin');
      return c.json({ entries: await listAudit(db) }, 200);
    },
  );
  return app;
}
