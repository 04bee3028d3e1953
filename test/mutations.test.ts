import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.js';
import type { Finding } from '../src/model/finding.js';

/**
 * Mutation tests: plant one wrong value into a real sample and require the checker to name it in a
 * warning or error that the unmutated sample does not have.
 */
const samples = {
  rongcheng: readFileSync('samples/rongcheng-city-2024.md', 'utf8'),
  guangyuan: readFileSync('samples/guangyuan-city-2024.txt', 'utf8'),
  changji: readFileSync('samples/changji-prefecture-2024.txt', 'utf8'),
};

function serious(fs: Finding[]): Finding[] {
  return fs.filter((f) => f.severity !== 'info');
}

function mentions(f: Finding, value: string): boolean {
  return [f.message, f.expected, f.actual, ...f.locations.map((l) => l.text)].some((s) => s?.includes(value));
}

async function plant(sample: keyof typeof samples, from: string, to: string, file: string) {
  return plantIn(samples[sample], from, to, file);
}

/** The warnings and errors that planting `to` for `from` (once in `original`) adds. */
async function plantIn(original: string, from: string, to: string, file: string) {
  expect(original.split(from).length - 1, `“${from}” must occur exactly once in ${file}`).toBe(1);
  const before = await checkText(original, { file });
  const after = await checkText(original.replace(from, to), { file });
  const known = new Set(serious(before.findings).map((f) => `${f.rule}|${f.message}`));
  const fresh = serious(after.findings).filter((f) => !known.has(`${f.rule}|${f.message}`));
  return fresh;
}

describe('planted mistakes are named', () => {
  it('a wrong share (基本支出 占35.81% → 38.51%)', async () => {
    const fresh = await plant('guangyuan', '基本支出816.48万元，占35.81%', '基本支出816.48万元，占38.51%', 'g.txt');
    expect(fresh.some((f) => mentions(f, '38.51'))).toBe(true);
  });

  it('a wrong change rate (下降8.77% → 9.77%)', async () => {
    const fresh = await plant('guangyuan', '收、支总计各减少219.28万元，下降8.77%', '收、支总计各减少219.28万元，下降9.77%', 'g.txt');
    expect(fresh.some((f) => mentions(f, '9.77'))).toBe(true);
  });

  it('a wrong direction word (减少 → 增加)', async () => {
    const fresh = await plant('changji', '收入支出总体与上年相比，减少308.78万元，下降19.94%', '收入支出总体与上年相比，增加308.78万元，下降19.94%', 'c.txt');
    expect(fresh.some((f) => mentions(f, '增加'))).toBe(true);
  });

  it('a wrong table cell (03 表 医疗保障政策管理 项目支出 81.29 → 81.92)', async () => {
    const from = '2101505\t医疗保障政策管理\t81.29\t0.00\t81.29\t0.00\t0.00\t0.00';
    const fresh = await plant('rongcheng', from, from.replace('\t81.29\t0.00\t0.00\t0.00', '\t81.92\t0.00\t0.00\t0.00'), 'r.md');
    expect(fresh.some((f) => mentions(f, '81.92'))).toBe(true);
  });

  it('a wrong subtotal (02 表 医疗保障管理事务 207.55 → 205.57)', async () => {
    const from = '21015\t医疗保障管理事务\t207.55\t207.55\t0.00\t0.00\t0.00\t0.00\t0.00';
    const fresh = await plant('rongcheng', from, from.replace('207.55\t207.55', '205.57\t205.57'), 'r.md');
    expect(fresh.some((f) => mentions(f, '205.57'))).toBe(true);
  });

  it('a wrong year (2024年度收、支总计 → 2023年度收、支总计)', async () => {
    const fresh = await plant('guangyuan', '2024年度收、支总计2280.29万元', '2023年度收、支总计2280.29万元', 'g.txt');
    expect(fresh.some((f) => mentions(f, '2023'))).toBe(true);
  });

  it('a misnamed item (医疗保障经办事务 → 医疗保障经费事务)', async () => {
    const fresh = await plant('guangyuan', '医疗保障经办事务（项）：支出决算数为21万元', '医疗保障经费事务（项）：支出决算数为21万元', 'g.txt');
    expect(fresh.some((f) => mentions(f, '医疗保障经费事务'))).toBe(true);
  });

  it('a narrative figure that contradicts the table (收入合计238.67 → 283.67)', async () => {
    const fresh = await plant('rongcheng', '2024年度收入合计238.67万元', '2024年度收入合计283.67万元', 'r.md');
    expect(fresh.some((f) => mentions(f, '283.67'))).toBe(true);
  });

  it('a wrong performance score (总分 98 → 96)', async () => {
    const fresh = await plant('rongcheng', '<b>总分</b>\t\t\t<b>98</b>', '<b>总分</b>\t\t\t<b>96</b>', 'r.md');
    expect(fresh.some((f) => mentions(f, '96'))).toBe(true);
  });

  it('an indicator score off its scheme (changji 参保缴费人数 101.54% → 9.85 written 9.95)', async () => {
    const fresh = await plant('changji', '\t101.54%\n\t9.85\n', '\t101.54%\n\t9.95\n', 'c.txt');
    expect(fresh.some((f) => f.rule === 'performance.indicator-score' && mentions(f, '9.95') && f.expected === '9.85')).toBe(true);
  });
});

describe('one planted mistake is one finding, not also every sum it throws out', () => {
  const putuo = readFileSync('test/corpus/putuo-eco-env-2025.copied.txt', 'utf8');

  it('an item figure off its table cell (123.02 → 122.02) is named once; the sums it breaks by the same 1.00 are folded into it', async () => {
    const fresh = await plantIn(putuo, '支出决算为 123.02 万元。', '支出决算为 122.02 万元。', 'p.txt');
    expect(fresh.map((f) => f.rule)).toEqual(['narrative-table.item-05']);
    expect(fresh[0]?.message).toMatch(/不再另报/);
  });

  it('a score over its weight (20 → 21) is one finding; the sheet total it throws out by 1 is folded into it', async () => {
    const from = '\t保障单位工作正常开展\n\t20\n\t有效保障\n\t达到预期指标\n\t100%\n\t20\n';
    const fresh = await plant('changji', from, from.replace(/\t20\n$/, '\t21\n'), 'c.txt');
    const named = fresh.filter((f) => mentions(f, '21'));
    expect(named.map((f) => f.rule)).toEqual(['performance.indicator-score']);
    expect(fresh.filter((f) => f.rule === 'performance.total-sum' || f.rule === 'performance.score-over-weight')).toEqual([]);
  });
});

describe('a sum of a 类 and the sum of the whole, off by the same amount', () => {
  it('is one finding that points at the 类 items they share, not at the two totals (9.5 → 10.5)', async () => {
    const from = '引进人才费用（项）：支出决算为9.5万元';
    const fresh = await plant('guangyuan', from, from.replace('9.5万元', '10.5万元'), 'g.txt');
    const sums = fresh.filter((f) => /^narrative\.(class|detail)-sum$/.test(f.rule));
    expect(sums.map((f) => f.rule)).toEqual(['narrative.class-sum']);
    expect(sums[0]?.message).toMatch(/差错很可能在其中某一项/);
    // 应为 the 类 amount printed, 实为 what its items add up to.
    expect([sums[0]?.expected, sums[0]?.actual]).toEqual(['103.3万元', '104.30万元']);
  });
});

describe('a table cell that the explanation and the table’s own sum both contradict', () => {
  it('is named as the wrong one (09 因公出国 决算 0.00 → 1.00): 应为 the explanation’s 0, 实为 the cell’s 1.00, one finding', async () => {
    const from = '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94\t0.00\t0.00\t0.00\t0.00\t0.94';
    const fresh = await plant('rongcheng', from, '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94\t1.00\t0.00\t0.00\t0.00\t0.94', 'r.md');
    expect(fresh.map((f) => f.rule)).toEqual(['narrative-table.three-public-09']);
    expect([fresh[0]?.expected, fresh[0]?.actual]).toEqual(['0万元', '1.00万元']);
    expect(fresh[0]?.message).toMatch(/表中该格有误/);
  });
});

describe('a table cell already named wrong by the tables’ own checks', () => {
  it('keeps that one finding; the explanation agreeing with the checks is a place of it (01 本年支出合计 238.67 → 2386.70)', async () => {
    const from = '<b>本年支出合计</b>\t<b>58</b>\t<b>238.67</b>';
    const fresh = await plant('rongcheng', from, '<b>本年支出合计</b>\t<b>58</b>\t<b>2386.70</b>', 'r.md');
    const named = fresh.filter((f) => mentions(f, '2386.70'));
    expect(named.map((f) => f.rule)).toEqual(['cross-table.03-01.total']);
    expect([named[0]?.expected, named[0]?.actual]).toEqual(['238.67', '2386.70']);
    expect(named[0]?.message).toMatch(/说明写238.67万元，与此相符/);
  });
});

describe('a part named wrong by its own parts', () => {
  it('is one finding: the 三公 total it throws out by the same amount, its share, its change rate and the two statements of it fold into it (7.32 → 73.20)', async () => {
    const from = '公务用车购置及运行维护费支出7.32万元，占95.69%';
    const fresh = await plant('changji', from, from.replace('7.32万元', '73.20万元'), 'c.txt');
    // Its own sentence decides the two statements: its change rate holds with 7.32 and fails with
    // 73.20; the sum, the share and the rate worked out from 73.20 follow from it.
    expect(fresh.map((f) => f.rule)).toEqual(['narrative.same-subject']);
    expect([fresh[0]?.expected, fresh[0]?.actual]).toEqual(['7.32万元', '73.20万元']);
    expect(fresh[0]?.message).toMatch(/同句所写的变动额4\.41万元、变动率151\.55%/);
    expect(fresh[0]?.message).toMatch(/“三公”经费合计与分项之和不符/);
    expect(fresh[0]?.message).toMatch(/占比与金额不符/);
    expect(fresh[0]?.message).toMatch(/变动率与变动额不符/);
  });
});

describe('a broken sum whose total another identity of the tables bears out', () => {
  it('names the part, not the total (06 30302 退休费 91.97 → 91.79, the 类 303 adding up into 人员经费合计)', async () => {
    const putuo = readFileSync('test/corpus/putuo-eco-env-2025.copied.txt', 'utf8');
    const fresh = await plantIn(putuo, '303 02 退休费 91.97 302 18 专用材料费 0.00', '303 02 退休费 91.79 302 18 专用材料费 0.00', 'p.txt');
    expect(fresh.map((f) => f.rule)).toEqual(['table.06.hierarchy']);
    expect(fresh[0]?.message).toMatch(/在另一勾稽关系中相符/);
    // Every part of 303 not borne out elsewhere is a suspect; the total is not blamed.
    expect(fresh[0]?.actual).not.toBe('91.97');
    expect(fresh[0]?.expected).toBe('91.97');
  });
});

describe('one printed figure that two rules each name as the wrong one', () => {
  it('is one finding with both titles (决算支出数 2280.29 → 2279.29: its parts add to 2280.29, and every share is of 2280.29)', async () => {
    const from = '我局2024年决算支出数2280.29万元';
    const fresh = await plant('guangyuan', from, from.replace('2280.29', '2279.29'), 'g.txt');
    expect(fresh.map((f) => f.rule)).toHaveLength(1);
    expect([fresh[0]?.expected, fresh[0]?.actual]).toEqual(['2280.29万元', '2279.29万元']);
    expect(fresh[0]?.message).toMatch(/亦即「[^」]+」/);
  });

  it('a change above this year’s amount and off the parts’ changes: the total’s change is named once (三公 增加4.37 → 43.70)', async () => {
    const from = '“三公”经费支出7.65万元，比上年增加4.37万元';
    const fresh = await plant('changji', from, from.replace('4.37', '43.70'), 'c.txt');
    expect(fresh.map((f) => f.rule)).toEqual(['arithmetic.change-sum']);
    expect([fresh[0]?.expected, fresh[0]?.actual]).toEqual(['4.37万元', '43.70万元']);
    expect(fresh[0]?.message).toMatch(/增加额大于本年数/);
  });
});

describe('a sheet total its own scores and every quote of it contradict', () => {
  it('is named as the wrong one (总分 97.63 → 97.36): the explanation and the summary table quote it right', async () => {
    const fresh = await plant('rongcheng', '总分\t\t97.63', '总分\t\t97.36', 'r.md');
    expect(fresh.map((f) => f.rule)).toEqual(['performance.total-sum']);
    expect([fresh[0]?.expected, fresh[0]?.actual]).toEqual(['97.63', '97.36']);
    expect(fresh[0]?.message).toMatch(/写97\.63，与各项得分之和相符，是表中该数有误/);
  });
});

describe('a figure of the explanation that differs from its performance sheet', () => {
  it('is one finding; the rate worked out from it in the same sentence is folded into it (执行数 19.99 → 91.99)', async () => {
    const from = '执行数为19.99万元，完成预算的79.96%';
    const fresh = await plant('rongcheng', from, from.replace('19.99', '91.99'), 'r.md');
    expect(fresh.map((f) => f.rule)).toEqual(['performance.quote-consistency']);
    expect([fresh[0]?.expected, fresh[0]?.actual]).toEqual(['19.99', '91.99']);
    expect(fresh[0]?.message).toMatch(/由此引起的「[^」]*预算执行率计算/);
  });
});

describe('a sentence wrapped over a page break', () => {
  it('is one statement: the share worked out from an amount named wrong against table 09 folds into it (2.64 → 1.64)', async () => {
    const putuo = readFileSync('test/corpus/putuo-culture-tourism-2025.copied.txt', 'utf8');
    const from = '公务用车购置及运行维护费支出决算 2.64\n';
    const fresh = await plantIn(putuo, from, from.replace('2.64', '1.64'), 'p.txt');
    expect(fresh.map((f) => f.rule)).toEqual(['narrative-table.three-public-09']);
    expect(fresh[0]?.message).toMatch(/由此引起的「[^」]*占比与金额不符/);
  });
});

describe('a part written ten times too large, above every total that holds it', () => {
  it('is named as the wrong one, once: the totals agree with each other; the balance and rates worked out from it fold in (本年财政拨款支出 1,222.68 → 12,226.80)', async () => {
    const from = '本年财政拨款支出1,222.68万元。';
    const fresh = await plant('changji', from, from.replace('1,222.68', '12,226.80'), 'c.txt');
    expect(fresh.map((f) => f.rule)).toEqual(['narrative.total-bounds']);
    expect(fresh[0]?.actual).toBe('12226.80万元');
    expect(fresh[0]?.message).toMatch(/很可能是「本年财政拨款支出」写错/);
  });
});

describe('two statements of one amount that disagree, with nothing but an identity to side with either', () => {
  it('the balance worked out from the totals decides: the statement that breaks it is named (本年支出 1,238.51 → 1,237.51 once)', async () => {
    const from = '本年支出合计1,238.51万元';
    const original = samples.changji;
    const at = original.indexOf(from);
    expect(at).toBeGreaterThan(0);
    // The first of the two statements is changed; the second still says 1,238.51.
    const changed = original.slice(0, at) + from.replace('1,238.51', '1,237.51') + original.slice(at + from.length);
    const before = await checkText(original, { file: 'c.txt' });
    const after = await checkText(changed, { file: 'c.txt' });
    const known = new Set(serious(before.findings).map((f) => `${f.rule}|${f.message}`));
    const fresh = serious(after.findings).filter((f) => !known.has(`${f.rule}|${f.message}`));
    expect(fresh.map((f) => f.rule)).toEqual(['narrative.implied-balance']);
    expect([fresh[0]?.expected, fresh[0]?.actual]).toEqual(['1238.51万元', '1237.51万元']);
    expect(fresh[0]?.message).toMatch(/同一事项前后金额不一致/);
  });

  it('the rate said with the change decides: the amount it does not fit is named (公务接待费 2.75 → 27.50 once)', async () => {
    const from = '3. 公务接待费支出2.75万元，完成预算100%';
    const fresh = await plant('guangyuan', from, from.replace('2.75', '27.50'), 'g.txt');
    expect(fresh.map((f) => f.rule)).toEqual(['narrative.same-subject']);
    expect([fresh[0]?.expected, fresh[0]?.actual]).toEqual(['2.75万元', '27.50万元']);
    expect(fresh[0]?.message).toMatch(/变动率与变动额不符/);
  });
});
