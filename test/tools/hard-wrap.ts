/**
 * Re-typesets a text sample as a copy out of a PDF would have it: every paragraph broken at a fixed
 * display width (CJK = 2 columns), never inside a run of ASCII such as a number, as word processors
 * break lines; optionally a page number every `pageEvery` lines. Tables (tab or pipe rows) and
 * Markdown headings are left as they are.
 */
export function hardWrap(text: string, width: number, opts: { pageEvery?: number } = {}): string {
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
  if (!opts.pageEvery) return out.join('\n');
  // Page breaks as a PDF's text layer leaves them: a blank line, the page number, a blank line,
  // mid-paragraph included; within a table the break moves to after it (tables split across pages
  // are a layout of their own, not exercised here).
  const paged: string[] = [];
  const inTable = (l: string | undefined) => l != null && (l.includes('\t') || l.startsWith('|'));
  let page = 0;
  let due = false;
  out.forEach((l, k) => {
    paged.push(l);
    if ((k + 1) % opts.pageEvery! === 0) due = true;
    if (due && !inTable(l) && !inTable(out[k + 1])) {
      paged.push('', `— ${++page} —`, '');
      due = false;
    }
  });
  return paged.join('\n');
}
