import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';
import { LocationSchema } from './location.js';

export const SeveritySchema = lazySchema(() => z.enum(['error', 'warning', 'info']));
export type Severity = z.infer<typeof SeveritySchema>;

export const CATEGORIES = {
  completeness: '完整性',
  table: '表内勾稽',
  'cross-table': '表间勾稽',
  'narrative-table': '说明与报表',
  narrative: '说明前后一致',
  arithmetic: '计算与方向',
  classification: '科目编码与名称',
  glossary: '名词解释',
  'year-unit': '年度与单位',
  template: '模板残留',
  count: '数量口径',
  performance: '绩效自评',
  /** This year's prior-year figures against last year's own published document (two documents). */
  'cross-year': '跨年度',
} as const;
export type Category = keyof typeof CATEGORIES;
export const CategorySchema = lazySchema(() => z.enum(Object.keys(CATEGORIES) as [Category, ...Category[]]));

/** One inconsistency, with both sides, the tolerance and where it is. Findings are data, never exceptions. */
export const FindingSchema = lazySchema(() => z.object({
  rule: z.string(),
  title: z.string(),
  category: CategorySchema,
  severity: SeveritySchema,
  message: z.string(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  difference: z.string().nullable(),
  tolerance: z.string().nullable(),
  /** Section key of the first location, for grouping. */
  section: z.string().nullable(),
  locations: z.array(LocationSchema),
}));
export type Finding = z.infer<typeof FindingSchema>;

export const SEVERITY_ORDER: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
