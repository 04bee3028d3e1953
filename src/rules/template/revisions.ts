import { defineRule } from '../rule.js';

/**
 * A file published with its tracked changes not accepted: a Word file's insertions and deletions, or the
 * revision balloons a converter printed into the text ("Deleted: ××部门"). The reader checks the final
 * text (a deleted run is cut, an inserted one kept), so what was deleted raises no finding of its own;
 * that the revisions show is one finding.
 */
export const templateRevisions = defineRule({
  id: 'template.revisions',
  title: '文件含未接受的修订',
  category: 'template',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》：公开的应是定稿文本',
  description:
    '公开文件中留有未接受的修订：Word 文件的修订（插入、删除、移动），或转换时印入正文的修订批注（“Deleted: ××部门”“删除的内容: …”）。检查按定稿文字进行（删除的文字不再当作正文，插入的文字照读），修订本身提示一次。',
  cases: [
    { name: '定稿文本', expect: 'pass', text: '# 某某局2024年度部门决算\n\n## 第三部分 某某局2024年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。\n' },
    {
      name: '转换时印入正文的删除批注',
      expect: 'fail',
      mentions: '未接受的修订',
      text: '# 某某局2024年度部门决算\n\n## 第三部分 Deleted: ××部门 2024年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。\n',
    },
  ],
  check({ doc, report }) {
    const r = doc.coverage.revisions;
    if (!r) return;
    report({
      message: `文件含未接受的修订（${r.count}处）：公开前应接受或拒绝全部修订，只留定稿文字。本工具按定稿文字检查，删除的文字未当作正文。`,
      expected: '定稿文本（修订已全部接受）',
      actual: `未接受的修订${r.count}处`,
      locations: r.location ? [r.location] : [],
    });
  },
});
