import { contentsEntryTitle } from '../../model/contents.js';
import type { Location } from '../../model/location.js';
import { defineRule } from '../rule.js';
import { HEADING_NUMBER } from './patterns.js';

/**
 * The names the departmental budget's template (部门预算公开) gives its tables and its overview, each
 * with the final account's name for the same thing. In a final account they are the budget's template
 * carried over.
 */
const BUDGET_NAMES: [RegExp, string][] = [
  [/^部门收支总表$/, '收入支出决算总表'],
  [/^部门收入总表$/, '收入决算表'],
  [/^部门支出总表$/, '支出决算表'],
  [/^财政拨款收支总表$/, '财政拨款收入支出决算总表'],
  [/^一般公共预算(?:财政拨款)?支出表$/, '一般公共预算财政拨款支出决算表'],
  [/^一般公共预算(?:财政拨款)?基本支出表$/, '一般公共预算财政拨款基本支出决算表'],
  [/^一般公共预算(?:财政拨款)?[“"]?三公[”"]?经费支出表$/, '财政拨款“三公”经费支出决算表'],
  [/^政府性基金预算(?:财政拨款)?支出表$/, '政府性基金预算财政拨款收入支出决算表'],
  [/^国有资本经营预算(?:财政拨款)?支出表$/, '国有资本经营预算财政拨款支出决算表'],
  [/^部门预算单位构成$/, '部门决算单位构成'],
];


/** The title of a performance evaluation (self-evaluation) report. */
const PERFORMANCE_REPORT_TITLE = /绩效(?:自评|评价)(?:自评)?报告$/;

export const templateBudgetNames = defineRule({
  id: 'template.budget-names',
  title: '决算文本沿用预算公开的表名',
  category: 'template',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》（公开表与说明按决算的规定名称表述）',
  description:
    '目录或标题中的表名、节名是部门预算公开模板的（“财政拨款收支总表”“部门收支总表”“一般公共预算支出表”“部门预算单位构成”），决算应为“财政拨款收入支出决算总表”“收入支出决算总表”“一般公共预算财政拨款支出决算表”“部门决算单位构成”：多为沿用了预算的模板。同一文本只报一次，列出各处。',
  cases: [
    {
      name: '决算目录用了预算的表名',
      expect: 'fail',
      mentions: '财政拨款收入支出决算总表',
      text: '# 某幼儿园2022年度部门决算\n\n目录\n\n第一部分 概况\n\n一、部门预算单位构成\n\n第二部分 2022年度部门决算明细表\n\n一、财政拨款收支总表\n\n二、一般公共预算支出表\n\n六、部门收支总表\n',
    },
    {
      name: '绩效评价报告所评的预算单位构成',
      expect: 'pass',
      text: '南县财政局2020年度 机关整体支出绩效评价报告\n一、自评得分情况\n对南县财政局2020年度机关整体支出开展了绩效评价,综合评分为97分。\n(三)部门预算单位构成\n2020年,纳入南县财政局部门预算编制范围的单位有3个。\n',
    },
    {
      name: '决算的表名',
      expect: 'pass',
      text: '# 某局2022年度部门决算\n\n目录\n\n一、部门决算单位构成\n\n一、收入支出决算总表\n\n四、财政拨款收入支出决算总表\n\n五、一般公共预算财政拨款支出决算表\n',
    },
    { name: '句中提到预算的表', expect: 'pass', text: '# 某局2022年度部门决算\n\n本部门2022年部门预算公开了财政拨款收支总表等8张表。\n' },
  ],
  check({ doc, report }) {
    const places: Location[] = [];
    const found: { wrong: string; right: string }[] = [];
    let inReport = false;
    for (const l of doc.lines) {
      if (l.location.cell || l.location.via === 'ocr') continue;
      // A performance evaluation report evaluates the budget: its "部门预算单位构成" is the scope it
      // evaluates, no template carried over. It runs to the next part of the account.
      if (l.text.length < 60 && PERFORMANCE_REPORT_TITLE.test(l.text.trim())) inReport = true;
      else if (/^\s*第[一二三四五六七八九十\d]+部分/.test(l.text)) inReport = false;
      if (inReport) continue;
      // Every name looked for holds 表 or 构成: other lines are not cut and squeezed.
      if (!l.text.includes('表') && !l.text.includes('构')) continue;
      const t = contentsEntryTitle(l.text).replace(/\s+/g, '');
      if (t.length > 30) continue;
      const name = t.replace(HEADING_NUMBER, '').replace(/^[《]|[》]$/g, '');
      const hit = BUDGET_NAMES.find(([re]) => re.test(name));
      if (!hit) continue;
      places.push(l.location);
      if (!found.some((f) => f.wrong === name)) found.push({ wrong: name, right: hit[1] });
    }
    if (!found.length) return;
    const shown = found.slice(0, 3);
    report({
      message: `${shown.map((f) => `“${f.wrong}”`).join('、')}${found.length > 3 ? `等${found.length}个名称` : ''}是部门预算公开的表名或节名，决算应为${shown.map((f) => `“${f.right}”`).join('、')}${found.length > 3 ? '等' : ''}（多为沿用了预算的模板${places.length > 1 ? `，共${places.length}处` : ''}）。`,
      expected: shown.map((f) => f.right).join('、'),
      actual: shown.map((f) => f.wrong).join('、'),
      locations: places,
    });
  },
});
