import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { JuesuanError } from '../errors.js';
import { lockDataDir } from './data-lock.js';
import * as schema from './schema.js';

/** The database every part of the workbench talks to, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open store: the drizzle handle, what the queue needs to reach the same database, and how to close it. */
export interface Store {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** pg-boss's database: an executeSql adapter over PGlite, or the server's connection string. */
  queueDb: { connectionString: string } | { db: { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } };
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://… : a PostgreSQL server; otherwise PGlite under dataDir (or in memory when dataDir is null). */
  url?: string | null;
  dataDir?: string | null;
}

const MIGRATIONS = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Opens the store and brings its schema up to date (the same migrations on both engines). */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.dataDir ?? null);
}

async function openPostgres(url: string): Promise<Store> {
  const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzle(pool, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return { db: db as unknown as Db, kind: 'postgres', queueDb: { connectionString: url }, close: () => pool.end() };
}

async function openPglite(dataDir: string | null): Promise<Store> {
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  if (dataDir && !existsSync(join(dataDir, 'PG_VERSION'))) await initialiseApart(dataDir);
  // PostgreSQL's default 128 MB of shared buffers is most of PGlite's resident memory (about 330 MB
  // against 220 MB with 16 MB); one process's workbench needs far less.
  const options = { postgresqlconf: 'shared_buffers=32MB' };
  const client = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  try {
    await client.waitReady;
  } catch (e) {
    release();
    throw e;
  }
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  // PGlite is one connection: pg-boss shares it through an executeSql adapter. Parameterless text may
  // hold several statements (pg-boss's own schema script), which only exec() runs.
  const executeSql = async (text: string, values?: unknown[]) => {
    if (values?.length) return client.query(text, values);
    const results = await client.exec(text);
    return results[results.length - 1] ?? { rows: [] };
  };
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    queueDb: { db: { executeSql } },
    async close() {
      await client.close();
      release();
    },
  };
}

/**
 * Creates a new PGlite data directory in a child process. initdb runs in WebAssembly memory that this
 * process would keep for its lifetime (about 400 MB more resident memory on every first start).
 */
async function initialiseApart(dataDir: string): Promise<void> {
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)}); const db = new PGlite(${JSON.stringify(dataDir)}); await db.waitReady; await db.close();`;
  await new Promise<void>((ok, fail) =>
    execFile(process.execPath, ['--input-type=module', '-e', script], { timeout: 120_000 }, (err, _out, stderr) =>
      err ? fail(new JuesuanError('SERVER', `无法在 ${dataDir} 创建内嵌数据库：${stderr.trim().split('\n').pop() ?? err.message}`)) : ok(),
    ),
  );
}

/** Runs raw SQL and returns its rows: both drivers answer `{ rows }`, which drizzle's shared type does not say. */
export async function rowsOf<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
