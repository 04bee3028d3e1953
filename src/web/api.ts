// The one place the browser talks to the workbench server. Every non-GET request (except login)
// carries the session's CSRF token; every failure becomes an ApiError carrying the server's own
// Chinese `error` text.
import type {
  Analysis,
  AuditEntry,
  Comparison,
  Dashboard,
  Decision,
  DecisionHistory,
  DecisionStatus,
  DocumentDetail,
  DocumentPatch,
  DocumentSummary,
  FindingOut,
  NewUser,
  Org,
  QueueState,
  RuleInfo,
  SchemeInfo,
  Session,
  TextLine,
  UploadResult,
  User,
} from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server answers 401 to anything but login/me: the session ended, show the login page. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

const STATUS_TEXT: Record<number, string> = {
  400: '请求有误',
  401: '未登录或登录已过期，请重新登录',
  403: '没有权限执行此操作',
  404: '找不到请求的内容',
  409: '与现有数据冲突',
  413: '文件太大',
  415: '不支持的文件类型',
  429: '尝试次数过多，请稍后再试',
  500: '服务器内部错误',
  502: '服务器暂时无法访问',
  503: '服务暂不可用',
};

/** The server's `{ error }` text when it sent one, else a Chinese phrase for the HTTP status. */
export function errorText(status: number, body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && 'error' in parsed && typeof parsed.error === 'string' && parsed.error) return parsed.error;
  } catch {
    // not JSON: fall through to the status text
  }
  return STATUS_TEXT[status] ?? `请求失败（HTTP ${status}）`;
}

/** Any thrown value as a message fit to show to the user. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof TypeError) return '无法连接服务器，请检查网络';
  if (e instanceof Error) return e.message;
  return String(e);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  json?: unknown;
  form?: FormData;
  /** Do not treat a 401 as the end of the session (login and the initial who-am-I). */
  quiet401?: boolean;
}

async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, csrfHeaders());
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const res = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!res.ok) {
    if (res.status === 401 && !options.quiet401) onUnauthorized?.();
    throw new ApiError(res.status, errorText(res.status, text));
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(res.status, '服务器返回的内容无法解析');
  }
}

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export interface DocumentFilters {
  year?: number | null;
  status?: string | null;
  q?: string | null;
}

export const api = {
  login: (username: string, password: string) => request<Session>('/api/auth/login', { method: 'POST', json: { username, password }, quiet401: true }),
  logout: () => request<void>('/api/auth/logout', { method: 'POST', quiet401: true }),
  me: () => request<Session>('/api/auth/me', { quiet401: true }),
  changePassword: (current: string, next: string) => request<void>('/api/auth/password', { method: 'POST', json: { current, next } }),

  users: () => request<{ users: User[] }>('/api/users'),
  createUser: (user: NewUser) => request<User>('/api/users', { method: 'POST', json: user }),
  resetPassword: (id: number, password: string) => request<void>(`/api/users/${id}/password`, { method: 'POST', json: { password } }),

  orgs: () => request<{ orgs: Org[] }>('/api/orgs'),
  importOrgs: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<{ created: number }>('/api/orgs/import', { method: 'POST', form });
  },

  documents: (filters: DocumentFilters = {}) => request<{ documents: DocumentSummary[] }>(`/api/documents${query({ ...filters })}`),
  documentFromUrl: (url: string) => request<UploadResult>('/api/documents/from-url', { method: 'POST', json: { url } }),
  document: (id: number) => request<DocumentDetail>(`/api/documents/${id}`),
  patchDocument: (id: number, patch: DocumentPatch) => request<DocumentSummary>(`/api/documents/${id}`, { method: 'PATCH', json: patch }),
  documentText: (id: number) => request<{ lines: TextLine[] }>(`/api/documents/${id}/text`),
  findings: (id: number) => request<{ findings: FindingOut[] }>(`/api/documents/${id}/findings`),
  comparison: (id: number) => request<Comparison>(`/api/documents/${id}/comparison`),

  decide: (findingId: number, status: DecisionStatus, note: string) =>
    request<Decision>(`/api/findings/${findingId}/decision`, { method: 'POST', json: { status, note } }),
  history: (findingId: number) => request<{ history: DecisionHistory }>(`/api/findings/${findingId}/history`),

  queue: () => request<QueueState>('/api/queue'),
  dashboard: () => request<Dashboard>('/api/dashboard'),
  analysis: () => request<Analysis>('/api/analysis'),
  rules: () => request<{ rules: RuleInfo[] }>('/api/rules'),
  schemes: () => request<{ schemes: SchemeInfo[] }>('/api/schemes'),
  audit: () => request<{ entries: AuditEntry[] }>('/api/audit'),
};

export const urls = {
  file: (id: number) => `/api/documents/${id}/file`,
  exportXlsx: (id: number) => `/api/documents/${id}/export/findings.xlsx`,
  exportCsv: (id: number) => `/api/documents/${id}/export/findings.csv`,
  exportPdf: (id: number) => `/api/documents/${id}/export/annotated.pdf`,
  exportNotice: (id: number) => `/api/documents/${id}/export/notice.docx`,
};

/**
 * Uploads one file with XMLHttpRequest rather than fetch, because only XHR reports upload progress.
 * Resolves with the server's UploadResult; rejects with an ApiError carrying the server's text.
 */
export function uploadDocument(file: File, onProgress: (percent: number) => void): { promise: Promise<UploadResult>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadResult>((resolve, reject) => {
    xhr.open('POST', '/api/documents');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadResult);
        } catch {
          reject(new ApiError(xhr.status, '服务器返回的内容无法解析'));
        }
      } else {
        if (xhr.status === 401) onUnauthorized?.();
        reject(new ApiError(xhr.status, errorText(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, '上传中断：无法连接服务器'));
    xhr.onabort = () => reject(new ApiError(0, '上传已取消'));
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
