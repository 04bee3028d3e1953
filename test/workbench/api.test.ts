import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/serve.js';
import { BACKENDS, testServer } from './backends.js';
import { ApiClient } from './client.js';

const ADMIN_PASSWORD = 'admin-pass-for-tests-1';
const sample = (name: string) => readFile(new URL(`../../samples/${name}`, import.meta.url));

describe.each(BACKENDS)('workbench API on $name', ({ server: pgServer }) => {
  let server: RunningServer;
  let close: (() => Promise<void>) | null = null;
  let admin: ApiClient;
  let guangyuan: number;

  beforeAll(async () => {
    ({ server, admin, close } = await testServer(pgServer, ADMIN_PASSWORD));
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  it('answers health and publishes its OpenAPI description without login', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, database: pgServer ? 'postgres' : 'pglite' });
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/documents', '/api/findings/{id}/decision', '/api/documents/{id}/export/{kind}']));
  });

  it('refuses requests without a session, with a Chinese message', async () => {
    const res = await fetch(`${server.url}/api/documents`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(/登录/);
  });

  it('refuses a state change without the CSRF token', async () => {
    const res = await admin.request('/api/documents', { method: 'POST', body: new FormData() }, false);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/CSRF/);
  });

  it('stops guessing passwords after five failures', async () => {
    const guesser = new ApiClient(server.url);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await guesser.login('nobody', `wrong-${i}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });

  it('checks an upload on the queue and finds the same errors as the command line', async () => {
    const res = await admin.upload([{ name: 'guangyuan-city-2024.txt', bytes: await sample('guangyuan-city-2024.txt') }]);
    expect(res.status).toBe(201);
    const out = (await res.json()) as { documents: { document: { id: number; status: string }; duplicate: boolean }[] };
    expect(out.documents[0]?.duplicate).toBe(false);
    guangyuan = out.documents[0]?.document.id as number;
    await admin.settled();
    const detail = await admin.json(`/api/documents/${guangyuan}`);
    expect(detail.document).toMatchObject({ status: 'checked', department: '广元市医疗保障局', year: 2024, version: 1 });
    const { findings } = await admin.json(`/api/documents/${guangyuan}/findings`);
    const { checkBytes } = await import('../../src/check.js');
    const direct = await checkBytes('guangyuan-city-2024.txt', await sample('guangyuan-city-2024.txt'));
    expect(findings.map((f: { rule: string }) => f.rule)).toEqual(direct.findings.map((f) => f.rule));
    expect(detail.document.counts.error).toBe(direct.findings.filter((f) => f.severity === 'error').length);
  });

  it('finds a duplicate by its content and stores nothing new', async () => {
    const res = await admin.upload([{ name: 'renamed.txt', bytes: await sample('guangyuan-city-2024.txt') }]);
    const out = (await res.json()) as { documents: { document: { id: number }; duplicate: boolean }[] };
    expect(out.documents[0]).toMatchObject({ duplicate: true, document: { id: guangyuan } });
    expect((await admin.json('/api/documents')).documents).toHaveLength(1);
  });

  it('rejects a file type it cannot read, and keeps none of the batch', async () => {
    const res = await admin.upload([
      { name: 'ok.txt', bytes: new TextEncoder().encode('某局2024年度部门决算') },
      { name: 'virus.exe', bytes: new Uint8Array([77, 90]) },
    ]);
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: string }).error).toMatch(/不支持的文件类型.*virus\.exe/);
    expect((await admin.json('/api/documents')).documents).toHaveLength(1);
  });

  it('validates a correction and answers 400 in Chinese', async () => {
    const res = await admin.send(`/api/documents/${guangyuan}`, 'PATCH', { year: 'twenty' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/请求内容有误.*year/);
  });

  it('records a decision with who and when, keeps its history and audits it', async () => {
    const { findings } = await admin.json(`/api/documents/${guangyuan}/findings`);
    const target = findings.find((f: { rule: string }) => f.rule === 'narrative.implied-balance');
    const first = await admin.send(`/api/findings/${target.id}/decision`, 'POST', { status: 'recheck', note: '请核对年初结转' });
    expect(first.status).toBe(200);
    const decided = await (await admin.send(`/api/findings/${target.id}/decision`, 'POST', { status: 'confirmed', note: '与01表不符' })).json();
    expect(decided).toMatchObject({ status: 'confirmed', note: '与01表不符', by: 'admin', fromVersion: null });
    const { history } = await admin.json(`/api/findings/${target.id}/history`);
    expect(history.map((h: { status: string }) => h.status)).toEqual(['recheck', 'confirmed']);
    const { entries } = await admin.json('/api/audit');
    expect(entries.filter((e: { action: string }) => e.action === 'decide')).toHaveLength(2);
    const bad = await admin.send(`/api/findings/${target.id}/decision`, 'POST', { status: 'maybe' });
    expect(bad.status).toBe(400);
  });

  it('compares a corrected version with the last and carries decisions over', async () => {
    const fixed = (await sample('guangyuan-city-2024.txt')).toString('utf8').replace('其中：基本支出816.49万元', '其中：基本支出816.48万元');
    const res = await admin.upload([{ name: 'guangyuan-city-2024-v2.txt', bytes: new TextEncoder().encode(fixed) }]);
    const v2 = ((await res.json()) as { documents: { document: { id: number } }[] }).documents[0]?.document.id as number;
    await admin.settled();
    const detail = await admin.json(`/api/documents/${v2}`);
    expect(detail.document.version).toBe(2);
    expect(detail.versions.map((v: { id: number }) => v.id)).toEqual([guangyuan, v2]);
    const cmp = await admin.json(`/api/documents/${v2}/comparison`);
    expect(cmp.previous.id).toBe(guangyuan);
    expect(cmp.resolved.map((f: { rule: string }) => f.rule)).toContain('narrative.same-subject');
    expect(cmp.added.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const carried = cmp.remaining.find((f: { rule: string }) => f.rule === 'narrative.implied-balance');
    expect(carried.decision).toMatchObject({ status: 'confirmed', fromVersion: 1 });
  });

  it('exports findings as XLSX and CSV and a rectification notice as DOCX', async () => {
    const xlsx = new Uint8Array(await (await admin.request(`/api/documents/${guangyuan}/export/findings.xlsx`)).arrayBuffer());
    expect(String.fromCharCode(xlsx[0] as number, xlsx[1] as number)).toBe('PK');
    const csv = await (await admin.request(`/api/documents/${guangyuan}/export/findings.csv`)).text();
    expect(csv.split('\r\n')[0]).toContain('序号,级别,类别,规则');
    expect(csv).toContain('确认问题');
    const notice = await admin.request(`/api/documents/${guangyuan}/export/notice.docx`);
    expect(notice.headers.get('content-disposition')).toContain(encodeURIComponent('整改通知书'));
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(new Uint8Array(await notice.arrayBuffer()))['word/document.xml'] as Uint8Array);
    // Only the confirmed finding is in the notice.
    expect(xml).toContain('与01表不符');
    expect(xml).toContain('27.99万元');
    expect(xml).not.toContain('816.49');
    const pdf = await admin.request(`/api/documents/${guangyuan}/export/annotated.pdf`);
    expect(pdf.status).toBe(400);
  });

  it('draws the findings of a PDF on its pages', async () => {
    const bytes = await readFile(new URL('../corpus/pdf/rongcheng-city-2024.libreoffice.pdf', import.meta.url));
    const id = ((await (await admin.upload([{ name: 'rongcheng.pdf', bytes }])).json()) as { documents: { document: { id: number } }[] }).documents[0]?.document.id;
    await admin.settled();
    const res = await admin.request(`/api/documents/${id}/export/annotated.pdf`);
    expect(res.status).toBe(200);
    const out = Buffer.from(await res.arrayBuffer());
    expect(out.subarray(0, 5).toString()).toBe('%PDF-');
    const { findings } = await admin.json(`/api/documents/${id}/findings`);
    const placed = findings.filter((f: { locations: { page: number | null }[] }) => f.locations.some((l) => l.page != null)).length;
    expect(placed).toBeGreaterThan(0);
    expect(out.toString('latin1').match(/\/Subtype\s*\/Square/g)?.length ?? 0).toBeGreaterThanOrEqual(placed);
  });

  it('keeps an officer to their own department (403, and nothing listed)', async () => {
    const csv = '地区,部门,单位\n广元市,广元市医疗保障局,\n广元市,广元市财政局,\n';
    const form = new FormData();
    form.append('file', new Blob([csv]), 'orgs.csv');
    const imported = await admin.json('/api/orgs/import', { method: 'POST', body: form });
    expect(imported.created).toBe(3);
    const { orgs } = await admin.json('/api/orgs');
    const health = orgs.find((o: { name: string }) => o.name === '广元市医疗保障局');
    const finance = orgs.find((o: { name: string }) => o.name === '广元市财政局');
    expect((await admin.send(`/api/documents/${guangyuan}`, 'PATCH', { orgId: health.id })).status).toBe(200);
    for (const [name, org] of [['officer-finance', finance], ['officer-health', health]] as const) {
      expect((await admin.send('/api/users', 'POST', { username: name, displayName: name, password: 'officer-pass-123', role: 'officer', orgId: org.id })).status).toBe(201);
    }
    const outsider = new ApiClient(server.url);
    await outsider.login('officer-finance', 'officer-pass-123');
    for (const path of [`/api/documents/${guangyuan}`, `/api/documents/${guangyuan}/findings`, `/api/documents/${guangyuan}/file`, `/api/documents/${guangyuan}/export/findings.csv`]) {
      const res = await outsider.request(path);
      expect(res.status, path).toBe(403);
      expect(((await res.json()) as { error: string }).error).toMatch(/无权/);
    }
    expect((await outsider.json('/api/documents')).documents).toEqual([]);
    expect((await outsider.send(`/api/documents/${guangyuan}`, 'PATCH', { year: 2023 })).status).toBe(403);
    const insider = new ApiClient(server.url);
    await insider.login('officer-health', 'officer-pass-123');
    // Both versions were matched to the department when its organisation list was imported.
    const own = (await insider.json('/api/documents')).documents;
    expect(own.map((d: { department: string }) => d.department)).toEqual(['广元市医疗保障局', '广元市医疗保障局']);
    // Officers read decisions but do not take them.
    const { findings } = await insider.json(`/api/documents/${guangyuan}/findings`);
    expect((await insider.send(`/api/findings/${findings[0].id}/decision`, 'POST', { status: 'dismissed' })).status).toBe(403);
    expect((await insider.request('/api/users')).status).toBe(403);
    // A reviewer bound to the region sees its departments' documents, and not documents elsewhere.
    const region = orgs.find((o: { name: string; kind: string }) => o.kind === 'region' && o.name === '广元市');
    expect((await admin.send('/api/users', 'POST', { username: 'reviewer-gy', displayName: '广元审核', password: 'reviewer-pass-123', role: 'reviewer', orgId: region.id })).status).toBe(201);
    const reviewer = new ApiClient(server.url);
    await reviewer.login('reviewer-gy', 'reviewer-pass-123');
    const seen = (await reviewer.json('/api/documents')).documents.map((d: { department: string }) => d.department);
    expect(new Set(seen)).toEqual(new Set(['广元市医疗保障局']));
    expect((await reviewer.json('/api/documents')).documents).toHaveLength(2);
  });

  it('downloads by URL only from allowed hosts and only over http(s)', async () => {
    const body = await sample('rongcheng-city-2024.md');
    const site: Server = createServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(302, { location: 'http://localhost:1/elsewhere' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/markdown' }).end(body);
    });
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok));
    const port = (site.address() as AddressInfo).port;
    try {
      const ok = await admin.send('/api/documents/from-url', 'POST', { url: `http://127.0.0.1:${port}/rongcheng-city-2024.md` });
      expect(ok.status).toBe(201);
      expect(((await ok.json()) as { documents: { document: { fileName: string } }[] }).documents[0]?.document.fileName).toBe('rongcheng-city-2024.md');
      const bounced = await admin.send('/api/documents/from-url', 'POST', { url: `http://127.0.0.1:${port}/redirect` });
      expect(bounced.status).toBe(403);
      expect(((await bounced.json()) as { error: string }).error).toMatch(/不允许从 localhost/);
      const ftp = await admin.send('/api/documents/from-url', 'POST', { url: 'ftp://127.0.0.1/x.pdf' });
      expect(ftp.status).toBe(400);
    } finally {
      site.close();
    }
  });

  it('imports an organisation list from XLSX as from CSV', async () => {
    const { writeWorkbook } = await import('../../src/render/xlsx/workbook.js');
    const cells = new Map([
      ['A1', { kind: 'text' as const, text: '地区' }],
      ['B1', { kind: 'text' as const, text: '部门' }],
      ['C1', { kind: 'text' as const, text: '单位' }],
      ['A2', { kind: 'text' as const, text: '荣成市' }],
      ['B2', { kind: 'text' as const, text: '荣成市医疗保障局' }],
      ['C2', { kind: 'text' as const, text: '荣成市医疗保障局（本级）' }],
    ]);
    const form = new FormData();
    form.append('file', new Blob([writeWorkbook([{ name: '机构', cells, merges: [], widths: [] }]) as Uint8Array<ArrayBuffer>]), 'orgs.xlsx');
    expect((await admin.json('/api/orgs/import', { method: 'POST', body: form })).created).toBe(3);
    const { orgs } = await admin.json('/api/orgs');
    const unit = orgs.find((o: { name: string }) => o.name === '荣成市医疗保障局（本级）');
    expect(unit.kind).toBe('unit');
    const bad = new FormData();
    bad.append('file', new Blob(['名称\n某局\n']), 'orgs.csv');
    const res = await admin.request('/api/orgs/import', { method: 'POST', body: bad });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/地区.*部门/);
  });

  it('lists the rules with their cases and the scoring schemes with their formulas', async () => {
    const { rules } = await admin.json('/api/rules');
    expect(rules.length).toBeGreaterThan(50);
    expect(rules.every((r: { examples: unknown[] }) => r.examples.length > 0)).toBe(true);
    const { schemes } = await admin.json('/api/schemes');
    expect(schemes.length).toBeGreaterThan(0);
    expect(schemes[0].formulas.length).toBeGreaterThan(0);
    expect(typeof schemes[0].bands[0].min).toBe('string');
  });

  it.skipIf(pgServer != null)('uploads a folder from the command line, finding what is already there', async () => {
    const { execFile } = await import('node:child_process');
    const root = new URL('../..', import.meta.url).pathname;
    const run = () =>
      new Promise<{ code: number; out: string }>((ok) =>
        execFile(process.execPath, ['--import', 'tsx', 'test/helpers/cli-entry.ts', 'upload', '--server', server.url, 'samples'], { cwd: root, env: { ...process.env, JUESUAN_PASSWORD: ADMIN_PASSWORD } }, (err, stdout, stderr) =>
          ok({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }),
        ),
      );
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/共 3 个文件：新上传 1 个，已存在 2 个/);
    const noPassword = await new Promise<string>((ok) =>
      execFile(process.execPath, ['--import', 'tsx', 'test/helpers/cli-entry.ts', 'upload', 'samples'], { cwd: root, env: { ...process.env, JUESUAN_PASSWORD: '' } }, (_e, o, e) => ok(o + e)),
    );
    expect(noPassword).toMatch(/JUESUAN_PASSWORD/);
  });

  it('changes a password with the current one, closing the other sessions; an admin resets one', async () => {
    expect((await admin.send('/api/users', 'POST', { username: 'changer', displayName: '改密码', password: 'first-password-1', role: 'reviewer', orgId: null })).status).toBe(201);
    const here = new ApiClient(server.url);
    const elsewhere = new ApiClient(server.url);
    await here.login('changer', 'first-password-1');
    await elsewhere.login('changer', 'first-password-1');
    const wrong = await here.send('/api/auth/password', 'POST', { current: 'not-it-at-all', next: 'second-password-2' });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/当前密码不正确/);
    expect((await here.send('/api/auth/password', 'POST', { current: 'first-password-1', next: 'second-password-2' })).status).toBe(204);
    expect((await here.request('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.request('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.url).login('changer', 'first-password-1')).status).toBe(401);
    const { users } = await admin.json('/api/users');
    const id = users.find((u: { username: string }) => u.username === 'changer').id;
    expect((await admin.send(`/api/users/${id}/password`, 'POST', { password: 'reset-password-3' })).status).toBe(204);
    expect((await here.request('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.url).login('changer', 'reset-password-3')).status).toBe(200);
    expect((await here.send(`/api/users/${id}/password`, 'POST', { password: 'x' })).status).toBe(401);
  });

  it('shows the dashboard of departments by year with the latest version', async () => {
    await admin.settled();
    const dash = await admin.json('/api/dashboard');
    expect(dash.years).toContain(2024);
    const row = dash.rows.find((r: { department: string }) => r.department === '广元市医疗保障局');
    expect(row.cells['2024']).toMatchObject({ versions: 2, status: 'checked' });
    expect(dash.totals.documents).toBeGreaterThanOrEqual(4);
  });
});
