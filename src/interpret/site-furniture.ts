/**
 * A web page's banner, breadcrumb and dates ("欢迎来到某某网站!", "您现在的位置：首页 > …", "今天是2024年7月27日",
 * "更新时间:2023/9/10 9:44:39 浏览:9730"): they name the site and the day it was read, not the
 * document, and no sentence runs into or out of them.
 */
export const SITE_FURNITURE = /^欢迎(?:来到|访问|光临)|网站[!！]?$|您(?:现在)?的位置|当前位置[:：]|^今天是|^今日是|更新时间[:：]|发布(?:时间|日期)[:：]|浏览(?:次数|量)?[:：]\s*\d|打印(?:此|本)页|关闭窗口/;
