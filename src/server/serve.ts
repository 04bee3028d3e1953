import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { openQueue, type Queue } from '../queue/queue.js';
import { openStore, rowsOf, type Store } from '../store/db.js';
import { ensureFirstAdmin, findUserByName } from '../store/users.js';
import { sql } from 'drizzle-orm';
import { createApp } from './app.js';
import type { ServerConfig } from './context.js';
import { seed, seedFiles } from './seed.js';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** postgres://… for a PostgreSQL server; else PGlite under dataDir (null: in memory, for tests). */
  databaseUrl?: string | null;
  dataDir?: string | null;
  /** Check documents in this process too (always so on PGlite, which no other process can open). */
  work?: boolean;
  workers?: number;
  /** Upload the samples and corpus on a first start. */
  seed?: boolean;
  adminPassword?: string;
  /** Queue timings (how long until a job whose worker died is run again). */
  queue?: { expireSeconds?: number; maintenanceSeconds?: number };
  config?: Partial<ServerConfig>;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  queue: Queue;
  /** The first admin's password, when this start created it (shown once, never stored in clear). */
  firstAdmin: { username: string; password: string } | null;
  /** How many sample documents a first start uploaded (0 when not a first start), once done. */
  seeded: Promise<number>;
  close(): Promise<void>;
}

/** How long an idle keep-alive connection stays open (see `startServer`). */
const KEEP_ALIVE_MS = 65_000;

const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Opens the store, the queue and the HTTP server; seeds a first start. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const store = await openStore({ url: options.databaseUrl ?? null, dataDir: options.dataDir === undefined ? resolve('data') : options.dataDir });
  const work = store.kind === 'pglite' || options.work !== false;
  const queue = await openQueue(store, { work, concurrency: options.workers ?? 2, log, ...options.queue });
  const firstAdmin = await ensureFirstAdmin(store.db, options.adminPassword);
  const config: ServerConfig = {
    maxFileBytes: Number(process.env.JUESUAN_MAX_UPLOAD_MB ?? 50) * 1048576,
    urlAllow: (process.env.JUESUAN_URL_ALLOW ?? '').split(',').filter(Boolean),
    secureCookies: process.env.JUESUAN_SECURE_COOKIES === '1',
    webRoot: WEB_ROOT,
    ...options.config,
  };
  const app = createApp({ store, queue, config });
  const server = await new Promise<ReturnType<typeof serve>>((ok, fail) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: options.host ?? '127.0.0.1' }, () => ok(s));
    s.once('error', fail);
  });
  // Idle keep-alive sockets are closed after 65 s, not Node's 5 s: a client or proxy that reuses a socket
  // just as the server closes it gets a reset (the e2e test's API call ~5 s after its last one failed
  // with ECONNRESET on a busy machine); proxies keep theirs ~60 s (nginx), so the server must outlast them.
  const http = server as { keepAliveTimeout?: number; headersTimeout?: number };
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  http.headersTimeout = KEEP_ALIVE_MS + 1000;
  const port = (server.address() as AddressInfo).port;
  // Seeding a first start happens while the server already answers: the dashboard fills as the
  // queue checks the documents.
  const seeded = options.seed === false ? Promise.resolve(0) : seedFirstStart(store, queue, log);
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`,
    port,
    store,
    queue,
    firstAdmin,
    seeded,
    async close() {
      await seeded.catch(() => 0);
      await new Promise<void>((ok) => {
        server.close(() => ok());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await queue.stop();
      await store.close();
    },
  };
}

/** On a first start (no document yet), uploads the samples and the corpus as the admin and queues them. */
async function seedFirstStart(store: Store, queue: Queue, log: (line: string) => void): Promise<number> {
  const [{ n } = { n: 0 }] = await rowsOf<{ n: number }>(store.db, sql`select count(*)::int as n from documents`);
  if (Number(n) > 0) return 0;
  const admin = await findUserByName(store.db, 'admin');
  const added = await seed(store, queue, admin?.id ?? 1, await seedFiles());
  if (added) log(`已导入 ${added} 份示例文件，正在检查。`);
  return added;
}
