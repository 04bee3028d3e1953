import type { Location } from '../../model/location.js';
import { joinedProse } from '../../model/prose.js';
import { sectionLocator } from '../../model/section-at.js';
import { defineRule } from '../rule.js';
import { linesMatching } from './patterns.js';

/** A sentence whose round brackets do not pair up, and where it starts. */
export interface UnpairedBracket {
  sentence: string;
  /** The bracket without its partner: an opening one never closed, or a closing one never opened. */
  mark: '（' | '）';
  location: Location;
}

// Numbering closed by a bracket alone ("1）", "一)", "a)", "①)") opens nothing, but only where an item
// starts: at a line's start or after a stop, colon, semicolon, comma or space ("职责：1）…；2）…").
// After a word it closes what the word's aside opened: "（详见附表1）", "（见表一）", "（第3）".
const ENUMERATOR = /(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])[）)]/g;
const ITEM_START = /[\s。！？；;：:，,、\u0000]/;
const PAIRED_ENUMERATOR = /[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])[）)]/g;

/**
 * The offsets of the closing brackets of item numbers ("1）" at an item's start), given where
 * the text's lines start (a line's start is an item's start even when lines are joined with nothing).
 */
function enumeratorCloses(text: string, lineStarts: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(ENUMERATOR)) {
    const i = m.index;
    if (i === 0 || lineStarts.has(i) || ITEM_START.test(text[i - 1] as string)) out.add(i + m[0].length - 1);
  }
  return out;
}

/**
 * Brackets left open or closed twice, sentence by sentence, in the prose (tables aside). `lineStarts`
 * are the offsets where the text's lines begin, when lines are joined with nothing between.
 */
export function unpairedBrackets(text: string, at: (offset: number) => Location, lineStarts: readonly number[] = []): UnpairedBracket[] {
  const out: UnpairedBracket[] = [];
  const clean = text.replace(PAIRED_ENUMERATOR, (m) => '\u0000'.repeat(m.length));
  const numbering = enumeratorCloses(clean, new Set(lineStarts));
  let start = 0;
  const open: number[] = [];
  // Item numbers' brackets passed over in this sentence: one of them may still close an aside.
  const passed: number[] = [];
  let unopened = -1;
  let carried = false;
  const flush = (end: number) => {
    // A "(" left open with an item number's ")" after it: that ")" closed it ("（其中：1）").
    for (let k = open.length - 1; k >= 0; k--) {
      const j = passed.findIndex((p) => p > (open[k] as number));
      if (j < 0) continue;
      passed.splice(j, 1);
      open.splice(k, 1);
    }
    const bad = open.length ? (open[0] as number) : unopened;
    if (bad >= 0) out.push({ sentence: text.slice(start, end), mark: open.length ? '（' : '）', location: at(bad) });
    start = end;
    open.length = 0;
    passed.length = 0;
    unopened = -1;
    carried = false;
  };
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (c === '（' || c === '(') open.push(i);
    else if (c === '）' || c === ')') {
      if (numbering.has(i)) passed.push(i);
      else if (open.length) open.pop();
      else if (unopened < 0) unopened = i;
    } else if (c === '。' || c === '！' || c === '？') {
      // An aside may hold a full stop ("（详见附表。）"): a bracket still open is given one more sentence,
      // and any sentence it closes right after ("（口径为决算数。上年数据已按同口径调整。）").
      if (open.length && (!carried || /^\s*[）)]/.test(clean.slice(i + 1, i + 4)))) {
        carried = true;
        continue;
      }
      flush(i + 1);
    }
  }
  flush(clean.length);
  return out;
}

export const templateBrackets = defineRule({
  id: 'template.brackets',
  title: '括号不成对',
  category: 'template',
  severity: 'warning',
  authority: '《标点符号用法》（GB/T 15834-2011）4.9 括号',
  description:
    '句中的圆括号只有前半或只有后半（“部门(单位概况”“2019年度)”），多为删改时留下；文号的“〔”没有“〕”（“财行〔2014104号”）也是。行首或分项开头（句号、冒号、分号、逗号之后）的“1）”“一)”这样的序号不算，词后的“1)”（“（详见附表1）”“（见表一）”）是后半括号；一个文件中不成对的句子多于四处时，多半是转换丢了括号，不报。',
  cases: [
    { name: '成对', expect: 'pass', text: '# 某局2024年度部门决算\n\n## 一、部门基本情况\n\n因公出国（境）费0万元（详见附表。）\n\n1）办公室；2）财务科。\n' },
    { name: '括号里两句', expect: 'pass', text: '# 某局2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n2024年度“三公”经费决算5.30万元。（口径为决算数。上年数据已按同口径调整。）\n\n1.因公出国（境）费0万元。\n' },
    { name: '字母与算式中的括号', expect: 'pass', text: '# 某局2024年度部门决算\n\n## 一、部门基本情况\n\n按疾病诊断相关分组（DRG）付费，完成率(B/A)为100%。\n' },
    { name: '附表编号后的括号闭合前面的括号', expect: 'pass', text: '# 某乡2017年“三公”经费决算支出情况说明\n\n## 一、财政拨款“三公”经费支出决算情况说明\n\n2017年“三公”经费支出决算数为15.68万元。(详见附表1)\n\n其中：公务接待费为0万元（见表一）。\n' },
    { name: '括号里的分项序号', expect: 'pass', text: '# 某局2024年度部门决算\n\n## 一、部门基本情况\n\n内设机构3个（主要有：1）办公室；2）财务科；3）业务科）。\n' },
    { name: '行首序号丢了前半括号', expect: 'pass', text: '# 某局2024年度部门决算\n\n## 一、部门基本情况\n\n一)贯彻执行国家的法律法规。\n\n（二）负责本部门的财务管理。\n' },
    { name: '附表编号后的后半括号没有前半', expect: 'fail', mentions: '有“）”而无“（”', text: '# 某乡2017年“三公”经费决算支出情况说明\n\n## 一、财政拨款“三公”经费支出决算情况说明\n\n2017年“三公”经费支出决算数为15.68万元，详见附表1)。\n' },
    { name: '删改留下的半个括号', expect: 'fail', mentions: '专任教师', text: '# 某局2024年度部门决算\n\n## 第一部分 部门概况\n\n教职工82人。(其中,专任教师73人,工勤人员5人;没有公务用车。主要职能是提供保育和教育服务。\n' },
    { name: '缺后半', expect: 'fail', mentions: '（', text: '# 某局2024年度部门决算\n\n## 第一部分 部门概况\n\n本部门(单位为行政单位。\n' },
    { name: '文号的六角括号未闭合', expect: 'fail', mentions: '〔2014〕104号', text: '# 某局2021年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n经费使用严格按照《某省省直党政机关因公临时出国经费管理办法》(财行〔2014104号)执行。\n' },
    { name: '文号完整', expect: 'pass', text: '# 某局2021年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n经费使用严格按照(财行〔2014〕104号)执行。\n' },
    { name: '缺前半', expect: 'fail', mentions: '）', text: '# 某局2024年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n2019年度)收入总计238.67万元，支出总计238.67万元。\n' },
  ],
  check({ doc, report }) {
    // A document number's year bracket never closed ("财行〔2014104号"): one finding with every place.
    const numbers = linesMatching(doc, /〔(?:19|20)\d{2}(?!\s*〕)\d{1,4}\s*号/).filter((h) => h.location.via !== 'ocr');
    if (numbers.length) {
      report({
        message: `文号“${numbers[0]?.match}”的“〔”没有对应的“〕”，应为“〔${numbers[0]?.match.slice(1, 5)}〕${numbers[0]?.match.slice(5)}”${numbers.length > 1 ? `（共${numbers.length}处）` : ''}。`,
        expected: '〔年份〕编号',
        actual: numbers[0]?.match ?? '',
        locations: numbers.map((h) => h.location),
      });
    }
    const prose = joinedProse(doc);
    if (!prose.text) return;
    // Only whole sentences of prose: a web page's furniture, a table run into lines ("a | b") or a
    // page cut mid-sentence lose brackets without the writer.
    const sectionAt = sectionLocator(doc.sections);
    const found = unpairedBrackets(prose.text, prose.at, prose.lineStarts).filter(
      (u) =>
        u.location.via !== 'ocr' &&
        // In the written parts only (overview, explanation, glossary, reports), not among a form's lines.
        /^(?:overview|explain|glossary|performance\.report)/.test(sectionAt(u.location) ?? '') &&
        /[。！？]$/.test(u.sentence) &&
        u.sentence.length <= 250 &&
        !/[|｜]/.test(u.sentence) &&
        // Cells run together have no commas: "自评总分(分)97.6部门联系人…".
        (u.sentence.length <= 40 || /[，,；;]/.test(u.sentence)),
    );
    // Many of them: the conversion lost brackets (a PDF's font without them), not the writer.
    if (!found.length || found.length > 4) return;
    for (const u of found) {
      const s = u.sentence;
      report({
        message: `括号不成对：${u.mark === '（' ? '有“（”而无“）”' : '有“）”而无“（”'}——“${s.length > 60 ? `${s.slice(0, 60)}…` : s}”。`,
        expected: '成对的括号',
        actual: u.mark,
        locations: [u.location],
      });
    }
  },
});
