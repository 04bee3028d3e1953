import { z } from '@hono/zod-openapi';
import { CATEGORIES } from '../model/finding.js';

// The workbench API's request and response shapes. The server validates with them, the OpenAPI
// document at /api/openapi.json is generated from them, and the web UI imports their types: one
// contract, three users.

export const RoleSchema = z.enum(['admin', 'reviewer', 'officer']).openapi({ description: 'admin 管理员 / reviewer 审核人 / officer 编制人' });
export type Role = z.infer<typeof RoleSchema>;

export const UserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    orgId: z.number().int().nullable(),
  })
  .openapi('User');
export type User = z.infer<typeof UserSchema>;

export const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() }).openapi('Session');
export type Session = z.infer<typeof SessionSchema>;

export const LoginSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).openapi('Login');

export const NewUserSchema = z
  .object({
    username: z.string().min(2).max(100).regex(/^[\p{L}\p{N}_.@-]+$/u, '用户名只能含字母、数字和 _ . @ -'),
    displayName: z.string().min(1).max(100),
    password: z.string().min(10, '密码至少 10 位').max(200),
    role: RoleSchema,
    orgId: z.number().int().nullable(),
  })
  .openapi('NewUser');

export const PasswordChangeSchema = z
  .object({ current: z.string().min(1).max(200), next: z.string().min(10, '新密码至少 10 位').max(200) })
  .openapi('PasswordChange');

export const PasswordResetSchema = z.object({ password: z.string().min(10, '密码至少 10 位').max(200) }).openapi('PasswordReset');

export const OrgKindSchema = z.enum(['region', 'department', 'unit']);
export const OrgSchema = z
  .object({ id: z.number().int(), parentId: z.number().int().nullable(), kind: OrgKindSchema, name: z.string(), code: z.string().nullable() })
  .openapi('Org');
export type Org = z.infer<typeof OrgSchema>;

export const DocumentStatusSchema = z.enum(['queued', 'checking', 'checked', 'failed']).openapi({
  description: 'queued 排队中 / checking 检查中 / checked 已检查 / failed 无法读取',
});
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

const CountsSchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

export const DocumentSummarySchema = z
  .object({
    id: z.number().int(),
    fileName: z.string(),
    format: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    status: DocumentStatusSchema,
    /** The reader's or checker's own Chinese message when status is failed. */
    error: z.string().nullable(),
    title: z.string().nullable(),
    region: z.string().nullable(),
    department: z.string().nullable(),
    unit: z.string().nullable(),
    year: z.number().int().nullable(),
    orgId: z.number().int().nullable(),
    /** Documents of one organisation and year are versions of each other, numbered from 1 in upload order. */
    version: z.number().int(),
    uploadedAt: z.string(),
    uploadedBy: z.string().nullable(),
    checkedAt: z.string().nullable(),
    counts: CountsSchema,
    /** Findings at warning or error level with no decision yet. */
    undecided: z.number().int(),
  })
  .openapi('DocumentSummary');
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const UploadResultSchema = z
  .object({
    documents: z.array(
      z.object({
        document: DocumentSummarySchema,
        /** The same bytes were uploaded before: the existing document is returned, nothing new is stored. */
        duplicate: z.boolean(),
      }),
    ),
  })
  .openapi('UploadResult');

export const FromUrlSchema = z.object({ url: z.string().url().max(2000) }).openapi('FromUrl');

export const DocumentPatchSchema = z
  .object({
    region: z.string().max(100).nullable().optional(),
    department: z.string().max(200).nullable().optional(),
    unit: z.string().max(200).nullable().optional(),
    year: z.number().int().min(1990).max(2100).nullable().optional(),
    orgId: z.number().int().nullable().optional(),
  })
  .openapi('DocumentPatch');

export const LocationOutSchema = z
  .object({
    file: z.string(),
    page: z.number().int().nullable(),
    line: z.number().int().nullable(),
    cell: z.object({ table: z.number().int(), row: z.number().int(), col: z.number().int() }).nullable(),
    text: z.string(),
    sheet: z.string().optional(),
    ref: z.string().optional(),
    via: z.string().optional(),
    /**
     * Where the text stands on its PDF page: points in the space of pdf.js `page.getViewport({ scale: 1 })`
     * (the page as displayed, its /Rotate applied; origin at the top-left of the crop box, y downwards).
     */
    box: z.object({ x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number() }).optional(),
  })
  .openapi('Location');

export const DecisionStatusSchema = z.enum(['confirmed', 'dismissed', 'recheck']).openapi({
  description: 'confirmed 确认问题 / dismissed 不是问题 / recheck 需复核',
});
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

export const DecisionSchema = z
  .object({
    status: DecisionStatusSchema,
    note: z.string(),
    by: z.string(),
    at: z.string(),
    /** Set when the decision was taken on an earlier version of the document and carried over. */
    fromVersion: z.number().int().nullable(),
  })
  .openapi('Decision');
export type Decision = z.infer<typeof DecisionSchema>;

export const FindingOutSchema = z
  .object({
    id: z.number().int(),
    /** Stable across versions of one document: same rule, same figures, same quoted places. */
    key: z.string(),
    rule: z.string(),
    title: z.string(),
    category: z.enum(Object.keys(CATEGORIES) as [keyof typeof CATEGORIES, ...(keyof typeof CATEGORIES)[]]),
    categoryLabel: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    expected: z.string().nullable(),
    actual: z.string().nullable(),
    difference: z.string().nullable(),
    tolerance: z.string().nullable(),
    section: z.string().nullable(),
    locations: z.array(LocationOutSchema),
    decision: DecisionSchema.nullable(),
  })
  .openapi('Finding');
export type FindingOut = z.infer<typeof FindingOutSchema>;

export const DecideSchema = z.object({ status: DecisionStatusSchema, note: z.string().max(2000).default('') }).openapi('Decide');

export const DecisionHistorySchema = z.object({ history: z.array(DecisionSchema.extend({ documentId: z.number().int() })) }).openapi('DecisionHistory');

export const DocumentDetailSchema = z
  .object({
    document: DocumentSummarySchema,
    /** What could and could not be read and checked (tables found, rules that could not run and why). */
    coverage: z.record(z.string(), z.unknown()).nullable(),
    /** Other versions of the same organisation and year, oldest first. */
    versions: z.array(DocumentSummarySchema),
  })
  .openapi('DocumentDetail');

export const ComparisonSchema = z
  .object({
    previous: DocumentSummarySchema.nullable(),
    resolved: z.array(FindingOutSchema),
    added: z.array(FindingOutSchema),
    remaining: z.array(FindingOutSchema),
  })
  .openapi('Comparison');

export const QueueStateSchema = z
  .object({ queued: z.number().int(), checking: z.number().int(), checked: z.number().int(), failed: z.number().int() })
  .openapi('QueueState');

export const DashboardSchema = z
  .object({
    years: z.array(z.number().int()),
    rows: z.array(
      z.object({
        key: z.string(),
        orgId: z.number().int().nullable(),
        region: z.string().nullable(),
        department: z.string(),
        cells: z.record(
          z.string(),
          z.object({ documentId: z.number().int(), status: DocumentStatusSchema, counts: CountsSchema, undecided: z.number().int(), versions: z.number().int() }),
        ),
      }),
    ),
    totals: z.object({ documents: z.number().int(), checked: z.number().int(), undecided: z.number().int(), counts: CountsSchema, byCategory: z.record(z.string(), z.number().int()) }),
  })
  .openapi('Dashboard');

export const RuleInfoSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    category: z.string(),
    categoryName: z.string(),
    severity: z.string(),
    authority: z.string(),
    description: z.string(),
    /** The rule's own positive and negative cases: a text and what the rule must say of it. */
    examples: z.array(z.object({ name: z.string(), expect: z.unknown(), text: z.string() })),
  })
  .openapi('RuleInfo');

export const SchemeInfoSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    basis: z.string(),
    authority: z.string(),
    formulas: z.array(z.string()),
    bands: z.array(z.object({ grade: z.string(), min: z.string() })),
  })
  .openapi('SchemeInfo');

export const AuditEntrySchema = z
  .object({ id: z.number().int(), at: z.string(), user: z.string().nullable(), action: z.string(), target: z.string().nullable(), detail: z.unknown() })
  .openapi('AuditEntry');

export const ErrorSchema = z.object({ error: z.string().openapi({ description: '中文说明：哪里不对、怎么办' }) }).openapi('Error');

export const HealthSchema = z
  .object({ ok: z.boolean(), database: z.enum(['pglite', 'postgres']), queue: QueueStateSchema })
  .openapi('Health');

const MoneyOut = z.string().nullable().openapi({ description: '万元，精确小数字符串，与文件所印一致（如 "7.65"、"0.00"）；未读到为 null', example: '2280.29' });
const AnalysisAt = {
  /** The document the figures come from: the latest checked version of its department and year. */
  documentId: z.number().int(),
  year: z.number().int(),
  region: z.string().nullable(),
  department: z.string(),
};
const ScoreOut = z.object({ name: z.string(), score: z.string().nullable().openapi({ description: '得分，精确小数字符串' }), grade: z.string().nullable().openapi({ description: '文件所写等级（优、良、中、差等）' }) });

export const AnalysisSchema = z
  .object({
    /** How many department-years the series are built from. */
    documents: z.number().int(),
    threePublic: z.array(
      z.object({
        ...AnalysisAt,
        /** table: 公开09表的决算数; text: 情况说明 (no table read). */
        source: z.enum(['table', 'text']),
        total: MoneyOut,
        abroad: MoneyOut.openapi({ description: '因公出国（境）费' }),
        vehicle: MoneyOut.openapi({ description: '公务用车购置及运行维护费' }),
        reception: MoneyOut.openapi({ description: '公务接待费' }),
        budgetTotal: MoneyOut.openapi({ description: '预算数合计（09表或说明）' }),
      }),
    ),
    structure: z.array(
      z.object({
        ...AnalysisAt,
        /** table: 公开03表合计行; text: 情况说明. */
        source: z.enum(['table', 'text']),
        total: MoneyOut,
        basic: MoneyOut.openapi({ description: '基本支出' }),
        project: MoneyOut.openapi({ description: '项目支出' }),
        classes: z.array(z.object({ code: z.string(), name: z.string(), amount: z.string() })).openapi({ description: '支出功能分类“类”级金额' }),
        /** Where the classes were read: table 03 (all spending), 05 (一般公共预算财政拨款) or the explanation (一般公共预算). */
        classesSource: z.enum(['03', '05', 'text']).nullable(),
      }),
    ),
    execution: z.array(
      z.object({
        ...AnalysisAt,
        key: z.string(),
        label: z.string(),
        basis: z.enum(['initial', 'full', 'unspecified']).openapi({ description: 'initial 年初预算 / full 全年预算 / unspecified 未说明' }),
        budget: MoneyOut,
        actual: MoneyOut,
        /** 决算 ÷ 预算 × 100, to 0.01, computed exactly from the printed figures; null without a budget. */
        rate: z.string().nullable(),
        /** 完成预算 x% as the document prints it. */
        statedRate: z.string().nullable(),
      }),
    ),
    performance: z.array(
      z.object({
        ...AnalysisAt,
        /** 部门整体支出绩效自评 score and grade. */
        overall: ScoreOut.nullable(),
        projects: z.array(ScoreOut),
        projectCount: z.number().int(),
        /** Mean of the projects' scores, to 0.01. */
        projectMean: z.string().nullable(),
      }),
    ),
  })
  .openapi('Analysis');
