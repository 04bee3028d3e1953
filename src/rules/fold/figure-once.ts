import { RELATIONS, relate } from './relations.js';
import { Decimal } from '../../model/decimal.js';
import type { Finding } from '../../model/finding.js';
import type { Location } from '../../model/location.js';
import { addPlaces, applyFolds, highestSeverity, sameStatement, timesPrinted, soleNumber } from './figures.js';
import { DERIVED_CATEGORY, DERIVED_QUOTE_RULE, DERIVED_SHEET_RULE, SCORE_RULE } from './kinds.js';

/** Findings that may blame a printed figure of the explanation or a sheet (their 实为 one number). */
function blamesOneFigure(f: Finding): boolean {
  if (f.severity === 'info' || !f.locations.length || !soleNumber(f.actual)) return false;
  return SCORE_RULE.test(f.rule) || DERIVED_CATEGORY.has(f.category) || DERIVED_SHEET_RULE.test(f.rule) || DERIVED_QUOTE_RULE.test(f.rule);
}

/**
 * Where the figure a finding blames is printed: its first place that shows it, and shows it once (a
 * sentence with "占0%" three times does not tell which 0% is meant); a score: its cell.
 */
function placeOfBlamed(f: Finding): Location | undefined {
  if (SCORE_RULE.test(f.rule)) return f.locations[0];
  const n = soleNumber(f.actual) as Decimal;
  const at = f.locations.find((l) => timesPrinted(l.text, n) > 0);
  return at && timesPrinted(at.text, n) === 1 ? at : undefined;
}

const isRate = (t: string | null) => /[%％]/.test(t ?? '');

/** Two corrections that agree at the coarser of their printed precisions. */
function sameCorrection(a: string | null, b: string | null): boolean {
  const [x, y] = [soleNumber(a), soleNumber(b)];
  if (!x || !y) return true;
  const places = Math.min(x.decimalPlaces(), y.decimalPlaces());
  return x.minus(y).abs().lte(10 ** -places);
}

/**
 * One printed figure that two rules each name as the wrong one (their 实为, at the same statement):
 * one cause, one finding ("增加43.70万元大于本年数7.65万元" and "变动额43.70万元与各部分变动额之和4.37万元
 * 不符"; a score over its weight and off the sheet's scheme). The one that says what the figure should
 * be stays, with the other's title and places. Two that correct it to different values stay apart:
 * each may be right about a different slip.
 */
export function sameFigureOnce(findings: readonly Finding[]): readonly Finding[] {
  const within = new Map<Finding, Finding[]>();
  const gone = new Set<Finding>();
  const candidates = findings.filter(blamesOneFigure);
  for (const f of candidates) {
    if (gone.has(f) || within.has(f)) continue;
    const at = placeOfBlamed(f);
    if (!at) continue;
    const value = soleNumber(f.actual) as Decimal;
    const same = candidates.filter((g) => {
      if (g === f || gone.has(g) || within.has(g) || isRate(g.actual) !== isRate(f.actual)) return false;
      const there = placeOfBlamed(g);
      return there != null && sameStatement(there, at) && (soleNumber(g.actual) as Decimal).eq(value) && sameCorrection(f.expected, g.expected);
    });
    if (!same.length) continue;
    // The one with a correction (应为 one number) speaks for the others; else the one with the most
    // places (a part above three totals rather than above one).
    const group = [f, ...same];
    const keep = group.find((g) => soleNumber(g.expected)) ?? group.reduce((a, b) => (b.locations.length > a.locations.length ? b : a));
    const rest = group.filter((g) => g !== keep);
    for (const g of rest) gone.add(g);
    within.set(keep, rest);
  }
  const merged = new Map<Finding, Finding>();
  for (const [keep, rest] of within) {
    let locations = keep.locations;
    for (const g of rest) locations = addPlaces({ ...keep, locations }, g.locations);
    const titles = [...new Set(rest.map((g) => g.title).filter((t) => t !== keep.title))];
    const next = {
      ...keep,
      severity: highestSeverity([keep, ...rest]),
      message: titles.length ? `${keep.message}（亦即「${titles.join('、')}」）` : keep.message,
      locations,
    };
    // What the kept finding says of its cause goes on with it.
    const rel = RELATIONS.get(keep);
    merged.set(keep, rel ? relate(next, rel) : next);
  }
  return applyFolds(findings, gone, merged);
}

/**
 * A performance sheet's total (or sub-score) that its own scores do not add up to, quoted elsewhere
 * (the explanation, the summary table) as just what the scores add up to: the sheet's figure is the
 * wrong one, and the quotes that differ from it are right. The quotes' findings, which took the
 * sheet's figure for the source, are folded into the sum's, which says so.
 */
export function sheetAgainstItsSum(findings: readonly Finding[]): readonly Finding[] {
  const gone = new Set<Finding>();
  const merged = new Map<Finding, Finding>();
  for (const t of findings) {
    if (!DERIVED_SHEET_RULE.test(t.rule) || t.severity === 'info') continue;
    const [printed, sum, cell] = [soleNumber(t.actual), soleNumber(t.expected), t.locations[0]];
    if (!printed || !sum || !cell?.cell) continue;
    const quotes = findings.filter(
      (q) =>
        q.rule === 'performance.quote-consistency' &&
        q.severity !== 'info' &&
        !gone.has(q) &&
        soleNumber(q.expected)?.eq(printed) &&
        soleNumber(q.actual)?.eq(sum) &&
        q.locations.some((l) => l.cell && sameStatement(l, cell)),
    );
    if (!quotes.length) continue;
    for (const q of quotes) gone.add(q);
    const sources = [...new Set(quotes.map((q) => /^(.+?)中「/.exec(q.message)?.[1] ?? '别处'))].join('、');
    let locations = t.locations;
    for (const q of quotes) locations = addPlaces({ ...t, locations }, q.locations);
    merged.set(t, {
      ...t,
      severity: highestSeverity([t, ...quotes]),
      message: `${t.message}；${sources}写${quotes[0]?.actual}，与各项得分之和相符，是表中该数有误（「${quotes[0]?.title}」不再另报）`,
      locations,
    });
  }
  return applyFolds(findings, gone, merged);
}

/** The parts of a sheet's rate finding: rate, executed and budget as printed ("执行率79.96%与全年执行数11.99÷全年预算数25=…不符"). */
const RATE_PARTS = /执行率([\d.]+)[%％]与全年执行数([\d.,]+)÷全年预算数([\d.,]+)=/;

/**
 * A sheet's 全年执行数 (or 全年预算数) that the explanation quotes otherwise, where the sheet's own
 * execution rate does not hold with the sheet's figure and holds with the quoted one (to the rate's
 * printed places, rounded or cut): the rate is a third source that sides with the explanation, so the
 * sheet's cell is the wrong one. One finding, the quote's, that says so; the rate's is folded into it.
 */
export function sheetAgainstItsRate(findings: readonly Finding[]): readonly Finding[] {
  const gone = new Set<Finding>();
  const merged = new Map<Finding, Finding>();
  for (const q of findings) {
    if (q.rule !== 'performance.quote-consistency' || q.severity === 'info' || gone.has(q)) continue;
    const what = /的(全年执行数|全年预算数)[\d.,]+与/.exec(q.message)?.[1];
    const [sheet, quoted, cell] = [soleNumber(q.expected), soleNumber(q.actual), q.locations[1]];
    if (!what || !sheet || !quoted || !cell || sheet.eq(quoted)) continue;
    const r = findings.find((x) => {
      if (x.rule !== 'performance.execution-rate' || x.severity !== 'error' || gone.has(x)) return false;
      const own = x.locations[what === '全年执行数' ? 1 : 2];
      return own != null && sameStatement(own, cell) && own.text === cell.text;
    });
    // The sources' finding that names the same cell wrong with the quoted figure as its correction (it
    // took the rate's finding in): the quote is one more place of it.
    const parts = findings.find(
      (x) => x.rule === 'performance.funds-parts' && x.severity !== 'info' && !gone.has(x) && soleNumber(x.actual)?.eq(sheet) && soleNumber(x.expected)?.eq(quoted) && x.locations[0] != null && sameStatement(x.locations[0], cell),
    );
    if (parts) {
      gone.add(q);
      const into = merged.get(parts) ?? parts;
      merged.set(parts, { ...into, severity: highestSeverity([into, q]), message: `${into.message}（${/^(.+?)中「/.exec(q.message)?.[1] ?? '别处'}写${q.actual}，与此相符；「${q.title}」不再另报）`, locations: addPlaces(into, q.locations) });
      continue;
    }
    const m = r ? RATE_PARTS.exec(r.message) : null;
    if (!r || !m) continue;
    const [rate, executed, budget] = [m[1], m[2], m[3]].map((t) => new Decimal((t as string).replace(/,/g, ''))) as [Decimal, Decimal, Decimal];
    const [e, b] = what === '全年执行数' ? [quoted, budget] : [executed, quoted];
    if (b.isZero()) continue;
    const places = (m[1] as string).split('.')[1]?.length ?? 0;
    if (e.div(b).times(100).minus(rate).abs().gt(new Decimal(10).pow(-places))) continue;
    // The sheet's sources adding up to the quoted figure say the same: one more place of it.
    const sources = findings.filter((x) => !gone.has(x) && sheetOf(x) === sheetOf(r) && sourcesBreak(x, what, q.expected ?? '', quoted));
    const folded = [r, ...sources];
    for (const x of folded) gone.add(x);
    merged.set(q, {
      ...q,
      severity: highestSeverity([q, ...folded]),
      message: `${q.message}；该表执行率${m[1]}%${sources.length ? '及各资金来源之和' : ''}按${q.actual}相符、按${q.expected}不符，是表中该数有误（「${[...new Set(folded.map((x) => x.title))].join('、')}」不再另报）`,
      expected: q.actual,
      actual: q.expected,
      locations: folded.reduce((ls, x) => addPlaces({ ...q, locations: ls }, x.locations), [cell, ...q.locations.filter((l) => l !== cell)]),
    });
    if (what === '全年执行数') requoteExecuted(findings, merged, sheetOf(r), m[2] as string, (q.actual ?? '').replace(/万元$/, ''));
  }
  return applyFolds(findings, gone, merged);
}

/**
 * A sources' finding of one break only, of `what` printed `printed` against sources that add up to
 * `sum` ("年度资金总额与各资金来源之和不符：全年执行数84.4 ≠ 当年财政拨款8.44").
 */
function sourcesBreak(x: Finding, what: string, printed: string, sum: Decimal): boolean {
  if (x.rule !== 'performance.funds-parts' || x.severity === 'info') return false;
  const m = /不符：(全年执行数|全年预算数|年初预算数)([\d.,]+) ≠ ([^；]+)$/.exec(x.message);
  if (!m || m[1] !== what || m[2] !== printed) return false;
  const parts = [...(m[3] as string).matchAll(/[\d.,]+(?=\s*(?:\+|$))/g)].map((p) => new Decimal(p[0].replace(/,/g, '')));
  return parts.length > 0 && parts.reduce((a, b) => a.plus(b), new Decimal(0)).eq(sum);
}

/**
 * The sheet's low-execution warning, which quotes its 全年执行数 as printed, said with the figure a
 * fold has shown to be meant: its own cause (low execution beside full output) stands, the slip it
 * quoted is the fold's. Recorded into `merged` for `applyFolds`.
 */
function requoteExecuted(findings: readonly Finding[], merged: Map<Finding, Finding>, sheet: string | null, printed: string, meant: string): void {
  const quoted = `全年执行数${printed}万元、`;
  for (const x of findings) {
    if (x.rule !== 'performance.low-execution-full-output' || sheetOf(x) !== sheet || !x.message.includes(quoted) || printed === meant) continue;
    const into = merged.get(x) ?? x;
    merged.set(x, { ...into, message: into.message.replace(quoted, `全年执行数${meant}万元、`) });
  }
}

/** The sheet a performance finding is about: its message up to the sheet's name (「…」). */
const sheetOf = (f: Finding) => /^[^「]*「[^」]*」/.exec(f.message)?.[0] ?? null;
const sameLine = (a: Location | undefined, b: Location | undefined) => a != null && b != null && a.page === b.page && a.line === b.line && a.cell?.row === b.cell?.row;
const printedPlaces = (t: string) => t.split('.')[1]?.length ?? 0;

/**
 * A sheet's 全年执行数 and 预算执行得分 written in each other's place ("… | 0.2 | 10 | 1.60% | 8.44"
 * for 8.44 and 0.2): the rate does not hold with the executed figure, the score not with the rate
 * (and may be over its weight, and the total off by the difference). With the two exchanged, the rate
 * holds to its printed places and the score to its own: one slip, one finding naming both cells, the
 * score's, with the rate's, the weight's and the total's findings of that sheet folded into it.
 */
export function sheetRowSwapped(findings: readonly Finding[]): readonly Finding[] {
  const gone = new Set<Finding>();
  const merged = new Map<Finding, Finding>();
  for (const s of findings) {
    if (s.rule !== 'performance.execution-score' || s.severity === 'info' || gone.has(s)) continue;
    const [score, worked, at] = [soleNumber(s.actual), soleNumber(s.expected), s.locations[0]];
    if (!score || !worked || !at) continue;
    const mine = (x: Finding) => !gone.has(x) && x.severity === 'error' && sheetOf(x) === sheetOf(s);
    // The rate's finding; or, where the sheet lists its funds' sources, the sources' finding that already
    // names the executed figure wrong with the rate on its side (and took the rate's finding in).
    const r = findings.find((x) => x.rule === 'performance.execution-rate' && mine(x) && sameLine(x.locations[1], at) && RATE_PARTS.test(x.message));
    const byParts = r ? undefined : findings.find((x) => x.rule === 'performance.funds-parts' && mine(x) && sameLine(x.locations[0], at) && /全年执行数[\d.,]+有误/.test(x.message) && soleNumber(x.expected)?.eq(score));
    const ev = r ?? byParts;
    if (!ev) continue;
    const m = r ? (RATE_PARTS.exec(r.message) as RegExpExecArray) : null;
    const executedText = m ? (m[2] as string) : (ev.actual as string);
    const rateText = m ? (m[1] as string) : /执行率([\d.]+)[%％]按/.exec(ev.message)?.[1];
    const executed = new Decimal(executedText.replace(/,/g, ''));
    if (!rateText || executed.eq(score)) continue;
    if (m) {
      // Exchanged: the rate worked out from the score's figure holds to its printed places.
      const budget = new Decimal((m[3] as string).replace(/,/g, ''));
      if (budget.isZero() || score.div(budget).times(100).minus(new Decimal(rateText)).abs().gt(new Decimal(10).pow(-printedPlaces(rateText)))) continue;
    }
    // And the score worked out from the rate is the executed figure as printed.
    if (executed.minus(worked).abs().gt(new Decimal(10).pow(-printedPlaces(executedText)).div(2))) continue;
    const shift = score.minus(executed);
    const others = findings.filter(
      (x) =>
        x !== s &&
        x !== ev &&
        !gone.has(x) &&
        x.severity !== 'info' &&
        (sheetOf(x) === sheetOf(s) || x.rule === 'performance.quote-consistency') &&
        ((x.rule === 'performance.quote-consistency' && sameLine(x.locations[1], at) && ((soleNumber(x.expected)?.eq(executed) && soleNumber(x.actual)?.eq(score)) || (soleNumber(x.expected)?.eq(score) && soleNumber(x.actual)?.eq(executed)))) ||
          (x.rule === 'performance.score-over-weight' && sameLine(x.locations[0], at) && soleNumber(x.actual)?.eq(score)) ||
          sourcesBreak(x, '全年执行数', executedText, score) ||
          (x.rule === 'performance.total-sum' && (() => {
            const [e, a] = [soleNumber(x.expected), soleNumber(x.actual)];
            return e != null && a != null && e.minus(a).minus(shift).abs().lte('0.01');
          })())),
    );
    const folded = [ev, ...others];
    for (const x of folded) gone.add(x);
    const cell = (r ? r.locations[1] : ev.locations[0]) as Location;
    const held = r ? `执行率${rateText}%与全年执行数${s.actual}÷全年预算数${m?.[3]}相符` : `执行率${rateText}%与全年执行数${s.actual}相符`;
    merged.set(s, {
      ...s,
      severity: highestSeverity([s, ...folded]),
      message: `${sheetOf(s)}全年执行数${executedText}与预算执行得分${s.actual}疑为两栏数字写反（互换）：按互换后的数，${held}，预算执行得分${executedText}与执行率相符（由此引起的「${[...new Set(folded.map((x) => x.title))].join('、')}」不再另报）`,
      expected: `${s.actual}；${executedText}`,
      actual: `${executedText}；${s.actual}`,
      difference: null,
      locations: folded.reduce((ls, x) => addPlaces({ ...s, locations: ls }, x.locations), [cell, ...s.locations]),
    });
    requoteExecuted(findings, merged, sheetOf(s), executedText, s.actual as string);
  }
  return applyFolds(findings, gone, merged);
}

/**
 * A sheet row's 全年预算数 and 全年执行数 written in each other's place: the rate, the quotes of both
 * and the sources' sums all fail, as one slip. Taken as one only when the exchange makes everything
 * hold: the printed rate is the exchanged 执行数 ÷ 预算数 (to its printed places), no finding on the
 * sheet's score, every quote of the two figures is the other figure, and every sum of the sources fails
 * just as exchanged. One finding, the rate's, names the two cells; the others are folded into it.
 */
export function sheetBudgetSwapped(findings: readonly Finding[]): readonly Finding[] {
  const gone = new Set<Finding>();
  const merged = new Map<Finding, Finding>();
  for (const r of findings) {
    if (r.rule !== 'performance.execution-rate' || r.severity !== 'error' || gone.has(r)) continue;
    const m = RATE_PARTS.exec(r.message);
    const [at, executedAt, budgetAt] = [r.locations[0], r.locations[1], r.locations[2]];
    if (!m || !at || !executedAt || !budgetAt) continue;
    const [rateText, executedText, budgetText] = [m[1], m[2], m[3]] as [string, string, string];
    const [rate, executed, budget] = [rateText, executedText, budgetText].map((t) => new Decimal(t.replace(/,/g, ''))) as [Decimal, Decimal, Decimal];
    if (executed.isZero() || executed.eq(budget)) continue;
    // Exchanged back, the printed rate holds to its printed places.
    if (budget.div(executed).times(100).minus(rate).abs().gt(new Decimal(10).pow(-printedPlaces(rateText)))) continue;
    const sheet = (x: Finding) => !gone.has(x) && x !== r && x.severity !== 'info' && sheetOf(x) === sheetOf(r);
    // The score is worked out from the rate, which the exchange leaves as it is: a score found wrong is another slip.
    if (findings.some((x) => sheet(x) && (x.rule === 'performance.execution-score' || x.rule === 'performance.score-over-weight') && sameLine(x.locations[0], at))) continue;
    const quotes = findings.filter((x) => !gone.has(x) && x.rule === 'performance.quote-consistency' && x.severity !== 'info' && sheetNamed(x, r) && (sameLine(x.locations[1], executedAt) || sameLine(x.locations[1], budgetAt)) && /的全年(预算|执行)数/.test(x.message));
    // Every quote of the two figures is the other one, as printed in the row.
    const exchanged = (x: Finding) => {
      const [e, a] = [soleNumber(x.expected), soleNumber(x.actual)];
      return e != null && a != null && ((e.eq(budget) && a.eq(executed)) || (e.eq(executed) && a.eq(budget)));
    };
    if (quotes.some((q) => !exchanged(q))) continue;
    const sources = findings.filter((x) => sheet(x) && x.rule === 'performance.funds-parts' && sameLine(x.locations[0], at) && sourcesExchanged(x, budgetText, executedText, budget, executed));
    const folded = [...quotes, ...sources];
    for (const x of folded) gone.add(x);
    const also = folded.length ? `（由此引起的「${[...new Set(folded.map((x) => x.title))].join('、')}」不再另报）` : '';
    merged.set(r, {
      ...r,
      message: `${sheetOf(r)}全年预算数${budgetText}与全年执行数${executedText}疑为两栏数字写反（互换）：按互换后的数，执行率${rateText}%与全年执行数${budgetText}÷全年预算数${executedText}相符${quotes.length ? '，说明所引的数亦与互换后相符' : ''}${also}`,
      expected: `${executedText}；${budgetText}`,
      actual: `${budgetText}；${executedText}`,
      difference: null,
      locations: folded.reduce((ls, x) => addPlaces({ ...r, locations: ls }, x.locations), [budgetAt, executedAt, at, ...r.locations.slice(3)]),
    });
    requoteExecuted(findings, merged, sheetOf(r), executedText, budgetText);
  }
  return applyFolds(findings, gone, merged);
}

/** A quote's finding names the sheet of `r` ("…与项目支出绩效自评表「X」的…"). */
const sheetNamed = (q: Finding, r: Finding) => {
  const name = /「[^」]*」$/.exec(sheetOf(r) ?? '')?.[0];
  return name != null && q.message.includes(`项目支出绩效自评表${name}`);
};

/**
 * The sources' finding of a row whose 全年预算数 and 全年执行数 are exchanged: each of its sums is of
 * one of the two, and its sources add up to the other (so all hold once exchanged back).
 */
function sourcesExchanged(x: Finding, budgetText: string, executedText: string, budget: Decimal, executed: Decimal): boolean {
  const said = /不符：(.+)$/.exec(x.message)?.[1];
  if (!said) return false;
  const clauses = said.split('；');
  return clauses.every((c) => {
    const m = /^(全年执行数|全年预算数)([\d.,]+) ≠ (.+)$/.exec(c);
    if (!m) return false;
    const [printed, other] = m[1] === '全年预算数' ? [budgetText, executed] : [executedText, budget];
    if (m[2] !== printed) return false;
    const parts = [...(m[3] as string).matchAll(/[\d.,]+(?=\s*(?:\+|$))/g)].map((p) => new Decimal(p[0].replace(/,/g, '')));
    return parts.length > 0 && parts.reduce((a, b) => a.plus(b), new Decimal(0)).eq(other);
  });
}
