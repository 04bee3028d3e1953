import type { PositionedItem } from './items.js';

/**
 * Why a page's text layer cannot be taken as the page's content: it is an image of the page (a scan,
 * perhaps with a page number or caption as text), or its text does not decode (fonts embedded without
 * a Unicode map give private-use or control characters). Such pages are offered to OCR.
 */
export type Unreadable = 'image' | 'garbled';

/** Characters that are never real text of a disclosure: private use areas, controls, U+FFFD. */
const UNDECODED = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]|[\udb80-\udbff][\udc00-\udfff]/gu;

/** Fewer visible characters than this on a page mostly covered by an image: a scan with a caption. */
const CAPTION_CHARS = 40;
/** Share of the page an image must cover for the page to count as a scan. */
const SCAN_COVERAGE = 0.5;
/** Share of undecodable characters from which a text layer counts as garbled. */
const GARBLED_SHARE = 0.3;

/** Classifies a page from its text items and the share of its area painted by images (0..1). */
export function unreadable(items: readonly PositionedItem[], imageCoverage: number, imagesPainted: number): Unreadable | null {
  let chars = 0;
  let bad = 0;
  for (const it of items) {
    const visible = it.str.replace(/\s+/g, '');
    chars += [...visible].length;
    bad += visible.match(UNDECODED)?.length ?? 0;
  }
  if (chars >= 10 && bad / chars >= GARBLED_SHARE) return 'garbled';
  if (imagesPainted > 0 && (chars === 0 || (imageCoverage >= SCAN_COVERAGE && chars < CAPTION_CHARS))) return 'image';
  return null;
}
