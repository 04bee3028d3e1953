import { dec } from '../../model/decimal.js';
import type { Claim } from '../../model/disclosure.js';

const OF_FISCAL: Record<string, { key: string; label: string }> = {
  'general.basic': { key: 'fiscal.basic', label: '财政拨款基本支出' },
  'general.project': { key: 'fiscal.project', label: '财政拨款项目支出' },
};

/**
 * 基本支出 / 项目支出 listed under all 财政拨款 spending ("财政拨款支出1300万元，其中：一般公共预算…1000万元、
 * 政府性基金…300万元；按支出性质分，基本支出610万元") are 一般公共预算's only when there is no other fund's
 * spending: where the text states a fund's or 国有资本经营's spending above 0, they are all 财政拨款's, keyed
 * so and taken out of the list of the funds (they split the same whole another way).
 */
export function splitOfAllFiscal(claims: Claim[]): void {
  const otherFunds = claims.some((c) => /^(?:fund|capital)\.expense$/.test(c.subject.key) && c.amount != null && !dec(c.amount).isZero());
  if (!otherFunds) return;
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const c of claims) {
    const to = OF_FISCAL[c.subject.key];
    if (!to || !c.parent || byId.get(c.parent)?.subject.key !== 'fiscal.expense') continue;
    c.subject = { ...c.subject, key: to.key, label: c.subject.label === '基本支出' || c.subject.label === '项目支出' ? to.label : c.subject.label };
    c.parent = null;
  }
}
