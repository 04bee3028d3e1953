import { contentsEntryTitle } from '../../model/contents.js';
import { samePlace } from '../../model/location.js';
import { defineRule } from '../rule.js';
import { HEADING_NUMBER } from './patterns.js';


/** Is a a subsequence of b (b is a with words added: "其他重要事项说明" / "其他重要事项的情况说明")? */
function within(a: string, b: string): boolean {
  let k = 0;
  for (const ch of b) if (ch === a[k]) k++;
  return k === a.length;
}

/**
 * A heading's words for comparison: no whitespace, quotes, book-title marks or year, brackets and
 * stops in one width. What differs then is wording, not typography.
 */
function words(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(/[“”"‘’'《》〈〉]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[．.]/g, '、')
    .replace(/\d{2,4}年度?/g, '');
}

export const templateContentsHeading = defineRule({
  id: 'template.contents-heading',
  title: '目录条目与正文标题措辞不一致',
  category: 'template',
  // Info: official templates themselves word some entries differently in their contents (Shanghai's
  // 十一、其他重要事项说明 over 十一、其他重要事项的情况说明), so a difference is worth a look, not proof.
  severity: 'info',
  authority: '财政部《部门决算公开格式文本》（目录与正文标题一致）',
  description:
    '目录中的条目与正文中同一编号、同一内容的标题用词不同（“一、部门主要职责”/“一、部门主要职能”），多为改了一处忘了另一处（提示）。只比编号相同且归为同一章节的标题；只是一方多写了字（标题折行、缩写、“的情况”）、部门与单位或单位名称互换、只差年度、引号或全半角的不报。',
  cases: [
    {
      name: '目录与正文用词不同',
      expect: 'fail',
      severity: 'info',
      mentions: '一、部门主要职责',
      text: '# 某局2024年度部门决算\n\n目录\n\n第一部分 部门概况\n\n一、部门主要职责……1\n\n二、机构设置……2\n\n第一部分 部门概况\n\n一、部门主要职能\n\n负责全县工作。\n\n二、机构设置\n\n内设机构3个。\n',
    },
    {
      name: '目录条目是正文标题的缩写',
      expect: 'pass',
      text: '# 某局2024年度部门决算\n\n目录\n\n十一、其他重要事项说明\n\n第三部分 部门决算情况说明\n\n十一、其他重要事项的情况说明\n\n无。\n',
    },
    {
      name: '部门与单位、单位名称互换',
      expect: 'pass',
      text: '# 某幼儿园2024年度部门决算\n\n目录\n\n第一部分 单位概况\n\n一、部门预算单位构成\n\n第一部分 部门概况\n\n一、某幼儿园预算单位构成\n\n本单位无下属单位。\n',
    },
    {
      name: '只差年度、引号、全半角',
      expect: 'pass',
      text: '# 某局2024年度部门决算\n\n目录\n\n第二部分 2024年度部门决算情况说明\n\n九、财政拨款"三公"经费支出决算情况说明\n\n第二部分 部门决算情况说明\n\n九、财政拨款“三公”经费支出决算情况说明\n\n“三公”经费支出0万元。\n',
    },
    {
      name: '正文标题包含目录条目',
      expect: 'pass',
      text: '# 某局2024年度部门决算\n\n目录\n\n第一部分 部门概况\n\n一、部门职责\n\n第一部分 某局部门概况\n\n一、部门职责 负责全县工作。\n',
    },
    {
      name: '编号不同不比',
      expect: 'pass',
      text: '# 某局2024年度部门决算\n\n目录\n\n十、机关运行经费支出说明\n\n第二部分 部门决算情况说明\n\n（一）机关运行经费支出情况\n\n机关运行经费10万元。\n',
    },
  ],
  check({ doc, report }) {
    const contents = doc.facts.contents ?? [];
    const said = new Set<string>();
    const name = (doc.facts.department ?? '').replace(/\s+/g, '');
    // 部门, 单位 and the unit's own name stand for one another in headings.
    const plain = (t: string) => (name ? t.split(name).join('部门') : t).replace(/单位/g, '部门');
    for (const c of contents) {
      const entry = contentsEntryTitle(c.text);
      const num = HEADING_NUMBER.exec(entry.replace(/\s+/g, ''))?.[0];
      if (!num || c.section == null) continue;
      // The words after the number: "第一部分 某局部门概况" holds "第一部分 部门概况"'s 部门概况.
      const w = words(entry).slice(num.length);
      // The body's headings of the same section and number (not the contents entries themselves).
      const body = doc.sections.filter(
        (s) =>
          s.key === c.section &&
          !contents.some((x) => samePlace(x.location, s.location)) &&
          s.title.replace(/\s+/g, '').startsWith(num),
      );
      if (body.length !== 1) continue;
      const head = body[0]!;
      const h = words(head.title).slice(num.length);
      if (h.length > 40 || w.length < 3) continue;
      const [a, b] = [plain(w), plain(h)];
      if (within(a, b) || within(b, a) || said.has(`${a}|${b}`)) continue;
      said.add(`${a}|${b}`);
      report({
        message: `目录条目“${entry}”与正文标题“${head.title.trim()}”措辞不一致。`,
        expected: head.title.trim(),
        actual: entry,
        locations: [c.location, head.location],
      });
    }
  },
});
