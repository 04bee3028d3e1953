import { label, where, whereFigure } from '../../model/claims.js';
import { dec, fmt, wan } from '../../model/decimal.js';
import { misplacedParts, repeatedParts } from '../../model/list-parts.js';
import { describeLocation } from '../../model/location.js';
import { defineRule, notApplicable } from '../rule.js';
import { listedTwiceCause, locs, md, misplacedCause } from '../arithmetic/lib.js';

const AUTH = '《关于做好2024年度部门决算公开工作的通知》（说明中各项金额的名称应与报表项目一致）';

export const partListedTwice = defineRule({
  id: 'narrative.part-listed-twice',
  title: '同一组成部分在一处列举中出现两次',
  category: 'narrative',
  severity: 'error',
  authority: AUTH,
  description:
    '“其中：”之后列举一个总数的各组成部分时，同一名称只能出现一次；同一名称带两个不同金额出现两次，必有一处名称写错（常为邻项名称误写）。另一处列举把其中一个金额写在别的名称下时，指出应为哪个名称。',
  cases: [
    { name: '基本支出与项目支出各一次', expect: 'pass', text: md('三、支出决算情况说明', '2024年度本年支出合计900.00万元，其中：基本支出600.00万元，占66.67%；项目支出300.00万元，占33.33%。') },
    {
      name: '基本支出写了两次',
      expect: 'fail',
      mentions: '两次',
      text: md('三、支出决算情况说明', '2024年度本年支出合计900.00万元，其中：基本支出600.00万元，占66.67%；基本支出300.00万元，占33.33%。'),
    },
    {
      name: '另一处列举把第二个金额写作项目支出：指出应为项目支出',
      expect: 'fail',
      mentions: '应为「项目支出」',
      text:
        md('三、支出决算情况说明', '2024年度本年支出合计900.00万元，其中：基本支出600.00万元，占66.67%；基本支出300.00万元，占33.33%。') +
        md('十、部门整体支出绩效情况', '本部门2024年决算支出数900.00万元，其中：基本支出600.00万元；项目支出300.00万元。'),
    },
    { name: '同名同数：重复但不矛盾', expect: 'pass', text: md('三、支出决算情况说明', '2024年度本年支出合计900.00万元，其中：基本支出600.00万元；基本支出600.00万元。') },
  ],
  check(ctx) {
    if (!ctx.doc.claims.some((c) => c.parent && c.amount)) return notApplicable('说明没有“其中”列举的组成部分');
    const found = repeatedParts(ctx.doc);
    for (const r of found) {
      const odd = r.misnamed?.claim ?? r.second;
      const other = odd === r.first ? r.second : r.first;
      const named = r.misnamed?.named;
      const because = named
        ? `；${odd.amount!.raw}与${describeLocation(where(named))}列在「${label(named)}」下的金额相同，此处的「${label(odd)}」应为「${label(named)}」`
        : '；同一部分只能有一个数，其中一处的名称有误，请核对';
      ctx.report({
        message: `「${label(r.whole)}」的其中各项两次写「${label(odd)}」，一处为${other.amount!.raw}，一处为${odd.amount!.raw}${because}`,
        expected: named ? `「${label(named)}」${wan(odd.amount!)}万元` : null,
        actual: `「${label(odd)}」${wan(odd.amount!)}万元`,
        locations: locs(whereFigure(odd, odd.amount), whereFigure(other, other.amount), named ? whereFigure(named, named.amount) : null),
        section: odd.section,
        cause: listedTwiceCause(r.whole.id),
      });
    }
  },
});

export const partOfOtherWhole = defineRule({
  id: 'narrative.part-of-other-whole',
  title: '所列组成部分不属于该总数',
  category: 'narrative',
  severity: 'error',
  authority: `${AUTH}；基本支出 = 人员经费 + 公用经费，公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费`,
  description:
    '“其中：”所列各项按名称只能是另一个并列总数的组成部分时（项目支出之下列人员经费、公用经费，因公出国（境）费之下列公务用车购置费），总数与各项的名称必有一处写错。各项之和等于所写金额，且该金额是别处（说明或报表）所写的那个总数、或与别处所写本总数不符时，判定总数的名称写错；否则提示核对。',
  cases: [
    { name: '基本支出之下列人员经费、公用经费', expect: 'pass', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '2024年度一般公共预算财政拨款基本支出500.00万元，其中：人员经费420.00万元，公用经费80.00万元。') },
    {
      name: '项目支出之下列人员经费、公用经费，金额是别处的基本支出',
      expect: 'fail',
      mentions: '应为「一般公共预算财政拨款基本支出」',
      text:
        md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出800.00万元，其中：基本支出500.00万元，项目支出300.00万元。') +
        md('六、一般公共预算财政拨款基本支出决算情况说明', '2024年度一般公共预算财政拨款项目支出500.00万元，其中：人员经费420.00万元，公用经费80.00万元。'),
    },
    {
      name: '因公出国（境）费之下列公务用车购置费，无旁证：提示',
      expect: 'fail',
      severity: 'warning',
      mentions: '公务用车购置及运行维护费',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '因公出国（境）费决算数为6.00万元，其中：公务用车购置费支出2.00万元，公务用车运行维护费3.00万元。'),
    },
  ],
  check(ctx) {
    if (!ctx.doc.claims.some((c) => c.parent || c.listedUnder)) return notApplicable('说明没有“其中”列举的组成部分');
    for (const m of misplacedParts(ctx.doc)) {
      const { whole, parts, ownerLabel, proof } = m;
      const w = whole.amount!;
      const names = parts.map((p) => `「${label(p)}」`).join('');
      const head = `「${label(whole)}」${w.raw}之下“其中”所列的${names}是「${ownerLabel}」的组成部分，不属于「${label(whole)}」`;
      const sumText = `所列各项之和${fmt(m.sum)}万元${m.adds ? '等于' : '不等于'}该数`;
      if (proof) {
        const said = `${describeLocation(proof.figure.location)}所写「${proof.label}」${proof.as === 'owner' ? '亦' : ''}为${wan(proof.figure)}万元`;
        ctx.report({
          message: `${head}；${sumText}，${said}：此处的「${label(whole)}」应为「${ownerLabel}」`,
          expected: `「${ownerLabel}」${wan(w)}万元`,
          actual: `「${label(whole)}」${wan(w)}万元`,
          locations: locs(where(whole), ...parts.map(where), proof.figure.location),
          section: whole.section,
          cause: misplacedCause(whole.id),
        });
        continue;
      }
      ctx.report({
        severity: 'warning',
        message: `${head}；${sumText}${m.adds ? '，但文中和报表没有别的数可以印证' : ''}，不能断定是总数还是各项的名称写错，请核对`,
        expected: null,
        actual: `「${label(whole)}」${wan(w)}万元，其中${parts.map((p) => `${label(p)}${wan(p.amount!)}万元`).join('、')}`,
        difference: m.adds ? null : `${fmt(dec(w).minus(m.sum))}万元`,
        locations: locs(where(whole), ...parts.map(where)),
        section: whole.section,
      });
    }
  },
});

export const rules = [partListedTwice, partOfOtherWhole];
