import type { SourceLine } from './spaced-table.js';

/** Fewest lines with text a page needs before its shape says anything. */
const MIN_LINES = 20;
/** Share of a page's lines that hold a single character for the page to be read as sideways. */
const SINGLE_SHARE = 0.6;

/**
 * Pages whose text came out a character a line: a page printed sideways (turned by the PDF's /Rotate, a
 * landscape table on a portrait page) copied by a tool that lays text out as the page shows it (pdfminer,
 * pdfplumber), so each character of a vertical line is a line of its own and no sentence, row or heading
 * survives. Such a page cannot be read; what is on it is not known to be absent either.
 */
export function sidewaysPages(lines: readonly SourceLine[]): Set<number> {
  const counts = new Map<number, { text: number; single: number }>();
  for (const l of lines) {
    if (l.page == null) continue;
    const t = l.text.trim();
    if (!t) continue;
    const c = counts.get(l.page) ?? { text: 0, single: 0 };
    c.text++;
    if ([...t].length === 1) c.single++;
    counts.set(l.page, c);
  }
  const out = new Set<number>();
  for (const [page, c] of counts) if (c.text >= MIN_LINES && c.single >= c.text * SINGLE_SHARE) out.add(page);
  return out;
}

/** A numbered item's number at the start of a line, by the kind of number ("三、", "（二）", "4."). */
const NUMBERED: [string, RegExp][] = [
  ['han', /^\s*([一二三四五六七八九十]{1,3})、/],
  ['paren', /^\s*[（(]([一二三四五六七八九十]{1,3})[)）]/],
  ['arabic', /^\s*(\d{1,2})[.、．](?!\d)/],
];
const HAN = '一二三四五六七八九十';
const hanValue = (s: string) => (s.length === 1 ? HAN.indexOf(s) + 1 : s === '十' ? 10 : s.startsWith('十') ? 10 + HAN.indexOf(s[1] as string) + 1 : NaN);

/**
 * Pages whose lines came out last to first: a page printed upside down (turned 180° by /Rotate) copied by a
 * tool that lays text out as the page shows it. Each line reads right, but the page's numbered items run
 * down ("四、" before "三、" before "二、"), which no page is written in: three or more steps down and none up.
 */
export function upsideDownPages(lines: readonly SourceLine[]): Set<number> {
  const steps = new Map<number, { up: number; down: number }>();
  const last = new Map<string, number>();
  let page: number | null = null;
  for (const l of lines) {
    if (l.page == null) continue;
    if (l.page !== page) {
      page = l.page;
      last.clear();
    }
    for (const [kind, re] of NUMBERED) {
      const m = re.exec(l.text);
      if (!m) continue;
      const v = kind === 'arabic' ? Number(m[1]) : hanValue(m[1] as string);
      const before = last.get(kind);
      last.set(kind, v);
      if (before === undefined || Number.isNaN(v)) break;
      const s = steps.get(page) ?? { up: 0, down: 0 };
      if (v === before + 1) s.up++;
      else if (v === before - 1) s.down++;
      steps.set(page, s);
      break;
    }
  }
  const out = new Set<number>();
  for (const [p, s] of steps) if (s.down >= 3 && s.up === 0) out.add(p);
  return out;
}

/** The lines with each of `pages` put back top to bottom (its lines in reverse order, in place). */
export function righted(lines: readonly SourceLine[], pages: ReadonlySet<number>): SourceLine[] {
  if (!pages.size) return [...lines];
  const out = [...lines];
  for (const p of pages) {
    const at = out.flatMap((l, i) => (l.page === p ? [i] : []));
    const texts = at.map((i) => (out[i] as SourceLine).text).reverse();
    at.forEach((i, k) => { out[i] = { ...(out[i] as SourceLine), text: texts[k] as string }; });
  }
  return out;
}

/**
 * The text's lines as they can be read: pages copied last line first put back in order, pages copied a
 * character a line emptied (they cannot be read) and named in `unread`.
 */
export function readablePages(lines: readonly SourceLine[]): { lines: SourceLine[]; unread: number[] } {
  const upright = righted(lines, upsideDownPages(lines));
  const sideways = sidewaysPages(upright);
  if (!sideways.size) return { lines: upright, unread: [] };
  return { lines: upright.map((l) => (l.page != null && sideways.has(l.page) ? { ...l, text: '' } : l)), unread: [...sideways].sort((a, b) => a - b) };
}
