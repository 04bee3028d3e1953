import PostalMime from 'postal-mime';
import { JuesuanError } from '../../errors.js';
import type { LayoutDocument } from '../../model/layout.js';
import { readHtmlString } from '../html/read-html.js';

/*
 * A web archive (.mht/.mhtml: Word's and WPS's "单个文件网页", a browser's "网页，单个文件") is a MIME
 * message: the page as a text/html part, quoted-printable or base64, in its own charset, with its
 * pictures as further parts. postal-mime takes the message apart and decodes the page; the HTML
 * reader reads it, its lines being those of the decoded page.
 */

/** Does the start of a file read as a web archive's MIME header (multipart/related)? */
export function looksLikeWebArchive(head: string): boolean {
  const top = headersOnLines(head.replace(/^\ufeff/, '').slice(0, 2048));
  return /^(MIME-Version|Content-Type|From|Subject|Date|X-MimeOLE|Content-Location)\s*:/im.test(top.trimStart()) &&
    /^Content-Type\s*:\s*multipart\/related/im.test(top);
}

/**
 * An archive whose header lines were run into one (copied out of a page that showed its source:
 * "MIME-Version: 1.0 Content-Type: multipart/related; boundary=… ------=_NextPart… Content-Location: …"):
 * the headers and the first boundary put back on lines of their own, the rest as it is.
 */
function headersOnLines(text: string): string {
  const end = text.search(/\r?\n/);
  const first = end < 0 ? text : text.slice(0, end);
  if (!/^\s*MIME-Version\s*:.*\s(?:Content-Type|Content-Location)\s*:/i.test(first)) return text;
  const split = first.replace(/\s+(?=(?:MIME-Version|Content-Type|Content-Location|Content-Transfer-Encoding|X-MimeOLE)\s*:|-{2,}=_)/gi, '\r\n');
  // (A blank line after the message's headers, before any preamble, "此文档为“单个文件网页”…", and after
  // the part's, as MIME wants.)
  return `${split.replace(/(boundary=(?:"[^"\r\n]+"|[^\s;"]+))(?:[ \t]+|\r\n)/i, '$1\r\n\r\n')}\r\n\r\n${end < 0 ? '' : text.slice(end).replace(/^\r?\n/, '')}`;
}

/** Reads a web archive's page into the layout model (format 'mht'). */
export async function readMhtLayout(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  let html: string | undefined;
  try {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const runTogether = headersOnLines(head) !== head;
    const message = runTogether ? new TextEncoder().encode(headersOnLines(new TextDecoder().decode(bytes))) : bytes;
    html = (await PostalMime.parse(message, { attachmentEncoding: 'arraybuffer' })).html;
  } catch (e) {
    throw new JuesuanError('CORRUPT_FILE', `文件 ${file} 像是网页档案（MHT），但无法拆开其中的网页，可能已损坏或被截断。请用浏览器或 Word 打开后另存为网页（.html）或 PDF 再检查。`, {
      cause: e,
    });
  }
  if (!html?.trim()) {
    throw new JuesuanError('CORRUPT_FILE', `文件 ${file} 像是网页档案（MHT），但其中没有网页正文（text/html 部分）。请用浏览器或 Word 打开后另存为网页（.html）或 PDF 再检查。`);
  }
  const layout = readHtmlString(html, file);
  return { ...layout, format: 'mht' };
}
