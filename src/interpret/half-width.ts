import type { Block } from '../model/layout.js';

/**
 * Some documents type figures in full-width digits ("２０２４年度…１０００．００万元"). Every pattern
 * of the interpreter reads ASCII digits, so block and cell text is brought to half-width digits
 * here, once, for all formats. Locations keep the text as printed.
 */
const FULL_DIGIT = /[０-９]/;

export function halfWidthDigits(s: string): string {
  if (!FULL_DIGIT.test(s)) return s;
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)．(?=\d)/g, '.')
    // "１，０００．００": a full-width thousands separator, only where a decimal amount follows.
    .replace(/(?<=\d)，(?=\d{3}(?:，\d{3})*\.\d)/g, ',')
    .replace(/－(?=\d)/g, '-');
}

export function halfWidthBlocks(blocks: readonly Block[]): Block[] {
  // Nearly every document has none: then the blocks are returned as they are, nothing copied.
  if (!blocks.some(hasFullWidth)) return blocks as Block[];
  return blocks.map((b) => {
    if (b.kind === 'paragraph') {
      const text = halfWidthDigits(b.text);
      return text === b.text ? b : { ...b, text };
    }
    let changed = false;
    const rows = b.rows.map((r) =>
      r.map((c) => {
        const text = halfWidthDigits(c.text);
        if (text === c.text) return c;
        changed = true;
        return { ...c, text };
      }),
    );
    return changed ? { ...b, rows } : b;
  });
}

function hasFullWidth(b: Block): boolean {
  if (b.kind === 'paragraph') return FULL_DIGIT.test(b.text);
  for (const r of b.rows) for (const c of r) if (FULL_DIGIT.test(c.text)) return true;
  return false;
}
