import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/server/analysis.js';
import type { RunningServer } from '../../src/server/serve.js';
import { BACKENDS, testServer } from './backends.js';
import { ApiClient } from './client.js';

const ADMIN_PASSWORD = 'admin-pass-for-tests-1';
const sample = (name: string) => readFile(new URL(`../../samples/${name}`, import.meta.url));

/**
 * GET /api/analysis over two real documents: 荣成 (tables read, 09 and 03 among them) and 昌吉 (text
 * only, figures from the explanation). Every amount is the exact decimal string the document prints
 * (thousands separators dropped: "1,222.68" → "1222.68").
 */
describe.each(BACKENDS)('analysis API on $name', ({ server: pgServer }) => {
  let server: RunningServer;
  let close: (() => Promise<void>) | null = null;
  let admin: ApiClient;
  const ids = { rongcheng: 0, changji: 0 };

  beforeAll(async () => {
    ({ server, admin, close } = await testServer(pgServer, ADMIN_PASSWORD));
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  it('is empty before anything is checked, and documented', async () => {
    expect(await admin.json('/api/analysis')).toEqual({ documents: 0, threePublic: [], structure: [], execution: [], performance: [] });
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths)).toContain('/api/analysis');
    expect(Object.keys(doc.components.schemas)).toContain('Analysis');
    expect((await fetch(`${server.url}/api/analysis`)).status).toBe(401);
  });

  it('charts two uploaded documents with their figures as printed', async () => {
    const res = await admin.upload([
      { name: 'rongcheng-city-2024.md', bytes: await sample('rongcheng-city-2024.md') },
      { name: 'changji-prefecture-2024.txt', bytes: await sample('changji-prefecture-2024.txt') },
    ]);
    expect(res.status).toBe(201);
    const out = (await res.json()) as { documents: { document: { id: number; fileName: string } }[] };
    for (const d of out.documents) ids[d.document.fileName.startsWith('rongcheng') ? 'rongcheng' : 'changji'] = d.document.id;
    await admin.settled();
    const a = await admin.json<Analysis>('/api/analysis');
    expect(a.documents).toBe(2);
    const of = <T extends { documentId: number }>(list: T[], id: number) => list.filter((x) => x.documentId === id);

    // 三公: 荣成 from its table 09 (决算数), 昌吉 from the explanation.
    expect(of(a.threePublic, ids.rongcheng)).toEqual([
      { documentId: ids.rongcheng, year: 2024, region: '荣成市', department: '荣成市医疗保障局', source: 'table', total: '0.94', abroad: '0.00', vehicle: '0.00', reception: '0.94', budgetTotal: '0.94' },
    ]);
    expect(of(a.threePublic, ids.changji)).toEqual([
      { documentId: ids.changji, year: 2024, region: '昌吉回族自治州', department: '昌吉回族自治州医疗保障局', source: 'text', total: '7.65', abroad: '0.00', vehicle: '7.32', reception: '0.34', budgetTotal: '7.65' },
    ]);

    // Structure: 荣成's table 03 合计 row and its classes; 昌吉's "本年支出1,238.51万元，其中：基本支出608.04万元…".
    const [rs] = of(a.structure, ids.rongcheng);
    expect(rs).toMatchObject({ source: 'table', total: '238.67', basic: '157.38', project: '81.29', classesSource: '03' });
    expect(rs?.classes).toEqual([
      { code: '208', name: '社会保障和就业支出', amount: '13.06' },
      { code: '210', name: '卫生健康支出', amount: '214.25' },
      { code: '221', name: '住房保障支出', amount: '11.36' },
    ]);
    expect(of(a.structure, ids.changji)[0]).toMatchObject({ source: 'text', total: '1238.51', basic: '608.04', project: '630.47' });

    // Execution: "年初预算数为2,060.9万元，支出决算数为238.67万元，完成年初预算数的11.58%" — the rate recomputed exactly.
    expect(of(a.execution, ids.rongcheng).find((x) => x.key === 'general.expense')).toMatchObject({
      basis: 'initial',
      budget: '2060.9',
      actual: '238.67',
      statedRate: '11.58',
      rate: '11.58',
    });
    expect(of(a.execution, ids.changji).find((x) => x.key === 'general.expense')).toMatchObject({ basis: 'initial', budget: '1120.42', actual: '1222.68', rate: '109.13' });

    // Performance: 荣成's eight project sheets with their totals as printed.
    const [rp] = of(a.performance, ids.rongcheng);
    expect(rp?.projectCount).toBe(8);
    expect(rp?.projects).toContainEqual({ name: '医疗保险基金征缴经费补助', score: '97.63', grade: null });
    expect(rp?.projects).toContainEqual({ name: '医保一图清服务平台', score: '0', grade: null });
    // (97.63 + 98 + 91.14 + 0 + 90.4 + 90.2 + 90 + 90) / 8 = 80.92125
    expect(rp?.projectMean).toBe('80.92');
    expect(of(a.performance, ids.changji)[0]?.projects).toContainEqual({ name: '长期护理保险工作经费', score: '84.82', grade: null });
  });

  it('shows an officer only their own department', async () => {
    const csv = '地区,部门,单位\n荣成市,荣成市医疗保障局,\n';
    const form = new FormData();
    form.append('file', new Blob([csv]), 'orgs.csv');
    await admin.json('/api/orgs/import', { method: 'POST', body: form });
    const { orgs } = await admin.json('/api/orgs');
    const rongcheng = orgs.find((o: { name: string }) => o.name === '荣成市医疗保障局');
    expect((await admin.send('/api/users', 'POST', { username: 'officer-rc', displayName: 'officer-rc', password: 'officer-pass-123', role: 'officer', orgId: rongcheng.id })).status).toBe(201);
    const officer = new ApiClient(server.url);
    await officer.login('officer-rc', 'officer-pass-123');
    const a = await officer.json<Analysis>('/api/analysis');
    expect(a.documents).toBe(1);
    expect(a.threePublic.map((x) => x.department)).toEqual(['荣成市医疗保障局']);
  });
});
