/**
 * A small PDF writer for reader tests: pages of text runs placed at given points and straight rules
 * (table borders), with no other dependency. The text is in a non-embedded CID font (Identity-H, each
 * character's code its Unicode code point) with a ToUnicode map, so a PDF reader reads it exactly as
 * written, in any script, without a font file.
 */
export interface PdfText {
  /** Left edge and baseline, in points from the page's top-left (y grows downwards, as the reader reports). */
  x: number;
  y: number;
  text: string;
  size?: number;
}

/** A rule from (x1, y1) to (x2, y2), in points from the page's top-left. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  texts: PdfText[];
  rules?: PdfRule[];
}

const WIDTH = 595;
const HEIGHT = 842;

/** Writes the pages (A4) as a PDF file's bytes. */
export function writePdf(pages: readonly PdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const used = new Set<number>();
  for (const p of pages) for (const t of p.texts) for (const ch of t.text) used.add((ch.codePointAt(0) as number) >> 8);
  const ranges = [...used].sort((a, b) => a - b).map((h) => {
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
    return `<${hex(h << 8)}> <${hex((h << 8) | 0xff)}> <${hex(h << 8)}>`;
  });
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`;
  const toUnicode = add(stream(cmap));
  const descriptor = add('<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>`,
  );
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  const kids: number[] = [];
  for (const p of pages) {
    const ops: string[] = ['0.5 w'];
    for (const r of p.rules ?? []) ops.push(`${num(r.x1)} ${num(HEIGHT - r.y1)} m ${num(r.x2)} ${num(HEIGHT - r.y2)} l S`);
    for (const t of p.texts) {
      const hex = [...t.text].map((ch) => (ch.codePointAt(0) as number).toString(16).padStart(4, '0')).join('');
      ops.push(`BT /F1 ${t.size ?? 10} Tf 1 0 0 1 ${num(t.x)} ${num(HEIGHT - t.y)} Tm <${hex}> Tj ET`);
    }
    const content = add(stream(ops.join('\n')));
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function stream(s: string): string {
  return `<< /Length ${Buffer.byteLength(s, 'latin1')} >>\nstream\n${s}\nendstream`;
}

function num(n: number): string {
  return Number(n.toFixed(2)).toString();
}
