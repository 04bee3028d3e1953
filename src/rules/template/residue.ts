import type { Location } from '../../model/location.js';
import { locationAt } from '../../model/layout.js';
import { defineRule } from '../rule.js';
import { isSpace, unsqueezedOffset } from '../../model/compact-text.js';
import { eitherOrIn, findInstruction, OFFICIAL_TEMPLATES, squeezedLines } from './official.js';
import { linesMatching, linesMatchingVia, linesMatchingWhere } from './patterns.js';

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
    { name: '转载网站以星号遮盖名称（连所引法规名也遮盖）：不是占位符', expect: 'pass', text: '****2023年度部门决算\n****地处**市，主要承担**市医疗用血的采集任务，贯彻落实《中华人民**国献血法》。\n' },
    { name: '托管网站注明登录后才显示隐藏内容（星号）：不是占位符', expect: 'pass', text: '某医院2020年度单位决算\n查看隐藏内容(*)需先登录\n某医院****年度单位决算\n建院于****年，前身为某省立医院。\n' },
    { name: '没有遮盖说明的年度星号', expect: 'fail', mentions: '****', text: '某医院2020年度单位决算\n某医院****年度单位决算情况说明\n' },
    { name: '个数留作星号', expect: 'fail', mentions: '**', text: '本单位下属参照公务员法管理的事业单位**个。\n' },
    { name: '标题中单位名称留作“部门”', expect: 'fail', mentions: '部门', text: '第二部分:某区卫健局2022年部门决算表\n第三部分:部门2022年部门决算情况说明\n' },
    { name: '标题中留着“部门名称”字段', expect: 'fail', mentions: '部门名称', text: '第二部分 部门名称2019年度部门决算表\n第三部分 部门名称2019年度部门决算情况说明\n' },
    { name: '第一部分标题留着“部门名称”字段（部门名称概况）', expect: 'fail', mentions: '部门名称', text: '第一部分 部门名称概况\n一、部门职责\n' },
    { name: '句中留着“部门名称”字段', expect: 'fail', mentions: '部门名称', text: '纳入部门名称2022年度部门决算编制范围的二级预算单位包括:\n1.某镇人民政府(本级)\n' },
    { name: '栏目“单位名称”与表头', expect: 'pass', text: '单位名称：某某县水利局\n\n单位名称\t2019年度决算数\n\n单位名称 2019年度决算数\n' },
    { name: '标题写本部门', expect: 'pass', text: '第三部分 本部门2022年部门决算情况说明\n第三部分 2022年部门决算情况说明\n' },
    { name: '修订批注中已删除的“××”（Deleted:）不是正文', expect: 'pass', text: '第三部分 Deleted: ××单位 2022年度部门决算情况说明\n一、收入决算情况说明 删除的内容: ××\n' },
    { name: '插入批注后的“××”照读', expect: 'fail', mentions: '××', text: '第三部分 Inserted: ××单位2022年度部门决算情况说明\n' },
  ],
  check({ doc, report }) {
    const re = /(?<![A-Za-z])(?:X{2,}|x{3,}|×{2,}|＊{2,}|(?<=[\u4e00-\u9fa5\d：:，,])\*{3,}|\*{3,}(?=[\u4e00-\u9fa5\d])|\*{2,}(?=[个人辆项家次]|万元))(?![A-Za-z])|(?:…{2}|\.{6})\s*(?:万元|元|[%％]|个|人|辆|次)|(?<=(?:包括|包含|分别为|分别是|主要有|设有)[:：]?\s*)(?:…{2}|\.{6})(?=\s*(?:[。；;，,]|$))|[0０]?[Xx×]{1,3}(?:万元|[%％])|【[^】]{0,20}(填写|填列|名称)[^】]{0,20}】|(?<!某)某(?:部门|单位)(?!某)|(?:部门|单位)\s*[（(]\s*(?:单位|部门)\s*[)）]\s*名称(?=\s*(?:概况|20\d{2}|部门决算|单位决算|决算))|(?<=^第[一二三四五六七八九十]部分\s*[:：]?\s*)部门(?=\s*20\d{2}\s*年度?\s*部门决算)|(?<=^(?:第[一二三四五六七八九十]部分\s*[:：]?\s*)?|纳入)(?:部门|单位)名称(?= ?20\d{2}\s*年度?\s*(?:部门|单位)?决算(?!数)|\s*概况)/;
    const hits = linesMatchingWhere(doc, re, mayHoldPlaceholder);
    // A page whose source masked its text with asterisks is no template's blank: a mirror site masks even
    // a cited law's title ("《中华人民**国献血法》"), a hosting site says it hides text until one logs in
    // ("查看隐藏内容(*)需先登录"). Its asterisks are the masking, said once as an info.
    const cited = doc.lines.find((l) => MASK_IN_CITED_TITLE.test(l.text))?.text.match(MASK_IN_CITED_TITLE)?.[0];
    const notice = doc.lines.find((l) => HIDDEN_UNTIL_LOGIN.test(l.text))?.text.match(HIDDEN_UNTIL_LOGIN)?.[0];
    const masked = hits.some((h) => /\*/.test(h.match)) && (cited != null || notice != null);
    const stars = masked ? hits.filter((h) => /\*/.test(h.match)) : [];
    for (const hit of hits) {
      if (stars.includes(hit)) continue;
      report({ message: `“${hit.match}”是未替换的模板占位符。`, expected: '实际内容', actual: hit.match, locations: [hit.location] });
    }
    if (stars.length) {
      const why = cited != null ? `连所引法规的名称也遮盖了（如“${cited}”），多为转载网站隐去名称所致` : `网页注明“${notice}”，是网站隐去的文字`;
      report({
        severity: 'info',
        message: `文中${stars.length}处以星号遮盖文字，${why}，不是模板占位符；请以原发布页面核对。`,
        locations: stars.map((h) => h.location),
      });
    }
  },
});

/** Asterisks inside a cited title ("《中华人民**国献血法》"): masking by the page's source, not a blank. */
const MASK_IN_CITED_TITLE = /《[^《》]{0,20}\*{2,}[^《》]{0,20}》/;
/** A hosting site's notice that it hides part of the text until one logs in ("查看隐藏内容(*)需先登录"). */
const HIDDEN_UNTIL_LOGIN = /查看隐藏内容[^。，]{0,12}|隐藏内容[^。，]{0,6}登录[^。，]{0,4}|登录后(?:查看|可见)[^。，]{0,6}隐藏/;

const WORD_LIMIT = /[（(]\s*(?:限|不超过)?\s*\d{2,4}\s*字(?:以内|以下|左右)?\s*[)）]/;
/**
 * An instruction to the compiler in brackets, left where its answer belongs: （说明原因）（具体说明）
 * （请填写）（如有变动，请说明）（简要说明增减变动原因）. Only brackets holding nothing but the instruction:
 * （具体说明见附件）（说明：…） are text.
 */
const BRACKETED_INSTRUCTION =
  /[（(]\s*(?:(?:请|需|须|应)\s*(?:简要|具体|详细|简单|逐项)?\s*(?:说明|填写|填列|写明|注明|列明|补充)[^（）()：:。；;]{0,10}|(?:简要|具体|详细|简单|逐项)?\s*(?:说明|阐述|分析|填写|填列|写明|注明)(?:(?:增减)?变动|增减|具体|主要)?(?:原因|理由|情况)|(?:简要|具体|详细|逐项)(?:说明|填写)|如有[^（）()：:。；;]{1,20}?(?:请|需|须|应)?\s*(?:说明|填写|注明|写明|列明)[^（）()：:。；;]{0,10}|[^（）()。；;]{0,30}?按[^（）()。；;]{2,30}?(?:逐类|逐项|逐一|分别)(?:分析|说明))\s*[)）]/;
/** A clause of a form's note on what must be explained when (需说明原因, 应单独说明理由). */
const RULE_NOTE = /[需应须](?:单独)?(?:说明|写明|注明|列明)/;

/** An instruction to the compiler left in the text: "请根据实际情况填写", "此处填写", "（示例）" … */
const INSTRUCTION =
  /[（(]\s*注\s*[:：]\s*如[^）)]{0,20}[，,]\s*(?:应|请|须)(?:写明|说明|注明|填写|填列)|请(自行)?删除|(请|须|需)?根据(本单位|单位|部门)?实际(情况)?(填写|填列|修改|调整|选择)|请(?:本|各)?(?:单位|部门)根据实际|根据实际(?:情况)?注明页码|如无此项|无此项的?请|(?:详细|简要|简单|具体)?(?:介绍|说明|阐述|描述)本部门[（(]单位[)）]|此处(填写|应|为)|(填写|编写)说明[：:]|模板(文字|内容|示例)|请勿公开|仅供参考，?请|以下为示例|（示例）|参照公开模板|[（(](?:比照|参照)[^（）()]{2,20}(?:格式|模板|内容)[^（）()]{0,6}[)）]|[（(]需(?:公开|填写|填列|列明|写明)[^（）()]{2,40}[)）]/;

/**
 * Words each of INSTRUCTION's matches holds (删除, 实际, 无此项, 此处, 模板, 示例 …; a bracket's 注, 照 or 需
 * checked behind it): a line the pattern matches in has a match of this one. Scanned for these, the
 * document is read some three times faster than by the pattern's seventeen alternatives, several of
 * them opening with words as common as 说明 and 根据.
 */
const INSTRUCTION_AT = /注(?<=[（(]\s*注)|删除|实际|无此项|本部门[（(]单位|此处|说明[：:]|模板|请勿|仅供参考|示例|照(?<=[（(](?:比|参)照)|需(?<=[（(]需)/;

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
    { name: '（按…逐类分析）', expect: 'fail', mentions: '逐类分析', text: '2015年一般公共预算财政拨款支出决算为440万元。\n(一般公共预算财政拨款支出决算具体情况,按支出功能分类类级科目逐类分析)\n' },
    { name: '按科目逐类分析的正文', expect: 'pass', text: '现按支出功能分类类级科目逐类分析如下：一般公共服务支出（类）300.00万元。\n' },
    { name: '括号中的说明文字', expect: 'pass', text: '具体情况见附表（具体说明见附件）。资产总额（说明：按账面原值计）1200.00万元。单位情况（说明）如下。\n' },
    { name: '照模板写出的说明文字', expect: 'pass', text: '上海市普陀区某某局2024年度无政府性基金预算财政拨款收入和支出。\n本表为空表，本部门按要求保留表格格式。\n' },
  ],
  check({ doc, report }) {
    const seen = new Set<Location>();
    for (const hit of linesMatchingVia(doc, INSTRUCTION, INSTRUCTION_AT)) {
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
    { name: '句中的“第二季度”是写的人的话', expect: 'pass', text: '十、预算绩效管理情况\n本单位对第二季度网采药品补助、2024年医废处理项目等16个项目开展了绩效自评。\n' },
    { name: '图例的“第一季度”“第二季度”', expect: 'fail', mentions: '第一季度', text: '图3：支出决算结构图\n第一季度\n第二季度\n' },
  ],
  check({ doc, report }) {
    const re = /销售额|系列\s?[1-9]|类别\s?[1-9]|图表标题|坐标轴标题|Series\s?[1-9]|Category\s?[1-9]|第一季度|第二季度/;
    for (const hit of linesMatching(doc, re)) {
      if (/季度/.test(hit.match) && /执行|进度|预算/.test(hit.text)) continue;
      // A quarter in a sentence is the writer's ("本单位对第二季度网采药品补助…等16个项目开展了绩效自评"): a
      // chart's default quarter stands as a label (a legend's line, a cell, a chart's text run together).
      if (/季度/.test(hit.match) && /[，,。；;]/.test(hit.text) && /[\u4e00-\u9fa5]{2}$/.test(hit.text.slice(0, hit.text.indexOf(hit.match)))) continue;
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

/**
 * A place where a figure belongs and none is printed: an amount's unit or a % straight after the word
 * that announces it ("支出决算为万元", "占%"), "变化率为，" (a colon opens a list instead), a score's 分
 * ("平均得分 分"), a count of equipment ("设备 台(套)"; not 台账) or of people by kind ("其中:行政人,").
 */
const MISSING_FIGURE =
  /(为|计|达|共|支出|收入|决算|预算数?|合计|总额|减少|增加)\s*(万元|元)(?![\u4e00-\u9fa5]*[0-9])|占\s*[%％]|(增长|下降)\s*[%％]|(?:率|额|数|比例|占比|金额)为\s*[，,。；;]|得分(?:为)?\s*分(?![值数别析])|设备\s*(?:共|为|有)?\s*台(?:\s*[（(]套[)）])?(?=\s*(?:[，,。；;、]|$))|(?<![\d\u4e00-\u9fa5])(?:行政|事业|离休|退休|工勤)\s*人(?=[，,。；;、）)])|(?:总计|合计)(?:为)?\s*[，,](?=\s*其中)/;

/**
 * A character each of MISSING_FIGURE's matches holds (its unit, %, 为, the second 分, 台, 人), with the
 * words the pattern puts before it checked behind it: a line the pattern matches in has a match of this
 * one. Scanned from their first character, the document is read some eight times faster than by the pattern's
 * seven alternatives tried at every position (the costliest whole-text scan of the wording rules).
 */
const MISSING_FIGURE_AT = /元(?<=[为计达共出入算数额少加]\s*万?元)|[%％](?<=[占长降]\s*[%％])|为(?<=[率额数例比]为)\s*[，,。；;]|分(?<=得分(?:为)?\s*分)|台(?<=设备\s*(?:共|为|有)?\s*台)|人(?<=(?:行政|事业|离休|退休|工勤)\s*人)|[，,](?<=计(?:为)?\s*[，,])/;

/**
 * Whether a blank the pattern found is a header cell's text and not a sentence's: inside "（万…元）",
 * the unit "（万元）" of a narrow header cell copied line by line with the cell beside it ("项目资金（万
 * 年初预算数元）"); or ending a text with no mark of a sentence, a cell or a field of a row set in columns
 * ("6.67 支出 元" of a self-evaluation sheet copied as laid out).
 */
function isCellPiece(text: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const end = at + m[0].length;
  const open = text.lastIndexOf('（万', at);
  if (open >= 0 && open > text.lastIndexOf('）', at) && /^[^（）]{0,3}）/.test(text.slice(end)) && m[0].trimEnd().endsWith('元')) return true;
  return !/[，,。；;：:]/.test(text) && /^\s*$/.test(text.slice(end));
}

export const templateMissingFigure = defineRule({
  id: 'template.missing-figure',
  title: '金额或比例空缺',
  category: 'template',
  severity: 'error',
  authority: AUTH,
  description: '句子中应有数字的位置是空的（“支出决算为万元”“占%”“收入总计 ,其中:…”），说明数字没有填上。',
  cases: [
    { name: '数字齐全', expect: 'pass', text: '基本支出157.38万元，占65.94%。\n' },
    { name: '空缺', expect: 'fail', mentions: '为万元', text: '基本支出决算为万元，占%。\n' },
    { name: '全角％前空缺', expect: 'fail', mentions: '下降％', text: '“三公”经费支出决算6.09万元，较上年减少0.99万元，下降％。\n' },
    { name: '表头“比上年增长%”', expect: 'pass', text: '某局2020年度“三公”经费支出决算情况\n单位:万元\n项 目 | 2019年决算数 | 2020年决算数 | 比上年增长% |\n“三公”经费合计 | 10.00 | 9.00 | -10.00 |\n' },
    { name: '表中句子缺数字', expect: 'fail', mentions: '下降%', text: '项 目 | 说明 |\n“三公”经费合计 | 较上年减少0.99万元，下降%，主要原因是压减接待 |\n' },
    { name: '“为”后直接是标点', expect: 'fail', mentions: '率为，', text: '本单位人均资产变化率为，小于市直行政事业单位人均资产变化率。\n' },
    { name: '得分与设备台数空缺', expect: 'fail', mentions: '得分 分', text: '我单位自评项目3个，绩效自评价平均得分 分，单价100万元以上设备 台(套)。\n' },
    { name: '一行几处空缺都列出', expect: 'fail', mentions: '占%', text: '项目支出决算为万元,占%,绩效自评价平均得分95分。\n' },
    { name: '人员按类别空缺', expect: 'fail', mentions: '离休人', text: '在职实有人数6人,其中:行政人,事业6人。离退休人员6人,其中:离休人,退休6人。\n' },
    { name: '“得分分别为”不是空缺', expect: 'pass', text: '我局对3个项目开展绩效自评，自评得分分别为95分、96分、97分。\n' },
    { name: '“得分分析”不是空缺', expect: 'pass', text: '我局对3个项目开展绩效自评，平均得分95分，并作了得分分析及改进措施。\n' },
    { name: '得分、台数、人数齐全', expect: 'pass', text: '在职实有人数6人,其中:行政0人,事业6人。绩效自评价平均得分95分，单价100万元以上设备2台(套)，建立设备台账。离退休人员中退休人员6人。\n' },
    { name: '总计空缺，其后接其中', expect: 'fail', mentions: '总计 ,', text: '二、收入决算情况说明\n2020年度收入总计 ,其中:财政拨款收入6160234.82元;占100%\n' },
    { name: '总计有数字', expect: 'pass', text: '2020年度收入总计6160234.82元,其中:财政拨款收入6160234.82元。收支合计，其余见下表。\n' },
    { name: '“为”后接冒号列举', expect: 'pass', text: '机关运行经费增加的主要原因为：办公费增加。\n' },
    { name: '窄表头“年初预算数”与“（万元）”逐行复制交错', expect: 'pass', text: '项目名称 医疗保险基金征缴经费补助\n主管部门 某某局 项目资金（万 年初预算数元）\n' },
    { name: '按栏排开的一行中的单元格“支出 元”', expect: 'pass', text: '成本指标    经济成本指标    10 万元    元     86.67%  6.67 支出 元\n' },
    { name: '括号中的单位之后仍有空缺', expect: 'fail', mentions: '为万元', text: '基本支出（万元）情况：基本支出决算为万元，占65%。\n' },
  ],
  check({ doc, report }) {
    // In text read from positioned text boxes a figure may stand in a box of its own, read elsewhere: a
    // blank there is not proved, and every such line is the one cause, said once as a warning.
    const boxed = doc.coverage.boxedText === true;
    const pieces: { blanks: string[]; location: Location }[] = [];
    for (const hit of linesMatchingVia(doc, MISSING_FIGURE, MISSING_FIGURE_AT)) {
      if (/单位[：:]\s*万元|金额单位/.test(hit.text)) continue;
      // "比上年增长%" ending a table's cell is a column's heading and its unit, not a figure left out.
      const at = MISSING_FIGURE.exec(hit.text);
      if (hit.location.cell != null && at && /^\s*(?:\||$)/.test(hit.text.slice(at.index + at[0].length))) continue;
      // Every blank of the line in one finding ("项目支出决算为万元,占%,绩效自评价平均得分 分"), but
      // none that is a header cell's pieces copied in with the cells beside it.
      const all = [...hit.text.matchAll(new RegExp(MISSING_FIGURE.source, 'g'))].filter((m) => !isCellPiece(hit.text, m)).map((m) => m[0].trim());
      if (!all.length) continue;
      if (boxed) pieces.push({ blanks: all, location: hit.location });
      else report({ message: `${all.map((m) => `“${m}”`).join('、')}处缺少数字。`, expected: '具体数字', actual: all.join('、'), locations: [hit.location] });
    }
    if (pieces.length) {
      const blanks = pieces.flatMap((p) => p.blanks);
      report({
        severity: 'warning',
        message: `${pieces.length}行在应有数字处没有数字（${blanks.slice(0, 4).map((m) => `“${m}”`).join('、')}${blanks.length > 4 ? '等' : ''}），但正文取自文本框（如由 PDF 转成的 Word），数字可能在另一个文本框里，未能确认是空缺：请对照原文核对。`,
        expected: '具体数字',
        actual: blanks.join('、'),
        locations: pieces.map((p) => p.location),
      });
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

const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fa5;
// Where each Chinese character was last seen, as a place in a count running over every text tested
// (no table to clear between texts: each text starts past the last by more than a run's length).
const lastSeen = new Float64Array(HAN_LAST - HAN_FIRST + 1);
let origin = 0;

/**
 * Whether REPEATED can match in the text: some run of one to eight Chinese characters said twice in a
 * row. Such a run's first character comes again within eight, so a character is looked at closer only
 * when it was last seen that near. The pattern, its back-reference tried at every position of the
 * document, cost more than every other pattern of the wording rules together.
 */
function mayDoubleRun(t: string): boolean {
  origin += 16;
  const base = origin;
  origin += t.length;
  for (let j = 0; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c < HAN_FIRST || c > HAN_LAST) continue;
    const at = base + j;
    const before = at - (lastSeen[c - HAN_FIRST] as number);
    lastSeen[c - HAN_FIRST] = at;
    if (before <= 8 && doubledEndingAt(t, j)) return true;
  }
  return false;
}

/** Whether a run of one to eight Chinese characters ends right before `j` and is said again from `j`. */
function doubledEndingAt(t: string, j: number): boolean {
  for (let len = 1; len <= 8 && len <= j && j + len <= t.length; len++) {
    let k = 0;
    while (k < len && t.charCodeAt(j - len + k) === t.charCodeAt(j + k) && isHan(t.charCodeAt(j + k))) k++;
    if (k === len) return true;
  }
  return false;
}

function isHan(c: number): boolean {
  return c >= HAN_FIRST && c <= HAN_LAST;
}
const REPEATED_CLAUSE = /([^，,。；;：:\s]{6,24})[，,]\1/;
const REPEATED_CLAUSE_ALL = new RegExp(REPEATED_CLAUSE.source, 'g');
/** What turns a clause into a table's title when it follows: "…支出" + "决算表", "明细表", "表". */
const TABLE_TITLE_AFTER = /^(?:[\u4e00-\u9fa5]{0,6}(?:决算|预算|明细|情况|统计|总))?表(?![示明达彰现])/;

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
  description: '相邻重复的词语（“年度年度”“的的”“概况概况”“主要原因是主要原因是”）和连写两遍的分句（“与上年相比，与上年相比持平”；后一遍接着写成表名的不算，“无国有资本经营预算财政拨款支出，国有资本经营预算财政拨款支出决算表无数据”），多为拼接模板或修改时留下。',
  cases: [
    { name: '无重复', expect: 'pass', text: '荣成市医疗保障局2024年度区级预算绩效自评。\n' },
    { name: '年度年度', expect: 'fail', mentions: '年度年度', text: '荣成市医疗保障局2024年度年度区级预算绩效自评。\n' },
    { name: '是是', expect: 'fail', mentions: '是是', text: '公务接待费增加0.50万元，增加原因主要是是接待上级检查增加。\n' },
    { name: '一行两处重复', expect: 'fail', mentions: '是是', text: '公务用车增加1.55万元，增加原因主要是主要是车辆老化；公务接待费增加0.50万元，增加原因主要是是接待上级检查增加。\n' },
    { name: '经费费', expect: 'fail', mentions: '费费', text: '因公出国（境）经费费62万元，比上年增加24万元。\n' },
    { name: '整句重复', expect: 'fail', mentions: '主要原因是主要原因是', text: '收支各增加257.59万元，增长24%，主要原因是主要原因是财政拨款收入增加。\n' },
    { name: '标题词重复', expect: 'fail', mentions: '概况概况', text: '第一部分 某某县人民法院概况概况\n' },
    { name: '独占一行的标题中地名重复', expect: 'fail', mentions: '汨罗市汨罗市', text: '第一部分\n汨罗市汨罗市发展和改革局概况\n一、部门职责\n' },
    { name: '叠字不算', expect: 'pass', text: '各项工作层层落实，人人参与，年年推进。\n' },
    { name: '科室名称连写不算', expect: 'pass', text: '内设机构：办公室、总务处教务处教科室安稳办团委。\n' },
    { name: '连成一行的表头不算', expect: 'pass', text: '收入支出项目行次金额项目行次金额栏次1栏次2\n' },
    { name: '分句重复', expect: 'fail', mentions: '与2023年度预算相比', text: '“三公”经费支出决算数与2023年度预算相比,与2023年度预算相比持平。\n' },
    { name: '两个分句相似不算', expect: 'pass', text: '公务接待费与上年相比持平,与年初预算相比持平。\n' },
    { name: '分句之后是以它为名的表', expect: 'pass', text: '2024年度本部门无国有资本经营预算财政拨款支出，国有资本经营预算财政拨款支出决算表无数据。\n' },
    { name: '表名之外的分句重复仍报', expect: 'fail', mentions: '与2023年度预算相比', text: '本部门无国有资本经营预算财政拨款支出，国有资本经营预算财政拨款支出决算表无数据；与2023年度预算相比,与2023年度预算相比持平。\n' },
  ],
  check({ doc, report }) {
    // Every doubled run of a line, not only its first ("主要是主要是…；…主要是是…" in one paragraph).
    const hits = linesMatchingWhere(doc, REPEATED, mayDoubleRun).flatMap((h) => [...h.text.matchAll(REPEATED_ALL)].map((m) => ({ ...h, match: m[0], at: m.index ?? 0, location: locationAt(h.source, m.index ?? 0) })));
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
      // (A heading on a line of its own, "汨罗市汨罗市发展和改革局概况", is written as a sentence is.)
      if (!FIXED_REPEAT.test(hit.match) && !/[，。；,;：:]/.test(hit.text) && !/^\s*(?:第.{1,3}部分|[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）])/.test(hit.text) && !OWN_LINE_HEADING.test(hit.text.trim())) continue;
      // "的的确确" and numbers like "项目项目" in tables are rare; quoted text decides.
      report({ message: `“${hit.match}”重复。`, expected: hit.match.slice(0, hit.match.length / 2), actual: hit.match, locations: [hit.location] });
    }
    // A clause said twice over, a comma between ("与2021年度预算相比,与2021年度预算相比持平"): an edit left both.
    for (const hit of linesMatchingWhere(doc, REPEATED_CLAUSE, mayRepeatClause)) {
      // The second copy running on into a table's title is that table's name, not the clause again
      // ("无国有资本经营预算财政拨款支出，国有资本经营预算财政拨款支出决算表无数据").
      const m = [...hit.text.matchAll(REPEATED_CLAUSE_ALL)].find((x) => !TABLE_TITLE_AFTER.test(hit.text.slice((x.index ?? 0) + x[0].length)));
      if (!m) continue;
      const clause = m[1] as string;
      report({ message: `分句“${clause}”连写了两遍。`, expected: clause, actual: `${clause}，${clause}`, locations: [hit.location] });
    }
  },
});

/** A heading on a line of its own: short, ending as headings end. */
const OWN_LINE_HEADING = /^[\u4e00-\u9fa5（）()“”"\d]{4,40}(?:概况|基本情况|情况说明|决算情况|职责|职能|机构设置|名词解释)$/;

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
// (A gap of two spaces or more is a column's gap in a row set in columns: two cells, each with its %.)
const DOUBLED_PERCENT = /(?<=\d[ \t]?)[%％][ \t]?[%％]/g;

export const templatePunctuation = defineRule({
  id: 'template.punctuation',
  title: '标点重复或混用',
  category: 'template',
  severity: 'warning',
  authority: '《标点符号用法》（GB/T 15834-2011）',
  description: '句中连用两个点号（“。。”“，。”“。；”“，，”）或数字后连写两个百分号（“100.00%%”），多为删改模板文字后留下；不影响数字，但公开文本应改正。',
  cases: [
    { name: '标点正常', expect: 'pass', text: '基本支出157.38万元，占65.94%；项目支出81.29万元。其中：办公费……等。\n' },
    { name: '句号重复', expect: 'fail', mentions: '。。', text: '基本支出157.38万元，占65.94%。。项目支出81.29万元。\n' },
    { name: '逗号接句号', expect: 'fail', mentions: '，。', text: '主要原因是人员增加，。\n' },
    { name: '句号接半角逗号', expect: 'fail', mentions: '。,', text: '主要原因是共用一个账户。,较2023年度增加12.00万元。\n' },
    { name: '百分号重复', expect: 'fail', mentions: '%%', text: '财政拨款收入1000.00万元，占100.00%%。\n' },
    { name: '按栏排开的一行中相邻两格各有%（折行）', expect: 'pass', text: '     质量   资金   10   <=10   =100   100    10     计划   -   按照   工作\n                    0%     %      %\n     指标   使用                                    标准       完成   资料\n' },
    { name: '半角标点的空字段', expect: 'pass', text: '项目,,金额\n' },
    { name: '模板空格中的占位句号', expect: 'pass', text: '项目名称\n。。\n主要用于：。。。等方面。\n' },
    { name: '转换中与文字分开的标点', expect: 'pass', text: '主要承担履行 、 。 督查 落实 调度 办文 办事 办会 服务组织 服务群众 、 、 、 、\n' },
  ],
  check({ doc, report }) {
    for (const hit of linesMatching(doc, /[。，；、：]\s*[。，；、,;]|[,;]\s*[。，；、]|\d[ \t]?[%％][ \t]?[%％]/)) {
      if (hit.location.cell) continue;
      // Marks standing alone between spaces, three or more ("主要承担履行 、 。 督查 落实 调度 、 、 、"): a
      // PDF's punctuation set apart from its words in conversion, not marks typed twice.
      if ((hit.text.match(LONE_MARK) ?? []).length >= 3) continue;
      // A line of marks alone ("。。" in a template's blank cell) or three and more in a row ("。。。"): a
      // placeholder or an ellipsis typed with full stops, not a sentence's mark typed twice.
      if (!/[\u4e00-\u9fa5A-Za-z\d]/.test(hit.text)) continue;
      const marks = [
        ...new Set([
          ...[...hit.text.replace(/([。，．])\1{2,}/g, '…').matchAll(DOUBLED_PUNCTUATION)].filter((m) => !/^[,;]{2}$/.test(`${m[1]}${m[2]}`)).map((m) => `${m[1]}${m[2]}`),
          // "占100.00%%": a percent sign typed twice after its figure.
          ...[...hit.text.matchAll(DOUBLED_PERCENT)].map((m) => m[0]),
        ]),
      ];
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
