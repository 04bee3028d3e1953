import type { Disclosure } from '../../model/disclosure.js';
import { joinedProse } from '../../model/prose.js';
import type { Location } from '../../model/location.js';
import { defineRule, notApplicable } from '../rule.js';

// "…（款）初中教育（项）。主要用于：XXXX。" — the 项 and what it is said to be used for.
const PURPOSE = /([^（）。；：:，]{2,30})（项）[。，：:]?主要用于[：:]?([^。；]{2,160})[。；]/g;
// What follows the purpose in the same sentence is the figures, not the purpose.
const FIGURES = /[，,]?(?:年初预算|当年支出决算|支出决算|决算数).*$/;
const SPECIFIC = 12;

// PURPOSE tried where it can start: its item name is 2–30 characters with no bracket, right before
// （项）. Tried at every position of the prose instead, the name's run was read up to 30 characters
// from each of them (a third of a millisecond a document).
const PURPOSE_AT = new RegExp(PURPOSE.source, 'y');
const ITEM_MARK = '（项）';

/**
 * The matches of PURPOSE in the text, as `text.matchAll(PURPOSE)` gives them. A match's name runs up
 * to the first （ after its start, which is the （项） it ends at: so every start is within 30
 * characters before a （项）, and trying those starts in order finds the matches in order.
 */
function purposes(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // matches do not overlap: the next starts after the last one's end
  for (let k = text.indexOf(ITEM_MARK); k >= 0; k = text.indexOf(ITEM_MARK, k + 1)) {
    for (let p = Math.max(from, k - 30); p <= k - 2; p++) {
      PURPOSE_AT.lastIndex = p;
      const m = PURPOSE_AT.exec(text);
      if (m) {
        out.push(m);
        from = p + m[0].length;
        break;
      }
    }
  }
  return out;
}

export const templateCopiedPurpose = defineRule({
  id: 'template.copied-purpose',
  title: '不同科目的“主要用于”说明相同',
  category: 'template',
  severity: 'warning',
  authority: '财政部《部门决算公开说明编写指引》（一般公共预算财政拨款支出按项级科目逐项说明主要用途）',
  description:
    '“具体情况”中两个不同的项级科目写了一字不差的“主要用于”说明，多为从相邻条目复制后未改。说明较长（12字以上）时报警告；较短的泛称（如“局本部项目支出”）可能确属两项共有，只作提示。',
  cases: [
    {
      name: '各项用途不同',
      expect: 'pass',
      text: '1、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：支付机关及参公单位工作人员基本医疗保险费。年初预算为12.00万元，支出决算为11.80万元。\n2、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。主要用于：支付事业单位人员基本医疗保险费。年初预算为3.00万元，支出决算为2.90万元。\n',
    },
    {
      name: '用途照抄上一项',
      expect: 'fail',
      mentions: '事业单位医疗',
      text: '1、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：支付机关及参公单位工作人员基本医疗保险费。年初预算为12.00万元，支出决算为11.80万元。\n2、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。主要用于：支付机关及参公单位工作人员基本医疗保险费。年初预算为3.00万元，支出决算为2.90万元。\n',
    },
    {
      name: '短泛称相同只作提示',
      expect: 'fail',
      severity: 'info',
      text: '1、文化旅游体育与传媒支出（类）文化和旅游（款）文化活动（项）。主要用于：局本部项目支出。\n2、文化旅游体育与传媒支出（类）文化和旅游（款）文化创作与保护（项）。主要用于：局本部项目支出。\n',
    },
  ],
  check({ doc, report }) {
    const { text, at } = joinedProse(doc);
    const byPurpose = new Map<string, { item: string; location: Location }[]>();
    let any = false;
    for (const m of purposes(text)) {
      const purpose = m[2]!.replace(FIGURES, '').replace(/[，,]$/, '');
      if (purpose.length < 4 || /X{2,}|…/.test(purpose)) continue;
      any = true;
      const list = byPurpose.get(purpose) ?? [];
      if (!list.some((e) => e.item === m[1])) list.push({ item: m[1]!, location: at(m.index + m[0].indexOf('主要用于')) });
      byPurpose.set(purpose, list);
    }
    if (!any) return notApplicable('说明中没有按项写出的“主要用于”');
    for (const [purpose, items] of byPurpose) {
      if (items.length < 2) continue;
      report({
        severity: purpose.length >= SPECIFIC ? 'warning' : 'info',
        message: `${items.map((e) => `“${e.item}”`).join('、')}的“主要用于”说明完全相同（“${purpose.slice(0, 40)}”）${purpose.length >= SPECIFIC ? '，多为复制相邻条目后未改' : '，请核实是否各自写明用途'}。`,
        expected: '各科目写明各自的用途',
        actual: purpose.slice(0, 80),
        locations: items.map((e) => e.location),
      });
    }
  },
});
