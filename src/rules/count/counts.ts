import { claimById, claimsOf, isZero, label, quotedNames, saysNone, where } from '../../model/claims.js';
import { Decimal, dec } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { defineRule, notApplicable } from '../rule.js';
import { locs, md } from '../arithmetic/lib.js';

const AUTH_3P = '《关于做好2024年度部门决算公开工作的通知》（“三公”经费说明应列明团组、人次、批次、车辆数）';

function counts(doc: Disclosure, key: string, unit?: RegExp): Claim[] {
  return claimsOf(doc, key).filter((c) => c.count && (!unit || unit.test(c.count.unit)));
}
function amountOf(doc: Disclosure, keys: string[]): Claim | undefined {
  for (const k of keys) {
    const c = claimsOf(doc, k).find((x) => x.amount);
    if (c) return c;
  }
  return undefined;
}
const n = (c: Claim) => dec(c.count!.value);

export const vehicleStock = defineRule({
  id: 'count.vehicle-stock',
  title: '公务用车保有量与国有资产车辆数不符',
  category: 'count',
  severity: 'warning',
  authority: `${AUTH_3P}；公务用车保有量应与国有资产占用情况中的车辆数衔接`,
  description: '“三公”经费说明中的公务用车保有量应与“国有资产占用情况”中的车辆数一致；不一致时应说明原因（如非财政拨款车辆）。',
  cases: [
    { name: '1辆对1辆', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置数0辆，公务用车保有量1辆。', '（三）国有资产占用情况说明', '截至2024年12月31日，车辆1辆，价值19.77万元。') },
    { name: '保有量2辆、车辆1辆', expect: 'fail', mentions: '2', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置数0辆，公务用车保有量2辆。\n\n## （三）国有资产占用情况说明', '截至2024年12月31日，车辆1辆，价值19.77万元。') },
    { name: '保有量用汉字写作十二辆、车辆10辆', expect: 'fail', mentions: '12', text: md('九、财政拨款“三公”经费支出决算情况说明', '截至2024年12月31日，使用一般公共预算财政拨款开支的公务用车保有量为十二辆。\n\n## （三）国有资产占用情况说明', '截至2024年12月31日，本部门共有车辆10辆。') },
    { name: '汉字的十辆对车辆10辆', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置数0辆，公务用车保有量为十辆。\n\n## （三）国有资产占用情况说明', '截至2024年12月31日，本部门共有车辆10辆。') },
  ],
  check(ctx) {
    const stock = counts(ctx.doc, 'threePublic.vehicleStock')[0];
    const assets = counts(ctx.doc, 'assets.vehicles')[0];
    if (!stock || !assets) return notApplicable('说明未同时写出公务用车保有量与国有资产车辆数');
    if (n(stock).eq(n(assets))) return;
    ctx.report({
      message: `公务用车保有量${stock.count!.value.value}辆与国有资产占用情况中的车辆${assets.count!.value.value}辆不一致，且未说明原因`,
      expected: `${assets.count!.value.value}辆`,
      actual: `${stock.count!.value.value}辆`,
      locations: locs(where(stock), where(assets)),
      section: stock.section,
    });
  },
});

/** Spend with no trips/receptions, or trips/receptions with no spend. */
function spendVsCounts(ctx: Parameters<(typeof vehicleStock)['check']>[0], amountKeys: string[], countKey: string, what: string, units: RegExp) {
  const cs = counts(ctx.doc, countKey, units);
  const a = amountOf(ctx.doc, amountKeys);
  if (!cs.length || !a?.amount) return false;
  // A zero printed short in a text that rounds its amounts is below half a unit, neither none nor some.
  const zeroSpend = saysNone(a.amount);
  const someSpend = !isZero(a.amount);
  const anyCount = cs.some((c) => !n(c).isZero());
  const allZero = cs.every((c) => n(c).isZero());
  if (zeroSpend && anyCount) {
    const c = cs.find((x) => !n(x).isZero()) as Claim;
    ctx.report({
      message: `${what}支出为0，却写有${c.count!.value.value}${c.count!.unit}`,
      expected: `0${c.count!.unit}`,
      actual: `${c.count!.value.value}${c.count!.unit}`,
      locations: locs(where(a), where(c)),
      section: c.section,
    });
  } else if (someSpend && allZero) {
    ctx.report({
      message: `${what}支出${a.amount.raw}，但所写${cs.map((c) => `${c.count!.value.value}${c.count!.unit}`).join('、')}均为0`,
      expected: '大于0',
      actual: cs.map((c) => `${c.count!.value.value}${c.count!.unit}`).join('、'),
      locations: locs(where(a), ...cs.map(where)),
      // With the counts as printed, it holds with no spending at all.
      holdsWith: [{ at: where(a), printed: dec(a.amount), within: { lo: new Decimal(0), hi: new Decimal(0) }, name: `「${label(a)}」` }],
      section: a.section,
    });
  }
  return true;
}

export const abroadCounts = defineRule({
  id: 'count.abroad-vs-amount',
  title: '因公出国（境）团组、人次与支出不符',
  category: 'count',
  severity: 'error',
  authority: AUTH_3P,
  description: '因公出国（境）费为0时团组数、人次应为0；有支出时团组、人次不应全为0。',
  cases: [
    { name: '0万元、0个、0人次', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '1、因公出国（境）费决算数为0万元，因公出国（境）团组0个，累计0人次。') },
    { name: '0万元却有2个团组', expect: 'fail', mentions: '2', text: md('九、财政拨款“三公”经费支出决算情况说明', '1、因公出国（境）费决算数为0万元，因公出国（境）团组2个，累计6人次。') },
  ],
  check(ctx) {
    if (!spendVsCounts(ctx, ['threePublic.abroad'], 'threePublic.abroad', '因公出国（境）费', /团组|人次|个/)) return notApplicable('说明未同时写出因公出国（境）费及团组、人次');
  },
});

export const receptionCounts = defineRule({
  id: 'count.reception-vs-amount',
  title: '公务接待批次、人次与接待费不符',
  category: 'count',
  severity: 'error',
  authority: AUTH_3P,
  description: '国内（外事）公务接待费为0时批次、人次应为0；有接待费时批次、人次不应全为0。',
  cases: [
    { name: '有支出有批次', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '国内公务接待支出2.75万元。国内公务接待17批次，136人次（不包括陪同人员），共计支出2.75万元。') },
    { name: '有支出却0批次', expect: 'fail', mentions: '2.75', text: md('七、财政拨款“三公”经费支出决算情况说明', '国内公务接待支出2.75万元。国内公务接待0批次，0人次。') },
    { name: '金额取两位小数的说明写0万元却有3批次', expect: 'fail', mentions: '3批次', text: md('九、财政拨款“三公”经费支出决算情况说明', '“三公”经费支出7.65万元，比上年增加4.37万元。其中：公务用车购置及运行维护费7.32万元，比上年增加4.41万元；国内公务接待支出0万元，国内公务接待3批次、28人次。') },
    { name: '金额取整的说明写0万元、3批次：不足0.5万元的接待费取整为0', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '“三公”经费支出8万元，比上年增加4万元。其中：公务用车购置及运行维护费7万元，比上年增加4万元；国内公务接待支出0万元，国内公务接待3批次、28人次。') },
    { name: '金额取整的说明写0万元、0批次：不报有支出', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '“三公”经费支出8万元，比上年增加4万元。其中：公务用车购置及运行维护费7万元，比上年增加4万元；国内公务接待支出0万元，国内公务接待0批次、0人次。') },
  ],
  check(ctx) {
    let ran = spendVsCounts(ctx, ['threePublic.receptionDomestic'], 'threePublic.receptionDomestic', '国内公务接待', /批次|人次/);
    ran = spendVsCounts(ctx, ['threePublic.receptionForeign'], 'threePublic.receptionForeign', '外事接待', /批次|人次/) || ran;
    if (!counts(ctx.doc, 'threePublic.receptionDomestic').length) ran = spendVsCounts(ctx, ['threePublic.reception'], 'threePublic.reception', '公务接待费', /批次|人次/) || ran;
    if (!ran) return notApplicable('说明未同时写出接待费与批次、人次');
  },
});

export const batchesLePersons = defineRule({
  id: 'count.reception-batches-le-persons',
  title: '接待批次多于人次',
  category: 'count',
  severity: 'error',
  authority: AUTH_3P,
  description: '每批次至少一人，接待批次不能多于接待人次。',
  cases: [
    { name: '10批次103人次', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '其中：国内接待费0.94万元，共计接待10批次、103人次。') },
    { name: '103批次10人次', expect: 'fail', mentions: '103', text: md('九、财政拨款“三公”经费支出决算情况说明', '其中：国内接待费0.94万元，共计接待103批次、10人次。') },
  ],
  check(ctx) {
    let ran = false;
    for (const key of ['threePublic.receptionDomestic', 'threePublic.receptionForeign', 'threePublic.reception', 'threePublic.abroad']) {
      const b = counts(ctx.doc, key, /批次|团组/)[0];
      const p = counts(ctx.doc, key, /人次/)[0];
      if (!b || !p) continue;
      ran = true;
      if (n(b).lte(n(p))) continue;
      ctx.report({
        message: `「${label(b)}」${b.count!.value.value}${b.count!.unit}多于${p.count!.value.value}人次`,
        expected: `≤ ${p.count!.value.value}`,
        actual: `${b.count!.value.value}${b.count!.unit}`,
        locations: locs(where(b), where(p)),
        section: b.section,
      });
    }
    if (!ran) return notApplicable('说明未同时写出批次与人次');
  },
});

export const vehiclePurchase = defineRule({
  id: 'count.vehicle-purchase',
  title: '购置公务用车数量与购置费不符',
  category: 'count',
  severity: 'error',
  authority: AUTH_3P,
  description: '公务用车购置费为0时购置车辆数应为0；购置车辆数为0时购置费应为0。',
  cases: [
    { name: '0万元0辆', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '其中：公务用车购置费支出0万元，2024年使用财政拨款购置公务用车0辆。') },
    { name: '购置费25万元、0辆', expect: 'fail', mentions: '25', text: md('九、财政拨款“三公”经费支出决算情况说明', '其中：公务用车购置费支出25万元，2024年使用财政拨款购置公务用车0辆。') },
    { name: '金额取整的说明写购置费0万元、1辆：不足0.5万元，未必为0', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '“三公”经费支出8万元，比上年增加4万元。其中：公务用车购置及运行维护费7万元，比上年增加4万元；公务用车购置费0万元，购置公务用车1辆。') },
    { name: '金额取两位小数的说明写购置费0万元、1辆', expect: 'fail', mentions: '1辆', text: md('九、财政拨款“三公”经费支出决算情况说明', '“三公”经费支出7.65万元，比上年增加4.37万元。其中：公务用车购置及运行维护费7.32万元，比上年增加4.41万元；公务用车购置费0万元，购置公务用车1辆。') },
  ],
  check(ctx) {
    const cnt = counts(ctx.doc, 'threePublic.vehiclesPurchased')[0];
    const a = amountOf(ctx.doc, ['threePublic.vehiclePurchase']);
    if (!cnt || !a?.amount) return notApplicable('说明未同时写出购置费与购置车辆数');
    const zA = isZero(a.amount);
    const zC = n(cnt).isZero();
    if (zA === zC) return;
    // "购置费0万元" in a text that rounds its amounts: below half a 万元, not provably none.
    if (zA && !saysNone(a.amount)) return;
    ctx.report({
      message: `公务用车购置费${a.amount.raw}与购置公务用车${cnt.count!.value.value}辆不符`,
      expected: zA ? '0辆' : '大于0辆',
      actual: `${cnt.count!.value.value}辆，购置费${a.amount.raw}`,
      locations: locs(where(a), where(cnt)),
      // With no vehicle bought, it holds with no purchase cost (a statement of the cost as 0 elsewhere is borne out).
      ...(zC ? { holdsWith: [{ at: where(a), printed: dec(a.amount), within: { lo: new Decimal(0), hi: new Decimal(0) }, name: `「${label(a)}」` }] } : {}),
      section: cnt.section,
    });
  },
});

export const opsWithoutVehicles = defineRule({
  id: 'count.vehicle-ops-without-stock',
  title: '无公务用车却有运行维护费',
  category: 'count',
  severity: 'warning',
  authority: AUTH_3P,
  description: '公务用车保有量为0而公务用车运行维护费大于0时，应说明原因（如年内处置车辆）。',
  cases: [
    { name: '保有量1辆有运维费', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费7.32万元，其中：公务用车购置费0.00万元，公务用车运行维护费7.32万元。公务用车购置数0辆，公务用车保有量1辆。') },
    { name: '保有量0辆有运维费', expect: 'fail', mentions: '7.32', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费7.32万元，其中：公务用车购置费0.00万元，公务用车运行维护费7.32万元。公务用车购置数0辆，公务用车保有量0辆。') },
  ],
  check(ctx) {
    const stock = counts(ctx.doc, 'threePublic.vehicleStock')[0];
    const ops = amountOf(ctx.doc, ['threePublic.vehicleOps']);
    if (!stock || !ops?.amount) return notApplicable('说明未同时写出保有量与运行维护费');
    if (!n(stock).isZero() || dec(ops.amount).isZero()) return;
    ctx.report({
      message: `公务用车保有量为0，但公务用车运行维护费${ops.amount.raw}`,
      expected: '0万元或说明原因',
      actual: ops.amount.raw,
      locations: locs(where(ops), where(stock)),
      section: ops.section,
    });
  },
});

const AUTH_PERF = '《项目支出绩效评价管理办法》（财预〔2020〕10号）；部门决算公开预算绩效情况说明';

export const projectsListed = defineRule({
  id: 'count.projects-listed',
  title: '“等N个项目”与列举的项目数不符',
  category: 'count',
  severity: 'error',
  authority: AUTH_PERF,
  description: '““A”、“B”…等N个项目”中列举的项目名称多于N个即错误（少于N个属于举例，不报）。',
  cases: [
    { name: '列举8个说8个', expect: 'pass', text: md('十三、预算绩效情况说明', '今年在单位决算中反映了“项目一”、“项目二”、“项目三”等3个项目的绩效自评表。') },
    { name: '列举3个说2个', expect: 'fail', mentions: '2', text: md('十三、预算绩效情况说明', '今年在单位决算中反映了“项目一”、“项目二”、“项目三”等2个项目的绩效自评表。') },
  ],
  check(ctx) {
    const cs = counts(ctx.doc, 'performance.projectsListed');
    if (!cs.length) return notApplicable('说明中没有“等N个项目”的表述');
    for (const c of cs) {
      const m = new RegExp(`([^。]*?)等\\s*${c.count!.value.value}\\s*个`).exec(c.sentence);
      const names = quotedNames(m?.[1] ?? '');
      if (names.length <= Number(c.count!.value.value)) continue;
      ctx.report({
        message: `称“等${c.count!.value.value}个项目”，却列举了${names.length}个项目（${names.join('、')}）`,
        expected: `${names.length}个`,
        actual: `${c.count!.value.value}个`,
        locations: [where(c)],
        section: c.section,
      });
    }
  },
});

function sumOfChildren(ctx: Parameters<(typeof vehicleStock)['check']>[0], parentKeys: RegExp, childKeys: RegExp, what: string): boolean {
  let ran = false;
  for (const p of ctx.doc.claims.filter((c) => parentKeys.test(c.subject.key) && c.count)) {
    const kids = ctx.doc.claims.filter((k) => k.parent === p.id && childKeys.test(k.subject.key) && k.count);
    if (kids.length < 2) continue;
    ran = true;
    const sum = kids.reduce((s, k) => s + Number(k.count!.value.value), 0);
    if (sum === Number(p.count!.value.value)) continue;
    ctx.report({
      message: `${what}共${p.count!.value.value}个，而${kids.map((k) => `${k.subject.label}${k.count!.value.value}个`).join('、')}合计${sum}个`,
      expected: `${sum}个`,
      actual: `${p.count!.value.value}个`,
      locations: locs(where(p), ...kids.map(where)),
      section: p.section,
    });
  }
  return ran;
}

export const gradeSum = defineRule({
  id: 'count.grade-sum',
  title: '各等级项目数之和与项目总数不符',
  category: 'count',
  severity: 'error',
  authority: AUTH_PERF,
  description: '“N个项目中，A个自评等级为优，B个为良…”各等级（含未开展）项目数之和应等于N。',
  cases: [
    { name: '7+0+0+0+1=8', expect: 'pass', text: md('十三、预算绩效情况说明', '本单位2024年度区级预算绩效自评的8个项目中，7个项目自评等级为优，0个项目自评等级为良，0个项目自评等级为中，0个项目自评等级为差，1个项目未展开。') },
    { name: '6+0+0+0+1≠8', expect: 'fail', mentions: '7', text: md('十三、预算绩效情况说明', '本单位2024年度区级预算绩效自评的8个项目中，6个项目自评等级为优，0个项目自评等级为良，0个项目自评等级为中，0个项目自评等级为差，1个项目未展开。') },
  ],
  check(ctx) {
    if (!sumOfChildren(ctx, /^performance\.(projectsGraded|projects)$/, /^performance\.grade:/, '自评项目')) return notApplicable('说明中没有分等级的项目数');
  },
});

export const projectsBreakdown = defineRule({
  id: 'count.projects-breakdown',
  title: '项目数构成之和与总数不符',
  category: 'count',
  severity: 'error',
  authority: AUTH_PERF,
  description: '“本年项目共N个（年初预算A个，追加B个，转移C个）”中各部分之和应等于N。',
  cases: [
    { name: '10+5+1=16', expect: 'pass', text: md('十三、预算绩效情况说明', '本年项目共16个（年初预算10个，追加5个，转移1个）。') },
    { name: '10+5+2≠16', expect: 'fail', mentions: '17', text: md('十三、预算绩效情况说明', '本年项目共16个（年初预算10个，追加5个，转移2个）。') },
  ],
  check(ctx) {
    if (!sumOfChildren(ctx, /^performance\.projects$/, /^performance\.projects:/, '项目')) return notApplicable('说明中没有项目数构成');
  },
});

// Reports stated vs attached is performance.sheet-count (one finding, not two).
/** 三公 items whose spending the template has stated with its counts: what, its amount keys, the count units. */
const COUNTED: { what: string; keys: string[]; units: RegExp; words: string }[] = [
  { what: '因公出国（境）费', keys: ['threePublic.abroad'], units: /团组|个|人次/, words: '团组数和人次' },
  { what: '公务接待费', keys: ['threePublic.receptionDomestic', 'threePublic.reception'], units: /批次|人次/, words: '接待批次和人次' },
];

export const countsStated = defineRule({
  id: 'count.three-public-counts-stated',
  title: '“三公”经费说明未写团组、批次或人次',
  category: 'count',
  severity: 'warning',
  authority: AUTH_3P,
  description: '说明写有因公出国（境）费（或公务接待费）支出且不为0，却从未写出出国团组数、人次（或接待批次、人次）。',
  cases: [
    { name: '写了批次人次', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出决算为2.75万元，主要用于上级部门检查指导工作。国内公务接待17批次，136人次。') },
    { name: '接待费为0不必写', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出决算为0万元。') },
    { name: '有接待费却未写批次人次', expect: 'fail', mentions: '2.75', text: md('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出决算为2.75万元，主要用于上级部门检查指导工作。') },
  ],
  check(ctx) {
    // What a whole account's 三公 section states; a 三公 page on its own (a region's totals, a unit's
    // statement) follows no such form.
    if (ctx.doc.facts.kind === 'final-part') return notApplicable('本文件只公开部门决算的一部分，不要求完整的“三公”经费说明');
    let ran = false;
    for (const { what, keys, units, words } of COUNTED) {
      const a = amountOf(ctx.doc, keys);
      if (!a?.amount) continue;
      ran = true;
      if (dec(a.amount).isZero()) continue;
      if (keys.some((k) => counts(ctx.doc, k, units).length)) continue;
      // Counts said in a form the claims did not take ("共接待3批"): any line of prose naming the unit.
      const unitWord = what === '公务接待费' ? /批次|人次|批/ : /团组|人次|出国.{0,6}\d+\s*(?:个|次|人)/;
      if (ctx.doc.lines.some((l) => !l.location.cell && unitWord.test(l.text))) continue;
      ctx.report({
        message: `${what}支出${a.amount.raw}，说明未写${words}`,
        expected: words,
        actual: '未写',
        locations: [where(a)],
        section: a.section,
      });
    }
    if (!ran) return notApplicable('说明未写因公出国（境）费或公务接待费');
  },
});

export const rules = [countsStated, vehicleStock, abroadCounts, receptionCounts, batchesLePersons, vehiclePurchase, opsWithoutVehicles, projectsListed, gradeSum, projectsBreakdown];
void claimById;
