import type { Disclosure } from '../../model/disclosure.js';
import { type Location, placeKey } from '../../model/location.js';
import { defineRule } from '../rule.js';
import { linesMatching } from './patterns.js';

const AUTH = '财政部《部门决算公开格式文本》：目录列明各部分及页码';

/** Leader dots, then an empty pair of brackets where the page number belongs ("一、概况……………()"). */
const BLANK_PAGE = /(?:[.．…·]{4,}|…{2,})\s*[（(]\s*[)）]\s*$/;
/** The page number at the end of a contents line, after its leader dots or spaces. */
const PAGE_NUMBER = /(?:[.．…·]{2,}|\s{2,}|…)\s*(\d{1,3})\s*$/;

/** The page numbers the contents list prints, in order, each with its line. */
function contentsPages(doc: Disclosure): { page: number; text: string; location: Location }[] {
  const listed = new Set((doc.facts.contents ?? []).map((c) => placeKey(c.location)));
  // The entries' line numbers first: a line on none of them needs no key made.
  const lines = new Set((doc.facts.contents ?? []).map((c) => c.location.line ?? null));
  const out: { page: number; text: string; location: Location }[] = [];
  for (const l of doc.lines) {
    if (!lines.has(l.location.line ?? null) || !listed.has(placeKey(l.location))) continue;
    const m = PAGE_NUMBER.exec(l.text);
    if (m) out.push({ page: Number(m[1]), text: l.text.replace(PAGE_NUMBER, '').trim(), location: l.location });
  }
  return out;
}

export const templateContentsPages = defineRule({
  id: 'template.contents-pages',
  title: '目录页码未填或顺序颠倒',
  category: 'template',
  severity: 'warning',
  authority: AUTH,
  description:
    '目录中引导点后留着空括号“()”，是页码没有填（多为模板的目录未更新）；目录中某一条的页码比前一条小、而后一条又回到前一条以上，是那一条页码写错（整段从1重新编页不算）。',
  cases: [
    { name: '页码齐全且递增', expect: 'pass', text: '目录\n第一部分 部门概况…………3\n一、部门职责…………3\n二、机构设置…………5\n第二部分 部门决算表…………6\n一、收入支出决算总表…………6\n二、收入决算表…………7\n' },
    { name: '页码留空', expect: 'fail', mentions: '()', text: '目录\n一、概况.................................()\n（一）部门职责..........................()\n（二）机构设置..........................()\n' },
    { name: '一条页码比前后都小', expect: 'fail', mentions: '5', text: '目录\n第一部分 部门概况.................... 3\n一、部门职责..................... 3\n二、机构设置..................... 5\n第二部分 部门决算公开表..... 6\n一、收入支出决算公开表........... 6\n二、收入决算公开表............... 6\n三、支出决算公开表............... 5\n四、财政拨款收入支出决算公开表.... 6\n' },
    { name: '报表部分重新从1编页', expect: 'pass', text: '目录\n第一部分 部门概况.................... 3\n一、部门职责..................... 3\n二、机构设置..................... 5\n第二部分 部门决算公开表..... 1\n一、收入支出决算公开表........... 1\n二、收入决算公开表............... 2\n' },
  ],
  check({ doc, report }) {
    const blank = linesMatching(doc, BLANK_PAGE);
    if (blank.length) {
      report({
        message: `目录的页码没有填写，引导点后只留了空括号（共${blank.length}处）。`,
        expected: '页码',
        actual: blank[0]?.match.trim() ?? '()',
        locations: blank.map((h) => h.location),
      });
    }
    const pages = contentsPages(doc);
    for (let i = 1; i + 1 < pages.length; i++) {
      const [before, here, after] = [pages[i - 1]!, pages[i]!, pages[i + 1]!];
      // Only a dip of one line between two that agree with each other: a part that numbers its pages
      // afresh stays low after the drop.
      if (here.page < before.page && after.page >= before.page) {
        report({
          message: `目录中“${here.text}”的页码 ${here.page} 小于前一条“${before.text}”的 ${before.page}，而后一条又是 ${after.page}：这一条的页码写错了。`,
          expected: `${before.page}–${after.page}`,
          actual: String(here.page),
          locations: [here.location, before.location, after.location],
        });
      }
    }
  },
});
