import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFile, extractBytes } from '../src/check.js';
import '../src/extract/register.js';

// pdftotext -layout of juesuan's own composed PDF (examples/health-commission-2024.yaml in the Shanghai
// template, printed by LibreOffice): consistent by construction, so every error read from it is false.
const COPY = 'test/fixtures/composed/health-commission-shanghai.layout.txt';
// The same with every amount ×1000: figures too wide for their cells wrap ("464000.0" / "0").
const WIDE = 'test/fixtures/composed/health-commission-shanghai-x1000.layout.txt';
// The same composed with its figure columns fitted to them: the names wrap over three lines, 02 runs onto a
// second page, and the first row's name there begins on the repeated header's last line ("科目名称住房改革支").
const LONG = 'test/fixtures/composed/health-commission-shanghai-x1000-fitted.layout.txt';
// Its HTML printed by Chromium and copied the same way: cells a single space apart, 06's heads run together
// ("决算数 科目代码") and a wrapped name's figure beside its last line ("30108 机关事业单位基本养老保险" / "缴费 36400.00").
const CHROMIUM = 'test/fixtures/composed/health-commission-shanghai-x1000.chromium-layout.txt';

const model = async (file: string) => extractBytes(file, new Uint8Array(await readFile(file)));
const cells = (d: Awaited<ReturnType<typeof model>>, id: string) =>
  Object.fromEntries((d.tables.find((t) => t.id === id)?.rows ?? []).map((r) => [r.key, Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c?.value]))]));

describe('a layout copy of a composed document', () => {
  it('reads 01 whole though a dashed page number ("—5—") ends its page', async () => {
    const t = cells(await model(COPY), '01');
    expect(t['inc.fund']).toEqual({ amount: '80.00' });
    expect(t['exp.class:221']).toEqual({ amount: '27.60' });
    expect(t['exp.grand']).toEqual({ amount: '624.10' });
  });

  it("gives the balance's parts by fund their own rows where each name is centred on its line number", async () => {
    const t = cells(await model(COPY), '04');
    expect(t['inc.opening']).toEqual({ amount: '12.00' });
    expect(t['inc.opening.general']).toEqual({ amount: '0.00' });
    expect(t['inc.opening.fund']).toEqual({ amount: '12.00' });
    expect(t['inc.opening.capital']).toEqual({ amount: '0.00' });
  });

  it('gives no error and reads all nine tables', async () => {
    const r = await checkFile(COPY);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
    expect(r.coverage.tablesFound).toHaveLength(9);
  });

  it('reads no table whose figures were cut in copying, and says so, rather than give false errors', async () => {
    const r = await checkFile(WIDE);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
    const unread = r.coverage.unread.join('\n');
    expect(unread).toMatch(/公开03表为复制文本，数字在复制中被拆断（“607600\.0”与“0”上下分开）/);
    expect(unread).toMatch(/公开04表为复制文本，数字在复制中被拆断/);
  });

  it('reads no table in part where its second page could not be joined, though a name runs into its repeated header', async () => {
    const r = await checkFile(LONG);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
    expect(r.coverage.unread.join('\n')).toMatch(/公开02表的续表（第7页 第153行）与首页的栏目排法不同/);
  });

  it("reads 06's second block though its code head ran into the first block's amount head, and a figure beside a wrapped name's last line", async () => {
    const t = cells(await model(CHROMIUM), '06');
    expect(t['30108']).toEqual({ amount: '36400.00' });
    expect(t['30228']).toEqual({ amount: '6000.00' });
    expect(t['public.total']).toEqual({ amount: '55500.00' });
    const r = await checkFile(CHROMIUM);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
  });
});
