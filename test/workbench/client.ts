/** A logged-in API client for tests: keeps the session cookie and sends the CSRF token, as the UI does. */
export class ApiClient {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async login(username: string, password: string): Promise<Response> {
    const res = await fetch(`${this.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (res.ok) {
      this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
      this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    }
    return res;
  }

  request(path: string, init: RequestInit = {}, csrf = true): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    if (csrf && this.csrf) headers.set('x-csrf-token', this.csrf);
    return fetch(`${this.base}${path}`, { ...init, headers });
  }

  async json<T = any>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await this.request(path, init);
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  send(path: string, method: string, body: unknown): Promise<Response> {
    return this.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  upload(files: { name: string; bytes: Uint8Array }[]): Promise<Response> {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([f.bytes as Uint8Array<ArrayBuffer>]), f.name);
    return this.request('/api/documents', { method: 'POST', body: form });
  }

  /** Waits until no document is queued or being checked. */
  async settled(timeoutMs = 240_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const q = await this.json<{ queued: number; checking: number }>('/api/queue');
      if (q.queued === 0 && q.checking === 0) return;
      if (Date.now() > until) throw new Error(`queue not settled: ${JSON.stringify(q)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}
