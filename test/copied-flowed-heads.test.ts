import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkDisclosure, checkFile, extractBytes } from '../src/check.js';
import '../src/extract/register.js';

// pdftotext -layout of a Chromium A5 print's 公开02表 and 03表: the header words set by the flow of
// each line, not over their columns ("基本支 项目支 上缴上" over "合计 出 出 级支出").
const FIXTURE = 'test/fixtures/cr-layout-02-03-flowed-heads.txt';
const text = () => readFile(FIXTURE, 'utf8');
const read = async (t: string) => extractBytes('copy.txt', new TextEncoder().encode(t));
const columns = (t: { rows: { cells: Record<string, unknown> }[]; unreadColumns?: string[] } | undefined) =>
  [...new Set([...(t?.rows ?? []).flatMap((r) => Object.keys(r.cells)), ...(t?.unreadColumns ?? [])])].sort();

describe('a copied table whose header words are set by the flow of the text', () => {
  it('names the columns its wrapped cells spell, as many as the figures of its rows, and reads them', async () => {
    const d = await read(await text());
    const t3 = d.tables.find((x) => x.id === '03');
    expect(columns(t3)).toEqual(['basic', 'operating', 'project', 'toAffiliated', 'toSuperior', 'total']);
    expect(t3?.unreadColumns).toBeUndefined();
    const total = t3?.rows.find((r) => r.key === 'total');
    expect([total?.cells.basic?.value, total?.cells.project?.value]).toEqual(['157.38', '81.29']);
    expect(columns(d.tables.find((x) => x.id === '02'))).toEqual(['affiliated', 'business', 'fiscal', 'operating', 'other', 'superior', 'total']);
    const r = await checkFile(FIXTURE);
    expect(r.findings.filter((f) => f.rule === 'completeness.table-columns')).toEqual([]);
  });

  it('leaves the columns unread, with no missing-column warning, where its rows print more figures than it names', async () => {
    // The 02's 上级补助收入 cell set out of order ("助收入" over "上级补"): the name is not spelt.
    const scrambled = (await text()).replace('本年收 财政拨 上级补 事业', '本年收 财政拨 助收入 事业').replace('入合计 款收入 助收入 收入', '入合计 款收入 上级补 收入');
    const d = await read(scrambled);
    const t2 = d.tables.find((x) => x.id === '02');
    expect(t2?.unreadColumns).toContain('superior');
    expect(checkDisclosure(d).findings.filter((f) => f.rule === 'completeness.table-columns')).toEqual([]);
  });

  it('takes the spelt columns in the form’s order only where the rows add up so (a print with 合计 last)', async () => {
    // The 03 printed with its 本年支出合计 column last: each row's first figure moved to its end.
    const [before, after] = (await text()).split('支出决算表');
    const moved = (after as string)
      .replace('本年支出 基本支 项目支 上缴上 经营 对附属单', '基本支 项目支 上缴上 经营 对附属单 本年支出')
      .replace(/^(.*?)(\d[\d,]*\.\d\d)( +)(.*\d\.\d\d)$/gm, '$1$4$3$2');
    const d = await read(`${before}支出决算表${moved}`);
    const total = d.tables.find((x) => x.id === '03')?.rows.find((r) => r.key === 'total');
    expect(total?.cells.basic?.value).not.toBe('81.29');
    expect(total?.cells.total?.value).not.toBe('157.38');
  });
});

// pdftotext -layout of the rongcheng 03 printed turned (test/corpus/pdf/rongcheng-city-2024.rotated.pdf):
// "本年支出 基本支出 项目支出 上缴上级 经营支出 对附属单" set apart from their figures, three of six placed.
describe('a copied table whose header names stand apart from their figures', () => {
  it('leaves the standard columns it could not place unread, with no missing-column warning', async () => {
    const FILE = 'test/fixtures/rot-layout-03-header-apart.txt';
    const d = await read(await readFile(FILE, 'utf8'));
    const t3 = d.tables.find((x) => x.id === '03');
    expect(t3?.rows.find((r) => r.key === 'total')?.cells.total?.value).toBe('238.67');
    expect([...(t3?.unreadColumns ?? [])].sort()).toEqual(expect.arrayContaining(['basic', 'operating', 'project']));
    expect(checkDisclosure(d).findings.filter((f) => f.rule === 'completeness.table-columns')).toEqual([]);
  });
});
