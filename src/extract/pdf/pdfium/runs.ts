import type { Matrix, TextRun } from '../text-layer.js';

/**
 * One character of a page as PDFium's text page gives it, in content-stream order, in page space
 * (PDF user space of the page, y up).
 */
export interface PdfiumChar {
  /** The character's text (one code point; a ligature's letters come as separate characters). */
  text: string;
  /** Where its glyph starts on the baseline. */
  x: number;
  y: number;
  /** Its text matrix with the current transformation (no font size): a, b, c, d. */
  a: number;
  b: number;
  c: number;
  d: number;
  /** The size set by Tf. */
  fontSize: number;
  /** Its advance along the baseline, in page units. */
  advance: number;
  /** The font it is shown in (any value naming one font of the document). */
  font: number;
  /** The marked-content sequences it is shown in (any value naming the whole nesting, each sequence apart). */
  marks: string;
}

// pdfjs's factors for telling spaces and breaks from glyph positions (its PartialEvaluator.getTextContent).
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

const SPECIAL = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
/** What SPECIAL finds in a character's text: nothing, a space, a diacritic (a combining mark), an invisible format mark. */
const PLAIN = 0;
const SPACE = 1;
const DIACRITIC = 2;
const FORMAT = 3;
/**
 * SPECIAL's answer for each text seen, remembered: a document has a few thousand distinct characters
 * and shows each of them many times, and the match (an array) was made anew for every one.
 */
const kinds = new Map<string, number>();

function specialKind(text: string): number {
  let kind = kinds.get(text);
  if (kind === undefined) {
    const cat = SPECIAL.exec(text);
    kind = cat?.[3] ? FORMAT : cat?.[1] ? SPACE : cat?.[2] ? DIACRITIC : PLAIN;
    if (kinds.size > 65536) kinds.clear();
    kinds.set(text, kind);
  }
  return kind;
}
/** pdfjs's normalisation of text content: compatibility forms (ligatures, presentation forms, odd spaces) by NFKC. */
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;

/**
 * Groups a page's characters into runs exactly as pdfjs groups the glyphs it shows into text
 * content items: a run goes on while each glyph starts where the last ended, give or take tracking;
 * a gap of 0.1–0.6 of the font size is a space inside the run; a wider gap, a step back, a change of
 * line, font or size starts a new run. The layout was tuned on pdfjs's items (where a run ends
 * decides where a cell's text is cut and where a tab falls), so the same rules over PDFium's
 * characters are what lets its pages read into the same layout. Vertical fonts are read as
 * horizontal ones (none seen in disclosures).
 */
export function groupRuns(chars: readonly PdfiumChar[], view: readonly [number, number, number, number]): TextRun[] {
  const out: TextRun[] = [];
  // The item being built, with pdfjs's habit of keeping its thresholds and last position after it is
  // flushed: the first glyph of the next run is compared with them.
  const item = {
    initialized: false,
    str: [] as string[],
    transform: [1, 0, 0, 1, 0, 0] as Matrix,
    width: 0,
    totalWidth: 0,
    height: 0,
    scale: 0,
    trackingSpaceMin: Infinity,
    notASpace: -Infinity,
    negativeSpaceMax: -Infinity,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
  };
  // Where the last glyph read ended (pdfjs's item.prev), kept after a flush like the thresholds.
  let hasPrev = false;
  let prevX = 0;
  let prevY = 0;
  let font: number | null = null;
  let marks: string | null = null;
  let fontSize: number | null = null;
  const last = [' ', ' '];
  let lastPos = 0;
  const saveLastChar = (ch: string): boolean => {
    const next = (lastPos + 1) % 2;
    const ret = last[lastPos] !== ' ' && last[next] === ' ';
    last[lastPos] = ch;
    lastPos = next;
    return ret;
  };
  const shouldAddWhitespace = () => last[lastPos] !== ' ' && last[(lastPos + 1) % 2] === ' ';
  const resetLastChars = () => {
    last[0] = last[1] = ' ';
    lastPos = 0;
  };
  const flush = () => {
    if (!item.initialized) return;
    item.totalWidth += item.width * item.scale;
    const str = item.str.join('').replace(NORMALIZE, (_, p1: string | undefined) => (p1 ? p1.normalize('NFKC') : 'ſt'));
    out.push({ str, transform: item.transform, width: Math.abs(item.totalWidth), height: Math.abs(item.height) });
    item.initialized = false;
    item.str.length = 0;
  };

  /**
   * pdfjs's compareWithLastPosition: false for a glyph off the page (not read); may end the run or add
   * a space. The glyph's matrix comes as its six numbers and positions as plain numbers, not arrays:
   * this runs for every character of the document, where each small array (and each destructuring,
   * which goes through the iterator protocol in unoptimised code) is garbage to collect.
   */
  const compare = (t0: number, t1: number, t2: number, t3: number, t4: number, t5: number, glyphWidth: number): boolean => {
    let posX = t4;
    let posY = t5;
    if (posX + glyphWidth < view[0] || posX > view[2] || posY < view[1] || posY > view[3]) return false;
    if (!hasPrev) return true;
    let lastX = prevX;
    let lastY = prevY;
    if (lastX === posX && lastY === posY) return true;
    if (t0 && t1 === 0 && t2 === 0) {
      if (t0 < 0) {
        posX = -posX;
        posY = -posY;
        lastX = -lastX;
        lastY = -lastY;
      }
    } else if (t1 && t0 === 0 && t3 === 0) {
      const px = posX;
      const lx = lastX;
      if (t1 > 0) {
        posX = posY;
        posY = px;
        lastX = lastY;
        lastY = lx;
      } else {
        posX = -posY;
        posY = -px;
        lastX = -lastY;
        lastY = -lx;
      }
    } else {
      // Turned by another angle: positions in the glyph's own direction (pdfjs's applyInverseRotation).
      const s = Math.hypot(t0, t1);
      const px = posX;
      const lx = lastX;
      posX = (t0 * px + t1 * posY) / s;
      posY = (t2 * px + t3 * posY) / s;
      lastX = (t0 * lx + t1 * lastY) / s;
      lastY = (t2 * lx + t3 * lastY) / s;
    }
    const advanceX = (posX - lastX) / item.scale;
    const advanceY = posY - lastY;
    const o = Math.sign(item.width || item.totalWidth);
    if (advanceX < o * item.negativeSpaceMax) {
      resetLastChars();
      flush();
      return true;
    }
    if (Math.abs(advanceY) > item.height) {
      resetLastChars();
      flush();
      return true;
    }
    if (advanceX <= o * item.notASpace) resetLastChars();
    if (advanceX <= o * item.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flush();
      } else item.width += advanceX;
    } else if (o * item.spaceInFlowMin <= advanceX && advanceX <= o * item.spaceInFlowMax) {
      if (item.initialized) {
        resetLastChars();
        item.str.push(' ');
      }
      if (item.str.length === 0) resetLastChars();
      else item.width += advanceX;
    } else {
      flush();
      resetLastChars();
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) flush();
    return true;
  };

  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k] as PdfiumChar;
    const kind = specialKind(ch.text);
    if (kind === FORMAT) continue; // an invisible format mark
    // pdfjs ends a run where a marked-content sequence begins or ends (BDC, BMC, EMC), such as the
    // /Span with ActualText around a character Chromium draws from another font.
    if (ch.marks !== marks) {
      flush();
      marks = ch.marks;
    }
    if (ch.font !== font || ch.fontSize !== fontSize) {
      if (font !== null) flush();
      font = ch.font;
      fontSize = ch.fontSize;
    }
    if (kind === SPACE) {
      saveLastChar(' ');
      continue;
    }
    const t0 = ch.fontSize * ch.a;
    const t1 = ch.fontSize * ch.b;
    const t2 = ch.fontSize * ch.c;
    const t3 = ch.fontSize * ch.d;
    const scale = Math.hypot(ch.a, ch.b) || 1;
    const diacritic = kind === DIACRITIC;
    if (!diacritic && !compare(t0, t1, t2, t3, ch.x, ch.y, ch.advance)) continue;
    if (!item.initialized) {
      item.transform = [t0, t1, t2, t3, ch.x, ch.y];
      item.width = item.totalWidth = 0;
      item.height = Math.hypot(t2, t3);
      item.scale = scale;
      item.trackingSpaceMin = ch.fontSize * TRACKING_SPACE_FACTOR;
      item.notASpace = ch.fontSize * NOT_A_SPACE_FACTOR;
      item.negativeSpaceMax = ch.fontSize * NEGATIVE_SPACE_FACTOR;
      item.spaceInFlowMin = ch.fontSize * SPACE_IN_FLOW_MIN_FACTOR;
      item.spaceInFlowMax = ch.fontSize * SPACE_IN_FLOW_MAX_FACTOR;
      item.initialized = true;
    } else if (scale !== item.scale) {
      // pdfjs's updateAdvanceScale: the width so far is kept in page units, the rest counted anew.
      item.totalWidth += item.width * item.scale;
      item.width = 0;
      item.scale = scale;
    }
    if (!diacritic) {
      item.width += ch.advance / scale;
      const dx = ch.a / scale;
      const dy = ch.b / scale;
      prevX = ch.x + ch.advance * dx;
      prevY = ch.y + ch.advance * dy;
      hasPrev = true;
    }
    if (saveLastChar(ch.text)) item.str.push(' ');
    item.str.push(ch.text);
  }
  flush();
  return out;
}
