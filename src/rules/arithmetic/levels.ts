import { Decimal, asPrinted, fmt, halfUnit, intervalOf, parseNumber } from '../../model/decimal.js';
import { compareChangeRate, compareRate } from '../arith.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';
import { joinedProse } from '../../model/prose.js';
import { defineRule, notApplicable, type RuleContext } from '../rule.js';
import { mixedDirection, statedBase } from './change.js';
import { directionCause, flatCause, md } from './lib.js';
import { samePlace } from '../../model/location.js';
import { where } from '../../model/claims.js';

/**
 * A change printed with both the levels it is the difference of, in one breath, whatever the item is
 * called ("2018年度总支出1095.67万元比2017年度总支出1060.87万元增加34.80万元", "合计141.55万元，2014年为
 * 107.89万元，较2014年增加33.66万元"): the three figures prove each other, so an item the claims reader
 * does not know (总支出, 年初预算收入) is checked too. Read on the joined prose, over line breaks.
 */
interface Stated {
  now: Printed;
  base: Printed;
  /** The change as printed, signed by its word; null for 持平 / 无变化. */
  change: Printed | null;
  word: string;
  unit: string;
  /** The rate printed right after the change ("增加了0.51万元，增加率为8%"), if any. */
  rate: Printed | null;
  at: Location;
}

interface Printed {
  value: Decimal;
  raw: string;
  decimals: number;
}

const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const UNIT = '(万元|亿元|元)';
/** The words between 比/较 and last year's level: they must name last year, a year or the budget. */
const BASE_WORDS = '((?:[^，,。；;：:！？\\d%（）()]|\\d{4}(?=年)){1,24}?)';
const BASE_NAMES = /上年|去年|上一年|上年度|同期|\d{4}年|预算/;
const WORD = '(增加|减少|增长|下降|持平|无变化)';
/** A rate said right after the change ("，增长8%", "，增加率为8%", "，增幅8.67%"). */
const RATE_AFTER = `(?:[，,]?(?:增长|下降|增加|减少|上升|降低|增幅|降幅)率?(?:为|是|达)?了?${NUM}[%％])?`;
// "A万元(，)比…B万元(相比)(，)增加C万元" / "…持平".
const AGAINST = new RegExp(`${NUM}${UNIT}[，,]?(?:比|较|与)${BASE_WORDS}${NUM}${UNIT}(?:相比)?[，,]?${WORD}了?(?:${NUM}${UNIT})?${RATE_AFTER}`, 'g');
// "A万元，2014年为B万元，较2014年增加C万元".
const YEAR_WAS = new RegExp(`${NUM}${UNIT}[，,](上年|去年|\\d{4})年?度?(?:同期)?(?:为|是)${NUM}${UNIT}[，,](?:较|比|与)(?:上年|去年|\\d{4}年度?)(?:相比)?[，,]?${WORD}了?(?:${NUM}${UNIT})?${RATE_AFTER}`, 'g');

/** A number the patterns matched (NUM: digits, thousands commas, decimals) with its printed precision. */
const printed = (raw: string): Printed => {
  const n = parseNumber(raw) as { value: string; decimals: number };
  return { value: new Decimal(n.value), raw, decimals: n.decimals };
};

/** Every change stated beside both its levels in the prose, in one unit. */
export function statedLevels(doc: Disclosure): Stated[] {
  const { text, at } = joinedProse(doc);
  if (!/比|较|与/.test(text)) return [];
  const out: Stated[] = [];
  const fy = doc.facts.fiscalYear;
  const push = (m: RegExpExecArray, g: { now: number; base: number; word: number; change: number; rate: number }) => {
    const units = [m[g.now + 1], m[g.base + 1], m[g.change] ? m[g.change + 1] : m[g.now + 1]];
    if (new Set(units).size !== 1) return;
    const word = m[g.word] as string;
    const flat = word === '持平' || word === '无变化';
    // A change word with no amount after it (a rate follows, "增长5%") says nothing these figures prove.
    if (!flat && !m[g.change]) return;
    if (flat && m[g.change]) return;
    const change = m[g.change] ? printed(m[g.change] as string) : null;
    if (change && /减少|下降/.test(word)) change.value = change.value.negated();
    const rate = m[g.rate] ? printed(m[g.rate] as string) : null;
    out.push({ now: printed(m[g.now] as string), base: printed(m[g.base] as string), change, word, unit: units[0] as string, rate, at: at(m.index + m[0].length - 1) });
  };
  for (const m of text.matchAll(AGAINST)) {
    if (!BASE_NAMES.test(m[3] as string) || /本年|今年|当年/.test(m[3] as string)) continue;
    // ("比2017年度…": a year named must be before the report year's.)
    const y = /(\d{4})年/.exec(m[3] as string);
    if (y && fy && Number(y[1]) >= fy) continue;
    push(m as RegExpExecArray, { now: 1, base: 4, word: 6, change: 7, rate: 9 });
  }
  for (const m of text.matchAll(YEAR_WAS)) {
    const y = m[3] as string;
    if (/^\d{4}$/.test(y) && (!fy || Number(y) !== fy - 1)) continue;
    push(m as RegExpExecArray, { now: 1, base: 4, word: 6, change: 7, rate: 9 });
  }
  return out;
}

/** Half a unit of the last printed digit of each figure, summed: how far rounding alone can move them. */
const slack = (fs: readonly Printed[]) => fs.reduce((s, f) => s.plus(halfUnit(f.decimals)), new Decimal(0));

export const changeBetweenLevels = defineRule({
  id: 'arithmetic.change-between-levels',
  title: '句中本年数与所比的数之差与所写变动不符',
  category: 'arithmetic',
  severity: 'error',
  authority: '算术一致性（变动额 = 本年数 − 所比的上年数或预算数；两数相等才是“持平”）',
  description:
    '一句中依次写出本年数、所比的上年数（或预算数）和变动额（“总支出1095.67万元比2017年度总支出1060.87万元增加34.80万元”“合计141.55万元，2014年为107.89万元，较2014年增加33.66万元”）时，变动额（连同方向）应等于两数之差，写“持平”时两数应相等；按各数打印的精度允许舍入尾差。不论所说事项能否识别，三个数已自证。',
  cases: [
    { name: '相符', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度总支出1095.67万元比2023年度总支出1060.87万元增加34.80万元，主要是工程支出增加。') },
    { name: '变动额写成上年数', expect: 'fail', mentions: '34.80', text: md('一、收入支出决算总体情况说明', '2024年度工程经费1095.67万元比2023年度工程经费1060.87万元增加1060.87万元，主要是工程支出增加。') },
    { name: '两数不等却写持平', expect: 'fail', mentions: '持平', text: md('一、收入支出决算总体情况说明', '2024年年初预算收入7031.72万元，比2023年年初预算收入2724.44万元持平。') },
    { name: '上年数另写“某年为”', expect: 'fail', mentions: '33.76', text: md('十、机关运行经费支出说明', '2024年度机关运行经费支出合计141.65万元，2023年为107.89万元，较2023年增加33.66万元。') },
    { name: '方向词写反', expect: 'fail', mentions: '写反', text: md('一、收入支出决算总体情况说明', '2024年度工程经费1244.27万元，比2023年度工程经费1058.51万元减少185.76万元。') },
    { name: '其后的变动率相符', expect: 'pass', text: md('十、机关运行经费支出说明', '2016年本单位运行经费支出6.39万元，较2015年5.88万元增加了0.51万元，增加率为8.67%。') },
    { name: '其后的变动率不符', expect: 'fail', mentions: '应为10.96%', text: md('十、机关运行经费支出说明', '2016年本单位运行经费支出1063.90万元，较2015年958.80万元增加了105.10万元，增加率为12.96%。') },
    { name: '其后的变动率为截断所得：警告', expect: 'fail', severity: 'warning', mentions: '截断', text: md('十、机关运行经费支出说明', '2016年本单位运行经费支出1063.90万元，较2015年958.80万元增加了105.10万元，增加率为10.9%。') },
    { name: '整数变动率在两数的舍入之内（8.50%以下亦可能）', expect: 'pass', text: md('十、机关运行经费支出说明', '2016年本单位运行经费支出6.39万元，较2015年5.88万元增加了0.51万元，增加率为8%。') },
    { name: '整数万元，差在舍入之内', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度总收入1244万元，比上年总收入1058万元增加185.5万元。') },
  ],
  check(ctx) {
    const all = statedLevels(ctx.doc);
    if (!all.length) return notApplicable('说明中没有同一句写出本年数、所比的数和变动的表述');
    // What arithmetic.change-vs-prior-level (and flat-with-change) already check on a claim: not twice.
    const known = ctx.doc.claims.flatMap((c) => {
      const s = statedBase(ctx.doc, c);
      const base = s?.base ?? c.change?.base;
      return base ? [base.value] : [];
    });
    for (const s of all) {
      const u = s.unit;
      if (known.some((v) => new Decimal(v).eq(s.base.value))) continue;
      const diff = s.now.value.minus(s.base.value);
      const d = Math.max(s.now.decimals, s.base.decimals, s.change?.decimals ?? 0);
      if (!s.change) {
        if (diff.abs().lte(slack([s.now, s.base]))) continue;
        // The sentence's claim says 持平 with a change or rate printed too (arithmetic.flat-with-change):
        // the word 持平 is the one slip, which that finding names; these levels show it as well.
        const flat = ctx.doc.claims.find((c) => c.change?.direction === 'flat' && samePlace(where(c), s.at));
        ctx.report({
          ...(flat ? { explainedBy: { causes: [flatCause(flat.id)], because: `本年数${s.now.raw}${u}与所比的${s.base.raw}${u}相差${fmt(diff.abs(), d)}${u}，亦说明不是持平` } } : {}),
          message: `本年数${s.now.raw}${u}与所比的${s.base.raw}${u}相差${fmt(diff.abs(), d)}${u}，说明却写“${s.word}”`,
          expected: `${diff.isNegative() ? '减少' : '增加'}${fmt(diff.abs(), d)}${u}`,
          actual: s.word,
          difference: `${fmt(diff.abs(), d)}${u}`,
          tolerance: `±${fmt(slack([s.now, s.base]), d + 1)}${u}`,
          locations: [s.at],
        });
        continue;
      }
      const tol = slack([s.now, s.base, s.change]);
      if (diff.minus(s.change.value).abs().lte(tol)) {
        // The change bears the levels out: the rate printed after it is checked on them too.
        if (s.rate) rateBetweenLevels(ctx, s);
        continue;
      }
      const flipped = diff.plus(s.change.value).abs().lte(tol);
      // The sentence's other direction word contradicts this one ("增加5,300.00元，降低0.48%"): one word
      // written the wrong way round, which arithmetic.change-direction names, with these levels.
      const contradicted = flipped ? ctx.doc.claims.find((c) => c.change?.amount?.raw.replace(/[^\d.,]/g, '') === s.change?.raw.replace(/[^\d.,]/g, '') && mixedDirection(c) && samePlace(where(c), s.at)) : undefined;
      ctx.report({
        ...(contradicted ? { explainedBy: { causes: [directionCause(contradicted.id)], because: `本年数${s.now.raw}${u}${diff.isNegative() ? '小于' : '大于'}所比的${s.base.raw}${u}，亦说明方向词写反` } } : {}),
        message: flipped
          ? `本年数${s.now.raw}${u}${diff.isNegative() ? '小于' : '大于'}所比的${s.base.raw}${u}，应为“${diff.isNegative() ? '减少' : '增加'}${s.change.raw}${u}”，说明写“${s.word}${s.change.raw}${u}”：方向词写反`
          : `本年数${s.now.raw}${u}与所比的${s.base.raw}${u}之差为${diff.isNegative() ? '减少' : '增加'}${fmt(diff.abs(), d)}${u}，说明写“${s.word}${s.change.raw}${u}”`,
        expected: `${diff.isNegative() ? '减少' : '增加'}${fmt(diff.abs(), d)}${u}`,
        actual: `${s.word}${s.change.raw}${u}`,
        difference: `${fmt(diff.minus(s.change.value).abs(), d)}${u}`,
        tolerance: `±${fmt(tol, d + 1)}${u}`,
        locations: [s.at],
      });
    }
  },
});

/** The rate said after a change that both levels bear out: |now − base| ÷ base, cut off (a warning) or wrong (an error). */
function rateBetweenLevels(ctx: RuleContext, s: Stated): void {
  const rate = s.rate as Printed;
  // On the two levels (as arithmetic.change-rate does on a claim's): a change worked out from the rounded
  // levels may be off their exact difference by their rounding, so the printed change does not narrow it.
  const iv = (p: Printed) => intervalOf({ value: p.value.toString(), decimals: p.decimals });
  const r = compareChangeRate(percentFigure(rate, s.at), iv(s.now), iv(s.base));
  if (!r || r.agreement !== 'break') return;
  const u = s.unit;
  reportRate(ctx, rate, r, `本年数${s.now.raw}${u}、所比的${s.base.raw}${u}`, r.truncated ? '' : `，变动${s.change?.raw ?? ''}${u}`, s.at);
}

/** A rate found wrong on the figures it is said with (`lead` names them): cut off a warning, else an error, with the rate it should be. */
function reportRate(ctx: RuleContext, rate: Printed, r: NonNullable<ReturnType<typeof compareRate>>, lead: string, more: string, at: Location): void {
  const right = `${fmt(r.computed, rate.decimals)}%`;
  ctx.report({
    ...(r.truncated ? { severity: 'warning' as const } : {}),
    message: r.truncated
      ? `${lead}，变动率${rate.raw}%是${fmt(r.computed, rate.decimals + 2)}%截断所得（未四舍五入），按四舍五入应为${right}`
      : `${lead}${more}，变动率应为${right}，说明写${rate.raw}%`,
    expected: right,
    actual: `${rate.raw}%`,
    difference: `${fmt(rate.value.minus(r.computed.toDecimalPlaces(rate.decimals, Decimal.ROUND_HALF_UP)), rate.decimals)}个百分点`,
    tolerance: `±${fmt(r.tolerance, rate.decimals + 2)}个百分点`,
    locations: [at],
  });
}

/** A printed rate as a figure, for the comparisons. */
const percentFigure = (p: Printed, at: Location) => ({ value: p.value.toString(), decimals: p.decimals, kind: 'percent' as const, unit: '%', raw: p.raw, location: at });

// "A万元，比上年增加B万元，增长C%": this year's amount, its change and the rate, in one breath.
const NOW_CHANGE_RATE = new RegExp(
  `${NUM}${UNIT}[，,]?(?:比|较|与)(?:上年|去年|上一?年度|同期|\\d{4}年度?)(?:同期)?(?:决算数?|决算)?(?:相比)?[，,]?(增加|减少|增长|下降)了?${NUM}${UNIT}[，,]?(?:增长|下降|增加|减少|上升|降低|增幅|降幅)率?(?:为|是|达)?了?${NUM}[%％]`,
  'g',
);

/** Every amount stated with its change on last year and the rate of that change in one breath, in one unit. */
export function statedRates(doc: Disclosure): { name: string | null; now: Printed; change: Printed; rate: Printed; unit: string; at: Location; priorSaid: boolean }[] {
  const { text, at } = joinedProse(doc);
  if (!/比|较|与/.test(text) || !/[%％]/.test(text)) return [];
  const fy = doc.facts.fiscalYear;
  const out: ReturnType<typeof statedRates> = [];
  for (const m of text.matchAll(NOW_CHANGE_RATE)) {
    if (m[2] !== m[5]) continue;
    // ("比2017年…": a year named must be the one before the report year's.)
    const y = /(\d{4})年/.exec(m[0].slice((m[1] as string).length));
    if (y && fy && Number(y[1]) !== fy - 1) continue;
    const change = printed(m[4] as string);
    if (/减少|下降/.test(m[3] as string)) change.value = change.value.negated();
    // The words right before the amount name what it is ("1.工资福利支出500.00万元": 工资福利支出).
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "…合计141.55万元,2014年为107.89万元,较2014年增加33.66万元,增加31%": the amount is last year's, the
    // base of the change, when the year before the report's (or 上年) is named right before it.
    const py = /(?:(\d{4})\s*年度?|上年度?|去年|上一年度?)(?:决算数?)?(?:为|是)$/.exec(before);
    const priorSaid = py != null && (!py[1] || (fy != null && Number(py[1]) === fy - 1));
    // ("支出决算为100万元，2023年支出决算为80万元，较上年增加20万元": another year leading the amount's clause
    // with other words before its copula makes the amount that year's, or this year's with a slip of the
    // year: which one is its base is not proved, so the rate is not held to it.)
    const otherYear = /(?:(\d{4})\s*年度?|上一?年度?|去年)(?!度|\s*(?:结转|结余|末))[^，,；;。\d]{0,12}$/.exec(before);
    if (!priorSaid && otherYear && (!otherYear[1] || Number(otherYear[1]) !== fy)) continue;
    const name = priorSaid ? null : (/([\u4e00-\u9fa5（）()“”"]{2,16}?)(?:决算数|支出决算)?(?:为|是|达|共计|合计)?$/.exec(before)?.[1] ?? null);
    out.push({ name, now: printed(m[1] as string), change, rate: printed(m[6] as string), unit: m[2] as string, at: at(m.index + m[0].length - 1), priorSaid });
  }
  return out;
}

export const changeRateInBreath = defineRule({
  id: 'arithmetic.change-rate-in-breath',
  title: '句中本年数、变动额与变动率不符',
  category: 'arithmetic',
  severity: 'error',
  authority: '算术一致性（变动率 = 变动额 ÷ 上年数，上年数 = 本年数 − 变动额）',
  description:
    '一句中依次写出本年数、与上年相比的变动额和变动率（“工资福利支出500.00万元，比上年增加50.00万元，增长20.00%”）时，变动率应等于变动额 ÷（本年数 − 变动额），按各数打印的精度允许舍入尾差；截断而非四舍五入的为警告。不论所说事项能否识别，三个数已自证；说明已读成某一事项的，由“变动率与变动额不符”核对，不在此重复。',
  cases: [
    { name: '相符', expect: 'pass', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '1.商品和服务支出41.02万元，比上年减少8.98万元，下降17.96%。') },
    { name: '变动率不符', expect: 'fail', mentions: '11.11%', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '1.工资福利支出500.00万元，比上年增加50.00万元，增长20.00%。') },
    { name: '句中的数是上年数（“2023年为…”）：以它为基数', expect: 'pass', text: md('十、其他重要事项的情况说明', '2024年决算为保障机构正常运行而发生的购买货物和服务各项支出合计141.55万元，2023年为107.89万元，较2023年增加33.66万元，增加31%。') },
    { name: '上年数为基数算得的变动率不符', expect: 'fail', mentions: '20.00%', text: md('十、其他重要事项的情况说明', '2024年决算为保障机构正常运行而发生的购买货物和服务各项支出合计40.00万元，2023年为50.00万元，较2023年减少10.00万元，减少25.00%。') },
    { name: '句中另一年的数（“2023年支出决算为…”）不作本年数', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '（二）卫生健康支出（类）。支出决算为100.00万元，2023年支出决算为80.00万元，较上年增加20.00万元，增长25.00%。', '（三）住房保障支出（类）。支出决算为44.00万元，比上年增加4.00万元，增长10.00%。') },
    { name: '截断所得：警告', expect: 'fail', severity: 'warning', mentions: '截断', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '2.对个人和家庭的补助830.00万元，比上年增加80.00万元，增长10.66%。') },
  ],
  check(ctx) {
    const all = statedRates(ctx.doc);
    if (!all.length) return notApplicable('说明中没有同一句写出本年数、变动额和变动率的表述');
    // What the claims reader read (its subject known) arithmetic.change-rate checks: not twice.
    const known = ctx.doc.claims.flatMap((c) => (c.change?.amount && c.change.rate ? [{ change: asPrinted(c.change.amount), rate: c.change.rate }] : []));
    for (const s of all) {
      if (known.some((k) => new Decimal(k.change.value).abs().eq(s.change.value.abs()) && new Decimal(k.rate.value).abs().eq(s.rate.value))) continue;
      const iv = (p: Printed) => intervalOf({ value: p.value.abs().toString(), decimals: p.decimals });
      const now = intervalOf({ value: s.now.value.toString(), decimals: s.now.decimals });
      const ch = intervalOf({ value: s.change.value.toString(), decimals: s.change.decimals });
      // (Last year's amount said: it is the base itself.)
      const prior = s.priorSaid ? now : { lo: now.lo.minus(ch.hi), hi: now.hi.minus(ch.lo) };
      if (prior.lo.lte(0)) continue;
      const r = compareRate(percentFigure(s.rate, s.at), iv(s.change), prior);
      if (!r || r.agreement !== 'break') continue;
      const u = s.unit;
      const priorMid = s.now.value.minus(s.change.value);
      const lead = s.priorSaid ? `上年数${s.now.raw}${u}、变动${s.change.raw}${u}` : `${s.name ? `「${s.name}」` : ''}本年数${s.now.raw}${u}、变动${s.change.raw}${u}`;
      reportRate(ctx, s.rate, r, lead, s.priorSaid ? '' : `（上年数${fmt(priorMid, Math.max(s.now.decimals, s.change.decimals))}${u}）`, s.at);
    }
  },
});

export const rules = [changeBetweenLevels, changeRateInBreath];
