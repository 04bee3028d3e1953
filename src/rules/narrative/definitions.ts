import type { Location } from '../../model/location.js';
import { locationAt } from '../../model/layout.js';
import { normalizeItemName } from '../../catalog/catalog.js';
import { defineRule, notApplicable } from '../rule.js';

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

/** Which of the two halves of basic spending an economic-classification code's item falls in. */
const halfOfCode = (code: string): 'personnel' | 'public' | null =>
  /^30[13]/.test(code) ? 'personnel' : /^(?:302|310)/.test(code) ? 'public' : null;
const HALF_WORDS = { personnel: '人员经费（工资福利支出、对个人和家庭的补助）', public: '公用经费（商品和服务支出、资本性支出）' } as const;
/** The items whose make-up an explanation lists, and the half each is. */
const HALF_OF_ITEM: Record<string, 'personnel' | 'public'> = { 人员经费: 'personnel', 工资福利支出: 'personnel', 对个人和家庭的补助: 'personnel', 对个人和家庭的补助支出: 'personnel', 公用经费: 'public', 商品和服务支出: 'public' };
// "人员经费567.02万元，主要包括：基本工资、津贴补贴…": the item, perhaps its amount and share, then what it is made of.
const LISTED = new RegExp(
  `(?<![\\u4e00-\\u9fa5])(${Object.keys(HALF_OF_ITEM).sort((a, b) => b.length - a.length).join('|')})(?![和及与、])([^。；;：:]{0,24}?)(?:主要包括|主要用于|主要是|包括|用于)[:：]?([^。；;]{4,200})`,
  'g',
);

export const narrativeSpendingMakeUp = defineRule({
  id: 'narrative.spending-make-up',
  title: '人员经费与公用经费的构成写反',
  category: 'narrative',
  severity: 'warning',
  authority: '《政府支出经济分类科目》：人员经费为工资福利支出和对个人和家庭的补助，公用经费为商品和服务支出和资本性支出',
  description:
    '说明写“人员经费（公用经费）……主要包括：……”时，所列的明细须是本项的经济分类科目；所列两项以上全是另一项的科目（“公用经费……主要包括：基本工资、津贴补贴、奖金”）而无一是本项的，多为两项的金额或名称写反，或说明抄自另一项。',
  cases: [
    {
      name: '公用经费列的是工资津贴',
      expect: 'fail',
      mentions: '基本工资',
      text: '## 八、一般公共预算财政拨款基本支出决算情况说明\n\n2024年度一般公共预算财政拨款基本支出608.04万元，其中：人员经费567.02万元，主要包括：基本工资、津贴补贴；公用经费41.02万元，主要包括：基本工资、津贴补贴、奖金。\n',
    },
    {
      name: '一句中两项所列正好写反：一条',
      expect: 'fail',
      mentions: '正好写反',
      text: '## 八、一般公共预算财政拨款基本支出决算情况说明\n\n其中：公用经费567.02万元，主要包括：基本工资、津贴补贴、奖金；人员经费41.02万元，主要包括：办公费、印刷费、差旅费。\n',
    },
    {
      name: '两项各列本项科目',
      expect: 'pass',
      text: '## 八、一般公共预算财政拨款基本支出决算情况说明\n\n2024年度一般公共预算财政拨款基本支出608.04万元，其中：人员经费567.02万元，主要包括：基本工资、津贴补贴、奖金、住房公积金、退休费；公用经费41.02万元，主要包括：办公费、印刷费、福利费、办公设备购置。\n',
    },
    {
      name: '所列科目两半都有：不报',
      expect: 'pass',
      text: '## 八、一般公共预算财政拨款基本支出决算情况说明\n\n人员经费和公用经费合计608.04万元，主要包括：基本工资、津贴补贴、办公费、差旅费。公用经费41.02万元，主要用于办公费、基本工资。\n',
    },
  ],
  check({ doc, catalog, report }) {
    const half = new Map<string, 'personnel' | 'public'>();
    for (const item of catalog.economicItems) {
      const h = halfOfCode(item.code);
      if (h && item.code.length === 5) half.set(normalizeItemName(item.name), h);
    }
    let listed = false;
    for (const l of doc.lines) {
      if (l.location.cell || !(l.text.includes('经费') || l.text.includes('支出') || l.text.includes('补助'))) continue;
      const wrong: { item: string; own: 'personnel' | 'public'; words: string[]; at: number }[] = [];
      for (const m of l.text.matchAll(LISTED)) {
        listed = true;
        const own = HALF_OF_ITEM[m[1] as string] as 'personnel' | 'public';
        // Another item named between the item and its list ("人员经费…，公用经费…，主要包括") owns the list.
        if (Object.keys(HALF_OF_ITEM).some((k) => (m[2] as string).includes(k))) continue;
        const words = (m[3] as string).split(/[、，,和及与等]|以及/).map((w) => normalizeItemName(w.replace(/^[:：\s]+|[\s。]+$/g, ''))).filter(Boolean);
        const halves = words.flatMap((w) => (half.has(w) ? [{ w, h: half.get(w)! }] : []));
        const other = halves.filter((x) => x.h !== own);
        if (other.length < 2 || halves.some((x) => x.h === own)) continue;
        wrong.push({ item: m[1] as string, own, words: other.map((x) => x.w), at: m.index ?? 0 });
      }
      const other = (h: 'personnel' | 'public') => (h === 'personnel' ? 'public' : 'personnel');
      const [first, second] = wrong;
      // Both halves of one sentence listing the other's items: the two names (or amounts) swapped, one slip.
      if (wrong.length === 2 && first && second && first.own !== second.own) {
        report({
          message: `「${first.item}」与「${second.item}」所列构成正好写反：「${first.item}」所列“${first.words.join('、')}”是${HALF_WORDS[first.own === 'personnel' ? 'public' : 'personnel']}的科目，「${second.item}」所列“${second.words.join('、')}”是${HALF_WORDS[other(second.own)]}的科目：两项的金额或名称可能写反`,
          expected: `${first.item}列${HALF_WORDS[first.own]}的科目；${second.item}列${HALF_WORDS[second.own]}的科目`,
          actual: `${first.words.join('、')}；${second.words.join('、')}`,
          locations: [locationAt(l, first.at)],
        });
        continue;
      }
      for (const w of wrong) {
        report({
          message: `「${w.item}」所列构成“${w.words.join('、')}”都是${HALF_WORDS[other(w.own)]}的科目，不是${w.item}的：两项的金额或名称可能写反，或说明抄自另一项`,
          expected: `${HALF_WORDS[w.own]}的科目`,
          actual: w.words.join('、'),
          locations: [locationAt(l, w.at)],
        });
      }
    }
    if (!listed) return notApplicable('说明没有写人员经费或公用经费主要包括哪些科目');
  },
});
