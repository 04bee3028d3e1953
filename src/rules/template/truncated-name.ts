import type { Disclosure } from '../../model/disclosure.js';
import { TABLE_DEFS } from '../../model/tables.js';
import { type Location, placeKey, samePlace } from '../../model/location.js';
import { defineRule } from '../rule.js';
import { HEADING_NUMBER } from './patterns.js';
import { escapeRegExp } from '../../model/regex-source.js';

const AUTH = '财政部《部门决算公开格式文本》（报表与说明的标题按规定名称表述）';

/**
 * Fixed names of the account's tables and sections, long enough (five characters and more) that one
 * character less is no other word: "出决算表" (支出决算表), "政拨款收入" (财政拨款收入).
 */
const NAMES = [
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '基本支出决算明细表',
  '决算情况说明',
  '财政拨款收入',
  '财政拨款支出',
  '公务用车购置',
  '公务用车运行维护',
  '机关运行经费',
  '国有资产占用',
  '预算绩效管理',
];

/** Names written correctly that contain a shortened form of another ("收入支出决算表" is table 01's too). */
const ALSO_RIGHT = [
  ...Object.values(TABLE_DEFS).flatMap((t) => [t.title, ...t.aliases]),
  '收支决算',
  '收支决算表',
  '收入支出决算',
  '一般公共预算财政拨款',
  '政府性基金预算财政拨款',
  '国有资本经营预算财政拨款',
  '预算情况说明',
  '执行情况说明',
];


interface Shortened {
  wrong: string;
  right: string;
  /** Where the character was lost: at the start, the end or inside. */
  at: 'start' | 'end' | 'inside';
}

// Every name with one character left out, longest names first (a longer one says more).
const SHORTENED: Shortened[] = NAMES.flatMap((right) =>
  [...right].map((_, k) => ({ wrong: right.slice(0, k) + right.slice(k + 1), right, at: k === 0 ? 'start' : k === right.length - 1 ? 'end' : 'inside' }) as Shortened),
)
  // 般公共预算 is template.wrong-term's (it is also found in prose).
  .filter((s) => s.wrong !== '般公共预算')
  .sort((a, b) => b.wrong.length - a.wrong.length);

const RIGHT = [...new Set([...NAMES, ...ALSO_RIGHT])];

/** The first character of a line HEADING_NUMBER can match, once its spaces are gone. */
const OPENS_HEADING_NUMBER = /^\s*[第一二三四五六七八九十（(\d]/;

// Any of the shortened names, in one pattern: most headings hold none and are passed over in one
// scan instead of an indexOf for each of the hundred (a tenth of the time on the samples' headings).
const ANY_SHORTENED = new RegExp(SHORTENED.map((s) => escapeRegExp(s.wrong)).join('|'));

/** The heading's own words: no whitespace, no leader dots and page number of a contents line. */
function headingText(text: string): string {
  return text.replace(/\s+/g, '').replace(/[.…·．_-]{2,}\d*$/, '').replace(/\d+$/, '');
}

/** True when a correctly written name covers [i, j) of the text. */
function covered(text: string, i: number, j: number): boolean {
  for (const r of RIGHT) {
    for (let at = text.indexOf(r); at >= 0; at = text.indexOf(r, at + 1)) if (at <= i && at + r.length >= j) return true;
  }
  return false;
}

/** A budget's name before 财政拨款 without its 预算 ("七、政府性基金财政拨款收入支出决算情况说明"). */
// (Not after 及/和/与/、: "一般公共预算及政府性基金财政拨款" shares the 预算 of the first name.)
const WITHOUT_BUDGET = /(?<![及和与]\s*)(?<![^一二三四五六七八九十\d\s]、)(政府性基金|国有资本经营)(?=财政拨款)/;

/** Shortened names in one heading. */
export function shortenedNames(text: string): Shortened[] {
  const t = headingText(text);
  const out: Shortened[] = [];
  // Only in a table's name, which is fixed: some regions' own templates word the explanation's heading
  // "七、政府性基金财政拨款收入支出决算情况说明" (合肥's, in every unit's account).
  const nb = /表$/.test(t) ? WITHOUT_BUDGET.exec(t) : null;
  if (nb) out.push({ wrong: `${nb[1]}财政拨款`, right: `${nb[1]}预算财政拨款`, at: 'inside' });
  if (!ANY_SHORTENED.test(t)) return out;
  for (const s of SHORTENED) {
    for (let i = t.indexOf(s.wrong); i >= 0; i = t.indexOf(s.wrong, i + 1)) {
      const j = i + s.wrong.length;
      if (covered(t, i, j)) continue;
      // A name cut at its start follows the numbering or a year, never another word's character
      // ("预算情况说明" is a name of its own). One cut at its end is most often a heading wrapped or
      // a page cut ("(四)财政拨款收"), or a name of its own ("(二)收入决算"): only 基本支出决算明细,
      // which nothing else is called, ending the heading, counts.
      if (s.at === 'start' && /[\u4e00-\u9fa5]/.test(t[i - 1] ?? '') && !/[年度]/.test(t[i - 1] ?? '')) continue;
      if (s.at === 'end' && (j !== t.length || s.right !== '基本支出决算明细表')) continue;
      if (out.some((o) => o.wrong.includes(s.wrong))) continue;
      out.push(s);
      break;
    }
  }
  return out;
}

type Line = Disclosure['lines'][number];
interface PartRowLine {
  line: Line;
  /** Its row's place key. */
  key: string;
}

/** A line whose text (trimmed) opens as a part's heading can: "第…部" or "部分…". */
const OPENS_PART = /^\s*[第部]/;

/**
 * The lines (not table cells) of the rows whose text, their lines joined, can open with 第 or 部 (a
 * part's heading, whole or cut), in order, each with its row's place key. A row's text opens with its
 * first line that is not blank, so a row none of whose lines opens so is passed over: most lines are,
 * and their place keys are not made at all (they were made for each of the document's lines).
 */
function linesOfPartRows(lines: readonly Line[]): PartRowLine[] {
  const keys = new Set<string>();
  const lineNumbers = new Set<number | null>();
  for (const l of lines) {
    if (l.location.cell || !OPENS_PART.test(l.text)) continue;
    keys.add(placeKey(l.location));
    lineNumbers.add(l.location.line ?? null);
  }
  const out: PartRowLine[] = [];
  if (!keys.size) return out;
  for (const l of lines) {
    // (The line number first: a line on none of the rows' line numbers is on none of the rows.)
    if (l.location.cell || !lineNumbers.has(l.location.line ?? null)) continue;
    const key = placeKey(l.location);
    if (keys.has(key)) out.push({ line: l, key });
  }
  return out;
}

/** The characters the right name has that the wrong one lacks, in order. */
function missingPart(s: Shortened): string {
  let k = 0;
  while (k < s.wrong.length && s.wrong[k] === s.right[k]) k++;
  return s.right.slice(k, k + s.right.length - s.wrong.length);
}

export const truncatedName = defineRule({
  id: 'template.truncated-name',
  title: '标题中的规定名称缺字',
  category: 'template',
  severity: 'warning',
  authority: AUTH,
  description:
    '目录、报表标题和说明标题中的规定名称（支出决算表、财政拨款收入、决算情况说明、基本支出决算明细表等五字以上的名称）少了一个字，如“三、出决算表”“四、政拨款收入支出决算总表”；表名中政府性基金、国有资本经营在“财政拨款”前少了“预算”二字（说明的标题有的地方模板即如此写，不报）。目录条目比正文同号标题少了末尾一个字（“一、部门职”/“一、部门职责”）、部分标题缺字（“第三部 …”“部分 名词解释”）也报。只查标题与目录，同一缺字只报一次，列出各处。',
  cases: [
    { name: '名称完整', expect: 'pass', text: '# 某局2024年度部门决算\n\n目录\n\n三、支出决算表\n\n四、财政拨款收入支出决算总表\n\n六、一般公共预算财政拨款基本支出决算表\n\n一、收入支出决算总体情况说明\n' },
    { name: '别的名称里的短形式', expect: 'pass', text: '# 某局2024年度部门决算\n\n一、收入支出决算表\n\n二、2024年度预算情况说明\n\n（三）公务用车购置及运行维护费\n' },
    { name: '出决算表', expect: 'fail', mentions: '支出决算表', text: '# 某局2024年度部门决算\n\n目录\n\n三、出决算表……………5\n\n四、政拨款收入支出决算总表……………6\n' },
    { name: '明细缺表字', expect: 'fail', mentions: '基本支出决算明细表', text: '# 某局2024年度部门决算\n\n六、一般公共预算财政拨款基本支出决算明细\n' },
    { name: '标题本身是短名称或被截断', expect: 'pass', text: '# 某局2024年度部门决算\n\n（二）收入决算\n\n（四）财政拨款收\n\n八、政府性基金预算财政拨款收支决算表\n' },
    { name: '表名中政府性基金缺预算二字', expect: 'fail', mentions: '政府性基金预算财政拨款', text: '# 某局2024年度部门决算\n\n目录\n\n七、政府性基金财政拨款收入支出决算表\n' },
    { name: '说明标题按地方模板写政府性基金财政拨款', expect: 'pass', text: '# 某局2024年度部门决算\n\n七、政府性基金财政拨款收入支出决算情况说明\n' },
    { name: '并列时共用预算二字', expect: 'pass', text: '# 某局2024年度部门决算\n\n（一）一般公共预算及政府性基金财政拨款“三公”经费支出决算情况\n' },
    { name: '目录条目比正文标题少一个字', expect: 'fail', mentions: '一、部门职责', text: '# 某局2024年度部门决算\n\n目录\n\n第一部分 部门概况\n\n一、部门职\n\n二、机构设置\n\n第一部分 部门概况\n\n一、部门职责\n\n负责全县工作。\n\n二、机构设置\n\n内设机构3个。\n' },
    { name: '目录与正文标题相同', expect: 'pass', text: '# 某局2024年度部门决算\n\n目录\n\n第一部分 部门概况\n\n一、部门职责\n\n二、机构设置\n\n第一部分 部门概况\n\n一、部门职责\n\n负责全县工作。\n\n二、机构设置\n\n内设机构3个。\n' },
    { name: '部分标题缺字', expect: 'fail', mentions: '第三部分', text: '# 某局2024年度部门决算\n\n目录\n\n第一部分 部门概况\n\n第二部分 2024年度部门决算表\n\n第三部  2024年度部门决算情况说明\n\n部分  名词解释\n' },
    { name: '正文里的“部分”不查', expect: 'pass', text: '# 某局2024年度部门决算\n\n第一部分 部门概况\n\n第二部分 2024年度部门决算表\n\n部分单位2024年度决算情况说明另行公开。\n' },
    { name: '正文中的词不查', expect: 'pass', text: '# 某局2024年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n本年收入决算数与支出决算表一致。\n' },
  ],
  check({ doc, report }) {
    const found = new Map<string, { s: Shortened; locations: Location[] }>();
    for (const l of doc.lines) {
      if (l.location.via === 'ocr' || l.location.cell) continue;
      // A numbered heading opens with one of these (HEADING_NUMBER): other lines are not squeezed.
      if (!OPENS_HEADING_NUMBER.test(l.text)) continue;
      const t = l.text.replace(/\s+/g, '');
      if (t.length > 60 || !HEADING_NUMBER.test(t)) continue;
      for (const s of shortenedNames(t)) {
        const f = found.get(s.wrong) ?? { s, locations: [] };
        f.locations.push(l.location);
        found.set(s.wrong, f);
      }
    }
    // A part's heading cut: "第三部 2024年度部门决算情况说明" (分 lost), "部分 名词解释" (第五 lost), where the
    // other parts are headed "第一部分 …". One finding with every place.
    // (A line's whole text: one laid out in fields, "第三部  2024年度…", is also read field by field.)
    const inRows = linesOfPartRows(doc.lines);
    const rows = new Map<string, string>();
    for (const { line: l, key } of inRows) {
      const before = rows.get(key);
      rows.set(key, `${before !== undefined ? `${before} ` : ''}${l.text.trim()}`);
    }
    const wholes = inRows.map(({ key }) => (rows.get(key) as string).trim());
    const parts = wholes.filter((t) => /^第[一二三四五六七八九十]{1,2}部分/.test(t)).length;
    const cut: { text: string; right: string; location: Location }[] = [];
    for (let k = 0; parts >= 2 && k < inRows.length; k++) {
      const l = (inRows[k] as PartRowLine).line;
      if (l.location.via === 'ocr' || cut.some((c) => samePlace(c.location, l.location))) continue;
      const t = wholes[k] as string;
      if (t.length > 40) continue;
      const noFen = /^(第[一二三四五六七八九十]{1,2}部)(?!分)\s*(?=[\u4e00-\u9fa5\d:：])/.exec(t);
      if (noFen) cut.push({ text: t, right: `${noFen[1]}分`, location: l.location });
      else if (/^部分\s*[:：]?\s*(?:名词解释|附件|附表|\d{4}\s*年|[\u4e00-\u9fa5]{2,20}(?:概况|决算表|情况说明))/.test(t)) cut.push({ text: t, right: '第X部分', location: l.location });
    }
    if (cut.length) {
      const first = cut[0]!;
      report({
        message: `部分标题缺字：${cut.map((c) => `“${c.text}”${c.right === '第X部分' ? '缺了“第X”' : `缺了“分”（应为“${c.right}”）`}`).join('；')}。`,
        expected: first.right,
        actual: first.text,
        locations: cut.map((c) => c.location),
      });
    }
    // A contents entry one character short of the heading it names in the body ("一、部门职" / "一、部门职责"):
    // cut when the contents were edited. The same number, the body's heading the entry and one more
    // character, not a stop or a figure.
    const said = new Set(found.keys());
    for (const c of doc.facts.contents) {
      const entry = c.text.replace(/\s+/g, '');
      const num = HEADING_NUMBER.exec(entry)?.[0];
      if (!num || entry.length - num.length < 3) continue;
      const body = doc.sections.find((x) => {
        const t = x.title.replace(/\s+/g, '');
        return !samePlace(x.location, c.location) && t.length === entry.length + 1 && t.startsWith(entry) && /[\u4e00-\u9fa5]$/.test(t);
      });
      if (!body || doc.sections.some((x) => !samePlace(x.location, c.location) && x.title.replace(/\s+/g, '') === entry)) continue;
      const whole = body.title.replace(/\s+/g, '');
      if (said.has(entry)) continue;
      said.add(entry);
      report({
        message: `目录中的“${entry}”比正文标题“${whole}”少了末尾的“${whole.slice(-1)}”。`,
        expected: whole,
        actual: entry,
        locations: [c.location, body.location],
      });
    }
    for (const { s, locations } of found.values()) {
      report({
        message: `标题“${headingText(locations[0]?.text ?? '')}”中的“${s.wrong}”应为“${s.right}”，缺了${s.right.length - s.wrong.length === 1 ? '一个字' : `“${missingPart(s)}”`}${locations.length > 1 ? `（共${locations.length}处）` : ''}。`,
        expected: s.right,
        actual: s.wrong,
        locations,
      });
    }
  },
});
