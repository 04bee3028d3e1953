import PgBoss from 'pg-boss';
import type { Store } from '../store/db.js';
import { markFailed, unfinishedDocuments } from '../store/documents.js';
import { checkDocument } from './check-document.js';

export const CHECK_QUEUE = 'check-document';

export interface QueueOptions {
  /** Take jobs in this process (the server on PGlite, `juesuan worker`); false only enqueues. */
  work: boolean;
  /** Jobs run at once in this process. */
  concurrency?: number;
  /** A job not finished in this time is taken as lost (its worker died) and run again. */
  expireSeconds?: number;
  /** How often the queue looks for lost jobs. */
  maintenanceSeconds?: number;
  log?: (line: string) => void;
}

export interface Queue {
  enqueue(documentId: number): Promise<void>;
  stop(): Promise<void>;
}

const RETRIES = 3;

/**
 * The check queue on pg-boss, in the same database as the documents: with a PostgreSQL server any
 * number of `juesuan worker` processes share it; with PGlite the server is its only worker. A worker
 * killed mid-job leaves the job active until it expires; pg-boss then retries it elsewhere.
 */
export async function openQueue(store: Store, options: QueueOptions): Promise<Queue> {
  const env = process.env;
  const expireSeconds = options.expireSeconds ?? Number(env.JUESUAN_JOB_EXPIRE_SECONDS ?? 600);
  const maintenance = options.maintenanceSeconds ?? Number(env.JUESUAN_QUEUE_MAINTENANCE_SECONDS ?? 30);
  const log = options.log ?? (() => {});
  const boss = new PgBoss({
    ...store.queueDb,
    schema: 'pgboss',
    maintenanceIntervalSeconds: maintenance,
    ...(store.kind === 'pglite' ? { max: 1 } : {}),
  } as PgBoss.ConstructorOptions);
  boss.on('error', (e: Error) => log(`队列错误：${e.message}`));
  await boss.start();
  await boss.createQueue(CHECK_QUEUE);
  const jobOptions = { retryLimit: RETRIES, retryDelay: 2, expireInSeconds: expireSeconds, singletonKey: undefined as string | undefined };

  if (options.work) {
    const concurrency = Math.max(1, options.concurrency ?? 1);
    for (let i = 0; i < concurrency; i++) {
      await boss.work<{ documentId: number }>(CHECK_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true }, async ([job]) => {
        if (!job) return;
        const id = job.data.documentId;
        log(`开始检查文件 ${id}`);
        try {
          const outcome = await checkDocument(store, id);
          log(`文件 ${id}：${outcome === 'checked' ? '已检查' : outcome === 'failed' ? '无法读取' : '此前已完成'}`);
        } catch (e) {
          const retries = (job as unknown as { retryCount?: number }).retryCount ?? 0;
          if (retries >= RETRIES) await markFailed(store.db, id, `检查时发生内部错误，已重试 ${RETRIES} 次仍失败：${(e as Error).message}`);
          throw e;
        }
      });
    }
  }
  // Documents a stopped server left queued get their job again; a job still in the queue for one is
  // harmless, since a document is written once.
  if (options.work && store.kind === 'pglite') {
    for (const id of await unfinishedDocuments(store.db)) await boss.send(CHECK_QUEUE, { documentId: id }, jobOptions);
  }
  return {
    async enqueue(documentId: number) {
      await boss.send(CHECK_QUEUE, { documentId }, jobOptions);
    },
    async stop() {
      await boss.stop({ graceful: false, wait: true, timeout: 2000 });
    },
  };
}
