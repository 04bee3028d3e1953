import type { Disclosure } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';

/** Every line of the document with the given pattern, skipping the table of contents. */
export function linesMatching(doc: Disclosure, re: RegExp): { text: string; match: string; location: Location }[] {
  const out: { text: string; match: string; location: Location }[] = [];
  for (const l of doc.lines) {
    const m = re.exec(l.text);
    if (m) out.push({ text: l.text, match: m[0], location: l.location });
  }
  return out;
}
