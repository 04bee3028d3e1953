/**
 * Counts written in Chinese numerals ("六个", "十二辆", "二十一个"): the numerals of a count up to 999, as
 * a pattern's source and their value. Only what a count of projects, vehicles or trips is written with:
 * no 千/万, no fractions.
 */
export const CN_COUNT = '[零〇一二两三四五六七八九十百]+';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a count in Chinese numerals (十二 12, 二十 20, 一百零五 105), or null if it is no well-formed number. */
export function cnCountValue(s: string): number | null {
  if (!s || !new RegExp(`^${CN_COUNT}$`).test(s)) return null;
  let total = 0;
  let rest = s;
  for (const [mark, scale] of [['百', 100], ['十', 10]] as const) {
    const i = rest.indexOf(mark);
    if (i < 0) continue;
    const head = rest.slice(0, i);
    // (十二: the 一 before 十 left out; 百 needs its digit.)
    const d = head === '' ? (mark === '十' ? 1 : null) : head.length === 1 ? DIGITS[head] : undefined;
    if (d == null || (head !== '' && d === 0)) return null;
    total += d * scale;
    rest = rest.slice(i + 1).replace(/^[零〇]/, '');
  }
  if (rest.length > 1) return null;
  if (rest) {
    const d = DIGITS[rest];
    if (d == null) return null;
    total += d;
  }
  return total;
}

/** A count written in digits or in Chinese numerals: its value, or null. */
export function countValue(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : cnCountValue(s);
}
