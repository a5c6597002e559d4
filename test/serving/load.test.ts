import { describe, expect, it } from 'vitest';
import { judgeLoad, runLoad, type LoadResult, type Send } from '../../src/serving/load.js';

/**
 * A simulated clock: time moves only when every task is waiting on it, to the earliest wake-up.
 * `stall` moves it at once, as a blocked event loop (a GC pause, a synchronous write) would.
 * No test here depends on how fast the machine is.
 */
function simClock() {
  let t = 0;
  let seq = 0;
  const waiters: { at: number; seq: number; wake: () => void }[] = [];
  let pumping = false;
  const pump = () => {
    pumping = false;
    waiters.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const w = waiters.shift();
    if (!w) return;
    t = Math.max(t, w.at);
    w.wake();
    schedule();
  };
  // setImmediate runs after the promise reactions already queued: every task that can run
  // without the clock has run (and maybe slept again) before time moves.
  const schedule = () => {
    if (pumping || waiters.length === 0) return;
    pumping = true;
    setImmediate(pump);
  };
  return {
    now: () => t,
    stall: (ms: number) => void (t += ms),
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        waiters.push({ at: t + Math.max(0, ms), seq: seq++, wake });
        schedule();
      }),
  };
}

describe('runLoad, closed loop', () => {
  it('runs `concurrency` workers back to back and measures only after the warm-up', async () => {
    const clock = simClock();
    let calls = 0;
    const send: Send = async () => {
      calls++;
      await clock.sleep(10);
      return true;
    };
    const r = await runLoad(send, { concurrency: 4, duration_s: 1, warmup_s: 0.5 }, clock);
    // Each worker sends every 10 ms: 50 in the warm-up, 100 in the measured second.
    expect(calls).toBe(4 * 150);
    expect(r).toMatchObject({ mode: 'closed', concurrency: 4, requests: 400, errors: 0 });
    expect(r.duration_s).toBe(1);
    expect(r.throughput_rps).toBe(400);
    // HDR percentiles are the top of their bucket: within 0.1 % (3 significant digits).
    expect(r.p50_ms).toBeCloseTo(10, 1);
    expect(r.p99_ms).toBeCloseTo(10, 1);
    expect(r.max_ms).toBe(10);
  });

  it('counts failures as errors, not in the latency or the throughput', async () => {
    const clock = simClock();
    let n = 0;
    const send: Send = async () => {
      const ok = n++ % 4 !== 0;
      await clock.sleep(ok ? 10 : 1);
      return ok;
    };
    const r = await runLoad(send, { concurrency: 1, duration_s: 1, warmup_s: 0 }, clock);
    expect(r.errors).toBeGreaterThan(0);
    expect(r.errors / r.requests).toBeCloseTo(0.25, 1);
    expect(r.throughput_rps).toBeCloseTo((r.requests - r.errors) / r.duration_s, 0);
    expect(r.p50_ms).toBeCloseTo(10, 1);
    expect(r.histogram.reduce((s, b) => s + b.count, 0)).toBe(r.requests - r.errors);
  });

  it('counts the rows of the successful requests in batch mode, and only then', async () => {
    const run = (batch_size?: number) => {
      const clock = simClock();
      let n = 0;
      const send: Send = async () => {
        await clock.sleep(10);
        return n++ % 5 !== 0;
      };
      return runLoad(send, { concurrency: 2, duration_s: 1, warmup_s: 0, batch_size }, clock);
    };
    const r = await run(256);
    expect(r.requests).toBe(200);
    expect(r.errors).toBe(40);
    expect(r).toMatchObject({ batch_size: 256, rows: 160 * 256, rows_per_s: 160 * 256 });
    const single = await run();
    expect(single).not.toHaveProperty('rows');
    expect(single).not.toHaveProperty('rows_per_s');
    expect(single).not.toHaveProperty('batch_size');
  });

  it('reports progress about once a second', async () => {
    const clock = simClock();
    const lines: string[] = [];
    const send: Send = async () => {
      await clock.sleep(5);
      return true;
    };
    await runLoad(
      send,
      { concurrency: 2, duration_s: 3, warmup_s: 2 },
      { ...clock, onProgress: (m) => lines.push(m) },
    );
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines.some((l) => /warming up/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^load: \d\/3 s, p95 5\.0 ms, \d+ requests, 0 errors$/);
  });

  it('rejects with the error of a send that rejects', async () => {
    const clock = simClock();
    let n = 0;
    const send: Send = async () => {
      await clock.sleep(1);
      if (++n === 20) throw new Error('a bug in the sender');
      return true;
    };
    await expect(
      runLoad(send, { concurrency: 3, duration_s: 5, warmup_s: 0 }, clock),
    ).rejects.toThrow('a bug in the sender');
    expect(n).toBeLessThan(30);
  });

  it('stops when its signal aborts, with the signal’s reason', async () => {
    const clock = simClock();
    const ac = new AbortController();
    let n = 0;
    const send: Send = async () => {
      await clock.sleep(1);
      if (++n === 10) ac.abort(new Error('cancelled'));
      return true;
    };
    await expect(
      runLoad(
        send,
        { concurrency: 2, duration_s: 60, warmup_s: 0 },
        { ...clock, signal: ac.signal },
      ),
    ).rejects.toThrow('cancelled');
    expect(n).toBeLessThan(15);
  });
});

describe('runLoad, open loop', () => {
  it('sends at the rate whatever the server does, and times from the intended send', async () => {
    const clock = simClock();
    const sent: number[] = [];
    const send: Send = async () => {
      sent.push(clock.now());
      await clock.sleep(3);
      return true;
    };
    const r = await runLoad(send, { rate_rps: 50, duration_s: 2, warmup_s: 1 }, clock);
    expect(sent).toHaveLength(150);
    expect(sent.slice(0, 4)).toEqual([0, 20, 40, 60]);
    expect(r).toMatchObject({ mode: 'open', rate_rps: 50, requests: 100, errors: 0, max_ms: 3 });
    expect(r.p99_ms).toBeCloseTo(3, 2);
    expect(r.throughput_rps).toBeCloseTo(50, 0);
  });

  // The coordinated-omission test. The generator is blocked for 500 ms once (inside a send,
  // as a GC pause or a synchronous write would block it). The 50 requests due during the block
  // go out late, all at once, and are answered in 1 ms; but they were due 10, 20, … 490 ms
  // earlier, and a user who sent them then would have waited that long. Timed from their late
  // send they would all show 1 ms and p99 would be 1 ms.
  it('shows a stall of the generator in the tail (no coordinated omission)', async () => {
    const clock = simClock();
    let stalled = false;
    const send: Send = async () => {
      if (!stalled && clock.now() >= 500) {
        stalled = true;
        clock.stall(500);
      }
      await clock.sleep(1);
      return true;
    };
    const r = await runLoad(send, { rate_rps: 100, duration_s: 2, warmup_s: 0 }, clock);
    expect(r.requests).toBe(200);
    expect(r.errors).toBe(0);
    expect(r.p50_ms).toBe(1);
    // Latencies 501, 491, 481, … 11 ms for the stalled request and the 49 due behind it.
    expect(r.max_ms).toBeCloseTo(501, 0);
    expect(r.p99_ms).toBeGreaterThanOrEqual(470);
    expect(r.p95_ms).toBeGreaterThanOrEqual(390);
  });

  // The server's stall: everything sent during [500, 1000) is answered at 1000. A generator
  // that waited for answers before sending more (a fixed pool of senders) would send the
  // requests due in the stall only after it, and time them from then.
  it('shows a stall of the server in the tail', async () => {
    const clock = simClock();
    const send: Send = async () => {
      const t = clock.now();
      await clock.sleep(t >= 500 && t < 1000 ? 1000 - t : 1);
      return true;
    };
    const r = await runLoad(send, { rate_rps: 100, duration_s: 2, warmup_s: 0 }, clock);
    expect(r.requests).toBe(200);
    expect(r.p50_ms).toBe(1);
    expect(r.max_ms).toBe(500);
    expect(r.p99_ms).toBeGreaterThanOrEqual(470);
  });

  it('counts a request as an error rather than hold more than 4 s of them outstanding', async () => {
    const clock = simClock();
    let calls = 0;
    const send: Send = async () => {
      calls++;
      await clock.sleep(10_000);
      return true;
    };
    const r = await runLoad(send, { rate_rps: 10, duration_s: 10, warmup_s: 0 }, clock);
    // 4 s at 10/s: 40 outstanding; the first answer comes after all 100 were due.
    expect(calls).toBe(40);
    expect(r).toMatchObject({ requests: 100, errors: 60 });
    expect(r.p50_ms).toBeCloseTo(10_000, -1);
  });

  it('stops when its signal aborts, even between two slow sends', async () => {
    const clock = simClock();
    const ac = new AbortController();
    let n = 0;
    const send: Send = async () => {
      if (++n === 2) setImmediate(() => ac.abort(new Error('cancelled')));
      return true;
    };
    await expect(
      runLoad(
        send,
        { rate_rps: 0.01, duration_s: 1000, warmup_s: 0 },
        { ...clock, signal: ac.signal },
      ),
    ).rejects.toThrow('cancelled');
  });
});

describe('runLoad histogram', () => {
  it('spreads successful requests over log-spaced buckets from the fastest to the slowest', async () => {
    const clock = simClock();
    let n = 0;
    const send: Send = async () => {
      await clock.sleep(1 + ((n++ * 37) % 200));
      return true;
    };
    const r = await runLoad(send, { concurrency: 4, duration_s: 10, warmup_s: 0 }, clock);
    const h = r.histogram;
    expect(h.length).toBeGreaterThanOrEqual(8);
    expect(h.length).toBeLessThanOrEqual(20);
    expect(h.reduce((s, b) => s + b.count, 0)).toBe(r.requests);
    for (let i = 1; i < h.length; i++) expect(h[i]!.le_ms).toBeGreaterThan(h[i - 1]!.le_ms);
    expect(h.at(-1)!.le_ms).toBe(r.max_ms);
    expect(h[0]!.le_ms).toBeLessThan(2);
    // Log-spaced: the first half of the buckets covers far less than half the range.
    expect(h[Math.floor(h.length / 2)]!.le_ms).toBeLessThan(r.max_ms / 4);
  });

  it('is empty when nothing succeeded', async () => {
    const clock = simClock();
    const send: Send = async () => {
      await clock.sleep(5);
      return false;
    };
    const r = await runLoad(send, { concurrency: 2, duration_s: 1, warmup_s: 0 }, clock);
    expect(r).toMatchObject({
      requests: 400,
      errors: 400,
      p50_ms: 0,
      p95_ms: 0,
      throughput_rps: 0,
      histogram: [],
    });
  });
});

describe('judgeLoad', () => {
  const base: LoadResult = {
    mode: 'closed',
    concurrency: 8,
    requests: 1000,
    errors: 0,
    p50_ms: 20,
    p95_ms: 81.23,
    p99_ms: 120,
    max_ms: 200,
    throughput_rps: 100,
    duration_s: 10,
    histogram: [{ le_ms: 200, count: 1000 }],
  };
  const where = { target: 'triton-24-08', location: { file: 'modelgate.yaml', line: 12 } };
  const rules = (r: LoadResult, slo: Parameters<typeof judgeLoad>[1]) =>
    judgeLoad(r, slo, where).map((f) => f.rule);

  it('passes within every bound', () => {
    expect(
      judgeLoad(
        base,
        { p95_latency_ms: 100, p50_latency_ms: 20, min_throughput_rps: 100, max_error_rate: 0 },
        where,
      ),
    ).toEqual([]);
  });

  it('says the measured p95, the bound and the load', () => {
    const [f, ...rest] = judgeLoad(base, { p95_latency_ms: 50 }, where);
    expect(rest).toEqual([]);
    expect(f).toEqual({
      severity: 'error',
      rule: 'load-p95',
      message:
        'triton-24-08: p95 latency 81.2 ms over serving.slo.p95_latency_ms 50 under 8 concurrent connections for 10 s',
      location: where.location,
    });
  });

  it('judges p50', () => {
    const [f] = judgeLoad(base, { p50_latency_ms: 10 }, where);
    expect(f?.rule).toBe('load-p50');
    expect(f?.message).toContain('p50 latency 20.0 ms over serving.slo.p50_latency_ms 10');
  });

  it('judges throughput, and says the rate of an open loop', () => {
    const open = { ...base, mode: 'open' as const, concurrency: undefined, rate_rps: 200 };
    const [f] = judgeLoad(open, { min_throughput_rps: 150 }, where);
    expect(f?.rule).toBe('load-throughput');
    expect(f?.message).toBe(
      'triton-24-08: throughput 100 requests/s under serving.slo.min_throughput_rps 150 at 200 requests/s for 10 s',
    );
  });

  it('fails any error when max_error_rate is unset, and a share above it when set', () => {
    const some = { ...base, errors: 5 };
    expect(rules(some, {})).toEqual(['load-error-rate']);
    expect(judgeLoad(some, {}, where)[0]?.message).toContain(
      '5 of 1000 requests failed (0.5 %), over none allowed (serving.slo.max_error_rate unset)',
    );
    expect(rules(some, { max_error_rate: 0.01 })).toEqual([]);
    expect(rules(some, { max_error_rate: 0.001 })).toEqual(['load-error-rate']);
    expect(rules(base, {})).toEqual([]);
  });

  it('judges rows per second in batch mode, saying the batch size', () => {
    const batch = { ...base, batch_size: 256, rows: 256_000, rows_per_s: 25_600 };
    const [f, ...rest] = judgeLoad(batch, { min_rows_per_s: 30_000 }, where);
    expect(rest).toEqual([]);
    expect(f).toEqual({
      severity: 'error',
      rule: 'load-rows-throughput',
      message:
        'triton-24-08: 25600 rows/s under serving.slo.min_rows_per_s 30000 under 8 concurrent connections in batches of 256 rows for 10 s',
      location: where.location,
    });
    expect(rules(batch, { min_rows_per_s: 25_600 })).toEqual([]);
    // A test that counted no rows (not batch mode) has none to judge.
    expect(rules(base, { min_rows_per_s: 30_000 })).toEqual([]);
  });

  it('gives one finding per bound breached', () => {
    expect(
      rules(
        { ...base, errors: 10 },
        { p95_latency_ms: 50, p50_latency_ms: 5, min_throughput_rps: 1000 },
      ),
    ).toEqual(['load-p95', 'load-p50', 'load-throughput', 'load-error-rate']);
  });

  it('always fails a test in which nothing succeeded, with that finding alone', () => {
    const none = { ...base, errors: 1000, throughput_rps: 0, p50_ms: 0, p95_ms: 0, histogram: [] };
    expect(judgeLoad(none, { max_error_rate: 1 }, where)).toEqual([
      expect.objectContaining({
        rule: 'load-no-success',
        message:
          'triton-24-08: none of 1000 requests of the load test succeeded under 8 concurrent connections for 10 s',
      }),
    ]);
    expect(rules({ ...none, requests: 0, errors: 0 }, {})).toEqual(['load-no-success']);
  });
});
