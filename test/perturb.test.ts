import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Slim, diffFindings, judge, masked, slim } from '../bench/perturb/classify.js';
import { CELL_KIND_IDS, KINDS, KIND_IDS, type KindId, accountYear, amountCells, isProse, tableCells } from '../bench/perturb/kinds.js';
import { applyVariant, planPairs, planVariants } from '../bench/perturb/plan.js';
import { runPerturb } from '../bench/perturb/run.js';
import { checkText } from '../src/check.js';
import { Random } from './fuzz/random.js';

const FILE = 'samples/guangyuan-city-2024.txt';
const TEXT = readFileSync(FILE, 'utf8');
const ctx = { year: 2024 };

/** The texts of a kind's spans in a line, and what each is rewritten to (seed 1). */
function strike(kind: KindId, line: string): [string, string][] {
  return KINDS[kind].spans(line, ctx).map((s) => {
    const from = line.slice(s.start, s.end);
    return [from, KINDS[kind].rewrite(from, new Random(1), ctx)];
  });
}

describe('perturbation kinds (npm run perturb)', () => {
  const total = '与2023年度相比，收、支总计各减少219.28万元，下降8.77%。';

  it('a prose line is a sentence, not a table row', () => {
    expect(isProse(total)).toBe(true);
    expect(isProse('2080505 行政运行 545.85 545.85')).toBe(false);
    expect(isProse('| 基本支出 | 816.48 | 占比，合计，说明 |')).toBe(false);
    expect(isProse('基本支出\t项目支出\t816.48\t1463.8，合计。')).toBe(false);
  });

  it('flips a direction word before a figure other than zero', () => {
    expect(strike('direction', total)).toEqual([
      ['减少', '增加'],
      ['下降', '增长'],
    ]);
    expect(strike('direction', '比上年增加0.00万元，增长0.00%，主要原因是减少了接待。')).toEqual([]);
  });

  it('changes one digit, the last digit by one, two adjacent digits, or moves the point', () => {
    const line = '年初预算数1,120.42万元，决算数0.78万元，共45万元，占8.77%。';
    expect(KINDS.digit.spans(line, ctx).map((s) => line.slice(s.start, s.end))).toEqual(['1,120.42', '0.78', '45']);
    expect(strike('neighbour', line).map(([, to]) => to)).toEqual(expect.arrayContaining([expect.stringMatching(/^1,120\.4[13]$/), '0.77', expect.stringMatching(/^4[46]$/)]));
    expect(strike('x10', line).map(([, to]) => to)).toEqual(['11204.2', '7.8', '450']);
    for (const [from, to] of strike('digit', line)) {
      expect(to).not.toBe(from);
      expect([...to].filter((c, i) => c !== from[i])).toHaveLength(1);
    }
    for (const [from, to] of strike('swap', line)) {
      expect([...to].sort().join()).toBe([...from].sort().join());
      expect([...to].filter((c, i) => c !== from[i])).toHaveLength(2);
    }
    expect(strike('swap', '共11万元，合计，说明文字。')).toEqual([]);
  });

  it('writes 持平 for a change other than zero, drops a %, slips a unit', () => {
    expect(strike('flat', total)).toEqual([['减少219.28万元', '持平']]);
    expect(strike('flat', '与上年相比，增加0.00万元，持平。')).toEqual([]);
    expect(strike('percent', total)).toEqual([['%', '']]);
    expect(strike('unit-yi', total)).toEqual([['万元', '亿元']]);
    expect(strike('unit-yuan', '其中上缴上级支出0万元，其他支出5万元。')).toEqual([['万元', '元']]);
  });

  it('swaps two names only where each has a figure of its own, and the figures differ', () => {
    const line = '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元，占35.81%；项目支出1463.8万元，占64.19%。';
    expect(strike('names', line)).toEqual([['基本支出816.48万元，占35.81%；项目支出', '项目支出816.48万元，占35.81%；基本支出']]);
    expect(strike('names', '基本支出157.38万元，包括人员经费和公用经费，具体如下。')).toEqual([]);
    expect(strike('names', '其中：公务用车购置费0万元；公务用车运行维护费0万元。')).toEqual([]);
  });

  it('moves a comparison year one back, or writes the account year for 上年', () => {
    expect(strike('year', total)).toEqual([['2023', '2022']]);
    expect(strike('year', '比上年决算减少14.27万元，较上年度下降。')).toEqual([
      ['上年', '2024年'],
      ['上年', '2024年'],
    ]);
    expect(accountYear(TEXT)).toBe(2024);
  });
});

describe('table-cell kinds (npm run perturb -- --kinds cells)', () => {
  const tab = '208\t社会保障和就业支出\t2\t13.06\t13.06\t0.00';
  const md = '| 一、一般公共预算财政拨款收入 | 1 | 2,386,700.00 | 一、一般公共服务支出 | 32 | 0.00 |';
  const spaced = '2080501 行政单位离退休 51.98 51.98 0.00 0.00';
  const cells = (line: string) => amountCells(line).map((s) => line.slice(s.start, s.end));

  it('finds the amount cells of Markdown, tab and space-aligned rows; codes, 行次 and sentences are not amounts', () => {
    expect(cells(tab)).toEqual(['13.06', '13.06', '0.00']);
    expect(cells(md)).toEqual(['2,386,700.00', '0.00']);
    expect(cells(spaced)).toEqual(['51.98', '51.98', '0.00', '0.00']);
    expect(cells('|---|---|:--:|')).toEqual([]);
    expect(cells('\t96.92%')).toEqual([]);
    expect(tableCells('\t13.06')).toEqual([]);
    expect(cells('与上年相比，收、支总计各减少219.28 万元，下降8.77%。')).toEqual([]);
  });

  it('changes one cell as the prose kinds change an amount, and leaves the cells around it', () => {
    const [from, to] = strike('cell-x10', spaced)[0]!;
    expect([from, to]).toEqual(['51.98', '519.8']);
    expect(strike('cell-x10', tab).map(([f]) => f)).toEqual(['13.06', '13.06']);
    for (const [f, t] of strike('cell-neighbour', tab)) expect(t).toMatch(f === '0.00' ? /^0\.01$/ : /^13\.0[57]$/);
    for (const [f, t] of strike('cell-digit', md)) expect([...t].filter((c, i) => c !== f[i])).toHaveLength(1);
    expect(strike('cell-swap', '201\t06\t财政事务\t2,112.86\t0.00\t11.11')).toEqual([['2,112.86', expect.stringMatching(/^(1,212\.86|2,121\.86|2,112\.68)$/)]]);
  });

  it('exchanges two neighbouring amount cells of a row where they differ, keeping what lies between', () => {
    expect(strike('cell-columns', tab)).toEqual([['13.06\t0.00', '0.00\t13.06']]);
    expect(strike('cell-columns', md)).toEqual([['2,386,700.00 | 一、一般公共服务支出 | 32 | 0.00', '0.00 | 一、一般公共服务支出 | 32 | 2,386,700.00']]);
    expect(strike('cell-columns', '2080501 离退休 51.98 51.98')).toEqual([]);
  });

  it('strikes table rows only, each variant one cell (or one pair) of one row', () => {
    const doc = 'samples/rongcheng-city-2024.md';
    const text = readFileSync(doc, 'utf8');
    const vs = planVariants(doc, text, CELL_KIND_IDS, 3, 5);
    expect(vs.length).toBe(15);
    for (const v of vs) {
      expect(isProse(v.before)).toBe(false);
      expect(tableCells(v.after).length).toBe(tableCells(v.before).length);
      expect(v.after).toBe(v.before.slice(0, v.column) + v.to + v.before.slice(v.column + v.from.length));
    }
    expect(planVariants(doc, text, ['cell-digit'], 3, 5)).toEqual(vs.filter((v) => v.kind === 'cell-digit'));
  });
});

describe('a seeded run on one sample', () => {
  const plan = (seed: number) => planVariants(FILE, TEXT, KIND_IDS, 2, seed);

  it('the same seed gives the same variants; another seed other ones', () => {
    expect(plan(7)).toEqual(plan(7));
    expect(plan(8)).not.toEqual(plan(7));
    // Each kind draws from its own RNG: a run of fewer kinds has the same variants of those kinds.
    expect(planVariants(FILE, TEXT, ['percent'], 2, 7)).toEqual(plan(7).filter((v) => v.kind === 'percent'));
  });

  it('each variant changes one figure or word of one prose line, and nothing else', () => {
    const vs = plan(7);
    expect(vs.length).toBeGreaterThanOrEqual(20);
    for (const v of vs) {
      expect(isProse(v.before)).toBe(true);
      expect(v.after).toBe(v.before.slice(0, v.column) + v.to + v.before.slice(v.column + v.from.length));
      expect(v.to).not.toBe(v.from);
      const changed = applyVariant(TEXT, v).split('\n');
      const lines = TEXT.split('\n');
      expect(changed.filter((l, i) => l !== lines[i])).toEqual([v.after]);
      const what = {
        direction: /^(增加|减少|增长|下降|上升|多|少)$/,
        digit: /^\d[\d,]*(\.\d+)?$/,
        neighbour: /^\d[\d,]*(\.\d+)?$/,
        swap: /^\d[\d,]*(\.\d+)?$/,
        x10: /^\d[\d,]*(\.\d+)?$/,
        flat: /^(增加|减少|增长|下降)\s*\d[\d,]*(\.\d+)?\s*万元$/,
        percent: /^%$/,
        names: /^(基本支出|项目支出|工资福利支出|商品和服务支出|人员经费|公用经费|因公出国（境）费|公务接待费|公务用车购置费|公务用车运行维护费)/,
        'unit-yi': /^万元$/,
        'unit-yuan': /^万元$/,
        year: /^(20\d\d|上年)$/,
      }[v.kind as (typeof KIND_IDS)[number]];
      expect(v.from, `${v.kind} at ${v.line}`).toMatch(what);
      if (v.kind === 'names') expect([...v.to].sort().join()).toBe([...v.from].sort().join());
    }
  });

  it('checks the original and every variant, and judges each', async () => {
    const check = async (file: string, text: string) => (await checkText(text, { file })).findings.map(slim);
    const run = await runPerturb([{ doc: FILE, file: FILE, text: TEXT }], { seed: 7, perDoc: 2, kinds: KIND_IDS, check });
    expect(run.variants.map(({ kind, line, from, to }) => ({ kind, line, from, to }))).toEqual(plan(7).map(({ kind, line, from, to }) => ({ kind, line, from, to })));
    expect(run.variants.every((v) => v.class !== 'FAILED')).toBe(true);
    // The defects are real: most of them are found, and the run is written as JSON and read back whole.
    expect(run.variants.filter((v) => v.class === 'AT_PLACE' || v.class === 'MULTI').length).toBeGreaterThan(run.variants.length / 2);
    expect(JSON.parse(JSON.stringify(run))).toEqual(run);
  });

  it('a direction word flipped by hand is one error at its line', async () => {
    const base = (await checkText(TEXT, { file: FILE })).findings.map(slim);
    const v = TEXT.replace('各减少219.28万元，下降8.77%', '各减少219.28万元，增长8.77%');
    const j = judge(base, (await checkText(v, { file: FILE })).findings.map(slim), 34);
    expect(j.class).toBe('AT_PLACE');
    expect(j.flags).toEqual([]);
    expect(j.added.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
  });
});

describe('two slips on one line (npm run perturb -- --pairs)', () => {
  const pairs = (seed: number) => planPairs(FILE, TEXT, KIND_IDS, 6, seed);

  it('draws the same pairs for the same seed, and other ones for another', () => {
    expect(pairs(3)).toEqual(pairs(3));
    expect(pairs(4)).not.toEqual(pairs(3));
  });

  it('each variant changes two places of two kinds on one prose line, apart, and nothing else', () => {
    const vs = pairs(3);
    expect(vs).toHaveLength(6);
    for (const v of vs) {
      const b = v.also!;
      expect(b.kind).not.toBe(v.kind);
      expect(v.column + v.from.length).toBeLessThanOrEqual(b.column);
      expect(v.after).toBe(v.before.slice(0, v.column) + v.to + v.before.slice(v.column + v.from.length, b.column) + b.to + v.before.slice(b.column + b.from.length));
      const lines = TEXT.split('\n');
      expect(applyVariant(TEXT, v).split('\n').filter((l, i) => l !== lines[i])).toEqual([v.after]);
    }
  });

  it('a run of pairs checks each and judges it against its line', async () => {
    const check = async (file: string, text: string) => (await checkText(text, { file })).findings.map(slim);
    const run = await runPerturb([{ doc: FILE, file: FILE, text: TEXT }], { seed: 3, perDoc: 3, kinds: KIND_IDS, pairs: true, check });
    expect(run.pairs).toBe(true);
    expect(run.variants.map((v) => v.after)).toEqual(planPairs(FILE, TEXT, KIND_IDS, 3, 3).map((v) => v.after));
    expect(run.variants.every((v) => v.class !== 'FAILED' && v.also != null)).toBe(true);
  });
});

describe('judging a variant against its original', () => {
  const f = (rule: string, severity: Slim['severity'], message: string, ...lines: number[]): Slim => ({
    rule,
    severity,
    message,
    locations: lines.map((line) => ({ page: null, line, text: '' })),
  });

  it('masks figures, so a finding whose figures moved is the same finding', () => {
    expect(masked('上年数2499.57万元，应为8.77%，1,120.42')).toBe('上年数#万元，应为#，#');
    expect(diffFindings([f('a', 'error', '实为2280.29', 34)], [f('a', 'error', '实为2280.30', 34)])).toEqual({ added: [], lost: [] });
  });

  it('pairs a finding that took in a place, or was reworded where it stood; a changed severity is new and lost', () => {
    expect(diffFindings([f('a', 'error', 'x', 3)], [f('a', 'error', 'x', 3, 9)])).toEqual({ added: [], lost: [] });
    expect(diffFindings([f('z', 'warning', '甲乙丙', 3, 5)], [f('z', 'warning', '甲乙', 3)])).toEqual({ added: [], lost: [] });
    expect(diffFindings([f('a', 'error', 'x', 3)], [f('a', 'warning', 'x', 3)])).toEqual({ added: [f('a', 'warning', 'x', 3)], lost: [f('a', 'error', 'x', 3)] });
    // As multisets: a second finding of a rule at the same place is new.
    expect(diffFindings([f('a', 'error', 'x', 3)], [f('a', 'error', 'x', 3), f('a', 'error', 'y', 3)]).added).toEqual([f('a', 'error', 'y', 3)]);
  });

  it('classes: at place, several, elsewhere, info only, undetected; flags a new error elsewhere and a lost finding', () => {
    const base = [f('keep', 'warning', 'k', 1), f('gone', 'error', 'g', 2)];
    const keep = base.slice(0, 1);
    expect(judge(base, [...base, f('n', 'error', 'e', 7)], 7)).toMatchObject({ class: 'AT_PLACE', flags: [] });
    expect(judge(base, [...base, f('n', 'error', 'e', 7), f('m', 'error', 'e', 8)], 7)).toMatchObject({ class: 'MULTI', flags: ['NEW_ERR_NOT_AT'] });
    expect(judge(base, [...base, f('n', 'warning', 'e', 8)], 7)).toMatchObject({ class: 'ELSEWHERE', flags: [] });
    expect(judge(base, [...base, f('n', 'error', 'e', 8)], 7)).toMatchObject({ class: 'ELSEWHERE', flags: ['NEW_ERR_NOT_AT'] });
    expect(judge(base, [...base, f('n', 'info', 'e', 7)], 7)).toMatchObject({ class: 'INFO', flags: [] });
    expect(judge(base, keep, 7)).toMatchObject({ class: 'UNDETECTED', flags: ['LOST_BASE'], lost: [base[1]] });
    expect(judge(base, [...keep, f('n', 'error', 'e', 9, 7)], 7)).toMatchObject({ class: 'AT_PLACE', flags: ['LOST_BASE'] });
  });
});
