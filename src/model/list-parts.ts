import { money, moneyAll, samePrinted, whereFigure } from './claims.js';
import { Decimal, type Figure, dec, halfUnit } from './decimal.js';
import type { Claim, Disclosure } from './disclosure.js';
import { samePlace } from './location.js';
import { type Published, yearFigures } from './year-figures.js';

/** Subjects whose name does not tell one thing from another (a project read from its page, an unsure reading). */
const VAGUE = /^(performance\.|unsure:|project:)/;

/**
 * One name said twice in one "其中" list with two amounts ("其中：基本支出816.48万元…；基本支出1463.8万元"):
 * the list names one part twice, so one of the two names is wrong.
 */
export interface RepeatedPart {
  whole: Claim;
  first: Claim;
  second: Claim;
  /**
   * The one of the two whose amount another list gives, under another name, beside this name
   * ("其中：基本支出816.49万元…；项目支出1463.8万元" elsewhere): that one is misnamed, and `named` is
   * what the other list calls it. Null when the document does not tell which.
   */
  misnamed: { claim: Claim; named: Claim } | null;
}

const cache = new WeakMap<Disclosure, RepeatedPart[]>();

export function repeatedParts(doc: Disclosure): RepeatedPart[] {
  const had = cache.get(doc);
  if (had) return had;
  const byParent = new Map<string, Claim[]>();
  for (const c of doc.claims) {
    if (!c.parent || !c.amount || VAGUE.test(c.subject.key)) continue;
    byParent.set(c.parent, [...(byParent.get(c.parent) ?? []), c]);
  }
  const out: RepeatedPart[] = [];
  for (const [parentId, parts] of byParent) {
    const whole = doc.claims.find((c) => c.id === parentId);
    if (!whole) continue;
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i] as Claim;
        const b = parts[j] as Claim;
        if (a.subject.key !== b.subject.key || samePrinted(a.amount!, b.amount!).equal) continue;
        out.push({ whole, first: a, second: b, misnamed: misnamedOf(doc, parentId, a, b) });
      }
    }
  }
  cache.set(doc, out);
  return out;
}

/**
 * The list (its whole) in which a claim is one of two parts of one name, or null: figures computed
 * from such a part, or summed by name over its list, follow from the slip of the name.
 */
export function listedTwiceIn(doc: Disclosure, c: Claim): Claim | null {
  return repeatedParts(doc).find((r) => r.first === c || r.second === c)?.whole ?? null;
}

/**
 * Which of two parts of one name is misnamed, by another list of the document that names this part
 * beside a sibling: the one whose amount that sibling carries, when only one of the two does.
 */
function misnamedOf(doc: Disclosure, parentId: string, a: Claim, b: Claim): RepeatedPart['misnamed'] {
  const key = a.subject.key;
  const hits: { claim: Claim; named: Claim }[] = [];
  const lists = new Set(doc.claims.filter((c) => c.parent && c.parent !== parentId && c.subject.key === key).map((c) => c.parent as string));
  for (const list of lists) {
    for (const s of doc.claims) {
      if (s.parent !== list || s.subject.key === key || !s.amount) continue;
      for (const x of [a, b]) if (samePrinted(x.amount!, s.amount).equal && !hits.some((h) => h.claim === x)) hits.push({ claim: x, named: s });
    }
  }
  return hits.length === 1 ? (hits[0] as { claim: Claim; named: Claim }) : null;
}

/**
 * Parts listed ("其中") under a whole they cannot belong to by name (Claim.listedUnder), with what
 * proves the whole's name wrong when the document does: the parts add up to the whole's amount, and
 * that amount is what another statement (text or table) gives the parts' own whole, or another
 * statement gives this whole a different amount. `proof` null: which name is wrong is not shown.
 */
export interface MisplacedParts {
  whole: Claim;
  parts: Claim[];
  owner: string;
  ownerLabel: string;
  sum: Decimal;
  adds: boolean;
  proof: { as: 'owner' | 'other'; label: string; figure: Published } | null;
}

/** The department's quantity of the same name: a statement of it with the same amount speaks for the 财政拨款 one. */
const SAME_NAME: Record<string, string[]> = { 'general.basic': ['expense.basic'], 'general.project': ['expense.project'] };

const misplacedCache = new WeakMap<Disclosure, MisplacedParts[]>();

export function misplacedParts(doc: Disclosure): MisplacedParts[] {
  const had = misplacedCache.get(doc);
  if (had) return had;
  const byWhole = new Map<string, Claim[]>();
  for (const c of doc.claims) if (c.listedUnder && c.amount) byWhole.set(c.listedUnder.whole, [...(byWhole.get(c.listedUnder.whole) ?? []), c]);
  const out: MisplacedParts[] = [];
  const current = byWhole.size ? yearFigures(doc).current : {};
  for (const [id, parts] of byWhole) {
    const whole = doc.claims.find((c) => c.id === id);
    const w = whole?.amount;
    if (!whole || !w) continue;
    const { owner, ownerLabel } = parts[0]!.listedUnder!;
    const figs = moneyAll(parts.map((p) => p.amount!));
    const sum = figs.reduce((s, f) => s.plus(dec(f)), new Decimal(0));
    // Within the half units of the printed figures (one half per part and one for the whole).
    const slack = figs.reduce((s, f) => s.plus(halfUnit(f.decimals)), halfUnit(money(w).decimals));
    const adds = dec(w).minus(sum).abs().lte(slack);
    const here = whereFigure(whole, w);
    const elsewhere = (key: string) => (current[key]?.figures ?? []).filter((f) => !samePlace(f.location, here)).map((figure) => ({ label: current[key]!.label, figure }));
    const same = (f: Published) => samePrinted(money(w), asFigure(f)).equal;
    const asOwner = [owner, ...(SAME_NAME[owner] ?? [])].flatMap(elsewhere).find((x) => same(x.figure));
    const other = elsewhere(whole.subject.key).find((x) => !same(x.figure));
    const proof = !adds ? null : asOwner ? { as: 'owner' as const, ...asOwner } : other ? { as: 'other' as const, ...other } : null;
    out.push({ whole, parts, owner, ownerLabel, sum, adds, proof });
  }
  misplacedCache.set(doc, out);
  return out;
}

function asFigure(p: Published): Figure {
  return { value: p.value, decimals: p.decimals, raw: p.raw, kind: 'amount', unit: '万元', location: p.location };
}
