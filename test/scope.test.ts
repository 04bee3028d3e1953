import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkFile, checkText, extractBytes } from '../src/check.js';
import { sectionKeyOf } from '../src/interpret/sections.js';
import { T03, T05, withTables } from '../src/rules/narrative-table/fixtures.js';

const KINDS = 'test/fixtures/kinds';
const read = (f: string) => readFile(`${KINDS}/${f}`, 'utf8');
const rulesOf = (r: { findings: { rule: string; severity: string }[] }, severity: string) =>
  r.findings.filter((f) => f.severity === severity).map((f) => f.rule);

describe('a final account in another standard form is checked against the tables and sections it declares', () => {
  it('a university with its own four tables has no "missing" table, section or glossary', async () => {
    const r = await checkFile(`${KINDS}/university-2024.txt`);
    expect(r.facts.contents.filter((c) => c.table).map((c) => c.table)).toEqual(['01', '02', '03', '04']);
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.') || f.rule === 'glossary.present')).toEqual([]);
    expect(rulesOf(r, 'error')).toEqual([]);
  });

  it('a table the contents list declares and the document does not print is missing, and only that one', async () => {
    const text = (await read('university-2024.txt')).replace(/\n支出决算表\n公开03表[\s\S]*?\n\n(?=财政拨款收入支出决算总表)/, '\n');
    const r = await checkText(text, { file: 'university.txt' });
    const missing = r.findings.filter((f) => /^completeness\.table-\d\d$/.test(f.rule));
    expect(missing.map((f) => [f.rule, f.severity])).toEqual([['completeness.table-03', 'error']]);
    expect(missing[0]?.message).toContain('目录列有此表');
  });

  it('without a contents list, a form clearly not the local one gets warnings, not errors', async () => {
    const text = (await read('university-2024.txt')).replace(/目 {2}录[\s\S]*?（五）其他重要事项的情况说明\n/, '');
    const r = await checkText(text, { file: 'university.txt' });
    expect(r.facts.contents).toEqual([]);
    const completeness = r.findings.filter((f) => f.rule.startsWith('completeness.'));
    expect(completeness.length).toBeGreaterThan(0);
    expect(completeness.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('a contents list announced on the title line ("…决算公开说明 (目录)") declares the form: sections it does not list are not demanded', async () => {
    const text = [
      '某某区某某管理处 2021 年度决算公开说明 (目录)',
      '第一部分:基本情况',
      '一、部门主要职能',
      '二、部门和所属预算单位机构设置情况',
      '第二部分:2021 年度部门决算情况说明',
      '一、2021 年度收入支出决算总体及增减变动情况',
      '二、2021 年度财政拨款支出决算情况',
      '三、2021 年度一般公共决算财政拨款安排的“三公”经费支出决算及 增减变动情况说明',
      '第三部分:名词解释',
      '第一部分:基本情况',
      '一、部门主要职能',
      '负责全区河道堤防的建设与管理。',
      '二、部门和所属预算单位机构设置情况',
      '内设3个科室。',
      '第二部分:2021 年度部门决算情况说明',
      '一、2021 年度收入支出决算总体及增减变动情况',
      '2021年度收、支总计均为238.67万元。',
      '二、2021 年度财政拨款支出决算情况',
      '2021年度财政拨款支出238.67万元。',
      '三、2021 年度一般公共决算财政拨款安排的“三公”经费支出决算及 增减变动情况说明',
      '2021年度“三公”经费支出0.94万元。',
      '第三部分:名词解释',
      '1.财政拨款收入：指本级财政当年拨付的资金。',
    ].join('\n');
    const r = await checkText(text, { file: 'contents-on-title.txt' });
    expect(r.facts.title).toBe('某某区某某管理处 2021 年度决算公开说明');
    expect(r.facts.contents.map((c) => c.section)).toContain('explain.threePublic');
    const sections = r.findings.filter((f) => f.rule.startsWith('completeness.section-'));
    expect(sections.map((f) => f.rule)).toEqual([]);
  });

  it('a central department whose tables are attached separately has no error', async () => {
    const r = await checkFile(`${KINDS}/central-department-2024.txt`);
    expect(r.facts.kind).toBe('final');
    expect(rulesOf(r, 'error')).toEqual([]);
  });
});

describe('机关运行经费 = 公用经费 is expected only of a purely administrative unit', () => {
  const tail = '\n\n## 十、其他重要事项的情况说明\n\n公用经费2,152.20万元，主要包括：办公费。\n\n2024年度机关运行经费支出1,305.60万元。\n';
  const doc = (organisation: string) => `# 某市某某局2024年度部门决算\n\n## 二、机构设置\n\n${organisation}${tail}`;
  const finding = async (organisation: string) => (await checkText(doc(organisation))).findings.find((f) => f.rule === 'narrative.operating-vs-public');

  it('does not warn for a department with 事业单位 (下属, 参公, 所属单位包括…)', async () => {
    for (const o of ['本局下属事业单位2个。', '本局为参照公务员法管理的事业单位。', '所属单位包括：局本级、某某中心。']) expect(await finding(o)).toBeUndefined();
    // The real case: a central department with five 直属事业单位.
    const r = await checkFile(`${KINDS}/central-department-2024.txt`);
    expect(r.findings.some((f) => f.rule === 'narrative.operating-vs-public')).toBe(false);
  });

  it('says only, as info, that it cannot be checked when the unit kind is not said', async () => {
    const f = await finding('本局内设科室5个。');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('单位性质');
  });

  it('warns for a unit its 概况 calls administrative', async () => {
    const f = await finding('本局为行政单位，内设科室5个，无下属单位。');
    expect(f?.severity).toBe('warning');
    expect(f?.expected).toBe('2152.20万元');
  });
});

describe('facts come from the title and cover, never from a sentence of history', () => {
  it('a history sentence gives neither the year nor the department', async () => {
    const text = [
      '部门决算公开说明',
      '一、部门概况',
      '某某县水利局前身为1983年成立的某某县水电局，2003年度更名为某某县水务管理局，2019年机构改革后组建。',
      '二、收入支出决算总体情况说明',
      '收、支总计238.67万元。',
    ].join('\n\n');
    const doc = await extractBytes('history.txt', new TextEncoder().encode(text));
    expect(doc.facts.fiscalYear).not.toBe(1983);
    expect(doc.facts.fiscalYear).not.toBe(2003);
    expect(doc.facts.department).toBeNull();
  });

  it('the cover gives them', async () => {
    const doc = await extractBytes('cover.txt', new TextEncoder().encode('某某县水利局\n\n2024年度部门决算\n\n一、部门概况\n\n本局前身为1983年成立的某某县水电局。\n'));
    expect(doc.facts.fiscalYear).toBe(2024);
    expect(doc.facts.department).toBe('某某县水利局');
  });

  it('a title printed without 年 ("…人民政府2024部门决算情况说明") gives the year and the department', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('某某市某某区某某镇人民政府2024部门决算情况说明\n某某市某某区某某镇人民政府\n2024年度决算公开说明\n一、部门基本情况\n'));
    expect(doc.facts.fiscalYear).toBe(2024);
    expect(doc.facts.department).toBe('某某市某某区某某镇人民政府');
  });

  it('the name on the line above "2024年度决算公开说明" is the department', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('某某县农业农村局\n2024年度决算公开说明\n一、部门基本情况\n'));
    expect(doc.facts.title).toBe('某某县农业农村局2024年度决算公开说明');
    expect(doc.facts.department).toBe('某某县农业农村局');
  });

  it('a web page\'s headline above the title: the title naming the organisation wins, read whole, and its region is the city', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('区人大2017年决算公开\n\n来源:柳州市某某区人大常委会  |   发布日期:2018-08-03 15:57\n\n  柳州市某某区人大常委会\n\n  2017年部门决算\n\n  第一部分:某某区人大常委会概况\n'));
    expect(doc.facts.department).toBe('柳州市某某区人大常委会');
    expect(doc.facts.region).toBe('柳州市');
    expect(doc.facts.fiscalYear).toBe(2017);
  });

  it('a numbered contents line naming the department is no title', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('2024年度部门决算\n\n目 录\n\n二、某某县水利局2024年度部门决算表\n\n一、部门概况\n'));
    expect(doc.facts.title).toBe('2024年度部门决算');
    expect(doc.facts.department).not.toBe('二、某某县水利局');
  });

  it('a cover line that is a name and nothing else is read whole, not to its shortest suffix', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('某某市某某区人大常委会\n\n决算公开说明\n\n一、部门概况\n\n某某区人大常委会概况。\n'));
    expect(doc.facts.department).toBe('某某市某某区人大常委会');
  });

  it('a second name in brackets is part of the department\'s name; (本级) is not', async () => {
    const a = await extractBytes('t.txt', new TextEncoder().encode('2024年度兰州新区财政局(国有资产监督管理局)部门决算\n\n目 录\n'));
    expect(a.facts.department).toBe('兰州新区财政局(国有资产监督管理局)');
    expect(a.facts.region).toBe('兰州新区');
    const b = await extractBytes('t.txt', new TextEncoder().encode('某某县林业局(本级) 2024 年度决算公开说明\n\n一、单位基本情况\n'));
    expect(b.facts.department).toBe('某某县林业局');
    expect(b.facts.fiscalYear).toBe(2024);
  });

  it('an item of the duties list is no cover label, however short', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('2024年度决算公开说明\n（一）职能职责\n3.负责辖区内的维护稳定及社会治安治理工作;\n4.负责本镇经济社会发展规划;\n'));
    expect(doc.facts.department).toBeNull();
  });
});

describe('headings', () => {
  it.each([
    ['一、收支总体情况说明', 'explain.total'],
    ['一、收入支出总体情况说明', 'explain.total'],
    ['二、收入情况说明', 'explain.income'],
    ['三、支出情况说明', 'explain.expense'],
    ['四、2020年度财政拨款收入支出总体情况说明', 'explain.fiscal'],
    ['二、2021 年度财政拨款支出决算情况', 'explain.fiscal'],
    ['五、一般公共预算支出决算情况说明', 'explain.general'],
    ['六、一般公共预算基本支出决算情况说明', 'explain.basic'],
    ['六、基本支出情况说明', 'explain.basic'],
    ['七、一般公共预算项目支出决算情况说明', 'explain'],
    ['八、政府性基金情况说明', 'explain.fund'],
    ['九、国资经营情况说明', 'explain.capital'],
    ['十二、机构运行经费支出决算情况说明', 'explain.operating'],
    ['十三、政府采购支出决算情况说明', 'explain.procurement'],
    ['四、关于 2021 年度预算绩效情况的说明', 'explain.performance'],
    // A table a region adds to the nine, named like a section: a table.
    ['十二、政府采购情况表', 'tables'],
    ['十、国有资产占用情况表', 'tables'],
  ])('"%s" names %s', (title, key) => {
    expect(sectionKeyOf(title)).toBe(key);
  });

  it('without a title, the year compared with is not the report year', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('（一）本单位2021年度总收入581.45万元，较2020年度决算数减少175.26万元，下降23.16%。\n1.财政拨款收入382.17万元，较2020年度决算数减少157.86万元。\n2.上级补助收入8.38万元，较2020年度决算数减少17.40万元。\n'));
    expect(doc.facts.fiscalYear).toBe(2021);
  });

  it('an overview part named alone on its line ("主要职责", unnumbered) is a heading', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('某某县某某中心2024年度单位决算\n第一部分 单位概况\n主要职责\n负责推广种植业技术。\n机构设置\n本单位内设机构3个。\n第二部分 2024年度单位决算情况说明\n'));
    const keys = doc.sections.map((s) => s.key);
    expect(keys).toContain('overview.duties');
    expect(keys).toContain('overview.organization');
  });

  it('a sub-heading "（一）收入情况" inside the account of 财政拨款 stays in it', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('# 某某县某某局2024年度部门决算\n\n## 四、财政拨款收入支出决算总体情况说明\n\n### （一）收入情况\n\n2024年度财政拨款收入238.67万元。\n\n## 二、收入决算情况说明\n\n本年收入合计300.00万元。\n'));
    const fiscal = doc.claims.find((c) => c.amount?.value === '238.67');
    expect(fiscal?.section).toBe('explain.fiscal');
    expect(doc.claims.find((c) => c.amount?.value === '300.00')?.section).toBe('explain.income');
  });

  it('a sentence broken after 决算 is joined again; a title above the first sentence is not', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode('# 某某县某某局2024年度部门决算\n\n## 五、一般公共预算财政拨款支出决算情况说明\n\n2024年度一般公共预算财政拨款支出决算\n\n数为238.67万元。\n'));
    expect(doc.claims.some((c) => c.subject.key === 'general.expense' && c.amount?.value === '238.67')).toBe(true);
  });

  it('a contents list with dot leaders and page numbers in brackets is read entry by entry, and ends where the text begins', async () => {
    const lead = (t: string, p: number) => `${t}${'.'.repeat(60)}(${p})`;
    const text = [
      '2020年度某某市财政局单位决算',
      '目录',
      lead('一、概况', 1),
      lead('(一)单位职责', 1),
      lead('二、2020年度单位决算公开表', 4),
      lead('(一)收入支出决算总体情况说明', 4),
      lead('(二)收入决算情况说明', 4),
      lead('(七)政府性基金预算财政拨款收入支出决算总体情况说明', 8),
      lead('(八)国有资本经营预算财政拨款支出决算总体情况说明', 8),
      '一、概况',
      '(一)单位职责',
      '负责全市财政收支管理。',
    ].join('\n\n');
    const doc = await extractBytes('t.txt', new TextEncoder().encode(text));
    expect(doc.facts.contents.map((c) => c.section)).toEqual(['overview', 'overview.duties', 'tables', 'explain.total', 'explain.income', 'explain.fund', 'explain.capital']);
    expect(doc.facts.contents.map((c) => c.text)).toContain('(二)收入决算情况说明');
    expect(doc.sections.find((s) => s.key === 'overview.duties')?.location.line).toBe(21);
  });

  it('a numbered heading closed by a full stop ("(一)收入支出决算总体情况说明。") is a heading; a run-in sentence is not', async () => {
    const doc = await extractBytes('t.txt', new TextEncoder().encode(
      ['某某县某某局2024年度部门决算情况说明', '二、部门决算收支情况说明', '(一)收入支出决算总体情况说明。', '1.总体情况。2024年度收入总计3534.19万元,支出总计3534.19万元。', '(二)收入决算情况说明。', '2024年度收入合计3534.19万元。'].join('\n'),
    ));
    const keys = doc.sections.map((s) => s.key);
    expect(keys).toContain('explain.total');
    expect(keys).toContain('explain.income');
    expect(doc.sections.some((s) => s.title.startsWith('1.总体情况。2024'))).toBe(false);
  });
});

describe('one part of a final account published on its own is checked for its figures, not for completeness', () => {
  const page = (title: string) =>
    [
      title,
      '一、“三公”经费财政拨款支出总体情况说明。',
      '2023年度本部门一般公共预算财政拨款安排的“三公”经费支出3.15万元,较上年3.20减少0.05万元,下降1.56%;其中:因公出国(境)支出0万元;公务用车购置支出0万元;公务用车运行维护费支出1.00万元;公务接待费支出2.15万元,占“三公”经费的68.25%。',
      '二、“三公”经费财政拨款支出与年初预算对比情况。',
      '2023年度“三公”经费支出3.15万元,年初预算为4.00万元,差值为0.85万元。',
    ].join('\n');

  it.each([
    ['with its title', '关于某某市某某区司法局2023年度一般公共预算财政拨款“三公”经费支出决算情况说明'],
    ['without a title, every section being about 三公', ''],
  ])('%s', async (_, title) => {
    const r = await checkText(page(title).trim());
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.') && f.rule !== 'completeness.document-kind')).toEqual([]);
    expect(r.findings.find((f) => f.rule === 'completeness.document-kind')?.severity).toBe('info');
    expect(rulesOf(r, 'error')).toEqual([]);
    // Its figures are still checked: a wrong share is found.
    const wrong = await checkText(page(title).replace('68.25%', '78.25%').trim());
    expect(wrong.findings.some((f) => f.severity !== 'info' && /68\.25|78\.25/.test(`${f.expected} ${f.actual}`))).toBe(true);
  });

  it.each([
    ['a project sheet given as an attachment', '附件：项目支出绩效自评表（2024年度）\n项目名称\t某某委托业务项目\n主管部门\t某某镇人民政府\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t90\t89.97\t89.94\t10\t99.97%\t10'],
    ['a report of the whole spending', '欢迎来到某某县政协网站!\n部门整体支出绩效评价报告\n一、基本情况\n（一）部门整体支出概况。\n2024年部门决算收支完成情况。\n1、收入：792.22万元。其中：财政拨款收入792.22万元。'],
  ])('a performance self-evaluation on its own (%s) is one part, of the year its text names', async (_, text) => {
    const r = await checkText(text);
    expect(r.facts.kind).toBe('final-part');
    expect(r.facts.fiscalYear).toBe(2024);
    expect(r.facts.department ?? '').not.toMatch(/欢迎|网站/);
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.') && f.rule !== 'completeness.document-kind')).toEqual([]);
    expect(rulesOf(r, 'error')).toEqual([]);
  });

  it('a web page’s menu, the day it was read and its breadcrumb give neither the year nor the department', async () => {
    const menu = ['首页', '本会概况', '要闻动态', '参政议政', '自身建设', '社会服务', '学习研究', '组织机构', '信息公开', '今天是2027年7月27日', '通知公告', '当前位置:首页 > 通知公告'];
    const cover = ['2024年度某某市某某委员会部门决算', '作者: 编辑:admin 更新时间:2025/9/10 9:44:39 浏览:730 关闭窗口 打印此页', '2024年度', '某某市某某委员会决算', '二〇二五年九月'];
    const body = ['一、收入支出决算总体情况说明', '本会2024年度收、支总计238.67万元。'];
    const html = `<html><body>${[...menu, ...cover, ...body].map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const r = await checkBytes('page.html', new TextEncoder().encode(html));
    expect(r.facts.fiscalYear).toBe(2024);
    expect(r.facts.department).toBe('某某市某某委员会');
    expect(r.findings.filter((f) => f.rule.startsWith('year-unit.'))).toEqual([]);
  });

  it('a title that names the 三公 only as included ("决算公开（含“三公”经费）") is a whole one', async () => {
    const r = await checkText('某某县某某局2024年度决算公开（含“三公”经费）\n\n一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。\n');
    expect(r.facts.kind).toBe('final');
  });

  it('a whole final account whose contents list a 三公 section is a whole one', async () => {
    const r = await checkFile('samples/guangyuan-city-2024.txt');
    expect(r.facts.kind).toBe('final');
  });
});

describe('amounts a text prints in whole 万元, and a 三公 list missing an item', () => {
  const page = (abroad: string) =>
    [
      '2024年,一般公共预算安排的“三公”经费支出共计3923万元,比2023年减少332万元,下降7.81%。其中:',
      '公务接待费638万元,比上年减少317万元。',
      `${abroad},比上年增加24万元。`,
      '公务用车购置费718万元,比上年增加135万元。',
      '公务用车运行维护费2505万元,比上年减少174万元。',
    ].join('\n');

  const figures = (r: Parameters<typeof rulesOf>[0]) => rulesOf(r, 'error').filter((x) => /^(arithmetic|narrative)\./.test(x));

  it('a rate of whole 万元 amounts is checked at that precision: 332 ÷ 4255 may be 7.81%', async () => {
    const r = await checkText(`# 2024年度某某局部门决算\n\n## 九、财政拨款“三公”经费支出决算情况说明\n\n${page('因公出国(境)经费62万元')}\n`);
    expect(figures(r)).toEqual([]);
    expect(r.findings.find((f) => f.rule === 'arithmetic.change-rate')?.severity).toBe('info');
  });

  it('the items’ changes are summed only when every item is read (here one name is garbled: 经费费)', async () => {
    const r = await checkText(`# 2024年度某某局部门决算\n\n## 九、财政拨款“三公”经费支出决算情况说明\n\n${page('因公出国(境)经费费62万元')}\n`);
    expect(figures(r)).toEqual([]);
    // With every item read, a wrong sum is still found.
    const wrong = await checkText(`# 2024年度某某局部门决算\n\n## 九、财政拨款“三公”经费支出决算情况说明\n\n${page('因公出国(境)经费62万元').replace('减少174万元', '减少164万元')}\n`);
    expect(figures(wrong)).toContain('arithmetic.change-sum');
  });
});

describe('a sentence of last year’s amounts after this year’s', () => {
  it('is last year’s ("…2022年的…合计为1000.86万元，其中…。2021年的三公经费决算数合计为807.95万元，其中…")', async () => {
    const text =
      '日期:2023-11-17\n\n某某区2022年的“三公”经费决算数合计为915.40万元，其中：因公出国（境）费0万元、公务用车购置费399.25万元、公务用车运行维护费472.38万元、公务接待费43.77万元。2021年的“三公”经费决算数合计为639.63万元，其中：因公出国（境）费0万元、公务用车购置费272.53万元、公务用车运行维护费327.67万元、公务接待费39.43万元。\n';
    const md = `# 2022年度某某区“三公”经费决算情况说明\n\n## 一、“三公”经费支出情况\n\n${text}`;
    const r = await checkText(md);
    expect(r.findings.filter((f) => f.rule === 'narrative.same-subject')).toEqual([]);
    const doc = await extractBytes('x.md', new TextEncoder().encode(md));
    expect(doc.claims.filter((c) => c.amount).map((c) => c.amount?.value)).toEqual(['915.40', '0', '399.25', '472.38', '43.77']);
  });
});

describe('one root cause, one finding', () => {
  it('a rate without its % is reported as a missing %, not as an amount without unit nor a derived prior year', async () => {
    const r = await checkText('# 2024年度某某局部门决算\n\n## 一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。与2023年度相比，收、支总计各增加6.05万元，增长2.6。\n');
    const found = r.findings.filter((f) => /^(narrative|arithmetic|year-unit)\./.test(f.rule)).map((f) => f.rule);
    expect(found).toEqual(['year-unit.rate-without-percent']);
    expect(r.findings[0]?.message ?? '').not.toContain('未写单位');
  });

  it('a figure the table contradicts is one finding, with expected = the table, even where a second statement disagrees', async () => {
    // 本年收入合计 is printed 12,100.00 first and 12,000.00 later; table 01 says 12,000.00.
    const text = (await read('university-2024.txt')).replace(
      '2024年度收入总计13,000.00万元、支出总计13,000.00万元。',
      '2024年度收入总计13,000.00万元、支出总计13,000.00万元。本年收入合计12,100.00万元。',
    );
    const r = await checkText(text, { file: 'university.txt' });
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.filter((f) => f.actual === '12100.00万元').map((f) => [f.rule, f.expected])).toEqual([['narrative-table.totals-01', '12000.00万元']]);
    // The two statements' disagreement is the same cause: not reported again, inverted or not.
    expect(errors.some((f) => f.rule === 'narrative.same-subject')).toBe(false);
  });

  it('the same statement at several places is one finding naming every place', async () => {
    const text = '# 2024年度某某局部门决算\n\n## 三、支出决算情况说明\n\n单位：万\n\n## 五、一般公共预算财政拨款支出决算情况说明\n\n单位：万\n';
    const r = await checkText(text);
    const f = r.findings.filter((x) => x.rule === 'year-unit.unit-label');
    expect(f).toHaveLength(1);
    expect(f[0]?.locations).toHaveLength(2);
    expect(f[0]?.message).toContain('共2处');
  });
});

describe('rounding tails between tables and at the printed precision', () => {
  const section = '五、一般公共预算财政拨款支出决算情况说明';
  const sentence = (v: string) => `2024年度一般公共预算财政拨款支出238.67万元，主要用于以下方面：社会保障和就业支出（类）支出13.06万元；卫生健康支出（类）支出${v}万元；住房保障支出（类）支出11.36万元。`;
  // Table 05 prints 214.24 for 210 where table 03 prints 214.25: the two tables differ by a tail.
  const t05 = T05.replace('210\t卫生健康支出\t214.25\t132.96', '210\t卫生健康支出\t214.24\t132.95');

  it('a figure that agrees with one table while two tables differ by a tail is info', async () => {
    const r = await checkText(withTables([section, sentence('214.25')], t05, T03));
    const f = r.findings.filter((x) => x.rule === 'narrative-table.class-05');
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.message).toContain('公开03表');
  });

  it('a figure that agrees with neither table is still an error', async () => {
    const r = await checkText(withTables([section, sentence('214.27')], t05, T03));
    expect(r.findings.filter((x) => x.rule === 'narrative-table.class-05').map((x) => x.severity)).toEqual(['error']);
  });

  it('a difference that does not show at the printed precision is no finding', async () => {
    // 2,060.81 ÷ 2,060.90 = 99.996%: printed to whole percent it is 100%.
    const text = (actual: string) =>
      `# 2024年度某某局部门决算\n\n## 五、一般公共预算财政拨款支出决算情况说明\n\n2024年度一般公共预算财政拨款支出年初预算数为2,060.90万元，支出决算数为${actual}万元，完成年初预算的100%。\n`;
    const r = await checkText(text('2,060.81'));
    expect(r.findings.filter((f) => f.rule === 'arithmetic.execution-rate')).toEqual([]);
    const wrong = await checkText(text('2,048.50'));
    expect(wrong.findings.filter((f) => f.rule === 'arithmetic.execution-rate').map((f) => f.severity)).toEqual(['error']);
  });
});
