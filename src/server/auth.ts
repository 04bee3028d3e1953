import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { listOrgs } from '../store/orgs.js';
import { scopeOf } from '../store/scope.js';
import { sessionUser } from '../store/users.js';
import type { AppEnv, AuthVars, ServerContext } from './context.js';
import { HttpError } from './context.js';

export const SESSION_COOKIE = 'juesuan_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Routes anyone may call: health, the API description, and logging in. */
const PUBLIC = new Set(['/api/health', '/api/openapi.json', '/api/auth/login']);

/**
 * Authenticates every /api request from its session cookie and, for anything that changes state,
 * demands the session's CSRF token in a header: a cross-site form can send the cookie but cannot
 * read the token.
 */
export function authenticate(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.req.path.startsWith('/api/') || PUBLIC.has(c.req.path)) return next();
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await sessionUser(ctx.store.db, token) : null;
    if (!session || !token) throw new HttpError(401, '尚未登录或登录已过期，请重新登录。');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.header(CSRF_HEADER) !== session.csrfToken) {
      throw new HttpError(403, '请求缺少有效的 CSRF 令牌，已拒绝。请刷新页面后重试。');
    }
    c.set('user', session.user);
    c.set('csrfToken', session.csrfToken);
    c.set('sessionToken', token);
    c.set('scope', scopeOf(session.user, await listOrgs(ctx.store.db)));
    return next();
  };
}

/** The authenticated user's variables (the middleware guarantees them on non-public routes). */
export function auth(c: Context<AppEnv>): AuthVars {
  const { user, scope, csrfToken, sessionToken } = c.var;
  if (!user || !scope || !csrfToken || !sessionToken) throw new HttpError(401, '尚未登录或登录已过期，请重新登录。');
  return { user, scope, csrfToken, sessionToken };
}

/** Refuses unless the user has one of the roles. */
export function requireRole(c: Context<AppEnv>, ...roles: AuthVars['user']['role'][]): AuthVars {
  const a = auth(c);
  if (!roles.includes(a.user.role)) throw new HttpError(403, '当前账号无权进行此操作。');
  return a;
}

export function setSessionCookie(c: Context, token: string, expires: Date, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', expires, secure });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/**
 * Failed logins per user name and per client address in a sliding window: after too many, further
 * attempts are refused for a while. Kept in memory: one server process answers logins.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  /**
   * `maxPerKey` failures per key; a key starting with "ip:" allows `maxPerAddress`, since one office
   * behind one address holds many people and one of them mistyping must not lock the others out.
   */
  constructor(
    private readonly maxPerKey = 5,
    private readonly maxPerAddress = 30,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds to wait before the next attempt, or 0. */
  blockedFor(keys: readonly string[], now = Date.now()): number {
    let wait = 0;
    for (const k of keys) {
      const recent = (this.failures.get(k) ?? []).filter((t) => now - t < this.windowMs);
      this.failures.set(k, recent);
      if (recent.length >= (k.startsWith('ip:') ? this.maxPerAddress : this.maxPerKey)) wait = Math.max(wait, Math.ceil(((recent[0] as number) + this.windowMs - now) / 1000));
    }
    return wait;
  }

  fail(keys: readonly string[], now = Date.now()): void {
    for (const k of keys) this.failures.set(k, [...(this.failures.get(k) ?? []), now]);
  }

  /** A successful login clears its user name's failures, not its address's. */
  succeed(keys: readonly string[]): void {
    for (const k of keys) if (!k.startsWith('ip:')) this.failures.delete(k);
  }
}
