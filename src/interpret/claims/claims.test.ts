import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { ALL_RULES } from '../../rules/index.js';
import { md } from '../../rules/arithmetic/lib.js';

const SAMPLES = new URL('../../../samples/', import.meta.url);
const text = (f: string) => readFile(new URL(f, SAMPLES), 'utf8');
const model = async (f: string): Promise<Disclosure> => extractBytes(f, new TextEncoder().encode(await text(f)));

function find(doc: Disclosure, key: string, pred: (c: Claim) => boolean = () => true): Claim {
  const c = doc.claims.find((x) => x.subject.key === key && pred(x));
  if (!c) throw new Error(`no claim for ${key}`);
  return c;
}

describe('claims read from the samples', () => {
  it('guangyuan: totals, shares, unitless figure, execution, counts, performance report', async () => {
    const d = await model('guangyuan-city-2024.txt');
    const total = find(d, 'total');
    expect(total.amount?.value).toBe('2280.29');
    expect(total.change).toMatchObject({ direction: 'decrease', against: 'prior' });
    expect(total.change?.amount?.value).toBe('219.28');
    expect(total.change?.rate?.value).toBe('8.77');
    const basic = find(d, 'expense.basic', (c) => c.section === 'explain.expense');
    expect(basic.amount?.value).toBe('816.48');
    expect(basic.share?.rate.value).toBe('35.81');
    expect(find(d, 'expense.total', (c) => c.id === basic.parent).amount?.value).toBe('2280.29');
    const fiscal = find(d, 'fiscal.total');
    expect(fiscal.amount).toMatchObject({ value: '2280.29', unit: null });
    const item = find(d, 'fc:2101501');
    expect(item.amount?.value).toBe('587.03');
    expect(item.subject.names).toEqual(['卫生健康', '医疗保障管理事务', '行政运行']);
    expect(item.budget?.executionRate?.value).toBe('100');
    expect(find(d, 'threePublic.total').budget?.words).toContain('持平');
    expect(find(d, 'threePublic.receptionDomestic', (c) => c.count?.unit === '人次').count?.value.value).toBe('136');
    expect(find(d, 'threePublic.vehicleStock').count?.value.value).toBe('0');
    expect(find(d, 'performance.projectsWithTargets').count?.value.value).toBe('16');
    const perfBasic = find(d, 'expense.basic', (c) => c.section === 'performance.report' && c.amount != null);
    expect(perfBasic.amount?.value).toBe('816.49');
    expect(find(d, 'income.opening').amount?.value).toBe('0.15');
    expect(find(d, 'expense.basic', (c) => c.budget?.basis === 'initial').budget?.amount?.value).toBe('776.13');
    expect(find(d, 'project:大病医疗救助费用').amount?.value).toBe('140');
  });

  it('rongcheng: carried subject, 各减少, budget basis, zero change, procurement enumeration', async () => {
    const d = await model('rongcheng-city-2024.md');
    const fiscalIncome = find(d, 'income.fiscal', (c) => c.change != null);
    expect(fiscalIncome.amount?.value).toBe('238.67');
    expect(fiscalIncome.change?.rate?.value).toBe('27.96');
    const project = find(d, 'expense.project', (c) => c.share != null);
    expect(project.share?.rate.value).toBe('34.06');
    const g = find(d, 'general.expense', (c) => c.budget?.amount != null);
    expect(g.budget).toMatchObject({ basis: 'initial' });
    expect(g.budget?.amount?.value).toBe('2060.9');
    expect(g.budget?.executionRate?.value).toBe('11.58');
    const items = d.claims.filter((c) => c.parent === g.id);
    expect(items.map((c) => c.subject.key)).toEqual(['fc:2080505', 'fc:2101101', 'fc:2101501', 'fc:2101505', 'fc:2210201']);
    expect(find(d, 'income.superior').change).toMatchObject({ direction: 'increase' });
    expect(find(d, 'procurement.services').amount?.value).toBe('10.36');
    expect(find(d, 'operatingCost').change?.against).toBe('budget');
    expect(find(d, 'threePublic.abroad', (c) => c.count?.unit === '团组').count?.value.value).toBe('0');
    expect(find(d, 'performance.grade:优').count?.value.value).toBe('7');
    expect(find(d, 'project:特殊群体医疗费（二）').budget?.executionRate?.value).toBe('1.6');
  });

  it('changji: thousands separators, 其中 across sentences, diff rate, 类 structure', async () => {
    const d = await model('changji-prefecture-2024.txt');
    expect(find(d, 'income.grand').amount?.value).toBe('1239.70');
    expect(find(d, 'income.opening').amount?.value).toBe('1.30');
    expect(find(d, 'total').change?.amount?.value).toBe('308.78');
    const fiscal = find(d, 'fiscal.total', (c) => c.budget != null);
    expect(fiscal.budget?.diffRate?.value).toBe('9.13');
    expect(fiscal.budget?.amount?.value).toBe('1120.42');
    const three = find(d, 'threePublic.total');
    const parts = d.claims.filter((c) => c.parent === three.id).map((c) => c.subject.key);
    expect(parts).toEqual(['threePublic.abroad', 'threePublic.vehicle', 'threePublic.reception']);
    expect(find(d, 'fc:210').share?.rate.value).toBe('89.37');
    expect(find(d, 'fc:2080501').change?.rate?.value).toBe('100.00');
    expect(find(d, 'general.expense').share?.base).toBe('expense.total');
    expect(find(d, 'assets.vehicles').count?.value.value).toBe('1');
  });
  it('reads “新增” against last year as an increase from zero, and a sum added in the year as no change', async () => {
    const h = '九、财政拨款“三公”经费支出决算情况说明';
    const read = (p: string) => extractBytes('case.md', new TextEncoder().encode(md(h, p)));
    const fresh = find(await read('2024年度因公出国（境）费支出3.60万元。与2023年度相比，因公出国（境）费新增3.60万元，上年无此项支出。'), 'threePublic.abroad');
    expect(fresh.amount?.value).toBe('3.60');
    expect(fresh.change).toMatchObject({ direction: 'increase', against: 'prior', words: ['新增'] });
    expect(fresh.change?.amount?.value).toBe('3.60');
    const added = find(await read('2024年度因公出国（境）费支出3.60万元，年中新增1.20万元。'), 'threePublic.abroad');
    expect(added.change ?? null).toBeNull();
  });

  it('reads 减 or 增 alone after the base or a comma, and 减少支出, as a direction, and not 核减', async () => {
    const h = '九、财政拨款“三公”经费支出决算情况说明';
    const read = (p: string) => extractBytes('case.md', new TextEncoder().encode(md(h, p)));
    const short = find(await read('2024年度公务接待费支出决算1.50万元，比上年减7.60万元，减83.52%。'), 'threePublic.reception');
    expect(short.change).toMatchObject({ direction: 'decrease', against: 'prior' });
    expect([short.change?.amount?.value, short.change?.rate?.value]).toEqual(['7.60', '83.52']);
    const noun = find(await read('2024年度“三公”经费支出1360.13万元，比上年减少支出613.80万元，下降36.0%。'), 'threePublic.total');
    expect(noun.change).toMatchObject({ direction: 'decrease', against: 'prior' });
    expect(noun.change?.amount?.value).toBe('613.80');
    const audited = find(await read('2024年度公务接待费支出决算1.50万元，经审计核减0.20万元。'), 'threePublic.reception');
    expect(audited.change ?? null).toBeNull();
  });
});

/** Plants one wrong figure in a real sample and checks the checker names it (and only as one error). */
async function mutate(file: string, from: string, to: string) {
  const t = await text(file);
  expect(t.includes(from), `sample contains ${from}`).toBe(true);
  const report = await checkText(t.replace(from, to), { file, rules: ALL_RULES });
  return report.findings.filter((f) => f.severity === 'error');
}

describe('planted mistakes are named', () => {
  it('a wrong share', async () => {
    const errs = await mutate('guangyuan-city-2024.txt', '基本支出816.48万元，占35.81%', '基本支出816.48万元，占38.51%');
    const hit = errs.filter((f) => f.rule === 'arithmetic.share');
    expect(hit.length).toBe(1);
    expect(hit[0]?.actual).toBe('38.51%');
    expect(hit[0]?.expected).toBe('35.81%');
    expect(errs.some((f) => f.rule === 'arithmetic.share-sum')).toBe(false);
  });

  it('a wrong change rate', async () => {
    const errs = await mutate('rongcheng-city-2024.md', '减少107.66万元，下降56.98%', '减少107.66万元，下降59.68%');
    const hit = errs.find((f) => f.rule === 'arithmetic.change-rate');
    expect(hit?.actual).toBe('59.68%');
    expect(hit?.expected).toBe('56.98%');
  });

  it('a wrong direction word', async () => {
    const errs = await mutate('changji-prefecture-2024.txt', '比上年决算减少309.38万元，下降43.46%', '比上年决算增加309.38万元，下降43.46%');
    expect(errs.some((f) => f.rule === 'arithmetic.change-direction' && /增加/.test(f.message))).toBe(true);
  });

  it('a direction word flipped on both figures is named as a direction problem', async () => {
    const errs = await mutate('changji-prefecture-2024.txt', '减少2.01万元，下降13.66%', '增加2.01万元，增长13.66%');
    const hit = errs.find((f) => f.rule === 'arithmetic.change-rate');
    expect(hit?.message).toMatch(/方向词/);
  });

  it('a wrong total named once rather than in every share', async () => {
    const errs = await mutate('changji-prefecture-2024.txt', '本年支出1,238.51万元，其中', '本年支出1,338.51万元，其中');
    const shares = errs.filter((f) => f.rule === 'arithmetic.share');
    expect(shares.length).toBe(1);
    expect(shares[0]?.actual).toContain('1338.51');
  });

  it('a wrong item figure against its class', async () => {
    const errs = await mutate('guangyuan-city-2024.txt', '支出决算数为350.64万元', '支出决算数为305.64万元');
    // The 类 and the whole are both off by what the item is: the finding points at the 类's items.
    expect(errs.some((f) => f.rule === 'narrative.class-sum' && f.expected === '2123.73万元' && /差错很可能在其中某一项/.test(f.message))).toBe(true);
  });
});

describe('an item defined by what it is not', () => {
  it('keeps the item as the subject of the change after its definition names other subjects', async () => {
    const doc = await extractBytes(
      'x.md',
      new TextEncoder().encode(
        md('二、收入决算情况说明', '6.其他收入0.00万元，为预算单位在“财政拨款收入”“事业收入”“经营收入”之外取得的收入。较2023年度决算数增加0.00万元，增长0%，主要原因是本单位无其他收入。'),
      ),
    );
    expect(doc.claims.filter((c) => c.change).map((c) => c.subject.key)).toEqual(['income.other']);
    expect(doc.claims.some((c) => c.subject.key === 'income.fiscal')).toBe(false);
  });
});
