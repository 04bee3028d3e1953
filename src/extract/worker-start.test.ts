import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { bundledWorkerCode, flagsSetSignal, sayFlagsSet, waitFlagsSet, workerOptions } from './worker-start.js';

describe('the early worker’s word that it has set V8’s flags', () => {
  it('is said across threads, and waited for', async () => {
    const signal = flagsSetSignal();
    const worker = new Worker(
      `const { workerData } = require('node:worker_threads'); Atomics.store(workerData.flagsSet, 0, 1); Atomics.notify(workerData.flagsSet, 0);`,
      workerOptions(64, true, signal),
    );
    expect(waitFlagsSet(signal, 60_000)).toBe(true);
    await new Promise((done) => worker.once('exit', done));
  });

  it('is said by a worker whose script cannot be run, so that its starter does not wait for it', async () => {
    const signal = flagsSetSignal();
    const worker = new Worker(bundledWorkerCode('/no/such/worker.js', '/no/such/load.cjs'), workerOptions(64, true, signal));
    worker.on('error', () => {});
    expect(waitFlagsSet(signal, 60_000)).toBe(true);
    await new Promise((done) => worker.once('exit', done));
  });

  it('is nothing to a worker nobody waits for', () => {
    expect(() => sayFlagsSet(undefined)).not.toThrow();
    expect(workerOptions(64, true).workerData).toBeUndefined();
  });
});
