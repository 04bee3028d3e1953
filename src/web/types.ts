// The API's shapes, taken as types only from the server's zod schemas so that no zod code reaches
// the browser bundle.
import type { z } from '@hono/zod-openapi';
import type {
  AnalysisSchema,
  AuditEntrySchema,
  ComparisonSchema,
  DashboardSchema,
  DecisionHistorySchema,
  DocumentDetailSchema,
  DocumentPatchSchema,
  HealthSchema,
  NewUserSchema,
  QueueStateSchema,
  RuleInfoSchema,
  SchemeInfoSchema,
  UploadResultSchema,
} from '../server/schemas.js';

export type {
  Decision,
  DecisionStatus,
  DocumentStatus,
  DocumentSummary,
  FindingOut,
  Org,
  Role,
  Session,
  User,
} from '../server/schemas.js';

export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type Dashboard = z.infer<typeof DashboardSchema>;
export type DashboardRow = Dashboard['rows'][number];
export type DashboardCell = DashboardRow['cells'][string];
export type DecisionHistory = z.infer<typeof DecisionHistorySchema>['history'];
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;
export type DocumentPatch = z.infer<typeof DocumentPatchSchema>;
export type Health = z.infer<typeof HealthSchema>;
export type NewUser = z.input<typeof NewUserSchema>;
export type QueueState = z.infer<typeof QueueStateSchema>;
export type RuleInfo = z.infer<typeof RuleInfoSchema>;
export type SchemeInfo = z.infer<typeof SchemeInfoSchema>;
export type UploadResult = z.infer<typeof UploadResultSchema>;
export type Location = import('../server/schemas.js').FindingOut['locations'][number];
export type Severity = import('../server/schemas.js').FindingOut['severity'];

/** One line of a document's text as the reader saw it (GET /api/documents/:id/text). */
export interface TextLine {
  page: number | null;
  line: number;
  text: string;
}

/** GET /api/analysis: series per department-year; every amount an exact decimal string as printed. */
export type Analysis = z.infer<typeof AnalysisSchema>;
