import { type Catalog, defaultCatalog } from '../catalog/catalog.js';
import type { ComposeInput } from '../model/compose-input.js';
import type { ComposeContext } from './context.js';
import { fill } from './context.js';
import type { Block, ComposedDocument } from './document.js';
import { explainCapital, explainFund } from './explain/funds.js';
import { explainBasic, explainGeneral } from './explain/general.js';
import { explainGlossary } from './explain/glossary.js';
import { explainAssets, explainOperating, explainPerformance, explainProcurement } from './explain/other.js';
import { explainDuties, explainOrganization } from './explain/overview.js';
import { explainThreePublic } from './explain/three-public.js';
import { explainExpense, explainFiscal, explainIncome, explainTotal } from './explain/totals.js';
import { chineseNumber } from './numbers.js';
import { tableBlocks } from './table-blocks.js';
import { completeTables } from './tables.js';
import { loadTemplate, type SectionKind, type Template } from './template.js';

const WRITERS: Record<Exclude<SectionKind, 'tables'>, (ctx: ComposeContext) => Block[]> = {
  duties: explainDuties,
  organization: explainOrganization,
  'explain.total': explainTotal,
  'explain.income': explainIncome,
  'explain.expense': explainExpense,
  'explain.fiscal': explainFiscal,
  'explain.general': explainGeneral,
  'explain.basic': explainBasic,
  'explain.fund': explainFund,
  'explain.capital': explainCapital,
  'explain.threePublic': explainThreePublic,
  'explain.operating': explainOperating,
  'explain.procurement': explainProcurement,
  'explain.assets': explainAssets,
  'explain.performance': explainPerformance,
  glossary: explainGlossary,
};

/** Builds the context compose writers share: completed tables, template, years and scope word. */
export function contextOf(input: ComposeInput, template: Template, catalog: Catalog = defaultCatalog(), charts = true): ComposeContext {
  return {
    input,
    tables: completeTables(input, catalog),
    catalog,
    template,
    year: input.facts.year,
    prior: input.facts.year - 1,
    scope: input.facts.scope,
    gaps: [],
    charts,
  };
}

/** Numbers sub-headings (level 3) of one section （一）（二）… as the template says. */
function numberSubs(blocks: Block[], template: Template): Block[] {
  let n = 0;
  return blocks.map((b) => {
    if (b.kind !== 'heading' || b.level !== 3) return b;
    n++;
    return template.numbering.sub === 'paren-chinese' ? { ...b, text: `（${chineseNumber(n)}）${b.text}` } : b;
  });
}

/** Writes the whole disclosure from its figures in the given template's order and wording. */
export function compose(
  input: ComposeInput,
  options: { template?: Template | string; catalog?: Catalog; /** Draw the template's charts (default true). */ charts?: boolean } = {},
): ComposedDocument {
  const template = typeof options.template === 'object' ? options.template : loadTemplate(options.template ?? input.template ?? 'shandong');
  const ctx = contextOf(input, template, options.catalog, options.charts ?? true);
  const title = fill(ctx, template.title);
  const blocks: Block[] = [{ kind: 'title', text: title, subtitle: input.facts.entity ?? input.facts.department }];
  if (template.contents) blocks.push({ kind: 'contents' }, { kind: 'pageBreak' });
  template.parts.forEach((part, pi) => {
    if (pi > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 1, text: fill(ctx, part.heading) });
    // A part with one section whose heading repeats the part's is not numbered again (名词解释).
    const single = part.sections.length === 1 && typeof part.sections[0] === 'string';
    let n = 0;
    const numbered = (text: string) => (template.numbering.section === 'chinese' ? `${chineseNumber(++n)}、${text}` : text);
    for (const ref of part.sections) {
      if (typeof ref === 'object') {
        blocks.push({ kind: 'heading', level: 2, text: numbered(ref.group) });
        ref.sections.forEach((s, i) => {
          if (s === 'tables') return;
          blocks.push({ kind: 'heading', level: 3, text: `（${chineseNumber(i + 1)}）${fill(ctx, template.headings[s] ?? s)}` });
          blocks.push(...sectionBlocks(ctx, s).map((b) => (b.kind === 'heading' && b.level === 3 ? { kind: 'para' as const, text: b.text } : b)));
        });
        continue;
      }
      if (ref === 'tables') {
        tableBlocks(ctx).forEach((t, i) => {
          if (i > 0) blocks.push({ kind: 'pageBreak' });
          blocks.push({ kind: 'heading', level: 2, text: numbered(t.title) }, t);
        });
        continue;
      }
      if (!single) blocks.push({ kind: 'heading', level: 2, text: numbered(fill(ctx, template.headings[ref] ?? ref)) });
      blocks.push(...numberSubs(sectionBlocks(ctx, ref), template));
    }
  });
  return { title, department: input.facts.department, year: input.facts.year, template: template.name, blocks: numberCharts(blocks), gaps: ctx.gaps };
}

/** Captions the charts 图1、图2… in reading order. */
function numberCharts(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((b) => (b.kind === 'chart' ? { ...b, caption: `图${++n} ${b.caption}` } : b));
}

function sectionBlocks(ctx: ComposeContext, kind: Exclude<SectionKind, 'tables'>): Block[] {
  return WRITERS[kind](ctx);
}
