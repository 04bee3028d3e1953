import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { recordAudit } from '../../store/audit.js';
import { authenticate as checkPassword, closeSession, openSession, passwordMatches, setPassword } from '../../store/users.js';
import { auth, clearSessionCookie, LoginLimiter, setSessionCookie } from '../auth.js';
import type { AppEnv, ServerContext } from '../context.js';
import { HttpError } from '../context.js';
import { LoginSchema, PasswordChangeSchema, SessionSchema } from '../schemas.js';
import { ERRORS, json } from './helpers.js';

/** Logging in and out, and who is logged in. */
export function sessionRoutes(ctx: ServerContext) {
  const app = new OpenAPIHono<AppEnv>();
  const limiter = new LoginLimiter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: ['登录'],
      request: { body: { content: { 'application/json': { schema: LoginSchema } } } },
      responses: { 200: json(SessionSchema, '已登录'), 401: ERRORS[401], 429: { description: '尝试过多' } },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      // Behind a proxy (JUESUAN_TRUST_PROXY=1) the client is the first X-Forwarded-For address.
      const forwarded = process.env.JUESUAN_TRUST_PROXY === '1' ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
      const ip = forwarded || getConnInfo(c).remote.address || 'unknown';
      const keys = [`u:${username}`, `ip:${ip}`];
      const wait = limiter.blockedFor(keys);
      if (wait > 0) throw new HttpError(429, `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试。`);
      const user = await checkPassword(ctx.store.db, username, password);
      if (!user) {
        limiter.fail(keys);
        await recordAudit(ctx.store.db, null, 'login-failed', username);
        throw new HttpError(401, '用户名或密码不正确。');
      }
      limiter.succeed(keys);
      const session = await openSession(ctx.store.db, user.id);
      await recordAudit(ctx.store.db, user.id, 'login', username);
      setSessionCookie(c, session.token, session.expiresAt, ctx.config.secureCookies);
      return c.json({ user, csrfToken: session.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/auth/logout', tags: ['登录'], responses: { 204: { description: '已退出' }, ...ERRORS } }),
    async (c) => {
      const { sessionToken } = auth(c);
      await closeSession(ctx.store.db, sessionToken);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password',
      tags: ['登录'],
      description: '修改自己的密码：需当前密码；其他已登录的会话随即失效。',
      request: { body: { content: { 'application/json': { schema: PasswordChangeSchema } } } },
      responses: { 204: { description: '已修改' }, ...ERRORS },
    }),
    async (c) => {
      const { user, sessionToken } = auth(c);
      const { current, next } = c.req.valid('json');
      if (!(await passwordMatches(ctx.store.db, user.id, current))) throw new HttpError(400, '当前密码不正确。');
      if (current === next) throw new HttpError(400, '新密码不能与当前密码相同。');
      await ctx.store.db.transaction(async (tx) => {
        await setPassword(tx, user.id, next, sessionToken);
        await recordAudit(tx, user.id, 'password', `user:${user.id}`);
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/auth/me', tags: ['登录'], responses: { 200: json(SessionSchema, '当前用户'), 401: ERRORS[401] } }),
    (c) => {
      const { user, csrfToken } = auth(c);
      return c.json({ user, csrfToken }, 200);
    },
  );
  return app;
}

