import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFile, checkText } from '../../check.js';

/** The whole rule set over the rongcheng sample: its official tables reconcile; 06 is missing. */
const SAMPLE = 'samples/rongcheng-city-2024.md';
const TABLE_RULE = /^(table|cross-table)\./;

describe('rongcheng-city-2024', () => {
  it('reports 公开06表 missing and no table/cross-table errors', async () => {
    const r = await checkFile(SAMPLE);
    const missing = r.findings.filter((f) => f.rule === 'completeness.table-06');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.severity).toBe('error');
    for (const id of ['01', '02', '03', '04', '05', '07', '08', '09']) {
      expect(r.findings.filter((f) => f.rule === `completeness.table-${id}`)).toEqual([]);
    }
    const errors = r.findings.filter((f) => TABLE_RULE.test(f.rule) && f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([]);
    // Rules needing 06 say so instead of guessing.
    const skipped = r.coverage.skipped.find((s) => s.rule === 'cross-table.05-06.basic');
    expect(skipped?.reason).toBe('未找到公开06表');
    // 07 and 08 are declared empty: their identities do not apply.
    expect(r.coverage.skipped.find((s) => s.rule === 'table.07.balance')?.status).toBe('not-applicable');
    // The tables were actually checked.
    const ran = r.outcomes.filter((o) => TABLE_RULE.test(o.rule) && o.status === 'ran').map((o) => o.rule);
    expect(ran).toEqual(expect.arrayContaining(['table.01.balance', 'table.05.row-sum', 'table.05.hierarchy', 'cross-table.05-04.total', 'table.09.total']));
  });

  it('names one wrong cell once (05 2101501 小计 126.26 → 162.26)', async () => {
    let text = await readFile(SAMPLE, 'utf8');
    const at = text.indexOf('公开05表');
    const row = '2101501\t行政运行\t126.26\t126.26\t0.00';
    const j = text.indexOf(row, at);
    expect(j).toBeGreaterThan(at);
    text = `${text.slice(0, j)}2101501\t行政运行\t162.26\t126.26\t0.00${text.slice(j + row.length)}`;
    const r = await checkText(text, { file: SAMPLE });
    const errors = r.findings.filter((f) => TABLE_RULE.test(f.rule) && f.severity === 'error');
    expect(errors).toHaveLength(1);
    const f = errors[0];
    expect(f?.message).toContain('162.26');
    expect(f?.message).toContain('2101501 行政运行');
    expect(f?.actual).toBe('162.26');
    expect(f?.expected).toBe('126.26');
    expect(f?.difference).toBe('36.00');
    expect(f?.locations[0]?.text).toBe('162.26');
  });

  it('names two cells of a row written in each other\'s place once, as a pair (05 21011 基本支出 6.70 ↔ 项目支出 0.00)', async () => {
    let text = await readFile(SAMPLE, 'utf8');
    const at = text.indexOf('公开05表');
    const row = '21011\t行政事业单位医疗\t6.70\t6.70\t0.00';
    const j = text.indexOf(row, at);
    expect(j).toBeGreaterThan(at);
    text = `${text.slice(0, j)}21011\t行政事业单位医疗\t6.70\t0.00\t6.70${text.slice(j + row.length)}`;
    const r = await checkText(text, { file: SAMPLE });
    const errors = r.findings.filter((f) => TABLE_RULE.test(f.rule) && f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^公开05表 21011 行政事业单位医疗 的“基本支出”0\.00 与“项目支出”6\.70 疑为两栏数字写反（互换）/);
    expect([errors[0]?.actual, errors[0]?.expected]).toEqual(['0.00；6.70', '6.70；0.00']);
    expect(errors[0]?.locations.slice(0, 2).map((l) => l.text)).toEqual(['0.00', '6.70']);
  });

  it('takes the explanation agreeing with the exchanged-back figure into the pair (05 合计 基本支出 ↔ 项目支出)', async () => {
    const lines = (await readFile(SAMPLE, 'utf8')).split('\n');
    expect(lines[257]).toBe('\t\t238.67\t157.38\t81.29');
    lines[257] = '\t\t238.67\t81.29\t157.38';
    const r = await checkText(lines.join('\n'), { file: SAMPLE });
    const serious = r.findings.filter((f) => f.severity !== 'info');
    const swap = serious.filter((f) => f.message.includes('疑为两栏数字写反'));
    expect(swap).toHaveLength(1);
    expect(swap[0]?.message).toContain('与互换后相符');
    expect(serious.filter((f) => f.locations.some((l) => l.line === 258))).toEqual(swap);
  });

  it('blames the 款 row exchanged, not the item below it that would come right by its own exchange (02 22102)', async () => {
    const lines = (await readFile(SAMPLE, 'utf8')).split('\n');
    expect(lines[168]).toBe('22102\t住房改革支出\t11.36\t11.36\t0.00\t0.00\t0.00\t0.00\t0.00');
    lines[168] = '22102\t住房改革支出\t11.36\t0.00\t11.36\t0.00\t0.00\t0.00\t0.00';
    const r = await checkText(lines.join('\n'), { file: SAMPLE });
    const errors = r.findings.filter((f) => TABLE_RULE.test(f.rule) && f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^公开02表 22102 住房改革支出 的“财政拨款收入”0\.00 与“上级补助收入”11\.36 疑为两栏数字写反/);
  });

  it('does not take one wrong cell for an exchange with a cell of its row', async () => {
    let text = await readFile(SAMPLE, 'utf8');
    const row = '21011\t行政事业单位医疗\t6.70\t6.70\t0.00';
    const j = text.indexOf(row, text.indexOf('公开05表'));
    text = `${text.slice(0, j)}21011\t行政事业单位医疗\t6.70\t0.00\t0.00${text.slice(j + row.length)}`;
    const r = await checkText(text, { file: SAMPLE });
    const errors = r.findings.filter((f) => TABLE_RULE.test(f.rule) && f.severity === 'error');
    expect(errors.map((f) => f.message).filter((m) => m.includes('互换'))).toEqual([]);
    expect(errors.length).toBeGreaterThanOrEqual(1);
  });

  it('reports a rounding tail as one info finding', async () => {
    let text = await readFile(SAMPLE, 'utf8');
    text = text.replace('<b>本年收入合计</b>\t<b>27</b>\t<b>238.67</b>', '<b>本年收入合计</b>\t<b>27</b>\t<b>238.68</b>');
    const r = await checkText(text, { file: SAMPLE });
    const own = r.findings.filter((f) => f.rule === 'table.01.income-total');
    expect(own).toHaveLength(1);
    expect(own[0]?.severity).toBe('info');
    expect(own[0]?.message).toContain('尾数差异，在四舍五入允许范围内');
    expect(own[0]?.tolerance).toContain('±');
  });
});
