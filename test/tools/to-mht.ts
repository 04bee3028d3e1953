import { encodeGb18030 } from './gb18030.js';

/**
 * Wraps an HTML page in a web archive the way Word's "单个文件网页" (.mht) writes one: a MIME
 * multipart/related message with the page quoted-printable in GB2312, lines folded at 76 characters
 * by soft breaks ("=" at the line's end, which may fall between the bytes of one character), and a
 * picture as a second, base64 part.
 */
export function asWordWebArchive(html: string): Uint8Array {
  const boundary = '----=_NextPart_01DA12F6.97882DF0';
  const page = html.replace(/<meta[^>]*charset[^>]*>/i, '').replace(/<head>/i, '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">');
  const head = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    '此文档为“单个文件网页”，也称为“Web 档案”文件。',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/A6495E29/file6089.htm',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/html; charset="gb2312"',
    '',
    quotedPrintable(encodeGb18030(page.replace(/\r?\n/g, '\r\n'))),
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/A6495E29/file6089.files/image001.png',
    'Content-Transfer-Encoding: base64',
    'Content-Type: image/png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  // The header text is Chinese too: the whole message is GB2312, as Word writes it.
  return encodeGb18030(head);
}

/** Quoted-printable (RFC 2045) of bytes: soft breaks at 76 characters, hard breaks kept as CRLF. */
function quotedPrintable(bytes: Uint8Array): string {
  const out: string[] = [];
  let line = '';
  const push = (token: string) => {
    if (line.length + token.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += token;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      out.push(line);
      line = '';
      i++;
    } else if ((b >= 33 && b <= 126 && b !== 61) || b === 32) push(String.fromCharCode(b));
    else push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  out.push(line);
  return out.join('\r\n');
}
