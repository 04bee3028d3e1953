/**
 * Text made of a table's cells read across the columns, a few characters of each at a time: the
 * reading order a PDF's narrow wrapped cells get from a plain-text copy ("出 - 比 凭期标 例 证 值，准 赋
 * 节约分"). Such a line is no sentence: what seems a word or a figure left out in it is an artefact.
 * Known by its single characters standing alone between spaces with characters either side, which
 * Chinese prose never prints (spaced figures and dates, "截至 2024 年 12 月", have digits beside them).
 */
const LONE_CHARACTER = /(?<=[\u4e00-\u9fa5][ \u3000\t]+)[\u4e00-\u9fa5](?=[ \u3000\t]+[\u4e00-\u9fa5])/g;

/**
 * Is this line a soup of table cells rather than text: three lone characters or more, and one in
 * twelve of its characters or more (a cover flattened into one line, "2021 年 度 部门决算… 目 第一部分 录",
 * has a few letter-spaced words among hundreds of characters)?
 */
export function isCellSoup(text: string): boolean {
  if (text.length < 12) return false;
  let n = 0;
  LONE_CHARACTER.lastIndex = 0;
  while (LONE_CHARACTER.exec(text)) n++;
  return n >= 3 && n * 12 >= (text.match(HAN) ?? []).length;
}

const HAN = /[\u4e00-\u9fa5]/g;
