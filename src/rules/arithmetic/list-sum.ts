import { label, money, moneyAll, where } from '../../model/claims.js';
import { Decimal, type Figure, dec, fmt } from '../../model/decimal.js';
import type { Claim } from '../../model/disclosure.js';
import { compareSum } from '../arith.js';
import { defineRule, notApplicable } from '../rule.js';
import { locs, md, partsCause, reportComparison } from './lib.js';

/**
 * "人员经费146.15万元、公用经费11.23万元，合计157.38万元": the sum a sentence says of the amounts it has just
 * listed must be their sum. What the items add up to needs no table nor any other statement.
 */
export const listSum = defineRule({
  id: 'arithmetic.list-sum',
  title: '所列各项的“合计”与各项之和不符',
  category: 'arithmetic',
  severity: 'error',
  authority: '算术一致性（所列各项之和 = 其后所写的合计；XBRL Calculations 1.1 舍入容差）',
  description: '一句中先列出若干金额、随后写“合计”“共计”时，合计应等于所列各项之和，差额不超过各数舍入半单位之和（尾差提示），超出即错误。',
  cases: [
    { name: '146.15 + 11.23 = 157.38', expect: 'pass', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '其中：人员经费146.15万元、公用经费11.23万元，合计157.38万元。') },
    { name: '合计小数点错位', expect: 'fail', mentions: '1573.8', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '其中：人员经费146.15万元、公用经费11.23万元，合计1573.8万元。') },
    { name: '整体在“其中”之前，不计入合计', expect: 'pass', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '基本支出157.38万元，其中：人员经费146.15万元、公用经费11.23万元，合计157.38万元。') },
    { name: '差额在各数舍入尾差之内', expect: 'pass', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '其中：人员经费146.15万元、公用经费11.23万元，合计157.39万元。') },
  ],
  check(ctx) {
    const sums = ctx.doc.claims.filter((c) => c.sumOf?.length && c.amount);
    if (!sums.length) return notApplicable('说明中没有先列各项再写“合计”的表述');
    const byId = new Map(ctx.doc.claims.map((c) => [c.id, c]));
    for (const s of sums) {
      const items = (s.sumOf ?? []).map((id) => byId.get(id)).filter((c): c is Claim => c?.amount != null);
      if (items.length < 2) continue;
      const ps = items.map((c) => c.amount as Figure);
      const cmp = compareSum(money(s.amount as Figure), moneyAll(ps));
      const total = ps.reduce((t, f) => t.plus(dec(money(f))), new Decimal(0));
      reportComparison(ctx, cmp, {
        message: `${s.subject.label}${s.amount?.raw}与所列各项之和${fmt(total)}万元（${items.map((c) => `${label(c)}${c.amount?.raw}`).join(' + ')}）不符`,
        tailMessage: `${s.subject.label}${s.amount?.raw}与所列各项之和${fmt(total)}万元相差${fmt(dec(money(s.amount as Figure)).minus(total))}万元，在舍入误差范围内（尾差）`,
        expected: `${fmt(total)}万元`,
        actual: s.amount?.raw ?? '',
        locations: locs(where(s), ...items.map(where)),
        section: s.section,
        cause: partsCause(s.id),
      });
    }
  },
});

export const rules = [listSum];
