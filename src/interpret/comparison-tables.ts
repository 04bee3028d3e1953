import type { Figure } from '../model/decimal.js';
import type { Claim } from '../model/disclosure.js';
import type { TableBlock } from '../model/layout.js';
import type { InterpretContext } from './context.js';
import { findSubjects } from './claims/subjects.js';

/**
 * A "三公" comparison table that some regions print besides the nine ("“三公”经费决算数对比情况表":
 * 项目 | 上年决算数 | 本年决算数 | 增减额 | 增减幅度), read as statements of each item's amount, its change
 * and last year's level, so that the explanation's sentences are held to what the table prints and the
 * table to its own arithmetic. Only tables that say 万元, whose header names last year before this
 * year and a change, and only rows named as a 三公 item with four figures in that order (the rate with
 * its %): anything else is left unread rather than guessed.
 */
export function readComparisonTables(ctx: InterpretContext, publicTables: readonly { location: { line: number | null; page: number | null } }[]): Claim[] {
  const out: Claim[] = [];
  let n = 0;
  ctx.blocks.forEach((b, i) => {
    if (b.kind !== 'table' || b.shape === 'spaced') return;
    if (publicTables.some((t) => t.location.line === b.location.line && t.location.page === b.location.page)) return;
    const head = b.rows.slice(0, 3).map((r) => r.map((c) => c.text).join(' ')).join(' ').replace(/\s+/g, '');
    if (!/上年/.test(head) || !/本年/.test(head) || !/增减|增、减|变动/.test(head) || head.indexOf('上年') > head.indexOf('本年')) return;
    if (!statesWanyuan(ctx, i, b)) return;
    // A bare 合计 is the 三公's only in a 三公 table (in the 三公 section, or under words that name it): in a
    // table of 一般公共预算 spending by class it is that spending's.
    const before = ctx.blocks[i - 1];
    const ofThreePublic = ctx.keyAt[i] === 'explain.threePublic' || /三公/.test(head) || (before?.kind === 'paragraph' && /三公/.test(before.text));
    for (const row of b.rows) {
      const cells = row.map((c) => c.text.trim()).filter(Boolean);
      if (cells.length !== 5) continue;
      const [label, ...figs] = cells as [string, string, string, string, string];
      const nums = figs.map((f) => /^[-−－]?\d[\d,]*(?:\.\d+)?%?$/.test(f) ? f : null);
      if (nums.some((x) => x == null) || !/%$/.test(figs[3]) || figs.slice(0, 3).some((f) => /%$/.test(f))) continue;
      const bare = label.replace(/^[\d一二三四五六七八九十]+[、.．]\s*|\s+/g, '');
      if (bare === '合计' && !ofThreePublic) continue;
      const subject = findSubjects(bare.replace(/^合计$/, '“三公”经费合计'), ctx.catalog, 'explain.threePublic').find((s) => s.key.startsWith('threePublic.'));
      if (!subject) continue;
      const at = row[0]!.location;
      const fig = (text: string, kind: Figure['kind']): Figure => {
        const value = text.replace(/[,%]/g, '').replace(/^[−－]/, '-');
        return { value: value.replace(/^-/, ''), decimals: value.includes('.') ? value.split('.')[1]!.length : 0, kind, unit: kind === 'amount' ? '万元' : null, raw: text, location: at };
      };
      const change = figs[2].replace(/^[−－]/, '-');
      const negative = change.startsWith('-');
      const zero = /^-?0*(?:\.0*)?$/.test(change.replace(/,/g, ''));
      out.push({
        id: `t${++n}`,
        section: ctx.keyAt[i] ?? 'explain.threePublic',
        subject: { key: subject.key, label: label.replace(/^[\d一二三四五六七八九十]+[、.．]\s*|\s+/g, ''), names: [] },
        amount: fig(figs[1], 'amount'),
        change: {
          amount: fig(figs[2], 'amount'),
          rate: fig(figs[3], 'percent'),
          direction: zero ? 'flat' : negative ? 'decrease' : 'increase',
          words: ['增减'],
          against: 'prior',
          base: fig(figs[0], 'amount'),
        },
        share: null,
        budget: null,
        count: null,
        parent: null,
        sentence: cells.join(' | '),
        location: at,
      });
    }
  });
  return out;
}

/** The table (or the two paragraphs before it) says its unit is 万元. */
function statesWanyuan(ctx: InterpretContext, i: number, b: TableBlock): boolean {
  const near = [ctx.blocks[i - 1], ctx.blocks[i - 2]].map((x) => (x?.kind === 'paragraph' ? x.text : ''));
  const own = b.rows.slice(0, 3).flatMap((r) => r.map((c) => c.text));
  return [...near, ...own].some((t) => /单位[:：]?\s*万元/.test(t.replace(/\s+/g, '')));
}
