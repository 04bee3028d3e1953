import { Decimal } from '../model/decimal.js';
import type { Claim, Disclosure } from '../model/disclosure.js';
import type { ComposeInputRaw, InputRow } from '../model/compose-input.js';
import { TABLE_IDS } from '../model/tables.js';

/**
 * A compose input recovered from any document `check` reads: the tables from the model, last year's
 * figures from the change the explanation states (prior = amount − change), budgets, counts,
 * procurement, performance quotes and the stated reasons from the claims. A published disclosure can
 * so be corrected and rendered again. What the document does not state is left out, not guessed.
 */
export function inputFromDisclosure(doc: Disclosure): ComposeInputRaw {
  const tables: ComposeInputRaw['tables'] = {};
  for (const id of TABLE_IDS) {
    const t = doc.tables.find((x) => x.id === id);
    if (!t) continue;
    const rows: InputRow[] = t.rows.map((r) => {
      const cells: Record<string, string | null> = {};
      for (const [k, f] of Object.entries(r.cells)) cells[k] = f ? f.value : null;
      return { key: r.key, ...(r.code ? { code: r.code } : {}), name: r.name, ...(r.side ? { side: r.side } : {}), cells };
    });
    tables[id] = { rows, ...(t.emptyStatement ? { emptyStatement: t.emptyStatement } : {}) };
  }
  const reasonOf = reasonFinder(doc);
  const prior: Record<string, string> = {};
  const budgets: Record<string, { amount: string; basis: 'initial' | 'full' }> = {};
  const reasons: Record<string, string> = {};
  for (const c of doc.claims) {
    const key = c.subject.key;
    const ch = c.change;
    if (c.amount && ch?.against === 'prior' && prior[key] == null) {
      const amount = new Decimal(c.amount.value);
      const change = ch.amount ? new Decimal(ch.amount.value).abs() : ch.direction === 'flat' ? new Decimal(0) : null;
      if (change && ch.direction) prior[key] = amount.minus(ch.direction === 'decrease' ? change.neg() : ch.direction === 'increase' ? change : 0).toFixed(2);
      const why = reasonOf(c);
      if (why && reasons[key] == null) reasons[key] = why;
    }
    // Only the budgets compose writes from: 三公 budgets live in table 09, projects' in performance.
    if (c.budget?.amount && budgets[key] == null && /^(general\.expense|fc:\d{7}|operatingCost)$/.test(key)) {
      budgets[key] = { amount: new Decimal(c.budget.amount.value).toFixed(2), basis: c.budget.basis === 'full' ? 'full' : 'initial' };
    }
    if (c.budget && reasons[`${key}:budget`] == null) {
      const why = reasonOf({ ...c, change: null });
      if (why) reasons[`${key}:budget`] = why;
    }
  }
  const counts = (key: string, unit: RegExp) => doc.claims.find((c) => c.subject.key === key && c.count && unit.test(c.count.unit))?.count?.value.value;
  const amount = (key: string) => doc.claims.find((c) => c.subject.key === key && c.amount)?.amount?.value;
  const int = (v: string | undefined) => (v == null ? undefined : Number.parseInt(v, 10));
  const threePublic = {
    abroadGroups: int(counts('threePublic.abroad', /个|团/)) ?? 0,
    abroadPeople: int(counts('threePublic.abroad', /人/)) ?? 0,
    vehiclesPurchased: int(counts('threePublic.vehiclesPurchased', /辆/)) ?? 0,
    vehicleStock: int(counts('threePublic.vehicleStock', /辆/)) ?? 0,
    ...(counts('threePublic.receptionDomestic', /批/) != null
      ? { receptionDomestic: { batches: int(counts('threePublic.receptionDomestic', /批/)) ?? 0, people: int(counts('threePublic.receptionDomestic', /人/)) ?? 0, ...(amount('threePublic.receptionDomestic') ? { amount: amount('threePublic.receptionDomestic') } : {}) } }
      : {}),
    ...(counts('threePublic.receptionForeign', /批/) != null
      ? { receptionForeign: { batches: int(counts('threePublic.receptionForeign', /批/)) ?? 0, people: int(counts('threePublic.receptionForeign', /人/)) ?? 0, amount: amount('threePublic.receptionForeign') ?? '0' } }
      : {}),
  };
  const procurementTotal = amount('procurement.total');
  const sharePart = (key: string, base: string | undefined) => {
    const share = doc.claims.find((c) => c.subject.key === key && c.share)?.share?.rate.value;
    return share != null && base != null ? new Decimal(base).times(share).div(100).toFixed(2) : undefined;
  };
  const procurement = procurementTotal
    ? {
        goods: amount('procurement.goods') ?? '0',
        works: amount('procurement.works') ?? '0',
        services: amount('procurement.services') ?? '0',
        sme: amount('procurement.sme') ?? '0',
        micro: amount('procurement.micro') ?? '0',
        smeGoods: sharePart('procurement.goods.sme', amount('procurement.goods')) ?? '0',
        smeWorks: sharePart('procurement.works.sme', amount('procurement.works')) ?? '0',
        smeServices: sharePart('procurement.services.sme', amount('procurement.services')) ?? '0',
      }
    : undefined;
  const vehicles = int(counts('assets.vehicles', /辆/));
  const operating = amount('operatingCost');
  const byLine = lineTexts(doc);
  const gradeOf = (line: number | null) => /等级为\s*[“"]?(优|良|中|差)/.exec(line != null ? (byLine.get(line) ?? '') : '')?.[1];
  const projects = doc.performance.quotes
    .filter((q) => q.source === 'narrative' && !q.aggregate && q.fullBudget && q.executed)
    .map((q) => ({
      name: q.name,
      fullBudget: q.fullBudget?.value as string,
      executed: q.executed?.value as string,
      ...(q.score ? { score: q.score.value } : {}),
      ...((q.grade ?? gradeOf(q.location.line)) ? { grade: (q.grade ?? gradeOf(q.location.line)) as '优' } : {}),
    }));
  return {
    facts: {
      department: doc.facts.department ?? '（待填写）',
      scope: doc.facts.scope ?? '部门',
      region: doc.facts.region ?? '（待填写）',
      year: doc.facts.fiscalYear ?? new Date().getFullYear() - 1,
      // The kind of unit is not printed; one that reports 机关运行经费 is taken as administrative.
      unitKind: operating != null ? '行政' : '事业',
      ...(entityOf(doc) ? { entity: entityOf(doc) } : {}),
    },
    overview: overviewOf(doc),
    tables,
    prior,
    budgets,
    threePublic,
    ...(operating != null ? { operatingCost: operating } : {}),
    ...(procurement ? { procurement } : {}),
    assets: { vehicles: vehicles ? { 其他用车: vehicles } : {}, equipment: int(counts('assets.equipment', /台|套/)) ?? 0 },
    performance: { projects },
    reasons,
  };
}

function entityOf(doc: Disclosure): string | undefined {
  return doc.tables.find((t) => t.entity)?.entity ?? undefined;
}

/**
 * The reason stated for a claim: the first "主要原因是…" / "主要原因：…" after the claim's sentence in
 * its paragraph, before the next figure-bearing sentence of another claim would begin.
 */
function reasonFinder(doc: Disclosure): (c: Claim) => string | undefined {
  const byLine = lineTexts(doc);
  return (c) => {
    const line = c.location.line != null ? byLine.get(c.location.line) : undefined;
    const text = line ?? c.sentence;
    const start = Math.max(0, text.indexOf(c.sentence));
    // The reason follows the statement it explains: the comparison with last year (相比) for a
    // change, the comparison with the budget for an execution.
    const anchorRe = c.change?.against === 'prior' ? /相比/g : /完成[^，。]{0,4}预算|决算数[大小]于/g;
    anchorRe.lastIndex = start;
    const anchor = anchorRe.exec(text);
    if (!anchor) return undefined;
    const re = /主要(?:变动)?原因(?:是|为|：|:)\s*([^。]+)/g;
    re.lastIndex = anchor.index;
    const m = re.exec(text);
    if (!m) return undefined;
    // A reason after a later comparison belongs to that comparison, not to this one.
    const between = text.slice(anchor.index + anchor[0].length, m.index);
    if ((c.change?.against === 'prior' ? /相比|完成.{0,4}预算/ : /相比/).test(between)) return undefined;
    return m[1]?.trim() || undefined;
  };
}

function lineTexts(doc: Disclosure): Map<number, string> {
  const byLine = new Map<number, string>();
  for (const l of doc.lines) if (l.location.line != null && !l.location.cell) byLine.set(l.location.line, l.text);
  return byLine;
}

/** The duties and organisation paragraphs, by the lines between their headings and the next heading. */
function overviewOf(doc: Disclosure): { duties: string[]; organization: string } {
  const heads = doc.sections.filter((s) => s.location.line != null).sort((a, b) => (a.location.line as number) - (b.location.line as number));
  const linesOf = (key: string) => {
    const i = heads.findIndex((s) => s.key === key);
    if (i < 0) return [];
    const from = heads[i]?.location.line as number;
    const to = (heads[i + 1]?.location.line as number | undefined) ?? Number.POSITIVE_INFINITY;
    return doc.lines.filter((l) => l.location.line != null && l.location.line > from && l.location.line < to && !l.location.cell).map((l) => l.text.trim()).filter(Boolean);
  };
  return {
    duties: linesOf('overview.duties').map((t) => t.replace(/^[（(][一二三四五六七八九十\d]+[）)]\s*/, '')),
    organization: linesOf('overview.organization').join('\n'),
  };
}
