import { ROW_KEYS } from '../../model/tables.js';
import { type ComposeContext, reason } from '../context.js';
import { type Block, GAP_MARK } from '../document.js';
import { d, percent } from '../numbers.js';
import { structureChart } from '../charts.js';
import { cell } from '../tables.js';
import { budgetSentences, changeSentence, money, para, structureList, sub } from './common.js';

/** The 类（款）（项） path of a function code as printed in detail lines. */
export function itemPath(ctx: ComposeContext, code: string): string {
  const name = (c: string) => ctx.catalog.functionItem(c)?.name ?? ctx.tables['05'].find((r) => r.code === c)?.name ?? c;
  return `${name(code.slice(0, 3))}（类）${name(code.slice(0, 5))}（款）${name(code)}（项）`;
}

/** What an item is used for: the officer's words, else the catalog's definition (反映… → 主要用于…). */
export function usedFor(ctx: ComposeContext, code: string, where: string): string {
  const own = ctx.input.definitions?.[code];
  if (own) return own.replace(/。$/, '');
  const def = ctx.catalog.functionItem(code)?.definition;
  if (def) return def.replace(/^反映/, '').replace(/。$/, '');
  return reason(ctx, `definition:${code}`, where, `${itemPath(ctx, code)}的用途（目录中无此科目说明）`);
}

/** 一般公共预算财政拨款支出决算情况说明: overall with change, structure by 类, and each 项 against its budget. */
export function explainGeneral(ctx: ComposeContext): Block[] {
  const t05 = ctx.tables['05'];
  const total = cell(ctx.tables, '05', 'total', 'total');
  const expTotal = cell(ctx.tables, '01', ROW_KEYS.expTotal, 'amount');
  const out: Block[] = [sub('一般公共预算财政拨款支出决算总体情况')];
  const share = percent(total, expTotal);
  out.push(
    para(
      `${ctx.year}年度一般公共预算财政拨款支出${money(total)}万元${share != null ? `，占本年支出合计的${share}%` : ''}。` +
        changeSentence(ctx, { key: 'general.expense', words: '一般公共预算财政拨款支出', current: total, where: '一般公共预算财政拨款支出决算总体情况' }),
    ),
  );
  const classes = t05.filter((r) => r.code?.length === 3 && !d(r.cells.total).isZero());
  out.push(sub('一般公共预算财政拨款支出决算结构情况'));
  out.push(
    para(
      classes.length
        ? `${ctx.year}年度一般公共预算财政拨款支出${money(total)}万元，主要用于以下方面：${structureList(classes.map((r) => ({ label: `${r.name}（类）支出`, amount: d(r.cells.total) })))}。`
        : `${ctx.year}年度没有一般公共预算财政拨款支出。`,
    ),
  );
  out.push(...structureChart(ctx, 'general', classes.map((r) => ({ label: `${r.name}（类）`, amount: d(r.cells.total) }))));
  out.push(sub('一般公共预算财政拨款支出决算具体情况'));
  const budget = ctx.input.budgets['general.expense'];
  const items = t05.filter((r) => r.code?.length === 7 && !d(r.cells.total).isZero());
  const lead = budget
    ? `${ctx.year}年度一般公共预算财政拨款支出${budget.basis === 'initial' ? '年初' : '全年'}预算数为${money(budget.amount)}万元，支出决算数为${money(total)}万元，` +
      budgetSentences(ctx, { key: 'general.expense', actual: total, budget: d(budget.amount), basis: budget.basis, where: '一般公共预算财政拨款支出决算具体情况', noun: '一般公共预算财政拨款支出' })
    : `${ctx.year}年度一般公共预算财政拨款支出决算数为${money(total)}万元。`;
  out.push(para(`${lead}${items.length ? '其中：' : ''}`));
  items.forEach((r, i) => {
    const code = r.code as string;
    const actual = d(r.cells.total);
    const b = ctx.input.budgets[`fc:${code}`];
    const where = `一般公共预算财政拨款支出决算具体情况第${i + 1}项`;
    const use = `主要用于${usedFor(ctx, code, where)}。`;
    const figures = b
      ? `${b.basis === 'initial' ? '年初' : '全年'}预算数为${money(b.amount)}万元，支出决算数为${money(actual)}万元，` +
        budgetSentences(ctx, { key: `fc:${code}`, actual, budget: d(b.amount), basis: b.basis, where })
      : `支出决算数为${money(actual)}万元。`;
    out.push(para(`${i + 1}、${itemPath(ctx, code)}。${figures}${use.includes(GAP_MARK) ? `主要用于${GAP_MARK}。` : use}`));
  });
  return out;
}

/** Names of the economic 款 printed under one group of table 06 (主要包括…). */
function itemNames(ctx: ComposeContext, side: 'personnel' | 'public'): string {
  const rows = ctx.tables['06'].filter((r) => r.side === side && r.code && r.code.length === 5 && !d(r.cells.amount).isZero());
  return rows.map((r) => r.name).join('、');
}

/** 一般公共预算财政拨款基本支出决算情况说明: 人员经费 and 公用经费 from table 06. */
export function explainBasic(ctx: ComposeContext): Block[] {
  const basic = cell(ctx.tables, '05', 'total', 'basic');
  const pers = cell(ctx.tables, '06', 'personnel.total', 'amount');
  const pub = cell(ctx.tables, '06', 'public.total', 'amount');
  const pn = itemNames(ctx, 'personnel');
  const qn = itemNames(ctx, 'public');
  return [
    para(`${ctx.year}年度一般公共预算财政拨款基本支出${money(basic)}万元，其中：`),
    para(`人员经费${money(pers)}万元${pn ? `，主要包括：${pn}` : ''}。`),
    para(`公用经费${money(pub)}万元${qn ? `，主要包括：${qn}` : ''}。`),
  ];
}
