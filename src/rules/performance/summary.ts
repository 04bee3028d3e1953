import { Decimal, fmt, parseNumber } from '../../model/decimal.js';
import { type Rule, defineRule, notApplicable } from '../rule.js';
import { linesWith } from '../template/patterns.js';
import { NATIONAL } from './util.js';

/** Score band of each grade word (优 ≥ 90, 良 80–90, 中/合格 60–80, 差/不合格 < 60). */
const BANDS: { re: RegExp; lo: number; hi: number }[] = [
  { re: /^优/, lo: 90, hi: 100 },
  { re: /^良/, lo: 80, hi: 90 },
  { re: /^(中|合格|一般)/, lo: 60, hi: 80 },
  { re: /^(差|不合格|较差)/, lo: 0, hi: 60 },
];

const COUNT_OF_GRADE = /(?:评级|等级|评价结果)为?[“"「]?(优秀?|良好?|中|合格|一般|差|较差|不合格)[”"」]?的(?:项目)?(\d+)个/g;
/** A further grade listed after the first without its 等级为 ("等级为优的7个，良的1个"). */
const NEXT_GRADE = /[，,、；;]\s*[“"「]?(优秀?|良好?|中|合格|一般|差|较差|不合格)[”"」]?的(?:项目)?(\d+)个/y;
/** A count of projects in no grade ("未开展的1个", "未评价的项目2个"): the grades then need not add up to all. */
const COUNT_OF_NO_GRADE = /(?:未开展|未评价|未评级|未完成|暂未|其他)[^，,。；;\d]{0,6}?(\d+)个/g;
const EVALUATED = /绩效自评的?(?:20\d{2}年度?)?(?:项目)?(?:共)?(\d+)个/;
const AVERAGE = /平均(?:得分|分)(?:为)?(\d+(?:\.\d+)?)分/;

/** The grades listed one after another from `at` on, each without its 等级为 ("，良的1个，中的0个"). */
function gradesRightAfter(text: string, at: number): { grade: string; n: number }[] {
  const out: { grade: string; n: number }[] = [];
  for (;;) {
    NEXT_GRADE.lastIndex = at;
    const m = NEXT_GRADE.exec(text);
    if (!m) return out;
    out.push({ grade: m[1] as string, n: Number(m[2]) });
    at = m.index + m[0].length;
  }
}

/**
 * A performance summary in prose ("绩效自评的项目4个…平均得分99.43分（其中评级为“优”的项目4个；…）"):
 * the projects by grade add up to the projects evaluated, and the average lies within the grades' bands.
 */
export const gradeDistribution = defineRule({
  id: 'performance.grade-distribution',
  title: '绩效自评项目数、等级分布与平均分一致',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}第二十七条（优90分及以上、良80–90分、中60–80分、差60分以下）；各地部门决算公开模板“预算绩效管理情况”`,
  description:
    '“预算绩效管理情况”中按等级列出的自评项目个数（连同写明未开展、未评价的个数）之和应等于自评项目总数；平均得分应落在各等级分数区间按个数加权的范围内（如全部为“优”，平均分不低于90分）。',
  cases: [
    {
      name: '4个项目全部为优，平均99.43分',
      expect: 'pass',
      text: '十、预算绩效管理情况\n\n绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个）。\n',
    },
    {
      name: '等级个数之和为5，不等于4',
      expect: 'fail',
      mentions: '5',
      text: '十、预算绩效管理情况\n\n绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分95.5分（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目1个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个）。\n',
    },
    { name: '“等级为优的7个，未开展的1个”：合计8个', expect: 'pass', text: '十、预算绩效管理情况\n\n本单位2024年度绩效自评的8个项目中，自评等级为优的7个，未开展的1个。\n' },
    { name: '“等级为优的6个，良的1个，未开展的1个”：合计8个', expect: 'pass', text: '十、预算绩效管理情况\n\n本单位2024年度绩效自评的8个项目中，自评等级为优的6个，良的1个，未开展的1个。\n' },
    { name: '“等级为优的6个，良的3个”：合计9个，多于8个', expect: 'fail', mentions: '9', text: '十、预算绩效管理情况\n\n本单位2024年度绩效自评的8个项目中，自评等级为优的6个，良的3个。\n' },
    {
      name: '全部为优而平均分只有85分',
      expect: 'fail',
      mentions: '85',
      text: '十、预算绩效管理情况\n\n绩效自评的2024年度项目4个，平均得分85分（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目0个）。\n',
    },
  ],
  check({ doc, report }) {
    const lines = linesWith(doc, /(?:评级|等级|评价结果)为?[“"「]?(?:优|良|中|合格|一般|差|较差|不合格)/).filter((l) => EVALUATED.test(l.text));
    if (lines.length === 0) return notApplicable('没有按等级列出自评项目个数的绩效情况说明');
    for (const l of lines) {
      const total = Number((EVALUATED.exec(l.text) as RegExpExecArray)[1]);
      const firsts = [...l.text.matchAll(COUNT_OF_GRADE)];
      if (firsts.length === 0) continue;
      const counts = firsts.flatMap((m) => [{ grade: m[1] as string, n: Number(m[2]) }, ...gradesRightAfter(l.text, (m.index ?? 0) + m[0].length)]);
      const sum = counts.reduce((s, c) => s + c.n, 0);
      const listed = counts.map((c) => `${c.grade}${c.n}个`).join('、');
      // ("等级为优的7个，未开展的1个": projects in no grade count with the grades.)
      const ungraded = [...l.text.matchAll(COUNT_OF_NO_GRADE)].reduce((s, m) => s + Number(m[1]), 0);
      if (sum + ungraded !== total) {
        report({
          message: `绩效自评项目共${total}个，按等级列出的个数（${listed}）合计${sum}个`,
          expected: String(total),
          actual: String(sum),
          difference: String(sum - total),
          locations: [l.location],
        });
        continue;
      }
      const avg = AVERAGE.exec(l.text);
      const value = avg ? parseNumber(avg[1] as string) : null;
      if (!value || total === 0) continue;
      let lo = new Decimal(0);
      let hi = new Decimal(0);
      for (const c of counts) {
        const b = BANDS.find((x) => x.re.test(c.grade));
        if (!b) continue;
        lo = lo.plus(new Decimal(b.lo).times(c.n));
        hi = hi.plus(new Decimal(b.hi).times(c.n));
      }
      lo = lo.div(total);
      hi = hi.div(total);
      const a = new Decimal(value.value);
      if (a.gte(lo) && a.lte(hi)) continue;
      report({
        message: `绩效自评平均得分${avg![1]}分，与等级分布（${listed}）不符：按各等级分数区间，平均分应在${fmt(lo, 2)}至${fmt(hi, 2)}分之间`,
        expected: `${fmt(lo, 2)}–${fmt(hi, 2)}`,
        actual: avg![1] as string,
        locations: [l.location],
      });
    }
  },
});

export const rules: Rule[] = [gradeDistribution];
