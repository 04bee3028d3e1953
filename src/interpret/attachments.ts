import type { Block } from '../model/layout.js';

// A line that is nothing but a file's name ("/泸州市中医医院2023年度决算报表.xls", "附件1：部门决算公开表.xlsx"):
// a web page's link to its attachment, left in the text copied from it.
const FILE_LINE = /^(?:附件\s*\d*\s*[:：]?\s*)?\/?([^\s/\\]{1,80}\.(?:xlsx?|et|pdf|docx?|wps|zip|rar))$/i;

/** Attachments the text names on lines of their own: the document's parts may be published in them. */
export function namedAttachments(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const m = FILE_LINE.exec(b.text.trim());
    if (m && !out.includes(m[1] as string)) out.push(m[1] as string);
  }
  return out;
}
