import { Decimal, type Interval, exact, intervalOf } from './decimal.js';
import type { Claim, Disclosure } from './disclosure.js';
import { money } from './claims.js';

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
  how: string;
}

function first(doc: Disclosure, keys: string[]): Claim | undefined {
  for (const k of keys) {
    const c = doc.claims.find((x) => x.subject.key === k && x.amount && x.section?.startsWith('explain'));
    if (c) return c;
  }
  for (const k of keys) {
    const c = doc.claims.find((x) => x.subject.key === k && x.amount);
    if (c) return c;
  }
  return undefined;
}

export function impliedValues(doc: Disclosure): Implied[] {
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
    out.push({ key, label: lbl, value, mid, from: [g, p, ...(o ? [o] : [])], how: `${how}${o ? '' : '（未提及的一项按0计）'}` });
  };
  derive('income.opening', '年初结转和结余', ['income.grand', 'total'], 'income.total', 'income.useNonFiscalBalance', '收入总计 − 本年收入合计 − 使用非财政拨款结余');
  derive('expense.closing', '年末结转和结余', ['expense.grand', 'total'], 'expense.total', 'expense.distribution', '支出总计 − 本年支出合计 − 结余分配');
  derive('fiscal.opening', '年初财政拨款结转和结余', ['fiscal.income.grand', 'fiscal.total'], 'fiscal.income', '', '财政拨款收入总计 − 本年财政拨款收入');
  derive('fiscal.closing', '年末财政拨款结转和结余', ['fiscal.expense.grand', 'fiscal.total'], 'fiscal.expense', '', '财政拨款支出总计 − 本年财政拨款支出');
  return out;
}
