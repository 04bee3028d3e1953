/**
 * Encoders for the text encodings the checker must recognise but Node cannot write: Big5 (by
 * inverting the WHATWG decoder's table) and UTF-32. Characters Big5 lacks become '?'.
 */
let big5: Map<string, [number, number]> | null = null;

export function encodeBig5(text: string): Uint8Array {
  if (!big5) {
    big5 = new Map();
    const dec = new TextDecoder('big5');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        const s = dec.decode(new Uint8Array([a, b]));
        if (s.length === 1 && s !== '\ufffd' && !big5.has(s)) big5.set(s, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else out.push(...(big5.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

export function encodeUtf32(text: string, littleEndian: boolean, bom = false): Uint8Array {
  const cps = [...(bom ? '\ufeff' : '') + text].map((c) => c.codePointAt(0) as number);
  const out = new Uint8Array(cps.length * 4);
  const v = new DataView(out.buffer);
  cps.forEach((cp, i) => v.setUint32(i * 4, cp, littleEndian));
  return out;
}
