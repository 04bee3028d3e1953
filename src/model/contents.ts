import type { Disclosure } from './disclosure.js';
import { type Place, samePlace } from './location.js';
import { lineSections } from './section-at.js';
import { TABLE_IDS, type TableId } from './tables.js';
import { withoutTrailing } from './trailing.js';

/**
 * What a document declares it contains, from its own contents list (目录). A disclosure in another
 * standard form (a central department's, a university's) is checked against what it declares,
 * never against the local nine tables and fifteen sections.
 */

/** Standard tables the contents list names (empty: no contents list, or one that names no table). */
export function declaredTables(doc: Disclosure): TableId[] {
  const contents = doc.facts.contents ?? [];
  return TABLE_IDS.filter((id) => contents.some((c) => c.table === id));
}

/** Does the contents list name the tables one by one (so that a table it omits is not expected)? */
export function contentsListsTables(doc: Disclosure): boolean {
  return (doc.facts.contents ?? []).filter((c) => /表$|表[（(]/.test(c.text) && !/^第.部分/.test(c.text)).length >= 2;
}

/** Known sections the contents list names; null when it does not list the explanation's sections. */
export function declaredSections(doc: Disclosure): Set<string> | null {
  const keys = (doc.facts.contents ?? []).map((c) => c.section).filter((k): k is string => k != null);
  // Only a contents list that goes down to the explanation's own sections says which it has.
  if (keys.filter((k) => k.startsWith('explain.')).length < 2) return null;
  return new Set(keys);
}

/**
 * A form clearly other than the local nine tables: a university's or a central department's, told by
 * the title, or tables printed under titles that are not among the nine (项目支出决算表 …).
 */
export function otherForm(doc: Disclosure): boolean {
  const title = `${doc.facts.title ?? ''}${doc.facts.department ?? ''}`;
  if (/大学|学院|学校|中央|国家/.test(title)) return true;
  const contents = doc.facts.contents ?? [];
  // (Not a part's heading: "第二部分:某中心2021年部门决算表" heads the nine.)
  return contents.some((c) => /决算(明细)?表$/.test(c.text) && c.table == null && !/^第[一二三四五六七八九十\d]{1,2}部分/.test(c.text.trim()));
}

/**
 * Why a part not found may still be published: the web page links attachments (附件), where a
 * disclosure's tables, glossary or whole text often are. Null when nothing says so.
 */
export function mayBeAttached(doc: Disclosure): string | null {
  const a = doc.coverage.attachments ?? [];
  return a.length ? `网页附有附件（${a.slice(0, 3).join('、')}${a.length > 3 ? '等' : ''}），可能在附件中` : null;
}

/**
 * The text's own part for the tables ("第二部分 2020年度部门决算表") when it holds no figure at all:
 * only its heading, or only the tables' names. On a web page or in text copied from one, the tables
 * stood there as pictures or links that the text lost. Null when there is no such part, or it has figures.
 */
export function emptyTablesPart(doc: Disclosure): Disclosure['sections'][number] | null {
  const heads = doc.sections.filter((s) => s.key === 'tables' && s.location.line != null && !isContentsEntry(doc, s.location));
  if (heads.length === 0) return null;
  const keys = lineSections(doc);
  const body = doc.lines.filter((l, i) => keys[i] === 'tables' && !heads.some((h) => samePlace(h.location, l.location)));
  // Years, table numbers (公开01表) and list numbering are no figures of a table.
  // Nor are a table's notes printed under its title ("注:1.本表反映部门(单位)本年度的总收支…").
  const figure = (t: string) => !/^\s*注\s*\d*\s*[:：]/.test(t) && /\d/.test(t.replace(/20\d{2}\s*年度?|公开\s*\d{1,2}\s*表|附?表\s*\d{1,2}|^\s*[（(]?\d{1,2}[、.．)）]/g, ''));
  return body.some((l) => figure(l.text)) ? null : (heads[0] as Disclosure['sections'][number]);
}

function isContentsEntry(doc: Disclosure, p: Place): boolean {
  return (doc.facts.contents ?? []).some((c) => samePlace(c.location, p));
}

/** A contents entry's own words: its leader dots and page number (…………5, ……(3)) left off. */
export function contentsEntryTitle(text: string): string {
  return withoutTrailing(text, LEADER_AND_PAGE, LEADER_AND_PAGE_CHAR).trim();
}

const LEADER_AND_PAGE = /[\s.．…·—\-_]*[（(]?\s*\d*\s*[)）]?\s*$/;
/** Every character LEADER_AND_PAGE can take. */
const LEADER_AND_PAGE_CHAR = /[\s.．…·—\-_（(\d)）]/;

/**
 * Whether the document's fiscal year had the eight-table form: final accounts for 2019 and before print
 * no 国有资本经营预算财政拨款支出决算表 and no section explaining it (every stored real page of 2015–2019 that
 * lists the tables lists eight; those of 2020 on, nine).
 */
export function eightTableYear(doc: Disclosure): boolean {
  const y = doc.facts.fiscalYear;
  return y != null && y <= 2019;
}

/** A web page's list of links to other pages, under its own heading: "相关链接", "相关文章", "上一篇：…". */
const RELATED_HEAD = /^(?:相关(?:链接|文章|阅读|信息|新闻|文件|推荐)|推荐阅读|延伸阅读|往期回顾|热点推荐|热门文章|更多(?:信息|文章))\s*[:：]?$/;
const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]/;

/**
 * The lines of a web page's link lists (the titles of other years' and other departments' documents
 * listed under "相关链接", "上一篇：2023年度…"): the page's, not the document's. A list runs from its
 * heading over short lines that are no sentence.
 */
export function relatedLinkLines(doc: Disclosure): Set<Disclosure['lines'][number]> {
  const out = new Set<Disclosure['lines'][number]>();
  let inList = false;
  for (const l of doc.lines) {
    const t = l.text.trim();
    if (RELATED_HEAD.test(t)) {
      inList = true;
      out.add(l);
      continue;
    }
    if (PREV_NEXT.test(t)) {
      out.add(l);
      continue;
    }
    if (inList && t.length <= 40 && !/[。；;，,]/.test(t) && !l.location.cell) out.add(l);
    else if (t) inList = false;
  }
  return out;
}
