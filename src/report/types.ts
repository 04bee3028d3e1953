import type { DocumentReport } from '../check.js';

/** One input as reported: either checked (a DocumentReport) or not readable (an error for that file). */
export type ReportEntry =
  | ({ ok: true } & DocumentReport & { lines?: { text: string; location: { line: number | null; page: number | null } }[] })
  | { ok: false; file: string; error: { code: string; message: string } };
