import type { Block, TableCell } from '../model/layout.js';

/**
 * A web page's banner, breadcrumb and dates ("欢迎来到某某网站!", "您现在的位置：首页 > …", "您当前的位置:首页>…>预算/决算", "今天是2024年7月27日",
 * "更新时间:2023/9/10 9:44:39 浏览:9730", "设为首页 | 繁体中文 |无障碍浏览", a hosting site's "查看隐藏内容(*)需先登录"): they name
 * the site and the day it was read, not the document, and no sentence runs into or out of them.
 */
export const SITE_FURNITURE = /^欢迎(?:来到|访问|光临)|网站[!！]?$|您(?:现在|当前)?的?位置|当前的?位置[:：]|^首页\s*[>＞»›]|^今天是|^今日是|更新时间[:：]|(?:发布|公开)(?:时间|日期)[:：]|浏览(?:次数|量)?[:：]\s*\d|打印(?:此|本)页|关闭窗口|当前文档共\s*\d+\s*页|下载后继续阅读|^下载文档$|设为首页|加入收藏|繁[体體]中文|无障碍(?:浏览|阅读)|^查看隐藏内容|需先?登录(?:后?(?:查看|阅读|下载))?$|^登录后(?:查看|阅读|可见)/;

/**
 * A field of a government site's information panel ("索 引 号:11J030/…", "信息名称:2022年度…部门决算公开",
 * "发布日期:2023-08-18", "索引号 640522017/2024-00673 文号 …"): a line of its own, whose value may
 * still be the document's title. A label of four characters or more is a field with a space after it too.
 */
export const PAGE_FIELD =
  /^(?:(?:索\s*引\s*号|信\s*息\s*名\s*称|名\s*称|内容概述|生成日期|成文日期|发文日期|公开日期|发布日期|文\s*号|信息有效性|时\s*效\s*性|有\s*效\s*性|公开责任部门|发布机构|发文机关|所属机构|责任部门|主题分类|体裁分类|组配分类|服务对象|公开方式|公开范围|公开程序|公开时限|公开形式|信息来源|来\s*源|点\s*击|发\s*布\s*人|日\s*期|时\s*间)\s*[:：]|(?:索\s*引\s*号|信息名称|生成日期|成文日期|发文日期|公开日期|发布日期|公开责任部门|发布机构|发文机关|所属机构|责任部门|主题分类|体裁分类|组配分类|服务对象|公开方式|公开范围|公开程序|公开时限|公开形式|信息来源)\s+\S)/;

/** A portal's field label on a line of its own: "[ 索引号 ]", "【发布机构】", "• 体裁分类", "• [ 体裁分类 ]" in a list of fields. */
const FIELD_LABEL =
  /^(?:[•·●○■□◆◇▪▫►‣※]\s*|[-*]\s+)?(?:[[【]\s*[\u4e00-\u9fa5]{2,8}\s*[\]】]|(?:[•·●○■□◆◇▪▫►‣※]\s*|[-*]\s+)?(?:索\s*引\s*号|主题分类|体裁分类|组配分类|服务对象|发布机构|发文机关|成文日期|发布日期|公开日期|发文字号|文\s*号|有\s*效\s*性|标\s*题|信息名称|公开方式|公开范围|关\s*键\s*词))$/;
/** The labels whose value is the document's own title. */
const TITLE_LABEL = /^(?:[•·●○■□◆◇▪▫►‣※-]\s*)?(?:[[【]\s*)?(?:标\s*题|信息名称)\s*[\]】]?$/;
/** A list bullet before a line's text ("• 来源:财务处", "- 时效性: 有效"), as portals set one before each field. */
export const BULLET = /^(?:[•·●○■□◆◇▪▫►‣※]\s*|[-*]\s+(?=\D))/;

/**
 * A portal's fields, each label on a line and its value on the next ("[ 索引号 ]" / "1150…", "• 体裁分类" /
 * "• 财政预算、决算"): what the page files the document under ("财政预算、决算" is its column), not its
 * cover. The lines to leave out of the cover (labels and values), and the line of the title field's
 * value, which is the document's title.
 */
export function portalFields(paras: readonly string[]): { fields: Set<number>; title: number | null } {
  const fields = new Set<number>();
  let title: number | null = null;
  paras.slice(0, 60).forEach((p, i) => {
    const t = p.trim();
    if (!FIELD_LABEL.test(t)) return;
    fields.add(i);
    if (i + 1 >= paras.length || FIELD_LABEL.test((paras[i + 1] as string).trim())) return;
    if (TITLE_LABEL.test(t)) title ??= i + 1;
    fields.add(i + 1);
  });
  return { fields, title };
}

/** A title field's label as a table's first cell ("标题:", "信息名称："). */
const TITLE_FIELD_CELL = /^(?:标\s*题|信息名称)\s*[:：]?$/;

/**
 * The value of a portal's title field when the page sets its fields as rows of a table ("标题: | 某镇2020年
 * 预算执行和2021年预算草案 | |"), in the first blocks of the page: the document's own title, as the value of
 * a title field on a line of its own is.
 */
export function titleFieldCell(blocks: readonly Block[], within: number): TableCell | null {
  for (const b of blocks.slice(0, within)) {
    if (b.kind !== 'table') continue;
    for (const row of b.rows.slice(0, 8)) {
      const cells = row.filter((c) => c.text.trim() !== '');
      if (cells.length >= 2 && TITLE_FIELD_CELL.test((cells[0] as TableCell).text.trim())) return cells[1] as TableCell;
    }
  }
  return null;
}
