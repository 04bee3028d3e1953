import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import { ApiClient } from './client.js';

/**
 * The databases the workbench tests run on: PGlite always, and a PostgreSQL server when
 * TEST_DATABASE_URL names one (CI installs and starts one; see .ci/run).
 */
export const BACKENDS: { name: string; server: string | null }[] = [
  { name: 'PGlite', server: null },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'PostgreSQL', server: process.env.TEST_DATABASE_URL }] : []),
];

/** A new empty database on the server for one test file, dropped afterwards: files run in parallel. */
export async function freshDatabase(server: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `juesuan_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      try {
        // A plain drop first: the server itself stops an autovacuum worker on the database, which
        // WITH (FORCE) may not terminate for a role without pg_signal_backend (it failed CI so).
        await c.query(`drop database if exists ${name}`);
      } catch (e) {
        if ((e as { code?: string }).code !== '55006') throw e; // 55006: still in use by our own connections
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * A workbench server for one test file on one backend (a fresh database on a PostgreSQL server, or
 * PGlite in memory), not seeded, with the admin logged in. `close` stops it and drops its database.
 */
export async function testServer(pgServer: string | null, adminPassword: string): Promise<{ server: RunningServer; admin: ApiClient; close(): Promise<void> }> {
  const db = pgServer ? await freshDatabase(pgServer) : null;
  const server = await startServer({ port: 0, dataDir: null, databaseUrl: db?.url ?? null, seed: false, adminPassword, log: () => {}, config: { urlAllow: ['127.0.0.1'] } });
  const admin = new ApiClient(server.url);
  const login = await admin.login('admin', adminPassword);
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status}`);
  return {
    server,
    admin,
    async close() {
      await server.close();
      await db?.drop();
    },
  };
}
