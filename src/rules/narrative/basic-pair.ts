import { samePrinted } from '../../model/claims.js';
import type { Figure } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';

/** Keys of any 基本支出 total (of all funds, of 一般公共预算, of a fund): what 人员经费 / 公用经费 split. */
const BASIC_TOTAL = /^(?:expense|general|fund|capital|fiscal)\.basic$/;
const PARTS = ['basic.personnel', 'basic.public'] as const;

/**
 * The 基本支出 total a 人员经费 / 公用经费 claim is said of: its "其中" whole, else the last 基本支出 total
 * said before it in its own sentence ("基本支出816.48万元，其中人员经费…"); null when the sentence names none.
 */
export function basicOwner(doc: Disclosure, part: Claim): Claim | null {
  if (part.parent) return doc.claims.find((c) => c.id === part.parent) ?? null;
  let owner: Claim | null = null;
  let before: Claim | null = null;
  for (const c of doc.claims) {
    if (c === part) break;
    if (c.sentence === part.sentence && BASIC_TOTAL.test(c.subject.key)) owner = c;
    if (c.sentence !== part.sentence) before = c;
  }
  // A sentence opening with 其中 lists the parts of the total the sentence before ends on.
  if (!owner && /^\s*其中/.test(part.sentence) && before && BASIC_TOTAL.test(before.subject.key)) return before;
  return owner;
}

/**
 * The 人员经费 and 公用经费 of this 一般公共预算财政拨款基本支出 claim: those said of it, else those said of no
 * other total in its own section or in the 基本支出 section, else those of a total printed the same. A pair
 * said of another total (all funds' 基本支出 in 支出决算) is not its pair, whatever the figures.
 */
export function basicPairOf(doc: Disclosure, whole: Claim): { personnel: Claim | null; public: Claim | null } {
  const mine = (c: Claim) => c.amount != null && PARTS.includes(c.subject.key as (typeof PARTS)[number]);
  const owned = doc.claims.filter((c) => mine(c) && basicOwner(doc, c) === whole);
  const loose = doc.claims.filter((c) => mine(c) && basicOwner(doc, c) == null && c.section != null && (c.section === whole.section || c.section === 'explain.basic'));
  // Then a pair said of another total printed the same (all funds' 基本支出 that is all 一般公共预算's).
  const twin = doc.claims.filter((c) => mine(c) && basicOwner(doc, c) != null && basicScope(doc, c) === 'general.basic');
  const pick = (key: string) => [owned, loose, twin].map((cs) => cs.find((c) => c.subject.key === key)).find((c) => c != null) ?? null;
  return { personnel: pick('basic.personnel'), public: pick('basic.public') };
}

/**
 * Which 基本支出 a 人员经费 / 公用经费 claim is of, to tell apart the pairs of two totals that share one name:
 * 一般公共预算's (said of it, in the 基本支出 section, or of a total printed the same, whose parts are then
 * the same too), another total's key and figure, else '' (not told).
 */
export function basicScope(doc: Disclosure, part: Claim): string {
  if (!PARTS.includes(part.subject.key as (typeof PARTS)[number])) return '';
  const owner = basicOwner(doc, part);
  if (owner) return ownedScope(doc, owner);
  if (part.section === 'explain.basic') return 'general.basic';
  // Said of no total: 一般公共预算's unless the document gives another total a pair of its own.
  const others = doc.claims.some((c) => PARTS.includes(c.subject.key as (typeof PARTS)[number]) && c !== part && (() => {
    const o = basicOwner(doc, c);
    return o != null && ownedScope(doc, o) !== 'general.basic';
  })());
  return others ? '' : 'general.basic';
}

function ownedScope(doc: Disclosure, owner: Claim): string {
  if (owner.subject.key === 'general.basic' || !owner.amount) return owner.subject.key;
  const general = doc.claims.filter((c) => c.subject.key === 'general.basic' && c.amount);
  return general.some((g) => samePrinted(g.amount as Figure, owner.amount as Figure).equal) ? 'general.basic' : `${owner.subject.key}=${owner.amount.value}`;
}
