// Which subject (by its key in the model: income.total, threePublic.vehicle, fc:2010101…) is a part of
// which whole. The reader scopes "其中" lists by it, and the rules sum and compare parts by it.

/** The known partition of a whole into parts (used to scope "其中" lists and to check sums). */
export const PARTS: Record<string, string[]> = {
  total: ['income.total', 'income.useNonFiscalBalance', 'income.opening', 'expense.total', 'expense.distribution', 'expense.closing'],
  'income.grand': ['income.total', 'income.useNonFiscalBalance', 'income.opening'],
  'expense.grand': ['expense.total', 'expense.distribution', 'expense.closing'],
  'income.actual': ['income.total', 'income.general', 'income.fiscal', 'income.useNonFiscalBalance', 'income.opening'],
  'expense.actual': ['expense.total', 'expense.distribution', 'expense.closing', 'expense.basic', 'expense.project'],
  'income.total': [
    'income.fiscal',
    'income.general',
    'income.fund',
    'income.capital',
    'income.superior',
    'income.business',
    'income.operating',
    'income.affiliated',
    'income.other',
  ],
  'income.fiscal': ['income.general', 'income.fund', 'income.capital'],
  // 财政拨款 of the year by the kind of budget it comes from.
  'fiscal.income': ['income.general', 'general.income', 'income.fund', 'fund.income', 'income.capital', 'capital.income'],
  'fiscal.expense': ['general.expense', 'fund.expense', 'capital.expense'],
  'expense.total': ['expense.basic', 'expense.project', 'expense.toSuperior', 'expense.operating', 'expense.toAffiliated'],
  'fiscal.total': ['fiscal.opening', 'fiscal.income', 'fiscal.closing', 'fiscal.expense'],
  'fiscal.income.grand': ['fiscal.opening', 'fiscal.income'],
  'fiscal.expense.grand': ['fiscal.closing', 'fiscal.expense'],
  'general.expense': ['general.basic', 'general.project'],
  'fund.total': ['fund.opening', 'fund.income', 'fund.closing', 'fund.expense'],
  'fund.income.grand': ['fund.opening', 'fund.income'],
  'fund.expense.grand': ['fund.closing', 'fund.expense'],
  'fund.expense': ['fund.basic', 'fund.project'],
  'capital.total': ['capital.opening', 'capital.income', 'capital.closing', 'capital.expense'],
  'capital.income.grand': ['capital.opening', 'capital.income'],
  'capital.expense.grand': ['capital.closing', 'capital.expense'],
  'capital.expense': ['capital.basic', 'capital.project'],
  'general.basic': ['basic.personnel', 'basic.public'],
  'threePublic.total': ['threePublic.abroad', 'threePublic.vehicle', 'threePublic.reception'],
  'threePublic.vehicle': ['threePublic.vehiclePurchase', 'threePublic.vehicleOps'],
  'threePublic.reception': ['threePublic.receptionDomestic', 'threePublic.receptionForeign'],
  'procurement.total': ['procurement.goods', 'procurement.works', 'procurement.services'],
  'procurement.sme': ['procurement.micro'],
};


export function isPartOf(parentKey: string, childKey: string): boolean {
  if (PARTS[parentKey]?.includes(childKey)) return true;
  if (/^(general\.expense|fiscal\.expense|expense\.total|general\.basic|general\.project)$/.test(parentKey) && /^fc\??:/.test(childKey)) return true;
  if (parentKey.startsWith('fc:') && childKey.startsWith('fc:') && childKey.length > parentKey.length && childKey.startsWith(parentKey)) return true;
  if (parentKey.startsWith('project:') && childKey.startsWith('project:')) return false;
  return false;
}

/**
 * The whole a part's name belongs to when it is listed under a sibling of that whole instead
 * (人员经费 under 项目支出: both 基本支出 and 项目支出 are parts of one spending), else null. Only
 * siblings: a whole that could hold the part at some depth, or one of another scope, is no proof.
 */
export function ownerInstead(wholeKey: string, partKey: string): string | null {
  if (isDescendant(wholeKey, partKey)) return null;
  for (const [owner, parts] of Object.entries(PARTS)) {
    if (owner === wholeKey || !parts.includes(partKey)) continue;
    if (Object.entries(PARTS).some(([g, sibs]) => !TWO_SIDED.has(g) && sibs.includes(owner) && sibs.includes(wholeKey))) return owner;
  }
  return null;
}

/** Wholes whose parts are both sides of an account (收、支总计): a side's parts under the other side are narrative.parts-other-side's. */
const TWO_SIDED = new Set(['total', 'fiscal.total', 'fund.total', 'capital.total']);

/**
 * Two parts of one whole, neither holding the other (基本支出 and 项目支出 of 本年支出): the second is
 * never listed under the first, whatever the scope they are said in.
 */
export function areSiblings(a: string, b: string): boolean {
  if (a === b || isDescendant(a, b) || isDescendant(b, a)) return false;
  return Object.values(PARTS).some((parts) => parts.includes(a) && parts.includes(b));
}

/** A part, or a part of a part (公务用车购置费 of the 三公 total). */
export function isDescendant(parentKey: string, childKey: string): boolean {
  if (isPartOf(parentKey, childKey)) return true;
  return (PARTS[parentKey] ?? []).some((p) => isPartOf(p, childKey));
}
