import type { Catalog } from '../catalog/catalog.js';
import type { ComposeInput } from '../model/compose-input.js';
import { type Gap, GAP_MARK } from './document.js';
import type { Tables } from './tables.js';
import type { Template } from './template.js';

/** What every explanation writer reads: the input, the completed tables, the template, and the gaps found. */
export interface ComposeContext {
  input: ComposeInput;
  tables: Tables;
  catalog: Catalog;
  template: Template;
  year: number;
  prior: number;
  scope: string;
  gaps: Gap[];
  /** Whether charts are drawn at all (compose's `charts` option); the template says which. */
  charts: boolean;
}

/** Fills {year} {prior} {department} {scope} and any extra placeholders. */
export function fill(ctx: ComposeContext, text: string, extra: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    year: String(ctx.year),
    prior: String(ctx.prior),
    department: ctx.input.facts.department,
    scope: ctx.scope,
    ...extra,
  };
  return text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** The officer's reason for `key`, or 【待填写】 recorded as a gap when they gave none. */
export function reason(ctx: ComposeContext, key: string, where: string, what: string): string {
  const given = ctx.input.reasons[key]?.trim().replace(/[。；;]+$/, '');
  if (given) return given;
  ctx.gaps.push({ key, where, what });
  return GAP_MARK;
}

/** "主要原因是…。" in the template's wording. */
export function reasonSentence(ctx: ComposeContext, key: string, where: string, what: string): string {
  return `${fill(ctx, ctx.template.wording.reason, { reason: reason(ctx, key, where, what) })}。`;
}

/** The prior-year figure for a subject, when the officer gave one. */
export function priorOf(ctx: ComposeContext, key: string): string | undefined {
  return ctx.input.prior[key];
}
