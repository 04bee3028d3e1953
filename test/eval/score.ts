import type { Finding } from '../../src/model/finding.js';
import { type Defect, type Key, matches } from './key.js';

/** How one file's findings compare with its answer key. */
export interface FileScore {
  file: string;
  /** Warning and error findings that report a keyed defect. */
  truePositives: Finding[];
  /** Warning and error findings the key judges false. */
  falsePositives: { finding: Finding; why: string }[];
  /** Warning and error findings the key does not mention: to be judged by reading the document. */
  unjudged: Finding[];
  /** Keyed defects some finding reports. */
  found: Defect[];
  /** Keyed defects no finding reports, with whether the key expects that (a known miss). */
  missed: { defect: Defect; known: boolean }[];
  /** Known misses that a finding now reports (the key's `missed` note is out of date). */
  newlyFound: Defect[];
  /** Defects reported by more than one finding (one cause should give one finding). */
  repeated: { defect: Defect; count: number }[];
  /** Entries of the key's false list that no finding matches any more (to be removed from the key). */
  stale: string[];
}

/** Judges one file's findings against its key. Info findings are not judged. */
export function scoreFile(file: string, findings: readonly Finding[], key: Key): FileScore {
  const judged = findings.filter((f) => f.severity !== 'info');
  const score: FileScore = { file, truePositives: [], falsePositives: [], unjudged: [], found: [], missed: [], newlyFound: [], repeated: [], stale: [] };
  for (const f of judged) {
    if (key.defects.some((d) => d.foundBy.some((m) => matches(m, f)))) score.truePositives.push(f);
    else {
      const no = key.false.find((m) => matches(m, f));
      if (no) score.falsePositives.push({ finding: f, why: no.why });
      else score.unjudged.push(f);
    }
  }
  for (const m of key.false) if (!judged.some((f) => matches(m, f))) score.stale.push(`${m.rule} ${m.says.join(' ')}`);
  for (const d of key.defects) {
    const by = judged.filter((f) => d.foundBy.some((m) => matches(m, f)));
    if (by.length) {
      score.found.push(d);
      if (d.missed) score.newlyFound.push(d);
      if (by.length > 1) score.repeated.push({ defect: d, count: by.length });
    } else score.missed.push({ defect: d, known: d.missed !== undefined });
  }
  return score;
}

/** Precision over judged findings (true ÷ (true + false)); unjudged findings are listed, not counted. */
export function precision(s: Pick<FileScore, 'truePositives' | 'falsePositives'>): number | null {
  const n = s.truePositives.length + s.falsePositives.length;
  return n ? s.truePositives.length / n : null;
}

/** Recall over keyed defects (found ÷ all). */
export function recall(s: Pick<FileScore, 'found' | 'missed'>): number | null {
  const n = s.found.length + s.missed.length;
  return n ? s.found.length / n : null;
}

/**
 * What makes the evaluation fail: an error finding the key does not know, and a keyed defect that is
 * no longer found. Errors the key already judges false are listed by the report, not failed on, so
 * that a known false error stays visible without blocking unrelated work.
 */
export function regressions(s: FileScore): string[] {
  const out: string[] = [];
  for (const f of s.unjudged) if (f.severity === 'error') out.push(`未判定的错误：[${f.rule}] ${f.message}`);
  for (const { defect, known } of s.missed) if (!known) out.push(`漏报：${defect.id} ${defect.what}`);
  return out;
}
