import type { Queue } from '../queue/queue.js';
import type { Store } from '../store/db.js';
import type { Scope } from '../store/scope.js';
import type { UserRow } from '../store/users.js';

/** What every route can reach: the store, the queue and the server's settings. */
export interface ServerContext {
  store: Store;
  queue: Queue;
  config: ServerConfig;
}

export interface ServerConfig {
  /** Largest single upload accepted, in bytes. */
  maxFileBytes: number;
  /** Hosts that upload-by-URL may fetch from ('*' allows any public host); empty: the feature is off. */
  urlAllow: string[];
  /** Send cookies only over HTTPS (behind a TLS proxy). */
  secureCookies: boolean;
  /** Built web UI to serve at /, or null for the API alone. */
  webRoot: string | null;
}

/** Variables a request carries once authenticated. */
export interface AuthVars {
  user: UserRow;
  scope: Scope;
  csrfToken: string;
  sessionToken: string;
}

export type AppEnv = { Variables: Partial<AuthVars> };

/** An error with its HTTP status and a Chinese message for the person who caused it. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 502 | 503,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
