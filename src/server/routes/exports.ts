import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { recordAudit } from '../../store/audit.js';
import { documentBytes, getDocument } from '../../store/documents.js';
import { findingsOf } from '../../store/findings.js';
import { auth } from '../auth.js';
import type { AppEnv, ServerContext } from '../context.js';
import { HttpError } from '../context.js';
import { annotatePdf } from '../exports/annotated-pdf.js';
import { findingsCsv, findingsXlsx } from '../exports/findings-table.js';
import { noticeDocx } from '../exports/notice-docx.js';
import { ERRORS, requireDocument } from './helpers.js';

const KINDS = {
  'findings.xlsx': { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', suffix: '问题清单.xlsx' },
  'findings.csv': { type: 'text/csv; charset=utf-8', suffix: '问题清单.csv' },
  'annotated.pdf': { type: 'application/pdf', suffix: '标注.pdf' },
  'notice.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', suffix: '整改通知书.docx' },
} as const;

/** Downloads: the findings as XLSX and CSV, the PDF with the findings drawn on it, the rectification notice. */
export function exportRoutes(ctx: ServerContext) {
  const app = new OpenAPIHono<AppEnv>();
  const { db } = ctx.store;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/export/{kind}',
      tags: ['导出'],
      request: {
        params: z.object({
          id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }),
          kind: z.enum(Object.keys(KINDS) as [keyof typeof KINDS]).openapi({ param: { name: 'kind', in: 'path' } }),
        }),
      },
      responses: { 200: { description: '文件', content: { 'application/octet-stream': { schema: z.any() } } }, ...ERRORS },
    }),
    async (c) => {
      const { id, kind } = c.req.valid('param');
      await requireDocument(c, ctx, id);
      const { user, scope } = auth(c);
      const doc = await getDocument(db, scope, id);
      if (!doc) throw new HttpError(404, `文件 ${id} 不存在。`);
      if (doc.status !== 'checked') throw new HttpError(409, '文件尚未检查完成，暂不能导出。');
      const findings = await findingsOf(db, id);
      let body: Uint8Array | string;
      if (kind === 'findings.xlsx') body = findingsXlsx(doc, findings);
      else if (kind === 'findings.csv') body = findingsCsv(findings);
      else if (kind === 'notice.docx') body = await noticeDocx(doc, findings, process.env.JUESUAN_ISSUER ?? '财政局');
      else {
        if (doc.format !== 'pdf') throw new HttpError(400, '只有 PDF 文件可以导出标注版。');
        const file = await documentBytes(db, id);
        if (!file) throw new HttpError(404, `文件 ${id} 不存在。`);
        try {
          body = await annotatePdf(file.bytes, findings);
        } catch {
          throw new HttpError(422, '原 PDF 无法重新写出（可能已加密或结构损坏），请改用问题清单导出。');
        }
      }
      await recordAudit(db, user.id, 'export', `document:${id}`, { kind });
      const name = `${(doc.title ?? doc.fileName).replace(/\.[a-z]+$/i, '')}-${KINDS[kind].suffix}`;
      return c.body(typeof body === 'string' ? body : (body as unknown as ArrayBuffer), 200, {
        'content-type': KINDS[kind].type,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
    },
  );
  return app;
}
