import type { Section } from '../model/disclosure.js';
import type { Block } from '../model/layout.js';
import { ORG_SUFFIX } from '../model/labels.js';
import { withoutTrailing } from '../model/trailing.js';
import { SITE_FURNITURE } from './site-furniture.js';

/** "目录", and a contents list's own title ("决算公开目录", "2023年度部门决算目录"). */
const TOC_TITLE = /^目\s*录$|(决算|预算|公开|报告|说明)\s*目\s*录$/;

/**
 * Known sections of a disclosure and the words that name them. Regions number and word them
 * differently ("一、收入支出决算总体情况说明", "（一）机关运行经费支出情况", "十一、预算绩效的情况说明"),
 * so matching is by keywords on short heading-like paragraphs, never by number.
 */
/** The glossary's heading: "第三部分 名词解释", "五、对专业性较强的名词进行解释", "专业名词解释". */
export const GLOSSARY_HEADING = /名词解释|名称解释$|(?:专业性?较强|专业)的?(?:名词|术语)(?:进行)?(?:的)?解释/;

export const SECTION_PATTERNS: { key: string; re: RegExp }[] = [
  { key: 'toc', re: TOC_TITLE },
  // "第一部分:某某县某某乡人民政府概况": an organisation's name and 概况.
  { key: 'overview', re: /(部门|单位)概况$|^概况$|^[\u4e00-\u9fa5]{2,24}(?:局|委|办|院|中心|政府|学校|所|站|馆|会|队)概况$/ },
  // "一、基本职能及主要工作", "部门职责和工作任务".
  { key: 'overview.duties', re: /(主要)?(职能|职责)$|(职能|职责)(及|和|与)(主要)?工作(任务)?$/ },
  { key: 'overview.organization', re: /机构设置|(部门)?(决算|预算)?单位构成|单位(决算|预算)构成|部门构成|内设机构(情况)?$|^机构(设置)?(情况|概况)$/ },
  { key: 'tables', re: /(决算|明细)(总)?(公开)?(报)?表(（见附表）|\(见附表\))?$/ },
  // A region's own wording of each part, with or without 决算 (a unit's template: "收支总体情况说明",
  // "收入情况说明", "基本支出情况说明", "政府性基金情况说明", "国资经营情况说明"). A heading's year
  // ("2020年度财政拨款收入支出总体情况说明") and "关于" are left out before matching.
  { key: 'explain.fiscal', re: /^财政拨款(收入支出|收支)?(决算)?(总体)?情况|^财政拨款支出决算情况/ },
  // "(一)2020年度部门收支总体情况说明", "一、2020年度部门决算收支情况说明".
  // ("收入支出情况总体说明", "关于收支情况总体说明": older templates put 情况 before 总体.)
  { key: 'explain.total', re: /(?<!拨款)收入支出(决算)?总体(情况|及)|^(部门|单位)?收支(决算)?总体情况|^(部门|单位)?决算收支(总体)?情况(说明)?$|^(?:(?:部门|单位)?收入支出|(?:部门|单位)?收支)(?:决算)?情况总体说明$|^(?:\d{4}年度?)?(?:部门|单位)?决算收支增减(?:变动)?情况(?:说明)?$|^(?:部门|单位)?(?:总体决算|决算总体)情况(?:说明)?$/ },
  { key: 'explain.basic', re: /一般公共预算(财政拨款)?基本支出(决算)?(明细)?情况|^基本支出(决算)?情况(说明)?$/ },
  // ("二、2018年度一般公共预算收入支出决算情况": an older template's one section for both.)
  { key: 'explain.general', re: /一般公共预算(财政拨款)?支出(决算)?(总体|结构|具体)?情况|^(?:\d{4}年度?)?一般公共预算(?:财政拨款)?收入支出决算情况(?:说明)?$/ },
  { key: 'explain.fund', re: /政府性基金(预算)?(财政拨款)?(收入)?(支出|收支)?(决算)?(总体)?情况/ },
  { key: 'explain.capital', re: /国有资本经营(预算)?(财政拨款)?(收入)?(支出|收支)?(决算)?(总体)?情况|国资经营情况/ },
  { key: 'explain.threePublic', re: /三公.?经费/ },
  // ("一、2018年度部门决算收入情况": an older template puts 决算 before the word.)
  // ("收入决算总体情况", "部门决算收入来源情况": other regions' words for the same part.)
  { key: 'explain.income', re: /^(部门|单位|本年度?)?(决算)?收入(决算)?(情况|具体情况|结构情况|总体情况|来源情况)(说明)?$|^(部门|单位|本年度?)?收入决算(说明)?$/ },
  { key: 'explain.expense', re: /^(部门|单位|本年度?)?(决算)?支出(决算)?(情况|具体情况|结构情况|总体情况)(说明)?$|^(部门|单位|本年度?)?支出决算(说明)?$/ },
  { key: 'explain.operating', re: /机关运行经费|机构运行经费/ },
  // ("三、政府采购执行情况说明": an older template's word.)
  { key: 'explain.procurement', re: /政府采购(支出)?(执行)?(决算)?(情况|说明)/ },
  { key: 'explain.assets', re: /国有资产占(用|有)(使用)?情况/ },
  // (Yunnan's "部门绩效自评情况", Guangxi's "预算绩效管理工作开展情况" and "关于2023年度绩效评价情况的说明".)
  { key: 'explain.performance', re: /(预算)?绩效(管理)?(的)?情况(的)?(说明)?$|预算绩效管理情况|绩效自评结果|重点绩效评价结果|(?:部门|单位)绩效自评情况$|预算绩效管理工作(?:开展)?情况(?:的)?(?:说明)?$|绩效评价情况(?:的)?说明$/ },
  { key: 'explain.other', re: /其他(重要事项|需说明的事项)/ },
  { key: 'explain', re: /决算(公开)?情况说明$/ },
  { key: 'glossary', re: GLOSSARY_HEADING },
  { key: 'annex', re: /^(第.部分)?\s*附件\d*(-\d+)?$/ },
  { key: 'performance.report', re: /绩效(自评|评价)报告$/ },
];

export const HEADING_PREFIX = /^(第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+、|\d+[、.．]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[（(]?[一二三四五六七八九十]+[)）])\s*/;

/**
 * A contents entry without its dot leader and page number: "(二)收入决算情况说明……(4)" → "(二)收入决算情况说明";
 * a range of pages too ("……16-18", "……14-15").
 */
export function withoutLeader(text: string): string {
  return withoutTrailing(text, LEADER, LEADER_CHAR).trim();
}

const LEADER = /[.…·．\s　-]*(?:\d+(?:\s*[-—–~～]\s*\d+)?|[（(]\d+[)）])?\s*$/;
/** Every character LEADER can take. */
const LEADER_CHAR = /[.…·．\s　\-\d—–~～（()）]/;

// A paragraph is asked about by the run-in splitter, findSections and the contents reader in turn
// (1,343 calls for 454 texts in the Guangyuan sample): the answer for a short text is kept. (A long
// one is answered at once: it is no heading unless it is numbered and ends as one.)
const HEADING_LIKE = new Map<string, boolean>();
const HEADING_LIKE_LIMIT = 5000;
const HEADING_LIKE_KEPT = 80;

/** Is this paragraph short and numbered like a heading, or marked as one by the source? */
export function looksLikeHeading(text: string, heading: number | null): boolean {
  if (heading != null) return headingLike(text, heading);
  if (text.length > HEADING_LIKE_KEPT) return headingLike(text, null);
  let like = HEADING_LIKE.get(text);
  if (like === undefined) {
    like = headingLike(text, null);
    if (HEADING_LIKE.size >= HEADING_LIKE_LIMIT) HEADING_LIKE.clear();
    HEADING_LIKE.set(text, like);
  }
  return like;
}

function headingLike(text: string, heading: number | null): boolean {
  // "、机构设置": a heading whose number was lost in conversion, its 、 left.
  const t = text.trim().replace(/^[、]\s*(?=[\u4e00-\u9fa5])/, '');
  if (heading != null) return t.length <= 60;
  // A heading closed with 。 is counted without the spaces a converter sets around its figures ("（八）…局 2024 年度政府性基金
  // …说明。": counted with them, it was taken for a long heading, which never ends so).
  if (t.length > 40 && t.replace(/[\s　]+/g, '').length <= 40 && closedHeading(t)) return true;
  // A long numbered heading ("三、2021 年度一般公共决算财政拨款安排的“三公”经费支出决算及 增减变动情况
  // 说明"): numbered, ending as headings end, with no sentence's punctuation or amounts.
  if (t.length > 40) return t.length <= 60 && HEADING_PREFIX.test(t) && /(说明|情况)$/.test(t) && !/[。，,；;：:]|\d+(\.\d+)?\s*万元/.test(t.replace(HEADING_PREFIX, ''));
  // The contents list's own heading ("目录", "决算公开目录"): never part of the title printed above it.
  if (t.length <= 20 && TOC_TITLE.test(t)) return true;
  if (/\d+(\.\d+)?\s*万元/.test(t)) return false;
  // "(一)收入支出决算总体情况说明。": some regions close a numbered heading with a full stop; a
  // sentence has a verb and figures, a heading only its number and name.
  // A year in it is the heading's ("一、2021年度收入支出决算总体情况。"); a sentence says 无 or 没有.
  if (closedHeading(t)) return true;
  // "(一)职能职责。", "(二)机构设置。": a part of the overview, numbered and closed with a full stop.
  if (/^[^。；：:，,]+。$/.test(t) && HEADING_PREFIX.test(t) && t.replace(HEADING_PREFIX, '').length <= 12 && sectionKeyOf(t.replace(/。$/, ''))?.startsWith('overview.')) return true;
  // ("(一)某院是国家法律监督机关,在辖区内依法履行查办贪污、" wrapped mid-list: no heading ends on a comma.)
  if (/[。；：:、，,]$/.test(t)) return false;
  // "主要职责", "机构设置" on a line of their own, unnumbered, under "第一部分 单位概况".
  if (t.length <= 10 && !/[，,、。；;：:\d]/.test(t) && sectionKeyOf(t)?.startsWith('overview.')) return true;
  return HEADING_PREFIX.test(t) || /^第.部分/.test(t) || /(说明|情况|名词解释|附件|概况|决算(总|明细)?表)$/.test(t);
}

/** A numbered heading closed with 。 ("（一）2021年度收入支出决算总体情况说明。"): no sentence's marks, amounts or 无 in it. */
function closedHeading(t: string): boolean {
  return /^[^。；：:]+。$/.test(t) && HEADING_PREFIX.test(t) && /(说明|情况)。$/.test(t) && !/\d{4}(?!\s*年)|\d{5}|[，,]|无|没有|未/.test(t.replace(HEADING_PREFIX, ''));
}

/** "某县档案馆2015年度收入决算情况说明": the department's name before a heading's year is no part of the section's name. */
const ORG_BEFORE_YEAR = new RegExp(`^[\\u4e00-\\u9fa5（）()]{2,30}?${ORG_SUFFIX}(?=20\\d{2}年)`);

// The same texts are classified again and again: a document's headings by the run-in splitter, by
// findSections, by looksLikeHeading and by the contents reader (254 calls for 79 texts in a sample),
// and the standard headings in every document. The key depends on the text alone.
const SECTION_KEYS = new Map<string, string | null>();
const SECTION_KEYS_LIMIT = 5000;

/** Classifies a heading text into a section key, or null when it names no known section. */
export function sectionKeyOf(title: string): string | null {
  let key = SECTION_KEYS.get(title);
  if (key === undefined) {
    key = classifyHeading(title);
    if (SECTION_KEYS.size >= SECTION_KEYS_LIMIT) SECTION_KEYS.clear();
    SECTION_KEYS.set(title, key);
  }
  return key;
}

function classifyHeading(title: string): string | null {
  const t = title
    .replace(/^\s*[、]\s*/, '')
    .replace(HEADING_PREFIX, '')
    .replace(/^第.部分\s*/, '')
    .replace(/^[:：]\s*/, '')
    .replace(/[\s　]/g, '')
    .replace(/\*\*/g, '')
    .replace(/。$/, '')
    .replace(/^关于/, '')
    .replace(ORG_BEFORE_YEAR, '')
    .replace(/^20\d{2}年度?/, '')
    // A note after the name ("部门职能(为机构改革后“三定方案”确定的职能)") is no part of it.
    .replace(/(?<=[\u4e00-\u9fa5])[（(][^（）()]{6,40}[)）]$/, '');
  for (const { key, re } of SECTION_PATTERNS) {
    if (!re.test(t)) continue;
    // "十二、政府采购情况表", "国有资产占用情况表": a table a region adds to the nine, not the section.
    if (key.startsWith('explain.') && /表$/.test(t)) return 'tables';
    return key;
  }
  return null;
}

/** The parts of the overview one heading may name together: "机构设置、职责", "部门主要职责及机构设置". */
const OVERVIEW_PARTS: [string, RegExp][] = [
  ['overview.duties', /职能|职责/],
  ['overview.organization', /机构设置|单位(?:决算|预算)?构成|部门构成|内设机构/],
];

/** Known sections a heading names besides its key: the other overview part in a combined heading. */
function alsoNamed(title: string, key: string): string[] {
  if (!key.startsWith('overview.')) return [];
  const t = title.replace(/[\s　]/g, '');
  return OVERVIEW_PARTS.filter(([k, re]) => k !== key && re.test(t)).map(([k]) => k);
}

/** Finds the headings among the blocks; returns sections and, per block index, the section key in force. */
export function findSections(blocks: readonly Block[]): { sections: Section[]; keyAt: (string | null)[] } {
  const sections: Section[] = [];
  const keyAt: (string | null)[] = [];
  let current: string | null = null;
  let inToc = false;
  const tocTitles = new Set<string>();
  let lastEntry = '';
  let highestPart = 0;
  // Entries listed with their page numbers, and without.
  let pagedEntries = 0;
  let plainEntries = 0;
  const untitledToc = untitledContents(blocks);
  for (const [i, b] of blocks.entries()) {
    if (i === untitledToc) {
      inToc = true;
      current = 'toc';
    }
    // A table of contents lists the headings without their content: its entries are not sections.
    if (inToc) {
      const t = b.kind === 'paragraph' ? withoutLeader(b.text) : '';
      // (An entry's number alone on its line, "九、" before "国有资本经营…表", names nothing: no later entry is it again.)
      const seen = [...tocTitles].some((x) => x.replace(HEADING_PREFIX, '') !== '' && (x === t || x.startsWith(t) || t.startsWith(x)));
      // "第一部分…" again after the contents reached "第四部分": the body begins, however its headings are worded.
      const part = partNumber(t);
      // The contents' first part named again, however numbered ("一、部门概况" listed, "第一部分 某局概况"
      // printed): the body begins. (After a few entries: a list may open with its title and a part.)
      const first = [...tocTitles][0];
      const firstKey = first != null ? sectionKeyOf(first) : null;
      const again = firstKey != null && tocTitles.size >= 3 && t !== '' && sectionKeyOf(t) === firstKey;
      // An entry's section again under its own number, however worded ("一、主要职能" listed, "一、单位主要职能"
      // printed), once the contents have gone on to another part, and followed by a sentence: the body
      // begins. (Not "十一、机构运行经费…信息表" in the tables' list after "十一、机构运行经费…说明".)
      const key = t !== '' && highestPart >= 2 && sentenceFollows(blocks, i) ? sectionKeyOf(t) : null;
      const number = key ? HEADING_PREFIX.exec(t)?.[0]?.replace(/\s/g, '') : undefined;
      const named = number != null && [...tocTitles].some((x) => sectionKeyOf(x) === key && HEADING_PREFIX.exec(x)?.[0]?.replace(/\s/g, '') === number);
      // An entry listed under one numbering printed again under another ("2.某院概况" listed, "二、某院概况"
      // printed): the body begins. (Not under a part's number: "第一部分 部门概况" may list "一、部门概况".)
      const renumbered = t !== '' && !PART_PREFIX.test(t) && [...tocTitles].some((x) => sameEntryRenumbered(x, t));
      const restarts = (part != null && part <= highestPart) || again || named || renumbered;
      // (An entry printed without its number, "主要职能", "收入支出决算总表", "2019年度主要工作完成情况", names a part as headings do.)
      // (Nor a numbered entry too long for a heading, "九、 某市某区某街道办事处2021年国有资本经营预算…决算表 10",
      // with its page number as every entry before it has.)
      const pagedLike = b.kind === 'paragraph' && pagedEntries >= 2 && plainEntries === 0 && t !== b.text.trim() && t.length <= 80 && HEADING_PREFIX.test(t) && !/[。；;，,]/.test(t);
      const isEntry = b.kind === 'paragraph' && (looksLikeHeading(t, b.heading) || unnumberedEntry(t) || pagedLike) && !seen && !restarts && !bodyBegins(blocks, i, pagedEntries, plainEntries);
      // An entry's page number on a line of its own ("八、…情况说明" / "8"), or the page's furniture printed
      // under the word 目录 ("公开时间:2025年8月20日"): still the contents.
      if (pageNumber(b) || (b.kind === 'paragraph' && SITE_FURNITURE.test(t.trim()))) {
        keyAt.push('toc');
        continue;
      }
      if (part != null && !restarts) highestPart = part;
      if (isEntry) {
        if (t === b.text.trim()) plainEntries++;
        else pagedEntries++;
        tocTitles.add(t);
        lastEntry = t;
        keyAt.push('toc');
        continue;
      }
      // An entry wrapped onto a second line ("七、…“三公”经费支出决算" / "表"): its end, still the contents.
      // (Not an entry seen again, nor one numbered as a heading is: the body begins there.)
      if (b.kind === 'paragraph' && lastEntry && !seen && t.length <= 6 && !/[\d，,。；;：:、]/.test(t) && !HEADING_PREFIX.test(t) && looksLikeHeading(lastEntry + t, null)) {
        lastEntry += t;
        tocTitles.add(lastEntry);
        keyAt.push('toc');
        continue;
      }
      // A line the contents print that is no entry ("三、…“三公”经费支出�" cut short, "表1:…(见附件)"), before the
      // first entry comes again where the body begins: still the contents.
      if (b.kind === 'paragraph' && stillContents(blocks, i, [...tocTitles][0])) {
        keyAt.push('toc');
        continue;
      }
      inToc = false;
      // What follows the contents is not in them, though its first heading be of no known section.
      current = null;
    }
    // "某某处2021年度决算公开说明 (目录)": the title line announcing the contents that follow.
    if (b.kind === 'paragraph' && /[（(]\s*目\s*录\s*[)）]\s*$/.test(b.text)) {
      inToc = true;
      current = 'toc';
      keyAt.push(current);
      continue;
    }
    if (b.kind === 'paragraph' && looksLikeHeading(b.text, b.heading)) {
      const key = sectionKeyOf(b.text) ?? cutShortEntry(b.text, tocTitles);
      if (key === 'toc') {
        inToc = true;
        current = 'toc';
        keyAt.push(current);
        continue;
      }
      const level = b.heading ?? levelOf(b.text);
      const also = key ? alsoNamed(b.text, key) : [];
      sections.push({ key, ...(also.length ? { also } : {}), title: b.text.trim(), level, location: b.location });
      if (key) current = refine(current, key, level);
      // A part of no known name ("第二部分 2020年度部门决算情况说", cut short) still ends the part before it.
      else if (level === 1) current = null;
    }
    keyAt.push(current);
  }
  return { sections, keyAt };
}

/**
 * "一、单位职" / "二、机构设" under a contents list naming "一、单位职责" / "二、机构设置情况": a numbered heading
 * whose last characters a conversion lost is the entry it begins, numbered alike, when that entry names a
 * known section and at most four characters, less than half its name, are missing.
 */
function cutShortEntry(text: string, entries: ReadonlySet<string>): string | null {
  const t = text.trim().replace(/[\s　]/g, '');
  const number = HEADING_PREFIX.exec(t)?.[0];
  if (!number || t.length - number.length < 3) return null;
  for (const e of entries) {
    const entry = e.replace(/[\s　]/g, '');
    const missing = entry.length - t.length;
    if (missing > 0 && missing <= 4 && 2 * (t.length - number.length) >= entry.length - number.length && entry.startsWith(t) && HEADING_PREFIX.exec(entry)?.[0] === number) {
      const key = sectionKeyOf(entry);
      if (key) return key;
    }
  }
  return null;
}

const PART_PREFIX = /^第[一二三四五六七八九十\d]+部分/;

/**
 * Whether two headings name one entry under two numberings ("2.某院概况", "二、某院概况"): the same name of
 * four characters or more after numbers of different styles, neither a part's.
 */
function sameEntryRenumbered(listed: string, printed: string): boolean {
  const a = HEADING_PREFIX.exec(listed)?.[0];
  const b = HEADING_PREFIX.exec(printed)?.[0];
  if (!a || !b || PART_PREFIX.test(a) || PART_PREFIX.test(b)) return false;
  const style = (p: string) => (/\d/.test(p) ? 'digit' : /[（(]/.test(p) ? 'paren' : 'numeral');
  if (style(a) === style(b)) return false;
  const name = printed.slice(b.length).trim();
  return name.length >= 4 && listed.slice(a.length).trim() === name;
}

/** Lines looked ahead for the contents' first entry printed again, where the body begins. */
const CONTENTS_LOOKAHEAD = 40;

/**
 * Is block `i`, no contents entry, still in the contents? Only when the contents' first entry (a part,
 * "第一部分:基本情况") is printed again within a few lines, and nothing up to it is a sentence.
 */
function stillContents(blocks: readonly Block[], i: number, first: string | undefined): boolean {
  if (!first || partNumber(first) == null) return false;
  for (let j = i; j < Math.min(blocks.length, i + CONTENTS_LOOKAHEAD); j++) {
    const b = blocks[j] as Block;
    if (b.kind !== 'paragraph') return false;
    const t = withoutLeader(b.text);
    // (Spacing may differ: "第一部分 部门概况" listed, "第一部分  部门概况" printed.)
    if (j > i && t.replace(/\s/g, '') === first.replace(/\s/g, '')) return true;
    // (An entry may end on a stop, "一、…总体及增减变动情况。": a sentence holds one inside.)
    if (t.length > 60 || /[。；;]/.test(t.replace(/[。.]$/, ''))) return false;
  }
  return false;
}

/** Lines looked ahead, past headings, for the sentence that shows the body has begun. */
const BODY_LOOKAHEAD = 3;

/**
 * A partial contents list ("七、…说明 7", "八、…说明 8", "十一、…说明 13") whose every entry carried its
 * page number, then headings without one followed by a sentence ("第一部分 基本情况", "一、部门(单位)职责",
 * "为学龄前儿童提供…"): the unpaged headings are the body's, not more entries.
 */
function bodyBegins(blocks: readonly Block[], i: number, paged: number, plain: number): boolean {
  const b = blocks[i] as Block;
  if (b.kind !== 'paragraph' || paged < 2 || plain > 0 || withoutLeader(b.text) !== b.text.trim()) return false;
  for (let j = i + 1; j < Math.min(blocks.length, i + 1 + BODY_LOOKAHEAD); j++) {
    const n = blocks[j] as Block;
    if (n.kind !== 'paragraph') return false;
    const t = n.text.trim();
    // (Another entry with its page number: still the contents.)
    if (withoutLeader(t) !== t) return false;
    // (A sentence, or a clause opening a list: "纳入…编制范围的单位共1个,包括:".)
    if (!looksLikeHeading(t, n.heading)) return /[。；;，,]/.test(t) || t.length > 40;
  }
  return false;
}

/** The next block is a paragraph of text, not a heading nor an entry. */
function sentenceFollows(blocks: readonly Block[], i: number): boolean {
  const n = blocks[i + 1];
  if (n?.kind !== 'paragraph') return false;
  const t = n.text.trim();
  return !looksLikeHeading(t, n.heading) && (/[。；;，,]/.test(t) || t.length > 40);
}

/** A contents entry without its number: a part's or a table's name, no sentence, no figure. */
function unnumberedEntry(t: string): boolean {
  if (t.length < 3 || t.length > 40 || /[。，,；;：:]|\d+(?:\.\d+)?\s*万?元/.test(t)) return false;
  return sectionKeyOf(t) != null || /(?:决算|明细|情况)?表(?:[（(][^（）()]{1,12}[)）])?$|(?:情况|说明)$/.test(t);
}

/** A contents entry's page number printed on a line of its own. */
const PAGE_NUMBER = /^\d{1,3}$/;
const pageNumber = (b: Block | undefined) => b?.kind === 'paragraph' && PAGE_NUMBER.test(b.text.trim());

/** From this many headings in a row, with no text between them, a list of headings may be a contents list. */
const CONTENTS_RUN = 6;

/**
 * A contents list printed without the word 目录: a run of headings with nothing between them whose
 * first heading is printed again after the run (the same words, or 第一部分 again), where the body
 * begins, or which names three parts (第一部分…第三部分) with nothing under any. Returns the index of
 * its first block, or null. Otherwise a run of headings is left as it is: a document may well print
 * empty sections one after another.
 */
function untitledContents(blocks: readonly Block[]): number | null {
  const isHeading = (b: Block | undefined): b is Block & { kind: 'paragraph' } =>
    b?.kind === 'paragraph' && looksLikeHeading(withoutLeader(b.text), b.heading) && sectionKeyOf(b.text) !== 'toc';
  const repeats = (first: string, text: string) => {
    const t = withoutLeader(text);
    const part = partNumber(first);
    return t === first || (part != null && partNumber(t) === part);
  };
  for (let start = 0; start < blocks.length; start++) {
    const head = blocks[start];
    if (!isHeading(head)) continue;
    const first = withoutLeader(head.text);
    let end = start + 1;
    // The run ends at a block that is no heading, or at the first heading printed again (the body). (Within
    // it, an entry whose number a conversion lost, "、国有资产占用情况表", is still one.)
    const entry = (b: Block | undefined) => (b?.kind === 'paragraph' && unnumberedEntry(withoutLeader(b.text).trim()) && sectionKeyOf(b.text) !== 'toc') || isHeading(b) || pageNumber(b);
    while (end < blocks.length && entry(blocks[end]) && !repeats(first, (blocks[end] as Block & { text: string }).text)) end++;
    if (end - start < CONTENTS_RUN) {
      start = end;
      continue;
    }
    const again = blocks.slice(end).some((x) => x.kind === 'paragraph' && repeats(first, x.text));
    // Three parts (第一部分, 第二部分, …) with no text under any of them: a list of the parts, not the parts.
    const parts = new Set(blocks.slice(start, end).map((b) => partNumber(withoutLeader((b as Block & { text: string }).text))).filter((n) => n != null));
    // Only the first run this long, near the top, can be the contents.
    return again || parts.size >= 3 ? start : null;
  }
  return null;
}

/** The number of a "第三部分" heading, or null. */
function partNumber(t: string): number | null {
  const m = /^第([一二三四五六七八九十])部分/.exec(t);
  return m ? '一二三四五六七八九十'.indexOf(m[1] as string) + 1 : null;
}

/** Sections whose own account has parts headed "（一）收入情况", "（二）支出情况", "（一）总体情况". */
const HAS_OWN_PARTS = new Set(['explain.fiscal', 'explain.general', 'explain.basic', 'explain.fund', 'explain.capital', 'explain.threePublic']);

/**
 * The section in force after a heading. A sub-heading ("（一）收入情况") inside the account of 财政拨款,
 * a fund or the 三公 is a part of that account, not the department's 收入/支出 explanation.
 */
function refine(current: string | null, next: string, level: number): string {
  if (level >= 3 && current && HAS_OWN_PARTS.has(current) && (next === 'explain.income' || next === 'explain.expense' || next === 'explain.total')) return current;
  return next;
}

function levelOf(text: string): number {
  if (/^第.部分/.test(text)) return 1;
  if (/^[一二三四五六七八九十]+、/.test(text)) return 2;
  return 3;
}
