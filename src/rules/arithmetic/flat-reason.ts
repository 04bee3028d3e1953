import { claimLine, label, wherePhrase } from '../../model/claims.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { defineRule, notApplicable } from '../rule.js';
import { linesMatching } from '../template/patterns.js';
import { directionCause, flatCause, md } from './lib.js';

// (Not "新增单位，无上年数据": a unit new this year explains the nothing on both sides.)
const INC = /增加|增长|上升|提高|增多|上涨|新增(?!(?:设立|成立|组建)?(?:的)?(?:单位|部门|机构))/;
const DEC = /减少|下降|降低|减小|压减|缩减|减支/;
// "主要原因是…", "主要是因为…"; the direction word right before the marker ("增加的原因是…") is the
// reason's direction too.
const REASON = /((?:增加|增长|上升|提高|减少|下降|降低)(?:的)?)?(?:(?:主要(?:变动)?原因|原因)(?:是|为|在于)?|主要(?:是)?(?:因为|由于))[:：]?([^。]*)/;

/** The reason the paragraph gives right after the claim's sentence (same or next sentence), if any. */
function reasonAfter(doc: Disclosure, c: Claim): { reason: string; quote: string } | null {
  const found = claimLine(doc, c);
  if (!found) return null;
  const { line, start } = found;
  const at = doc.lines.indexOf(line);
  // From the flat word (often in the sentence after the amount's) to the end of the next sentence.
  const rest = line.text.slice(start);
  // From the item's own name where the sentence names it: a flat word in a later clause that names
  // another item ("因公出国（境）费…均较上年无增减；公务接待费支出决算持平") is that item's, and so is the
  // reason after it; a later clause of the item's own ("…完成预算的47%；较上年持平") is still its own.
  const own = Math.max(0, rest.indexOf(label(c)));
  const hit = /持平|无变化|没有变化|不变/.exec(rest.slice(own));
  if (!hit) return null;
  const flat = { index: own + hit.index };
  const cut = Math.max(rest.lastIndexOf('；', flat.index), rest.lastIndexOf(';', flat.index));
  const clause = cut > own ? rest.slice(cut, flat.index) : '';
  if (clause && doc.claims.some((o) => o.subject.key !== c.subject.key && label(o).length >= 2 && !label(c).includes(label(o)) && clause.includes(label(o)))) return null;
  const after = rest.slice(flat.index).split('。').slice(0, 2).join('。');
  const m = REASON.exec(after);
  if (!m) return null;
  // "…与2024年持平。公务用车购置及运行维护费支出增加的主要原因是…": a reason said of another item's
  // change, named before it, is not this item's.
  // "…与上年持平；公务接待费为2.75万元，较上年减少0.78万元，下降22.1%，下降原因是…": another item's change,
  // stated with its figure in the next part of the list, between the 持平 and the reason, is what the reason
  // explains. (Not "持平，7.50万元，增长46.96%": the same item's change left standing after the word.)
  if (/[；;][^；;]*(?:增加|增长|上升|提高|减少|下降|降低)了?\s*[\d.,，]+\s*(?:万元|元|亿元|%|％)/.test(after.slice(0, m.index))) return null;
  const wordAt = m.index + (m[1]?.length ?? 0);
  const lead = after.slice(after.lastIndexOf('。', m.index) + 1, wordAt);
  if (/[\u4e00-\u9fa5]{2,}(?:支出|经费|费|收入|合计|总计)(?:决算)?(?:数)?(?:增加|减少|增长|下降|上升|降低)的?(?:主要)?$/.test(lead.replace(/\s/g, ''))) return null;
  const sentenceStart = rest.lastIndexOf('。', flat.index) + 1;
  const quote = rest.slice(sentenceStart, flat.index) + after;
  // "…持平。主要原因：" with the reason in the next paragraph.
  const said = m[2]?.trim() ?? '';
  const reason = said || (/[:：]\s*$/.test(line.text) ? (doc.lines[at + 1]?.text.split('。')[0]?.trim() ?? '') : '');
  if (!reason && !m[1]) return null;
  // With its direction word, the reason is quoted from that word on ("增加的原因是…").
  return { reason: m[1] ? `${m[0].trim()}${said ? '' : reason}` : reason, quote: said ? quote : `${quote}${reason}` };
}

export const flatWithReason = defineRule({
  id: 'arithmetic.flat-with-reason',
  title: '写“持平”却说明增减原因',
  category: 'arithmetic',
  severity: 'warning',
  authority: '财政部《部门决算公开说明编写指引》（变动方向与原因说明应一致）',
  description:
    '说明称与上年“持平”“无变化”，紧接着的原因却说的是增加或减少（如“持平。主要原因：……减少支付”），两者必有一处写错：多为变动后忘记改“持平”，或照抄了上一节的原因。',
  cases: [
    { name: '持平且原因一致', expect: 'pass', text: md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入支出总计2989.19万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：预算安排与上年一致。') },
    {
      name: '持平却说减少',
      expect: 'fail',
      mentions: '减少',
      text: md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入支出总计2989.19万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：项目支出中合同支付进度条款等原因减少支付。'),
    },
    {
      name: '原因紧跟另一项的变动数额',
      expect: 'pass',
      text: md('七、“三公”经费财政拨款支出决算情况说明', '2024年度“三公”经费财政拨款支出决算数为2.75万元，较上年减少0.78万元，下降22.1%。其中：因公出国（境）费为0万元，与上年持平；公务接待费为2.75万元，较上年减少0.78万元，下降22.1%，下降原因是减少非必要的接待。'),
    },
    {
      name: '原因说的是另一项的增加',
      expect: 'pass',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '其中：因公出国（境）费支出决算为0.00万元，与2024年持平；公务用车购置及运行维护费支出决算增加5.07万元，增长42.68%；公务接待费支出决算为0.00万元，与2024年持平。公务用车购置及运行维护费支出增加的主要原因是公务用车运行维护费支出增加。'),
    },
    { name: '持平却说增加的原因', expect: 'fail', mentions: '增加', text: md('三、财政拨款“三公”经费支出决算情况说明', '公务用车购置费支出20.00万元，较上年持平，增加的原因是编制内公务用车使用年限到期，更换车辆。') },
    { name: '持平却说主要是因为增加', expect: 'fail', mentions: '增加', text: md('四、财政拨款收入支出决算总体情况说明', '财政拨款收、支总计3656.88万元，与上年相比，持平，主要是因为增加年终绩效奖等。') },
    { name: '另一项增加的原因', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出决算为0.00万元，与2024年持平。公务用车购置及运行维护费支出增加的原因是车辆更新。') },
    { name: '后一项的“持平”与原因不是本项的', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '其中：因公出国（境）费、公务用车购置及运行维护费支出决算均较上年无增减；公务接待费支出决算增加0.78万元，增长22.10%。“三公”经费增加的主要原因是接待任务增加。') },
    { name: '本项后一分句的“持平”仍是本项的', expect: 'fail', mentions: '减少', text: md('九、财政拨款“三公”经费支出决算情况说明', '1.公务接待费预算为1万元，支出决算为0.53万元，完成预算的53%；较上年持平。决算数较上年减少原因是严格执行中央八项规定，勤俭节约。') },
    { name: '新增单位无上年数据', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度年末结转和结余0.00万元，与上年决算数持平，主要原因是新增单位，无上年数据。') },
  ],
  check(ctx) {
    const flat = ctx.doc.claims.filter((c) => c.change?.direction === 'flat');
    if (!flat.length) return notApplicable('说明中没有“持平/无变化”的表述');
    for (const c of flat) {
      const found = reasonAfter(ctx.doc, c);
      if (!found) continue;
      const { reason, quote } = found;
      const inc = INC.exec(reason);
      const dcr = DEC.exec(reason);
      // Both directions ("增人与减人相抵") can well net to no change.
      if (!inc === !dcr) continue;
      const word = (inc ?? dcr)?.[0] as string;
      ctx.report({
        // The same 持平 given a change in figures (arithmetic.flat-with-change): one wrong word, one finding.
        explainedBy: { causes: [flatCause(c.id)], because: `所述原因“${word}”亦与“持平”不符` },
        message: `「${label(c)}」写与${c.change?.against === 'budget' ? '预算' : '上年'}持平，所述原因却是“${word}”（${reason.slice(0, 40)}${reason.length > 40 ? '…' : ''}）`,
        expected: '持平的原因，或改写变动方向与数额',
        actual: `持平；原因：${word}`,
        locations: [{ ...wherePhrase(ctx.doc, c, /持平|无变化|没有变化|不变/), text: quote }],
        section: c.section,
      });
    }
  },
});

export const directionAndFlat = defineRule({
  id: 'arithmetic.direction-and-flat',
  title: '同一句既写增减又写“持平”',
  category: 'arithmetic',
  severity: 'warning',
  authority: '财政部《部门决算公开说明编写指引》（变动方向与原因说明应一致）',
  description:
    '同一分句先说某项“减少为/增加到”某数，紧接着又说“与上年持平”（如“公务接待费支出决算减少为0.00万元，与2024年持平”），两者必有一处写错：数额未变就不是减少，减少了就不是持平。',
  cases: [
    { name: '只写持平', expect: 'pass', text: md('（二）“三公”经费', '因公出国（境）费支出决算为0.00万元，与2024年持平。') },
    { name: '增减后另起一项持平', expect: 'pass', text: md('（二）“三公”经费', '公务用车购置费减少为0.00万元；公务接待费支出决算为1.20万元，与2024年持平。') },
    { name: '减少为，又持平', expect: 'fail', mentions: '减少为0.00万元，与2024年持平', text: md('（二）“三公”经费', '公务接待费支出决算减少为0.00万元，与2024年持平。') },
  ],
  check({ doc, report }) {
    // Within one clause (up to ；。): a direction word with its new amount, then "与…持平".
    const re = /(增加|增长|上升|提高|减少|下降|降低|减少)(?:为|到|至)\s*[\d,]+(?:\.\d+)?\s*(?:万元|元|亿元)?[，,]\s*(?:与|较|同|和)[^，,；;。]{0,12}?(?:持平|相同|一致|无变化|没有变化)/;
    for (const hit of linesMatching(doc, re)) {
      const word = /增加|增长|上升|提高|减少|下降|降低/.exec(hit.match)?.[0] as string;
      report({
        message: `“${hit.match}”：同一句既说“${word}”又说“持平”，必有一处写错`,
        expected: '变动方向与“持平”二者取其一',
        actual: hit.match,
        locations: [{ ...hit.location, text: hit.match }],
      });
    }
  },
});

// A direction word right before the reason's marker: the reason is said of a change that way.
const REASON_OF = /(增加|增长|上升|提高|减少|下降|降低)(?:的)?(?:主要)?(?:变动)?原因/;

/**
 * "公务接待费减少4.34万元，增加的原因是…": the reason named by the direction right after the claim's
 * change, in its sentence or the next, with no other item or figure between them.
 */
function reasonNamedAfter(doc: Disclosure, c: Claim): { word: string; quote: string } | null {
  const found = claimLine(doc, c);
  const fig = c.change?.rate ?? c.change?.amount;
  if (!found || !fig) return null;
  const rest = found.line.text.slice(found.start);
  const figAt = rest.indexOf(fig.raw);
  if (figAt < 0) return null;
  const after = rest.slice(figAt + fig.raw.length).split('。').slice(0, 2).join('。');
  const m = REASON_OF.exec(after);
  if (!m) return null;
  const lead = after.slice(0, m.index);
  // Another figure, item or comparison between them: the reason may be another change's.
  if (/\d|其中|[\u4e00-\u9fa5]{2,}(?:支出|经费|费|收入|合计|总计)|较|比|与上年|同比/.test(lead)) return null;
  const start = rest.lastIndexOf('。', figAt) + 1;
  return { word: m[1] as string, quote: rest.slice(start, figAt + fig.raw.length) + after.slice(0, m.index + m[0].length) };
}

export const directionWithReason = defineRule({
  id: 'arithmetic.direction-with-reason',
  title: '增减方向与所说明的原因方向相反',
  category: 'arithmetic',
  severity: 'warning',
  authority: '财政部《部门决算公开说明编写指引》（变动方向与原因说明应一致）',
  description:
    '说明写某项“减少”（或“增加”），紧接着说明的却是“增加（减少）的原因”（如“公务接待费减少4.34万元，增加的原因是……”），两者必有一处写错。',
  cases: [
    { name: '减少的原因', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出2.00万元，比上年减少4.34万元，减少的原因是严格控制接待标准。') },
    { name: '减少却说增加的原因', expect: 'fail', mentions: '增加的原因', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出2.00万元，比上年减少4.34万元，增加的原因是机关事务中心的商务接待费增加。') },
    { name: '另一项增加的原因', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出2.00万元，比上年减少4.34万元；公务用车运行维护费增加1.00万元，增加的原因是车辆老化。') },
  ],
  check(ctx) {
    const cs = ctx.doc.claims.filter((c) => c.change && (c.change.direction === 'increase' || c.change.direction === 'decrease'));
    if (!cs.length) return notApplicable('说明中没有增减变动的表述');
    for (const c of cs) {
      const words = c.change?.words ?? [];
      // Mixed words are arithmetic.change-direction's.
      if (words.some((w) => INC.test(w)) && words.some((w) => DEC.test(w))) continue;
      const r = reasonNamedAfter(ctx.doc, c);
      if (!r) continue;
      const saysUp = c.change?.direction === 'increase';
      if (saysUp === INC.test(r.word)) continue;
      ctx.report({
        cause: directionCause(c.id),
        message: `「${label(c)}」写“${words[0] ?? ''}”，紧接着说明的却是“${r.word}的原因”，二者必有一处写错`,
        expected: `${words[0] ?? ''}的原因，或改正变动方向`,
        actual: `${r.word}的原因`,
        locations: [{ ...wherePhrase(ctx.doc, c, REASON_OF), text: r.quote }],
        section: c.section,
      });
    }
  },
});

export const rules = [flatWithReason, directionAndFlat, directionWithReason];
