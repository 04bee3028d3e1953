import type { Measure } from './layout-pairs.js';
import type { SourceLine } from './spaced-table.js';

/** A figure its cell was too narrow for, cut at a wrap: "607600." with its "00", or "58617.9" with its "0". */
const SHORT = /^\d[\d,]*\.\d?$/;
/** The piece a cut leaves on a line below, right under the figure's last digit. */
const PIECE = /^\d{1,2}$/;
const FIXED = /^-?\d[\d,]*\.\d\d$/;

/**
 * A figure wrapped inside its cell on the page and so cut in a layout copy (pdftotext -layout): its last
 * digits stand on a line below, right-aligned under the figure's end ("607600.0" / "0"), in a
 * table whose other figures are all printed to the fen. Read, the figure would be short of its digits and
 * the piece a figure or a name's word of its own. Returns the cut figure with its piece, or null.
 * Every figure short of the fen must have its piece, and every other figure be printed to the fen: a
 * table printing figures as they come ("12.5" over "0", "81.3" in a spreadsheet's general format) is
 * not taken for cut.
 */
export function cutFigure(source: readonly SourceLine[], from: number, to: number, measure: Measure): string | null {
  const tokens: { text: string; end: number; k: number }[] = [];
  for (let k = from; k < to; k++) {
    const text = (source[k] as SourceLine | undefined)?.text ?? '';
    for (const m of text.matchAll(/\S+/g)) tokens.push({ text: m[0], end: measure(text.slice(0, (m.index ?? 0) + m[0].length)), k });
  }
  let cut: string | null = null;
  const pieces = new Set<(typeof tokens)[number]>();
  for (const t of tokens) {
    if (!SHORT.test(t.text)) continue;
    const want = t.text.endsWith('.') ? 2 : 1;
    const piece = tokens.find((p) => p.k > t.k && p.k - t.k <= 2 && PIECE.test(p.text) && p.text.length === want && Math.abs(p.end - t.end) <= 1);
    // A figure short of the fen with no piece under it is printed so: the table is not cut.
    if (!piece) return null;
    pieces.add(piece);
    cut ??= `${t.text}”与“${piece.text}`;
  }
  if (!cut) return null;
  // Every other figure to the fen, and enough of them to say the table prints so.
  const others = tokens.filter((t) => !pieces.has(t) && !SHORT.test(t.text) && /^-?\d[\d,]*\.\d+$/.test(t.text));
  return others.length >= 3 && others.every((t) => FIXED.test(t.text)) ? cut : null;
}
