/**
 * A GB18030 encoder for tests. Node's TextDecoder decodes GB18030 but TextEncoder only writes UTF-8,
 * so the reverse map is built once by decoding every 2-byte GBK code point (lead 0x81–0xFE, trail
 * 0x40–0xFE except 0x7F). Characters outside that set (rare; 4-byte GB18030) throw, naming the character.
 */
let reverse: Map<string, number> | null = null;

function table(): Map<string, number> {
  if (reverse) return reverse;
  reverse = new Map();
  const dec = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !reverse.has(ch)) reverse.set(ch, (lead << 8) | trail);
    }
  }
  return reverse;
}

export function encodeGb18030(text: string): Uint8Array {
  const map = table();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const code = map.get(ch);
    if (code == null) throw new Error(`encodeGb18030: no 2-byte GBK code for ${JSON.stringify(ch)} (U+${cp.toString(16)})`);
    out.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(out);
}
