// The defects `npm run perturb` seeds, one kind each: where in a prose line a kind can strike (its
// spans) and what the slip writes there (its rewrite). Targets are found by regular expressions on the
// text, never by the checker's reading, so that what is measured does not depend on what the checker
// reads. Each kind changes one figure, one word or one unit (the name swap: one pair of names).
import { Decimal } from 'decimal.js';
import type { Random } from '../../test/fuzz/random.js';

/** The prose kinds: a slip in a sentence of the explanation (the default run). */
export const KIND_IDS = ['direction', 'digit', 'neighbour', 'swap', 'x10', 'flat', 'percent', 'names', 'unit-yi', 'unit-yuan', 'year'] as const;
/** The table kinds: a slip in one amount cell of a table row (`--kinds cells`). */
export const CELL_KIND_IDS = ['cell-digit', 'cell-neighbour', 'cell-swap', 'cell-x10', 'cell-columns'] as const;
export const ALL_KIND_IDS = [...KIND_IDS, ...CELL_KIND_IDS] as const;
export type KindId = (typeof ALL_KIND_IDS)[number];

/** What a kind may need to know of the whole document. */
export interface DocContext {
  /** The account's year (the most frequent "20xx年度"), for 上年 → the account's year; null when none. */
  year: number | null;
}

/** A character range [start, end) of one line. */
export interface Span {
  start: number;
  end: number;
}

export interface Kind {
  id: KindId;
  /** Which lines the kind strikes: sentences of the explanation, or rows of a table. */
  where: 'prose' | 'table';
  /** The kind in a few words, for the table. */
  label: string;
  /** Where in `line` this kind can strike; every span returned can be rewritten into other text. */
  spans(line: string, ctx: DocContext): Span[];
  /** The span's text as the slip writes it: never equal to `text`. */
  rewrite(text: string, rng: Random, ctx: DocContext): string;
}

/** A printed number (ASCII digits, optional thousands commas and decimals), not the tail of another. */
const NUM = String.raw`(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?`;
/** An amount: a number followed by 万元, 亿元 or 元. */
const AMOUNT = new RegExp(`${NUM}(?=\\s*[万亿]?元)`, 'g');
const DIRECTION: Record<string, string> = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长', 上升: '下降', 多: '少', 少: '多' };
/** Names a writer may put in each other's place, as pairs. */
export const NAME_PAIRS: readonly (readonly [string, string])[] = [
  ['基本支出', '项目支出'],
  ['工资福利支出', '商品和服务支出'],
  ['人员经费', '公用经费'],
  ['因公出国（境）费', '公务接待费'],
  ['公务用车购置费', '公务用车运行维护费'],
];

/** The figure within a few characters after a name, before any list mark or other clause. */
const figureNext = (rest: string) => /^[^，、。；,和及与]{0,8}?(\d[\d,]*(?:\.\d+)?)/.exec(rest)?.[1];

/**
 * A prose line: a sentence, not a table row. Decided simply: no table markers (`|` of Markdown tables,
 * tabs of copied rows), at least 8 Han characters and a sentence mark (，。；). Rows of copied tables
 * ("2080505 545.85 545.85"), headers and one-cell-per-line sheets fail it.
 */
export function isProse(line: string): boolean {
  if (/[|\t]/.test(line)) return false;
  return (line.match(/\p{Script=Han}/gu)?.length ?? 0) >= 8 && /[，。；]/.test(line);
}

/** Every match of the global pattern `re` in `line`, as a span. */
function matches(line: string, re: RegExp): Span[] {
  return [...line.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

const at = (line: string, s: Span) => line.slice(s.start, s.end);

/** Whether a printed number is other than zero: a slip of direction or unit on 0 changes nothing. */
const nonZero = (text: string | undefined) => text != null && /[1-9]/.test(text);
/** The number right after a span (past 了/为 and spaces), and the one right before it. */
const numberAfter = (line: string, s: Span) => /^\s*(?:了|为)?\s*(\d[\d,]*(?:\.\d+)?)/.exec(line.slice(s.end))?.[1];
const numberBefore = (line: string, s: Span) => /(\d[\d,]*(?:\.\d+)?)\s*$/.exec(line.slice(0, s.start))?.[1];

const digitKind = (id: KindId, label: string, applies: (text: string) => boolean, rewrite: Kind['rewrite']): Kind => ({
  id,
  where: 'prose',
  label,
  spans: (line) => matches(line, AMOUNT).filter((s) => applies(at(line, s))),
  rewrite,
});

/** A table cell that is an amount: a whole cell of digits with decimals (codes and 行次 have none). */
const CELL_AMOUNT = /^\d{1,3}(?:,\d{3})+\.\d+$|^\d+\.\d+$/;

/**
 * A table row's cells: split by `|` (Markdown, not the `|---|` rule), by tabs (copied rows), or, in a
 * line with neither that is not a sentence, by runs of spaces (the space-aligned rows of a .txt); a
 * row has at least two cells that are not empty.
 */
export function tableCells(line: string): Span[] {
  const sep = line.includes('|') ? /[^|]+/g : line.includes('\t') ? /[^\t]+/g : isProse(line) ? null : /\S+/g;
  if (sep == null || /^\s*\|?\s*:?-{3,}/.test(line)) return [];
  const cells = matches(line, sep).flatMap((s) => {
    const text = at(line, s);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    return trimmed ? [{ start: s.start + lead, end: s.start + lead + trimmed.length }] : [];
  });
  return cells.length >= 2 ? cells : [];
}

/** The amount cells of a table row. */
export const amountCells = (line: string): Span[] => tableCells(line).filter((s) => CELL_AMOUNT.test(at(line, s)));

/** A table kind: one amount cell rewritten as the prose kind `of` rewrites an amount. */
const cellKind = (id: KindId, label: string, of: Kind, applies: (text: string) => boolean): Kind => ({
  id,
  where: 'table',
  label,
  spans: (line) => amountCells(line).filter((s) => applies(at(line, s))),
  rewrite: of.rewrite,
});

/** The positions of the digits of a printed number. */
const digitPositions = (text: string) => [...text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));

const PROSE_KINDS: Record<(typeof KIND_IDS)[number], Kind> = {
  direction: {
    id: 'direction',
    where: 'prose',
    label: '方向词反',
    // A direction word directly before its figure ("减少219.28万元", "下降 8.77%", "少3辆"); 少 of 减少 is not one.
    spans: (line) => matches(line, /(增加|减少|增长|下降|上升|多|(?<![减增])少)(?=\s*(?:了|为)?\s*\d)/g).filter((s) => nonZero(numberAfter(line, s))),
    rewrite: (text) => DIRECTION[text] ?? text,
  },
  digit: digitKind(
    'digit',
    '改一位数字',
    (t) => digitPositions(t).length > 0,
    (text, rng) => {
      const ps = digitPositions(text);
      const p = rng.pick(ps);
      // A leading digit does not become 0 (that would print as another number's form, not a slip of one digit).
      const leading = p === ps[0] && /[\d,]/.test(text[p + 1] ?? '');
      const options = [...'0123456789'].filter((d) => d !== text[p] && !(leading && d === '0'));
      return text.slice(0, p) + rng.pick(options) + text.slice(p + 1);
    },
  ),
  neighbour: digitKind(
    'neighbour',
    '末位±1',
    () => true,
    // The last printed digit one up or down (0 only up, 9 only down): a value one printed unit off, no carry.
    (text, rng) => {
      const last = Number(text.at(-1));
      const step = last === 0 ? 1 : last === 9 ? -1 : rng.pick([1, -1]);
      return text.slice(0, -1) + String(last + step);
    },
  ),
  swap: digitKind(
    'swap',
    '相邻两位互换',
    (t) => [...t].some((c, i) => /\d/.test(c) && /\d/.test(t[i + 1] ?? '') && c !== t[i + 1]),
    (text, rng) => {
      const pairs = [...text].flatMap((c, i) => (/\d/.test(c) && /\d/.test(text[i + 1] ?? '') && c !== text[i + 1] ? [i] : []));
      const i = rng.pick(pairs);
      return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    },
  ),
  x10: digitKind(
    'x10',
    '小数点右移(×10)',
    (t) => !new Decimal(t.replace(/,/g, '')).isZero(),
    // Ten times the value with one decimal fewer: the point moved one place (thousands commas dropped).
    (text) => {
      const plain = text.replace(/,/g, '');
      const decimals = plain.split('.')[1]?.length ?? 0;
      return new Decimal(plain).times(10).toFixed(Math.max(0, decimals - 1));
    },
  ),
  flat: {
    id: 'flat',
    where: 'prose',
    label: '变动写成持平',
    // A change other than zero (增加0.00万元 written 持平 is a correction, not a slip).
    spans: (line) => matches(line, new RegExp(`(?:增加|减少|增长|下降)\\s*${NUM}\\s*万元`, 'g')).filter((s) => nonZero(at(line, s))),
    rewrite: () => '持平',
  },
  percent: {
    id: 'percent',
    where: 'prose',
    label: '漏%',
    spans: (line) => matches(line, new RegExp(`(?<=${NUM}\\s*)%`, 'g')),
    rewrite: () => '',
  },
  names: {
    id: 'names',
    where: 'prose',
    label: '两名称互换',
    // Within one sentence (up to 。), the first occurrences of the two names of a pair, as one span,
    // where each name has its own figure after it ("基本支出816.48万元…项目支出1463.8万元") and the two
    // differ: names only listed ("包括人员经费和公用经费") may come in any order, and 0 for 0 is no slip.
    spans: (line) =>
      matches(line, /[^。]+/g).flatMap((sentence) => {
        const s = at(line, sentence);
        return NAME_PAIRS.flatMap(([a, b]) => {
          const i = s.indexOf(a);
          const j = s.indexOf(b);
          if (i < 0 || j < 0) return [];
          const [first, second] = i < j ? [{ i, n: a }, { i: j, n: b }] : [{ i: j, n: b }, { i, n: a }];
          if (first.i + first.n.length > second.i) return [];
          const x = figureNext(s.slice(first.i + first.n.length));
          const y = figureNext(s.slice(second.i + second.n.length));
          if (x == null || y == null || x === y) return [];
          return [{ start: sentence.start + first.i, end: sentence.start + second.i + second.n.length }];
        });
      }),
    rewrite: (text) => {
      const pair = NAME_PAIRS.find(([a, b]) => (text.startsWith(a) && text.endsWith(b)) || (text.startsWith(b) && text.endsWith(a)));
      if (!pair) return text;
      const first = text.startsWith(pair[0]) ? pair[0] : pair[1];
      const second = first === pair[0] ? pair[1] : pair[0];
      return second + text.slice(first.length, text.length - second.length) + first;
    },
  },
  'unit-yi': {
    id: 'unit-yi',
    where: 'prose',
    label: '万元→亿元',
    spans: (line) => matches(line, new RegExp(`(?<=${NUM}\\s*)万元`, 'g')).filter((s) => nonZero(numberBefore(line, s))),
    rewrite: () => '亿元',
  },
  'unit-yuan': {
    id: 'unit-yuan',
    where: 'prose',
    label: '万元→元',
    spans: (line) => matches(line, new RegExp(`(?<=${NUM}\\s*)万元`, 'g')).filter((s) => nonZero(numberBefore(line, s))),
    rewrite: () => '元',
  },
  year: {
    id: 'year',
    where: 'prose',
    label: '比较年份错',
    // 比/较/与/同 2023年 → 2022年; 比/较/与/同 上年 → the account's own year ("较上年度" → "较2024年度").
    spans: (line, ctx) => [
      ...matches(line, /(?<=(?:比|较|与|同)\s*)20\d\d(?=\s*年)/g),
      ...(ctx.year == null ? [] : matches(line, /(?<=(?:比|较|与|同))上年/g)),
    ].sort((a, b) => a.start - b.start),
    rewrite: (text, _rng, ctx) => (text === '上年' ? `${ctx.year}年` : String(Number(text) - 1)),
  },
};

export const KINDS: Record<KindId, Kind> = {
  ...PROSE_KINDS,
  'cell-digit': cellKind('cell-digit', '表格改一位数字', PROSE_KINDS.digit, () => true),
  'cell-neighbour': cellKind('cell-neighbour', '表格末位±1', PROSE_KINDS.neighbour, () => true),
  'cell-swap': cellKind('cell-swap', '表格相邻两位互换', PROSE_KINDS.swap, (t) => [...t].some((c, i) => /\d/.test(c) && /\d/.test(t[i + 1] ?? '') && c !== t[i + 1])),
  'cell-x10': cellKind('cell-x10', '表格小数点右移', PROSE_KINDS.x10, (t) => !new Decimal(t.replace(/,/g, '')).isZero()),
  'cell-columns': {
    id: 'cell-columns',
    where: 'table',
    label: '同行两列互换',
    // Two neighbouring amount cells of a row that differ, as one span from the first to the second; what
    // lies between them (separators, cells that are not amounts) stays, so every column keeps its place.
    spans: (line) => {
      const cells = amountCells(line);
      return cells.slice(1).flatMap((b, k) => {
        const a = cells[k]!;
        return at(line, a) === at(line, b) ? [] : [{ start: a.start, end: b.end }];
      });
    },
    rewrite: (text) => {
      const first = /^[\d,.]+/.exec(text)?.[0] ?? '';
      const second = /[\d,.]+$/.exec(text)?.[0] ?? '';
      return second + text.slice(first.length, text.length - second.length) + first;
    },
  },
};

/** The account's year: the most frequent "20xx年度" of the text (ties to the later year). */
export function accountYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d\d)\s*年度/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best == null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && y > best)) best = y;
  return best;
}
