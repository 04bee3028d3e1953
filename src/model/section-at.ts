import type { Disclosure, Section } from './disclosure.js';
import { type Place, comparePlaces } from './location.js';

/**
 * The section a place falls in, by page and line: the last keyed heading before the first heading
 * that stands past the place. Built once per document and asked of many places, so the headings are
 * scanned once: the first heading past a place is where the running maximum of heading places first
 * exceeds it (a binary search), whatever the order of the headings. Contents-page entries are no
 * headings of the text and never name a section.
 */
export function sectionLocator(sections: readonly Section[]): (at: Place | null | undefined) => string | null {
  const heads = sections.filter((s) => s.key !== 'toc' && s.location.line != null);
  const maxPlace: Place[] = [];
  const keyBefore: (string | null)[] = [null];
  for (const s of heads) {
    const prev = maxPlace[maxPlace.length - 1];
    maxPlace.push(prev && comparePlaces(prev, s.location) > 0 ? prev : s.location);
    keyBefore.push(s.key ?? (keyBefore[keyBefore.length - 1] as string | null));
  }
  return (at) => {
    if (at?.line == null) return null;
    let lo = 0;
    let hi = maxPlace.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePlaces(maxPlace[mid] as Place, at) > 0) hi = mid;
      else lo = mid + 1;
    }
    return keyBefore[lo] as string | null;
  };
}

// Per document: several rules want the section of every line (a table's part, the overview, the
// explanation's parts), each of which placed every line anew.
const LINE_SECTIONS = new WeakMap<Disclosure, (string | null)[]>();

/** The section of each of the document's lines (`sectionLocator` asked of each line's location), in order. */
export function lineSections(doc: Disclosure): readonly (string | null)[] {
  let keys = LINE_SECTIONS.get(doc);
  if (!keys) {
    const sectionAt = sectionLocator(doc.sections);
    keys = doc.lines.map((l) => sectionAt(l.location));
    LINE_SECTIONS.set(doc, keys);
  }
  return keys;
}
