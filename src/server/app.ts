import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { secureHeaders } from 'hono/secure-headers';
import { isJuesuanError } from '../errors.js';
import { authenticate } from './auth.js';
import type { AppEnv, ServerContext } from './context.js';
import { HttpError } from './context.js';
import { adminRoutes } from './routes/admin.js';
import { documentRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/exports.js';
import { findingRoutes } from './routes/findings.js';
import { overviewRoutes } from './routes/overview.js';
import { sessionRoutes } from './routes/session.js';

/** A zod error as one Chinese sentence naming the fields. */
function validationMessage(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const parts = error.issues.slice(0, 5).map((i) => `${i.path.length ? `「${i.path.map(String).join('.')}」` : ''}${i.message}`);
  return `请求内容有误：${parts.join('；')}。`;
}

/** The workbench's HTTP application: the documented API under /api and the built web UI at /. */
export function createApp(ctx: ServerContext): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: validationMessage(result.error) }, 400);
    },
  });
  app.use(
    '*',
    secureHeaders({
      // Everything is served by the workbench itself: an intranet has no CDN to reach. Ant Design
      // writes its styles at run time, and pdf.js draws from blob: workers.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('/api/*', authenticate(ctx));
  for (const routes of [sessionRoutes, documentRoutes, findingRoutes, adminRoutes, overviewRoutes, exportRoutes]) app.route('/', routes(ctx));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'juesuan 工作台 API', version: '1', description: '部门决算公开审核工作台。除登录外，所有请求需登录；修改类请求需在 X-CSRF-Token 头中带上登录时返回的 csrfToken。' },
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    if (isJuesuanError(err)) return c.json({ error: err.message }, 422);
    // Hono's own HTTP errors (a malformed body, say) carry a status; anything else is ours to fix.
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return c.json({ error: `请求无法处理（${status}）：请检查请求格式。` }, status as 400);
    console.error(err);
    return c.json({ error: '服务器内部错误，已记录。请稍后重试或联系管理员。' }, 500);
  });

  const web = ctx.config.webRoot;
  app.notFound(async (c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: `没有这个接口：${c.req.method} ${c.req.path}` }, 404);
    if (!web || !existsSync(join(web, 'index.html'))) return c.text('工作台页面尚未构建：请先运行 npm run build。', 503);
    // The UI routes by the hash; any other path is the UI itself.
    return c.html(await readFile(join(web, 'index.html'), 'utf8'));
  });
  if (web) app.use('/*', serveStatic({ root: web }));
  return app;
}
