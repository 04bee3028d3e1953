import type { ComposeContext } from '../context.js';
import type { Block } from '../document.js';
import { d, percent, ZERO } from '../numbers.js';
import { cell } from '../tables.js';
import { budgetSentences, changeSentence, money, para } from './common.js';

/** 机关运行经费: for 行政/参公 units the 公用经费 of table 06 unless given; compared with last year or the budget. */
export function explainOperating(ctx: ComposeContext): Block[] {
  const given = ctx.input.operatingCost;
  const admin = ctx.input.facts.unitKind !== '事业';
  if (given == null && !admin) return [para(`本${ctx.scope}为事业单位，${ctx.year}年度没有机关运行经费支出。`)];
  const amount = given != null ? d(given) : cell(ctx.tables, '06', 'public.total', 'amount');
  const where = '机关运行经费支出情况';
  let s = `${ctx.year}年度机关运行经费支出${money(amount)}万元。`;
  const budget = ctx.input.budgets.operatingCost;
  if (budget) {
    s += `年初预算数为${money(budget.amount)}万元，` + budgetSentences(ctx, { key: 'operatingCost', actual: amount, budget: d(budget.amount), basis: budget.basis, where, noun: '机关运行经费' });
  }
  s += changeSentence(ctx, { key: 'operatingCost', words: '机关运行经费支出', current: amount, where });
  return [para(s)];
}

/** 政府采购: the three kinds, what went to SMEs and micro enterprises, with shares of the right bases. */
export function explainProcurement(ctx: ComposeContext): Block[] {
  const p = ctx.input.procurement;
  if (!p) return [para(`${ctx.year}年度本${ctx.scope}未发生政府采购支出。`)];
  const goods = d(p.goods);
  const works = d(p.works);
  const services = d(p.services);
  const total = goods.plus(works).plus(services);
  if (total.isZero()) return [para(`${ctx.year}年度本${ctx.scope}未发生政府采购支出。`)];
  const pc = (a: string, b: typeof ZERO) => `${percent(d(a), b) ?? '0.00'}%`;
  let s =
    `${ctx.year}年度政府采购支出总额${money(total)}万元，其中：政府采购货物支出${money(goods)}万元、政府采购工程支出${money(works)}万元、` +
    `政府采购服务支出${money(services)}万元。授予中小企业合同金额${money(p.sme)}万元，占政府采购支出总额的${pc(p.sme, total)}，` +
    `其中：授予小微企业合同金额${money(p.micro)}万元，占政府采购支出总额的${pc(p.micro, total)}。`;
  const kinds = [
    ['货物', p.smeGoods, goods],
    ['工程', p.smeWorks, works],
    ['服务', p.smeServices, services],
  ] as const;
  const byKind = kinds.filter(([, , base]) => !base.isZero()).map(([n, sme, base]) => `${n}采购授予中小企业合同金额占${n}支出金额的${pc(sme, base)}`);
  if (byKind.length) s += `${byKind.join('，')}。`;
  return [para(s)];
}

/** 国有资产占用: vehicles by kind and large equipment, as at the end of the year. */
export function explainAssets(ctx: ComposeContext): Block[] {
  const v = ctx.input.assets.vehicles;
  const total = Object.values(v).reduce((s, n) => s + n, 0);
  const kinds = Object.entries(v).map(([k, n]) => `${k}${n}辆`);
  return [
    para(
      `截至${ctx.year}年12月31日，本${ctx.scope}共有车辆${total}辆${kinds.length ? `，其中：${kinds.join('、')}` : ''}；` +
        `单价100万元（含）以上设备（不含车辆）${ctx.input.assets.equipment}台（套）。`,
    ),
  ];
}

/** 预算绩效: how many projects were self-evaluated, their funds, grades, and one summary per project. */
export function explainPerformance(ctx: ComposeContext): Block[] {
  const projects = ctx.input.performance.projects;
  const lead = ctx.template.wording.performanceLead.replace(/\{(\w+)\}/g, (m, k: string) =>
    k === 'year' ? String(ctx.year) : k === 'scope' ? ctx.scope : k === 'department' ? ctx.input.facts.department : m,
  );
  if (!projects.length) return [para(`${lead}${ctx.year}年度本${ctx.scope}没有开展绩效自评的项目。`)];
  const budget = projects.reduce((s, p) => s.plus(d(p.fullBudget)), ZERO);
  const executed = projects.reduce((s, p) => s.plus(d(p.executed)), ZERO);
  const out: Block[] = [
    para(`${lead}本${ctx.scope}对${projects.length}个项目开展了绩效自评，涉及全年预算数${money(budget)}万元，执行数${money(executed)}万元。`),
  ];
  const graded = projects.filter((p) => p.grade);
  if (graded.length === projects.length) {
    const n = (g: string) => projects.filter((p) => p.grade === g).length;
    out.push(para(`自评的${projects.length}个项目中，${n('优')}个项目自评等级为优，${n('良')}个项目自评等级为良，${n('中')}个项目自评等级为中，${n('差')}个项目自评等级为差。`));
  }
  projects.forEach((p, i) => {
    const rate = percent(d(p.executed), d(p.fullBudget));
    out.push(
      para(
        `${i + 1}. ${p.name}项目绩效自评综述：${p.score != null ? `根据年初设定的绩效目标，项目自评得分为${p.score}分${p.grade ? `，自评等级为${p.grade}` : ''}。` : ''}` +
          `全年预算数为${money(p.fullBudget)}万元，执行数为${money(p.executed)}万元${rate != null ? `，完成预算的${rate}%` : ''}。` +
          (p.summary ? `项目绩效目标完成情况：${p.summary.replace(/。$/, '')}。` : ''),
      ),
    );
  });
  return out;
}
