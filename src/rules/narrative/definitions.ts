import type { Location } from '../../model/location.js';
import { locationAt } from '../../model/layout.js';
import { defineRule } from '../rule.js';

/**
 * What only each income item's own definition says (财政部《部门决算公开格式文本》名词解释): a sentence
 * giving one item the words of another ("上级补助收入8.38万元，为事业单位开展业务活动取得的收入" is
 * 事业收入's) copied its description from the neighbouring item.
 */
const OWN_WORDS: { item: string; re: RegExp }[] = [
  { item: '财政拨款收入', re: /(?:从|由)?(?:本级|同级)财政(?:部门)?(?:当年)?(?:取得|拨付|拨入|安排)/ },
  { item: '上级补助收入', re: /主管部门和上级单位取得|(?:从|由)上级单位取得的非财政补助/ },
  { item: '事业收入', re: /开展(?:专业)?业务活动(?:及其辅助活动)?(?:所)?取得的收入/ },
  { item: '经营收入', re: /之外开展非独立核算(?:的)?经营活动/ },
  { item: '附属单位上缴收入', re: /附属(?:的)?独立核算单位(?:按照?有关规定)?上缴/ },
];
const ITEMS = OWN_WORDS.map((d) => d.item).join('|');
// "2.上级补助收入8.38万元，为…", "事业收入：指…": the item, its amount perhaps, then what it is.
const DEFINED = new RegExp(`(?<![\\u4e00-\\u9fa5“"])(?:一般公共预算)?(${ITEMS})(?:[”"])?\\s*(?:[\\d,.，]*\\s*万?元)?\\s*[，,：:]?\\s*(?:为|是指|指|是)([^。；;]{4,60})`, 'g');

export const narrativeIncomeDefinition = defineRule({
  id: 'narrative.income-definition',
  title: '收入项目的说明套用了其他项目的定义',
  category: 'narrative',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》名词解释（各收入项目的口径）',
  description:
    '说明或名词解释中某项收入的含义写成了另一项收入的定义（“上级补助收入……为事业单位开展业务活动取得的收入”是事业收入的口径），多为从相邻条目复制后未改。只在句中写出的含义与另一项的定义用语相符、与本项的不符时报告。',
  cases: [
    {
      name: '上级补助收入写成事业收入的定义',
      expect: 'fail',
      mentions: '事业收入',
      text: '## 二、收入决算情况说明\n\n2.上级补助收入8.38万元，为事业单位开展业务活动取得的收入。较上年减少17.40万元。\n',
    },
    {
      name: '各项按本项定义',
      expect: 'pass',
      text: '## 二、收入决算情况说明\n\n1.财政拨款收入382.17万元，为市本级财政当年拨付的资金。2.上级补助收入8.38万元，为从主管部门和上级单位取得的非财政补助收入。3.事业收入10万元，为事业单位开展专业业务活动及其辅助活动取得的收入。4.经营收入0万元，为事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。\n',
    },
  ],
  check({ doc, report }) {
    const seen = new Set<string>();
    const wrong: { item: string; as: string; words: string; location: Location }[] = [];
    for (const l of doc.lines) {
      // Every item DEFINED names ends in 收入: a line without it holds no match (and needs no iterator).
      if (l.location.cell || !l.text.includes('收入')) continue;
      for (const m of l.text.matchAll(DEFINED)) {
        const item = m[1] as string;
        const what = m[2] as string;
        const own = OWN_WORDS.find((d) => d.item === item);
        if (!own || own.re.test(what)) continue;
        const other = OWN_WORDS.find((d) => d.item !== item && d.re.test(what));
        if (!other || seen.has(`${item}|${other.item}`)) continue;
        seen.add(`${item}|${other.item}`);
        wrong.push({ item, as: other.item, words: what.trim(), location: locationAt(l, m.index ?? 0) });
      }
    }
    for (const w of wrong) {
      report({
        message: `「${w.item}」的含义写成“${w.words}”，这是「${w.as}」的定义，不是${w.item}的（多为从相邻条目复制）。`,
        expected: `${w.item}的定义`,
        actual: w.words,
        locations: [w.location],
      });
    }
  },
});
