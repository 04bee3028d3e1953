import { HttpError } from './context.js';

/** Does the allow list admit this host? Entries are exact hosts, `*.suffix` or `*` (any host). */
export function hostAllowed(host: string, allow: readonly string[]): boolean {
  const h = host.toLowerCase();
  return allow.some((a) => {
    const e = a.trim().toLowerCase();
    if (!e) return false;
    if (e === '*') return true;
    if (e.startsWith('*.')) return h.endsWith(e.slice(1)) || h === e.slice(2);
    return h === e;
  });
}

/**
 * Downloads a published document for upload: http(s) only, hosts on the configured allow list
 * (every redirect is checked again), at most `maxBytes`, within `timeoutMs`. Fetch follows no
 * redirect by itself so that an allowed host cannot bounce the server to an internal address.
 */
export async function fetchDocument(url: string, allow: readonly string[], maxBytes: number, timeoutMs = 30_000): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!allow.length) throw new HttpError(403, '未开放按网址上传。管理员可用环境变量 JUESUAN_URL_ALLOW 列出允许的网站（如 *.gov.cn）。');
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  for (let hop = 0; hop < 4; hop++) {
    let u: URL;
    try {
      u = new URL(current);
    } catch {
      throw new HttpError(400, `网址格式不正确：${current}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new HttpError(400, `只接受 http 或 https 网址，收到的是 ${u.protocol.replace(':', '')}。`);
    if (!hostAllowed(u.hostname, allow)) throw new HttpError(403, `不允许从 ${u.hostname} 下载。允许的网站：${allow.join('、')}。`);
    let res: Response;
    try {
      res = await fetch(u, { redirect: 'manual', signal });
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError' || signal.aborted;
      throw new HttpError(502, timedOut ? `下载 ${u.hostname} 的文件超过 ${timeoutMs / 1000} 秒，已中止。` : `无法连接 ${u.hostname}，请确认网址可以访问。`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      current = new URL(res.headers.get('location') as string, u).toString();
      continue;
    }
    if (!res.ok || !res.body) throw new HttpError(502, `${u.hostname} 返回 ${res.status}，未能下载文件。`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new HttpError(413, `文件大小 ${(declared / 1048576).toFixed(1)} MB，超过上限 ${(maxBytes / 1048576).toFixed(0)} MB。`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) throw new HttpError(413, `文件超过上限 ${(maxBytes / 1048576).toFixed(0)} MB，已停止下载。`);
      chunks.push(chunk);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { fileName: fileNameOf(u, res.headers.get('content-disposition'), res.headers.get('content-type')), bytes };
  }
  throw new HttpError(502, '网址重定向次数过多，已停止。');
}

const BY_TYPE: Record<string, string> = {
  'application/pdf': '.pdf',
  'text/html': '.html',
  'text/plain': '.txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.ms-excel': '.xls',
  'application/msword': '.doc',
  'application/rtf': '.rtf',
  'text/rtf': '.rtf',
  'multipart/related': '.mht',
  'message/rfc822': '.mht',
  'application/x-mimearchive': '.mht',
};

function fileNameOf(u: URL, disposition: string | null, type: string | null): string {
  const star = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = disposition && /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  let name = star ? decodeURIComponent(star) : plain || decodeURIComponent(u.pathname.split('/').pop() || '') || u.hostname;
  if (!/\.[a-z0-9]{2,4}$/i.test(name)) name += BY_TYPE[(type ?? '').split(';')[0]?.trim() ?? ''] ?? '.html';
  return name;
}
