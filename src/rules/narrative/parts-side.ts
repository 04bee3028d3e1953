import type { Claim } from '../../model/disclosure.js';
import { misplacedCause } from '../arithmetic/lib.js';
import { defineRule, notApplicable } from '../rule.js';

/** The department's own totals of one side, and the name of the other side's. */
const TOTALS: Record<string, { side: 'income' | 'expense'; other: string }> = {
  'income.total': { side: 'income', other: '本年支出合计' },
  'expense.total': { side: 'expense', other: '本年收入合计' },
  'income.grand': { side: 'income', other: '支出总计' },
  'expense.grand': { side: 'expense', other: '收入总计' },
  'fiscal.income.grand': { side: 'income', other: '财政拨款支出总计' },
  'fiscal.expense.grand': { side: 'expense', other: '财政拨款收入总计' },
};

/** Items that belong to one side only: its income items (收入) or its spending items (支出). */
function sideOf(key: string): 'income' | 'expense' | null {
  if (/^income\.(?!total$|grand$)/.test(key)) return 'income';
  if (/^expense\.(?!total$|grand$)/.test(key)) return 'expense';
  return null;
}

/**
 * "本年支出合计4733.14万元，其中：财政拨款收入4733.14万元": a total whose 其中 lists only the other side's
 * items is named for the wrong side (an income total's parts are income items). Read from the words
 * alone, since a department's income and spending totals are often the same amount, so no sum tells.
 */
export const partsOfOtherSide = defineRule({
  id: 'narrative.parts-other-side',
  title: '合计之下所列为另一方的项目',
  category: 'narrative',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》（收入决算、支出决算情况说明：本年收入合计由各项收入组成，本年支出合计由基本支出、项目支出等组成）',
  description:
    '说明中“本年收入合计……，其中：”之下只应列收入项目，“本年支出合计……，其中：”之下只应列支出项目。“其中”所列全是另一方的项目（支出合计之下列财政拨款收入，收入合计之下列基本支出、项目支出）时，合计的名称多为写错；收支两个合计常为同一金额，数字上看不出，故按用语报告为警告。',
  cases: [
    {
      name: '本年支出合计之下列财政拨款收入',
      expect: 'fail',
      mentions: '本年收入合计',
      text: '## 二、收入决算情况说明\n\n本年支出合计4733.14万元，其中：财政拨款收入4733.14万元，占100.00%。\n',
    },
    {
      name: '本年收入合计之下列基本支出、项目支出',
      expect: 'fail',
      mentions: '基本支出',
      text: '## 三、支出决算情况说明\n\n本年收入合计4733.14万元，其中：基本支出3365.38万元，占71.10%；项目支出1367.76万元，占28.90%。\n',
    },
    {
      name: '各合计之下列本方项目',
      expect: 'pass',
      text: '## 二、收入决算情况说明\n\n本年收入合计4733.14万元，其中：财政拨款收入4733.14万元，占100.00%。\n\n## 三、支出决算情况说明\n\n本年支出合计4733.14万元，其中：基本支出3365.38万元，占71.10%；项目支出1367.76万元，占28.90%。\n',
    },
    {
      name: '收入支出总计之下两方都列',
      expect: 'pass',
      text: '## 一、收入支出决算总体情况说明\n\n2024年度收入、支出总计均为4785.75万元。其中：本年收入合计4733.14万元，本年支出合计4733.14万元。\n',
    },
  ],
  check({ doc, report }) {
    const wholes = doc.claims.filter((c) => TOTALS[c.subject.key] && c.amount);
    if (!wholes.length) return notApplicable('说明中没有写出本年收入合计、本年支出合计或收支总计');
    for (const w of wholes) {
      const t = TOTALS[w.subject.key] as (typeof TOTALS)[string];
      const text = w.location.text ?? '';
      const at = text.indexOf(w.subject.label);
      // The total's own 其中, right after it: its figure, then "其中" before any other subject is named.
      const after = at >= 0 ? text.slice(at + w.subject.label.length) : '';
      if (!/^[^，,。；;]*[\d.]+\s*万?元[，,；;：:\s]*其中[：:，,]?/.test(after)) continue;
      const parts = listedAfter(doc.claims, w);
      if (!parts.length) continue;
      const sides = parts.map((p) => sideOf(p.subject.key));
      if (!sides.every((s) => s != null && s !== t.side)) continue;
      const names = [...new Set(parts.map((p) => p.subject.label))];
      report({
        message: `「${w.subject.label}」${w.amount?.raw ?? ''}之下“其中”所列为${t.side === 'income' ? '支出' : '收入'}项目（${names.join('、')}），不是${t.side === 'income' ? '收入' : '支出'}的组成：合计的名称疑写错，按所列应为「${t.other}」`,
        expected: t.other,
        actual: w.subject.label,
        locations: [w.location],
        section: w.section,
        // The total's name is wrong: a comparison that took it at its name follows from this.
        cause: misplacedCause(w.id),
      });
    }
  },
});

/** The claims said after a whole in its own sentence, up to the sentence's end: the 其中 list. */
function listedAfter(claims: readonly Claim[], w: Claim): Claim[] {
  const i = claims.indexOf(w);
  const out: Claim[] = [];
  for (const c of claims.slice(i + 1)) {
    if (c.sentence !== w.sentence) break;
    out.push(c);
  }
  return out;
}
