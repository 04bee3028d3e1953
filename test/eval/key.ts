import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Finding } from '../../src/model/finding.js';

/**
 * Answer keys of the evaluation corpus, written by hand from reading each document (never from the
 * checker's output): the real defects of the document, and every warning or error the checker has
 * raised on it that is not one of them, judged false with the reason.
 */

/** Recognises a finding: its rule, and figures or words that must all appear in what it says. */
const MatcherSchema = z.object({
  rule: z.string().min(1),
  /** Each must occur in expected, actual or the message (after thousands separators are removed). */
  says: z.array(z.string()).default([]),
  /** Where its first location must be, when the figures alone could match two findings. */
  page: z.number().int().positive().optional(),
});
export type Matcher = z.infer<typeof MatcherSchema>;

const DefectSchema = z.object({
  id: z.string().min(1),
  /** What is wrong, as a reviewer would tell the department. */
  what: z.string().min(1),
  /** Where it is in the document (page, line or section), as read by hand. */
  where: z.string().min(1),
  /** How bad: error (provably wrong figures), warning (very likely wrong), minor (presentation). */
  kind: z.enum(['error', 'warning', 'minor']),
  /** Findings that report it; any one of them finds it. */
  foundBy: z.array(MatcherSchema).default([]),
  /** Why the checker does not find it yet (known miss); absent means it must be found. */
  missed: z.string().optional(),
});
export type Defect = z.infer<typeof DefectSchema>;

const FalseSchema = MatcherSchema.extend({ why: z.string().min(1) });

const KeySchema = z.object({
  /** The files this key judges: a source and its prints or conversions, which must read alike. */
  files: z.array(z.string()).min(1),
  document: z.string().min(1),
  defects: z.array(DefectSchema),
  /** Warnings and errors the checker raises that are not real defects, each with why it is false. */
  false: z.array(FalseSchema).default([]),
});
export type Key = z.infer<typeof KeySchema>;

export const KEY_DIR = new URL('./keys/', import.meta.url);

/** Every answer key under test/eval/keys/, validated. */
export function loadKeys(dir: URL = KEY_DIR): Key[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const parsed = KeySchema.safeParse(parse(readFileSync(join(dir.pathname, f), 'utf8')));
      if (!parsed.success) throw new Error(`answer key ${f}: ${parsed.error.message}`);
      return parsed.data;
    });
}

const plain = (s: string | null | undefined) => (s ?? '').replace(/(\d),(?=\d{3})/g, '$1');

/** Whether a finding is the one a matcher describes. */
export function matches(m: Matcher, f: Finding): boolean {
  if (m.rule !== f.rule) return false;
  const text = `${plain(f.expected)}\n${plain(f.actual)}\n${plain(f.message)}`;
  if (!m.says.every((s) => text.includes(plain(s)))) return false;
  return m.page === undefined || f.locations[0]?.page === m.page;
}
