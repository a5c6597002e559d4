import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../src/compat/pool.js';

/** Resolves when `release` is called: lets a test decide when each call finishes. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
}

describe('mapBounded', () => {
  it('never has more than `limit` calls in flight and keeps the input order', async () => {
    let inFlight = 0;
    let most = 0;
    const result = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('starts nothing new after a failure and rejects only once the calls in flight settled', async () => {
    const slow = gate();
    const started: number[] = [];
    let slowSettled = false;
    const run = mapBounded([0, 1, 2, 3], 2, async (i) => {
      started.push(i);
      if (i === 0) {
        await slow.done;
        slowSettled = true;
        return i;
      }
      throw new Error(`call ${i} failed`);
    });
    let rejected = false;
    run.catch(() => (rejected = true));
    await new Promise((r) => setImmediate(r));
    expect(rejected).toBe(false);
    slow.release();
    await expect(run).rejects.toThrow('call 1 failed');
    expect(slowSettled).toBe(true);
    expect(started).toEqual([0, 1]);
  });
});
