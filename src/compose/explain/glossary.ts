import type { ComposeContext } from '../context.js';
import type { Block } from '../document.js';
import { chineseNumber, d } from '../numbers.js';
import { itemPath, usedFor } from './general.js';

/**
 * Standard terms of every disclosure with their usual definitions; a term is listed only where the
 * document uses it (a non-zero row of the tables), except the five every disclosure must explain.
 */
const TERMS: { term: string; definition: string; used: (ctx: ComposeContext) => boolean }[] = [
  { term: '财政拨款收入', definition: '指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。', used: () => true },
  { term: '上级补助收入', definition: '指事业单位从主管部门和上级单位取得的非财政补助收入。', used: (c) => nz(c, '02', 'superior') },
  { term: '事业收入', definition: '指事业单位开展专业业务活动及其辅助活动取得的收入。', used: (c) => nz(c, '02', 'business') },
  { term: '经营收入', definition: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。', used: (c) => nz(c, '02', 'operating') },
  { term: '附属单位上缴收入', definition: '指事业单位附属独立核算单位按照有关规定上缴的收入。', used: (c) => nz(c, '02', 'affiliated') },
  { term: '其他收入', definition: '指单位取得的除财政拨款收入、上级补助收入、事业收入、经营收入、附属单位上缴收入以外的各项收入。', used: (c) => nz(c, '02', 'other') },
  { term: '年初结转和结余', definition: '指单位以前年度尚未完成、结转到本年按有关规定继续使用的资金，以及项目已完成等产生的结余资金。', used: (c) => row01(c, 'inc.opening') },
  { term: '年末结转和结余', definition: '指单位本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。', used: (c) => row01(c, 'exp.closing') },
  { term: '基本支出', definition: '指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。', used: () => true },
  { term: '项目支出', definition: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。', used: () => true },
  { term: '“三公”经费', definition: '指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。', used: () => true },
  { term: '机关运行经费', definition: '指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。', used: () => true },
];

function nz(ctx: ComposeContext, id: '02', col: string): boolean {
  return !d(ctx.tables[id].find((r) => r.key === 'total')?.cells[col]).isZero();
}
function row01(ctx: ComposeContext, key: string): boolean {
  return !d(ctx.tables['01'].find((r) => r.key === key)?.cells.amount).isZero();
}

/** 名词解释: the standard terms used, then every 项 the tables use with what it covers. */
export function explainGlossary(ctx: ComposeContext): Block[] {
  const entries = TERMS.filter((t) => t.used(ctx)).map((t) => `${t.term}：${t.definition}`);
  const codes = new Set<string>();
  for (const id of ['02', '03', '05', '07', '08'] as const) {
    for (const r of ctx.tables[id]) if (r.code?.length === 7 && !d(r.cells.total).isZero()) codes.add(r.code);
  }
  for (const code of [...codes].sort()) {
    entries.push(`${itemPath(ctx, code)}：${usedForGlossary(ctx, code)}`);
  }
  return entries.map((e, i) => ({ kind: 'para', text: `${chineseNumber(i + 1)}、${e}` }));
}

function usedForGlossary(ctx: ComposeContext, code: string): string {
  const own = ctx.input.definitions[code];
  if (own) return own.endsWith('。') ? own : `${own}。`;
  const def = ctx.catalog.functionItem(code)?.definition;
  if (def) return def;
  return `反映${usedFor(ctx, code, '名词解释')}。`;
}
