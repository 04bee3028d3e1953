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
 * Elements open at once in one XML part. Word writes a few dozen (a table in a cell in a text box
 * is still under 100); saxes resolves namespaces through a chain as long as the nesting, so each
 * tag costs O(depth) and thousands of unclosed elements would take minutes: refused past this.
 */
export const MAX_XML_DEPTH = 512;

/**
 * Streams an XML part through saxes. saxes never fetches external entities nor expands DTD-declared
 * ones (no XXE, no "billion laughs"); malformed XML becomes CORRUPT_FILE naming the part, nesting
 * past MAX_XML_DEPTH LIMIT_EXCEEDED.
 */
export function parseXml(xml: string, file: string, part: string, h: XmlHandlers, kind: ZipKind = DOCX_KIND): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH) {
      throw new JuesuanError(
        'LIMIT_EXCEEDED',
        `文件 ${file} 中的 ${part} 元素嵌套超过 ${MAX_XML_DEPTH} 层（例如成千上万个未闭合的表格），不是正常的 ${kind.name} 内容，已停止读取。文件可能已损坏或被篡改；请用 ${kind.app} 打开并重新另存为 ${kind.ext} 后再检查。`,
      );
    }
    h.open(tag);
  });
  parser.on('closetag', (tag) => {
    depth--;
    h.close(tag);
  });
  parser.on('text', h.text);
  parser.on('cdata', h.text);
  try {
    parser.write(xml).close();
  } catch (cause) {
    if (cause instanceof JuesuanError) throw cause;
    // saxes's own wording (English) stays in `cause`; the user is told what and where in Chinese.
    throw new JuesuanError(
      'CORRUPT_FILE',
      `文件 ${file} 中的 ${part} 不是格式正确的 XML（${xmlProblem(cause)}），文件可能已损坏或被截断。请用 ${kind.app} 打开并重新另存为 ${kind.ext} 后再检查。`,
      { cause },
    );
  }
}

/** saxes's error, said in Chinese by its kind. */
function xmlProblem(cause: unknown): string {
  const m = cause instanceof Error ? cause.message : '';
  if (/unclosed tag|unexpected end/i.test(m)) return '内容在元素结束前中断';
  if (/close tag|closing tag/i.test(m)) return '标签的开始与结束不匹配';
  if (/namespace|prefix/i.test(m)) return '使用了未声明的命名空间前缀';
  if (/entity|character reference/i.test(m)) return '含有无法识别的字符实体';
  if (/attribute/i.test(m)) return '属性格式错误';
  if (/disallowed character|invalid character|character/i.test(m)) return '含有 XML 不允许的字符';
  return '结构无法解析';
}
