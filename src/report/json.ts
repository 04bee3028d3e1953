import type { ReportEntry } from './types.js';

/**
 * The JSON contract of `check --format json`: `{documents:[{file, findings:[…], coverage:{…}}]}`;
 * an unreadable file appears with `error` instead of findings.
 */
export function renderJson(entries: readonly ReportEntry[]): string {
  const documents = entries.map((e) =>
    e.ok
      ? { file: e.file, format: e.format, facts: e.facts, findings: e.findings, coverage: e.coverage }
      : { file: e.file, error: e.error, findings: [], coverage: null },
  );
  return `${JSON.stringify({ tool: 'juesuan', version: 1, documents }, null, 2)}\n`;
}
