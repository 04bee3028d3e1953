import { isCellSoup } from '../../model/cell-soup.js';
import { compactOf } from '../../model/compact-text.js';
import type { Disclosure } from '../../model/disclosure.js';
import { locationAt } from '../../model/layout.js';
import { type Location, type Place, comparePlaces, placeKey, placeLabel } from '../../model/location.js';
import { lineSections } from '../../model/section-at.js';
import { repeatedEntryCause } from '../arithmetic/lib.js';
import { defineRule, notApplicable } from '../rule.js';
import { HEADING_NUMBER } from './patterns.js';

const AUTH = '《关于做好2024年度部门决算公开工作的通知》：公开内容应真实、准确、完整';

/** A figure with its unit: what makes a paragraph a statement of the account, not boilerplate. */
const FIGURE = /\d(?:[\d,.]*\d)?\s*(?:万元|亿元|元|%|％|人次|人|个|辆|批次|次|项|台|套)/;
/** From this length on (whitespace left out) a paragraph is not said twice by chance. */
const MIN_LENGTH = 40;

/**
 * The heading a place stands under (its index among the document's headings in order, -1 before the
 * first): two places under one heading are in one section of the text, not in two sections or parts
 * that may repeat a sentence on purpose (the explanation and a self-evaluation report after it).
 */
function headingIndexer(doc: Disclosure): (at: Place) => number {
  const heads = doc.sections.filter((s) => s.key !== 'toc' && s.location.line != null).map((s) => s.location);
  heads.sort(comparePlaces);
  return (at) => {
    let lo = 0;
    let hi = heads.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePlaces(heads[mid] as Place, at) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
}

type Line = Disclosure['lines'][number];

/**
 * In one paragraph, a run of whole sentences printed again right after itself ("X。Y。X。Y。"): a
 * paragraph pasted twice that the reader joined into one (a PDF sets paragraphs apart by space alone).
 * The offsets, in the line's own text, of the two copies; null when there is none.
 */
function doubledRun(l: Line): { text: string; first: number; second: number } | null {
  // The line without whitespace, and where each kept character stands in the line.
  const { compact: t, at } = compactOf(l.text);
  if (t.length < 2 * MIN_LENGTH) return null;
  const ends = [0];
  // (By code unit: 。！？ — a pattern on t[i] made a string and a call for every character.)
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) ends.push(i + 1);
  }
  const isEnd = new Set(ends);
  for (const i of ends) {
    for (const j of ends) {
      const n = j - i;
      if (n < MIN_LENGTH || !isEnd.has(j + n) || t.slice(i, j) !== t.slice(j, j + n)) continue;
      return { text: t.slice(i, j), first: at[i] as number, second: at[j] as number };
    }
  }
  return null;
}

export const templateRepeatedParagraph = defineRule({
  id: 'template.repeated-paragraph',
  title: '同一段文字印了两次',
  category: 'template',
  severity: 'warning',
  authority: AUTH,
  description:
    '情况说明的同一节中，同一段带数字的文字（去掉空白后40字以上，不是标题、表格行）一字不差地出现两次，或在一段之中整句连印两遍（PDF以段距分段时，两段会读成一段），多为编辑时重复粘贴或改写后未删原段；应删去其一。只比较同一标题下的段落：不同节、说明与名词解释或绩效报告之间复述的句子不报；出现三次以上的（页眉页脚、跨页重复的表头）不报。',
  cases: [
    {
      name: '同一节中一段印了两次',
      expect: 'fail',
      mentions: '印了两次',
      text: '# 2024年度某局部门决算\n## 第三部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计328.40万元，支出总计328.40万元。与2023年度相比，收入、支出总计各增加18.20万元，增长5.87%，主要原因是人员增加。\n2024年度收入总计328.40万元，支出总计328.40万元。与2023年度相比，收入、支出总计各增加18.20万元，增长5.87%，主要原因是人员增加。\n二、收入决算情况说明\n本年收入合计300.00万元。\n',
    },
    {
      name: '一段连印两遍、读成了一段',
      expect: 'fail',
      mentions: '连印了两次',
      text: '# 2024年度某局部门决算\n## 第三部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计328.40万元，支出总计328.40万元。与2023年度相比，各增加18.20万元，增长5.87%。2024年度收入总计328.40万元，支出总计328.40万元。与2023年度相比，各增加18.20万元，增长5.87%。\n',
    },
    {
      name: '各段不同',
      expect: 'pass',
      text: '# 2024年度某局部门决算\n## 第三部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计328.40万元，支出总计328.40万元。与2023年度相比，收入、支出总计各增加18.20万元，增长5.87%，主要原因是人员增加。\n2024年度本年收入合计300.00万元，本年支出合计300.00万元。与2023年度相比，本年收入、本年支出各增加18.20万元，主要原因是人员增加。\n',
    },
    {
      name: '两节开头复述同一句不报',
      expect: 'pass',
      text: '# 2024年度某局部门决算\n## 第三部分 情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n2024年度一般公共预算财政拨款支出328.40万元，占本年支出合计的100.00%，与2023年度相比增加18.20万元，增长5.87%。\n（二）一般公共预算财政拨款支出决算结构情况\n2024年度一般公共预算财政拨款支出328.40万元，占本年支出合计的100.00%，与2023年度相比增加18.20万元，增长5.87%。\n',
    },
    {
      name: '没有数字的套话不报',
      expect: 'pass',
      text: '# 2024年度某局部门决算\n## 第三部分 情况说明\n一、收入支出决算总体情况说明\n本部门严格执行中央八项规定精神，厉行节约，从严控制一般性支出，各项经费支出均按照预算执行，没有超预算超标准支出的情况。\n本部门严格执行中央八项规定精神，厉行节约，从严控制一般性支出，各项经费支出均按照预算执行，没有超预算超标准支出的情况。\n2024年度收入总计328.40万元，支出总计328.40万元，与2023年度相比增加18.20万元，增长5.87%。\n',
    },
  ],
  check({ doc, report }) {
    // (The section of every line is the document's, shared with other rules: asked first, it spares
    // squeezing the lines outside the explanation.)
    const sectionOf = lineSections(doc);
    const headingOf = headingIndexer(doc);
    const headings = new Set(doc.sections.map((s) => placeKey(s.location)));
    const copies = new Map<string, Location[]>();
    let read = 0;
    for (let i = 0; i < doc.lines.length; i++) {
      const l = doc.lines[i] as Line;
      // (A line shorter than MIN_LENGTH is so squeezed too: passed over before its key is made.)
      if (l.location.cell || l.text.length < MIN_LENGTH || !sectionOf[i]?.startsWith('explain') || headings.has(placeKey(l.location))) continue;
      const t = l.text.replace(/\s+/g, '');
      if (t.length < MIN_LENGTH || !/[，,。；;]/.test(t) || !FIGURE.test(t) || isCellSoup(l.text)) continue;
      read++;
      copies.set(t, [...(copies.get(t) ?? []), l.location]);
      const doubled = doubledRun(l);
      if (doubled && FIGURE.test(doubled.text)) {
        const [first, second] = [locationAt(l, doubled.first), locationAt(l, doubled.second)];
        report({
          message: `同一段文字连印了两次（${placeLabel(first)}起）：“${doubled.text.slice(0, 30)}……”紧接着又印了一遍，应删去其一（多为编辑时重复粘贴）。`,
          expected: '每段只印一次',
          actual: '连印两遍',
          locations: [first, second],
        });
      }
    }
    if (!read) return notApplicable('情况说明中没有可比较的带数字的段落');
    for (const [text, at] of copies) {
      // Three copies or more: a running header or footer, a header row repeated on every page.
      if (at.length !== 2) continue;
      const [first, second] = at as [Location, Location];
      if (headingOf(first) !== headingOf(second)) continue;
      report({
        message: `同一段文字印了两次（${placeLabel(first)}与${placeLabel(second)}）：“${text.slice(0, 30)}……”，应删去其一（多为编辑时重复粘贴或改写后未删原段）。`,
        expected: '每段只印一次',
        actual: `${placeLabel(first)}、${placeLabel(second)}两处相同`,
        locations: [first, second],
        // A numbered entry printed again over the next: template.numbering names the repeated number (and
        // the sums it shortens); the paragraph printed twice is that one cause.
        ...(HEADING_NUMBER.test(text) ? { explainedBy: { causes: [repeatedEntryCause(second)], because: `${placeLabel(first)}与${placeLabel(second)}是同一段文字` } } : {}),
      });
    }
  },
});
