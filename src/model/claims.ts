import { Decimal, type Figure, dec, fmt, halfUnit, type Interval, intervalOf } from './decimal.js';
import type { Claim, Disclosure } from './disclosure.js';
import { locationAt } from './layout.js';
import { compactOf } from './compact-text.js';
import { comparePlaces, type Location, samePlace } from './location.js';
import { isRateMissingPercent } from './missing-percent.js';
import { isDescendant } from './subject-parts.js';

/**
 * Queries over the claims for rules: the whole a part belongs to, the amount a change refers to,
 * the same subject said elsewhere. Kept next to the reader so both speak the same subject keys.
 */

/**
 * Which budget a claim is about: 政府性基金 and 国有资本经营 items share the function classes of the
 * 一般公共预算 (207 holds both 文化和旅游 and 旅游发展基金支出), so an item is summed only with its own kind.
 * 'whole' is the department's spending of every source (table 03): a class said in the account of
 * the whole spending or of the totals without naming a budget ("本年支出合计…，其中：卫生健康支出…")
 * includes what 事业收入 and other money paid, and is not table 05's.
 */
export function budgetKind(c: Claim): 'fund' | 'capital' | 'general' | 'whole' {
  if (c.section === 'explain.fund' || /政府性基金/.test(c.sentence)) return 'fund';
  if (c.section === 'explain.capital' || /国有资本经营/.test(c.sentence)) return 'capital';
  if ((c.section === 'explain.expense' || c.section === 'explain.total') && !/财政拨款|一般公共预算/.test(c.sentence)) return 'whole';
  return 'general';
}

/** Keys that name the same quantity (收、支总计 is both 收入总计 and 支出总计). */
export const EQUIVALENT: Record<string, string[]> = {
  total: ['income.grand', 'expense.grand'],
  'income.grand': ['total'],
  'expense.grand': ['total'],
  'fiscal.total': ['fiscal.income.grand', 'fiscal.expense.grand'],
  'fiscal.income.grand': ['fiscal.total'],
  'fiscal.expense.grand': ['fiscal.total'],
};

/** Section that by default is the base of a share said without one. */
export const DEFAULT_BASE: Record<string, string> = {
  'explain.income': 'income.total',
  'explain.expense': 'expense.total',
  'explain.general': 'general.expense',
  'explain.basic': 'general.basic',
  'explain.threePublic': 'threePublic.total',
  'explain.procurement': 'procurement.total',
};

/** Names for messages of the wholes that DEFAULT_BASE gives a section, when no sentence names them. */
export const DEFAULT_BASE_LABEL: Record<string, string> = {
  'income.total': '本年收入合计',
  'expense.total': '本年支出合计',
  'general.expense': '一般公共预算财政拨款支出',
  'general.basic': '一般公共预算财政拨款基本支出',
  'threePublic.total': '“三公”经费支出',
  'procurement.total': '政府采购支出总额',
};

// Per document (keyed by its claims): parents and causes are looked up by id for claim after claim.
const BY_ID = new WeakMap<readonly Claim[], Map<string, Claim>>();

export function claimById(doc: Disclosure, id: string | null): Claim | undefined {
  if (!id) return undefined;
  let index = BY_ID.get(doc.claims);
  if (!index) {
    index = new Map();
    // The first claim of an id, as a search from the start finds it.
    for (const c of doc.claims) if (!index.has(c.id)) index.set(c.id, c);
    BY_ID.set(doc.claims, index);
  }
  return index.get(id);
}

// Per document (keyed by its claims): rules look claims up by subject key again and again, and
// each look-up went through every claim.
const BY_KEY = new WeakMap<readonly Claim[], Map<string, Claim[]>>();

/** The document's claims about a subject key, in the document's order. */
export function claimsOf(doc: Disclosure, key: string): readonly Claim[] {
  let index = BY_KEY.get(doc.claims);
  if (!index) {
    index = new Map();
    for (const c of doc.claims) {
      const list = index.get(c.subject.key);
      if (list) list.push(c);
      else index.set(c.subject.key, [c]);
    }
    BY_KEY.set(doc.claims, index);
  }
  return index.get(key) ?? [];
}

export function childrenOf(doc: Disclosure, c: Claim): Claim[] {
  return doc.claims.filter((x) => x.parent === c.id);
}

/**
 * The ids of `c` and of the other claims of its statement: the same subject, said in the same sentence
 * under the same whole ("…支出决算1134万元，较上年减少40万元，较预算数1237万元减少103万元。其中：…" reads as
 * one claim with the amount and one with the change against the budget). A 其中 list after it is the
 * parts of that statement, whichever of them it hangs under.
 */
export function statementIds(doc: Disclosure, c: Claim): Set<string> {
  return new Set(doc.claims.filter((x) => x === c || (x.subject.key === c.subject.key && x.sentence === c.sentence && x.parent === c.parent && x.section === c.section)).map((x) => x.id));
}

/** Is this claim about a budget only (年初预算收入…), with no actual amount? */
export function budgetOnly(c: Claim): boolean {
  return c.amount == null && c.budget?.amount != null && c.count == null;
}

/**
 * Are 收入总计 and 支出总计 (or the 财政拨款 ones) both stated and different? Then they are not one
 * "收、支总计": what holds of the one total (its prior year, what it contains) is not read across.
 */
export function grandTotalsDisagree(doc: Disclosure, fiscal: boolean): boolean {
  const [a, b] = fiscal ? ['fiscal.income.grand', 'fiscal.expense.grand'] : ['income.grand', 'expense.grand'];
  const x = claimsOf(doc, a).find((c) => c.amount);
  const y = claimsOf(doc, b).find((c) => c.amount);
  return !!x?.amount && !!y?.amount && !samePrinted(x.amount, y.amount).equal;
}

/** The claims that state an actual amount for a subject (or an equivalent one). */
export function amountsOf(doc: Disclosure, key: string, opts: { equivalents?: boolean } = {}): Claim[] {
  const keys = new Set([key, ...(opts.equivalents ? (EQUIVALENT[key] ?? []) : [])]);
  return doc.claims.filter((c) => keys.has(c.subject.key) && c.amount != null);
}

/**
 * The report-year amount a claim's change or share refers to: its own, else the nearest statement
 * of the same subject before it (same paragraph first), else an equivalent subject.
 */
export function currentAmountOf(doc: Disclosure, c: Claim): { figure: Figure; claim: Claim } | null {
  if (c.amount) return { figure: c.amount, claim: c };
  const idx = doc.claims.indexOf(c);
  const before = doc.claims.slice(0, idx).reverse();
  const after = doc.claims.slice(idx + 1);
  for (const list of [before, after]) {
    const hit = list.find((x) => x.subject.key === c.subject.key && x.amount && x.section === c.section);
    if (hit?.amount) return { figure: hit.amount, claim: hit };
  }
  for (const k of EQUIVALENT[c.subject.key] ?? []) {
    const hit = [...before, ...after].find((x) => x.subject.key === k && x.amount && x.section === c.section);
    if (hit?.amount) return { figure: hit.amount, claim: hit };
  }
  return null;
}

/**
 * The budgets a claim's sentence gives its subject, each with its basis, and the sentence's actual amount.
 * A sentence with two budgets ("年初预算为100万元，全年预算为120万元，支出决算为110万元，完成年初预算的91.67%")
 * is read as several claims, its rate or its comparison merged with one budget only: the rules on rates
 * and comparisons ask the sentence for the budget the words mean.
 */
export function sentenceBudgets(doc: Disclosure, c: Claim): { actual: Figure | null; budgets: { figure: Figure; basis: 'initial' | 'full' | 'unspecified' }[] } {
  // By where each figure was printed, not where its claim starts: a budget may be merged into the claim
  // of the sentence before ("总计1,222.68万元。年初预算数…，全年预算数…，决算数…").
  const here = (f: Figure | null | undefined): f is Figure => !!f && f.location.text === c.location.text && samePlace(f.location, c.location);
  const same = doc.claims.filter((x) => x !== c && x.subject.key === c.subject.key);
  const actuals = [...new Set(same.flatMap((x) => (here(x.amount) ? [x.amount] : [])))];
  return {
    actual: actuals.length === 1 ? (actuals[0] as Figure) : null,
    budgets: same.flatMap((x) => (here(x.budget?.amount) ? [{ figure: x.budget.amount, basis: x.budget.basis }] : [])),
  };
}

/** The whole a share is of: the explicit base, else the "其中" parent, else the section's default. */
export function shareWhole(doc: Disclosure, c: Claim): { key: string; claim: Claim | null; figure: Figure | null } | null {
  if (!c.share) return null;
  const parent = claimById(doc, c.parent);
  const useBudget = budgetOnly(c);
  const valueOf = (x: Claim | undefined | null): Figure | null => (x ? (useBudget ? (x.budget?.amount ?? null) : x.amount) : null);
  if (c.share.base) {
    if (parent && parent.subject.key === c.share.base && valueOf(parent)) return { key: c.share.base, claim: parent, figure: valueOf(parent) };
    const hit = nearestWith(doc, c, c.share.base, useBudget);
    return { key: c.share.base, claim: hit, figure: valueOf(hit) };
  }
  if (parent) {
    if (valueOf(parent)) return { key: parent.subject.key, claim: parent, figure: valueOf(parent) };
    const hit = nearestWith(doc, c, parent.subject.key, useBudget);
    return { key: parent.subject.key, claim: hit, figure: valueOf(hit) };
  }
  const key = c.section ? DEFAULT_BASE[c.section] : undefined;
  if (!key || key === c.subject.key) return null;
  const hit = nearestWith(doc, c, key, useBudget);
  return { key, claim: hit, figure: valueOf(hit) };
}

function nearestWith(doc: Disclosure, c: Claim, key: string, budget: boolean): Claim | null {
  const idx = doc.claims.indexOf(c);
  const has = (x: Claim) => x.subject.key === key && (budget ? x.budget?.amount != null : x.amount != null);
  const before = doc.claims.slice(0, idx).reverse();
  return (
    before.find((x) => has(x) && x.section === c.section) ??
    doc.claims.slice(idx + 1).find((x) => has(x) && x.section === c.section) ??
    before.find(has) ??
    doc.claims.find(has) ??
    null
  );
}

/** Signed change (increase +, decrease −) as printed; null when the direction is unknown. */
export function signedChange(c: Claim): Figure | null {
  const ch = c.change;
  if (!ch?.amount || !ch.direction || ch.direction === 'flat') return null;
  // "增长2.6" is a rate without its %, not a change amount (year-unit.rate-without-percent says so).
  if (isRateMissingPercent(c, ch.amount)) return null;
  if (ch.direction === 'decrease' && !dec(ch.amount).isNegative()) return { ...ch.amount, value: dec(ch.amount).negated().toString() };
  return ch.amount;
}

/** The prior-year (or budget) interval implied by current − change. */
export function impliedPrior(current: Figure, change: Figure): Interval {
  const a = intervalOf(money(current));
  const b = intervalOf(money(change));
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

/**
 * Two printings of the same quantity: the finer one rounded to the coarser precision must equal it
 * (rounding is a function: one value prints one way at a given precision).
 */
const GRAND_TOTALS = new Set(['total', 'income.grand', 'expense.grand']);

/**
 * Subjects stating the same amount: 收、支总计 is each side's grand total (the two sides balance), so
 * "收入、支出决算总计" states 收入总计 and 支出总计 at once.
 */
export function sameQuantity(a: string, b: string): boolean {
  return a === b || (GRAND_TOTALS.has(a) && GRAND_TOTALS.has(b));
}

export function samePrinted(a: Figure, b: Figure): { equal: boolean; difference: Decimal } {
  // One value printed to one precision: equal, with nothing to round (most comparisons of the text with
  // the tables and with itself are such).
  if (a.value === b.value && a.decimals === b.decimals) return new PrintedComparison(true, a, b);
  const d = Math.min(a.decimals, b.decimals);
  const ra = dec(a).toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
  const rb = dec(b).toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
  // A value exactly on the half (2060.95 printed as 2060.9 or 2061.0) may round either way.
  const tie = (x: Figure, y: Figure) =>
    x.decimals > y.decimals && dec(x).minus(dec(y)).abs().lte(halfUnit(y.decimals));
  const equal = ra.eq(rb) || tie(a, b) || tie(b, a);
  return new PrintedComparison(equal, a, b);
}

/** samePrinted's answer; the difference is worked out when a message asks for it (most are equal). */
class PrintedComparison {
  private diff: Decimal | null = null;

  constructor(
    readonly equal: boolean,
    private readonly a: Figure,
    private readonly b: Figure,
  ) {}

  get difference(): Decimal {
    return (this.diff ??= dec(this.a).minus(dec(this.b)));
  }
}

export function show(f: Figure | Decimal | null | undefined, decimals = 2): string {
  if (f == null) return '—';
  if (f instanceof Decimal) return fmt(f, decimals);
  return f.raw && /\d/.test(f.raw) ? f.value : f.value;
}

export function amt(f: Figure | Decimal, decimals = 2): string {
  return `${f instanceof Decimal ? fmt(f, decimals) : f.value}万元`;
}

export function pct(f: Figure | Decimal, decimals = 2): string {
  return `${f instanceof Decimal ? fmt(f, decimals) : f.value}%`;
}

/**
 * Location of a claim: the sentence it was read from, on the line its first figure is printed on. A
 * sentence wrapped over several lines says several claims, and a reviewer looks for each where it
 * stands, not where the sentence starts (`c.location`).
 */
export function where(c: Claim): Location {
  let first: Figure | null = null;
  for (const f of ownFigures(c)) if (f.location?.line != null && (!first || comparePlaces(f.location, first.location as Location) < 0)) first = f;
  return first ? whereFigure(c, first) : c.location;
}

type TextLine = Disclosure['lines'][number];

/**
 * The paragraph of `doc.lines` a claim's sentence was read from, and where in it the sentence
 * starts. A sentence wrapped over lines starts on any line of its paragraph, not only the first.
 */
export function claimLine(doc: Disclosure, c: Claim): { line: TextLine; start: number } | null {
  const head = c.sentence.replace(/\s+/g, '').slice(0, 12);
  if (!head) return null;
  // Only the lines one of whose starts stands on the claim's line number can pass the test below.
  for (const l of linesStartingOn(doc).get(c.location.line) ?? []) {
    if (l.location.file !== c.location.file) continue;
    const starts = [0, ...(l.breaks ?? []).map((b) => b.offset)];
    if (!starts.some((k) => samePlace(locationAt(l, k), c.location))) continue;
    const { compact, at } = compactOf(l.text);
    const k = compact.indexOf(head);
    if (k >= 0) return { line: l, start: at[k] as number };
  }
  return null;
}

// Per document (keyed by its lines): rules ask for the line of many claims, and going through every
// line of the document for each (placing each of its starts anew) made the look-up claims × lines.
const STARTING_ON = new WeakMap<readonly TextLine[], Map<number | null | undefined, TextLine[]>>();

/**
 * The document's lines other than table cells, in order, by the line number each of their starts
 * (the first character, and the first after each break) stands on.
 */
function linesStartingOn(doc: Disclosure): Map<number | null | undefined, TextLine[]> {
  const known = STARTING_ON.get(doc.lines);
  if (known) return known;
  const index = new Map<number | null | undefined, TextLine[]>();
  const add = (n: number | null | undefined, l: TextLine) => {
    const list = index.get(n);
    if (list) list.push(l);
    else index.set(n, [l]);
  };
  for (const l of doc.lines) {
    if (l.location.cell) continue;
    // (A line not wrapped starts on its own line only: no list of its starts to place.)
    if (!l.breaks?.length) {
      add(l.location.line, l);
      continue;
    }
    const numbers = new Set([0, ...l.breaks.map((b) => b.offset)].map((k) => locationAt(l, k).line));
    for (const n of numbers) add(n, l);
  }
  STARTING_ON.set(doc.lines, index);
  return index;
}

/**
 * Location of a claim at words of its sentence (持平, 小于预算数): the sentence, on the line they are
 * printed on (the first match at or after the sentence's start). Its own place when they are not found.
 */
export function wherePhrase(doc: Disclosure, c: Claim, phrase: RegExp): Location {
  const found = claimLine(doc, c);
  if (!found) return where(c);
  const { compact, at } = compactOf(found.line.text);
  const from = at.findIndex((i) => i >= found.start);
  const re = new RegExp(phrase.source, phrase.flags.replace('g', ''));
  const m = re.exec(compact.slice(Math.max(from, 0)));
  if (!m) return where(c);
  return onLine(c, locationAt(found.line, at[Math.max(from, 0) + m.index] as number));
}

/** The figures a claim's sentence prints for it (a base read from another sentence is not its own). */
function ownFigures(c: Claim): Figure[] {
  const out = [c.amount, c.change?.amount, c.change?.rate, c.change?.baseApart ? null : c.change?.base, c.share?.rate, c.budget?.amount, c.budget?.executionRate, c.budget?.diffRate, c.count?.value, c.unitSlip];
  return out.filter((f): f is Figure => f != null);
}

/**
 * Location of a claim at one of its figures: the sentence, on the line the figure is printed on, and
 * in a PDF with the box of the figure itself (what a reviewer looks for on the page).
 */
export function whereFigure(c: Claim, f: Figure | null | undefined): Location {
  const at = f?.location;
  const moved = at?.line != null ? onLine(c, at) : c.location;
  if (at?.box && (at.page ?? null) === (moved.page ?? null)) return { ...moved, box: at.box };
  return moved;
}

/** The claim's sentence, on another line (and page) of it: the same object when that is its own. */
function onLine(c: Claim, at: Pick<Location, 'line' | 'page'>): Location {
  if (at.line == null || samePlace(at, c.location)) return c.location;
  const moved = { ...c.location, line: at.line, page: at.page ?? c.location.page };
  // The sentence's box stands on the sentence's page, not the figure's.
  if (moved.page !== c.location.page) delete moved.box;
  return moved;
}

/** Label for messages: the words the document used, else the key. */
export function label(c: Claim): string {
  if (c.subject.names.length) return c.subject.names.join('—');
  return c.subject.label || c.subject.key;
}

/** Is a figure zero? */
export function isZero(f: Figure | null | undefined): boolean {
  return f != null && dec(f).isZero();
}

/** Explanation claims only (not the performance report), e.g. for rules about the 情况说明. */
export function inExplanation(c: Claim): boolean {
  return c.section?.startsWith('explain') ?? false;
}

/**
 * The precision an amount stands for: the precision it is printed to. An explanation may say its 万元
 * amounts to fewer decimals than its tables print ("2106.7万元", "2107万元" for 2106.66), its rates
 * still worked out from the exact amounts; an amount printed short was once read at the tables' 0.01
 * (as if a writer had only dropped trailing zeros, "1463.8" for 1463.80), and every rate and sum over
 * such amounts then broke by the rounding: false errors. A zero printed short ("0万元", "减少0万元") is
 * the one exception: it says there was none, and is read as 0.00, unless the text rounds its amounts
 * (`rounded`, see `markRoundedAmounts`: a text that rounds to whole 万元 may print 0.3 as 0).
 */
export function money(f: Figure): Figure {
  if (f.kind !== 'amount' || f.decimals >= 2 || f.rounded) return f;
  if (f.unit != null && f.unit !== '万元') return f;
  return dec(f).isZero() ? { ...f, decimals: 2 } : f;
}

/**
 * An amount read as if copied from a table printed to 0.01 with its trailing zeros dropped ("1463.8" as
 * 1463.80): no proof of anything, only what a hint may say ("if these were copied from the tables…").
 */
export function asCopiedFromTables(f: Figure): Figure {
  if (f.kind !== 'amount' || f.decimals >= 2) return f;
  if (f.unit != null && f.unit !== '万元') return f;
  return { ...f, decimals: 2 };
}

export function moneyAll(fs: readonly Figure[]): Figure[] {
  return fs.map(money);
}

/** Wholes whose parts listed in the text are, by definition, all of it (so the parts must add up). */
export const EXHAUSTIVE = new Set([
  'income.grand',
  'expense.grand',
  'expense.total',
  'fiscal.income.grand',
  'fiscal.expense.grand',
  'general.expense',
  'general.basic',
  'threePublic.total',
  'threePublic.vehicle',
  'threePublic.reception',
  'procurement.total',
  'income.total',
  'income.actual',
  'expense.actual',
]);

/** The kinds of 财政拨款 (一般公共预算, 政府性基金, 国有资本经营) a 财政拨款 whole is split into, each by its keys. */
const FUND_KINDS: readonly (readonly string[])[] = [
  ['income.general', 'general.income', 'general.expense'],
  ['income.fund', 'fund.income', 'fund.expense'],
  ['income.capital', 'capital.income', 'capital.expense'],
];
const BY_FUND_KIND = new Set(['fiscal.income', 'fiscal.expense', 'income.fiscal']);

/**
 * Whether a 其中 list is all of its whole: by definition (EXHAUSTIVE), or a 财政拨款 whole split by the kinds
 * of 财政拨款 ("财政拨款本年支出1094.65万元，其中：一般公共预算财政拨款支出869.00万元，政府性基金预算财政拨款
 * 支出225.58万元") where each kind left out is stated nowhere with an amount other than 0 (most departments
 * have no 国有资本经营预算, and leave it unsaid).
 */
export function listIsWhole(doc: Disclosure, wholeKey: string, partKeys: readonly string[]): boolean {
  if (EXHAUSTIVE.has(wholeKey)) return true;
  // A fund's spending is its 基本支出 and 项目支出 (tables 07, 08), when the list names both.
  const fund = /^(fund|capital)\.expense$/.exec(wholeKey)?.[1];
  if (fund) return partKeys.includes(`${fund}.basic`) && partKeys.includes(`${fund}.project`) && partKeys.every((k) => k === `${fund}.basic` || k === `${fund}.project`);
  if (!BY_FUND_KIND.has(wholeKey) || !partKeys.length) return false;
  const kindOf = (k: string) => FUND_KINDS.findIndex((ks) => ks.includes(k));
  if (partKeys.some((k) => kindOf(k) < 0)) return false;
  const listed = new Set(partKeys.map(kindOf));
  const side = wholeKey.endsWith('expense') ? 'expense' : 'income';
  return FUND_KINDS.every((keys, i) => listed.has(i) || !doc.claims.some((c) => keys.includes(c.subject.key) && c.subject.key.endsWith(side) && c.amount != null && !dec(c.amount).isZero()));
}

/** Names enumerated in quotes before "等N个项目": “A”、“B”… */
export function quotedNames(text: string): string[] {
  return [...text.matchAll(/[“"]([^”"]{2,40})[”"]/g)].map((m) => m[1] as string);
}

/** Nonzero amounts a text must print to one decimal or none to be read as rounding them. */
const ROUNDED_EVIDENCE = 4;
/** At most one nonzero amount in this many printed to 0.01 or finer, in a text read as rounding its amounts. */
const ROUNDED_SHARE = 5;

/**
 * Marks the amounts of claims as rounded when the text prints its nonzero 万元 amounts to one decimal or
 * none, enough of them and at least four in five ("支出共计3923万元，比上年减少332万元…公务接待费638万元…",
 * "支出56.3万元，比上年增加4.8万元"): copied from tables printed to 0.01, with their zeros dropped, about
 * one in ten would be so short, and whole budgets a few more. A text that rounds may yet keep an amount or
 * two to 0.01 (one copied from a table, one too small to round: "接待费0.40万元"). The mark matters only
 * for a zero printed short (see `money`, `saysNone`): in such a text "0万元" says less than half a 万元
 * (0.34万元 rounds to it), not that there was none; a zero printed to fewer decimals than the text rounds
 * to is not marked. Every other amount is read at its printed precision in any text.
 */
export function markRoundedAmounts(claims: Claim[]): void {
  const amounts: Figure[] = [];
  for (const c of claims) {
    for (const f of [c.amount, c.change?.amount, c.budget?.amount]) {
      if (f && f.kind === 'amount' && (f.unit == null || f.unit === '万元')) amounts.push(f);
    }
  }
  // The evidence is in the amounts said in 万元: a bare figure ("收、支总计2280.29。", its unit left out)
  // may be anything, and is read at its own decimals either way.
  const nonzero = amounts.filter((f) => f.unit === '万元' && !dec(f).isZero());
  const short = nonzero.filter((f) => f.decimals <= 1);
  if (short.length < ROUNDED_EVIDENCE || (nonzero.length - short.length) * ROUNDED_SHARE > nonzero.length) return;
  // A text that prints every short amount to one decimal ("30.8万元", "9.4万元") rounds 0.04 to "0.0": its
  // "0万元" was not rounded, and says none. (Where whole amounts stand beside one-decimal ones, trailing
  // zeros are dropped, and "0" may be "0.0".)
  const places = new Set(short.map((f) => f.decimals));
  const precision = places.size === 1 ? (short[0] as Figure).decimals : 0;
  for (const f of amounts) if (f.decimals >= precision || !dec(f).isZero()) f.rounded = true;
}

/**
 * Whether an amount printed as zero says there was none. A zero printed short in a text that rounds its
 * amounts (`rounded`) says only that the amount is below half the unit printed: "接待费0万元" beside
 * "接待2批次" may be 0.34万元 rounded, no contradiction.
 */
export function saysNone(f: Figure | null | undefined): boolean {
  return isZero(f) && !(f!.kind === 'amount' && f!.rounded && f!.decimals < 2 && (f!.unit == null || f!.unit === '万元'));
}

/**
 * The 三公's vehicles said by their running cost alone: no 公务用车购置及运行维护费 and no purchase
 * (购置费) stated anywhere, none said bought ("购置公务用车1辆" would make a purchase the text left out),
 * and a 三公 total's own 其中 list naming the running cost ("合计31.23万元，其中：公务接待费1.58万元，
 * 车辆运行费28.91万元"). The writer's vehicle item is then the running cost, the purchase none.
 */
export function vehiclesByRunningCostAlone(claims: readonly Claim[]): boolean {
  const said = (key: string) => claims.some((c) => c.subject.key === key && (c.amount || c.budget?.amount || c.change));
  if (said('threePublic.vehicle') || said('threePublic.vehiclePurchase')) return false;
  if (claims.some((c) => c.subject.key === 'threePublic.vehiclesPurchased' && c.count != null && !dec(c.count.value).isZero())) return false;
  const totals = new Set(claims.filter((c) => c.subject.key === 'threePublic.total').map((c) => c.id));
  return claims.some((c) => c.subject.key === 'threePublic.vehicleOps' && c.parent != null && totals.has(c.parent));
}

/**
 * The parts of a list that are not within another part listed with them: 公务用车运行维护费 said under
 * the 三公 total beside 公务用车购置及运行维护费 ("公务用车费用中含…运行维护费61.8万元") is part of
 * that item, not a further member of the total; "收入决算4,501.49万元,其中:本年收入4,316.01万元,…包括
 * 财政拨款收入4,146.90万元" lists 财政拨款收入 within 本年收入.
 */
export function outermostParts<T extends { subject: { key: string } }>(parts: readonly T[]): T[] {
  return parts.filter((p) => !parts.some((q) => q.subject.key !== p.subject.key && isDescendant(q.subject.key, p.subject.key)));
}

/**
 * Whether parts of a whole whose members are fixed (the 三公: 因公出国（境）, 公务用车购置及运行维护
 * — or its two parts — and 公务接待) name every member: a part the reader could not place (a name
 * garbled by editing, "经费费62万元") must not be counted as zero in a sum. Other wholes: true.
 */
export function namesEveryMember(wholeKey: string, partKeys: readonly string[]): boolean {
  if (wholeKey !== 'threePublic.total') return true;
  const has = (k: string) => partKeys.includes(k);
  return has('threePublic.abroad') && has('threePublic.reception') && (has('threePublic.vehicle') || (has('threePublic.vehiclePurchase') && has('threePublic.vehicleOps')));
}
