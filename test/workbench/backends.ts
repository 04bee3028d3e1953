import { randomBytes } from 'node:crypto';
import pg from 'pg';

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
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
