import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { JuesuanError } from '../errors.js';
import { parse, usage } from './args.js';
import { expandPaths } from './paths.js';

/** `juesuan serve`: the workbench on PORT (8080), PGlite under JUESUAN_DATA_DIR (./data) or DATABASE_URL. */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { port: { type: 'string' }, host: { type: 'string' }, 'no-seed': { type: 'boolean' }, 'no-worker': { type: 'boolean' } });
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(`端口无效：${values.port ?? process.env.PORT}`);
  const { startServer } = await import('../server/serve.js');
  const server = await startServer({
    port,
    host: typeof values.host === 'string' ? values.host : (process.env.HOST ?? '127.0.0.1'),
    databaseUrl: process.env.DATABASE_URL || null,
    dataDir: process.env.JUESUAN_DATA_DIR ?? 'data',
    work: !values['no-worker'],
    workers: Number(process.env.JUESUAN_JOBS ?? Math.min(2, availableParallelism())),
    seed: !values['no-seed'] && process.env.JUESUAN_SEED !== '0',
    adminPassword: process.env.JUESUAN_ADMIN_PASSWORD || undefined,
  });
  const where = process.env.DATABASE_URL ? 'PostgreSQL 服务器' : `内嵌数据库（${process.env.JUESUAN_DATA_DIR ?? 'data'}）`;
  process.stdout.write(`juesuan 工作台已启动：${server.url}  数据：${where}\n`);
  if (server.firstAdmin) {
    process.stdout.write(
      `\n首次启动，已创建管理员账号（密码只显示这一次，请立即登录后妥善保存）：\n  用户名：${server.firstAdmin.username}\n  密码：${server.firstAdmin.password}\n\n`,
    );
  }
  await untilSignal();
  await server.close();
  return 0;
}

/** `juesuan worker`: takes check jobs from the PostgreSQL server's queue until stopped. */
export async function workerCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { jobs: { type: 'string', short: 'j' } });
  const url = process.env.DATABASE_URL;
  if (!url) throw usage('worker 需要 PostgreSQL 服务器：请设置 DATABASE_URL=postgres://…（内嵌数据库由 serve 自己检查文件）。');
  const [{ openStore }, { openQueue }] = await Promise.all([import('../store/db.js'), import('../queue/queue.js')]);
  const store = await openStore({ url });
  const concurrency = Number(values.jobs ?? process.env.JUESUAN_JOBS ?? availableParallelism());
  const queue = await openQueue(store, { work: true, concurrency, log: (l) => process.stdout.write(`${l}\n`) });
  process.stdout.write(`juesuan worker 已启动（${concurrency} 个并行任务），等待检查任务。\n`);
  await untilSignal();
  await queue.stop();
  await store.close();
  return 0;
}

/** `juesuan upload DIR…`: uploads every readable file to a running workbench through its API. */
export async function uploadCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { server: { type: 'string' }, user: { type: 'string' } });
  if (!positionals.length) throw usage('请给出要上传的文件或目录。');
  const server = (typeof values.server === 'string' ? values.server : (process.env.JUESUAN_SERVER ?? 'http://localhost:8080')).replace(/\/$/, '');
  const username = typeof values.user === 'string' ? values.user : (process.env.JUESUAN_USER ?? 'admin');
  const password = process.env.JUESUAN_PASSWORD;
  if (!password) throw usage('请在环境变量 JUESUAN_PASSWORD 中给出登录密码（不在命令行上出现，以免留在历史记录里）。');
  const files = await expandPaths(positionals);
  if (!files.length) throw usage(`在 ${positionals.join('、')} 中没有找到可上传的文件。`);

  const login = await call(`${server}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const session = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  let added = 0;
  let duplicates = 0;
  for (const file of files) {
    const form = new FormData();
    form.append('files', new Blob([await readFile(file)]), basename(file));
    const res = await call(`${server}/api/documents`, { method: 'POST', headers: { cookie, 'x-csrf-token': session.csrfToken }, body: form }, file);
    const out = (await res.json()) as { documents: { duplicate: boolean; document: { id: number } }[] };
    for (const d of out.documents) {
      if (d.duplicate) duplicates++;
      else added++;
      process.stdout.write(`${d.duplicate ? '已存在' : '已上传'}  ${file}  → 文件 ${d.document.id}\n`);
    }
  }
  process.stdout.write(`共 ${files.length} 个文件：新上传 ${added} 个，已存在 ${duplicates} 个。检查在服务器上排队进行。\n`);
  return 0;
}

/** A fetch whose failures become the server's own Chinese message, or a sentence saying it cannot be reached. */
async function call(url: string, init: RequestInit, file?: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new JuesuanError('SERVER', `无法连接工作台 ${new URL(url).origin}：请确认它已启动（npm start），或用 --server 指定地址。`);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new JuesuanError('SERVER', `${file ? `${file}：` : ''}${body?.error ?? `工作台返回 ${res.status}`}`);
  }
  return res;
}

function untilSignal(): Promise<void> {
  return new Promise((ok) => {
    process.once('SIGINT', ok);
    process.once('SIGTERM', ok);
  });
}
