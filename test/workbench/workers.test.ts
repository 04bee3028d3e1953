import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import { rowsOf } from '../../src/store/db.js';
import { freshDatabase } from './backends.js';
import { ApiClient } from './client.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = process.env.TEST_DATABASE_URL;

/** A `juesuan worker` process, with what it has printed so far. */
function startWorker(databaseUrl: string): { proc: ChildProcess; out: () => string } {
  let out = '';
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/cli-entry.ts'), 'worker', '--jobs', '1'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  return { proc, out: () => out };
}

/** Documents the worker started and has not reported finished. */
function inHand(log: string): number[] {
  const started = [...log.matchAll(/开始检查文件 (\d+)/g)].map((m) => Number(m[1]));
  const done = new Set([...log.matchAll(/文件 (\d+)：/g)].map((m) => Number(m[1])));
  return started.filter((id) => !done.has(id));
}

describe.skipIf(!SERVER)('two juesuan workers on one PostgreSQL server, one killed mid-job (needs TEST_DATABASE_URL)', () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let url: string;
  const workers: ReturnType<typeof startWorker>[] = [];

  beforeAll(async () => {
    const db = await freshDatabase(SERVER as string);
    url = db.url;
    drop = db.drop;
    // The server only enqueues; jobs whose worker died are run again after 15 s.
    server = await startServer({ port: 0, databaseUrl: url, work: false, seed: false, adminPassword: 'admin-pass-for-tests-1', log: () => {}, queue: { expireSeconds: 15, maintenanceSeconds: 1 } });
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) w.proc.kill('SIGKILL');
    await server?.close();
    await drop?.();
  });

  it('checks every uploaded document exactly once', async () => {
    const client = new ApiClient(server.url);
    await client.login('admin', 'admin-pass-for-tests-1');
    // Six distinct PDFs (bytes after %%EOF differ; readers ignore them), each a few seconds of work.
    const pdf = await readFile(join(ROOT, 'test/corpus/pdf/changji-prefecture-2024.libreoffice.pdf'));
    const files = Array.from({ length: 6 }, (_, k) => ({ name: `changji-${k}.pdf`, bytes: new Uint8Array(Buffer.concat([pdf, Buffer.from(`\n% copy ${k}\n`)])) }));
    expect((await client.upload(files)).status).toBe(201);

    workers.push(startWorker(url), startWorker(url));
    // Kill whichever worker first holds a job it has not finished.
    let victim: (typeof workers)[number] | undefined;
    const until = Date.now() + 180_000;
    while (!victim && Date.now() < until) {
      victim = workers.find((w) => inHand(w.out()).length > 0);
      if (!victim) await new Promise((r) => setTimeout(r, 50));
    }
    expect(victim, 'a worker started a job').toBeDefined();
    const lost = inHand(victim?.out() ?? '');
    expect(lost.length).toBeGreaterThan(0);
    victim?.proc.kill('SIGKILL');
    await client.settled(300_000);

    const rows = await rowsOf<{ id: number; status: string; check_writes: number; findings: number }>(
      server.store.db,
      sql`select d.id, d.status, d.check_writes, (select count(*)::int from findings f where f.document_id = d.id) as findings from documents d order by d.id`,
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      expect(r.status, `document ${r.id}`).toBe('checked');
      expect(Number(r.check_writes), `document ${r.id} written once`).toBe(1);
    }
    // The killed worker's document was finished by the other one, with the same findings as the rest.
    const survivor = workers.find((w) => w !== victim);
    expect(lost.every((id) => new RegExp(`文件 ${id}：已检查`).test(survivor?.out() ?? ''))).toBe(true);
    expect(new Set(rows.map((r) => Number(r.findings))).size).toBe(1);
  }, 400_000);
});
