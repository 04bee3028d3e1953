import { ROW_KEYS } from '../../model/tables.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../document.js';
import { d } from '../numbers.js';
import { changeChart, structureChart } from '../charts.js';
import { cell } from '../tables.js';
import { changeSentence, money, para, structureList, sub } from './common.js';

/** 收入支出决算总体情况说明: the grand totals and their change. */
export function explainTotal(ctx: ComposeContext): Block[] {
  const grand = cell(ctx.tables, '01', ROW_KEYS.incGrand, 'amount');
  const s = `${ctx.year}年度收、支总计均为${money(grand)}万元。`;
  return [
    para(s + changeSentence(ctx, { key: 'total', words: '收、支总计', current: grand, each: true, where: '收入支出决算总体情况说明' })),
    ...changeChart(ctx, 'total', 'total', grand),
  ];
}

const INCOME_PARTS: [string, string, string][] = [
  ['income.fiscal', 'fiscal', '财政拨款收入'],
  ['income.superior', 'superior', '上级补助收入'],
  ['income.business', 'business', '事业收入'],
  ['income.operating', 'operating', '经营收入'],
  ['income.affiliated', 'affiliated', '附属单位上缴收入'],
  ['income.other', 'other', '其他收入'],
];
const EXPENSE_PARTS: [string, string, string][] = [
  ['expense.basic', 'basic', '基本支出'],
  ['expense.project', 'project', '项目支出'],
  ['expense.toSuperior', 'toSuperior', '上缴上级支出'],
  ['expense.operating', 'operating', '经营支出'],
  ['expense.toAffiliated', 'toAffiliated', '对附属单位补助支出'],
];

/** 收入决算 or 支出决算情况说明: structure with shares, then each source or kind with its change. */
function explainSide(ctx: ComposeContext, side: 'income' | 'expense'): Block[] {
  const id = side === 'income' ? '02' : '03';
  const parts = side === 'income' ? INCOME_PARTS : EXPENSE_PARTS;
  const total = cell(ctx.tables, id, 'total', 'total');
  const word = side === 'income' ? '收入' : '支出';
  const present = parts
    .map(([key, col, label]) => ({ key, label, amount: cell(ctx.tables, id, 'total', col) }))
    .filter((p) => !p.amount.isZero());
  const out: Block[] = [sub(`${word}决算结构情况`)];
  out.push(para(`${ctx.year}年度本年${word}合计${money(total)}万元，${present.length ? `其中：${structureList(present)}。` : ''}`.replace(/，$/, '。')));
  out.push(...structureChart(ctx, side, present));
  const details = present.filter((p) => ctx.input.prior[p.key] != null);
  if (details.length) {
    out.push(sub(`${word}决算具体情况`));
    details.forEach((p, i) => {
      const change = changeSentence(ctx, { key: p.key, words: p.label, current: p.amount, where: `${word}决算具体情况` });
      out.push(para(`${i + 1}、${p.label}${money(p.amount)}万元。${change}`));
    });
  }
  return out;
}

export const explainIncome = (ctx: ComposeContext) => explainSide(ctx, 'income');
export const explainExpense = (ctx: ComposeContext) => explainSide(ctx, 'expense');

/** 财政拨款收入支出决算总体情况说明: table 04's totals and their change. */
export function explainFiscal(ctx: ComposeContext): Block[] {
  const grand = cell(ctx.tables, '04', ROW_KEYS.incGrand, 'amount');
  const s = `${ctx.year}年度财政拨款收、支总计均为${money(grand)}万元。`;
  return [
    para(s + changeSentence(ctx, { key: 'fiscal.total', words: '财政拨款收、支总计', current: grand, each: true, where: '财政拨款收入支出决算总体情况说明' })),
    ...changeChart(ctx, 'fiscal', 'fiscal.total', grand),
  ];
}

export { d };
