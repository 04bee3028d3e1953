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
  const top = head.replace(/^\ufeff/, '').slice(0, 2048);
  return /^(MIME-Version|Content-Type|From|Subject|Date|X-MimeOLE|Content-Location)\s*:/im.test(top.trimStart()) &&
    /^Content-Type\s*:\s*multipart\/related/im.test(top);
}

/** Reads a web archive's page into the layout model (format 'mht'). */
export async function readMhtLayout(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  let html: string | undefined;
  try {
    html = (await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' })).html;
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
