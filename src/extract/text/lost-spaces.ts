/**
 * A page saved in a narrower character set turns each non-breaking or ideographic space into "?"
 * ("目 ???录", "????三、支出决算表", "第一部分 ?某某县概况"): headings and contents entries then
 * no longer start with their numbers. Such a "?" is a space again, one for one, so that columns of
 * laid-out text keep their places. A lone "?" inside a word may stand for a lost character, and a
 * URL's "?" is no space: both stay.
 */
export function restoreLostSpaces(text: string): string {
  if (!text.includes('?')) return text;
  return text.replace(/(^|[ \t\u3000])\?+|\?{2,}|\?+(?=[ \t\u3000]|$)/gm, (m: string, lead: string | undefined) => (lead ?? '') + ' '.repeat(m.length - (lead?.length ?? 0)));
}
