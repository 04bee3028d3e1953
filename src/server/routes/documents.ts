import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { recordAudit } from '../../store/audit.js';
import { nextYearOf, refreshAfterCorrection } from '../../store/cross-year.js';
import { formatOfName } from '../../model/formats.js';
import { addUpload, documentBytes, documentDetail, getDocument, listDocuments, patchDocument, requeue, versionsOf } from '../../store/documents.js';
import { compareFindings, findingsOf } from '../../store/findings.js';
import { auth, requireRole } from '../auth.js';
import type { AppEnv, ServerContext } from '../context.js';
import { HttpError } from '../context.js';
import { fetchDocument } from '../fetch-url.js';
import {
  ComparisonSchema,
  DocumentDetailSchema,
  DocumentPatchSchema,
  DocumentStatusSchema,
  DocumentSummarySchema,
  FindingOutSchema,
  FromUrlSchema,
  UploadResultSchema,
} from '../schemas.js';
import { ERRORS, IdParam, json, requireDocument } from './helpers.js';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  doc: 'application/msword',
};

/** Uploading, listing, correcting and reading documents. */
export function documentRoutes(ctx: ServerContext) {
  const app = new OpenAPIHono<AppEnv>();
  const { db } = ctx.store;

  /** Stores uploads and queues each new one; an officer's uploads belong to their department. */
  async function store(c: Parameters<typeof auth>[0], uploads: { fileName: string; bytes: Uint8Array }[]) {
    const { user, scope } = auth(c);
    const out = [];
    for (const u of uploads) {
      const { id, duplicate } = await addUpload(db, { ...u, userId: user.id, orgId: user.role === 'officer' ? user.orgId : null });
      if (!duplicate) await ctx.queue.enqueue(id);
      await recordAudit(db, user.id, 'upload', `document:${id}`, { fileName: u.fileName, size: u.bytes.length, duplicate });
      const document = await getDocument(db, scope, id);
      // A duplicate of a document outside the uploader's scope is not shown to them.
      if (!document) throw new HttpError(409, `文件「${u.fileName}」已由其他部门上传，无权查看。`);
      out.push({ document, duplicate });
    }
    return out;
  }

  function accept(fileName: string, size: number): void {
    if (!formatOfName(fileName)) throw new HttpError(415, `不支持的文件类型：「${fileName}」。可上传 PDF、DOCX、DOC/WPS/RTF、HTML、MHT、TXT、Markdown、XLSX、XLS。`);
    if (size > ctx.config.maxFileBytes) throw new HttpError(413, `文件「${fileName}」大小 ${(size / 1048576).toFixed(1)} MB，超过上限 ${(ctx.config.maxFileBytes / 1048576).toFixed(0)} MB。`);
    if (size === 0) throw new HttpError(400, `文件「${fileName}」是空的。`);
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      tags: ['文件'],
      request: {
        query: z.object({
          year: z.coerce.number().int().optional(),
          status: DocumentStatusSchema.optional(),
          q: z.string().max(200).optional(),
        }),
      },
      responses: { 200: json(z.object({ documents: z.array(DocumentSummarySchema) }), '可见的文件'), ...ERRORS },
    }),
    async (c) => {
      const { scope } = auth(c);
      return c.json({ documents: await listDocuments(db, scope, c.req.valid('query')) }, 200);
    },
  );

  app.use('/api/documents', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    return bodyLimit({
      maxSize: ctx.config.maxFileBytes * 20,
      onError: () => {
        throw new HttpError(413, `一次上传的总大小超过 ${((ctx.config.maxFileBytes * 20) / 1048576).toFixed(0)} MB，请分批上传。`);
      },
    })(c, next);
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents',
      tags: ['文件'],
      description: '上传一个或多个文件（multipart 字段 files）。内容相同的文件只存一份，返回已有的文件。',
      request: { body: { content: { 'multipart/form-data': { schema: z.object({ files: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }) }) } } } },
      responses: { 201: json(UploadResultSchema, '已接收'), 413: ERRORS[400], 415: ERRORS[400], ...ERRORS },
    }),
    async (c) => {
      const body = await c.req.parseBody({ all: true });
      const raw = body.files;
      const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((f): f is File => typeof f !== 'string');
      if (!list.length) throw new HttpError(400, '没有收到文件：请在表单字段 files 中附上文件。');
      for (const f of list) accept(f.name, f.size);
      const uploads = await Promise.all(list.map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      return c.json({ documents: await store(c, uploads) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/from-url',
      tags: ['文件'],
      description: '按网址下载并上传（仅 http/https，网站须在允许列表内，大小和时间有上限）。',
      request: { body: { content: { 'application/json': { schema: FromUrlSchema } } } },
      responses: { 201: json(UploadResultSchema, '已接收'), ...ERRORS },
    }),
    async (c) => {
      auth(c);
      const { url } = c.req.valid('json');
      const got = await fetchDocument(url, ctx.config.urlAllow, ctx.config.maxFileBytes);
      accept(got.fileName, got.bytes.length);
      return c.json({ documents: await store(c, [got]) }, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/documents/{id}', tags: ['文件'], request: { params: IdParam }, responses: { 200: json(DocumentDetailSchema, '文件'), ...ERRORS } }),
    async (c) => {
      const { id } = c.req.valid('param');
      await requireDocument(c, ctx, id);
      const { scope } = auth(c);
      const document = await getDocument(db, scope, id);
      if (!document) throw new HttpError(404, `文件 ${id} 不存在。`);
      const detail = await documentDetail(db, id);
      return c.json({ document, coverage: (detail?.coverage as Record<string, unknown> | null) ?? null, versions: await versionsOf(db, scope, id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/documents/{id}',
      tags: ['文件'],
      description: '更正文件所属的地区、部门、单位、年度或机构；更正过的项目在重新检查时保留。',
      request: { params: IdParam, body: { content: { 'application/json': { schema: DocumentPatchSchema } } } },
      responses: { 200: json(DocumentSummarySchema, '已更正'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await requireDocument(c, ctx, id);
      const { user, scope } = requireRole(c, 'admin', 'reviewer', 'officer');
      const patch = c.req.valid('json');
      // An officer may not move a document out of their own department.
      if (user.role === 'officer' && patch.orgId !== undefined && patch.orgId !== user.orgId && !(patch.orgId != null && scope.orgIds?.includes(patch.orgId)))
        throw new HttpError(403, '编制人只能把文件归入本部门。');
      // A new year or department gives the document other neighbours across years: both are compared again.
      const moves = patch.year !== undefined || patch.region !== undefined || patch.department !== undefined;
      const oldNext = moves ? await nextYearOf(db, id) : [];
      await db.transaction(async (tx) => {
        await patchDocument(tx, id, patch);
        await recordAudit(tx, user.id, 'correct', `document:${id}`, patch);
      });
      if (moves) await refreshAfterCorrection(db, id, oldNext);
      const document = await getDocument(db, scope, id);
      if (!document) throw new HttpError(403, '文件已移出您可查看的范围。');
      return c.json(document, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/documents/{id}/recheck', tags: ['文件'], request: { params: IdParam }, responses: { 200: json(DocumentSummarySchema, '已重新排队'), ...ERRORS } }),
    async (c) => {
      const { id } = c.req.valid('param');
      await requireDocument(c, ctx, id);
      const { user, scope } = requireRole(c, 'admin', 'reviewer');
      await requeue(db, id);
      await ctx.queue.enqueue(id);
      await recordAudit(db, user.id, 'recheck', `document:${id}`);
      return c.json((await getDocument(db, scope, id)) as z.infer<typeof DocumentSummarySchema>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/file',
      tags: ['文件'],
      request: { params: IdParam },
      responses: { 200: { description: '原文件', content: { 'application/octet-stream': { schema: z.any() } } }, ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await requireDocument(c, ctx, id);
      const file = await documentBytes(db, id);
      if (!file) throw new HttpError(404, `文件 ${id} 不存在。`);
      return c.body(file.bytes as unknown as ArrayBuffer, 200, {
        'content-type': MIME[file.format] ?? 'application/octet-stream',
        'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'x-content-type-options': 'nosniff',
        // An uploaded HTML page must never run as the workbench's own page.
        'content-security-policy': "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'",
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/text',
      tags: ['文件'],
      request: { params: IdParam },
      responses: { 200: json(z.object({ lines: z.array(z.object({ page: z.number().int().nullable(), line: z.number().int(), text: z.string() })) }), '文件文字'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await requireDocument(c, ctx, id);
      const detail = await documentDetail(db, id);
      const lines = ((detail?.lines as { text: string; location: { page: number | null; line: number | null } }[] | null) ?? []).map((l) => ({
        page: l.location.page ?? null,
        line: l.location.line ?? 0,
        text: l.text,
      }));
      return c.json({ lines }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/findings',
      tags: ['审核'],
      request: { params: IdParam },
      responses: { 200: json(z.object({ findings: z.array(FindingOutSchema) }), '问题清单'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await requireDocument(c, ctx, id);
      return c.json({ findings: (await findingsOf(db, id)) as z.infer<typeof FindingOutSchema>[] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/comparison',
      tags: ['审核'],
      description: '与同一机构同一年度的上一版本比较：已整改、新出现、仍存在的问题。',
      request: { params: IdParam },
      responses: { 200: json(ComparisonSchema, '版本对比'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await requireDocument(c, ctx, id);
      const { scope } = auth(c);
      const versions = await versionsOf(db, scope, id);
      const at = versions.findIndex((v) => v.id === id);
      const previous = at > 0 ? (versions[at - 1] ?? null) : null;
      const current = (await findingsOf(db, id)) as z.infer<typeof FindingOutSchema>[];
      const before = previous ? ((await findingsOf(db, previous.id)) as z.infer<typeof FindingOutSchema>[]) : [];
      return c.json({ previous, ...(previous ? compareFindings(before, current) : { resolved: [], added: [], remaining: current }) }, 200);
    },
  );
  return app;
}
