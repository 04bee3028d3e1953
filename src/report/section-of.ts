import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import { sectionLocator } from '../model/section-at.js';

/**
 * Assigns each finding the section its first location stands in, by page and line among the
 * document's section headings (PDF lines are numbered per page, so a line number alone would file a
 * finding on page 21 under a heading that happens to stand on the same line of page 4).
 */
export function assignSections(doc: Disclosure, findings: Finding[]): Finding[] {
  const sectionAt = sectionLocator(doc.sections);
  return findings.map((f) => {
    if (f.section) return f;
    // Findings about the document as a whole (anchored at its first line) belong to no section.
    if (f.locations[0]?.text.startsWith('（全文）')) return f;
    const first = f.locations[0];
    if (first?.line == null) return f;
    return { ...f, section: sectionAt(first) };
  });
}
