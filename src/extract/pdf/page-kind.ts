import type { PositionedItem } from './items.js';
import { codePoints } from './code-points.js';

/**
 * Why a page's text layer cannot be taken as the page's content: it is an image of the page (a scan,
 * perhaps with a page number or caption as text), or its text does not decode (fonts embedded without
 * a Unicode map give private-use or control characters). Such pages are offered to OCR.
 */
export type Unreadable = 'image' | 'garbled';

/** Characters that are never real text of a disclosure: private use areas, controls, U+FFFD. */
const UNDECODED = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]|[\udb80-\udbff][\udc00-\udfff]/gu;

/** Whether a text has any of UNDECODED, MISMAPPED (the same patterns without /g, which would keep a position). */
const ANY_UNDECODED = new RegExp(UNDECODED.source, 'u');
/** Fewer visible characters than this on a page mostly covered by an image: a scan with a caption. */
const CAPTION_CHARS = 40;
/** Share of the page an image must cover for the page to count as a scan. */
const SCAN_COVERAGE = 0.5;
/** Share of undecodable characters from which a text layer counts as garbled. */
const GARBLED_SHARE = 0.3;
/**
 * Characters a font maps its glyphs to when its Unicode map is wrong rather than missing: a font
 * re-encoded by a PDF rewriter (Ghostscript's pdfwrite, for one) numbers its glyphs from 1, so the
 * text reads as control characters and Latin-1/Latin Extended letters ("昌]回族⾃治州…ÿ Ā贯彻…",
 * "i\u0013jklmn:op1\u0003;q"). A Chinese disclosure has none of them but a few symbols, which are
 * kept out: · × ÷ ° ± ² ³ µ § ¥ and the no-break space.
 */
const MISMAPPED = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00a1-\u00a4\u00a6\u00a8-\u00af\u00b4\u00b6\u00b8-\u00d6\u00d8-\u00f6\u00f8-\u024f]/gu;
const ANY_MISMAPPED = new RegExp(MISMAPPED.source, 'u');
/** Share of mis-mapped characters from which a page counts as garbled though most of it decodes. */
const MISMAPPED_SHARE = 0.03;
/** …and the fewest such characters: one stray letter on a short page is not garbling. */
const MISMAPPED_MIN = 5;

/** Classifies a page from its text items and the share of its area painted by images (0..1). */
export function unreadable(items: readonly PositionedItem[], imageCoverage: number, imagesPainted: number): Unreadable | null {
  let chars = 0;
  let bad = 0;
  let mismapped = 0;
  for (const it of items) {
    const visible = it.str.replace(/\s+/g, '');
    chars += codePoints(visible);
    // Counted only where there is one: most items have none, and a match is an array made to be dropped.
    if (ANY_UNDECODED.test(visible)) bad += visible.match(UNDECODED)?.length ?? 0;
    if (ANY_MISMAPPED.test(visible)) mismapped += visible.match(MISMAPPED)?.length ?? 0;
  }
  if (chars >= 10 && bad / chars >= GARBLED_SHARE) return 'garbled';
  // Text that mostly decodes but with a wrong character every few lines ("一1要职能" for 一、主要职能)
  // misreads headings and figures alike: the page is read by OCR as if it were a scan.
  if (mismapped >= MISMAPPED_MIN && mismapped / chars >= MISMAPPED_SHARE) return 'garbled';
  if (imagesPainted > 0 && (chars === 0 || (imageCoverage >= SCAN_COVERAGE && chars < CAPTION_CHARS))) return 'image';
  return null;
}
