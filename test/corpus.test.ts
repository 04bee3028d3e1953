import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { checkFile, extractBytes } from '../src/check.js';

// A real published document from another region, as text copied out of its PDF (see test/corpus/README.md).
const PUTUO = 'test/corpus/putuo-finance-bureau-2024.wrapped.txt';

describe('text copied out of a PDF (上海市普陀区财政局 2024)', () => {
  it('reports exactly its two real errors', async () => {
    const r = await checkFile(PUTUO);
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual]);
    expect(errors.sort()).toEqual(
      [
        ['arithmetic.share', '71.65%', '71.73%'],
        ['narrative.total-bounds', '≥ 2940.05万元', '0.3万元'],
      ].sort(),
    );
  });

  it('warns that 财政拨款收入支出总计 is said to be flat for a reason that is a fall', async () => {
    const r = await checkFile(PUTUO);
    const w = r.findings.find((f) => f.rule === 'arithmetic.flat-with-reason');
    expect(w?.severity).toBe('warning');
    expect(w?.locations[0]?.text).toMatch(/持平。主要原因：.*减少支付/);
  });

  it('joins hard-wrapped lines so that figures stay with their subjects', async () => {
    const r = await checkFile(PUTUO);
    // "…主要用于：局本部人员经费及公用经费等的基本支出。年初预算为1560.05万元" is the 行政运行 item's budget.
    const detail = r.findings.filter((f) => f.rule === 'narrative.detail-sum');
    expect(detail.every((f) => f.severity === 'info')).toBe(true);
    expect(r.findings.some((f) => f.rule === 'narrative.same-subject')).toBe(false);
  });

  it('locates each figure on the source line it is printed on, not at the paragraph start', async () => {
    const doc = await extractBytes(PUTUO, new Uint8Array(await readFile(PUTUO)));
    const item = doc.claims.find((c) => c.subject.key === 'fc:2080505' && c.budget?.amount);
    // "6、…机关事业单位基本养老 / 保险缴费支出（项）。主要用于：…。年初预算为 / 161.62万元…": lines 463–465.
    expect(item?.location.line).toBe(463);
    expect(item?.budget?.amount?.location.line).toBe(465);
    // "…一般公共服务支出 / （类）2106.66万元，占71.73%；…住房保障支出（类）445.69万元，占 / 15.16%；"
    const shares = doc.claims.filter((c) => /^fc:2\d\d$/.test(c.subject.key) && c.share).map((c) => [c.subject.key, c.location.line, c.share?.rate.location.line]);
    expect(shares).toEqual([
      ['fc:201', 438, 439],
      ['fc:208', 438, 439],
      ['fc:210', 438, 440],
      ['fc:221', 438, 441],
    ]);
  });

  it('treats tables it could not read as unread, not as empty or missing', async () => {
    const r = await checkFile(PUTUO);
    expect(r.coverage.tablesFound).toHaveLength(9);
    expect(r.findings.some((f) => f.rule === 'completeness.empty-statement' || f.rule.startsWith('completeness.table-0'))).toBe(false);
    expect(r.findings.some((f) => f.rule === 'narrative-table.item-05')).toBe(false);
    const skipped = r.coverage.skipped.filter((s) => /未能读取其数据/.test(s.reason));
    expect(skipped.length).toBeGreaterThan(5);
  });

  it('reads its glossary and its 单位构成 section', async () => {
    const r = await checkFile(PUTUO);
    expect(r.findings.some((f) => f.rule === 'glossary.present' || f.rule === 'completeness.section-organization')).toBe(false);
  });
});

describe('the same document with its 公开05表 as a DOCX-to-text conversion gives it', () => {
  const FILE = 'test/corpus/putuo-finance-bureau-2024.table05.txt';

  it('reads table 05 in the Shanghai layout and reconciles it with the explanation', async () => {
    const r = await checkFile(FILE);
    expect(r.coverage.tablesUnread.map((u) => u.id)).not.toContain('05');
    const doc = await extractBytes(FILE, new Uint8Array(await readFile(FILE)));
    const t05 = doc.tables.find((t) => t.id === '05');
    expect(t05?.rows.find((x) => x.code === '2010601')?.cells).toMatchObject({ total: { value: '1511.89' }, basic: { value: '1503.52' }, project: { value: '8.37' } });
    expect(r.findings.filter((f) => f.rule.startsWith('narrative-table.') && f.severity !== 'info')).toEqual([]);
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort();
    expect(errors).toEqual(['arithmetic.share', 'narrative.total-bounds']);
    expect(r.findings.filter((f) => f.rule === 'table.05.hierarchy').every((f) => f.severity === 'info')).toBe(true);
  });
});
