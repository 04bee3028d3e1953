import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';

/**
 * Assigns each finding the section of its first location, by position among the document's
 * section headings (lines are ordered in every format: text lines, paragraph ordinals).
 */
export function assignSections(doc: Disclosure, findings: Finding[]): Finding[] {
  const heads = doc.sections
    .filter((s) => s.key && s.key !== 'toc' && s.location.line != null)
    .map((s) => ({ line: s.location.line as number, key: s.key as string }))
    .sort((a, b) => a.line - b.line);
  return findings.map((f) => {
    if (f.section) return f;
    // Findings about the document as a whole (anchored at its first line) belong to no section.
    if (f.locations[0]?.text.startsWith('（全文）')) return f;
    const line = f.locations[0]?.line;
    if (line == null) return f;
    let key: string | null = null;
    for (const h of heads) {
      if (h.line <= line) key = h.key;
      else break;
    }
    return { ...f, section: key };
  });
}
