import type { Block } from '../model/layout.js';

// A line that is nothing but a file's name ("/泸州市中医医院2023年度决算报表.xls", "附件1：部门决算公开表.xlsx"):
// a web page's link to its attachment, left in the text copied from it.
const FILE_LINE = /^(?:附件\s*\d*\s*[:：]?\s*)?\/?([^\s/\\]{1,80}\.(?:xlsx?|et|pdf|docx?|wps|zip|rar))$/i;

/** The file a line names when the line is nothing but a file's name (an attachment's link), or null. */
export function attachedFileName(line: string): string | null {
  const t = line.trim();
  // The name's extension ends the line, two to four letters after its last dot: every paragraph of
  // the document passes here, and most are spared the pattern.
  const ext = t.length - t.lastIndexOf('.') - 1;
  if (ext < 2 || ext > 4 || ext === t.length) return null;
  return FILE_LINE.exec(t)?.[1] ?? null;
}

// One file's name among several a portal prints side by side, its links run together or set apart by
// spaces or marks ("…决算公开表.xls部门预算项目支出绩效自评表(2022年度).xlsx"). A name here has no dot of
// its own, so that each extension ends one name.
const NAME_IN_RUN = /[\s、，,；;|]*(?:附件\s*\d*\s*[:：]?\s*)?\/?([^\s/\\.、，,；;|]{1,80}\.(?:xlsx|xls|et|pdf|docx|doc|wps|zip|rar))/iy;
// What may follow the last name on such a line: the next lines' heading run into the links
// ("…自评表(2022年度).xlsx2022年度四川省…单位决算"), a title's length with no sentence's mark or amount.
const RUN_TAIL = /^[^。，,；;：:！？!?%％]{0,40}$/;

/**
 * The files a line names when the line is nothing but files' names: one alone (an attachment's link), or
 * several side by side, the last perhaps run into the heading that follows. Empty when the line says
 * anything else (a sentence, an amount).
 */
export function attachedFileNames(line: string): string[] {
  const t = line.trim();
  // Every paragraph passes here: a line naming no file's extension is spared the scan.
  if (!/\.(?:xlsx?|et|pdf|docx?|wps|zip|rar)/i.test(t)) return [];
  // Names run together are read one by one first (read whole, "…公开表.xls部门…自评表.xlsx" would be one
  // name ending in 自评表); a single name with a dot of its own ("v1.2报表.xls") is read whole after.
  const one = attachedFileName(t);
  const names: string[] = [];
  NAME_IN_RUN.lastIndex = 0;
  let end = 0;
  for (let m = NAME_IN_RUN.exec(t); m; m = NAME_IN_RUN.exec(t)) {
    names.push(m[1] as string);
    end = NAME_IN_RUN.lastIndex;
  }
  const tail = t.slice(end);
  if (names.length === 0 || !RUN_TAIL.test(tail) || /\d\s*(?:万?元|亿元)/.test(tail)) return one ? [one] : [];
  return names;
}

/** Attachments the text names on lines of their own: the document's parts may be published in them. */
export function namedAttachments(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const name of attachedFileNames(b.text)) if (!out.includes(name)) out.push(name);
  }
  return out;
}

// A file named as the tables themselves ("…部门决算公开表.xls", "…2023年度决算报表.xlsx", "部门公开报表.xlsx"),
// not a budget's nor a performance sheet.
const TABLES_FILE = /决算(?:公开)?(?:报)?表|(?<!预算)公开(?:报)?表/;
// Under the tables' own part heading, a file named 附表 or 报表 is the tables too.
const TABLES_FILE_IN_PART = /附表|报表/;

/**
 * Whether an attachment's file name says it holds the final account's tables: anywhere when it names
 * them (决算表, 决算报表, 公开表), under the tables' part heading also when it says 附表 or 报表.
 */
export function isTablesFile(name: string, inTablesPart: boolean): boolean {
  const stem = name.replace(/\.[a-z]+$/i, '');
  if (/绩效|自评|预算(?!.*决算)/.test(stem)) return false;
  return TABLES_FILE.test(stem) || (inTablesPart && TABLES_FILE_IN_PART.test(stem));
}
