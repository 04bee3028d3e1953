import type { DocumentKind } from '../../model/disclosure.js';
import { KIND_NAME } from '../../model/labels.js';
import { defineRule } from '../rule.js';


export const OUT_OF_SCOPE_REASON = '文件不是部门（单位）决算公开文本，决算规则不适用。';

/** Is this document one the final-account rules apply to? */
export function inScope(kind: DocumentKind): boolean {
  return kind === 'final' || kind === 'final-part';
}

export const PART_REASON = '本文件只公开部门决算的一部分（见标题），不检查全文是否齐备。';

/** Rules about the whole document (its tables, sections, glossary being there), not run on one part of it. */
export function wholeDocumentRule(rule: { id: string; category: string }): boolean {
  return (rule.category === 'completeness' || rule.category === 'glossary') && rule.id !== documentKind.id;
}

/**
 * A document of another kind (a budget, a government's 总决算, a news page) is said to be out of
 * scope once, as a notice; no final-account rule is run on it (the engine skips them).
 */
export const documentKind = defineRule({
  id: 'completeness.document-kind',
  title: '文件不是部门决算公开',
  category: 'completeness',
  severity: 'info',
  authority: '财政部《部门决算公开格式文本》（本工具检查部门、单位决算公开）',
  description:
    '按标题、封面，再按目录和报表标题判断文件类别：部门预算公开（收支预算总表等）、政府财政总决算（本级决算、一般公共预算收支决算）或网页新闻不属于部门决算公开，提示一次并不执行决算规则。新闻报道按电头、署名记者、来源为新闻媒体或门户名称判断，即使标题和正文只讲“三公”经费，也先于“单项公开”判断。决算说明中常出现“预算”二字，不据正文判断。',
  cases: [
    { name: '部门决算', expect: 'pass', text: '# 某市某某局2024年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。\n' },
    {
      name: '部门预算',
      expect: 'fail',
      mentions: '预算公开',
      text: '# 某市某某局2026年部门预算\n\n## 第一部分 部门概况\n\n一、主要职能\n\n负责全市某某工作。\n\n## 第二部分 2026年部门预算情况说明\n\n2026年度收入预算238.67万元。\n',
    },
    {
      name: '本级总决算',
      expect: 'fail',
      mentions: '总决算',
      text: '# 某某区2024年区本级一般公共预算收支决算情况\n\n2024年区本级一般公共预算收入完成38.67亿元，为预算的101.2%。\n',
    },
    {
      name: '报道“三公”经费的新闻',
      expect: 'fail',
      mentions: '新闻报道',
      text: '某某局公开“三公经费”财政拨款情况\n\n2024年06月02日 来源:某某晚报\n\n某某局2日公布，2023年度“三公”经费财政拨款支出决算为36.50万元，其中公务接待费决算为16.20万元。\n',
    },
    {
      name: '部门自行公开的“三公”经费',
      expect: 'fail',
      mentions: '一部分',
      text: '某某局2023年度“三公”经费支出决算情况说明\n\n发布时间:2024-06-02 来源:某某局\n\n一、“三公”经费财政拨款支出总体情况说明\n\n2023年度“三公”经费财政拨款支出决算为36.50万元，其中公务接待费决算为16.20万元。\n',
    },
  ],
  check(ctx) {
    const { kind, kindReason } = ctx.doc.facts;
    if (kind === 'final-part') {
      ctx.report({
        message: `${kindReason ?? '本文件只公开部门决算的一部分'}：只检查其中的数字与表述，不检查全文是否齐备（公开表、各节、名词解释）。`,
        expected: '部门决算公开',
        actual: KIND_NAME[kind],
        locations: [],
      });
      return;
    }
    if (inScope(kind)) return;
    ctx.report({
      message: `本文件是${KIND_NAME[kind]}，不在部门决算检查范围内，未执行决算规则：${kindReason ?? ''}`,
      expected: '部门决算公开',
      actual: KIND_NAME[kind],
      locations: [],
    });
  },
});
