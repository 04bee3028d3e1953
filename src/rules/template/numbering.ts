import { type Location, comparePlaces, samePlace } from '../../model/location.js';
import { sectionLocator } from '../../model/section-at.js';
import { repeatedEntryCause } from '../arithmetic/lib.js';
import { defineRule, type FindingInput } from '../rule.js';

export const templateNumbering = defineRule({
  id: 'template.numbering',
  title: '章节编号格式不一致',
  category: 'template',
  severity: 'info',
  authority: '《党政机关公文格式》（GB/T 9704-2012）层次序数“一、”“（一）”“1.”“（1）”',
  description: '同一层级的章节混用不同编号格式（如“八、”之后出现“9、”，“第二部分”之后出现“第3部分”），多为拼接或转换遗留；连续三条编号为“（一）（一）（三）”时，第二条重复了编号（警告）；同级编号从“1.”跳到“3.”而中间哪里都没有写“2.”时，是漏了一条或编错了号（警告）；编号被删得只剩“、”（“九、…表”之后的“、国有资产占用情况表”）时，按上一条推出应有的编号（警告）；“七、”之后写成“八:”的用了冒号（警告）；相邻两行标题同号（警告）。',
  cases: [
    { name: '编号一致', expect: 'pass', text: '七、政府性基金预算财政拨款收入支出决算情况说明\n无。\n八、国有资本经营预算财政拨款支出决算情况说明\n无。\n九、财政拨款“三公”经费支出决算情况说明\n无。\n' },
    { name: '编号重复', expect: 'fail', severity: 'warning', mentions: '第2条', text: '一、主要职责\n（一）贯彻执行国家方针政策，为审计工作提供服务保障。\n（一）在市财政局指导下，承担政府性债务管理相关工作。\n（三）配合市财政局办理财政直接支付业务。\n' },
    { name: '相邻两行同号', expect: 'fail', severity: 'warning', mentions: '同为第3条', text: '目录\n1、收入支出决算总体情况说明\n2、三公经费支出说明\n3、机关运行经费支出说明\n3、政府采购执行情况说明\n4、国有资产占用情况说明\n' },
    { name: '表格同一行两侧同号不算', expect: 'pass', text: '| 收入 | 金额 | 支出 | 金额 |\n|---|---|---|---|\n| 一、一般公共预算财政拨款收入 | 100.00 | 一、一般公共服务支出 | 100.00 |\n' },
    { name: '编号重复只报一次', expect: 'fail', severity: 'warning', mentions: '编号重复', text: '一、主要职责\n（一）贯彻执行国家方针政策。\n（一）承担政府性债务管理相关工作。\n（三）办理财政直接支付业务。\n' },
    { name: '跳号', expect: 'fail', severity: 'warning', mentions: '第2条', text: '（二）“三公”经费支出情况\n1.因公出国（境）费支出0万元。\n3.公务用车购置及运行维护费支出4.02万元。\n' },
    { name: '编号后漏了顿号：报漏顿号，不报跳号', expect: 'fail', severity: 'warning', mentions: '编号“6”后缺少“、”', text: '（一）主要职能\n5、开展调查研究，接待处理来信来访。\n6做好全区离休干部公用经费的收缴发放工作。\n7、做好区级退休干部的服务管理工作。\n' },
    { name: '编号后的顿号写成了点：报标点，不报跳号', expect: 'fail', severity: 'warning', mentions: '写成了“.”', text: '二、收入决算表\n三.支出决算表\n四、财政拨款收入支出决算总表\n' },
    { name: '行首是“三公”不是编号', expect: 'fail', severity: 'warning', mentions: '第3条', text: '（二）决算表\n二、收入决算表\n三公经费支出决算表\n四、财政拨款收入支出决算总表\n' },
    { name: '缺号写在段落中不算跳号', expect: 'pass', text: '（二）“三公”经费支出情况\n1.因公出国（境）费支出0万元。 2.公务接待费支出1.20万元。\n3.公务用车购置及运行维护费支出4.02万元。\n' },
    { name: '上级标题后重新编号不算跳号', expect: 'pass', text: '（一）收入情况\n1.财政拨款收入。\n（二）支出情况\n3.项目支出（见第3点）。\n' },
    { name: '编号只剩顿号', expect: 'fail', severity: 'warning', mentions: '十、', text: '八、政府性基金预算财政拨款收入支出决算表\n九、国有资本经营预算财政拨款支出决算表\n、国有资产占用情况表\n第三部分 2020年度部门决算情况说明\n' },
    { name: '部分标题下编号从一起', expect: 'fail', severity: 'warning', mentions: '应为“一、”', text: '九、国有资本经营预算财政拨款支出决算表\n第三部分 2021年度部门决算情况说明\n、收入支出决算总体情况说明\n' },
    { name: '中间隔行时不推编号', expect: 'fail', severity: 'warning', mentions: '编号被删去', text: '十一、财政拨款“三公”经费支出决算表\n财政拨款机关运行经费支出决算表\n、政府采购支出决算表\n' },
    { name: '无编号上文时行首顿号不报', expect: 'pass', text: '本单位购置车辆\n、办公设备若干。\n' },
    {
      name: '表格逐格成行时的行名不算跳号',
      expect: 'pass',
      text: '收入决算表\n项目\n决算数\n一、财政拨款收入\n1\n238.67\n六、经营收入\n6\n0.00\n八、其他收入\n9\n0.00\n',
    },
    { name: '标题连写两次', expect: 'fail', severity: 'warning', mentions: '（一）职能职责', text: '# 某局2024年度部门决算\n\n第一部分 部门概况\n\n（一）职能职责\n\n本局负责全县财政工作。\n\n（一）职能职责\n\n本局负责全县财政工作。\n\n（二）机构设置\n\n本局内设机构3个。\n' },
    { name: '标题写了两种措辞', expect: 'fail', severity: 'warning', mentions: '两种措辞', text: '# 某镇2024年度部门决算\n\n一、单位基本情况\n\n本镇负责全镇行政工作。\n\n二、部门决算情况说明\n\n二、部门决算情况\n\n（一）部门收支总体情况\n\n2024年度收入总计3874.92万元。\n' },
    { name: '同号标题隔着正文不算两种措辞', expect: 'pass', text: '# 某镇2024年度部门决算\n\n一、项目甲绩效自评\n\n（一）项目基本情况\n\n项目甲用于培训。\n\n（一）项目基本情况说明\n\n项目乙用于宣传。\n' },
    { name: '不同上级标题下的同名小标题', expect: 'pass', text: '# 某局2024年度部门决算\n\n一、项目甲绩效自评\n\n（一）项目基本情况\n\n项目甲用于培训。\n\n二、项目乙绩效自评\n\n（一）项目基本情况\n\n项目乙用于宣传。\n' },
    { name: '目录与正文各写一次', expect: 'pass', text: '# 某局2024年度部门决算\n\n目录\n\n（一）职能职责\n\n第一部分 部门概况\n\n（一）职能职责\n\n本局负责全县财政工作。\n' },
    { name: '八:用了冒号', expect: 'fail', severity: 'warning', mentions: '八:', text: '六、一般公共预算财政拨款基本支出决算明细表\n七、财政拨款“三公”经费支出决算表\n八:政府性基金预算财政拨款收入支出决算表\n九:国有资本经营预算财政拨款支出决算表\n' },
    { name: '冒号引出的正文不算编号', expect: 'pass', text: '一、部门职责\n主要职责有三:一是负责全县工作。\n' },
    { name: '编号的数字写了两遍', expect: 'fail', severity: 'warning', mentions: '一一、', text: '# 某镇2021年度部门决算\n\n第一部分 部门概况\n\n一一、部门职责\n\n负责全镇行政工作。\n\n二、机构设置\n\n内设机构3个。\n' },
    { name: '十一不是数字写了两遍', expect: 'pass', text: '十、国有资产占用情况说明\n无。\n十一、预算绩效管理情况说明\n无。\n' },
    { name: '目录条目连写两次', expect: 'fail', severity: 'warning', mentions: '连写了两次', text: '# 某镇2021年度部门决算\n\n目 录\n\n第一部分:某镇人民政府概况\n\n一、主要职能\n\n第二部分:某镇人民政府2021年部门决算报表\n\n第二部分:某镇人民政府2021年部门决算报表\n\n第三部分:某镇人民政府2021年部门决算情况说明\n\n第四部分:名词解释\n\n第一部分:某镇人民政府概况\n\n一、主要职能\n\n负责全镇行政工作。\n' },
    { name: '八、之后是9、', expect: 'fail', mentions: '9、', text: '七、政府性基金预算财政拨款收入支出决算情况说明\n无。\n八、国有资本经营预算财政拨款支出决算情况说明\n无。\n9、 财政拨款“三公”经费支出决算情况说明\n无。\n' },
  ],
  check({ doc, report }) {
    // Two lines side by side are two headings only when the document reads them as headings or as
    // contents entries: a table flattened into lines puts its 收入 and 支出 rows of one number together.
    // (Nor in the tables' part, where such rows stand as lines when a copy lost the tables' layout.)
    const headingPlaces = [...doc.sections.map((s) => s.location), ...doc.facts.contents.map((c) => c.location)];
    const partAt = sectionLocator(doc.sections);
    const isHeading = (l: Location) => headingPlaces.some((h) => samePlace(h, l)) && !(partAt(l) ?? '').startsWith('tables');
    const all = doc.lines.map((l) => numbered(l));
    repeatedNumbers(all, report, isHeading);
    // The cells of a table that lost its layout are no list: their row labels keep the table's numbers.
    const flattened = doc.coverage.tablesUnread.flatMap((t) => (t.through ? [[t.location, t.through] as const] : []));
    const inFlattened = (l: Location) => flattened.some(([from, to]) => comparePlaces(from, l) <= 0 && comparePlaces(l, to) <= 0);
    const tables = [...doc.tables.map((t) => t.location), ...doc.coverage.tablesUnread.map((t) => t.location)];
    // (Read only, as `all` is: the same lines when no table lost its layout.)
    const listed = flattened.length ? all.filter((l) => !inFlattened(l.location)) : all;
    skippedNumbers(listed, tables, report);
    numbersLeftOff(listed, report);
    numeralsDoubled(listed, report);
    colonNumbers(listed, report);
    // The contents entries' line numbers first: most lines stand on none, and need no look at each entry.
    const contentsLines = new Set(doc.facts.contents.map((c) => c.location.line));
    // (The section of a line is never the contents: sectionLocator names no contents page; its entries are
    // known by facts.contents.)
    headingsTwice(listed, (l) => !(contentsLines.has(l.location.line) && doc.facts.contents.some((c) => samePlace(c.location, l.location))), tables, report);
    entriesTwice(doc.facts.contents, report);
    let sawChineseTopLevel = false;
    let sawChinesePart = false;
    for (const s of doc.sections) {
      const t = s.title.trim();
      if (/^[一二三四五六七八九十]+、/.test(t)) sawChineseTopLevel = true;
      if (/^第[一二三四五六七八九十]+部分/.test(t)) sawChinesePart = true;
      const arabicTop = /^(\d{1,2})、\s*/.exec(t);
      if (arabicTop && sawChineseTopLevel && Number(arabicTop[1]) >= 2 && s.key) {
        const n = Number(arabicTop[1]);
        const expected = n < 100 ? cnNumeral(n) : String(n);
        report({ message: `章节“${t}”使用了“${arabicTop[0].trim()}”编号，而同级其他章节使用“一、二、三、”。`, expected: `${expected}、`, actual: arabicTop[0].trim(), locations: [s.location] });
      }
      const arabicPart = /^第(\d+)部分/.exec(t);
      if (arabicPart && sawChinesePart) {
        report({ message: `“${t}”使用了阿拉伯数字，而其他部分使用“第一部分”格式。`, expected: `第${Number(arabicPart[1]) < 100 ? cnNumeral(Number(arabicPart[1])) : arabicPart[1]}部分`, actual: `第${arabicPart[1]}部分`, locations: [s.location] });
      }
    }
  },
});

/**
 * A line as the rule's five looks at numbering take it: trimmed, with the number it opens with and the
 * part it heads ("第三部分" → 3, NaN for a numeral not read), each read once for all of them.
 */
interface NumberedLine {
  title: string;
  location: Location;
  /** The text trimmed. */
  t: string;
  num: [string, number] | null;
  part: number | null;
}

function numbered(l: { text: string; location: Location }): NumberedLine {
  const t = l.text.trim();
  const part = t.charCodeAt(0) === DI ? /^第([一二三四五六七八九十]{1,2})部分/.exec(t) : null;
  return { title: l.text, location: l.location, t, num: numberOf(t), part: part ? cnNumber(part[1] as string) : null };
}

/** A numbered heading's style and number: "（二）" → ['paren', 2], "3、" → ['arabic', 3]. */
function numberOf(title: string): [string, number] | null {
  // Each pattern opens with its own kind of character: the first one tells which to try (most lines
  // open with none of them, and the cells of tables with a digit).
  const c = title.charCodeAt(0);
  if (c === 0x28 || c === 0xff08) {
    const paren = /^[（(]([一二三四五六七八九十]{1,2})[)）]/.exec(title);
    return paren ? ['paren', cnNumber(paren[1] as string)] : null;
  }
  if (NUMERAL_CODES.has(c)) {
    const top = /^([一二三四五六七八九十]{1,2})、/.exec(title);
    return top ? ['top', cnNumber(top[1] as string)] : null;
  }
  if (c >= 0x30 && c <= 0x39) {
    const arabic = /^(\d{1,2})[、.．](?!\d)/.exec(title);
    return arabic ? ['arabic', Number(arabic[1])] : null;
  }
  return null;
}

const NUMERAL_CODES = new Set([...'一二三四五六七八九十'].map((ch) => ch.charCodeAt(0)));

/** Whether a character can open a number `numberOf` reads: （ ( 一…十 or a digit. */
function opensNumber(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x28 || c === 0xff08 || NUMERAL_CODES.has(c);
}

// A pattern that can only match a line opening with 第, 、 or a numeral is tried only on such lines.
/** A part's number opening a heading: "第二部分". */
const PART = /^第[一二三四五六七八九十]{1,2}部分/;
const DI = 0x7b2c; // 第
const DUN = 0x3001; // 、


/**
 * "（一）职能职责" and, as the next heading of its style, "（一）职能职责" again: a heading written twice
 * (a section pasted twice, or its first copy left). Not across a table (a caption repeated over a
 * continuation page) and not in the contents: only the lines `kept`, which are counted as if alone.
 */
function headingsTwice(lines: readonly NumberedLine[], kept: (l: NumberedLine) => boolean, tables: readonly Location[], report: (f: FindingInput) => void): void {
  const last = new Map<string, { title: string; location: Location; index: number; num: number }>();
  let index = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as NumberedLine;
    if (!kept(l)) continue;
    index++;
    if (l.location.via === 'ocr' || l.location.cell) continue;
    // A line whose first character opens no number (nor 第…部分) is passed over before its spaces are taken out.
    const first = l.t.charCodeAt(0);
    if (first !== DI && !opensNumber(first)) continue;
    const title = /\s/.test(l.title) ? l.title.replace(/\s+/g, '') : l.title;
    // (A line with no space in it is its trimmed text, whose number is read already.)
    const num: [string, number] | null = title === l.t ? (l.part != null ? ['part', 0] : l.num) : PART.test(title) ? ['part', 0] : numberOf(title);
    if (!num) continue;
    // A heading of a higher level starts the lists below it afresh ("一、…（一）概况", "二、…（一）概况").
    forgetBelow(last, num[0]);
    const prev = last.get(num[0]);
    last.set(num[0], { title, location: l.location, index, num: num[1] });
    if (!prev || !headingLike(title)) continue;
    if (prev.title !== title) {
      if (headingLike(prev.title) && prev.index === index - 1 && prev.num === num[1] && samePage(prev.location, l.location) && oneWordingOfTheOther(prev.title, title)) {
        // "二、部门决算情况说明" and on the next line "二、部门决算情况": one heading in two wordings, one left from editing.
        report({
          severity: 'warning',
          message: `标题“${prev.title}”下一行又是同号标题“${title}”：同一标题写了两种措辞，其中一条应删去。`,
          expected: '标题只写一次',
          actual: `${prev.title}；${title}`,
          locations: [prev.location, l.location],
        });
      }
      continue;
    }
    if (tables.some((t) => comparePlaces(prev.location, t) < 0 && comparePlaces(t, l.location) < 0)) continue;
    report({
      severity: 'warning',
      message: `标题“${title}”连写了两次：同级的下一个标题仍是它。`,
      expected: '标题只写一次',
      actual: `${title}（两次）`,
      locations: [prev.location, l.location],
    });
  }
}

/**
 * A contents entry printed twice in a row ("第二部分:…部门决算报表" / "第二部分:…部门决算报表"): a line left
 * from editing. (The contents and the body each print a heading once: that is no repetition.)
 */
function entriesTwice(entries: readonly { text: string; location: Location }[], report: (f: FindingInput) => void): void {
  for (let i = 1; i < entries.length; i++) {
    const [prev, cur] = [entries[i - 1] as { text: string; location: Location }, entries[i] as { text: string; location: Location }];
    const title = cur.text.replace(/\s+/g, '');
    // (Numbered as the headings are: the same reading of a number as headingsTwice's.)
    const numbered = PART.test(title) || numberOf(title) != null;
    if (title !== prev.text.replace(/\s+/g, '') || !headingLike(title) || !numbered || cur.location.via === 'ocr') continue;
    report({
      severity: 'warning',
      message: `目录条目“${title}”连写了两次。`,
      expected: '条目只写一次',
      actual: `${title}（两次）`,
      locations: [prev.location, cur.location],
    });
  }
}

/** A heading, not a list item: short, no sentence in it. */
function headingLike(t: string): boolean {
  return t.length >= 5 && t.length <= 40 && !/[，。；,;]/.test(t);
}

/** Drops what is kept for the levels below `style`: a heading of a higher level starts their lists afresh. */
function forgetBelow(last: Map<string, unknown>, style: string): void {
  for (let k = LEVELS.indexOf(style) + 1; k < LEVELS.length; k++) last.delete(LEVELS[k] as string);
}

/** The triple "（一）（一）（三）" the rule below reports: the adjacent pair is left to it. */
function nextIsSkip(nums: readonly ([string, number] | null)[], i: number): boolean {
  const [b, c] = [nums[i], nums[i + 1]];
  return !!b && !!c && b[0] === c[0] && c[1] === b[1] + 2;
}

/** Two wordings of one heading: after the number, one is the start of the other, four characters at least. */
function oneWordingOfTheOther(a: string, b: string): boolean {
  const strip = (t: string) => t.replace(/^(?:第[一二三四五六七八九十]{1,2}部分|[（(]?[一二三四五六七八九十\d]+[）)、.．]?)\s*/, '');
  const [x, y] = [strip(a), strip(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}

function samePage(a: Location, b: Location): boolean {
  return (a.page ?? null) === (b.page ?? null);
}

/**
 * "（一）…（一）…（三）": of three numbered lines in a row (headings or list items) numbered alike, the second repeats the first's number
 * where the third shows it should have been the next (a copied line left unnumbered anew).
 */
function repeatedNumbers(sections: readonly NumberedLine[], report: (f: FindingInput) => void, isHeading: (l: Location) => boolean): void {
  const nums = sections.map((s) => s.num);
  for (let i = 1; i < sections.length; i++) {
    // "3、机关运行经费支出说明" and on the next line "3、政府采购执行情况说明": two headings of one number
    // (in the contents too). Not table cells, whose rows repeat numbers side by side (收入 一、 | 支出 一、).
    const [p, q] = [sections[i - 1], sections[i]] as [{ title: string; location: Location }, { title: string; location: Location }];
    const [np, nq] = [nums[i - 1], nums[i]];
    // Two lines of one number are rare: the rest of the test only for them.
    if (!np || !nq || np[0] !== nq[0] || np[1] !== nq[1]) continue;
    const [tp, tq] = [p.title.replace(/\s+/g, ''), q.title.replace(/\s+/g, '')];
    const heading = (t: string) => t.length >= 4 && t.length <= 40 && !/[，。；,;]/.test(t);
    if (np && nq && np[0] === nq[0] && np[1] === nq[1] && tp !== tq && heading(tp) && heading(tq) && !p.location.cell && !q.location.cell && isHeading(p.location) && isHeading(q.location) && samePage(p.location, q.location) && !oneWordingOfTheOther(tp, tq) && (i + 1 >= sections.length || !nextIsSkip(nums, i))) {
      report({
        severity: 'warning',
        message: `编号重复：“${tp.slice(0, 20)}”与下一行“${tq.slice(0, 20)}”同为第${nq[1]}条。`,
        expected: `第${nq[1] + 1}条`,
        actual: `第${nq[1]}条（重复）`,
        locations: [p.location, q.location],
      });
    }
  }
  for (let i = 1; i + 1 < sections.length; i++) {
    const [a, b, c] = [nums[i - 1], nums[i], nums[i + 1]];
    if (!a || !b || !c || a[0] !== b[0] || b[0] !== c[0]) continue;
    if (a[1] === b[1] && c[1] === b[1] + 2) {
      const s = sections[i] as { title: string; location: Location };
      report({
        severity: 'warning',
        cause: repeatedEntryCause(s.location),
        message: `编号重复：“${s.title.trim().slice(0, 20)}”与上一条同为第${b[1]}条，下一条是第${c[1]}条，此条应为第${b[1] + 1}条。`,
        expected: `第${b[1] + 1}条`,
        actual: `第${b[1]}条（重复）`,
        locations: [s.location],
      });
    }
  }
}

const BARE_FIGURE = /^-?[\d,]+(?:\.\d+)?%?$/;

/** Levels of numbering, outermost first: a heading of one level starts the lists below it afresh. */
const LEVELS = ['part', 'top', 'paren', 'arabic'];


/**
 * "1.…" then "3.…", "七、" then "十、": a numbered line whose number skips one after the last of its style at
 * its level, where the number skipped is written nowhere between them (not even inside a line, where a
 * heading may have been run into a paragraph): an item lost or numbered wrongly in editing.
 */
function skippedNumbers(lines: readonly NumberedLine[], tables: readonly Location[], report: (f: FindingInput) => void): void {
  const last = new Map<string, { n: number; at: number; repeated: boolean }>();
  const at = (k: number) => (lines[k] as NumberedLine).location;
  const tableBetween = (a: Location, b: Location) => tables.some((tl) => comparePlaces(a, tl) < 0 && comparePlaces(tl, b) < 0);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as NumberedLine;
    const t = line.t;
    const num: [string, number] | null = line.part != null ? ['part', line.part] : line.num;
    if (!num || !Number.isFinite(num[1])) continue;
    const [style, n] = num;
    const prev = last.get(style);
    // Not the parts ("第二部分 …决算表" is often taken into the tables it heads), nor across a table: a
    // heading set in a table's area may be read as the table's.
    // (After a number said twice, "（一）（一）（三）", the repeat is the one cause: see `repeatedNumbers`.)
    // (Nor on text read by OCR, which misreads numbers: 二 as 三, （二） as （ 二.)
    const ocr = at(i).via === 'ocr' || (prev != null && at(prev.at).via === 'ocr');
    const gap = prev ? n - prev.n - 1 : 0;
    // "七、…" then two lines with no number, then "十、…": the lines between lost their numbers. More than
    // one number skipped only so, the lines between exactly as many as the numbers missing.
    // (The lines between are taken only for a number that skips: most numbers follow the last of
    // their style, and copying every line since it, for each of them, was most of this rule's time.)
    const lostNumbers = prev != null && gap > 1 && i - prev.at - 1 === gap && lines.slice(prev.at + 1, i).every((l) => !l.num && l.t.length <= 40 && !/[。；;]/.test(l.title));
    if (prev && (gap === 1 || lostNumbers) && !prev.repeated && !ocr && style !== 'part') {
      const unnumbered = lines.slice(prev.at + 1, i);
      // A bare figure between the two is a table's cell: its row labels ("六、经营收入", "八、其他收入") printed
      // one cell to a line, as text copied out of a PDF gives them, with the rows between taken elsewhere.
      const cellsBetween = unnumbered.some((l) => BARE_FIGURE.test(l.t));
      // "七、…" "、政府性基金…表" "九、…": the item is there with its number deleted down to its 、, which
      // numbersLeftOff reports (one cause, one finding): no item is missing.
      const leftOffBetween = unnumbered.some((l) => /^、[\u4e00-\u9fa5]/.test(l.t));
      if (!cellsBetween && !leftOffBetween && !tableBetween(at(prev.at), at(i))) {
        // (The line of the number before counts too, after its own number: "1.…。 2.…" run into one line.)
        const between = lines.slice(prev.at, i).map((l, k) => (k === 0 ? l.t.replace(/^\S{1,8}?[、.．)）]/, '') : l.title)).join('\n');
        const missing = Array.from({ length: gap }, (_, k) => prev.n + 1 + k);
        // "5、…" "6做好…" "7、…": the item is there, its number without the 、 after it: that is the slip.
        const sep = /^\d{1,2}([、.．])/.exec(t)?.[1];
        const bare = sep && gap === 1 ? unnumbered.find((l) => new RegExp(`^${missing[0]}(?=[\u4e00-\u9fa5])`).test(l.t)) : undefined;
        // "二、…" "三.支出决算表" "四、…": the item is there, its numeral followed by a stop or comma for the 、.
        // (Never a numeral with nothing after it: "三公经费…" opens with one.)
        const misMarked = style === 'top' && gap === 1 ? unnumbered.find((l) => new RegExp(`^${cnNumeral(missing[0] as number)}\\s*[.．,，](?=\\s*[\u4e00-\u9fa5“])`).test(l.t)) : undefined;
        if (bare) {
          report({
            severity: 'warning',
            message: `编号“${missing[0]}”后缺少“${sep}”：“${bare.t.slice(0, 20)}”。`,
            expected: `${missing[0]}${sep}`,
            actual: `${missing[0]}`,
            locations: [bare.location],
          });
        } else if (misMarked) {
          const written = /^\S\s*[.．,，]/.exec(misMarked.t)?.[0] ?? '';
          report({
            severity: 'warning',
            message: `编号“${cnNumeral(missing[0] as number)}”后应为“、”，写成了“${written.slice(-1)}”：“${misMarked.t.slice(0, 20)}”。`,
            expected: `${cnNumeral(missing[0] as number)}、`,
            actual: written,
            locations: [misMarked.location],
          });
        } else if (!missing.some((m) => writtenAnywhere(between, style, m))) {
          const which = missing.map((m) => `第${m}条`).join('、');
          report({
            severity: 'warning',
            message: lostNumbers
              ? `编号跳号：“${t.slice(0, 20)}”前一条同级编号是第${prev.n}条，中间${gap}行没有编号，缺${which}。`
              : `编号跳号：“${t.slice(0, 20)}”前一条同级编号是第${prev.n}条，中间缺${which}（漏写一条或编号错误）。`,
            expected: which,
            actual: `第${n}条`,
            locations: [at(prev.at), ...unnumbered.filter(() => lostNumbers).map((l) => l.location), at(i)],
          });
        }
      }
    }
    last.set(style, { n, at: i, repeated: prev?.n === n });
    forgetBelow(last, style);
  }
}

/**
 * "九、…表" then "、国有资产占用情况表": an item whose number was deleted down to its 、, right after items
 * numbered "一、…" (within three lines, those between unnumbered too): the number it should have is the
 * next after theirs.
 */
/**
 * "七、…决算表" then "八:政府性基金…表": a number of the "一、" list written with a colon, the next in its
 * sequence. One finding with every place.
 */
function colonNumbers(lines: readonly NumberedLine[], report: (f: FindingInput) => void): void {
  const places: Location[] = [];
  const written: string[] = [];
  let last = 0;
  for (const l of lines) {
    if (l.location.cell) continue;
    const t = l.t;
    const n = l.num;
    if (n?.[0] === 'top') {
      last = n[1];
      continue;
    }
    const colon = NUMERAL_CODES.has(t.charCodeAt(0)) ? /^([一二三四五六七八九十]{1,2})\s*[:：]\s*(?=[\u4e00-\u9fa5“])/.exec(t) : null;
    if (!colon || !last || t.length > 40 || /[，。；,;]/.test(t)) continue;
    const k = cnNumber(colon[1] as string);
    if (k !== last + 1) continue;
    last = k;
    places.push(l.location);
    written.push(colon[0].trim());
  }
  if (!places.length) return;
  report({
    severity: 'warning',
    message: `编号“${written[0]}”用了冒号，同级其他编号用“、”${places.length > 1 ? `（共${places.length}处）` : ''}。`,
    expected: `${written[0]?.replace(/\s*[:：]$/, '')}、`,
    actual: written[0] ?? '',
    locations: places,
  });
}

/**
 * "一一、部门职责": a numeral typed twice is no number (十一 is written so; 一一 never), a slip of editing.
 * (Not in a scanned page's text, where OCR may see one stroke twice.)
 */
function numeralsDoubled(lines: readonly NumberedLine[], report: (f: FindingInput) => void): void {
  for (const l of lines) {
    const m = DOUBLED_NUMERAL.exec(l.t);
    if (!m || l.t.length > 60 || l.location.via === 'ocr') continue;
    const written = m[0].trim();
    const right = written.replace(`${m[2]}${m[2]}`, m[2] as string);
    report({
      severity: 'warning',
      message: `编号“${written}”把“${m[2]}”写了两遍，应为“${right}”。`,
      expected: right,
      actual: written,
      locations: [l.location],
    });
  }
}
const DOUBLED_NUMERAL = /^([（(]?)([一二三四五六七八九十])\2(?:、|[)）])(?=\s*[\u4e00-\u9fa5])/;

function numbersLeftOff(lines: readonly NumberedLine[], report: (f: FindingInput) => void): void {
  const leftOff = (k: number) => {
    const l = lines[k] as NumberedLine;
    const t = l.t;
    return t.charCodeAt(0) === DUN && /^、[\u4e00-\u9fa5]/.test(t) && t.length <= 60 && l.location.via !== 'ocr';
  };
  for (let i = 1; i < lines.length; i++) {
    if (!leftOff(i)) continue;
    // Items in a row that lost their numbers are one cause: one finding with each place.
    let end = i + 1;
    while (end < lines.length && leftOff(end)) end++;
    const run = lines.slice(i, end);
    const first = (run[0] as NumberedLine).t;
    i = end - 1;
    for (let k = i - run.length; k >= Math.max(0, i - run.length - 2); k--) {
      const line = lines[k] as NumberedLine;
      const above = line.t;
      // Under a part's heading ("第三部分 …") the numbers start again at 一.
      const part = line.part != null;
      const num: [string, number] | null = part ? ['top', 0] : line.num;
      if (!num) continue;
      if (num[0] === 'top') {
        // The numbers they should have only from the line right above: a line between may be an item
        // that lost its number too, or the end of one wrapped ("九、" / "国有资本…表").
        const from = k === i - run.length ? num[1] + 1 : null;
        const to = from != null ? from + run.length - 1 : null;
        const said = from == null ? '' : to === from ? `“${cnNumeral(from)}、”` : `“${cnNumeral(from)}、”至“${cnNumeral(to as number)}、”`;
        const after = part ? `在“${above.slice(0, 6)}”之下` : `按上一条“${cnNumeral(num[1])}、”`;
        const what = run.length > 1 ? `“${first.slice(0, 20)}”等${run.length}行` : `“${first.slice(0, 20)}”`;
        report({
          severity: 'warning',
          message: from != null ? `编号缺失：${what}行首只剩“、”，${after}应为${said}（编号被删去）。` : `编号缺失：${what}行首只剩“、”，编号被删去。`,
          expected: from != null ? said.replace(/[“”]/g, '') : '编号',
          actual: '、',
          locations: run.map((l) => l.location),
        });
      }
      break;
    }
  }
}

/** A Chinese numeral up to 九十九 as a number ("十二" → 12, "二十" → 20), NaN otherwise. */
function cnNumber(t: string): number {
  const CN = '一二三四五六七八九';
  return t === '十' ? 10 : t.length === 1 ? CN.indexOf(t) + 1 : t.startsWith('十') ? 10 + CN.indexOf(t[1] as string) + 1 : t.endsWith('十') ? (CN.indexOf(t[0] as string) + 1) * 10 : NaN;
}

/** A number up to 99 as a Chinese numeral (12 → "十二", 20 → "二十"). */
function cnNumeral(n: number): string {
  const D = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const tens = Math.floor(n / 10);
  return tens === 0 ? (D[n] as string) : `${tens === 1 ? '' : D[tens]}十${D[n % 10]}`;
}

/** Whether number `n` of a style is written anywhere in the text, at a line's start or not. */
function writtenAnywhere(text: string, style: string, n: number): boolean {
  const cn = cnNumeral(n);
  switch (style) {
    case 'part':
      return text.includes(`第${cn}部分`);
    case 'top':
      return new RegExp(`${cn}\\s*、`).test(text);
    case 'paren':
      return new RegExp(`[（(]\\s*${cn}\\s*[)）]`).test(text);
    default:
      return new RegExp(`(?<!\\d)${n}\\s*[、.．](?!\\d)`).test(text);
  }
}
