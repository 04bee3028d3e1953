import { describe, expect, it } from 'vitest';
import { mapInOrder } from './in-order.js';

describe('running a batch a few at a time', () => {
  it('gives the results in the order of the items, whatever order they finish in', async () => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const out = await mapInOrder([30, 5, 20, 1, 10], async (ms) => {
      await wait(ms);
      return ms * 2;
    }, 2);
    expect(out).toEqual([60, 10, 40, 2, 20]);
  });
  it('never has more than the limit in flight, and uses all of it', async () => {
    let inFlight = 0;
    let most = 0;
    await mapInOrder(Array.from({ length: 9 }, (_, i) => i), async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
    }, 3);
    expect(most).toBe(3);
  });
  it('passes a failure on', async () => {
    await expect(mapInOrder([1, 2], async (n) => {
      if (n === 2) throw new Error('二');
      return n;
    })).rejects.toThrow('二');
  });
});
