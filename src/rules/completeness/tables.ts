import { contentsListsTables, declaredTables, eightTableYear, emptyTablesPart, otherForm } from '../../model/contents.js';
import { Decimal } from '../../model/decimal.js';
import type { Disclosure, PublicTable } from '../../model/disclosure.js';
import { TABLE_DEFS, TABLE_IDS, type TableId } from '../../model/tables.js';
import { type Rule, defineRule, insufficient, notApplicable } from '../rule.js';
import { T01, T02, T03, T04, T05, T06, T07, T08, T09, docOf, swap } from '../table/fragments.js';
import { isAllZero, saidEmptyCause, tableName } from '../table/support.js';

/**
 * Completeness of the nine tables: each printed (or at least listed as attached), empty tables with
 * a sentence saying why, 金额单位 stated as 万元, 编制单位 named, standard columns present.
 */
const AUTH = '《关于做好2024年度部门决算公开工作的通知》；财政部《部门决算公开格式文本》';
const FRAGS: Record<TableId, string> = { '01': T01, '02': T02, '03': T03, '04': T04, '05': T05, '06': T06, '07': T07, '08': T08, '09': T09 };

const ATTACHED_ONLY = `# 2024年度某市医疗保障局部门决算

第四部分 部门决算报表（见附表）

一、《收入支出决算总表》

二、《收入决算表》

三、《支出决算表》

四、《财政拨款收入支出决算总表》

五、《一般公共预算财政拨款支出决算表》

六、《一般公共预算财政拨款基本支出决算表》

七、《政府性基金预算财政拨款收入支出决算表》

八、《国有资本经营预算财政拨款收入支出决算表》

九、《财政拨款“三公”经费支出决算表》
`;

/**
 * The text says the tables are attached (见附件, 附件：…决算公开表, a file named as them) and prints
 * none of them or one or two (a 三公 table in its section), fewer than it says are attached: the set is
 * published elsewhere, one note for it (completeness.tables-printed), not one absence a table. A text
 * that prints more of them may be the attachment itself: a table it lacks is reported as before.
 */
const PRINTED_ASIDE = 2;
function tablesAttached(doc: Disclosure): boolean {
  const { tablesReferenced, tablesFound } = doc.coverage;
  return tablesReferenced.length > tablesFound.length && tablesFound.length <= PRINTED_ASIDE;
}

const printedNames = (ids: readonly TableId[]) => ids.map((id) => `公开${id}表`).join('、');

/**
 * Where the document prints a table's own number as a line of its own ("公开09表", set over the table
 * as the forms have it): the table is printed, only not read here (a text printed in a proportional
 * font, its columns at tab stops no reader of columns by position follows), so its absence is not proved.
 */
function printedLabel(doc: Disclosure, ids: readonly TableId[]): Disclosure['lines'][number] | undefined {
  return doc.lines.find((l) => {
    const m = /^\s*公开\s*(\d{1,2})\s*表\s*$/.exec(l.text);
    return !!m && ids.includes(String(Number(m[1])).padStart(2, '0') as TableId);
  });
}

/** The warning for tables whose number is printed but which were not read (see printedLabel). */
function unreadLabel(label: Disclosure['lines'][number], what: string): string {
  const where = label.location.page != null ? `第${label.location.page}页` : label.location.line != null ? `第${label.location.line}行` : '文中';
  return `${where}印有“${label.text.trim()}”，但未能按栏目读取${what}（排版未能识别），无法确证缺失，请核实`;
}

function presentRule(id: TableId): Rule {
  const def = TABLE_DEFS[id];
  const own = FRAGS[id];
  return defineRule({
    id: `completeness.table-${id}`,
    title: `公开${id}表（${def.title}）应随文公开`,
    category: 'completeness',
    severity: 'error',
    authority: AUTH,
    description: `部门决算公开应包含${tableName(id)}《${def.title}》；无数据时也应公开空表并说明原因。文中只列目录、注明“见附表”而未印出的，报告为警告（报表未随文公开），相关勾稽规则按数据不足处理；文中称报表另附、只印出一两张的，不逐表报告，由 completeness.tables-printed 报一条提示；文中有未能读取的图片的，该表可能以图片印出，报告为警告；文中印有该表的表号（“公开09表”单独成行）而未能读取该表的，按数据不足处理（该表已印出，只是未能读取，其检查未执行），不报缺失。`,
    cases: [
      { name: `印有${tableName(id)}`, text: docOf(own), expect: 'pass' },
      { name: `缺少${tableName(id)}`, text: docOf(id === '01' ? T02 : T01), expect: 'fail', mentions: tableName(id) },
      {
        name: `网页附有附件时未找到${tableName(id)}只是警告`,
        text: `${docOf(id === '01' ? T02 : T01)}\n\n/某局2024年度部门决算公开.pdf\n`,
        expect: 'fail',
        severity: 'warning',
        mentions: '另附',
      },
      {
        name: `印有${tableName(id)}的表号而未能读取该表：数据不足，不报缺失`,
        text: `${docOf(id === '01' ? T02 : T01)}\n\n公开${id}表\n`,
        expect: 'insufficient',
      },
    ],
    check(ctx) {
      if (ctx.doc.coverage.tablesFound.includes(id)) return;
      const unreadPages = ctx.doc.coverage.pagesUnread;
      if (unreadPages.length) return insufficient(`第${unreadPages.join('、')}页未能读取（扫描图像，无文字层），${tableName(id)}可能印在其中，无法判断是否缺失`);
      const images = ctx.doc.coverage.imagesUnread;
      // No table at all is one finding (completeness.tables-printed), not nine.
      if (ctx.doc.coverage.tablesFound.length === 0) return notApplicable('全文未印出任何公开表，已由 completeness.tables-printed 统一报告。');
      // The tables said to be attached, only a few of them printed here: one note for the set.
      if (tablesAttached(ctx.doc)) return insufficient(`文中称报表另附，只印出了${printedNames(ctx.doc.coverage.tablesFound as TableId[])}；${tableName(id)}是否公开无法在本文核对，已由 completeness.tables-printed 统一报告。`);
      if (ctx.doc.coverage.tablesReferenced.includes(id)) {
        ctx.report({
          severity: 'warning',
          message: `${tableName(id)}《${def.title}》未随文印出（仅列目录，见附表）；报表另附，无法核对其数据`,
          expected: def.title,
          actual: '仅列目录（见附表）',
          locations: [],
        });
        return;
      }
      // A document in another form is checked against the tables its own contents list declares.
      if (contentsListsTables(ctx.doc) && !declaredTables(ctx.doc).includes(id)) {
        return notApplicable(`本文目录未列${tableName(id)}《${def.title}》（按文件自身目录所列报表检查）`);
      }
      // The eight-table forms of earlier years and of several regions list no 公开08表 (国有资本经营).
      const referenced = ctx.doc.coverage.tablesReferenced;
      if (id === '08' && eightTableYear(ctx.doc)) return notApplicable(`${ctx.doc.facts.fiscalYear}年度的格式文本为八张表，不含国有资本经营预算财政拨款支出决算表`);
      if (id === '08' && referenced.length && !referenced.includes('08')) {
        return notApplicable('文中所列报表按八张表的格式，不含国有资本经营预算财政拨款支出决算表');
      }
      const other = !contentsListsTables(ctx.doc) && otherForm(ctx.doc);
      // A table pasted as a picture, or offered as the web page's attachment, is published, only not
      // read here: a missing table is then not proved.
      const attachments = ctx.doc.coverage.attachments;
      if (images || attachments.length) {
        const where = images ? `文中有${images}张图片未能读取，该表可能以图片印出` : `网页附有附件（${attachments.slice(0, 3).join('、')}${attachments.length > 3 ? '等' : ''}），该表可能另附`;
        ctx.report({
          severity: 'warning',
          message: `未找到${tableName(id)}《${def.title}》的文字；${where}，请核实`,
          expected: def.title,
          actual: images ? '未找到（可能为图片）' : '未找到（可能另附）',
          locations: [],
        });
        return;
      }
      const label = printedLabel(ctx.doc, [id]);
      // (The table is printed, as the other tables read beside it: its absence is no finding, its checks did not run.)
      if (label) return insufficient(`未找到${tableName(id)}《${def.title}》的数据：${unreadLabel(label, '该表')}`);
      // Point at where the table should have been: after the nearest lower-numbered table printed.
      const before = [...ctx.doc.tables].filter((t) => t.id < id).sort((a, b) => (a.id < b.id ? 1 : -1))[0];
      const anchor = before?.location ?? ctx.doc.sections.find((s) => s.key === 'tables')?.location;
      ctx.report({
        ...(other ? { severity: 'warning' as const } : {}),
        message: other
          ? `未找到${tableName(id)}《${def.title}》：本文格式与地方九张公开表不同且无目录可依，请核实该表是否应公开`
          : `缺少${tableName(id)}《${def.title}》，文中未找到该表${before ? `（应在公开${before.id}表之后）` : ''}${contentsListsTables(ctx.doc) ? '（本文目录列有此表）' : ''}`,
        expected: def.title,
        actual: '缺失',
        locations: anchor ? [anchor] : [],
      });
    },
  });
}

export const tablePresentRules = TABLE_IDS.map(presentRule);

/** The whole set missing is one cause: one finding, naming whether the tables are said to be attached. */
export const tablesPrinted = defineRule({
  id: 'completeness.tables-printed',
  title: '决算报表未随文公开',
  category: 'completeness',
  severity: 'error',
  authority: AUTH,
  description:
    '部门决算公开文本应印出公开01–09表。全文一张公开表都没有时报告一次（而不是九次）；文中注明“见附表”“详见附件”“作为附表附于…后”“（附电子表格）”、只列目录的，写明“附件：…部门决算公开表”而其后未印出报表的，或列出的附件文件名表明就是报表的（“…部门决算公开表.xls”“…决算报表.xlsx”，报表部分标题下的“附表”“报表”文件），以提示说明依赖报表的规则无法执行（所列报表不全时为警告）；文中称另附的报表多于印出的、且只印出一两张（如只在“三公”一节印出公开09表）时同样只报这一条提示，不逐表报告缺失；文中有未能读取的图片或网页附有其他附件的，报表可能以图片印出或另附，报告为警告；文本输入中报表部分只有标题、表名或表注而没有数字的（网页上的报表图片在复制的文字中丢失），同样报告为警告；文中印有表号（“公开01表”单独成行）而一张表也未能读取的，报告为警告。',
  cases: [
    { name: '印有报表', text: docOf(T05), expect: 'pass' },
    { name: '九张表另附（见附表）只是提示', text: ATTACHED_ONLY, expect: 'pass' },
    {
      name: '报表部分标题下注明见附件只是提示',
      text: '# 2024年度某局部门决算\n## 第二部分\n部门决算表\n某局此部分为excel导出表，见附件1。\n## 第三部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n',
      expect: 'pass',
    },
    { name: '另附的报表少了一张', text: ATTACHED_ONLY.replace(/九、[^\n]*\n/, ''), expect: 'fail', severity: 'warning', mentions: '公开09表' },
    { name: '另附的报表按八张表的格式列出（无国有资本经营表）', text: ATTACHED_ONLY.replace(/[^\n]*国有资本经营[^\n]*\n/, ''), expect: 'pass' },
    {
      name: '报表部分只有标题（报表为图片）只是警告',
      text: '# 2024年度某局部门决算\n## 第二部分 2024年度部门决算表\n## 第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n',
      expect: 'fail',
      severity: 'warning',
      mentions: '图片',
    },
    {
      name: '网页文字留有附件的文件名',
      text: '2023年度某医院单位决算\n\n/某医院2023年度决算公开.pdf\n\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n',
      expect: 'fail',
      severity: 'warning',
      mentions: '决算公开.pdf',
    },
    {
      name: '附件文件名表明是决算报表只是提示',
      text: '2023年度某医院单位决算\n\n/某医院2023年度决算报表.xls\n\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n',
      expect: 'pass',
    },
    {
      name: '网页并排列出的附件链接中有决算公开表只是提示',
      text: '2022年度\n某县某中心单位决算\n字体:【 】\n2022年某县某中心决算公开表.xls部门预算项目支出绩效自评表(2022年度).xlsx2022年度\n某县某中心单位决算\n目录\n\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2022年度收、支总计238.67万元。\n',
      expect: 'pass',
    },
    {
      name: '并排列出的附件只有绩效自评表：报表未见，可能另附（警告）',
      text: '2022年度\n某县某中心单位决算\n字体:【 】\n项目支出绩效自评表.xls 部门整体支出绩效自评表.xlsx\n\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2022年度收、支总计238.67万元。\n',
      expect: 'fail',
      severity: 'warning',
      mentions: '部门整体支出绩效自评表.xlsx',
    },
    {
      name: '报表部分标题下列出报表文件只是提示',
      text: '# 某中学2021年度部门决算\n## 第二部分 某中学2021年度部门决算公开报表\n某省某县第三中学部门决算公开表.xls\n## 第三部分 某中学2021年度部门决算情况说明\n一、收入支出决算总体情况说明\n2021年度收、支总计1888.26万元。\n',
      expect: 'pass',
    },
    {
      name: '报表部分标题下的附表文件只是提示',
      text: '# 某中学2021年度部门决算\n## 第二部分 某中学2021年度部门决算公开报表\n附表.xlsx\n## 第三部分 某中学2021年度部门决算情况说明\n一、收入支出决算总体情况说明\n2021年度收、支总计1888.26万元。\n',
      expect: 'pass',
    },
    {
      name: '报表经图片识别连成一行（财决公开01表及其各行）：已印出',
      text: '# 2023年度某中心部门决算\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2023年度收、支总计859.50万元。\n\n财决公开01表 金额单位:万元 项目 行次 金额 一一般公共预算财政拨款收入 1 812.40 一一般公共服务支出 32 0.00 五事业收入 5 35.10 五教育支出 36 790.25 八其他收入 8 12.00 八社会保障和就业支出 39 69.25\n',
      expect: 'pass',
    },
    {
      name: '附件行写报表名称（无文件名）只是提示',
      text: '# 2024年度某局部门决算\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n\n附件：某局2024年度部门决算公开表\n',
      expect: 'pass',
    },
    { name: '只印出公开09表、其余称另附：一条提示', text: `${docOf(T09)}\n部门决算公开表详情见附件。\n`, expect: 'pass' },
    {
      name: '报表部分标题下注明（见附表1-8）只是提示',
      text: '# 某县图书馆2022年度部门决算\n## 第二部分 2022年度部门决算明细表\n（见附表1-8）\n## 第三部分 2022年度部门决算情况说明\n一、收入支出决算总体情况说明\n2022年度收、支总计238.67万元。\n',
      expect: 'pass',
    },
    {
      name: '报表部分标题注明（附电子表格）只是提示',
      text: '# 某县幼儿园2020年度部门决算\n## 第二部分 某县幼儿园2020年度部门决算报表(附电子表格)\n表一:收入支出决算总表\n表二:收入决算表\n表三:支出决算表\n表四:财政拨款收入支出决算总表\n表五:一般公共预算财政拨款支出决算表\n表六:一般公共预算财政拨款基本支出决算表\n表七:一般公共预算财政拨款安排的“三公”经费支出决算表\n表八:政府性基金预算财政拨款收入支出决算表\n表九:国有资本经营预算财政拨款支出决算表\n## 第三部分 2020年度部门决算情况说明\n一、收入支出决算总体情况说明\n2020年度收入、支出总计238.67万元。\n',
      expect: 'pass',
    },
    {
      name: '称报表作为附表附于说明之后只是提示',
      text: '# 2024年度某局部门决算\n## 第三部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n\n注：以上决算公开表均作为附表，附于决算公开说明文档后。\n',
      expect: 'pass',
    },
    {
      name: '报表标题下只有表注（报表为图片）只是警告',
      text: '# 2024年度某局部门决算\n## 第二部分 2024年度部门决算表\n一、收入支出决算总表\n注：1.本表反映部门（单位）本年度的总收支和年末结转结余情况。\n二、收入决算表\n注：本套报表金额单位转换时可能存在尾数误差。\n## 第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n',
      expect: 'fail',
      severity: 'warning',
      mentions: '图片',
    },
    {
      name: '附件行列的是绩效自评表，不是报表',
      text: '# 2024年度某局部门决算\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n\n附件：2024年度项目支出绩效自评表\n',
      expect: 'fail',
      mentions: '公开01',
    },
    {
      name: '印有表号而未能读取报表只是警告',
      text: '# 2024年度某局部门决算\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n\n公开01表\n',
      expect: 'fail',
      severity: 'warning',
      mentions: '未能按栏目读取',
    },
    { name: '全无报表', text: '# 2024年度某局部门决算\n## 第二部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n', expect: 'fail', mentions: '公开01' },
  ],
  check(ctx) {
    const found = ctx.doc.coverage.tablesFound as TableId[];
    if (found.length > 0 && !tablesAttached(ctx.doc)) return;
    const unreadPages = ctx.doc.coverage.pagesUnread;
    if (unreadPages.length) return insufficient(`第${unreadPages.join('、')}页未能读取（扫描图像，无文字层），报表可能印在其中，无法判断是否缺失`);
    // Said to be attached ("（详见附件）", a file named as the tables): published, only elsewhere,
    // whatever pictures or other attachments the page has besides.
    const listed = ctx.doc.coverage.tablesReferenced;
    if (listed.length) {
      // 公开08表 (国有资本经营) is left out of the list by the eight-table forms of earlier years and
      // of several regions: not a defect of the list.
      const missing = TABLE_IDS.filter((id) => !listed.includes(id) && !found.includes(id) && id !== '08');
      // Tables published as an attachment are no defect of the text: a note that their checks did
      // not run; only a table the list itself leaves out is worth a warning.
      ctx.report({
        severity: missing.length ? 'warning' : 'info',
        message: `报表另附（见附表），未随本文印出：${printedNames(listed)}的表内与表间勾稽、说明与报表的核对均无法执行，请一并检查附表${found.length ? `（文中只印出${printedNames(found)}，已核对）` : ''}${missing.length ? `；所列报表中缺少${printedNames(missing)}` : ''}。`,
        expected: '公开01–09表',
        actual: found.length ? `另附${listed.length}张，印出${found.length}张` : `仅列目录（${listed.length}张）`,
        locations: [],
      });
      return;
    }
    const { imagesUnread, attachments } = ctx.doc.coverage;
    // Tables pasted as pictures, or offered as the page's attachments, are published, only not read here.
    if (imagesUnread || attachments.length) {
      const where = [imagesUnread ? `文中有${imagesUnread}张图片未能读取` : '', attachments.length ? `网页附有附件（${attachments.slice(0, 5).join('、')}${attachments.length > 5 ? '等' : ''}）` : ''].filter(Boolean);
      ctx.report({
        severity: 'warning',
        message: `全文未找到公开报表（公开01–09表）的文字；${where.join('，')}，报表可能以图片印出或另附，请核实。表内与表间勾稽、说明与报表的核对均无法执行。`,
        expected: '公开01–09表',
        actual: '未找到（可能为图片或附件）',
        locations: [],
      });
      return;
    }
    // The part for the tables is there, with nothing but its heading or the tables' names, in text
    // (copied from a web page or a file): they were pictures or links the text lost, not proved missing.
    // A PDF, Word file or web page counts its pictures itself (above).
    const empty = ['text', 'markdown'].includes(ctx.doc.format) ? emptyTablesPart(ctx.doc) : null;
    if (empty) {
      ctx.report({
        severity: 'warning',
        message: `“${empty.title.trim()}”下没有报表的数字（只有标题${declaredTables(ctx.doc).length ? '或表名' : ''}），报表可能以图片或附件公开、本文未能读取，请核实。表内与表间勾稽、说明与报表的核对均无法执行。`,
        expected: '公开01–09表',
        actual: '报表部分无数字',
        locations: [empty.location],
      });
      return;
    }
    const label = printedLabel(ctx.doc, TABLE_IDS);
    if (label) {
      ctx.report({ severity: 'warning', message: `全文未读取到任何公开报表：${unreadLabel(label, '报表')}。表内与表间勾稽、说明与报表的核对均无法执行。`, expected: '公开01–09表', actual: '印有表号，未能读取', locations: [label.location] });
      return;
    }
    ctx.report({
      message: '全文未印出任何公开报表（公开01–09表），也未注明另附；表内与表间勾稽、说明与报表的核对均无法执行。',
      expected: '公开01–09表',
      actual: '缺失',
      locations: [],
    });
  },
});

function allZeroOrBlank(t: PublicTable): boolean {
  return t.rows.length === 0 || isAllZero(t);
}

export const emptyStatement = defineRule({
  id: 'completeness.empty-statement',
  title: '空表应说明无数据的原因',
  category: 'completeness',
  severity: 'warning',
  authority: AUTH,
  description: '没有数据（全部为零或空白）的公开表仍应公开，并在表下或情况说明中写明原因（如“本单位没有政府性基金收入……故本表无数据”）。',
  cases: [
    { name: '公开07、08表空表附有说明', text: docOf(T07, T08), expect: 'pass' },
    { name: '公开07表空表无说明', text: docOf(swap(T07, '注：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。', '注：本表反映政府性基金收支。')), expect: 'fail', mentions: '公开07表' },
  ],
  check(ctx) {
    const empty = ctx.doc.tables.filter(allZeroOrBlank);
    if (!ctx.doc.tables.length) return notApplicable('文中未印出公开表');
    for (const t of empty) {
      if (t.emptyStatement) continue;
      ctx.report({
        message: `${tableName(t.id)}《${TABLE_DEFS[t.id].title}》没有数据（全部为零或空白），但表下和情况说明中都没有说明原因`,
        expected: '说明无数据原因（如“本单位没有……故本表无数据”）',
        actual: null,
        locations: [t.location],
      });
    }
  },
});

export const unitPresent = defineRule({
  id: 'completeness.unit-present',
  title: '公开表应注明金额单位',
  category: 'completeness',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》（各表表头“金额单位：万元”）',
  description: '每张公开表的表头应注明金额单位（金额单位：万元），否则读者无法判断数额大小。',
  cases: [
    { name: '注明金额单位：万元', text: docOf(T09), expect: 'pass' },
    { name: '未注明金额单位', text: docOf(swap(T09, '金额单位：万元', '')), expect: 'fail', mentions: '公开09表' },
  ],
  check(ctx) {
    if (!ctx.doc.tables.length) return notApplicable('文中未印出公开表');
    for (const t of ctx.doc.tables) {
      if (t.unit) continue;
      ctx.report({ message: `${tableName(t.id)}《${TABLE_DEFS[t.id].title}》未注明金额单位`, expected: '金额单位：万元', actual: null, locations: [t.location] });
    }
  },
});

/**
 * A table in 元 (or 千元) is read and compared in 万元, so nothing is lost to the check; and 万元 is not
 * every region's and year's format: real disclosures print their tables in 元 (常州 2016, 安徽省属高校
 * 2016, 山西新绛 2018, 甘肃环县 2015, 云南大关 2021 — test/real-pages 28, 486, 330, 362, 152). What
 * format a document had to follow cannot be told from it, so the unit is stated, not called wrong:
 * one note for the document, naming every table printed so.
 */
export const unitWanyuan = defineRule({
  id: 'completeness.unit-wanyuan',
  title: '公开表金额单位不是万元',
  category: 'completeness',
  severity: 'info',
  authority: '财政部《部门决算公开格式文本》（中央部门公开表金额单位为万元；各地格式不一，不少地区和年度以元列示）',
  description: '公开表以元或其他非万元单位列示时提示一次，列出这些表：核对时已换算为万元比较。不少地区和年度的格式以元列示，文件本身看不出应遵循哪一格式，因此只作提示，请按本地当年的格式核实。',
  cases: [
    { name: '金额单位：万元', text: docOf(T09), expect: 'pass' },
    { name: '金额单位：元', text: docOf(swap(T09, '金额单位：万元', '金额单位：元')), expect: 'fail', mentions: '元' },
    {
      name: '两张表以元列示：一条提示列出两表',
      text: docOf(swap(T09, '金额单位：万元', '金额单位：元'), swap(T07, '金额单位：万元', '金额单位：元')),
      expect: 'fail',
      mentions: '公开07表、公开09表',
    },
  ],
  check(ctx) {
    const withUnit = ctx.doc.tables.filter((t) => t.unit);
    if (!withUnit.length) return notApplicable('没有注明金额单位的公开表');
    // A table printed empty has no amount for its unit to apply to.
    const other = withUnit.filter((t) => t.unit !== '万元' && t.rows.length);
    if (!other.length) return;
    const units = [...new Set(other.map((t) => t.unit as string))];
    const named = units.map((u) => `${other.filter((t) => t.unit === u).map((t) => tableName(t.id)).join('、')}的金额单位为“${u}”`).join('，');
    ctx.report({
      message: `${named}（核对时已换算为万元）；公开表多以万元列示，也有地区和年度的格式以${units.join('、')}列示，请按本地当年的格式核实`,
      expected: '万元',
      actual: units.join('、'),
      locations: other.map((t) => t.location),
    });
  },
});

export const entityNamed = defineRule({
  id: 'completeness.table-entity',
  title: '公开表应注明编制单位',
  category: 'completeness',
  severity: 'info',
  authority: '财政部《部门决算公开格式文本》（各表表头“单位：……”）',
  description: '公开表表头应注明编制单位（单位：××部门），以便区分部门汇总与单位本级口径。',
  cases: [
    { name: '注明单位', text: docOf(T09), expect: 'pass' },
    { name: '未注明单位', text: docOf(swap(T09, '单位：荣成市医疗保障局（本级）', '')), expect: 'fail', mentions: '公开09表' },
  ],
  check(ctx) {
    if (!ctx.doc.tables.length) return notApplicable('文中未印出公开表');
    for (const t of ctx.doc.tables) {
      if (t.entity) continue;
      ctx.report({ message: `${tableName(t.id)}《${TABLE_DEFS[t.id].title}》表头未注明编制单位`, locations: [t.location] });
    }
  },
});

/** Columns every printing of a table must have (07/08 variants differ in the 年初/年末 columns). */
const REQUIRED_COLUMNS: Partial<Record<TableId, string[]>> = {
  '02': ['total', 'fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'],
  '03': ['total', 'basic', 'project', 'toSuperior', 'operating', 'toAffiliated'],
  '05': ['total', 'basic', 'project'],
  '07': ['opening', 'income', 'total', 'basic', 'project', 'closing'],
  '08': ['total', 'basic', 'project'],
  '09': ['budget.total', 'budget.abroad', 'budget.vehicle', 'budget.reception', 'actual.total', 'actual.abroad', 'actual.vehicle', 'actual.reception'],
};

export const columns = defineRule({
  id: 'completeness.table-columns',
  title: '公开表应列全标准栏目',
  category: 'completeness',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》（公开02、03、05、07、08、09表栏目）',
  description: '公开表应按统一格式列全栏目（如公开02表的上级补助收入、事业收入等，公开09表的预算数与决算数），删减栏目会使表内、表间勾稽无法核对。',
  cases: [
    { name: '荣成市公开09表', text: docOf(T09), expect: 'pass' },
    {
      name: '公开09表只列决算数',
      text: docOf(`# 财政拨款“三公”经费支出决算表

公开09表

单位：某局

金额单位：万元

合计	因公出国（境）费	公务用车购置及运行维护费	公务接待费
0.94	0.00	0.00	0.94
`),
      expect: 'fail',
      mentions: '预算数',
    },
  ],
  check(ctx) {
    const tables = ctx.doc.tables.filter((t) => REQUIRED_COLUMNS[t.id] && t.rows.length);
    if (!tables.length) return notApplicable('没有读到数据行的公开02、03、05、07、08、09表');
    for (const t of tables) {
      // Columns printed but not read (copied text) are there, only unread.
      const have = new Set([...t.rows.flatMap((r) => Object.keys(r.cells)), ...(t.unreadColumns ?? [])]);
      const missing = (REQUIRED_COLUMNS[t.id] as string[]).filter((k) => !have.has(k));
      if (!missing.length) continue;
      const labels = missing.map((k) => TABLE_DEFS[t.id].columns.find((c) => c.key === k)?.label ?? k);
      ctx.report({ message: `${tableName(t.id)}缺少标准栏目：${labels.join('、')}`, expected: labels.join('、'), actual: null, locations: [t.location] });
    }
  },
});

export const nonEmptyClaimsEmpty = defineRule({
  id: 'completeness.empty-statement-contradiction',
  title: '有数据的表不应称“无数据”',
  category: 'completeness',
  severity: 'warning',
  authority: AUTH,
  description: '表内列有非零数据，表下注释却称“本表无数据”或“为空表”，二者矛盾（常见于套用上年模板）。',
  cases: [
    { name: '空表附无数据说明', text: docOf(T07), expect: 'pass' },
    {
      name: '有数据的公开08表注明无数据',
      text: docOf(swap(T08, '合计\t\t0.00\t0.00\t0.00', '合计\t\t6.00\t0.00\t6.00')),
      expect: 'fail',
      mentions: '6.00',
    },
  ],
  check(ctx) {
    if (!ctx.doc.tables.length) return notApplicable('文中未印出公开表');
    for (const t of ctx.doc.tables) {
      if (!t.emptyStatement || !/无数据|为空表|空表/.test(t.emptyStatement) || isAllZero(t)) continue;
      const fig = t.rows.flatMap((r) => Object.values(r.cells)).find((f) => f && !new Decimal(f.value).isZero());
      // Columns left unread keep the table from being known all zero, but prove no figure in it.
      if (!fig) continue;
      ctx.report({
        message: `${tableName(t.id)}列有非零数据（如${fig.raw}），但说明称“${t.emptyStatement}”`,
        actual: fig.raw,
        locations: [t.location, fig.location],
        // The explanation saying the same table's spending is none states this contradiction already.
        explainedBy: { causes: [], orBy: [saidEmptyCause(t.id)], because: `表下注释亦称“${t.emptyStatement}”` },
      });
    }
  },
});

export const tableCompletenessRules: Rule[] = [tablesPrinted, ...tablePresentRules, emptyStatement, nonEmptyClaimsEmpty, unitPresent, unitWanyuan, entityNamed, columns];
