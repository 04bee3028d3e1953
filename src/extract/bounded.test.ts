import { describe, expect, it } from 'vitest';
import { handOver, keepIdleWorkers, runBounded, runBoundedJob } from './bounded.js';
import type { LayoutDocument } from '../model/layout.js';
import { pdfBomb } from '../../test/tools/pdf-bomb.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('bounded parse worker', () => {
  it('returns the layout a job produced in the worker', async () => {
    const layout = await runBounded('probe', enc('你好'), 'a.txt');
    expect(layout.blocks[0]).toMatchObject({ kind: 'paragraph', text: '你好' });
  });
  it('moves bytes handed over to the worker rather than copying them, and copies any others', async () => {
    const moved = handOver(enc('你好'));
    expect((await runBounded('probe', moved, 'a.txt')).blocks[0]).toMatchObject({ text: '你好' });
    expect(moved.byteLength).toBe(0);
    const kept = enc('你好');
    expect((await runBounded('probe', kept, 'a.txt')).blocks[0]).toMatchObject({ text: '你好' });
    expect(kept.byteLength).toBe(6);
    // A view over part of its memory is copied, handed over or not.
    const part = handOver(enc('xx你好').subarray(2));
    expect((await runBounded('probe', part, 'a.txt')).blocks[0]).toMatchObject({ text: '你好' });
    expect(part.byteLength).toBe(6);
  });
  it('passes a typed error back with its Chinese message', async () => {
    await expect(runBounded('probe', enc('bad'), 'a.pdf')).rejects.toMatchObject({ code: 'CORRUPT_FILE', message: expect.stringContaining('已损坏') });
  });
  it('stops a job that runs past its time limit', async () => {
    await expect(runBounded('probe', enc('hang'), 'a.pdf', { timeoutMs: 1500, maxMemoryMb: 256 })).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
      message: expect.stringContaining('秒仍未完成'),
    });
  });
  it('stops a job that exceeds its memory limit without taking the process down', async () => {
    await expect(runBounded('probe', enc('oom'), 'a.pdf', { timeoutMs: 60_000, maxMemoryMb: 64 })).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
      message: expect.stringContaining('内存'),
    });
  }, 60_000);
  it('keeps a worker that finished cleanly for the next file, and replaces one that failed', async () => {
    const id = async () => ((await runBounded('probe', enc('thread'), 'a.txt')).blocks[0] as { text: string }).text;
    const first = await id();
    expect(await id()).toBe(first);
    await expect(runBounded('probe', enc('hang'), 'a.pdf', { timeoutMs: 1000, maxMemoryMb: 1024 })).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    const after = await id();
    expect(after).not.toBe(first);
    expect(await id()).toBe(after);
  }, 30_000);
  it('ends a worker once its job is done while workers are not to be kept, and keeps them again after', async () => {
    const id = async () => ((await runBounded('probe', enc('thread'), 'a.txt')).blocks[0] as { text: string }).text;
    keepIdleWorkers(false);
    try {
      // Each worker (an idle one kept from before, then new ones) serves one job and ends.
      const ids = [await id(), await id(), await id()];
      expect(new Set(ids).size).toBe(3);
    } finally {
      keepIdleWorkers(true);
    }
    const again = await id();
    expect(await id()).toBe(again);
  }, 30_000);
  it('hands a job the params it was sent', async () => {
    const layout = await runBoundedJob<LayoutDocument>('probe', enc('params'), 'a.pdf', { part: 1, of: 2 });
    expect(layout.blocks[0]).toMatchObject({ text: '{"part":1,"of":2}' });
  });
  it('runs two jobs at once in two workers and keeps both for the next file', async () => {
    const ids = async () => {
      const two = await Promise.all([0, 1].map(() => runBoundedJob<LayoutDocument>('probe', enc('thread'), 'a.pdf', 'wait')));
      return two.map((l) => (l.blocks[0] as { text: string }).text).sort();
    };
    const first = await ids();
    expect(new Set(first).size).toBe(2);
    expect(await ids()).toEqual(first);
  });
  it('stops a decompression bomb whose memory lies outside the heap (a PDF stream inflating to 1 GB)', async () => {
    const bomb = pdfBomb(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expect(runBounded('pdf', bomb, 'bomb.pdf', { timeoutMs: 120_000, maxMemoryMb: 192 })).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
      message: expect.stringContaining('内存'),
    });
    // The process is still there, and the next parse runs.
    expect((await runBounded('probe', enc('你好'), 'a.txt')).blocks[0]).toMatchObject({ text: '你好' });
  }, 120_000);
  it('gives a job that asks for it more time (OCR of a long scan), within a cap', async () => {
    // A warm worker first: on a busy machine starting one can take most of the second allowed, and
    // the job must have started to ask for more time.
    await runBounded('probe', enc('warm'), 'a.pdf', { timeoutMs: 60_000, maxMemoryMb: 256 });
    const layout = await runBounded('probe', enc('slow'), 'a.pdf', { timeoutMs: 2000, maxMemoryMb: 256 });
    expect(layout.blocks[0]).toMatchObject({ text: 'slow' });
  });
});
