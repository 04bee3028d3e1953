import type { Decimal } from '../model/decimal.js';
import { type ComposeContext, priorOf } from './context.js';
import type { Block, ChartBlock, ChartKind } from './document.js';
import { d, money, sharesSummingTo100 } from './numbers.js';

/**
 * The figures of the charts, taken from the same numbers, labels and shares as the sentence beside
 * them, so a chart never says more or other than the text. A chart with nothing to draw (no prior
 * figure, a whole of zero) is left out rather than drawn empty. Compose numbers the captions.
 */

const CAPTIONS: Record<ChartKind, string> = {
  total: '收、支总计变动情况',
  income: '收入结构',
  expense: '支出结构',
  fiscal: '财政拨款收、支总计变动情况',
  general: '一般公共预算财政拨款支出结构（按支出功能分类科目“类”级）',
  threePublic: '财政拨款“三公”经费支出结构',
};

function wanted(ctx: ComposeContext, id: ChartKind): boolean {
  return ctx.charts && ctx.template.charts.includes(id);
}

/** Bars of the prior and the current year for a figure with a prior one (the `prior` key). */
export function changeChart(ctx: ComposeContext, id: ChartKind, key: string, current: Decimal): Block[] {
  const prior = priorOf(ctx, key);
  if (!wanted(ctx, id) || prior == null) return [];
  if (d(prior).isZero() && current.isZero()) return [];
  const chart: ChartBlock = {
    kind: 'chart',
    id,
    type: 'bar',
    caption: CAPTIONS[id],
    unit: '万元',
    items: [
      { label: `${ctx.prior}年度`, value: money(prior) },
      { label: `${ctx.year}年度`, value: money(current) },
    ],
  };
  return [chart];
}

/** A ring of the parts of a whole with the shares the text prints; parts of zero (or below) are not drawn. */
export function structureChart(ctx: ComposeContext, id: ChartKind, parts: { label: string; amount: Decimal }[]): Block[] {
  if (!wanted(ctx, id)) return [];
  const shares = sharesSummingTo100(parts.map((p) => p.amount));
  const items = parts
    .map((p, i) => ({ label: p.label, value: money(p.amount), share: shares[i] as string }))
    .filter((p) => d(p.value).gt(0));
  if (!items.length) return [];
  return [{ kind: 'chart', id, type: 'pie', caption: CAPTIONS[id], unit: '万元', items }];
}
