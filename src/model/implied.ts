import { Decimal, type Interval, exact, intervalOf } from './decimal.js';
import type { Claim, Disclosure } from './disclosure.js';
import { claimsOf, money } from './claims.js';
import { perDocument } from './per-document.js';

/**
 * Figures the explanation implies without saying them: 年初结转和结余 = 收入总计 − 本年收入合计 −
 * 使用非财政拨款结余; 年末结转和结余 = 支出总计 − 本年支出合计 − 结余分配 (and the same for 财政拨款).
 */
export interface Implied {
  key: string;
  label: string;
  value: Interval;
  /** Printed midpoint, for messages. */
  mid: Decimal;
  from: Claim[];
  /** How each of `from` enters the value: +1 added, −1 taken away. */
  signs: (1 | -1)[];
  how: string;
}

function first(doc: Disclosure, keys: string[]): Claim | undefined {
  for (const k of keys) {
    const c = claimsOf(doc, k).find((x) => x.amount && x.section?.startsWith('explain'));
    if (c) return c;
  }
  for (const k of keys) {
    const c = claimsOf(doc, k).find((x) => x.amount);
    if (c) return c;
  }
  return undefined;
}

/** (Asked by two rules: worked out once per document.) */
export const impliedValues: (doc: Disclosure) => readonly Implied[] = perDocument((doc) => {
  const out: Implied[] = [];
  const derive = (key: string, lbl: string, grandKeys: string[], partKey: string, otherKey: string, how: string) => {
    const g = first(doc, grandKeys);
    const p = first(doc, [partKey]);
    if (!g?.amount || !p?.amount) return;
    const o = first(doc, [otherKey]);
    const gi = intervalOf(money(g.amount));
    const pi = intervalOf(money(p.amount));
    const oi = o?.amount ? intervalOf(money(o.amount)) : exact(new Decimal(0));
    const value = { lo: gi.lo.minus(pi.hi).minus(oi.hi), hi: gi.hi.minus(pi.lo).minus(oi.lo) };
    const mid = new Decimal(g.amount.value).minus(p.amount.value).minus(o?.amount?.value ?? 0);
    out.push({ key, label: lbl, value, mid, from: [g, p, ...(o ? [o] : [])], signs: [1, -1, ...(o ? [-1 as const] : [])], how: `${how}${o ? '' : '（未提及的一项按0计）'}` });
  };
  derive('income.opening', '年初结转和结余', ['income.grand', 'total'], 'income.total', 'income.useNonFiscalBalance', '收入总计 − 本年收入合计 − 使用非财政拨款结余');
  derive('expense.closing', '年末结转和结余', ['expense.grand', 'total'], 'expense.total', 'expense.distribution', '支出总计 − 本年支出合计 − 结余分配');
  derive('fiscal.opening', '年初财政拨款结转和结余', ['fiscal.income.grand', 'fiscal.total'], 'fiscal.income', '', '财政拨款收入总计 − 本年财政拨款收入');
  derive('fiscal.closing', '年末财政拨款结转和结余', ['fiscal.expense.grand', 'fiscal.total'], 'fiscal.expense', '', '财政拨款支出总计 − 本年财政拨款支出');
  // Without the grand totals, the year's flow: what was carried in, plus what came in, less what was spent.
  for (const f of FLOWS) {
    if (out.some((x) => x.key === f.closing)) continue;
    const flow = flowOf(doc, f);
    if (flow) out.push(flow);
  }
  return out;
});

/**
 * 年末结转和结余 = 年初结转和结余 + 本年收入 (+ 使用非财政拨款结余) − 本年支出 (− 结余分配), for the unit
 * and for each kind of 财政拨款 (which has no other terms). The unit's flow is used only when its other
 * terms are stated too ("用事业基金弥补收支差额0万元，结余分配0万元"): left unsaid they may be anything.
 */
interface Flow {
  closing: string;
  opening: string[];
  income: string[];
  expense: string[];
  plus: string | null;
  minus: string | null;
  label: string;
}

const FLOWS: Flow[] = [
  { closing: 'expense.closing', opening: ['income.opening'], income: ['income.total'], expense: ['expense.total'], plus: 'income.useNonFiscalBalance', minus: 'expense.distribution', label: '年末结转和结余' },
  { closing: 'fiscal.closing', opening: ['fiscal.opening'], income: ['fiscal.income'], expense: ['fiscal.expense'], plus: null, minus: null, label: '年末财政拨款结转和结余' },
  { closing: 'general.closing', opening: ['general.opening'], income: ['income.general', 'general.income'], expense: ['general.expense'], plus: null, minus: null, label: '一般公共预算财政拨款年末结转和结余' },
  { closing: 'fund.closing', opening: ['fund.opening'], income: ['income.fund', 'fund.income'], expense: ['fund.expense'], plus: null, minus: null, label: '政府性基金预算财政拨款年末结转和结余' },
  { closing: 'capital.closing', opening: ['capital.opening'], income: ['income.capital', 'capital.income'], expense: ['capital.expense'], plus: null, minus: null, label: '国有资本经营预算财政拨款年末结转和结余' },
];

/**
 * The unit's flow is stated but for its other terms (使用非财政拨款结余, 结余分配), so no balance follows
 * from it.
 */
export function flowLacksTerms(doc: Disclosure): boolean {
  const f = FLOWS[0] as Flow;
  const said = (keys: string[]) => !!first(doc, keys)?.amount;
  return said(f.opening) && said(f.income) && said(f.expense) && said([f.closing]) && !flowOf(doc, f);
}

function flowOf(doc: Disclosure, f: Flow): Implied | null {
  const opening = first(doc, f.opening);
  const income = first(doc, f.income);
  const expense = first(doc, f.expense);
  const plus = f.plus ? first(doc, [f.plus]) : undefined;
  const minus = f.minus ? first(doc, [f.minus]) : undefined;
  if (!opening?.amount || !income?.amount || !expense?.amount) return null;
  if ((f.plus && !plus?.amount) || (f.minus && !minus?.amount)) return null;
  const terms: [Claim, 1 | -1][] = [[opening, 1], [income, 1], [expense, -1]];
  if (plus) terms.push([plus, 1]);
  if (minus) terms.push([minus, -1]);
  let lo = new Decimal(0);
  let hi = new Decimal(0);
  let mid = new Decimal(0);
  for (const [c, sign] of terms) {
    const i = intervalOf(money(c.amount!));
    lo = sign > 0 ? lo.plus(i.lo) : lo.minus(i.hi);
    hi = sign > 0 ? hi.plus(i.hi) : hi.minus(i.lo);
    mid = mid.plus(new Decimal(c.amount!.value).times(sign));
  }
  const how = `年初结转和结余 + 本年收入${plus ? ' + 使用非财政拨款结余' : ''} − 本年支出${minus ? ' − 结余分配' : ''}`;
  return { key: f.closing, label: f.label, value: { lo, hi }, mid, from: terms.map(([c]) => c), signs: terms.map(([, sign]) => sign), how };
}
