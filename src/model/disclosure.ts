import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';
import { FigureSchema } from './decimal.js';
import { LocationSchema } from './location.js';
import { TABLE_IDS } from './tables.js';

/**
 * The canonical model of one departmental final-accounts disclosure. Extraction produces it,
 * rules read it, composition will write it, storage will persist it, the workbench will show it.
 * Every figure carries its printed precision and its location.
 */

export const TableIdSchema = lazySchema(() => z.enum(TABLE_IDS));

export const TableRowSchema = lazySchema(() => z.object({
  /** Canonical row key: a classification code ("2101501", "301"), `total`, or a ROW_KEYS value. */
  key: z.string(),
  /** Classification code as printed, when the row has one. */
  code: z.string().nullable(),
  /**
   * The code was not printed: the table names its rows only (levels by indentation), and each was
   * found in the catalog by its name under the 类 and 款 rows above it (interpret/tables/by-name.ts).
   */
  codeFromName: z.literal(true).optional(),
  /** Row label as printed (item name). */
  name: z.string(),
  /** 行次 printed in tables 01 and 04. */
  lineNo: z.number().int().nullable(),
  /** Side of a two-sided table (01, 04) or group of table 06 (personnel / public). */
  side: z.enum(['income', 'expense', 'personnel', 'public']).nullable(),
  /** Cells by canonical column key (see TABLE_DEFS); null where the cell is blank. */
  cells: z.record(z.string(), FigureSchema.nullable()),
  /**
   * A row copied without column positions whose figures fit no placement of its columns: its total
   * is read, and these are its other figures, each in a column that cannot be told. Their sum must
   * still equal the total (02, 03, 05: the total is the sum of every other column).
   */
  unplaced: z.array(FigureSchema).optional(),
  /**
   * Columns of this row whose cell holds a value that could not be read (a spreadsheet formula saved
   * without its result), each with where it is: their cells are null, but unknown, not blank. No
   * identity may run on them.
   */
  unread: z.record(z.string(), LocationSchema).optional(),
  location: LocationSchema,
}));
export type TableRow = z.infer<typeof TableRowSchema>;

export const PublicTableSchema = lazySchema(() => z.object({
  id: TableIdSchema,
  title: z.string(),
  /** Amount unit declared by the table (金额单位：万元). */
  unit: z.string().nullable(),
  /** Unit (单位：…) named in the table header, if any. */
  entity: z.string().nullable(),
  rows: z.array(TableRowSchema),
  /** The sentence saying why the table is empty, when the document gives one. */
  emptyStatement: z.string().nullable(),
  /**
   * Columns printed but not read: in text copied out of a PDF (blank cells leave no gap) a figure's
   * column cannot always be told. Their cells are absent from every row, and they are not blank.
   */
  unreadColumns: z.array(z.string()).optional(),
  location: LocationSchema,
}));
export type PublicTable = z.infer<typeof PublicTableSchema>;

export const SectionSchema = lazySchema(() => z.object({
  /** Known section key (see SECTION_KEYS) or null for sections we do not classify. */
  key: z.string().nullable(),
  /** Other known sections the same heading names ("一、部门主要职责及机构设置": 职责 and 机构设置 both). */
  also: z.array(z.string()).optional(),
  title: z.string(),
  level: z.number().int(),
  location: LocationSchema,
}));
export type Section = z.infer<typeof SectionSchema>;

export const SubjectSchema = lazySchema(() => z.object({
  /**
   * Normalised subject: `fc:<code>` for a function-classification item, `ec:<code>` for an economic
   * one, or a fixed key such as `total`, `income.total`, `expense.basic`, `threePublic.total`.
   */
  key: z.string(),
  /** The words the document used for it. */
  label: z.string(),
  /** For 类/款/项 detail lines: the names as printed at each level. */
  names: z.array(z.string()).default([]),
}));
export type Subject = z.infer<typeof SubjectSchema>;

export const DirectionSchema = lazySchema(() => z.enum(['increase', 'decrease', 'flat']));

/** One statement of the explanation about one subject, with every figure it asserts. */
export const ClaimSchema = lazySchema(() => z.object({
  id: z.string(),
  section: z.string().nullable(),
  subject: SubjectSchema,
  /** Which year the amount refers to: the report year unless the sentence says otherwise. */
  amount: FigureSchema.nullable(),
  change: z
    .object({
      amount: FigureSchema.nullable(),
      rate: FigureSchema.nullable(),
      /** Direction stated by the words (增加/增长 → increase, 减少/下降 → decrease, 持平 → flat). */
      direction: DirectionSchema.nullable(),
      /** The direction words as printed. */
      words: z.array(z.string()),
      /** What it is compared with: the prior year or the budget. */
      against: z.enum(['prior', 'budget']),
      /** Last year's level when the sentence states it ("较2023年度决算数2.91万元增加4.41万元"). */
      base: FigureSchema.nullable().optional(),
      /** The base comes from a sentence of its own about last year ("2021年的…合计为807.95万"), not this one. */
      baseApart: z.boolean().optional(),
      /**
       * This year's level as a multiple or a percentage of the base ("是上年的2.33倍", "为上年的72.04%": `ratio`,
       * this ÷ base; "增长1.52倍": `growth`, (this − base) ÷ base, though often written loosely for the ratio),
       * with the base when printed with it ("仅为上年188.95万元的43.02%"). A multiple is kept as a count in 倍.
       */
      ratio: z.object({ value: FigureSchema, reading: z.enum(['ratio', 'growth']), base: FigureSchema.nullable() }).optional(),
    })
    .nullable(),
  share: z
    .object({
      rate: FigureSchema,
      /** Subject key of the whole; null when the sentence does not say and the context decides. */
      base: z.string().nullable(),
    })
    .nullable(),
  budget: z
    .object({
      amount: FigureSchema.nullable(),
      basis: z.enum(['initial', 'full', 'unspecified']),
      /** 完成预算的 x% */
      executionRate: FigureSchema.nullable(),
      /** 预决算差异率 x% */
      diffRate: FigureSchema.nullable(),
      /** Words such as 持平 / 基本持平 said about actual versus budget. */
      words: z.array(z.string()),
    })
    .nullable(),
  /** Counts such as 批次, 人次, 辆, 个项目. */
  count: z.object({ value: FigureSchema, unit: z.string() }).nullable(),
  /** Id of the claim this one is a part of (its "其中" parent), when known. */
  parent: z.string().nullable(),
  /**
   * A part listed ("其中") under a whole it cannot be a part of by its name (人员经费 under 项目支出,
   * 公务用车购置费 under 因公出国（境）费): that whole's claim id, and the subject the part's name belongs to
   * (`owner`, a sibling of that whole). It has no `parent`: one of the names is wrong.
   */
  listedUnder: z.object({ whole: z.string(), owner: z.string(), ownerLabel: z.string() }).optional(),
  /**
   * The parts listed under this whole are only some of its parts ("主要包括A、B等", "…万元等"): they need
   * not add up to it (a part still may not exceed it).
   */
  someParts: z.boolean().optional(),
  /**
   * An amount printed in 元 where the figures around it are in 万元 and it reads like one of them
   * ("公务接待费31.21元"): a slip of the unit, kept apart from the amounts the other rules compare.
   */
  unitSlip: FigureSchema.optional(),
  /**
   * Why `unitSlip` is read as a slip: the same number is a 万元 amount of the same item (or of its whole
   * or its part) said elsewhere (`twin`); the paragraph's, the section's or the whole explanation's other
   * amounts are in 万元 (`paragraph`, `section`, `document`); a table in 万元 prints the same digits (`table`);
   * read in 万元 it fits, and as printed does not, the rate of the change said with it (`rate`), last year's
   * level said with it (`prior`), the sum of a whole and its parts (`sum`), or its share of its whole (`share`).
   */
  unitSlipBasis: z.enum(['twin', 'paragraph', 'section', 'document', 'table', 'rate', 'prior', 'sum', 'share']).optional(),
  /**
   * A sum said after the amounts it adds ("人员经费146.15万元、公用经费11.23万元，合计157.38万元"): the ids of
   * the claims it sums. Such a claim is keyed `unsure:sum#<id>` and compared with nothing but them.
   */
  sumOf: z.array(z.string()).optional(),
  /**
   * The year the sentence says its figures are of ("2011年…预算数合计为…", "2010年，…决算数为…"), or its
   * "其中" whole's: a part listed under a total is of the total's year. Absent when no year is said.
   */
  year: z.number().int().optional(),
  sentence: z.string(),
  location: LocationSchema,
}));
export type Claim = z.infer<typeof ClaimSchema>;

export const GlossaryEntrySchema = lazySchema(() => z.object({
  term: z.string(),
  definition: z.string(),
  /** Function-classification code the term names, when it is a 类/款/项 entry. */
  code: z.string().nullable(),
  names: z.array(z.string()).default([]),
  /**
   * The items an entry may explain when its term writes a code and a name that disagree
   * ("行政运行（2101505）"): neither is taken as its code, and no rule says the items it may name are
   * unexplained.
   */
  maybe: z.array(z.string()).optional(),
  location: LocationSchema,
}));
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const IndicatorSchema = lazySchema(() => z.object({
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  name: z.string(),
  weight: FigureSchema.nullable(),
  operator: z.enum(['>=', '<=', '=', '>', '<', 'qualitative']).nullable(),
  target: z.string(),
  targetValue: FigureSchema.nullable(),
  actual: z.string(),
  actualValue: FigureSchema.nullable(),
  unit: z.string().nullable(),
  completionRate: FigureSchema.nullable(),
  score: FigureSchema.nullable(),
  deviationNote: z.string().nullable(),
  location: LocationSchema,
  /** How the target is expressed: a number with unit, words (显著提升, 全覆盖) or a date (2024年12月10日前). */
  targetKind: z.enum(['quantitative', 'qualitative', 'date']).optional(),
  /** The row's own scoring rule, when the sheet has a 赋分规则 / 评分标准 / 评分规则 column ("完成得满分，每低1个百分点扣0.5分"). */
  scoringRule: z.string().optional(),
}));
export type Indicator = z.infer<typeof IndicatorSchema>;

export const PerformanceSheetSchema = lazySchema(() => z.object({
  kind: z.enum(['project', 'overall', 'transfer']),
  name: z.string(),
  /** The funds block (年度资金总额 or 合计 row). */
  funds: z
    .object({
      initialBudget: FigureSchema.nullable(),
      fullBudget: FigureSchema.nullable(),
      executed: FigureSchema.nullable(),
      weight: FigureSchema.nullable(),
      rate: FigureSchema.nullable(),
      score: FigureSchema.nullable(),
      location: LocationSchema,
    })
    .nullable(),
  /** The funds' sources under the total ("其中：当年财政拨款", "上年结转资金", "其他资金"), as printed. */
  fundParts: z
    .array(
      z.object({
        label: z.string(),
        initialBudget: FigureSchema.nullable(),
        fullBudget: FigureSchema.nullable(),
        executed: FigureSchema.nullable(),
        location: LocationSchema,
      }),
    )
    .default([]),
  indicators: z.array(IndicatorSchema),
  /** Total weight stated by the table (总分 100), when printed. */
  statedMax: FigureSchema.nullable(),
  total: FigureSchema.nullable(),
  grade: z.string().nullable(),
  location: LocationSchema,
}));
export type PerformanceSheet = z.infer<typeof PerformanceSheetSchema>;

/** A score or grade of a project quoted outside its sheet (summary table, narrative, report). */
export const PerformanceQuoteSchema = lazySchema(() => z.object({
  name: z.string(),
  score: FigureSchema.nullable(),
  grade: z.string().nullable(),
  fullBudget: FigureSchema.nullable(),
  executed: FigureSchema.nullable(),
  rate: FigureSchema.nullable(),
  source: z.enum(['summary-table', 'narrative', 'report']),
  location: LocationSchema,
  /**
   * Sub-scores the quote gives ("项目决策（自评得18分）", "预算管理（21.93分）"). `parent` is the name of
   * the enclosing part whose score they make up, null when they make up the quote's own score. `bare`:
   * the score is only a figure in brackets after the name ("项目决策（20分）"), which may be the full mark.
   */
  parts: z.array(z.object({ name: z.string(), score: FigureSchema, parent: z.string().nullable(), bare: z.boolean().optional() })).optional(),
  /**
   * The parts (by `parent`, null for the quote's own) among whose listed items one stands without a score
   * read ("2. 项目管理（满分20分，得分：十八分）" between scored items): their sum is not the whole's.
   */
  partsUnread: z.array(z.string().nullable()).optional(),
  /**
   * The quote is of several projects together or of the department's whole spending ("对11个项目开展绩效自评，
   * 全年预算数…", "部门整体支出…全年预算…"), not of one project: held to its own rate and to the overall sheet, never
   * a project of its own.
   */
  aggregate: z.boolean().optional(),
}));
export type PerformanceQuote = z.infer<typeof PerformanceQuoteSchema>;

/**
 * `final-part`: one part of a department's final account published on its own (a “三公”经费
 * 情况说明 page): its figures are checked, its completeness is not.
 */
export const DocumentKindSchema = lazySchema(() => z.enum(['final', 'final-part', 'budget', 'government-final', 'other']));
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const FactsSchema = lazySchema(() => z.object({
  title: z.string().nullable(),
  department: z.string().nullable(),
  /** 部门 (department consolidated) or 单位 (one budget unit, often 本级). */
  scope: z.enum(['部门', '单位']).nullable(),
  region: z.string().nullable(),
  fiscalYear: z.number().int().nullable(),
  amountUnit: z.string().default('万元'),
  /**
   * What the document is, from its title, cover and table titles: only a departmental final
   * account (`final`) is checked; a budget, a government's own final accounts or a news page is
   * said to be out of scope.
   */
  kind: DocumentKindSchema.default('final'),
  /** Why the document is not a final account, quoted from it (null for a final account). */
  kindReason: z.string().nullable().default(null),
  /**
   * Set where the text was printed in the traditional script: a mirror site's conversion of a page, read
   * converted back (its figures and words are the page's; its punctuation and extent are the copy's).
   */
  script: z.literal('traditional').optional(),
  /** The document's own contents list (目录): what it declares it contains. Empty without one. */
  contents: z
    .array(z.object({ text: z.string(), table: TableIdSchema.nullable(), section: z.string().nullable(), location: LocationSchema }))
    .default([]),
}));
export type Facts = z.infer<typeof FactsSchema>;

export const CoverageSchema = lazySchema(() => z.object({
  /** Tables printed in the document, whether or not their figures could be read. */
  tablesFound: z.array(TableIdSchema),
  /** Tables printed but not read (layout not understood): their rules report insufficient data. */
  tablesUnread: z.array(z.object({ id: TableIdSchema, reason: z.string(), location: LocationSchema, through: LocationSchema.optional() })),
  /** Tables the document lists or refers to (见附表) without printing them. */
  tablesReferenced: z.array(TableIdSchema),
  sectionsFound: z.array(z.string()),
  claims: z.number().int(),
  glossaryEntries: z.number().int(),
  performanceSheets: z.number().int(),
  /** Human-readable notes on what could not be read. */
  unread: z.array(z.string()),
  /**
   * The input holds 公开表 and no prose at all — no explanation, glossary or performance sheet — as
   * a workbook exported by the final-accounts software does. The rules that read those parts then
   * report insufficient data: a table export is not a disclosure with its explanation missing.
   */
  tablesOnly: z.boolean().default(false),
  /** Pages that could not be read at all (scans without OCR): a table not found may be printed on them. */
  pagesUnread: z.array(z.number().int().positive()).default([]),
  /** Pages read by OCR: read, but their figures are less certain (each is also marked `via: 'ocr'`). */
  pagesOcr: z.array(z.number().int().positive()).default([]),
  /** What was read by OCR and why, in words. */
  ocr: z.array(z.string()).default([]),
  /**
   * Revisions published unaccepted: tracked changes of a Word file, or the balloons a converter printed
   * into the text ("Deleted: ××部门"), which were cut from the text read. `location`: the first balloon's.
   */
  revisions: z.object({ count: z.number().int().positive(), location: LocationSchema.nullable() }).optional(),
  /** Pictures not read (web page images, Word pictures): a table not found may be printed as one. */
  imagesUnread: z.number().int().nonnegative().default(0),
  /** Attachments a web page links (附件), by name: tables not printed in the page may be there. */
  attachments: z.array(z.string()).default([]),
  /** The text was read from positioned text boxes (a PDF turned into Word): a line may be a piece of one. */
  boxedText: z.boolean().optional(),
}));
export type Coverage = z.infer<typeof CoverageSchema>;

export const DisclosureSchema = lazySchema(() => z.object({
  file: z.string(),
  format: z.string(),
  facts: FactsSchema,
  sections: z.array(SectionSchema),
  tables: z.array(PublicTableSchema),
  claims: z.array(ClaimSchema),
  glossary: z.array(GlossaryEntrySchema),
  performance: z.object({
    sheets: z.array(PerformanceSheetSchema),
    quotes: z.array(PerformanceQuoteSchema),
    /** Sheets whose title is printed but whose cells a conversion flattened out: not read. */
    unreadSheets: z.array(z.object({ title: z.string(), location: LocationSchema })),
  }),
  /**
   * Every paragraph and table-cell text with its location, for rules that read raw wording. A
   * paragraph joined from several source lines keeps where each continues (as the layout's
   * `breaks`), so that a word found in it is placed on its own line (`placeInLine`).
   */
  lines: z.array(z.object({
    text: z.string(),
    location: LocationSchema,
    breaks: z.array(z.object({ offset: z.number().int(), line: z.number().int(), page: z.number().int().optional() })).optional(),
  })),
  coverage: CoverageSchema,
}));
export type Disclosure = z.infer<typeof DisclosureSchema>;

export function tableOf(doc: Disclosure, id: z.infer<typeof TableIdSchema>): PublicTable | undefined {
  return doc.tables.find((t) => t.id === id);
}
