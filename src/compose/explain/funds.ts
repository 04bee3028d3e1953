import { type ComposeContext, fill } from '../context.js';
import type { Block } from '../document.js';
import { d } from '../numbers.js';
import { cell, isEmptyTable } from '../tables.js';
import { money, para, structureList } from './common.js';
import { usedFor } from './general.js';

/** 政府性基金预算财政拨款收入支出决算情况说明: the empty statement, or the balance and spending by 类. */
export function explainFund(ctx: ComposeContext): Block[] {
  const t = ctx.tables['07'];
  if (isEmptyTable(t)) return [para(fill(ctx, ctx.template.wording.fundEmpty))];
  const v = (col: string) => cell(ctx.tables, '07', 'total', col);
  // The 类 split stays in table 07. The carry-overs are said under the fund's own name: the checker
  // reads a bare "年初结转和结余" in this section as the fund's (table 07), not the department's.
  const items = t.filter((r) => r.code?.length === 7 && !d(r.cells.total).isZero());
  const uses = items.map((r) => usedFor(ctx, r.code as string, '政府性基金预算财政拨款收入支出决算情况说明'));
  return [
    para(
      `${ctx.year}年度政府性基金预算财政拨款年初结转和结余${money(v('opening'))}万元，本年收入${money(v('income'))}万元，` +
        `本年支出${money(v('total'))}万元，年末结转和结余${money(v('closing'))}万元` +
        `${uses.length ? `；支出主要用于${uses.join('；')}` : ''}。`,
    ),
  ];
}

/** 国有资本经营预算财政拨款支出决算情况说明: the empty statement, or spending by 类. */
export function explainCapital(ctx: ComposeContext): Block[] {
  const t = ctx.tables['08'];
  if (isEmptyTable(t)) return [para(fill(ctx, ctx.template.wording.capitalEmpty))];
  const total = cell(ctx.tables, '08', 'total', 'total');
  const classes = t.filter((r) => r.code?.length === 3 && !d(r.cells.total).isZero());
  return [
    para(
      `${ctx.year}年度国有资本经营预算财政拨款支出${money(total)}万元，主要用于以下方面：` +
        `${structureList(classes.map((r) => ({ label: `${r.name}（类）支出`, amount: d(r.cells.total) })))}。`,
    ),
  ];
}
