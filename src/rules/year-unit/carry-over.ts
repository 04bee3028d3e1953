import { locationAt } from '../../model/layout.js';
import { defineRule, insufficient, notApplicable } from '../rule.js';
import { linesWith } from '../template/patterns.js';

/**
 * A carry-over dated by a year: "2014年年初结转和结余", "2015年末结转结余", "2014年度年末结转和结余".
 * Only the carry-over's own words (结转和结余 and its wordings), never 结余 alone.
 */
const DATED_CARRY_OVER = /(?<!\d)(20\d{2})\s*年\s*(?:度\s*)?(年初|年末|初|末)\s*(?:的\s*)?(?:结转(?:和|与|及|、)?结余|结余(?:和|与|及|、)?结转)/g;

/** The opening of which year a dated carry-over stands at: 2015年初 is 2015's, 2014年末 is 2015's too. */
function point(year: number, when: string): number {
  return when.endsWith('初') ? year : year + 1;
}

export const carryOverYear = defineRule({
  id: 'year-unit.carry-over-year',
  title: '年初或年末结转和结余写成其他年度',
  category: 'year-unit',
  severity: 'warning',
  authority: '财政部《部门决算报表编制说明》：年初结转和结余为上年末结转至本年的资金，年末结转和结余为本年末结转下年的资金',
  description:
    '决算所说的年初结转和结余是决算年度年初（即上年末）的数，年末结转和结余是决算年度年末的数。2015年度决算写“2014年年初结转和结余”“2016年年末结转和结余”，所说的是其他年度的结转和结余（多为沿用其他年度的文本或年度写错）。“2014年末结转结余”就是2015年初的数，不报；“上年末”“本年初”之类不写年份的不核对；与上年比较的（“比2014年年初结转和结余增加”，或同一段中与本年度的数并列）不报。',
  cases: [
    { name: '年初写成决算年度年初', expect: 'pass', text: '# 2015年度某局部门决算\n一、收入支出决算总体情况说明\n2015年年初结转和结余12.50万元，年末结转和结余8.20万元。\n' },
    { name: '上年末即本年初', expect: 'pass', text: '# 2015年度某局部门决算\n一、收入支出决算总体情况说明\n收入总计含2014年末结转结余12.50万元；2015年末结转结余8.20万元。\n' },
    { name: '年初写成上年年初', expect: 'fail', mentions: '2014年年初结转和结余', text: '# 2015年度某局部门决算\n一、收入支出决算总体情况说明\n收入总计包括本年收入300.00万元和2014年年初结转和结余12.50万元。\n' },
    { name: '年末写成下年年末', expect: 'fail', mentions: '2016年年末结转和结余', text: '# 2015年度某局部门决算\n一、收入支出决算总体情况说明\n支出总计包括本年支出304.30万元和2016年年末结转和结余8.20万元。\n' },
    { name: '与上年年初比较', expect: 'pass', text: '# 2015年度某局部门决算\n一、收入支出决算总体情况说明\n年初结转和结余12.50万元，比2014年年初结转和结余增加2.50万元。\n' },
    { name: '与本年度的数并列', expect: 'pass', text: '# 2015年度某局部门决算\n一、收入支出决算总体情况说明\n2014年年初结转和结余10.00万元，2015年年初结转和结余12.50万元，增加2.50万元。\n' },
    { name: '结余单用不核对', expect: 'pass', text: '# 2015年度某局部门决算\n一、收入支出决算总体情况说明\n2013年末结余资金已按规定上缴，2015年年初结转和结余12.50万元。\n' },
  ],
  check({ doc, report }) {
    const year = doc.facts.fiscalYear;
    if (year == null) return insufficient('未能确定决算年度。');
    const lines = linesWith(doc, /20\d{2}\s*年\s*(?:度\s*)?(?:年初|年末|初|末)\s*(?:的\s*)?(?:结转|结余)/);
    const dated = lines.map((l) => ({ l, hits: [...l.text.matchAll(DATED_CARRY_OVER)] })).filter((x) => x.hits.length);
    if (!dated.length) return notApplicable('文中没有写明年份的年初或年末结转和结余');
    for (const { l, hits } of dated) {
      const points = hits.map((m) => point(Number(m[1]), m[2] as string));
      hits.forEach((m, k) => {
        const at = points[k] as number;
        // The account's opening (year) or its closing (year + 1): right.
        if (at === year || at === year + 1) return;
        const before = l.text.slice(0, m.index ?? 0);
        // The level compared with ("比2014年年初结转和结余增加…"), and a span of years ("2013-2014年").
        if (/(?:比|较|与|同|对比|相比)\s*$/.test(before) || /\d{4}\s*[-—–至到]\s*$/.test(before)) return;
        if (/^[^，,。；;]*(?:相比|比较|对比)/.test(l.text.slice((m.index ?? 0) + m[0].length))) return;
        // Two years set side by side in one paragraph ("2014年年初…10.00万元，2015年年初…12.50万元"): a comparison.
        if (points.some((p, j) => j !== k && p !== at && (p === year || p === year + 1))) return;
        const when = (m[2] as string).endsWith('初') ? '年初' : '年末';
        const own = when === '年初' ? `${year}年初（即${year - 1}年末）` : `${year}年末`;
        report({
          message: `“${m[0].replace(/\s+/g, '')}”不是${year}年度决算的${when}结转和结余：${year}年度的${when}结转和结余是${own}的数（多为沿用其他年度的文本或年度写错）。`,
          expected: when === '年初' ? `${year}年年初（或${year - 1}年末）` : `${year}年年末`,
          actual: m[0].replace(/\s+/g, ''),
          locations: [locationAt(l, m.index ?? 0)],
        });
      });
    }
  },
});
