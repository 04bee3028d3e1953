import { z } from 'zod';
import { Decimal, FigureSchema } from './decimal.js';
import { TableRowSchema } from './disclosure.js';
import { TABLE_IDS } from './tables.js';

/**
 * What a finance officer (编制人) gives `juesuan render` for one department-year: the figures once,
 * and only the words a machine cannot know (主要原因). Everything else — every sentence, share, rate,
 * direction word and the glossary — is computed from it. Money is an exact decimal string in 万元.
 * The JSON Schema in docs/compose-input.schema.json is generated from these schemas.
 */

/** An amount as an exact decimal string ("238.67", "-3.5", "0"); numbers are refused so no float creeps in. */
export const AmountSchema = FigureSchema.shape.value.describe('金额（万元），用字符串写出的十进制数，如 "238.67"');
/** A whole count (批次, 人次, 辆, 个). */
export const CountSchema = z.number().int().min(0);

/** One printed row of a table: the model's row key, code and name, and its cells by column key. */
export const InputRowSchema = z.object({
  key: TableRowSchema.shape.key.describe('行键：功能分类编码（"2101501"）、经济分类编码（"30101"）、"total" 或 01/04 表的行键（"inc.general"、"exp.class:208"）'),
  code: TableRowSchema.shape.code.optional().describe('科目编码；缺省时取自行键'),
  name: TableRowSchema.shape.name.optional().describe('科目名称；缺省时取自科目目录'),
  side: TableRowSchema.shape.side.optional(),
  cells: z.record(z.string(), AmountSchema.nullable()).describe('按栏键（见 src/model/tables.ts 的 TABLE_DEFS）给出的金额'),
});
export type InputRow = z.infer<typeof InputRowSchema>;

export const InputTableSchema = z.object({
  rows: z.array(InputRowSchema),
  /** Why the table is empty, when it is (otherwise the template's standard sentence is used). */
  emptyStatement: z.string().optional(),
});
export type InputTable = z.infer<typeof InputTableSchema>;

export const UnitKindSchema = z.enum(['行政', '参公', '事业']);

export const ComposeFactsSchema = z.object({
  department: z.string().min(1).describe('部门（单位）名称，如 荣成市医疗保障局'),
  /** The unit named in every table header (单位：…); the department when absent. */
  entity: z.string().optional(),
  scope: z.enum(['部门', '单位']).default('部门'),
  region: z.string().min(1).describe('地区，如 荣成市'),
  year: z.number().int().min(2000).max(2100),
  unitKind: UnitKindSchema,
});

export const ProjectSchema = z.object({
  name: z.string().min(1),
  fullBudget: AmountSchema,
  executed: AmountSchema,
  score: z.string().regex(/^\d+(\.\d+)?$/).optional(),
  grade: z.enum(['优', '良', '中', '差']).optional(),
  /** 项目绩效目标完成情况, in the officer's words. */
  summary: z.string().optional(),
});

export const ComposeInputSchema = z.object({
  template: z.string().optional().describe('地区模板名（templates/ 下的文件名，如 sichuan、shandong、shanghai）'),
  facts: ComposeFactsSchema,
  overview: z
    .object({
      duties: z.array(z.string()).default([]),
      organization: z.string().default(''),
    })
    .default({ duties: [], organization: '' }),
  tables: z.partialRecord(z.enum(TABLE_IDS), InputTableSchema),
  /** Last year's comparable figures, keyed by subject (the claim subject keys: total, income.fiscal, fc:208 …). */
  prior: z.record(z.string(), AmountSchema).default({}),
  /** 年初预算 (or 全年预算) per subject: general.expense, fc:2101501, operatingCost … */
  budgets: z
    .record(z.string(), z.object({ amount: AmountSchema, basis: z.enum(['initial', 'full']).default('initial') }))
    .default({}),
  threePublic: z
    .object({
      abroadGroups: CountSchema.default(0),
      abroadPeople: CountSchema.default(0),
      vehiclesPurchased: CountSchema.default(0),
      vehicleStock: CountSchema.default(0),
      receptionDomestic: z.object({ amount: AmountSchema.optional(), batches: CountSchema, people: CountSchema }).optional(),
      receptionForeign: z.object({ amount: AmountSchema.default('0'), batches: CountSchema.default(0), people: CountSchema.default(0) }).optional(),
    })
    .default({ abroadGroups: 0, abroadPeople: 0, vehiclesPurchased: 0, vehicleStock: 0 }),
  /** 机关运行经费; for 行政/参公 units it defaults to the 公用经费 of table 06. */
  operatingCost: AmountSchema.optional(),
  procurement: z
    .object({
      goods: AmountSchema.default('0'),
      works: AmountSchema.default('0'),
      services: AmountSchema.default('0'),
      sme: AmountSchema.default('0'),
      micro: AmountSchema.default('0'),
      smeGoods: AmountSchema.default('0'),
      smeWorks: AmountSchema.default('0'),
      smeServices: AmountSchema.default('0'),
    })
    .optional(),
  assets: z
    .object({
      vehicles: z.record(z.string(), CountSchema).default({}),
      equipment: CountSchema.default(0),
    })
    .default({ vehicles: {}, equipment: 0 }),
  performance: z
    .object({
      projects: z.array(ProjectSchema).default([]),
    })
    .default({ projects: [] }),
  /** 主要用于 text of a 项 by function code, where the catalog has no definition or the officer words it better. */
  definitions: z.record(z.string(), z.string()).default({}),
  /** 主要原因 keyed by what they explain: `<subject>` for a change against last year, `<subject>:budget` against the budget. */
  reasons: z.record(z.string(), z.string()).default({}),
}).superRefine((input, ctx) => {
  // Last year's 三公 total and its items are typed apart: the explanation states the total's change
  // and each item's, and they must add up (the checker's arithmetic.change-sum would stop the render).
  const p = input.prior;
  const vehicle = p['threePublic.vehicle'] ?? (p['threePublic.vehiclePurchase'] != null && p['threePublic.vehicleOps'] != null ? new Decimal(p['threePublic.vehiclePurchase']).plus(p['threePublic.vehicleOps']).toString() : undefined);
  const [total, abroad, reception] = [p['threePublic.total'], p['threePublic.abroad'], p['threePublic.reception']];
  if (total == null || abroad == null || reception == null || vehicle == null) return;
  const sum = new Decimal(abroad).plus(vehicle).plus(reception);
  if (!sum.eq(total)) {
    ctx.addIssue({
      code: 'custom',
      path: ['prior', 'threePublic.total'],
      message: `上年“三公”经费合计 ${total} 万元不等于上年因公出国（境）费、公务用车购置及运行维护费、公务接待费之和 ${sum.toFixed(2)} 万元；请核对 prior 中的上年数`,
    });
  }
});
export type ComposeInput = z.infer<typeof ComposeInputSchema>;
export type ComposeInputRaw = z.input<typeof ComposeInputSchema>;
