/**
 * Re-typesets a text sample as a copy out of a PDF would have it: every paragraph broken at a fixed
 * display width (CJK = 2 columns), never inside a run of ASCII such as a number, as word processors
 * break lines. Tables (tab or pipe rows) and Markdown headings are left as they are.
 */
export function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  const cols = (s: string) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t') || line.startsWith('|') || line.startsWith('#')) {
      out.push(line);
      continue;
    }
    // Converter markers ([bookmark: …]) are not printed, so they take no width.
    const printed = line.replace(/\[(?:bookmark|image):[^\]]*\]/g, '').trim();
    let cur = '';
    for (const token of printed.match(/[\x21-\x7e]+|./gu) ?? []) {
      if (cur && cols(cur) + cols(token) > width) {
        out.push(cur);
        cur = '';
      }
      cur += token;
    }
    out.push(cur);
  }
  return out.join('\n');
}
