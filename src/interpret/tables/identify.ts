import type { Block } from '../../model/layout.js';
import { attachedFileNames, isTablesFile } from '../attachments.js';
import { TABLE_DEFS, TABLE_IDS, type TableId } from '../../model/tables.js';
import { norm } from './grid.js';

/** Title text normalised for matching: no spaces, no quotes or book-title marks. */
export function titleNorm(t: string): string {
  return norm(t).replace(/[“”"'‘’《》〈〉「」]/g, '');
}

const TITLES: { id: TableId; title: string }[] = TABLE_IDS.flatMap((id) =>
  [TABLE_DEFS[id].title, ...TABLE_DEFS[id].aliases].map((t) => ({ id, title: titleNorm(t) })),
);

/**
 * The four tables with generic titles (收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表)
 * are other tables when a fund or expense kind stands right before the title: regional forms print
 * 一般公共预算财政拨款项目支出决算表, 一般公共预算财政拨款收入支出决算表 and the like beside the nine.
 * A department's name, a year or a number before the title changes nothing.
 */
const GENERIC = new Set<TableId>(['01', '02', '03', '04']);
const QUALIFIED = /(?:财政拨款|预算|基金|经营|项目|基本|收入|经费|费|明细|结转|结余|专户|资金)$/;

/**
 * Which table a title names: the longest official title (or alias) contained in the text, so that
 * "财政拨款收入支出决算总表" is 04 rather than 01 and "政府性基金预算财政拨款收入支出决算表" is 07.
 */
export function tableIdByTitle(text: string): TableId | null {
  const t = titleNorm(text);
  let best: { id: TableId; len: number } | null = null;
  for (const { id, title } of TITLES) {
    const at = t.indexOf(title);
    if (at < 0 || (best && title.length <= best.len)) continue;
    if (GENERIC.has(id) && QUALIFIED.test(t.slice(0, at))) continue;
    best = { id, len: title.length };
  }
  if (best) return best.id;
  // Regional variants: "三公经费" tables without 财政拨款, 06 without 明细.
  if (/三公经费.*(决算|支出)表/.test(t)) return '09';
  return null;
}

/** A line of a list of tables: a short title ending in 表, numbered or not. */
const LISTED_TABLE = /^[^。，；,;]{2,40}表[）)]?$/;

/**
 * A table listed under a region's own title for one of the nine ("五、一般公共预算财政拨款收入支出决算表"
 * for 05 in Yunnan's and Gansu's forms): 收入支出 said where the standard title says 支出. Only for a
 * table of a fund's spending, never the four generic ones.
 */
function listedVariant(text: string): TableId | null {
  if (!/收入支出决算表\s*[）)]?\s*$/.test(text)) return null;
  const id = tableIdByTitle(text.replace(/收入支出决算表(\s*[）)]?\s*)$/, '支出决算表$1'));
  return id && !GENERIC.has(id) ? id : null;
}

/** "公开01表", "公开表01", "公开 1 表", "部门公开表09" → the id. */
/**
 * Which table a text opens with the full title of (its longest title or alias, as `tableIdByTitle`
 * takes it, at the very start; a 公开XX表 code before it allowed): null for a text that only names a
 * table further on ("…详见一般公共预算财政拨款支出决算表").
 */
export function tableIdAtStart(text: string): TableId | null {
  const t = titleNorm(text).replace(/^公开0?\d表/, '');
  let best: { id: TableId; len: number } | null = null;
  for (const { id, title } of TITLES) if (t.startsWith(title) && (!best || title.length > best.len)) best = { id, len: title.length };
  return best?.id ?? null;
}

export function tableIdByCode(text: string): TableId | null {
  const t = norm(text);
  const m = /公开0?([1-9])表|公开表0?([1-9])(?!\d)/.exec(t);
  const n = m?.[1] ?? m?.[2];
  return n ? (`0${n}` as TableId) : null;
}

/** Recognises a table from its header words when no title is printed near it. */
export function tableIdBySignature(headerText: string): TableId | null {
  const t = norm(headerText);
  if (/因公出国/.test(t) && /公务接待/.test(t)) return '09';
  if (/人员经费/.test(t) && /公用经费/.test(t) && /(科目|代码|编码|决算数)/.test(t)) return '06';
  if (/行次/.test(t) && /收入/.test(t) && /支出/.test(t)) {
    return /一般公共预算财政拨款/.test(t) && /政府性基金预算财政拨款/.test(t) && /国有资本经营预算财政拨款/.test(t) && !/事业收入/.test(t) ? '04' : '01';
  }
  if (/本年收入合计/.test(t) && /财政拨款收入/.test(t)) return '02';
  if (/本年支出合计/.test(t) && /上缴上级支出/.test(t)) return '03';
  if (/年初结转和?结余/.test(t) && /本年收入/.test(t) && /年末结转和?结余/.test(t)) return '07';
  return null;
}

const CURRENCY = /^(万元|元|千元|亿元|百万元)$/;

/** Reads 金额单位 and 单位/编制单位 from a line such as "编制单位：XX局   金额单位：万元". */
export function readUnitLine(text: string): { unit: string | null; entity: string | null } {
  const t = text.replace(/\u3000/g, ' ');
  let unit: string | null = null;
  let entity: string | null = null;
  const um = /(?:金额)?单位\s*[：:]\s*(万元|元|千元|亿元|百万元)/.exec(t);
  if (um) unit = um[1] as string;
  const rest = t.replace(/(?:金额)?单位\s*[：:]\s*(万元|元|千元|亿元|百万元)/g, ' ');
  const em = /(?:编制单位|填报单位|部门|单位)(?:名称)?\s*[（(]?(?:盖章)?[)）]?\s*[：:]\s*([^\s\t]+)/.exec(rest);
  if (em && !CURRENCY.test(em[1] as string)) entity = (em[1] as string).trim();
  return { unit, entity };
}

/** Does a sentence say that a table has no data, and why? */
export const EMPTY_RE =
  /无数据|为空表|空表|无此项|本表无|没有[^。；]{0,40}(收入|支出|收支|安排|经费|结转)|未(发生|安排|使用)[^。；]{0,30}(收入|支出|收支|经费)|无[^。；，]{0,30}(收入|支出|收支)[^。；]{0,20}(及|和)?[^。；]{0,10}(结转|结余)?/;

/** Section keys of the explanation that talk about each table. */
export const EXPLAIN_SECTION: Partial<Record<TableId, string>> = {
  '06': 'explain.basic',
  '07': 'explain.fund',
  '08': 'explain.capital',
  '09': 'explain.threePublic',
};

/** Words of the topic each empty statement should mention. */
export const EMPTY_TOPIC: Partial<Record<TableId, RegExp>> = {
  '07': /政府性基金/,
  '08': /国有资本/,
  '09': /三公/,
  '06': /基本支出/,
  '05': /一般公共预算/,
};

/** The heading of the tables' part: "第二部分 2024年度部门决算报表", "部门决算公开表". */
const TABLES_HEADING = /决算(?:公开)?(?:报)?表$|公开(?:报)?表$/;

/**
 * "（见附表）", "详见附件", "另行公开", "作为附表，附于…后", "（附电子表格）" …: the tables are published
 * elsewhere.
 */
export const ATTACHED_RE = /见附表|附后|详见附件|见附件|另行公开|单独公开|另附|附表[）)]|作为附[表件]|附于[^。；;]{0,20}?之?后|[（(]\s*附[^（）()。；;]{0,4}?(?:表格|Excel|excel|EXCEL|xlsx?)[^（）()。；;]{0,4}[）)]/;

/** A line naming an attachment, without a file's name: "附件：某局2024年度部门决算公开表", "附件2:部门决算表". */
const ANNEX_LINE = /^附件\s*\d*\s*[:：]\s*([^。；;，,]{4,60}?)[。]?$/;

/**
 * Tables the document lists or refers to without printing: a paragraph that says the tables are
 * attached (见附表) followed by the list of their titles, or naming them itself.
 */
export function findReferenced(
  blocks: readonly Block[],
  printed: ReadonlySet<TableId>,
  keyAt: readonly (string | null)[] = [],
  attachments: readonly string[] = [],
  printedAfter: (index: number) => boolean = () => false,
): TableId[] {
  const out = new Set<TableId>();
  // An attachment named as the tables ("…部门决算公开表.xls", a link or a line of the text) says they
  // are attached, as "（详见附件）" does: the one table it names, or all nine. Under the tables' part
  // heading a file named 附表 or 报表 says it too.
  const attach = (file: string) => {
    const own = tableIdByTitle(file) ?? tableIdByCode(file);
    for (const id of own ? [own] : TABLE_IDS) out.add(id);
  };
  // (A file named by one table's own title, "收入支出决算总表.xls", is that table.)
  const named = (file: string, inPart: boolean) => isTablesFile(file, inPart) || (!/绩效|自评/.test(file) && tableIdByTitle(file) != null);
  for (const file of attachments) if (named(file, false)) attach(file);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const files = b.kind === 'paragraph' ? attachedFileNames(b.text) : [];
    if (files.length) {
      const prev = blocks[i - 1];
      const inPart = keyAt[i] === 'tables' || (prev?.kind === 'paragraph' && TABLES_HEADING.test(prev.text.trim()));
      for (const file of files) if (named(file, inPart)) attach(file);
      continue;
    }
    // "附件：某局2024年度部门决算公开表" with no file's name after it: the tables are the attachment —
    // unless the tables follow it in this text, when it is their heading.
    const annexed = b.kind === 'paragraph' ? ANNEX_LINE.exec(b.text.trim())?.[1] : undefined;
    if (annexed) {
      if (named(annexed, false) && !printedAfter(i)) attach(annexed);
      continue;
    }
    if (b.kind !== 'paragraph' || !ATTACHED_RE.test(b.text)) continue;
    // "第二部分 2024年度部门决算表" with "（见附件）" alone on the next line, or with the line saying where
    // the part is ("某某办此部分为excel导出表,见附件1。") under its heading.
    const prev = blocks[i - 1];
    // ("第五部分:2018年部门决算公开报表" / "表1:财政拨款收支决算总体情况表(见附件)": the list under the part's heading.)
    const under = prev?.kind === 'paragraph' && prev.text.trim().length <= 30 && TABLES_HEADING.test(prev.text.trim());
    const text = (b.text.length <= 12 || under) && prev?.kind === 'paragraph' ? prev.text + b.text : b.text;
    if (!/决算(报)?表|公开表|报表|附表/.test(text)) continue;
    // A sentence about something else that sends its details to an annex ("其中二级预算单位0个（详情见附
    // 表）"): not the tables. A sentence must name them; only a short line under their heading may not.
    if (text.length > 40 && !/决算(报)?表|公开表|报表/.test(text)) continue;
    // "（见附件） 表 1:收入支出决算总表 表 2:收入决算表 … 表 9:…": the list run into one line is read piece by
    // piece, each table by its name (a region's 表 7 may be the 三公 table).
    const inLine = new Set(text.split(/\s*(?=表\s*\d{1,2}\s*[:：、.．])/).map((piece) => tableIdByTitle(piece)).filter((id): id is TableId => id != null));
    const own = inLine.size >= 2 ? null : tableIdByTitle(text);
    if (own) out.add(own);
    for (const id of inLine.size >= 2 ? inLine : []) out.add(id);
    let listed = inLine.size >= 2 ? inLine.size : 0;
    for (let j = i + 1; j < Math.min(blocks.length, i + 15); j++) {
      const n = blocks[j] as Block;
      if (n.kind !== 'paragraph') break;
      const id = tableIdByTitle(n.text) ?? tableIdByCode(n.text) ?? (listed > 0 ? listedVariant(n.text) : null);
      if (!id) {
        // (A title of no known table in the list, "十、部门整体支出绩效自评表", does not end it.)
        if (listed > 0 && !LISTED_TABLE.test(n.text.trim())) break;
        continue;
      }
      listed++;
      out.add(id);
    }
    // "部门决算公开表（见附件）" without a list: all nine are attached.
    // ("报表详见附件。" alone on its line says it of the tables too.)
    // ("第二部分 2022年度部门决算明细表" / "（见附表1-8）": a range of annex tables under the part's heading.)
    if (listed === 0 && !own && (/(九|9)张|决算(?:公开)?(?:报|明细)?表|公开(?:报)?表|附表\s*\d{1,2}\s*[-—–－~～至到]\s*\d{1,2}/.test(text) || /^(?:相关|全部|各)?报表/.test(b.text.trim()))) for (const id of TABLE_IDS) out.add(id);
  }
  return TABLE_IDS.filter((id) => out.has(id) && !printed.has(id));
}
