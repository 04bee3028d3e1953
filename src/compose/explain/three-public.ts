import type { ComposeContext } from '../context.js';
import type { Block } from '../document.js';
import { d } from '../numbers.js';
import { structureChart } from '../charts.js';
import { cell } from '../tables.js';
import { budgetSentences, changeSentence, money, para, structureList, sub } from './common.js';

/** 财政拨款“三公”经费支出决算情况说明: budget against actual, structure, and each item with its counts. */
export function explainThreePublic(ctx: ComposeContext): Block[] {
  const v = (k: string) => cell(ctx.tables, '09', 'total', k);
  const tp = ctx.input.threePublic;
  const where = '财政拨款“三公”经费支出决算情况说明';
  const out: Block[] = [sub('“三公”经费财政拨款支出决算总体情况说明')];
  const total = v('actual.total');
  const budget = v('budget.total');
  let s = `${ctx.year}年度财政拨款“三公”经费支出全年预算数为${money(budget)}万元，支出决算数为${money(total)}万元，`;
  s += budget.isZero() ? '' : budgetSentences(ctx, { key: 'threePublic.total', actual: total, budget, basis: 'full', where, noun: '“三公”经费' });
  s = s.replace(/，$/, '。');
  const change = changeSentence(ctx, { key: 'threePublic.total', words: '“三公”经费支出决算', current: total, where });
  out.push(para(s + change));
  const parts = [
    { label: '因公出国（境）费支出决算', amount: v('actual.abroad') },
    { label: '公务用车购置及运行维护费支出决算', amount: v('actual.vehicle') },
    { label: '公务接待费支出决算', amount: v('actual.reception') },
  ];
  if (!total.isZero()) out.push(para(`${ctx.year}年度“三公”经费财政拨款支出决算中，${structureList(parts)}。`));
  out.push(
    ...structureChart(
      ctx,
      'threePublic',
      parts.map((p) => ({ label: p.label.replace(/支出决算$/, ''), amount: p.amount })),
    ),
  );
  out.push(sub('“三公”经费财政拨款支出决算具体情况说明'));
  const abroad = v('actual.abroad');
  out.push(
    para(
      `1、因公出国（境）费支出决算${money(abroad)}万元，全年预算数为${money(v('budget.abroad'))}万元。` +
        changeSentence(ctx, { key: 'threePublic.abroad', words: '因公出国（境）费', current: abroad, where }) +
        `全年因公出国（境）团组${tp.abroadGroups}个，累计${tp.abroadPeople}人次。`,
    ),
  );
  const vehicle = v('actual.vehicle');
  out.push(
    para(
      `2、公务用车购置及运行维护费支出决算${money(vehicle)}万元，全年预算数为${money(v('budget.vehicle'))}万元。` +
        changeSentence(ctx, { key: 'threePublic.vehicle', words: '公务用车购置及运行维护费', current: vehicle, where }) +
        `其中：公务用车购置费支出${money(v('actual.vehiclePurchase'))}万元，${ctx.year}年使用财政拨款购置公务用车${tp.vehiclesPurchased}辆；` +
        `公务用车运行维护费${money(v('actual.vehicleOps'))}万元，${ctx.year}年财政拨款开支运行维护费的公务用车保有量为${tp.vehicleStock}辆。`,
    ),
  );
  const dom = tp.receptionDomestic;
  const fr = tp.receptionForeign;
  const reception = v('actual.reception');
  const domAmount = d(dom?.amount ?? reception.minus(d(fr?.amount)));
  out.push(
    para(
      `3、公务接待费支出决算${money(reception)}万元，全年预算数为${money(v('budget.reception'))}万元。` +
        changeSentence(ctx, { key: 'threePublic.reception', words: '公务接待费', current: reception, where }) +
        `其中：国内接待费${money(domAmount)}万元，共计接待${dom?.batches ?? 0}批次、${dom?.people ?? 0}人次；` +
        `国（境）外接待费${money(d(fr?.amount))}万元，共计接待${fr?.batches ?? 0}批次、${fr?.people ?? 0}人次。`,
    ),
  );
  return out;
}
