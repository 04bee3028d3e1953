import type { Block, ParagraphBlock } from '../model/layout.js';
import { looksLikeHeading, withoutLeader } from './sections.js';
import { BULLET, PAGE_FIELD, SITE_FURNITURE } from './site-furniture.js';

/**
 * Re-joins sentences that a converter broke across lines or pages ("…占" / "65.94%；…"): a paragraph
 * that does not end a sentence is joined with the next paragraph when that one does not start a
 * heading or a numbered item. The joined paragraph keeps the first one's location.
 */
export function stitchParagraphs(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.kind === 'paragraph' && prev?.kind === 'paragraph' && continues(prev, b)) {
      const next = b.text.trim();
      const text = prev.text + next;
      const at = prev.text.length - (b.text.length - b.text.trimStart().length);
      const breaks = [
        ...(prev.breaks ?? []),
        { offset: prev.text.length, line: b.location.line ?? 0, ...(b.location.page != null ? { page: b.location.page } : {}) },
        ...(b.breaks ?? []).map((br) => ({ ...br, offset: br.offset + at })),
      ].filter((br) => br.line > 0);
      const joined: ParagraphBlock = { ...prev, text, location: { ...prev.location, text }, breaks };
      if (prev.spans || b.spans) {
        const moved = (b.spans ?? []).map((sp) => ({ ...sp, offset: Math.max(sp.offset + at, prev.text.length), end: sp.end + at })).filter((sp) => sp.end > sp.offset);
        joined.spans = [...(prev.spans ?? []), ...moved];
      }
      out[out.length - 1] = joined;
      continue;
    }
    out.push(b);
  }
  return out;
}

/** A heading's name with its page number after it, as a contents list prints it, with or without dot leaders. */
function contentsEntry(t: string): boolean {
  // ("二、机构设置……………6": a dot leader before a page number makes an entry, whatever its name.)
  if (/[.．…·]{4,}\s*[(（]?\d{1,3}[)）]?$/.test(t) && withoutLeader(t).length <= 60) return true;
  return /\d$/.test(t) && t.length <= 60 && /(说明|情况|概况|名词解释|附件|决算表)$/.test(withoutLeader(t)) && !/[，,。；;：:]/.test(t);
}

/** A 类/款/项 path alone, closed by its 项 (and a full stop or colon). */
const ITEM_PATH_ALONE = /^[^。；;]*[（(]\s*类\s*[)）][^。；;]*[（(]\s*项\s*[)）]\s*[。：:]?$/;
/** A numbered item or heading's opening ("20、", "（二）", "3."). */
const ITEM_START = /^[（(]?[一二三四五六七八九十\d]+(?:[)）、]|[.．](?!\d))/;

/** A line ending inside a bracket on a figure ("…绩效分析（58.79"). */
const OPEN_ON_FIGURE = /[（(][^（()）]{0,20}?\d(?:[\d,.]*\d)?$/;
/** A line ending inside a bracket on words a score or amount follows ("2.项目管理（自评得"). */
const OPEN_ON_WORDS = /[（(][^（()）]{0,20}?(?:得|为|计|共|占)$/;
/** A line that opens by closing a bracket, after at most a unit ("分）", "万元）…"). */
const CLOSES_WITH_UNIT = /^(?:分|万元|亿元|元|%|％|个|人|项)?\s*[)）]/;
/** A number alone on its line, as a converter that breaks a line at every change of font sets a figure. */
const BARE_FIGURE = /^[-−]?\d[\d,]*(?:\.\d+)?\s*[%％]?$/;
/** Words a figure follows in a sentence ("支出决算为", "占", "自评得", "减少"). */
const FIGURE_FOLLOWS = /(?:[为占计达共约得数]|决算|预算|合计|总额|金额|资金|减少|增加|增长|下降|支出|收入)$/;

/** The words of them that end no table label: a line without a comma or a year must end so to take a bare figure. */
const FIGURE_FOLLOWS_ALONE = /(?:[为占计达共约得]|决算数?|预算数?)$/;

/** A site's path of links: two separators or more between short names. */
const BREADCRUMB = /^[^。，；]{0,40}?(?:\s*[>＞»›]\s*[^>＞»›。，；]{1,20}){2,}$/;


function continues(prev: ParagraphBlock, next: ParagraphBlock): boolean {
  const p = prev.text.trim();
  const n = next.text.trim();
  if (!p || !n) return false;
  if (prev.heading != null || next.heading != null) return false;
  // A row laid out in columns is no sentence to join.
  if (prev.row || next.row) return false;
  // A bracket left open on a figure and closed by the next line's unit ("1.履职效能（15" / "分）"): one
  // heading or clause, whatever it looks like.
  if (OPEN_ON_FIGURE.test(p) && CLOSES_WITH_UNIT.test(n)) return true;
  if (OPEN_ON_WORDS.test(p) && BARE_FIGURE.test(n)) return true;
  // "19、社会保障和就业支出（类）抚恤（款）死亡抚恤（项）。" on a line of its own, what it spent in the paragraph
  // below ("主要用于：…年初预算为0万元，支出决算为33.16万元"): one item's statement, as a wider page prints it.
  if (ITEM_PATH_ALONE.test(p) && !/\d/.test(p.replace(/^\s*\d{1,2}\s*[、.．]/, '')) && !ITEM_START.test(n) && !looksLikeHeading(n, null)) return true;
  if (/[。；！？：:;!?）)」”]$/.test(p)) return false;
  // A bulleted line ("• 来源:财务处") starts an item of its own, and a page's field is one under its bullet too.
  if (BULLET.test(n)) return false;
  const [pb, nb] = [p.replace(BULLET, ''), n.replace(BULLET, '')];
  if (SITE_FURNITURE.test(pb) || SITE_FURNITURE.test(nb) || PAGE_FIELD.test(pb) || PAGE_FIELD.test(nb)) return false;
  // A breadcrumb ("政务公开 > 财政 > 2019市级部门决算专题") is the site's path, a line of its own.
  if (BREADCRUMB.test(p) || BREADCRUMB.test(n)) return false;
  // A figure a converter set on a line of its own ("…公务接待费支出决算" / "2.75" / "万元，占"): a bare
  // number after words a figure follows is the sentence's, not a heading numbered "2.75"; and a year set
  // apart from its 年 ("2024" / "年度“三公”经费…") is the sentence's first words.
  // (Not a table's label copied a cell a line, "其他收入" / "13.06": a sentence's words have a comma, or
  // end on words only a sentence puts before its figure.)
  if (BARE_FIGURE.test(n) && (/[，,]|20\d{2}\s*年/.test(p) ? FIGURE_FOLLOWS : FIGURE_FOLLOWS_ALONE).test(p) && p.length >= 8 && !looksLikeHeading(p, null)) return true;
  // ("…财政拨款收、支总计" / "2280.29。与": a figure that closes a clause is no heading's number either.)
  if (/^[-−]?\d[\d,]*\.\d+\s*[%％]?[。，,；;]/.test(n) && /[\u4e00-\u9fa5]$/.test(p) && p.length >= 8 && !looksLikeHeading(p, null)) return true;
  // (And the unit a figure was parted from opens no heading: "…决算157.38" / "万元，…支出具体情况".)
  // ("1.社会保障和就业支出(类)84.68" / "万元,占": a numbered item's figure, however like a heading it looks.)
  if (/\d$/.test(p) && /^(?:万元|亿元|元|%|％)(?![\u4e00-\u9fa5]{0,3}表)/.test(n)) return true;
  if (/(?:^|[\u4e00-\u9fa5，,])20\d{2}$/.test(p) && /^年度?[\u4e00-\u9fa5“"]/.test(n) && !looksLikeHeading(n, null)) return true;
  // ("我局" / "2024" / "年年初预算收入": the subject before the year.)
  if (/^20\d{2}$/.test(n) && /^[\u4e00-\u9fa5]{2,12}$/.test(p) && !looksLikeHeading(p, null)) return true;
  // A line that opens on a sentence's mark ("。年初预" / "算数为27600.00万元…", a converter that set an item
  // path's full stop and the words after it apart) is a piece of a sentence however short, though the item
  // path joined before it looks like a heading. (Not "、", which a line keeps when its number was deleted.)
  const tail = prev.breaks?.length ? prev.text.slice(prev.breaks[prev.breaks.length - 1]!.offset).trim() : p;
  if (/^[。，,；;]/.test(tail) && /[\u4e00-\u9fa5\d%，,、]$/.test(tail) && !ITEM_START.test(n) && !looksLikeHeading(n, null)) return true;
  if (looksLikeHeading(p, null) || looksLikeHeading(n, null)) return false;
  // A contents entry with its page number run on ("财政拨款收入支出决算总体情况说明5"), numbered or not.
  if (contentsEntry(p) || contentsEntry(n)) return false;
  // A document's title ("重庆市永川区2024年决算报告") set directly above the first sentence; a line
  // that only ends in 决算 ("…支出决算" / "数为…") goes on unless a new sentence starts below it.
  if (p.length <= 48 && /20\d{2}/.test(p) && /决算|预算/.test(p) && !/[，,。；;]/.test(p)) {
    if (/(报告|公开|说明|草案)$/.test(p)) return false;
    // ("为做好…决算公开工作，现将…" opens a sentence; "为238.67万元" ends one.)
    if (/(决算|预算)$/.test(p) && /^(20\d{2}\s*年|全[省市区县州]|本(部门|单位)|为(?![\s\d,.，-])|根据|按照|依据|现将)/.test(n)) return false;
  }
  // A line spaced out letter by letter ("情 况 说 明", "目  录") is a title's or heading's, never a
  // sentence's: nothing runs on from it.
  // (The last line of what was joined so far: "…决算的" + "情 况 说 明" is one title.)
  const last = prev.breaks?.length ? prev.text.slice(prev.breaks[prev.breaks.length - 1]!.offset).trim() : p;
  if (/^(?:[\u4e00-\u9fa5][ \t　]+){2,}[\u4e00-\u9fa5]$/.test(last)) return false;
  // A date alone on its line, as a page's field gives it ("- 2023-09-12"), runs into nothing below it.
  if (/^(?:[-*•·]\s*)?20\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/.test(p)) return false;
  // A date alone on its line ("二〇二五年九月" under the cover's title) is the cover's own.
  if (/^(?:[〇零一二三四五六七八九]{4}|20\d{2})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$/.test(n)) return false;
  // Nor does anything run into a title below it ("2024年度某某局部门决算" under a page's breadcrumb).
  if (n.length <= 48 && /^(?:[\u4e00-\u9fa5（）()]{2,30})?20\d{2}\s*年度?[\u4e00-\u9fa5]{0,20}?(?:部门|单位)?决算(?:公开|报告|说明)?$/.test(n)) return false;
  // Nor into a table's or sheet's title ("项目支出绩效自评表", "…决算表(2024年度)").
  if (/^[\u4e00-\u9fa5（）()“”"]{2,30}表(?:\s*[（(]\s*\d{4}\s*年度?\s*[)）])?$/.test(n)) return false;
  if (/^(图|表|注|附)\s*\d*[：:]/.test(n) || ITEM_START.test(n)) return false;
  // Only join when the break sits inside a sentence: the previous line ends on a word or figure.
  return /[\u4e00-\u9fa5\d%，,、]$/.test(p) && p.length >= 8;
}
