import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { checkText } from '../../src/check.js';
import type { Finding } from '../../src/model/finding.js';

/** The errors and warnings the changed text gives that the original does not (by rule and message). */
export async function findingsAdded(file: string, original: string, changed: string): Promise<Finding[]> {
  const [base, after] = await Promise.all([checkText(original, { file }), checkText(changed, { file })]);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const before = new Set(base.findings.map(key));
  return after.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
}

/** The errors and warnings that writing `to` for `from` on line `line` of `file` adds (the line must hold `from`). */
export async function addedOnLine(file: string, line: number, from: string, to: string): Promise<Finding[]> {
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = (lines[line - 1] as string).replace(from, to);
  return findingsAdded(file, text, lines.join('\n'));
}
