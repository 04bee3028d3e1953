import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { JuesuanError } from '../errors.js';
import { CHART_KINDS } from './document.js';

/**
 * A regional template as data (templates/<name>.yaml): the parts and their order, the headings and
 * how they are numbered, and the fixed wording that differs between regions. Adding a region is
 * adding a file.
 */

/** Keys of the sections compose knows how to write. */
export const SECTION_KINDS = [
  'duties',
  'organization',
  'tables',
  'explain.total',
  'explain.income',
  'explain.expense',
  'explain.fiscal',
  'explain.general',
  'explain.basic',
  'explain.fund',
  'explain.capital',
  'explain.threePublic',
  'explain.operating',
  'explain.procurement',
  'explain.assets',
  'explain.performance',
  'glossary',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

const SectionRefSchema = z.union([
  z.enum(SECTION_KINDS),
  /** A group heading with its own sub-sections (Sichuan's 其他重要事项的情况说明). */
  z.object({ group: z.string(), sections: z.array(z.enum(SECTION_KINDS)) }),
]);

export const TemplateSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** Title with placeholders {year} {department} {scope}. */
  title: z.string(),
  contents: z.boolean().default(true),
  parts: z.array(
    z.object({
      heading: z.string(),
      sections: z.array(SectionRefSchema),
    }),
  ),
  /** Heading text of each section (placeholders allowed). */
  headings: z.record(z.enum(SECTION_KINDS), z.string()),
  /** Numbering of section headings within a part, and of sub-headings (（一）). */
  numbering: z.object({
    section: z.enum(['chinese', 'none']).default('chinese'),
    sub: z.enum(['paren-chinese', 'none']).default('paren-chinese'),
  }),
  /**
   * The charts drawn, each beside the explanation of its topic (total: 收支总计变动, income: 收入结构,
   * expense: 支出结构, fiscal: 财政拨款收支变动, general: 一般公共预算财政拨款支出结构, threePublic:
   * “三公”经费结构). All of them when not given; [] for none.
   */
  charts: z.array(z.enum(CHART_KINDS)).default([...CHART_KINDS]),
  wording: z.object({
    /** How the prior year is named in comparisons: {prior} is the prior year. */
    compare: z.string(),
    /** Introduces a reason. */
    reason: z.string(),
    fundEmpty: z.string(),
    capitalEmpty: z.string(),
    /** The note printed under an empty table 07/08/09. */
    tableEmpty: z.record(z.string(), z.string()).default({}),
    /** Lead sentence of the performance section. */
    performanceLead: z.string(),
  }),
});
export type Template = z.infer<typeof TemplateSchema>;

function templatesDir(): string {
  // src/compose → ../../templates; dist/compose → ../../templates as well.
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', 'templates');
}

/** Names of the templates shipped in templates/. */
export function templateNames(): string[] {
  const dir = templatesDir();
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort() : [];
}

/** Loads a template by name (templates/<name>.yaml) or by path to a YAML file. */
export function loadTemplate(nameOrPath: string): Template {
  const file = /[\\/]|\.ya?ml$/.test(nameOrPath) ? nameOrPath : join(templatesDir(), `${nameOrPath}.yaml`);
  if (!existsSync(file)) {
    throw new JuesuanError('NOT_FOUND', `找不到模板：${nameOrPath}。可用的模板：${templateNames().join('、') || '（无）'}。`);
  }
  const parsed = TemplateSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new JuesuanError('INVALID_INPUT', `模板 ${file} 不符合格式：${first?.path.join('.') ?? ''} ${first?.message ?? ''}`);
  }
  return parsed.data;
}
