import { type Location, comparePlaces, samePlace } from '../../model/location.js';
import { locationAt } from '../../model/layout.js';
import { sectionLocator } from '../../model/section-at.js';
import { repeatedEntryCause } from '../arithmetic/lib.js';
import { defineRule, type FindingInput } from '../rule.js';
import { unsqueezedOffset } from '../../model/compact-text.js';
import { eitherOrIn, findInstruction, OFFICIAL_TEMPLATES, squeezedLines } from './official.js';
import { linesMatching, linesMatchingWhere } from './patterns.js';

const AUTH = '《关于做好2024年度部门决算公开工作的通知》：公开内容应真实、准确、完整，不得保留模板提示性文字';

// A character or word every placeholder holds (X x × ＊ * … 【 某, 名 of 名称, 部分 before a bare 部门, six
// dots): the placeholder's pattern, whose every branch opens with a lookbehind, is slow to scan a text with.
const PLACEHOLDER_MARK = /[Xx×＊*…【某名]|\.{6}|部分/;
const mayHoldPlaceholder = (t: string) => PLACEHOLDER_MARK.test(t);

export const templatePlaceholder = defineRule({
  id: 'template.placeholder',
  title: '占位符未替换',
  category: 'template',
  severity: 'error',
  authority: AUTH,
  description: '文中留有 XX、××、xxx、“……万元”、“某部门”、“部门（单位）名称”等占位符，说明模板中的待填内容没有填写。',
  cases: [
    { name: '数字已填写', expect: 'pass', text: '2024年度收、支总计238.67万元。\n' },
    { name: 'XX万元', expect: 'fail', mentions: 'XX', text: '2024年度收、支总计XX万元，比上年增加XX%。\n' },
    { name: '……万元', expect: 'fail', mentions: '……', text: '其中：基本支出……万元。\n' },
    { name: '科目名称被星号遮盖', expect: 'fail', mentions: '********', text: '其中：按功能分类科目，********支出2万元，********支出2.06万元。\n' },
    { name: '部门（单位）名称', expect: 'fail', text: '第一部分:部门(单位)名称概况\n一、主要职能\n' },
    { name: '表中的“部门（单位）名称”栏', expect: 'pass', text: '部门（单位）名称：某某县水利局\n' },
    { name: '名单留作省略号', expect: 'fail', mentions: '……', text: '本部门内设机构包括…… 。本部门下属单位包括:……。\n' },
    { name: '列举后的省略号', expect: 'pass', text: '本部门内设机构包括办公室、财务科……等。\n' },
    { name: '某部门本级', expect: 'fail', mentions: '某部门', text: '纳入某部门2019年部门汇总决算编制范围的单位包括：1.某部门本级。\n' },
    { name: '一行星号作分隔线', expect: 'pass', text: '一、收入支出决算总体情况说明\n\n************\n\n二、收入决算情况说明\n' },
    { name: '个数留作星号', expect: 'fail', mentions: '**', text: '本单位下属参照公务员法管理的事业单位**个。\n' },
    { name: '标题中单位名称留作“部门”', expect: 'fail', mentions: '部门', text: '第二部分:某区卫健局2022年部门决算表\n第三部分:部门2022年部门决算情况说明\n' },
    { name: '标题中留着“部门名称”字段', expect: 'fail', mentions: '部门名称', text: '第二部分 部门名称2019年度部门决算表\n第三部分 部门名称2019年度部门决算情况说明\n' },
    { name: '栏目“单位名称”与表头', expect: 'pass', text: '单位名称：某某县水利局\n\n单位名称\t2019年度决算数\n\n单位名称 2019年度决算数\n' },
    { name: '标题写本部门', expect: 'pass', text: '第三部分 本部门2022年部门决算情况说明\n第三部分 2022年部门决算情况说明\n' },
    { name: '修订批注中已删除的“××”（Deleted:）不是正文', expect: 'pass', text: '第三部分 Deleted: ××单位 2022年度部门决算情况说明\n一、收入决算情况说明 删除的内容: ××\n' },
    { name: '插入批注后的“××”照读', expect: 'fail', mentions: '××', text: '第三部分 Inserted: ××单位2022年度部门决算情况说明\n' },
  ],
  check({ doc, report }) {
    const re = /(?<![A-Za-z])(?:X{2,}|x{3,}|×{2,}|＊{2,}|(?<=[\u4e00-\u9fa5\d：:，,])\*{3,}|\*{3,}(?=[\u4e00-\u9fa5\d])|\*{2,}(?=[个人辆项家次]|万元))(?![A-Za-z])|(?:…{2}|\.{6})\s*(?:万元|元|[%％]|个|人|辆|次)|(?<=(?:包括|包含|分别为|分别是|主要有|设有)[:：]?\s*)(?:…{2}|\.{6})(?=\s*(?:[。；;，,]|$))|[0０]?[Xx×]{1,3}(?:万元|[%％])|【[^】]{0,20}(填写|填列|名称)[^】]{0,20}】|(?<!某)某(?:部门|单位)(?!某)|(?:部门|单位)\s*[（(]\s*(?:单位|部门)\s*[)）]\s*名称(?=\s*(?:概况|20\d{2}|部门决算|单位决算|决算))|(?<=^第[一二三四五六七八九十]部分\s*[:：]?\s*)部门(?=\s*20\d{2}\s*年度?\s*部门决算)|(?<=^(?:第[一二三四五六七八九十]部分\s*[:：]?\s*)?)(?:部门|单位)名称(?= ?20\d{2}\s*年度?\s*(?:部门|单位)?决算(?!数))/;
    for (const hit of linesMatchingWhere(doc, re, mayHoldPlaceholder)) {
      report({ message: `“${hit.match}”是未替换的模板占位符。`, expected: '实际内容', actual: hit.match, locations: [hit.location] });
    }
  },
});

const WORD_LIMIT = /[（(]\s*(?:限|不超过)?\s*\d{2,4}\s*字(?:以内|以下|左右)?\s*[)）]/;
/**
 * An instruction to the compiler in brackets, left where its answer belongs: （说明原因）（具体说明）
 * （请填写）（如有变动，请说明）（简要说明增减变动原因）. Only brackets holding nothing but the instruction:
 * （具体说明见附件）（说明：…） are text.
 */
const BRACKETED_INSTRUCTION =
  /[（(]\s*(?:(?:请|需|须|应)\s*(?:简要|具体|详细|简单|逐项)?\s*(?:说明|填写|填列|写明|注明|列明|补充)[^（）()：:。；;]{0,10}|(?:简要|具体|详细|简单|逐项)?\s*(?:说明|阐述|分析|填写|填列|写明|注明)(?:(?:增减)?变动|增减|具体|主要)?(?:原因|理由|情况)|(?:简要|具体|详细|逐项)(?:说明|填写)|如有[^（）()：:。；;]{1,20}?(?:请|需|须|应)?\s*(?:说明|填写|注明|写明|列明)[^（）()：:。；;]{0,10})\s*[)）]/;
/** A clause of a form's note on what must be explained when (需说明原因, 应单独说明理由). */
const RULE_NOTE = /[需应须](?:单独)?(?:说明|写明|注明|列明)/;

export const templateInstruction = defineRule({
  id: 'template.instruction',
  title: '编写说明或提示语未删除',
  category: 'template',
  severity: 'error',
  authority: AUTH,
  description: `文中留有写给编制人的提示（“请自行删除”“根据实际情况填写”“如无此项……”“此处”等），或官方模板中写给编制人的说明（从${OFFICIAL_TEMPLATES.map((t) => `《${t.template}》`).join('、')}读出，如“（如持平作持平表述）”“（不涉及的不列）”“按上述格式依次说明到各项级科目”），不应出现在公开文本中。`,
  cases: [
    { name: '正常说明', expect: 'pass', text: '本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。\n' },
    { name: '提示语', expect: 'fail', mentions: '请根据实际情况填写', text: '主要原因是：（请根据实际情况填写，无此项的请自行删除）。\n' },
    { name: '模板说明（如持平作持平表述）', expect: 'fail', mentions: '如持平作持平表述', text: '机关运行经费支出185.41万元，比2023年度增加4.68万元，增长2.59%。主要原因是办公费增加。（如持平作持平表述）\n' },
    { name: '模板说明留了半句', expect: 'fail', mentions: '仍保留该表格式', text: '本部门无政府性基金预算财政拨款收入支出的，仍保留该表格式。\n' },
    { name: '通知对各部门的要求', expect: 'fail', severity: 'warning', mentions: '各部门应当公开', text: '第二部分 部门决算表\n各部门应当公开8张部门决算表格,包括:1.收支总表(3张)。\n' },
    { name: '写给编制人的注', expect: 'fail', mentions: '应写明', text: '本部门下属单位包括：某某中心。(注:如无下属单位,应写明“本部门无下属单位”)\n' },
    { name: '写给编制人的要求（介绍本部门（单位）职责）', expect: 'fail', mentions: '介绍本部门(单位)', text: '一、部门职责 详细介绍本部门(单位)职责\n' },
    { name: '标题后括注的编写要求', expect: 'fail', mentions: '需公开内设机构数量', text: '一、部门基本情况(比照预算公开的内容格式)\n(一)机构设置、职责(需公开内设机构数量和下属单位数量及名称)\n' },
    { name: '标题后括注的说明', expect: 'pass', text: '一、部门基本情况（含下属单位）\n（一）机构设置（截至2023年12月31日）\n' },
    { name: '字数要求', expect: 'fail', mentions: '100字以内', text: '对照年度目标，说明相关任务目标的完成情况（100字以内）。\n' },
    { name: '表格注释中的字数要求', expect: 'pass', text: '注：1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的，应单独说明理由。\n' },
    { name: '（说明原因）', expect: 'fail', mentions: '说明原因', text: '机关运行经费支出166.45万元，比2024年度减少22.50万元，下降11.91%。主要原因是：（说明原因）厉行节约，严格控制成本。\n' },
    { name: '（说明原因）后无内容', expect: 'fail', mentions: '说明原因', text: '年初预算为6832.84万元，支出决算为1700.57万元。决算数小于预算数的主要原因：（说明原因）\n' },
    { name: '（具体说明）', expect: 'fail', mentions: '具体说明', text: '主要原因是：（具体说明）人员增加。\n' },
    { name: '（请填写）', expect: 'fail', mentions: '请填写', text: '本部门共有车辆（请填写）辆。\n' },
    { name: '写给各单位的注（注明页码）', expect: 'fail', mentions: '请单位根据实际', text: '目录\n第一部分 部门概况\n(注:请单位根据实际注明页码)\n' },
    { name: '根据实际情况说明', expect: 'pass', text: '本单位根据实际情况说明如下：2024年度无政府性基金预算财政拨款支出。\n' },
    { name: '（如有…请说明）', expect: 'fail', mentions: '如有', text: '本年度无国有资本经营预算财政拨款支出（如有变动，请说明）。\n' },
    { name: '括号中的说明文字', expect: 'pass', text: '具体情况见附表（具体说明见附件）。资产总额（说明：按账面原值计）1200.00万元。单位情况（说明）如下。\n' },
    { name: '照模板写出的说明文字', expect: 'pass', text: '上海市普陀区某某局2024年度无政府性基金预算财政拨款收入和支出。\n本表为空表，本部门按要求保留表格格式。\n' },
  ],
  check({ doc, report }) {
    const re = /[（(]\s*注\s*[:：]\s*如[^）)]{0,20}[，,]\s*(?:应|请|须)(?:写明|说明|注明|填写|填列)|请(自行)?删除|(请|须|需)?根据(本单位|单位|部门)?实际(情况)?(填写|填列|修改|调整|选择)|请(?:本|各)?(?:单位|部门)根据实际|根据实际(?:情况)?注明页码|如无此项|无此项的?请|(?:详细|简要|简单|具体)?(?:介绍|说明|阐述|描述)本部门[（(]单位[)）]|此处(填写|应|为)|(填写|编写)说明[：:]|模板(文字|内容|示例)|请勿公开|仅供参考，?请|以下为示例|（示例）|参照公开模板|[（(](?:比照|参照)[^（）()]{2,20}(?:格式|模板|内容)[^（）()]{0,6}[)）]|[（(]需(?:公开|填写|填列|列明|写明)[^（）()]{2,40}[)）]/;
    const seen = new Set<Location>();
    for (const hit of linesMatching(doc, re)) {
      seen.add(hit.source.location);
      report({ message: `“${hit.match}”是写给编制人的提示语，应在公开前删除。`, expected: '删除提示语', actual: hit.text.slice(0, 80), locations: [hit.location] });
    }
    for (const hit of linesMatching(doc, BRACKETED_INSTRUCTION)) {
      if (seen.has(hit.source.location) || hit.location.cell) continue;
      seen.add(hit.source.location);
      report({ message: `“${hit.match}”是模板中写给编制人的提示，应换成实际内容后删除。`, expected: '删除提示语', actual: hit.text.slice(0, 80), locations: [hit.location] });
    }
    // The notice's own voice ("各部门应当公开8张部门决算表格，包括：…"): what all departments must publish,
    // copied into one department's account. A warning: a sentence may quote the notice.
    for (const hit of linesMatching(doc, /各部门(?:应当|应|须|要)(?:按照?[^，,。；;]{0,10})?公开/)) {
      if (seen.has(hit.source.location)) continue;
      seen.add(hit.source.location);
      report({ severity: 'warning', message: `“${hit.match}”是通知对各部门的要求，不是本部门公开的内容，应在公开前删除。`, expected: '删除通知原文', actual: hit.text.slice(0, 80), locations: [hit.location] });
    }
    // A form's word limit ("说明相关任务目标的完成情况（100字以内）") left where the answer belongs: one
    // finding for every place. A form's own note saying what must be explained ("未达到90%的需说明原因
    // （100字以内）") is part of the printed form.
    const limits = linesMatching(doc, WORD_LIMIT).filter((h) => !seen.has(h.source.location) && !RULE_NOTE.test(h.text.slice(0, h.text.indexOf(h.match)).split(/[，,。；;]/).pop() ?? ''));
    for (const h of limits) seen.add(h.source.location);
    if (limits.length) {
      report({
        message: `“${limits[0]?.match}”是表格模板给填表人的字数要求，所在处应写实际内容${limits.length > 1 ? `（共${limits.length}处）` : ''}。`,
        expected: '删除提示语，填写实际内容',
        actual: limits[0]?.text.slice(0, 80) ?? '',
        locations: limits.map((h) => h.location),
      });
    }
    // The instructions the official templates print for the compiler, read from the templates: one
    // finding per instruction, with every place it was left in.
    const left = new Map<string, { found: NonNullable<ReturnType<typeof findInstruction>>; first: string; locations: Location[] }>();
    const squeezedAll = squeezedLines(doc.lines);
    for (let i = 0; i < doc.lines.length; i++) {
      const line = doc.lines[i] as (typeof doc.lines)[number];
      if (seen.has(line.location)) continue;
      const squeezed = squeezedAll[i] as string;
      const found = findInstruction(squeezed);
      if (!found) continue;
      const entry = left.get(found.text) ?? { found, first: line.text, locations: [] };
      entry.locations.push(locationAt(line, unsqueezedOffset(line.text, squeezed.indexOf(found.key))));
      left.set(found.text, entry);
    }
    for (const { found, first, locations } of left.values()) {
      report({
        message: `“${found.key}”是${found.template}中写给编制人的说明（模板原文：“${found.text}”），应在公开前删除${locations.length > 1 ? `（共${locations.length}处）` : ''}。`,
        expected: '删除模板说明',
        actual: first.slice(0, 80),
        locations,
      });
    }
  },
});

export const templateChartDefault = defineRule({
  id: 'template.chart-default',
  title: '图表残留默认标签',
  category: 'template',
  severity: 'warning',
  authority: AUTH,
  description: '图表中留有办公软件的默认系列名或示例数据标签（销售额、系列1、类别1、图表标题等），图表未按实际内容编辑。',
  cases: [
    { name: '图表标签正常', expect: 'pass', text: '图2：收入决算结构图\n一般公共预算财政拨款收入\t100%\n' },
    { name: '销售额', expect: 'fail', mentions: '销售额', text: '图2：收入决算结构图\n销售额\t2252.3\t\n' },
  ],
  check({ doc, report }) {
    const re = /销售额|系列\s?[1-9]|类别\s?[1-9]|图表标题|坐标轴标题|Series\s?[1-9]|Category\s?[1-9]|第一季度|第二季度/;
    for (const hit of linesMatching(doc, re)) {
      if (/季度/.test(hit.match) && /执行|进度|预算/.test(hit.text)) continue;
      report({ message: `图表中出现默认标签“${hit.match}”，图表没有改成本单位的内容。`, expected: '与图表内容相符的标签', actual: hit.match, locations: [hit.location] });
    }
  },
});

export const templateBrokenField = defineRule({
  id: 'template.broken-field',
  title: '目录或交叉引用显示“错误！未定义书签”',
  category: 'template',
  severity: 'error',
  authority: AUTH,
  description:
    '目录页码或交叉引用处印出“错误！未定义书签。”“错误！未找到引用源。”（英文版 Word 为 Error! Bookmark not defined. / Error! Reference source not found.）：Word 目录或引用所指的书签、标题已删除，更新域后没有修正就公开了。',
  cases: [
    { name: '目录页码正常', expect: 'pass', text: '目录\n一、部门主要职责\t1\n二、机构设置\t2\n' },
    { name: '目录页码报错', expect: 'fail', mentions: '错误！未定义书签', text: '目录\n一、部门主要职责\t错误！未定义书签。\n二、机构设置\t2\n' },
    { name: '英文版报错', expect: 'fail', mentions: 'Error! Reference source not found', text: '详见Error! Reference source not found.\n' },
  ],
  check({ doc, report }) {
    const re = /错误\s*[！!]\s*(?:未定义书签|书签未定义|未找到引用源|找不到引用源|文档中没有指定样式的文字)|Error!\s*(?:Bookmark not defined|Reference source not found|No text of specified style)/i;
    const hits = linesMatching(doc, re);
    if (!hits.length) return;
    // One cause (the document's fields were updated after their targets went): one finding, every place.
    report({
      message: `“${hits[0]?.match}”是 Word 域更新失败的提示，目录页码或交叉引用已失效${hits.length > 1 ? `（共${hits.length}处）` : ''}，应修正后再公开。`,
      expected: '页码或引用的内容',
      actual: hits[0]?.text.slice(0, 80) ?? '',
      locations: hits.map((h) => h.location),
    });
  },
});

export const templateMissingReason = defineRule({
  id: 'template.missing-reason',
  title: '原因或用途空缺',
  category: 'template',
  severity: 'error',
  authority: AUTH,
  description: '“主要原因是”“主要用于”之后紧接句号或分号，原因或用途没有写（模板中的待填处留空）。',
  cases: [
    { name: '写了原因', expect: 'pass', text: '机关运行经费支出185.41万元，比上年增加4.68万元，主要原因是办公费增加。\n' },
    { name: '原因另起一行列举', expect: 'pass', text: '比上年增加4.68万元，主要原因是：\n1.办公费增加。\n' },
    { name: '原因空缺', expect: 'fail', mentions: '主要原因是。', text: '机关运行经费支出185.41万元，比上年增加4.68万元，主要原因是。\n' },
    { name: '用途空缺', expect: 'fail', mentions: '主要用于；', text: '项目支出81.29万元，主要用于；基本支出157.38万元。\n' },
  ],
  check({ doc, report }) {
    const re = /主要(?:原因(?:是|为|有)?|用于|用途(?:是|为)?)\s*[：:]?\s*[。；;]/;
    for (const hit of linesMatching(doc, re)) {
      report({ message: `“${hit.match}”之后没有写${hit.match.includes('原因') ? '原因' : '用途'}。`, expected: hit.match.includes('原因') ? '具体原因' : '具体用途', actual: hit.text.slice(0, 80), locations: [hit.location] });
    }
  },
});

export const templateMissingFigure = defineRule({
  id: 'template.missing-figure',
  title: '金额或比例空缺',
  category: 'template',
  severity: 'error',
  authority: AUTH,
  description: '句子中应有数字的位置是空的（“支出决算为万元”“占%”），说明数字没有填上。',
  cases: [
    { name: '数字齐全', expect: 'pass', text: '基本支出157.38万元，占65.94%。\n' },
    { name: '空缺', expect: 'fail', mentions: '为万元', text: '基本支出决算为万元，占%。\n' },
    { name: '全角％前空缺', expect: 'fail', mentions: '下降％', text: '“三公”经费支出决算6.09万元，较上年减少0.99万元，下降％。\n' },
    { name: '表头“比上年增长%”', expect: 'pass', text: '某局2020年度“三公”经费支出决算情况\n单位:万元\n项 目 | 2019年决算数 | 2020年决算数 | 比上年增长% |\n“三公”经费合计 | 10.00 | 9.00 | -10.00 |\n' },
    { name: '表中句子缺数字', expect: 'fail', mentions: '下降%', text: '项 目 | 说明 |\n“三公”经费合计 | 较上年减少0.99万元，下降%，主要原因是压减接待 |\n' },
    { name: '“为”后直接是标点', expect: 'fail', mentions: '率为，', text: '本单位人均资产变化率为，小于市直行政事业单位人均资产变化率。\n' },
    { name: '“为”后接冒号列举', expect: 'pass', text: '机关运行经费增加的主要原因为：办公费增加。\n' },
  ],
  check({ doc, report }) {
    // "变化率为，": a quantity's 为 followed at once by a comma or full stop (a colon opens a list).
    const re = /(为|计|达|共|支出|收入|决算|预算数?|合计|总额|减少|增加)\s*(万元|元)(?![\u4e00-\u9fa5]*[0-9])|占\s*[%％]|(增长|下降)\s*[%％]|(?:率|额|数|比例|占比|金额)为\s*[，,。；;]/;
    for (const hit of linesMatching(doc, re)) {
      if (/单位[：:]\s*万元|金额单位/.test(hit.text)) continue;
      // "比上年增长%" ending a table's cell is a column's heading and its unit, not a figure left out.
      const at = re.exec(hit.text);
      if (hit.location.cell != null && at && /^\s*(?:\||$)/.test(hit.text.slice(at.index + at[0].length))) continue;
      report({ message: `“${hit.match}”处缺少数字。`, expected: '具体数字', actual: hit.match, locations: [hit.location] });
    }
  },
});

export const templateMissingDirection = defineRule({
  id: 'template.missing-direction',
  title: '比较后缺少“增加/减少”',
  category: 'template',
  severity: 'warning',
  authority: AUTH,
  description: '“较2022年决算数688.84万元131.49万元，增长19.09%”：上年数之后紧接着变动额，中间缺少“增加”“减少”，读者无法知道变动方向，多为删改时漏掉。',
  cases: [
    { name: '写明增加', expect: 'pass', text: '## 七、财政拨款“三公”经费支出决算情况说明\n2023年“三公”经费决算820.33万元，较2022年决算数688.84万元增加131.49万元，增长19.09%。\n' },
    { name: '两个金额连写', expect: 'fail', mentions: '688.84万元131.49万元', text: '## 七、财政拨款“三公”经费支出决算情况说明\n2023年“三公”经费决算820.33万元，较2022年决算数688.84万元131.49万元，增长19.09%。\n' },
  ],
  check({ doc, report }) {
    const hits = linesMatching(doc, /(?:较|比|与)\s*(?:上年|上一年度?|去年|\d{4}\s*年度?)(?:的)?(?:[\u4e00-\u9fa5“”"]{0,10}?(?:决算数?|支出数?|数))?\s*(?:为)?\s*\d[\d,]*(?:\.\d+)?\s*万元\s*\d[\d,]*(?:\.\d+)?\s*万元/).filter((h) => h.location.via !== 'ocr' && !h.location.cell);
    if (!hits.length) return;
    const shown = (h: (typeof hits)[number]) => /\d[\d,]*(?:\.\d+)?\s*万元\s*\d[\d,]*(?:\.\d+)?\s*万元$/.exec(h.match)?.[0] ?? h.match;
    report({
      message: `“${shown(hits[0] as (typeof hits)[number])}”：上年数之后的变动额前缺少“增加”或“减少”${hits.length > 1 ? `（共${hits.length}处）` : ''}。`,
      expected: '上年数 + 增加/减少 + 变动额',
      actual: shown(hits[0] as (typeof hits)[number]),
      locations: hits.map((h) => h.location),
    });
  },
});

const OFFICE_END = /[处科室局办股队所站组]/;
// Words an account never doubles (费费 and 元元 too: "因公出国(境)经费费62万元", "186.06亿元元"): these are
// reported wherever they stand, tables' lines too.
// (是 too: "主要原因是是接待上级…"; 是是非非 is no account's word.)
const FIXED_WORDS = '年度|支出|收入|项目|预算|决算|经费|情况|要求|[的了和及费元是]';
const FIXED_REPEAT = new RegExp(`^(${FIXED_WORDS})\\1$`);
// Any run of two to eight characters said twice over ("概况概况", "主要原因是主要原因是"): no sentence of
// an account repeats itself so (its reduplicated words, 层层 and 人人, double one character).
const REPEATED = new RegExp(`(${FIXED_WORDS}|[\\u4e00-\\u9fa5]{2,8})\\1(?!\\1)`);
const REPEATED_ALL = new RegExp(REPEATED.source, 'g');
const REPEATED_CLAUSE = /([^，,。；;：:\s]{6,24})[，,]\1/;

/** Whether a UTF-16 unit is one of [，,。；;：:\s] (REPEATED_CLAUSE's stops), without a pattern call per character. */
function isClauseStop(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || isSpace(c);
}

/**
 * Whether REPEATED_CLAUSE matches somewhere in the text, by comparing characters around each comma:
 * the pattern's back-reference, scanned over the whole document, cost ~3% of a text check.
 */
function mayRepeatClause(t: string): boolean {
  for (let c = 0; c < t.length; c++) {
    const comma = t.charCodeAt(c);
    if (comma !== 0xff0c && comma !== 0x2c) continue;
    // k: the clause's length, the characters t[c-k…c) all no clause stop.
    for (let k = 1; k <= 24 && c - k >= 0 && !isClauseStop(t.charCodeAt(c - k)); k++) {
      if (k < 6 || c + 1 + k > t.length) continue;
      let same = true;
      for (let j = 0; j < k && same; j++) same = t.charCodeAt(c - k + j) === t.charCodeAt(c + 1 + j);
      if (same) return true;
    }
  }
  return false;
}
const HEADER_WORDS = /行次|栏次|预算数|决算数|执行数|金额|分值|得分|指标|权重/g;

export const templateRepeatedWord = defineRule({
  id: 'template.repeated-word',
  title: '词语重复',
  category: 'template',
  severity: 'info',
  authority: AUTH,
  description: '相邻重复的词语（“年度年度”“的的”“概况概况”“主要原因是主要原因是”）和连写两遍的分句（“与上年相比，与上年相比持平”），多为拼接模板或修改时留下。',
  cases: [
    { name: '无重复', expect: 'pass', text: '荣成市医疗保障局2024年度区级预算绩效自评。\n' },
    { name: '年度年度', expect: 'fail', mentions: '年度年度', text: '荣成市医疗保障局2024年度年度区级预算绩效自评。\n' },
    { name: '是是', expect: 'fail', mentions: '是是', text: '公务接待费增加0.50万元，增加原因主要是是接待上级检查增加。\n' },
    { name: '一行两处重复', expect: 'fail', mentions: '是是', text: '公务用车增加1.55万元，增加原因主要是主要是车辆老化；公务接待费增加0.50万元，增加原因主要是是接待上级检查增加。\n' },
    { name: '经费费', expect: 'fail', mentions: '费费', text: '因公出国（境）经费费62万元，比上年增加24万元。\n' },
    { name: '整句重复', expect: 'fail', mentions: '主要原因是主要原因是', text: '收支各增加257.59万元，增长24%，主要原因是主要原因是财政拨款收入增加。\n' },
    { name: '标题词重复', expect: 'fail', mentions: '概况概况', text: '第一部分 某某县人民法院概况概况\n' },
    { name: '叠字不算', expect: 'pass', text: '各项工作层层落实，人人参与，年年推进。\n' },
    { name: '科室名称连写不算', expect: 'pass', text: '内设机构：办公室、总务处教务处教科室安稳办团委。\n' },
    { name: '连成一行的表头不算', expect: 'pass', text: '收入支出项目行次金额项目行次金额栏次1栏次2\n' },
    { name: '分句重复', expect: 'fail', mentions: '与2023年度预算相比', text: '“三公”经费支出决算数与2023年度预算相比,与2023年度预算相比持平。\n' },
    { name: '两个分句相似不算', expect: 'pass', text: '公务接待费与上年相比持平,与年初预算相比持平。\n' },
  ],
  check({ doc, report }) {
    // Every doubled run of a line, not only its first ("主要是主要是…；…主要是是…" in one paragraph).
    const hits = linesMatching(doc, REPEATED).flatMap((h) => [...h.text.matchAll(REPEATED_ALL)].map((m) => ({ ...h, match: m[0], at: m.index ?? 0, location: locationAt(h.source, m.index ?? 0) })));
    for (const hit of hits) {
      // A table's header row run into one line ("项目行次金额项目行次金额", "预算数决算数预算数决算数") repeats
      // its columns, not a word.
      if (!/[。，；,;]/.test(hit.text) && (hit.text.match(HEADER_WORDS)?.length ?? 0) >= 3) continue;
      // …or run into a sentence before it ("…发展一级指标二级指标三级指标预期指标值指标值设定依据分值权重…").
      const at = hit.at;
      const near = hit.text.slice(Math.max(0, at - 20), at + hit.match.length + 20);
      if (!FIXED_REPEAT.test(hit.match) && (near.match(HEADER_WORDS)?.length ?? 0) >= 3) continue;
      // Offices listed without 、 share their endings ("总务处教务处教科室": 务处教 twice, by chance).
      if (hit.match.length > 2 && OFFICE_END.test(hit.match)) continue;
      // Any other doubled run only in a sentence or a numbered heading: cells of a table that lost its
      // layout ("全覆盖" beside "全覆盖") run together without being a word said twice.
      if (!FIXED_REPEAT.test(hit.match) && !/[，。；,;：:]/.test(hit.text) && !/^\s*(?:第.{1,3}部分|[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）])/.test(hit.text)) continue;
      // "的的确确" and numbers like "项目项目" in tables are rare; quoted text decides.
      report({ message: `“${hit.match}”重复。`, expected: hit.match.slice(0, hit.match.length / 2), actual: hit.match, locations: [hit.location] });
    }
    // A clause said twice over, a comma between ("与2021年度预算相比,与2021年度预算相比持平"): an edit left both.
    for (const hit of linesMatchingWhere(doc, REPEATED_CLAUSE, mayRepeatClause)) {
      const clause = REPEATED_CLAUSE.exec(hit.text)?.[1] ?? hit.match;
      report({ message: `分句“${clause}”连写了两遍。`, expected: clause, actual: `${clause}，${clause}`, locations: [hit.location] });
    }
  },
});

export const templateGarbled = defineRule({
  id: 'template.garbled',
  title: '乱码或无法显示的字符',
  category: 'template',
  severity: 'warning',
  authority: AUTH,
  description: '文中出现替换字符（�）、方框（□）或私用区字符，通常是字体或编码转换造成的乱码。',
  cases: [
    { name: '正常文字', expect: 'pass', text: '2024年度收、支总计238.67万元。\n' },
    { name: '乱码', expect: 'fail', text: '2024年度收、支总计238.67万元，主要是�����。\n' },
  ],
  check({ doc, report }) {
    const re = /[\uFFFD\uE000-\uF8FF]+|□{2,}/;
    for (const hit of linesMatching(doc, re)) {
      report({ message: '出现乱码或无法显示的字符。', expected: '可读文字', actual: hit.text.slice(0, 80), locations: [hit.location] });
    }
  },
});

export const templateNumbering = defineRule({
  id: 'template.numbering',
  title: '章节编号格式不一致',
  category: 'template',
  severity: 'info',
  authority: '《党政机关公文格式》（GB/T 9704-2012）层次序数“一、”“（一）”“1.”“（1）”',
  description: '同一层级的章节混用不同编号格式（如“八、”之后出现“9、”，“第二部分”之后出现“第3部分”），多为拼接或转换遗留；连续三条编号为“（一）（一）（三）”时，第二条重复了编号（警告）；同级编号从“1.”跳到“3.”而中间哪里都没有写“2.”时，是漏了一条或编错了号（警告）；编号被删得只剩“、”（“九、…表”之后的“、国有资产占用情况表”）时，按上一条推出应有的编号（警告）；“七、”之后写成“八:”的用了冒号（警告）；相邻两行标题同号（警告）。',
  cases: [
    { name: '编号一致', expect: 'pass', text: '七、政府性基金预算财政拨款收入支出决算情况说明\n无。\n八、国有资本经营预算财政拨款支出决算情况说明\n无。\n九、财政拨款“三公”经费支出决算情况说明\n无。\n' },
    { name: '编号重复', expect: 'fail', severity: 'warning', mentions: '第2条', text: '一、主要职责\n（一）贯彻执行国家方针政策，为审计工作提供服务保障。\n（一）在市财政局指导下，承担政府性债务管理相关工作。\n（三）配合市财政局办理财政直接支付业务。\n' },
    { name: '相邻两行同号', expect: 'fail', severity: 'warning', mentions: '同为第3条', text: '目录\n1、收入支出决算总体情况说明\n2、三公经费支出说明\n3、机关运行经费支出说明\n3、政府采购执行情况说明\n4、国有资产占用情况说明\n' },
    { name: '表格同一行两侧同号不算', expect: 'pass', text: '| 收入 | 金额 | 支出 | 金额 |\n|---|---|---|---|\n| 一、一般公共预算财政拨款收入 | 100.00 | 一、一般公共服务支出 | 100.00 |\n' },
    { name: '编号重复只报一次', expect: 'fail', severity: 'warning', mentions: '编号重复', text: '一、主要职责\n（一）贯彻执行国家方针政策。\n（一）承担政府性债务管理相关工作。\n（三）办理财政直接支付业务。\n' },
    { name: '跳号', expect: 'fail', severity: 'warning', mentions: '第2条', text: '（二）“三公”经费支出情况\n1.因公出国（境）费支出0万元。\n3.公务用车购置及运行维护费支出4.02万元。\n' },
    { name: '编号后漏了顿号：报漏顿号，不报跳号', expect: 'fail', severity: 'warning', mentions: '编号“6”后缺少“、”', text: '（一）主要职能\n5、开展调查研究，接待处理来信来访。\n6做好全区离休干部公用经费的收缴发放工作。\n7、做好区级退休干部的服务管理工作。\n' },
    { name: '缺号写在段落中不算跳号', expect: 'pass', text: '（二）“三公”经费支出情况\n1.因公出国（境）费支出0万元。 2.公务接待费支出1.20万元。\n3.公务用车购置及运行维护费支出4.02万元。\n' },
    { name: '上级标题后重新编号不算跳号', expect: 'pass', text: '（一）收入情况\n1.财政拨款收入。\n（二）支出情况\n3.项目支出（见第3点）。\n' },
    { name: '编号只剩顿号', expect: 'fail', severity: 'warning', mentions: '十、', text: '八、政府性基金预算财政拨款收入支出决算表\n九、国有资本经营预算财政拨款支出决算表\n、国有资产占用情况表\n第三部分 2020年度部门决算情况说明\n' },
    { name: '部分标题下编号从一起', expect: 'fail', severity: 'warning', mentions: '应为“一、”', text: '九、国有资本经营预算财政拨款支出决算表\n第三部分 2021年度部门决算情况说明\n、收入支出决算总体情况说明\n' },
    { name: '中间隔行时不推编号', expect: 'fail', severity: 'warning', mentions: '编号被删去', text: '十一、财政拨款“三公”经费支出决算表\n财政拨款机关运行经费支出决算表\n、政府采购支出决算表\n' },
    { name: '无编号上文时行首顿号不报', expect: 'pass', text: '本单位购置车辆\n、办公设备若干。\n' },
    {
      name: '表格逐格成行时的行名不算跳号',
      expect: 'pass',
      text: '收入决算表\n项目\n决算数\n一、财政拨款收入\n1\n238.67\n六、经营收入\n6\n0.00\n八、其他收入\n9\n0.00\n',
    },
    { name: '标题连写两次', expect: 'fail', severity: 'warning', mentions: '（一）职能职责', text: '# 某局2024年度部门决算\n\n第一部分 部门概况\n\n（一）职能职责\n\n本局负责全县财政工作。\n\n（一）职能职责\n\n本局负责全县财政工作。\n\n（二）机构设置\n\n本局内设机构3个。\n' },
    { name: '标题写了两种措辞', expect: 'fail', severity: 'warning', mentions: '两种措辞', text: '# 某镇2024年度部门决算\n\n一、单位基本情况\n\n本镇负责全镇行政工作。\n\n二、部门决算情况说明\n\n二、部门决算情况\n\n（一）部门收支总体情况\n\n2024年度收入总计3874.92万元。\n' },
    { name: '同号标题隔着正文不算两种措辞', expect: 'pass', text: '# 某镇2024年度部门决算\n\n一、项目甲绩效自评\n\n（一）项目基本情况\n\n项目甲用于培训。\n\n（一）项目基本情况说明\n\n项目乙用于宣传。\n' },
    { name: '不同上级标题下的同名小标题', expect: 'pass', text: '# 某局2024年度部门决算\n\n一、项目甲绩效自评\n\n（一）项目基本情况\n\n项目甲用于培训。\n\n二、项目乙绩效自评\n\n（一）项目基本情况\n\n项目乙用于宣传。\n' },
    { name: '目录与正文各写一次', expect: 'pass', text: '# 某局2024年度部门决算\n\n目录\n\n（一）职能职责\n\n第一部分 部门概况\n\n（一）职能职责\n\n本局负责全县财政工作。\n' },
    { name: '八:用了冒号', expect: 'fail', severity: 'warning', mentions: '八:', text: '六、一般公共预算财政拨款基本支出决算明细表\n七、财政拨款“三公”经费支出决算表\n八:政府性基金预算财政拨款收入支出决算表\n九:国有资本经营预算财政拨款支出决算表\n' },
    { name: '冒号引出的正文不算编号', expect: 'pass', text: '一、部门职责\n主要职责有三:一是负责全县工作。\n' },
    { name: '八、之后是9、', expect: 'fail', mentions: '9、', text: '七、政府性基金预算财政拨款收入支出决算情况说明\n无。\n八、国有资本经营预算财政拨款支出决算情况说明\n无。\n9、 财政拨款“三公”经费支出决算情况说明\n无。\n' },
  ],
  check({ doc, report }) {
    // Two lines side by side are two headings only when the document reads them as headings or as
    // contents entries: a table flattened into lines puts its 收入 and 支出 rows of one number together.
    // (Nor in the tables' part, where such rows stand as lines when a copy lost the tables' layout.)
    const headingPlaces = [...doc.sections.map((s) => s.location), ...doc.facts.contents.map((c) => c.location)];
    const partAt = sectionLocator(doc.sections);
    const isHeading = (l: Location) => headingPlaces.some((h) => samePlace(h, l)) && !(partAt(l) ?? '').startsWith('tables');
    const all = doc.lines.map((l) => ({ title: l.text, location: l.location }));
    repeatedNumbers(all, report, isHeading);
    // The cells of a table that lost its layout are no list: their row labels keep the table's numbers.
    const flattened = doc.coverage.tablesUnread.flatMap((t) => (t.through ? [[t.location, t.through] as const] : []));
    const inFlattened = (l: Location) => flattened.some(([from, to]) => comparePlaces(from, l) <= 0 && comparePlaces(l, to) <= 0);
    const tables = [...doc.tables.map((t) => t.location), ...doc.coverage.tablesUnread.map((t) => t.location)];
    // (Read only, as `all` is: the same lines when no table lost its layout.)
    const listed = flattened.length ? all.filter((l) => !inFlattened(l.location)) : all;
    skippedNumbers(listed, tables, report);
    numbersLeftOff(listed, report);
    colonNumbers(listed, report);
    // The contents entries' line numbers first: most lines stand on none, and need no look at each entry.
    const contentsLines = new Set(doc.facts.contents.map((c) => c.location.line));
    // (The section of a line is never the contents: sectionLocator names no contents page; its entries are
    // known by facts.contents.)
    headingsTwice(listed.filter((l) => !(contentsLines.has(l.location.line) && doc.facts.contents.some((c) => samePlace(c.location, l.location)))), tables, report);
    let sawChineseTopLevel = false;
    let sawChinesePart = false;
    for (const s of doc.sections) {
      const t = s.title.trim();
      if (/^[一二三四五六七八九十]+、/.test(t)) sawChineseTopLevel = true;
      if (/^第[一二三四五六七八九十]+部分/.test(t)) sawChinesePart = true;
      const arabicTop = /^(\d{1,2})、\s*/.exec(t);
      if (arabicTop && sawChineseTopLevel && Number(arabicTop[1]) >= 2 && s.key) {
        const n = Number(arabicTop[1]);
        const expected = n < 100 ? cnNumeral(n) : String(n);
        report({ message: `章节“${t}”使用了“${arabicTop[0].trim()}”编号，而同级其他章节使用“一、二、三、”。`, expected: `${expected}、`, actual: arabicTop[0].trim(), locations: [s.location] });
      }
      const arabicPart = /^第(\d+)部分/.exec(t);
      if (arabicPart && sawChinesePart) {
        report({ message: `“${t}”使用了阿拉伯数字，而其他部分使用“第一部分”格式。`, expected: `第${Number(arabicPart[1]) < 100 ? cnNumeral(Number(arabicPart[1])) : arabicPart[1]}部分`, actual: `第${arabicPart[1]}部分`, locations: [s.location] });
      }
    }
  },
});

/** A numbered heading's style and number: "（二）" → ['paren', 2], "3、" → ['arabic', 3]. */
function numberOf(title: string): [string, number] | null {
  // Run for every line by five passes: most lines open with no numeral, and need none of the three patterns.
  if (!opensNumber(title.charCodeAt(0))) return null;
  const paren = /^[（(]([一二三四五六七八九十]{1,2})[)）]/.exec(title);
  if (paren) return ['paren', cnNumber(paren[1] as string)];
  const top = /^([一二三四五六七八九十]{1,2})、/.exec(title);
  if (top) return ['top', cnNumber(top[1] as string)];
  const arabic = /^(\d{1,2})[、.．](?!\d)/.exec(title);
  if (arabic) return ['arabic', Number(arabic[1])];
  return null;
}

const NUMERAL_CODES = new Set([...'一二三四五六七八九十'].map((ch) => ch.charCodeAt(0)));

/** Whether a character can open a number `numberOf` reads: （ ( 一…十 or a digit. */
function opensNumber(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x28 || c === 0xff08 || NUMERAL_CODES.has(c);
}

const NON_SPACE = /\S/;

// Every line passes each of this rule's five looks at numbering: a pattern that can only match a
// line opening with 第, 、 or a numeral is tried only on such lines (a pattern call per line and
// look was most of the rule's time).
const DI = 0x7b2c; // 第
const DUN = 0x3001; // 、

/** Whether a UTF-16 unit is whitespace as \s has it. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * "（一）职能职责" and, as the next heading of its style, "（一）职能职责" again: a heading written twice
 * (a section pasted twice, or its first copy left). Not across a table (a caption repeated over a
 * continuation page) and not in the contents.
 */
function headingsTwice(lines: readonly { title: string; location: Location }[], tables: readonly Location[], report: (f: FindingInput) => void): void {
  const last = new Map<string, { title: string; location: Location; index: number; num: number }>();
  lines.forEach((l, index) => {
    if (l.location.via === 'ocr' || l.location.cell) return;
    // A line whose first character opens no number (nor 第…部分) is passed over before its spaces are taken out.
    const c0 = l.title.charCodeAt(0);
    const first = isSpace(c0) ? l.title.charCodeAt(l.title.search(NON_SPACE)) : c0;
    if (first !== 0x7b2c && !opensNumber(first)) return;
    const title = l.title.replace(/\s+/g, '');
    const num: [string, number] | null = /^第[一二三四五六七八九十]{1,2}部分/.test(title) ? ['part', 0] : numberOf(title);
    if (!num) return;
    // A heading of a higher level starts the lists below it afresh ("一、…（一）概况", "二、…（一）概况").
    for (const lower of LEVELS.slice(LEVELS.indexOf(num[0]) + 1)) last.delete(lower);
    const prev = last.get(num[0]);
    last.set(num[0], { title, location: l.location, index, num: num[1] });
    // A heading, not a list item: short, no sentence in it.
    const headingLike = (t: string) => t.length >= 5 && t.length <= 40 && !/[，。；,;]/.test(t);
    if (!prev || !headingLike(title)) return;
    if (prev.title !== title) {
      if (headingLike(prev.title) && prev.index === index - 1 && prev.num === num[1] && samePage(prev.location, l.location) && oneWordingOfTheOther(prev.title, title)) {
        // "二、部门决算情况说明" and on the next line "二、部门决算情况": one heading in two wordings, one left from editing.
        report({
          severity: 'warning',
          message: `标题“${prev.title}”下一行又是同号标题“${title}”：同一标题写了两种措辞，其中一条应删去。`,
          expected: '标题只写一次',
          actual: `${prev.title}；${title}`,
          locations: [prev.location, l.location],
        });
      }
      return;
    }
    if (tables.some((t) => comparePlaces(prev.location, t) < 0 && comparePlaces(t, l.location) < 0)) return;
    report({
      severity: 'warning',
      message: `标题“${title}”连写了两次：同级的下一个标题仍是它。`,
      expected: '标题只写一次',
      actual: `${title}（两次）`,
      locations: [prev.location, l.location],
    });
  });
}

/** The triple "（一）（一）（三）" the rule below reports: the adjacent pair is left to it. */
function nextIsSkip(nums: readonly ([string, number] | null)[], i: number): boolean {
  const [b, c] = [nums[i], nums[i + 1]];
  return !!b && !!c && b[0] === c[0] && c[1] === b[1] + 2;
}

/** Two wordings of one heading: after the number, one is the start of the other, four characters at least. */
function oneWordingOfTheOther(a: string, b: string): boolean {
  const strip = (t: string) => t.replace(/^(?:第[一二三四五六七八九十]{1,2}部分|[（(]?[一二三四五六七八九十\d]+[）)、.．]?)\s*/, '');
  const [x, y] = [strip(a), strip(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}

function samePage(a: Location, b: Location): boolean {
  return (a.page ?? null) === (b.page ?? null);
}

/**
 * "（一）…（一）…（三）": of three numbered lines in a row (headings or list items) numbered alike, the second repeats the first's number
 * where the third shows it should have been the next (a copied line left unnumbered anew).
 */
function repeatedNumbers(sections: readonly { title: string; location: Location }[], report: (f: FindingInput) => void, isHeading: (l: Location) => boolean = () => true): void {
  const nums = sections.map((s) => numberOf(s.title.trim()));
  for (let i = 1; i < sections.length; i++) {
    // "3、机关运行经费支出说明" and on the next line "3、政府采购执行情况说明": two headings of one number
    // (in the contents too). Not table cells, whose rows repeat numbers side by side (收入 一、 | 支出 一、).
    const [p, q] = [sections[i - 1], sections[i]] as [{ title: string; location: Location }, { title: string; location: Location }];
    const [np, nq] = [nums[i - 1], nums[i]];
    // Two lines of one number are rare: the rest of the test only for them.
    if (!np || !nq || np[0] !== nq[0] || np[1] !== nq[1]) continue;
    const [tp, tq] = [p.title.replace(/\s+/g, ''), q.title.replace(/\s+/g, '')];
    const heading = (t: string) => t.length >= 4 && t.length <= 40 && !/[，。；,;]/.test(t);
    if (np && nq && np[0] === nq[0] && np[1] === nq[1] && tp !== tq && heading(tp) && heading(tq) && !p.location.cell && !q.location.cell && isHeading(p.location) && isHeading(q.location) && samePage(p.location, q.location) && !oneWordingOfTheOther(tp, tq) && (i + 1 >= sections.length || !nextIsSkip(nums, i))) {
      report({
        severity: 'warning',
        message: `编号重复：“${tp.slice(0, 20)}”与下一行“${tq.slice(0, 20)}”同为第${nq[1]}条。`,
        expected: `第${nq[1] + 1}条`,
        actual: `第${nq[1]}条（重复）`,
        locations: [p.location, q.location],
      });
    }
  }
  for (let i = 1; i + 1 < sections.length; i++) {
    const [a, b, c] = [nums[i - 1], nums[i], nums[i + 1]];
    if (!a || !b || !c || a[0] !== b[0] || b[0] !== c[0]) continue;
    if (a[1] === b[1] && c[1] === b[1] + 2) {
      const s = sections[i] as { title: string; location: Location };
      report({
        severity: 'warning',
        cause: repeatedEntryCause(s.location),
        message: `编号重复：“${s.title.trim().slice(0, 20)}”与上一条同为第${b[1]}条，下一条是第${c[1]}条，此条应为第${b[1] + 1}条。`,
        expected: `第${b[1] + 1}条`,
        actual: `第${b[1]}条（重复）`,
        locations: [s.location],
      });
    }
  }
}

const BARE_FIGURE = /^-?[\d,]+(?:\.\d+)?%?$/;

/** Levels of numbering, outermost first: a heading of one level starts the lists below it afresh. */
const LEVELS = ['part', 'top', 'paren', 'arabic'];


/**
 * "1.…" then "3.…", "七、" then "十、": a numbered line whose number skips one after the last of its style at
 * its level, where the number skipped is written nowhere between them (not even inside a line, where a
 * heading may have been run into a paragraph): an item lost or numbered wrongly in editing.
 */
function skippedNumbers(lines: readonly { title: string; location: Location }[], tables: readonly Location[], report: (f: FindingInput) => void): void {
  const last = new Map<string, { n: number; at: number; repeated: boolean }>();
  const at = (k: number) => (lines[k] as { location: Location }).location;
  const tableBetween = (a: Location, b: Location) => tables.some((tl) => comparePlaces(a, tl) < 0 && comparePlaces(tl, b) < 0);
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as { title: string }).title.trim();
    const part = t.charCodeAt(0) === DI ? /^第([一二三四五六七八九十]{1,2})部分/.exec(t) : null;
    const num: [string, number] | null = part ? ['part', cnNumber(part[1] as string)] : numberOf(t);
    if (!num || !Number.isFinite(num[1])) continue;
    const [style, n] = num;
    const prev = last.get(style);
    // Not the parts ("第二部分 …决算表" is often taken into the tables it heads), nor across a table: a
    // heading set in a table's area may be read as the table's.
    // (After a number said twice, "（一）（一）（三）", the repeat is the one cause: see `repeatedNumbers`.)
    // (Nor on text read by OCR, which misreads numbers: 二 as 三, （二） as （ 二.)
    const ocr = at(i).via === 'ocr' || (prev != null && at(prev.at).via === 'ocr');
    const gap = prev ? n - prev.n - 1 : 0;
    // "七、…" then two lines with no number, then "十、…": the lines between lost their numbers. More than
    // one number skipped only so, the lines between exactly as many as the numbers missing.
    // (The lines between are taken only for a number that skips: most numbers follow the last of
    // their style, and copying every line since it, for each of them, was most of this rule's time.)
    const lostNumbers = prev != null && gap > 1 && i - prev.at - 1 === gap && lines.slice(prev.at + 1, i).every((l) => !numberOf(l.title.trim()) && l.title.trim().length <= 40 && !/[。；;]/.test(l.title));
    if (prev && (gap === 1 || lostNumbers) && !prev.repeated && !ocr && style !== 'part') {
      const unnumbered = lines.slice(prev.at + 1, i);
      // A bare figure between the two is a table's cell: its row labels ("六、经营收入", "八、其他收入") printed
      // one cell to a line, as text copied out of a PDF gives them, with the rows between taken elsewhere.
      const cellsBetween = unnumbered.some((l) => BARE_FIGURE.test(l.title.trim()));
      // "七、…" "、政府性基金…表" "九、…": the item is there with its number deleted down to its 、, which
      // numbersLeftOff reports (one cause, one finding): no item is missing.
      const leftOffBetween = unnumbered.some((l) => /^、[\u4e00-\u9fa5]/.test(l.title.trim()));
      if (!cellsBetween && !leftOffBetween && !tableBetween(at(prev.at), at(i))) {
        // (The line of the number before counts too, after its own number: "1.…。 2.…" run into one line.)
        const between = lines.slice(prev.at, i).map((l, k) => (k === 0 ? l.title.trim().replace(/^\S{1,8}?[、.．)）]/, '') : l.title)).join('\n');
        const missing = Array.from({ length: gap }, (_, k) => prev.n + 1 + k);
        // "5、…" "6做好…" "7、…": the item is there, its number without the 、 after it: that is the slip.
        const sep = /^\d{1,2}([、.．])/.exec(t)?.[1];
        const bare = sep && gap === 1 ? unnumbered.find((l) => new RegExp(`^${missing[0]}(?=[\u4e00-\u9fa5])`).test(l.title.trim())) : undefined;
        if (bare) {
          report({
            severity: 'warning',
            message: `编号“${missing[0]}”后缺少“${sep}”：“${bare.title.trim().slice(0, 20)}”。`,
            expected: `${missing[0]}${sep}`,
            actual: `${missing[0]}`,
            locations: [bare.location],
          });
        } else if (!missing.some((m) => writtenAnywhere(between, style, m))) {
          const which = missing.map((m) => `第${m}条`).join('、');
          report({
            severity: 'warning',
            message: lostNumbers
              ? `编号跳号：“${t.slice(0, 20)}”前一条同级编号是第${prev.n}条，中间${gap}行没有编号，缺${which}。`
              : `编号跳号：“${t.slice(0, 20)}”前一条同级编号是第${prev.n}条，中间缺${which}（漏写一条或编号错误）。`,
            expected: which,
            actual: `第${n}条`,
            locations: [at(prev.at), ...unnumbered.filter(() => lostNumbers).map((l) => l.location), at(i)],
          });
        }
      }
    }
    last.set(style, { n, at: i, repeated: prev?.n === n });
    for (const lower of LEVELS.slice(LEVELS.indexOf(style) + 1)) last.delete(lower);
  }
}

/**
 * "九、…表" then "、国有资产占用情况表": an item whose number was deleted down to its 、, right after items
 * numbered "一、…" (within three lines, those between unnumbered too): the number it should have is the
 * next after theirs.
 */
/**
 * "七、…决算表" then "八:政府性基金…表": a number of the "一、" list written with a colon, the next in its
 * sequence. One finding with every place.
 */
function colonNumbers(lines: readonly { title: string; location: Location }[], report: (f: FindingInput) => void): void {
  const places: Location[] = [];
  const written: string[] = [];
  let last = 0;
  for (const l of lines) {
    if (l.location.cell) continue;
    const t = l.title.trim();
    const n = numberOf(t);
    if (n?.[0] === 'top') {
      last = n[1];
      continue;
    }
    const colon = NUMERAL_CODES.has(t.charCodeAt(0)) ? /^([一二三四五六七八九十]{1,2})\s*[:：]\s*(?=[\u4e00-\u9fa5“])/.exec(t) : null;
    if (!colon || !last || t.length > 40 || /[，。；,;]/.test(t)) continue;
    const k = cnNumber(colon[1] as string);
    if (k !== last + 1) continue;
    last = k;
    places.push(l.location);
    written.push(colon[0].trim());
  }
  if (!places.length) return;
  report({
    severity: 'warning',
    message: `编号“${written[0]}”用了冒号，同级其他编号用“、”${places.length > 1 ? `（共${places.length}处）` : ''}。`,
    expected: `${written[0]?.replace(/\s*[:：]$/, '')}、`,
    actual: written[0] ?? '',
    locations: places,
  });
}

function numbersLeftOff(lines: readonly { title: string; location: Location }[], report: (f: FindingInput) => void): void {
  const leftOff = (k: number) => {
    const l = lines[k] as { title: string; location: Location };
    const t = l.title.trim();
    return t.charCodeAt(0) === DUN && /^、[\u4e00-\u9fa5]/.test(t) && t.length <= 60 && l.location.via !== 'ocr';
  };
  for (let i = 1; i < lines.length; i++) {
    if (!leftOff(i)) continue;
    // Items in a row that lost their numbers are one cause: one finding with each place.
    let end = i + 1;
    while (end < lines.length && leftOff(end)) end++;
    const run = lines.slice(i, end);
    const first = (run[0] as { title: string }).title.trim();
    i = end - 1;
    for (let k = i - run.length; k >= Math.max(0, i - run.length - 2); k--) {
      const above = (lines[k] as { title: string }).title.trim();
      // Under a part's heading ("第三部分 …") the numbers start again at 一.
      const part = /^第[一二三四五六七八九十]{1,2}部分/.test(above);
      const num: [string, number] | null = part ? ['top', 0] : numberOf(above);
      if (!num) continue;
      if (num[0] === 'top') {
        // The numbers they should have only from the line right above: a line between may be an item
        // that lost its number too, or the end of one wrapped ("九、" / "国有资本…表").
        const from = k === i - run.length ? num[1] + 1 : null;
        const to = from != null ? from + run.length - 1 : null;
        const said = from == null ? '' : to === from ? `“${cnNumeral(from)}、”` : `“${cnNumeral(from)}、”至“${cnNumeral(to as number)}、”`;
        const after = part ? `在“${above.slice(0, 6)}”之下` : `按上一条“${cnNumeral(num[1])}、”`;
        const what = run.length > 1 ? `“${first.slice(0, 20)}”等${run.length}行` : `“${first.slice(0, 20)}”`;
        report({
          severity: 'warning',
          message: from != null ? `编号缺失：${what}行首只剩“、”，${after}应为${said}（编号被删去）。` : `编号缺失：${what}行首只剩“、”，编号被删去。`,
          expected: from != null ? said.replace(/[“”]/g, '') : '编号',
          actual: '、',
          locations: run.map((l) => l.location),
        });
      }
      break;
    }
  }
}

/** A Chinese numeral up to 九十九 as a number ("十二" → 12, "二十" → 20), NaN otherwise. */
function cnNumber(t: string): number {
  const CN = '一二三四五六七八九';
  return t === '十' ? 10 : t.length === 1 ? CN.indexOf(t) + 1 : t.startsWith('十') ? 10 + CN.indexOf(t[1] as string) + 1 : t.endsWith('十') ? (CN.indexOf(t[0] as string) + 1) * 10 : NaN;
}

/** A number up to 99 as a Chinese numeral (12 → "十二", 20 → "二十"). */
function cnNumeral(n: number): string {
  const D = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const tens = Math.floor(n / 10);
  return tens === 0 ? (D[n] as string) : `${tens === 1 ? '' : D[tens]}十${D[n % 10]}`;
}

/** Whether number `n` of a style is written anywhere in the text, at a line's start or not. */
function writtenAnywhere(text: string, style: string, n: number): boolean {
  const cn = cnNumeral(n);
  switch (style) {
    case 'part':
      return text.includes(`第${cn}部分`);
    case 'top':
      return new RegExp(`${cn}\\s*、`).test(text);
    case 'paren':
      return new RegExp(`[（(]\\s*${cn}\\s*[)）]`).test(text);
    default:
      return new RegExp(`(?<!\\d)${n}\\s*[、.．](?!\\d)`).test(text);
  }
}

export const templateEitherOr = defineRule({
  id: 'template.either-or',
  title: '模板中的二选一措辞未取舍',
  category: 'template',
  severity: 'error',
  authority: AUTH,
  description: `官方模板用“增加（减少）”“增长（下降）”“大于（小于）”让编制人按实际取其一（这些词对从${OFFICIAL_TEMPLATES.map((t) => `《${t.template}》`).join('、')}读出）；公开文本中仍留着两个词，读者无法知道变动方向。两词被编辑成一个词（“增加减少”“大于小于”）也报告，但只作警告。`,
  cases: [
    { name: '已取舍', expect: 'pass', text: '与2023年度相比，收入支出总计增加125.30万元，增长5.81%。决算数大于预算数的主要原因是追加了项目经费。\n' },
    { name: '增减并列', expect: 'pass', text: '本年人员有增有减，增加减少相抵后在职人数不变。\n' },
    { name: '增加（减少）', expect: 'fail', mentions: '增加（减少）', text: '与2023年度相比，收入支出总计增加（减少）125.30万元，增长5.81%。\n' },
    { name: '半角括号', expect: 'fail', mentions: '大于（小于）', text: '决算数大于(小于)预算数的主要原因是追加了项目经费。\n' },
    { name: '两词连成一词', expect: 'fail', severity: 'warning', mentions: '大于小于', text: '决算数大于小于预算数的主要原因是追加了项目经费。\n' },
    { name: '括号中另给一个选择', expect: 'fail', mentions: '或与预算数持平', text: '决算数小于预算数(或与预算数持平)的主要原因是公务用车年久失修。\n' },
  ],
  check({ doc, report }) {
    // One finding per wording (增加（减少） left in five sentences is one finding with five places).
    const left = new Map<string, { collapsed: boolean; first: string; locations: Location[]; lastLine?: Location }>();
    const squeezedAll = squeezedLines(doc.lines);
    for (let i = 0; i < doc.lines.length; i++) {
      const line = doc.lines[i] as (typeof doc.lines)[number];
      if (line.location.cell) continue; // a table header may print both directions (增加（减少）额)
      const squeezed = squeezedAll[i] as string;
      for (const f of eitherOrIn(squeezed)) {
        const entry = left.get(f.text) ?? { collapsed: f.collapsed, first: line.text, locations: [] };
        if (entry.lastLine !== line.location) entry.locations.push(locationAt(line, unsqueezedOffset(line.text, Math.max(squeezed.indexOf(f.text), 0))));
        entry.lastLine = line.location;
        left.set(f.text, entry);
      }
    }
    for (const [text, { collapsed, first, locations }] of left) {
      const where = locations.length > 1 ? `（共${locations.length}处）` : '';
      report({
        severity: collapsed ? 'warning' : 'error',
        message: collapsed
          ? `“${text}”把模板中二选一的两个词连在了一起，应只保留符合实际的一个词${where}。`
          : `“${text}”是模板中让编制人二选一的措辞，公开文本应只保留符合实际的一个词${where}。`,
        expected: '只保留一个方向词',
        actual: first.slice(0, 80),
        locations,
      });
    }
  },
});

// Two sentence marks in a row where one is meant: 。。 ，。 。； ；。 ，， — the first ends or breaks a
// sentence and the second does it again. Quotes, brackets and ellipses (……) are not among them.
// (A half-width comma or semicolon counts beside a full-width mark, "账户。,较2023年度"; two half-width marks
// together may be a list's empty field and are left alone.)
const DOUBLED_PUNCTUATION = /([。，；、：,;])\s*([。，；、,;])/g;
const LONE_MARK = /(?<=\s)[。，；、：](?=\s)/g;

export const templatePunctuation = defineRule({
  id: 'template.punctuation',
  title: '标点重复或混用',
  category: 'template',
  severity: 'warning',
  authority: '《标点符号用法》（GB/T 15834-2011）',
  description: '句中连用两个点号（“。。”“，。”“。；”“，，”），多为删改模板文字后留下；不影响数字，但公开文本应改正。',
  cases: [
    { name: '标点正常', expect: 'pass', text: '基本支出157.38万元，占65.94%；项目支出81.29万元。其中：办公费……等。\n' },
    { name: '句号重复', expect: 'fail', mentions: '。。', text: '基本支出157.38万元，占65.94%。。项目支出81.29万元。\n' },
    { name: '逗号接句号', expect: 'fail', mentions: '，。', text: '主要原因是人员增加，。\n' },
    { name: '句号接半角逗号', expect: 'fail', mentions: '。,', text: '主要原因是共用一个账户。,较2023年度增加12.00万元。\n' },
    { name: '半角标点的空字段', expect: 'pass', text: '项目,,金额\n' },
    { name: '模板空格中的占位句号', expect: 'pass', text: '项目名称\n。。\n主要用于：。。。等方面。\n' },
    { name: '转换中与文字分开的标点', expect: 'pass', text: '主要承担履行 、 。 督查 落实 调度 办文 办事 办会 服务组织 服务群众 、 、 、 、\n' },
  ],
  check({ doc, report }) {
    for (const hit of linesMatching(doc, /[。，；、：]\s*[。，；、,;]|[,;]\s*[。，；、]/)) {
      if (hit.location.cell) continue;
      // Marks standing alone between spaces, three or more ("主要承担履行 、 。 督查 落实 调度 、 、 、"): a
      // PDF's punctuation set apart from its words in conversion, not marks typed twice.
      if ((hit.text.match(LONE_MARK) ?? []).length >= 3) continue;
      // A line of marks alone ("。。" in a template's blank cell) or three and more in a row ("。。。"): a
      // placeholder or an ellipsis typed with full stops, not a sentence's mark typed twice.
      if (!/[\u4e00-\u9fa5A-Za-z\d]/.test(hit.text)) continue;
      const marks = [...new Set([...hit.text.replace(/([。，．])\1{2,}/g, '…').matchAll(DOUBLED_PUNCTUATION)].filter((m) => !/^[,;]{2}$/.test(`${m[1]}${m[2]}`)).map((m) => `${m[1]}${m[2]}`))];
      if (!marks.length) continue;
      report({
        message: `标点${marks.map((m) => `“${m}”`).join('、')}连用，应只保留一个。`,
        expected: '一个标点',
        actual: hit.text.slice(0, 80),
        locations: [hit.location],
      });
    }
  },
});
