import { declaredSections, mayBeAttached, otherForm } from '../../model/contents.js';
import { defineRule, insufficient, notApplicable } from '../rule.js';

/** A line worded as a glossary entry: "十一、基本支出：指…", "…（项）：主要用于反映…". */
/** Entry-like lines that say a glossary is printed, however it was read (a handful may be text elsewhere). */
const ASTRAY_PRINTED = 5;
const ENTRY_LIKE = /^\s*(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])?\s*[^：:。，,]{2,40}?(?:[：:]\s*(?:是?指|主要用于|反映)|（项）[，,]?\s*(?:主要用于|反映))/;

export const glossaryPresent = defineRule({
  id: 'glossary.present',
  title: '名词解释部分缺失',
  category: 'glossary',
  severity: 'error',
  authority: '财政部《部门决算公开格式文本》第三部分 名词解释',
  description: '决算公开文本须包含名词解释部分，并至少解释一个名词。',
  cases: [
    { name: '有名词解释', expect: 'pass', text: '## 名词解释\n一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n' },
    { name: '无名词解释', expect: 'fail', text: '## 情况说明\n2024年度收、支总计238.67万元。\n' },
    {
      name: '条目印在标题之前（顺序错乱）：警告',
      expect: 'fail',
      severity: 'warning',
      mentions: '文中有2条',
      text: '## 情况说明\n2024年度收、支总计238.67万元。\n\n十一、基本支出：指为保障机构正常运转而发生的人员支出和公用支出。\n\n十二、项目支出：指在基本支出之外为完成特定任务而发生的支出。\n\n## 名词解释\n\n## 附件\n',
    },
    {
      name: '名词解释的条目都印在标题之前（复制顺序错乱）：未检查',
      expect: 'insufficient',
      text: '## 情况说明\n2024年度收、支总计238.67万元。\n\n一、财政拨款收入：是指本级财政当年拨付的资金。\n\n二、其他收入：是指除上述收入以外的各项收入。\n\n三、基本支出：指为保障机构正常运转而发生的人员支出和公用支出。\n\n四、项目支出：指在基本支出之外为完成特定任务而发生的支出。\n\n五、机关运行经费：指行政单位的公用经费支出。\n\n六、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。\n\n## 名词解释\n\n## 附件\n',
    },
    {
      name: '目录列有名词解释（部分编号缺字），正文没有：错误',
      expect: 'fail',
      mentions: '未找到“名词解释”部分。',
      text: '# 某某局2023年度部门决算\n\n目 录\n\n第一部分 2023年度部门决算报表\n\n一、收入支出决算总表\n\n九、政府性基金预算财政拨款基本支出决算表\n\n第二部分 2023年度部门决算说明\n\n第三部分 2023年度其他重要事项的情况说明\n\n第四部分 2023年度部门绩效评价情况\n\n部分 名词解释\n\n第二部分 2023年度部门决算说明\n\n一、收入支出决算总体情况\n\n2023年度收、支总计238.67万元。\n',
    },
    {
      name: '另一种格式，目录所列各部分中没有名词解释：警告',
      expect: 'fail',
      severity: 'warning',
      text: '# 某某局2023年度部门决算\n\n目 录\n\n第一部分 2023年度部门决算报表\n\n一、收入支出决算总表\n\n九、政府性基金预算财政拨款基本支出决算表\n\n第二部分 2023年度部门决算说明\n\n第三部分 2023年度其他重要事项的情况说明\n\n第四部分 2023年度部门绩效评价情况\n\n第二部分 2023年度部门决算说明\n\n一、收入支出决算总体情况\n\n2023年度收、支总计238.67万元。\n',
    },
  ],
  check({ doc, report }) {
    if (doc.glossary.length) return;
    const heading = doc.sections.find((s) => s.key === 'glossary');
    // A form whose own detailed contents list has no 名词解释 (a university's, some central ones).
    const declared = declaredSections(doc);
    if (!heading && declared && !declared.has('glossary')) return notApplicable('本文目录未列“名词解释”部分（按文件自身目录检查）');
    // Pages that could not be read may hold it: its absence is not proved.
    const unreadPages = doc.coverage.pagesUnread;
    if (!heading && unreadPages.length) return insufficient(`第${unreadPages.join('、')}页未能读取，“名词解释”可能印在其中，无法判断是否缺失`);
    // A contents list of the parts only ("第一部分 …报表 … 第四部分 …绩效评价情况"), none of them
    // 名词解释, in a form other than the local one: the form may well have none; said as a warning.
    const parts = (doc.facts.contents ?? []).filter((c) => /^第.{1,3}部分/.test(c.text.trim()));
    // (Any entry naming it counts, a part's whose number was lost too: "部分  名词解释".)
    const undeclared = !heading && parts.length >= 3 && !(doc.facts.contents ?? []).some((c) => c.section === 'glossary') && otherForm(doc);
    const attached = heading ? null : mayBeAttached(doc);
    // Entries printed away from their heading (a turned page copied out of order, "名词解释" after them):
    // the glossary may be there, only not under its heading; not proved missing.
    const astray = heading ? doc.lines.filter((l) => ENTRY_LIKE.test(l.text)).length : 0;
    // Many of them (a copy that read a turned page's lines out of order): the glossary is printed, only
    // not read under its heading; nothing to tell its reviewer but that it was not checked.
    if (astray >= ASTRAY_PRINTED) return insufficient(`有“名词解释”标题，文中另有${astray}条形如名词解释的文字，但未能按标题读出名词及其解释（排版或复制顺序错乱），未检查名词解释`);
    report({
      ...(undeclared || attached || astray >= 2 ? { severity: 'warning' as const } : {}),
      message: heading && astray >= 2 ? `有“名词解释”标题，但未能读出名词及其解释；文中有${astray}条形如名词解释的文字（可能印在标题之外，或因排版、复制时顺序错乱而未能读取），请核实。` : heading ? '有“名词解释”标题，但未读到任何名词及其解释。' : attached ? `未找到“名词解释”部分（${attached}，请核实）。` : undeclared ? '未找到“名词解释”部分（本文目录所列各部分中也没有，格式与地方格式文本不同，请核实）。' : '未找到“名词解释”部分。',
      expected: '名词解释部分及其条目',
      actual: heading ? '标题下无条目' : '缺失',
      locations: heading ? [heading.location] : [],
    });
  },
});
