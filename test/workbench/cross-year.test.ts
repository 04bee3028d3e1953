import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import type { RunningServer } from '../../src/server/serve.js';
import { BACKENDS, testServer } from './backends.js';
import { ApiClient } from './client.js';

const ADMIN_PASSWORD = 'admin-pass-for-tests-1';

/**
 * Two years of one department, built from one real document. The corpus has no department published
 * in two consecutive years, so the 2024 document of 广元市医疗保障局 (samples/) is the year-2024 side and
 * its 2025 side is made from it:
 *
 * 1. Every year moves on by one (2024 → 2025, 2023 → 2024): the 2025 text now compares itself with 2024.
 * 2. In each sentence that gives this year's amount and a decrease against last year ("收、支总计
 *    2280.29万元。与2024年度相比…减少219.28万元"), this year's amount becomes last year's minus the
 *    decrease (2061.01): current − change is then exactly the figure the 2024 document published
 *    (2280.29), as a real 2025 document would have it. The "无变化" sentences (因公出国（境）费 0,
 *    外事接待 0) already agree with 2024's figures. This is the consistent variant: no cross-year warning.
 * 3. The inconsistent variant changes one figure of the consistent one: 机关运行经费 "减少0.53万元"
 *    becomes "减少0.35万元", so 108.80 + 0.35 = 109.15 is said of 2024, which published 109.33.
 *
 * Only the cross-year findings are asserted; the edits leave other sentences (shares, rates) of the
 * 2025 text as they were, which the single-document rules judge on their own.
 */
function shiftYears(text: string): string {
  return text.replace(/(?<![\d.])(2023|2024)(?![\d.])/g, (y) => String(Number(y) + 1));
}

const ANCHOR = /(收、支总计|一般公共预算财政拨款支出|“三公”经费财政拨款支出决算为|公务接待费支出|机关运行经费支出)(\d+(?:\.\d+)?)/;

function restateCurrent(text: string): { text: string; edits: string[] } {
  const edits: string[] = [];
  const lines = text.split('\n').map((line) => {
    const decrease = /(?:比|较|与)(?:上年度|2024年度)[^。]*?减少(\d+(?:\.\d+)?)万元/.exec(line);
    const cur = ANCHOR.exec(line);
    if (!decrease || !cur) return line;
    const restated = new Decimal(cur[2] as string).minus(decrease[1] as string).toFixed(2);
    edits.push(`${cur[1]}${cur[2]} → ${restated}`);
    return line.replace(ANCHOR, `$1${restated}`);
  });
  return { text: lines.join('\n'), edits };
}

describe.each(BACKENDS)('cross-year findings on $name', ({ server: pgServer }) => {
  let server: RunningServer;
  let close: (() => Promise<void>) | null = null;
  let admin: ApiClient;
  let y2024: Uint8Array;
  let good2025: Uint8Array;
  let bad2025: Uint8Array;
  const ids = { bad: 0, good: 0, y2024: 0 };

  beforeAll(async () => {
    const original = await readFile(new URL('../../samples/guangyuan-city-2024.txt', import.meta.url), 'utf8');
    y2024 = new TextEncoder().encode(original);
    const restated = restateCurrent(shiftYears(original));
    // The six sentences with a decrease against last year, each restated once.
    expect(restated.edits).toEqual([
      '收、支总计2280.29 → 2061.01',
      '收、支总计2280.29 → 2061.18',
      '一般公共预算财政拨款支出2280.29 → 2061.18',
      '“三公”经费财政拨款支出决算为2.75 → 1.97',
      '公务接待费支出2.75 → 1.97',
      '机关运行经费支出109.33 → 108.80',
    ]);
    good2025 = new TextEncoder().encode(restated.text);
    const bad = restated.text.replace('机关运行经费支出108.80万元，比2024年度减少0.53万元', '机关运行经费支出108.80万元，比2024年度减少0.35万元');
    expect(bad).not.toBe(restated.text);
    bad2025 = new TextEncoder().encode(bad);

    ({ server, admin, close } = await testServer(pgServer, ADMIN_PASSWORD));
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  const upload = async (name: string, bytes: Uint8Array) => {
    const res = await admin.upload([{ name, bytes }]);
    expect(res.status).toBe(201);
    const out = (await res.json()) as { documents: { document: { id: number } }[] };
    await admin.settled();
    return out.documents[0]?.document.id as number;
  };
  const crossYear = async (id: number) =>
    ((await admin.json(`/api/documents/${id}/findings`)) as { findings: { rule: string; category: string; categoryLabel: string; severity: string; message: string; expected: string; actual: string; locations: { line: number | null; text: string }[] }[] }).findings.filter(
      (f) => f.category === 'cross-year',
    );

  it('finds nothing across years while last year is not stored', async () => {
    ids.bad = await upload('广元市医疗保障局2025年度部门决算（改写，一处不符）.txt', bad2025);
    const detail = await admin.json(`/api/documents/${ids.bad}`);
    expect(detail.document).toMatchObject({ status: 'checked', department: '广元市医疗保障局', year: 2025 });
    expect(await crossYear(ids.bad)).toEqual([]);
  });

  it('compares the stored 2025 document when its 2024 document arrives: one warning quoting both figures and both documents', async () => {
    ids.y2024 = await upload('guangyuan-city-2024.txt', y2024);
    expect(await crossYear(ids.y2024)).toEqual([]);
    const found = await crossYear(ids.bad);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({ rule: 'cross-year.prior-figures', categoryLabel: '跨年度', severity: 'warning', expected: '109.33万元', actual: '109.15万元' });
    expect(f?.message).toContain('108.80万元');
    expect(f?.message).toContain('0.35万元');
    expect(f?.message).toContain('2025年度文件「广元市医疗保障局2025年度部门决算（改写，一处不符）.txt」');
    expect(f?.message).toContain('2024年度文件「guangyuan-city-2024.txt」');
    expect(f?.message).toContain('第127行');
    expect(f?.locations[0]?.text).toContain('机关运行经费支出108.80万元');
    const dashboard = await admin.json('/api/dashboard');
    expect(dashboard.totals.byCategory['cross-year']).toBe(1);
  });

  it('finds the consistent 2025 version in agreement with 2024', async () => {
    ids.good = await upload('广元市医疗保障局2025年度部门决算（改写，一致）.txt', good2025);
    const detail = await admin.json(`/api/documents/${ids.good}`);
    expect(detail.document).toMatchObject({ status: 'checked', year: 2025, version: 2 });
    expect(await crossYear(ids.good)).toEqual([]);
  });

  it('writes the same cross-year finding once however often a document is checked again', async () => {
    expect((await admin.request(`/api/documents/${ids.bad}/recheck`, { method: 'POST' })).status).toBe(200);
    await admin.settled();
    expect((await admin.request(`/api/documents/${ids.y2024}/recheck`, { method: 'POST' })).status).toBe(200);
    await admin.settled();
    const found = await crossYear(ids.bad);
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([['cross-year.prior-figures', '109.33万元', '109.15万元']]);
  });

  it('compares again when a correction moves a document to another year', async () => {
    // Said to be 2026, the document is compared with 2025's latest version (the consistent one), not
    // 2024's: what it says of its "prior year" now disagrees with the restated 2025 figures.
    expect((await admin.send(`/api/documents/${ids.bad}`, 'PATCH', { year: 2026 })).status).toBe(200);
    const moved = await crossYear(ids.bad);
    expect(moved.map((f) => [f.expected, f.actual])).toContainEqual(['108.80万元', '109.15万元']);
    expect(moved.map((f) => [f.expected, f.actual])).toContainEqual(['2061.01万元', '2280.29万元']);
    for (const f of moved) expect(f.message).toContain('2025年度文件「广元市医疗保障局2025年度部门决算（改写，一致）.txt」');
    expect((await admin.send(`/api/documents/${ids.bad}`, 'PATCH', { year: 2025 })).status).toBe(200);
    expect((await crossYear(ids.bad)).map((f) => [f.expected, f.actual])).toEqual([['109.33万元', '109.15万元']]);
  });
});
