import { Decimal, type Figure, dec, fmt, intervalOf } from '../../model/decimal.js';
import type { Indicator, PerformanceQuote, PerformanceSheet } from '../../model/disclosure.js';

/** Shared helpers of the performance rules: names, grades, units, targets. */

export const NATIONAL = '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）';

export function sheetLabel(s: PerformanceSheet): string {
  const kind = s.kind === 'overall' ? '整体支出绩效自评表' : s.kind === 'transfer' ? '转移支付项目绩效自评表' : '项目支出绩效自评表';
  return `${kind}「${s.name}」`;
}

export function pct(d: Decimal, decimals = 2): string {
  return `${fmt(d, decimals)}%`;
}

/** Figure as printed, e.g. "76.27%" or "7.63". */
export function raw(f: Figure | null | undefined): string {
  return f ? f.raw : '（空）';
}

/** Rounds half-up to the decimals printed. */
export function roundTo(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

// ---------- names ----------

const ORDINAL = /[（(]([一二三四五六七八九十]+)[）)]/g;
const YEAR = /(20\d{2})/g;

/** Tokens that tell two similarly named projects apart: years and bracketed ordinals. */
function discriminators(name: string): string[] {
  // exec on shared regexes: matchAll would clone each regex for every pair of names compared.
  const out: string[] = [];
  for (const re of [YEAR, ORDINAL]) {
    re.lastIndex = 0;
    for (let m = re.exec(name); m; m = re.exec(name)) out.push(m[1] as string);
  }
  return out;
}

export function normalizeName(name: string): string {
  let s = name
    .replace(/\s+/g, '')
    .replace(/[“”"「」『』]/g, '')
    .replace(/(20\d{2})年度?/g, '$1')
    .replace(/[（(]([^）)]*)[）)]/g, '$1');
  for (let k = 0; k < 3; k++) s = s.replace(/(项目资金|项目|经费|资金|费用)$/, '');
  return s;
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** What nameSimilarity compares of a name: its years and ordinals, and its normalised form. */
interface NameKey {
  name: string;
  discs: string[];
  norm: string;
  /** bigrams(norm), made when first compared: a quote is compared with every sheet, and back. */
  grams: string[] | null;
}

function nameKey(name: string): NameKey {
  return { name, discs: discriminators(name), norm: normalizeName(name), grams: null };
}

/** Similarity 0..1 of two project names, 0 when their years or ordinals differ. */
export function nameSimilarity(a: string, b: string): number {
  return keySimilarity(nameKey(a), nameKey(b));
}

function keySimilarity(ka: NameKey, kb: NameKey): number {
  const da = ka.discs;
  const db = kb.discs;
  if (da.length && db.length && !da.some((x) => db.includes(x))) return 0;
  if (da.length !== db.length && (da.some((x) => /[一二三四五六七八九十]/.test(x)) || db.some((x) => /[一二三四五六七八九十]/.test(x)))) return 0;
  const na = ka.norm;
  const nb = kb.norm;
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  if ((na.includes(nb) || nb.includes(na)) && Math.min(na.length, nb.length) >= 4) return 0.9;
  const A = (ka.grams ??= bigrams(na));
  const B = (kb.grams ??= bigrams(nb));
  const pool = [...B];
  let common = 0;
  for (const g of A) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (A.length + B.length || 1);
}

export function isOverallName(name: string): boolean {
  return /整体/.test(name);
}

// Every quote of a document is matched against the same sheets: their names are keyed once.
const SHEET_KEYS = new WeakMap<readonly PerformanceSheet[], NameKey[]>();
function sheetKeys(sheets: readonly PerformanceSheet[]): NameKey[] {
  let keys = SHEET_KEYS.get(sheets);
  if (!keys || keys.length !== sheets.length || keys.some((k, i) => k.name !== sheets[i]?.name)) {
    keys = sheets.map((s) => nameKey(s.name));
    SHEET_KEYS.set(sheets, keys);
  }
  return keys;
}

/** The sheet a quote is about: overall quotes go to the overall sheet, others to the best-named project. */
export function matchSheet(q: PerformanceQuote, sheets: readonly PerformanceSheet[]): PerformanceSheet | null {
  if (isOverallName(q.name)) return sheets.find((s) => s.kind === 'overall') ?? null;
  let best: PerformanceSheet | null = null;
  let bestScore = 0.6;
  const kq = nameKey(q.name);
  const keys = sheetKeys(sheets);
  for (let k = 0; k < sheets.length; k++) {
    const s = sheets[k] as PerformanceSheet;
    if (s.kind === 'overall') continue;
    const v = keySimilarity(kq, keys[k] as NameKey);
    if (v > bestScore) {
      best = s;
      bestScore = v;
    }
  }
  return best;
}

export function sameProject(a: string, b: string): boolean {
  if (isOverallName(a) || isOverallName(b)) return isOverallName(a) && isOverallName(b);
  return nameSimilarity(a, b) > 0.6;
}

// ---------- grades ----------

export function normalizeGrade(g: string | null): '优' | '良' | '中' | '差' | null {
  if (!g) return null;
  if (/^优/.test(g)) return '优';
  if (/^良/.test(g)) return '良';
  if (/^中/.test(g)) return '中';
  if (/^(差|较差|不合格)/.test(g)) return '差';
  return null;
}

/** 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60. */
export function gradeFor(score: Decimal): '优' | '良' | '中' | '差' {
  if (score.gte(90)) return '优';
  if (score.gte(80)) return '良';
  if (score.gte(60)) return '中';
  return '差';
}

// ---------- indicators ----------

export function unitsCompatible(a: string | null, b: string | null): boolean {
  if (a == null || b == null) return true;
  // Most rows print one unit on both sides: the same string has the same key (asked per row by many rules).
  return a === b || unitKey(a) === unitKey(b);
}

function unitKey(u: string): string {
  return u.replace(/^万元$/, '万').replace(/（%）|\(%\)/, '%');
}

function dateOf(text: string): string | null {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(text);
  return m ? `${m[1]}${String(m[2]).padStart(2, '0')}${String(m[3] ?? '31').padStart(2, '0')}` : null;
}

export type TargetOutcome = 'met' | 'missed' | 'unknown';

/** Was a quantitative or date target met, judged by the operator? */
export function targetOutcome(i: Indicator): TargetOutcome {
  const op = i.operator;
  if (!op || op === 'qualitative') return 'unknown';
  if (i.targetKind === 'date') {
    const t = dateOf(i.target);
    const a = dateOf(i.actual);
    if (!t || !a) return 'unknown';
    if (op === '<=' || op === '=') return a <= t ? 'met' : 'missed';
    if (op === '<') return a < t ? 'met' : 'missed';
    return 'unknown';
  }
  if (!i.targetValue || !i.actualValue) return 'unknown';
  const tu = i.targetValue.unit;
  const au = i.actualValue.unit;
  if (!unitsCompatible(tu, au)) return 'unknown';
  const t = dec(i.targetValue);
  const a = dec(i.actualValue);
  switch (op) {
    case '>=':
      return a.gte(t) ? 'met' : 'missed';
    case '>':
      return a.gt(t) ? 'met' : 'missed';
    case '<=':
      return a.lte(t) ? 'met' : 'missed';
    case '<':
      return a.lt(t) ? 'met' : 'missed';
    case '=':
      return a.eq(t) ? 'met' : 'unknown';
    default:
      return 'unknown';
  }
}

/** Is the score the full weight (within the printed precision)? */
export function fullScore(i: Indicator): boolean {
  if (!i.score || !i.weight) return false;
  const s = intervalOf(i.score);
  return s.hi.gte(dec(i.weight));
}

export function isOutput(i: Indicator): boolean {
  return /产出/.test(i.level1 ?? '') || /^(数量|质量|时效)/.test(i.level2 ?? '');
}

export function indicatorLabel(i: Indicator): string {
  return `指标「${i.name}」`;
}

/** A score as printed without its 分 suffix, for messages that add 分 themselves. */
export function pts(f: Figure | null | undefined): string {
  return f ? f.raw.replace(/\s*分$/, '') : '（空）';
}

/**
 * Integer scores printed next to two-decimal ones ("18" beside "29.75") are exact points, not
 * values rounded to whole points: compare a group of scores at the finest precision printed in it.
 */
export function atFinest(fs: readonly Figure[]): Figure[] {
  const d = Math.max(0, ...fs.map((f) => f.decimals));
  return fs.map((f) => (f.decimals >= d ? f : { ...f, decimals: d, value: new Decimal(f.value).toFixed(d) }));
}

/** Key under which two indicators of a sheet are the same one: their 二级指标 and their name without punctuation. */
export function dupKey(i: Indicator): string {
  return `${i.level2 ?? ''}|${i.name.replace(/[\s（）()、，,]/g, '')}`;
}

/**
 * Positions of the indicators that repeat an earlier one of the same sheet. A name of fewer than two
 * Chinese characters ("计", "分)", blank) is a piece of a cell the reading cut, not an indicator's
 * name: two such pieces alike prove no indicator listed twice.
 */
export function duplicateIndexes(s: PerformanceSheet): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  s.indicators.forEach((i, k) => {
    if ((i.name.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) < 2) return;
    const key = dupKey(i);
    if (seen.has(key)) out.push(k);
    seen.add(key);
  });
  return out;
}

/** Where a quoted score was read, in words. */
export const QUOTE_SOURCE: Record<PerformanceQuote['source'], string> = { 'summary-table': '绩效自评汇总表', narrative: '绩效情况说明', report: '绩效评价报告' };

/** Decimals a sheet's scores are printed at: integer scores beside two-decimal ones are exact points. */
export function scoreDecimals(s: PerformanceSheet): number {
  let d = 0;
  for (const f of [...s.indicators.map((i) => i.score), s.funds?.score, s.total]) if (f && f.decimals > d) d = f.decimals;
  return d;
}

/**
 * The key under which a performance finding states one fact of one row as wrong (FindingInput's
 * `cause`), so that findings following from it can name it (`explainedBy`): the row listed twice, a
 * completion rate wrongly computed, a missed target scored in full, a score above its weight.
 */
export function causeKey(what: 'duplicate' | 'completion-rate' | 'missed-full' | 'over-weight', row: Indicator): string {
  const l = row.location;
  return `performance.${what}|${l.file}|${l.page ?? ''}|${l.line ?? ''}|${l.cell ? `${l.cell.table}.${l.cell.row}.${l.cell.col}` : ''}`;
}
