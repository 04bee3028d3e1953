import { defineRule } from '../rule.js';
import { linesMatching, linesMatchingAround, linesMatchingVia } from './patterns.js';

/**
 * Fixed terms of the final accounts written wrongly by editing, and a change said twice over in its
 * direction. Each wrong wording is one finding, with every place it is written.
 */
const AUTH = '财政部《部门决算公开格式文本》（预算、科目名称按规定表述）';

/** Terms that exist only in one form: the budget kinds are 预算 whatever account speaks of them. */
// `has`: a word every match holds. The lines holding it are all the pattern is tried on: most of
// these patterns open with a lookbehind or a class, which the scan would try at every position of
// the document. (Not for the quote marks of 三公: a lookaround with \s in it may read across a line
// break in the joined text, and only the scan of that text leaves a line so broken as it was.)
/**
 * `has`: a word every match holds, the lines holding it alone given to the pattern; `via`: a pattern
 * every line the pattern matches in matches too, scanned instead of it (see linesMatchingVia).
 */
const WRONG_TERMS: { re: RegExp; right: (wrong: string) => string; since?: number; has?: string; via?: RegExp }[] = [
  // "一般公共决算财政拨款": 一般公共预算 is the name of the budget, also in a 决算.
  { re: /一般公共决算/, right: () => '一般公共预算' },
  // "银川巿": 巿 (fú, a knee-cover) typed for 市, a slip of some input methods; never meant in a name.
  { re: /[\u4e00-\u9fa5]{1,4}巿/, right: (w) => w.replace(/巿/g, '市'), has: '巿' },
  // "2022年度般公共预算财政拨款…": the 一 of 一般公共预算 lost in editing. (Not at a line's start, where the 一
  // may end the line before, nor after a dash, which a PDF's font may give for 一.)
  { re: /(?<=[^一—－\-–_\s])般公共预算/, right: () => '一般公共预算', has: '般公共预算' },
  // "九、财政拨款“三公经费支出决算情况说明": the quote around 三公 opened and never closed (“三公经费” quoted
  // whole is closed after 经费).
  { re: /“三公(?![”"])(?!经费[”"])(?!\s*[）)])/, right: () => '“三公”' },
  // "官仓镇2015年三公”经费": the quote closed and never opened.
  { re: /(?<![“"‘]\s*)三公”/, right: () => '“三公”' },
  // "第一部分 部门概括": the part is the department's 概况 (overview); 概括 (to sum up) is a slip of the same sound.
  { re: /(?:部门|单位)概括(?![了地的])/, right: (w) => w.replace('概括', '概况'), has: '概括' },
  // "较上年决算数较少126.11万元", "曾加5.00万元", "下将3.2%": a direction word typed as its homophone, told by
  // the amount right after it (较少, 曾, 下将 before a figure say nothing else).
  { re: /较少(?=\s*\d)/, right: () => '减少', has: '较少' },
  { re: /曾[加长](?=\s*\d)/, right: (w) => w.replace('曾', '增'), has: '曾' },
  { re: /下将(?=\s*\d)/, right: () => '下降', has: '下将' },
  // "主要原是…": 主要原因是 with its 因 lost; "比去大幅度下降": 比去年 with its 年 lost (去 alone after 比 is no word
  // of an account; "比去除…" is not written).
  { re: /主要原是/, right: () => '主要原因是' },
  // "因公出国(境)费0.00万元%": a percent sign left after an amount's unit (a share's figure deleted before it).
  // (Scanned for the % after a unit: the pattern, opening with a lookbehind, was tried at every position.)
  // (Within a cell: a gap of two spaces or more parts two cells of a row set in columns, "50     万元     %".)
  { re: /(?<![\d.])\d[\d,]*(?:\.\d+)?[ \t]?(?:万元|亿元|元)[ \t]?[%％]/, right: (w) => w.replace(/\s*[%％]$/, ''), via: /[%％](?<=元[ \t]?[%％])/ },
  { re: /比去(?![年除掉])/, right: () => '比去年', has: '比去' },
  // "政府性基金预算财政拨款收入2002.80万元，支出收入2002.80万元": 支出 with the 收入 of the clause before left
  // after it (a template of one region prints it so); before an amount no account says 支出收入.
  { re: /支出收入(?=\s*(?:\d|X{2,}))/, right: () => '支出', has: '支出收入' },
  // "（务用车购置费0万元": 公务用车 with its 公 lost, told by the bracket or stop before it (业务用车, 服务用车
  // are words of their own and have a character there).
  { re: /(?<=^|[（(，,、；;：:\s])务用车/, right: () => '公务用车', has: '务用车' },
  // "“三公”经费决支出情况说明": 决算支出 with its 算 lost (判决, 裁决 are not said of spending).
  { re: /(?<![判裁])决支出/, right: () => '决算支出', has: '决支出' },
  // "表2:一般公开预算支出决算情况表": 公开 (disclosure) typed for 公共 in the budget's name.
  { re: /一般公开预算/, right: () => '一般公共预算' },
  // "一般公共财政拨款收入", "(六)2019年公共预算财政拨款": 一般公共预算财政拨款 with a word lost, in accounts of
  // 2015 on (until 2014 the budget was 公共财政预算, and central accounts wrote 公共预算财政拨款).
  { re: /一般公共财政拨款/, right: () => '一般公共预算财政拨款', since: 2015 },
  { re: /(?<![一般])公共预算财政拨款/, right: () => '一般公共预算财政拨款', since: 2015, has: '公共预算财政拨款' },
  // "“三公”经费决情况公开如下": 决算情况 with its 算 lost (解决, 表决, 否决, 判决, 裁决, 处决 are words of their own).
  { re: /(?<![解表否判裁处先])决情况/, right: () => '决算情况', has: '决情况' },
  // "为一般决算拨款行政单位": 一般公共预算拨款 with 预算 turned into 决算 (as 一般公共决算 above).
  { re: /一般决算(?:财政)?拨款/, right: () => '一般公共预算财政拨款', has: '一般决算' },
  // "一、基本职能及要工作": 主要工作 with its 主 lost after 及/和/与/、 (重要工作, 需要工作 have a character there).
  { re: /(?<=[及和与、])要工作/, right: () => '主要工作', has: '要工作' },
  // "第二部分 2022年度单位预算报表" heading a final account's tables: the part is the 决算 tables.
  { re: /^\s*第[一二三四五六七八九十]部分[:：\s]*.{0,24}?(?:部门|单位)预算(?:公开)?报表\s*$/, right: (w) => w.trim().replace(/预算((?:公开)?报表)$/, '决算$1'), has: '报表' },
  // "现将2021年部门预算公开如下" opening a final account: the announcement kept from the budget's text.
  { re: /现(?:将|就)[^。；;]{0,30}?(?:部门|单位)预算(?=(?:信息|情况)?(?:公开|说明)如下)/, right: (w) => w.replace(/预算$/, '决算'), has: '预算' },
  // "日效性指标": the 时效指标 of a performance sheet, its 时 typed as 日.
  { re: /日效性?指标/, right: () => '时效指标', has: '日效' },
  // "本部门只要职责有": 主要职责 typed as its near homophone 只要 (only if), which no duty is said with.
  { re: /只要(?:职责|职能)/, right: (w) => w.replace('只要', '主要'), has: '只要' },
  // "第二部分度部门决算情况说明": the year of 20XX年度 deleted, leaving 度 after the part's number.
  { re: /第[一二三四五六七八九十]部分\s*度(?:部门|单位)决算/, right: (w) => w.replace(/度(?=(?:部门|单位)决算)/, '20XX年度') },
  // "第四部分名称解释": the part is the 名词解释 (glossary of terms); 名称 (a name) is a slip of one character.
  { re: /^\s*(?:第[一二三四五六七八九十]部分|[一二三四五六七八九十]+、)?[:：\s]*名称解释\s*$/, right: (w) => w.trim().replace('名称解释', '名词解释'), has: '名称解释' },
];

export const templateWrongTerm = defineRule({
  id: 'template.wrong-term',
  title: '固定名称写错',
  category: 'template',
  severity: 'warning',
  authority: AUTH,
  description: '“一般公共预算”是预算的名称，决算中也这样称呼；写成“一般公共决算”等是编辑时误改；“巿”（fú）是“市”的误输入；数字前的“较少”“曾加”“下将”是“减少”“增加”“下降”的同音误输入；“主要原是”“比去（大幅度下降）”漏了“因”“年”；“0.00万元%”的金额单位后多了百分号；金额前的“支出收入”是“支出”多了上一分句的“收入”；“（务用车”“决支出”“决情况”“日效性指标”各缺或错了一个字；“一般公开预算”“一般公共财政拨款”“公共预算财政拨款”是“一般公共预算（财政拨款）”写错或漏字，“一般决算拨款”同；“及要工作”漏了“主”；“只要职责”是“主要职责”的误输入；“名称解释”是“名词解释”写错一字；“第X部分度部门决算”删掉了年份；决算文本中“第X部分…单位预算报表”应为决算报表，开头“现将…部门预算公开如下”应为部门决算。同一错写只报一次，列出各处。',
  cases: [
    { name: '按栏排开的一行：“万元”与“%”是相邻两格的折行', expect: 'pass', text: '     成本   经济   租赁   20   <=3.   =3.5   100    20   计划   /    按照   原始\n                         50     万元     %\n     指标   成本   价格                                  标准        完成   凭证\n' },
    { name: '一般公开预算', expect: 'fail', mentions: '一般公共预算', text: '## 三、表2:一般公开预算支出决算情况表\n' },
    { name: '一般公共财政拨款缺预算', expect: 'fail', mentions: '一般公共预算财政拨款', text: '# 某局2019年度部门决算\n## 二、财政拨款收入支出决算总体情况说明\n2019年一般公共财政拨款收入较上年增加2296.45万元。\n' },
    { name: '公共预算财政拨款缺一般', expect: 'fail', mentions: '一般公共预算财政拨款', text: '# 某局2019年度部门决算\n## （六）2019年公共预算财政拨款“三公”经费支出情况\n' },
    { name: '2013年中央部门的公共预算财政拨款', expect: 'pass', text: '# 某局2013年部门决算\n四、公共预算财政拨款支出决算表\n' },
    { name: '公共财政预算（2014年前的名称）', expect: 'pass', text: '## 二、财政拨款收入支出决算总体情况说明\n2013年公共财政预算财政拨款收入100.00万元，其中解决情况良好。\n' },
    { name: '决情况缺算', expect: 'fail', mentions: '决算情况', text: '## 七、财政拨款“三公”经费支出决算情况说明\n现将2023年“三公”经费决情况公开如下。\n' },
    { name: '一般决算拨款', expect: 'fail', mentions: '一般公共预算财政拨款', text: '## 第一部分 部门概况\n本单位为一般决算拨款行政单位。\n' },
    { name: '及要工作缺主', expect: 'fail', mentions: '主要工作', text: '## 一、基本职能及要工作\n负责全镇工作。\n' },
    { name: '重要工作', expect: 'pass', text: '## 一、基本职能及主要工作\n完成年度重要工作。\n' },
    { name: '决算文本的报表部分写成预算报表', expect: 'fail', mentions: '决算报表', text: '# 某局2021年度部门决算\n第二部分 2021年度单位预算报表\n' },
    { name: '决算文本开头说公开的是部门预算', expect: 'fail', mentions: '现将2021年部门决算', text: '# 某卫生院2021年度部门决算\n现将2021年部门预算公开如下：\n一、收入决算情况说明\n' },
    { name: '决算文本开头说公开的是部门决算', expect: 'pass', text: '# 某卫生院2021年度部门决算\n现将2021年部门决算公开如下：\n现将2021年部门预算执行情况说明如下。\n' },
    { name: '名称解释', expect: 'fail', mentions: '名词解释', text: '# 2021年度某局部门决算\n## 第四部分名称解释\n1.财政拨款收入：指本级财政当年拨付的资金。\n' },
    { name: '只要职责', expect: 'fail', mentions: '主要职责', text: '## 一、部门职责\n本院只要职责有：依法行使检察权。\n' },
    { name: '部分标题中的年份被删', expect: 'fail', mentions: '20XX年度部门决算', text: '# 某局2022年度部门决算\n第二部分度部门决算情况说明\n' },
    { name: '只要……就', expect: 'pass', text: '## 一、部门职责\n只要群众有需要，我们就及时办理。\n第二部分 2022年度部门决算情况说明\n' },
    { name: '正确名称', expect: 'pass', text: '## 三、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出238.67万元。\n' },
    {
      name: '一般公共决算（两处，一条）',
      expect: 'fail',
      mentions: '一般公共决算',
      text: '## 三、2024年度一般公共决算财政拨款安排的“三公”经费支出决算情况说明\n2024年度一般公共决算财政拨款“三公”经费支出2.75万元。\n',
    },
    { name: '般公共预算缺一字', expect: 'fail', mentions: '一般公共预算', text: '## 三、一般公共预算财政拨款支出决算情况说明\n2024年度般公共预算财政拨款支出238.67万元。\n' },
    { name: '三公经费整体加引号', expect: 'pass', text: '# 某局2024年度部门决算\n九、财政拨款“三公经费”支出决算情况说明\n“三公”经费支出0万元。\n' },
    { name: '三公引号未闭合', expect: 'fail', mentions: '“三公”', text: '# 某局2024年度部门决算\n九、财政拨款“三公经费支出决算情况说明\n' },
    { name: '三公引号只有后半', expect: 'fail', mentions: '“三公”', text: '# 某镇2015年部门决算\n官仓镇2015年三公”经费支出说明\n' },
    { name: '部门概括', expect: 'fail', mentions: '部门概况', text: '# 某局2024年度部门决算\n第一部分 部门概括\n' },
    { name: '较少误作减少', expect: 'fail', mentions: '减少', text: '## 一、收入支出决算总体情况说明\n2024年度财政拨款收支较上年决算数较少126.11万元。\n' },
    { name: '较少作形容词', expect: 'pass', text: '## 一、收入支出决算总体情况说明\n因会议较少，2024年度公务接待费减少1.20万元。\n' },
    { name: '金额单位后多了百分号', expect: 'fail', mentions: '0.00万元', text: '## 七、财政拨款“三公”经费支出决算情况说明\n因公出国（境）费支出0.00万元%，占0.00%。\n' },
    { name: '金额与百分比各自成项', expect: 'pass', text: '## 七、财政拨款“三公”经费支出决算情况说明\n公务接待费支出2.75万元，占12.5%。\n' },
    { name: '主要原是', expect: 'fail', mentions: '主要原因是', text: '## 一、收入支出决算总体情况说明\n2016年度收、支总计238.67万元，主要原是人员增加。\n' },
    { name: '比去缺年', expect: 'fail', mentions: '比去年', text: '## 一、收入支出决算总体情况说明\n2017年度“三公”经费支出2.10万元，比去大幅度下降。\n' },
    { name: '比去年', expect: 'pass', text: '## 一、收入支出决算总体情况说明\n2017年度“三公”经费支出2.10万元，比去年下降0.30万元，主要原因是会议减少。\n' },
    { name: '支出收入', expect: 'fail', mentions: '支出收入', text: '## 八、政府性基金预算财政拨款收入支出决算情况说明\n2025年度政府性基金预算财政拨款收入2002.80万元，支出收入2002.80万元。\n' },
    { name: '收入支出决算表', expect: 'pass', text: '## 八、政府性基金预算财政拨款收入支出决算情况说明\n2025年度政府性基金预算财政拨款收入2002.80万元，支出2002.80万元。\n' },
    { name: '务用车缺公字', expect: 'fail', mentions: '公务用车', text: '## 七、财政拨款“三公”经费支出决算情况说明\n公务用车购置及运行维护费14.03万元（务用车购置费0万元、公务用车运行维护费14.03万元）。\n' },
    { name: '执法执勤业务用车', expect: 'pass', text: '## 十二、国有资产占用情况说明\n其中：执法执勤业务用车2辆，特种专业技术用车1辆。\n' },
    { name: '决支出缺算字', expect: 'fail', mentions: '决算支出', text: '## （二）2021年度“三公”经费决支出情况说明\n' },
    { name: '日效性指标', expect: 'fail', mentions: '时效指标', text: '产出指标 | 日效性指标 | 解决群众问题时间 | 2天以内\n' },
    { name: '巿误作市', expect: 'fail', mentions: '银川市', text: '# 银川巿某某局2019年度部门决算\n## 一、收入支出决算总体情况说明\n2019年度收、支总计238.67万元。\n' },
  ],
  check({ doc, report }) {
    for (const { re, right, since, has, via } of WRONG_TERMS) {
      if (since && !((doc.facts.fiscalYear ?? 0) >= since)) continue;
      // Text read by OCR proves no misspelling: OCR itself drops or swaps characters (一 above all).
      const hits = (has ? linesMatchingAround(doc, re, has) : via ? linesMatchingVia(doc, re, via) : linesMatching(doc, re)).filter((h) => h.location.via !== 'ocr');
      if (!hits.length) continue;
      // A wrong wording holding a quote mark is quoted in corner brackets: 「“三公」应为「“三公”」.
      const [open, close] = /[“”"]/.test(hits[0]?.match ?? '') ? ['「', '」'] : ['“', '”'];
      report({
        message: `${open}${hits[0]?.match}${close}应为${open}${right(hits[0]?.match ?? '')}${close}${hits.length > 1 ? `（共${hits.length}处）` : ''}。`,
        expected: right(hits[0]?.match ?? ''),
        actual: hits[0]?.match ?? '',
        locations: hits.map((h) => h.location),
      });
    }
  },
});

const RISE_TO_FALL: Record<string, string> = { 增加: '减少', 增长: '下降', 上升: '降低' };

export const templateSignedDirection = defineRule({
  id: 'template.signed-direction',
  title: '增减方向与负号重复',
  category: 'template',
  severity: 'warning',
  authority: '《部门决算公开说明编写指引》：增减变动以“增加（减少）X万元，增长（下降）X%”表述',
  description: '“下降-81.75%”“减少-5.00万元”：方向词之后又写负号，字面上成了反向（下降负数即增长）；“增长-5%”方向含糊。应只用方向词，数字不带符号。',
  cases: [
    { name: '方向词加无符号数', expect: 'pass', text: '## 一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元，比上年减少92.61万元，下降27.95%。\n' },
    { name: '下降负数', expect: 'fail', mentions: '下降-27.95%', text: '## 一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元，比上年减少92.61万元，下降-27.95%。\n' },
    { name: '增长负数：应写下降', expect: 'fail', mentions: '下降10%', text: '## 一、收入支出决算总体情况说明\n2024年度收入总计90.00万元，与2023年决算数相比，减少10.00万元，增长-10%。\n' },
  ],
  check({ doc, report }) {
    const hits = linesMatching(doc, /(?:增加|减少|增长|下降|上升|降低)\s*(?:了)?\s*[-－−]\s*\d[\d,.]*\s*(?:%|％|万元|元)/);
    for (const h of hits) {
      report({
        message: `“${h.match}”方向词后又带负号：${/下降|减少|降低/.test(h.match) ? '字面上成了增长' : '方向含糊'}，应只写方向词和不带符号的数`,
        // ("增长-10%" means a fall: the sign says it, so the word turns; "下降-27.95%" keeps the word it meant.)
        expected: h.match.replace(/[-－−]\s*/, '').replace(/^(增加|增长|上升)/, (w) => RISE_TO_FALL[w] ?? w),
        actual: h.match,
        locations: [h.location],
      });
    }
  },
});
