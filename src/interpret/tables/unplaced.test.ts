import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import type { PublicTable } from '../../model/disclosure.js';

// A 收入决算表 copied out of a PDF: no column positions, blank cells leave no trace, so a row's two
// figures may stand in any two of the seven columns.
const T02 = (rows: string[]) =>
  [
    '收入决算表',
    '公开02表',
    '单位：万元',
    '项目',
    '本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入',
    '科目编码 科目名称',
    ...rows,
    '注：本表反映部门本年度取得的各项收入情况。',
  ].join('\n');

const ROWS = [
  '合计 350.00 300.00 50.00',
  '207 文化旅游体育与传媒支出 350.00 300.00 50.00',
  '20701 文化和旅游 350.00 300.00 50.00',
  '2070101 行政运行 100.00 100.00',
  '2070108 文化活动 200.00 200.00',
  '2070109 群众文化 50.00 50.00',
];

async function table02(rows: string[]): Promise<PublicTable | undefined> {
  const d = await extractBytes('t02.txt', new TextEncoder().encode(T02(rows)));
  return d.tables.find((t) => t.id === '02');
}

const row = (t: PublicTable | undefined, code: string) => t?.rows.find((r) => r.code === code);

describe('a copied row whose figures fit no placement of its columns', () => {
  it('keeps its total read and its other figures unplaced, where the table reads consistently otherwise', async () => {
    const t = await table02(ROWS.map((r) => r.replace('2070108 文化活动 200.00 200.00', '2070108 文化活动 200.00 2,000.00')));
    const r = row(t, '2070108');
    expect(r?.cells.total?.raw).toBe('200.00');
    expect(r?.unplaced?.map((f) => f.raw)).toEqual(['2,000.00']);
    // The total column stays read for the whole table, so its hierarchy can still be checked.
    expect(row(t, '20701')?.cells.total?.raw).toBe('350.00');
  });

  it('leaves a row that fits a placement without unplaced figures', async () => {
    const t = await table02(ROWS);
    expect(row(t, '2070108')?.unplaced).toBeUndefined();
    expect(row(t, '2070108')?.cells.total?.raw).toBe('200.00');
  });

  it('reports the unplaced figure as wrong when the total agrees with its column', async () => {
    const r = await checkText(T02(ROWS.map((x) => x.replace('2070108 文化活动 200.00 200.00', '2070108 文化活动 200.00 2,000.00'))), { file: 't02.txt' });
    const f = r.findings.filter((x) => x.rule === 'table.02.row-sum');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.actual).toBe('2,000.00');
    expect(f[0]?.expected).toBe('200.00');
    expect(f[0]?.message).toContain('所在栏未能确定');
  });

  it('reports the total once when it is the figure that breaks both its row and its column', async () => {
    const r = await checkText(T02(ROWS.map((x) => x.replace('2070108 文化活动 200.00 200.00', '2070108 文化活动 2,000.00 200.00'))), { file: 't02.txt' });
    // (The fragment prints only this table: the others are reported missing, which is not this test's.)
    const errors = r.findings.filter((x) => x.severity === 'error' && x.rule.startsWith('table.'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.actual).toBe('2,000.00');
    expect(errors[0]?.message).toContain('2项勾稽关系均不成立');
  });

  it('reports nothing on the table as printed', async () => {
    const r = await checkText(T02(ROWS), { file: 't02.txt' });
    expect(r.findings.filter((x) => x.rule.startsWith('table.02') && x.severity !== 'info')).toEqual([]);
  });
});
