import { SaxesParser, type SaxesTagNS } from 'saxes';
import { JuesuanError } from '../../errors.js';
import { DOCX_KIND, type ZipKind } from './zip.js';

/** WordprocessingML main namespace, transitional and strict. */
export const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface XmlHandlers {
  open(tag: SaxesTagNS): void;
  close(tag: SaxesTagNS): void;
  text(text: string): void;
}

/** Local name of a WordprocessingML element, or null for elements of other namespaces. */
export function wName(tag: SaxesTagNS): string | null {
  return W_NS.has(tag.uri) ? tag.local : null;
}

/** A w:-namespaced attribute value (w:val, w:type, …). */
export function wAttr(tag: SaxesTagNS, local: string): string | null {
  for (const a of Object.values(tag.attributes)) {
    if (a.local === local && (W_NS.has(a.uri) || a.uri === '')) return a.value;
  }
  return null;
}

/** Decodes an XML part (UTF-8, or UTF-16 with a BOM). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Streams an XML part through saxes. saxes never fetches external entities nor expands DTD-declared
 * ones (no XXE, no "billion laughs"); malformed XML becomes CORRUPT_FILE naming the part.
 */
export function parseXml(xml: string, file: string, part: string, h: XmlHandlers, kind: ZipKind = DOCX_KIND): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('opentag', h.open);
  parser.on('closetag', h.close);
  parser.on('text', h.text);
  parser.on('cdata', h.text);
  try {
    parser.write(xml).close();
  } catch (cause) {
    if (cause instanceof JuesuanError) throw cause;
    throw new JuesuanError(
      'CORRUPT_FILE',
      `文件 ${file} 中的 ${part} 不是格式正确的 XML（${cause instanceof Error ? cause.message.slice(0, 120) : String(cause)}），文件可能已损坏。请用 ${kind.app} 打开并重新另存为 ${kind.ext} 后再检查。`,
      { cause },
    );
  }
}
