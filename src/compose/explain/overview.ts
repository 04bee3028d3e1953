import { type ComposeContext, reason } from '../context.js';
import type { Block } from '../document.js';
import { chineseNumber } from '../numbers.js';

/** 部门职责: the duties as the officer wrote them, numbered （一）（二）…. */
export function explainDuties(ctx: ComposeContext): Block[] {
  const duties = ctx.input.overview.duties;
  if (!duties.length) return [{ kind: 'para', text: reason(ctx, 'overview.duties', '职责', '部门（单位）职责') }];
  return duties.map((t, i) => ({ kind: 'para', text: `（${chineseNumber(i + 1)}）${t.replace(/^（[一二三四五六七八九十]+）/, '')}` }));
}

/** 机构设置: the officer's text. */
export function explainOrganization(ctx: ComposeContext): Block[] {
  const text = ctx.input.overview.organization.trim();
  return [{ kind: 'para', text: text || reason(ctx, 'overview.organization', '机构设置', '机构设置') }];
}
