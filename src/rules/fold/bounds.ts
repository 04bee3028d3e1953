import type { Decimal } from '../../model/decimal.js';
import type { Finding } from '../../model/finding.js';
import { addPlaces, applyFolds, highestSeverity, numbersIn, sameStatement, timesPrinted } from './figures.js';
import { DERIVED_CATEGORY } from './kinds.js';

/** The figure a finding says something must not exceed ("≤ 20.63万元", "增加额 ≤ 0万元"). */
function upperBound(f: Finding): Decimal | null {
  const m = /≤\s*([\d,，.]+)\s*万元$/.exec(f.expected ?? '');
  return m ? (numbersIn(m[1] as string)[0] ?? null) : null;
}

/**
 * One printed figure that several findings each find too small at the same statement ("三公经费0万元"
 * below 公务用车 3.98, below 公务接待费 1.50, below its own increase of 1.55): one figure is the likelier
 * slip than every part at once. One finding, the first, says all of it with every place; nothing any
 * of them says is dropped.
 */
export function oneFigureBelowMany(findings: readonly Finding[]): readonly Finding[] {
  const bounded = findings.filter((f) => f.severity !== 'info' && DERIVED_CATEGORY.has(f.category) && upperBound(f) != null);
  const gone = new Set<Finding>();
  const merged = new Map<Finding, Finding>();
  for (const f of bounded) {
    if (gone.has(f) || merged.has(f)) continue;
    const w = upperBound(f) as Decimal;
    const printed = /≤\s*([\d,，.]+)\s*万元$/.exec(f.expected ?? '')?.[1] ?? w.toString();
    // Where the figure is printed: a statement of the finding that shows it.
    const at = f.locations.filter((l) => timesPrinted(l.text, w) > 0);
    const same = bounded.filter((g) => g !== f && !gone.has(g) && !merged.has(g) && upperBound(g)?.eq(w) && g.locations.some((l) => at.some((a) => sameStatement(l, a))));
    if (!same.length) continue;
    let locations = f.locations;
    for (const g of same) locations = addPlaces({ ...f, locations }, g.locations);
    const also = same.map((g) => g.message).join('；');
    const titles = [...new Set(same.map((g) => g.title).filter((t) => t !== f.title))];
    merged.set(f, {
      ...f,
      severity: highestSeverity([f, ...same]),
      message: `${f.message}；${also}：${same.length + 1}处都说明此${printed}万元偏小，疑为此数有误${titles.length ? `（「${titles.join('、')}」并入此处）` : ''}`,
      locations,
    });
    for (const g of same) gone.add(g);
  }
  return applyFolds(findings, gone, merged);
}
