import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  httpSender,
  judgeLoad,
  runLoad,
  type LoadResult,
  type Send,
} from '../../src/serving/load.js';

/** The simulated clock of load.test.ts: time moves only when every task waits on it. */
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

const base: LoadResult = {
  mode: 'closed',
  concurrency: 2,
  requests: 100,
  errors: 0,
  p50_ms: 5,
  p95_ms: 50,
  p99_ms: 80,
  max_ms: 90,
  throughput_rps: 40,
  duration_s: 2.5,
  histogram: [],
};
const where = { target: 't' };

describe('judgeLoad: the finding rules, messages and severity', () => {
  it('a bound met exactly is no finding; one just over is, with its exact message', () => {
    expect(
      judgeLoad(base, { p95_latency_ms: 50, p50_latency_ms: 5, min_throughput_rps: 40 }, where),
    ).toEqual([]);
    expect(judgeLoad({ ...base, p95_ms: 50.5 }, { p95_latency_ms: 50 }, where)).toEqual([
      {
        severity: 'error',
        rule: 'load-p95',
        message:
          't: p95 latency 50.5 ms over serving.slo.p95_latency_ms 50 under 2 concurrent connections for 2.5 s',
      },
    ]);
    expect(judgeLoad({ ...base, p50_ms: 5.25 }, { p50_latency_ms: 5 }, where)[0]).toMatchObject({
      rule: 'load-p50',
      message:
        't: p50 latency 5.25 ms over serving.slo.p50_latency_ms 5 under 2 concurrent connections for 2.5 s',
    });
    expect(
      judgeLoad({ ...base, throughput_rps: 39.9 }, { min_throughput_rps: 40 }, where)[0],
    ).toMatchObject({
      rule: 'load-throughput',
      message:
        't: throughput 39.9 requests/s under serving.slo.min_throughput_rps 40 under 2 concurrent connections for 2.5 s',
    });
  });

  it('prints latencies with three significant digits, seconds from 1000 ms', () => {
    const msg = (p95: number) =>
      judgeLoad({ ...base, p95_ms: p95 }, { p95_latency_ms: 0.5 }, where)[0]!.message;
    expect(msg(1000)).toContain('p95 latency 1.00 s over');
    expect(msg(1234)).toContain('p95 latency 1.23 s over');
    expect(msg(999.4)).toContain('p95 latency 999 ms over');
    expect(msg(100)).toContain('p95 latency 100 ms over');
    expect(msg(99.94)).toContain('p95 latency 99.9 ms over');
    expect(msg(10)).toContain('p95 latency 10.0 ms over');
    expect(msg(9.994)).toContain('p95 latency 9.99 ms over');
  });

  it('names the load: one connection, a rate, or neither', () => {
    const slo = { p95_latency_ms: 1 };
    expect(judgeLoad({ ...base, concurrency: 1 }, slo, where)[0]!.message).toMatch(
      / under 1 concurrent connection for 2\.5 s$/,
    );
    const noConcurrency: LoadResult = { ...base };
    delete noConcurrency.concurrency;
    expect(judgeLoad(noConcurrency, slo, where)[0]!.message).toMatch(
      / under closed-loop load for 2\.5 s$/,
    );
    expect(
      judgeLoad({ ...noConcurrency, mode: 'open', rate_rps: 12.5 }, slo, where)[0]!.message,
    ).toMatch(/ at 12\.5 requests\/s for 2\.5 s$/);
    expect(judgeLoad({ ...noConcurrency, mode: 'open' }, slo, where)[0]!.message).toMatch(
      / at a fixed rate for 2\.5 s$/,
    );
  });

  it('no request answered, or none succeeded, is the only finding', () => {
    const slo = { p95_latency_ms: 1, max_error_rate: 0.5 };
    expect(judgeLoad({ ...base, requests: 0 }, slo, where)).toEqual([
      {
        severity: 'error',
        rule: 'load-no-success',
        message:
          't: no request was sent and answered inside the measured window under 2 concurrent connections for 2.5 s',
      },
    ]);
    expect(judgeLoad({ ...base, requests: 3, errors: 3 }, slo, where)).toEqual([
      {
        severity: 'error',
        rule: 'load-no-success',
        message:
          't: none of 3 requests of the load test succeeded under 2 concurrent connections for 2.5 s',
      },
    ]);
  });

  it('an error rate over a set max_error_rate names the bound; at it, none', () => {
    expect(judgeLoad({ ...base, errors: 10 }, { max_error_rate: 0.1 }, where)).toEqual([]);
    expect(judgeLoad({ ...base, errors: 11 }, { max_error_rate: 0.1 }, where)[0]).toMatchObject({
      severity: 'error',
      rule: 'load-error-rate',
    });
    expect(
      judgeLoad({ ...base, errors: 11 }, { max_error_rate: 0.1 }, where)[0]!.message,
    ).toContain('11 of 100 requests failed (11 %), over serving.slo.max_error_rate 0.1');
    expect(judgeLoad({ ...base, errors: 1 }, {}, where)[0]!.message).toContain(
      '1 of 100 requests failed (1 %), over none allowed (serving.slo.max_error_rate unset)',
    );
  });
});

describe('runLoad: refusals and counting on the simulated clock', () => {
  it('refuses a rate or a duration that is not positive', async () => {
    const send: Send = () => Promise.resolve(true);
    await expect(runLoad(send, { rate_rps: 0, duration_s: 1, warmup_s: 0 })).rejects.toThrow(
      new RangeError('rate_rps must be positive, not 0'),
    );
    await expect(runLoad(send, { rate_rps: -1, duration_s: 1, warmup_s: 0 })).rejects.toThrow(
      RangeError,
    );
    await expect(runLoad(send, { duration_s: 0, warmup_s: 0 })).rejects.toThrow(
      new RangeError('duration_s must be positive, not 0'),
    );
  });

  it('the measured window runs to the last answer when it comes after the end', async () => {
    const clock = simClock();
    const send: Send = async () => {
      await clock.sleep(300);
      return true;
    };
    const r = await runLoad(send, { concurrency: 1, duration_s: 1, warmup_s: 0 }, clock);
    // Sends at 0, 300, 600, 900; the last answers at 1200.
    expect(r.requests).toBe(4);
    expect(r.duration_s).toBe(1.2);
    expect(r.throughput_rps).toBe(3.3);
    expect(r.max_ms).toBe(300);
  });

  it('open loop: a request due exactly at the end is not sent, and answers are drained', async () => {
    const clock = simClock();
    let calls = 0;
    const send: Send = async () => {
      calls++;
      await clock.sleep(250);
      return true;
    };
    const r = await runLoad(send, { rate_rps: 10, duration_s: 1, warmup_s: 0 }, clock);
    expect(calls).toBe(10);
    expect(r).toMatchObject({ mode: 'open', rate_rps: 10, requests: 10, errors: 0 });
    expect(r.duration_s).toBe(1.15);
  });

  it('open loop: a pass that comes late past the end sends only what was due before it', async () => {
    const clock = simClock();
    let calls = 0;
    const send: Send = () => {
      if (calls++ === 0) clock.stall(1500); // a blocked event loop
      return Promise.resolve(true);
    };
    const r = await runLoad(send, { rate_rps: 10, duration_s: 1, warmup_s: 0 }, clock);
    expect(calls).toBe(10);
    expect(r.requests).toBe(10);
    // Each one timed from when it was due: the first answered at 1500, the last due at 900.
    expect(r.max_ms).toBe(1500);
    expect(r.p50_ms).toBeCloseTo(1000, -1);
  });

  it('open loop: a send that rejects later rejects the run', async () => {
    const clock = simClock();
    const send: Send = async () => {
      await clock.sleep(5);
      throw new Error('bug');
    };
    await expect(
      runLoad(send, { rate_rps: 10, duration_s: 1, warmup_s: 0 }, clock),
    ).rejects.toThrow('bug');
  });

  it('an abort stops the run with the signal reason', async () => {
    const clock = simClock();
    const ac = new AbortController();
    let n = 0;
    const send: Send = async () => {
      if (++n === 5) ac.abort(new Error('stop'));
      await clock.sleep(10);
      return true;
    };
    await expect(
      runLoad(
        send,
        { concurrency: 1, duration_s: 10, warmup_s: 0 },
        { ...clock, signal: ac.signal },
      ),
    ).rejects.toThrow('stop');
    expect(n).toBe(5);
  });

  it('reports warm-up and measured progress with its figures', async () => {
    const clock = simClock();
    const lines: string[] = [];
    const send: Send = async () => {
      await clock.sleep(100);
      return true;
    };
    await runLoad(
      send,
      { concurrency: 1, duration_s: 2, warmup_s: 2 },
      { ...clock, onProgress: (l) => lines.push(l) },
    );
    expect(lines).toEqual([
      'load: warming up, 1 s to go',
      'load: 0/2 s, 0 requests, 0 errors',
      'load: 1/2 s, p95 100.0 ms, 10 requests, 0 errors',
    ]);
  });
});

describe('buckets: the chart of latencies', () => {
  const run = async (latencies: number[], duration_s = 1) => {
    const clock = simClock();
    let i = 0;
    const send: Send = async () => {
      await clock.sleep(latencies[i++ % latencies.length]!);
      return true;
    };
    return runLoad(send, { concurrency: 1, duration_s, warmup_s: 0 }, clock);
  };

  // 1 ms to 100 ms: 12 edges 10^(k/6) ms, two digits each; the 10 ms answers are in (6.8, 10].
  const EDGES_1_100 = [1.5, 2.2, 3.2, 4.6, 6.8, 10, 15, 22, 32, 46, 68, 100].map((le_ms, k) => ({
    le_ms,
    count: k === 0 ? 10 : k === 5 || k === 11 ? 9 : 0,
  }));
  // 1 µs to 100 µs: the edges under 10 µs are rounded to whole µs, not to two digits.
  const FAST_EDGES_US = [1, 2, 3, 5, 7, 10, 15, 22, 32, 46, 68, 100];

  it('edges fall on whole µs below 10 µs and on two digits above; a value at an edge is in it', async () => {
    const r = await run([1, 10, 100]);
    expect(r.histogram).toEqual(EDGES_1_100);
    const fast = await run([0.001, 0.1]);
    expect(fast.histogram.map((b) => Math.round(b.le_ms * 1e6) / 1e3)).toEqual(FAST_EDGES_US);
  });

  it('edges that round to the same µs are one edge', async () => {
    const r = await run([0.001, 0.002], 0.01);
    expect(r.histogram).toEqual([
      { le_ms: 0.001, count: r.requests / 2 },
      { le_ms: 0.002, count: r.requests / 2 },
    ]);
  });

  it('a latency past the hour the histogram starts with is still recorded', async () => {
    const r = await run([7_200_000]);
    expect(r.requests).toBe(1);
    expect(r.max_ms / 7_200_000).toBeCloseTo(1, 2);
  });

  it('one latency is one bucket', async () => {
    const r = await run([10]);
    expect(r.histogram).toEqual([{ le_ms: 10, count: 100 }]);
  });

  it('log-spaced edges rounded to two digits, the last the slowest answer', async () => {
    const r = await run([1, 1, 1, 1, 1, 1, 1, 1, 123]);
    const edges = r.histogram.map((b) => b.le_ms);
    expect(edges.length).toBeGreaterThanOrEqual(8);
    expect(edges.length).toBeLessThanOrEqual(16);
    expect(edges.at(-1)).toBe(r.max_ms);
    for (let k = 1; k < edges.length; k++) expect(edges[k]!).toBeGreaterThan(edges[k - 1]!);
    expect(r.histogram.reduce((s, b) => s + b.count, 0)).toBe(r.requests);
    expect(r.histogram[0]!.count).toBe(r.requests - r.histogram.at(-1)!.count);
    expect(r.histogram.at(-1)!.count).toBeGreaterThan(0);
  });
});

/**
 * A loopback server that answers each request (head and a 1-byte body, as the senders below
 * send) with `answer(socket, n, conn)`: n counts requests over all connections, conn the
 * connection's own index.
 */
const servers: Server[] = [];
async function canned(answer: (s: Socket, n: number, conn: number) => void) {
  let n = 0;
  let conns = 0;
  const server = createServer((s) => {
    const conn = conns++;
    let pending = '';
    s.on('error', () => {});
    s.on('data', (d) => {
      pending += d.toString('latin1');
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0 || pending.length < end + 5) return;
        pending = pending.slice(end + 5);
        answer(s, n++, conn);
      }
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/p`,
    connections: () => conns,
    requests: () => n,
  };
}
afterEach(async () => {
  for (const s of servers.splice(0)) {
    await new Promise((resolve) => s.close(resolve));
  }
});

/** Sends `times` requests one after another; what each resolved. */
async function sendSeq(url: string, times: number, opts: Parameters<typeof httpSender>[2] = {}) {
  const { send, close } = httpSender(url, 'x', { timeoutMs: 5_000, ...opts });
  const out: boolean[] = [];
  try {
    for (let i = 0; i < times; i++) out.push(await send());
  } finally {
    await close();
  }
  return out;
}

const bodyIs = (want: string) => (status: number, body: Buffer) =>
  status === 200 && body.toString() === want;

describe('httpSender: status lines and heads', () => {
  const one = async (head: string) => {
    // Closed after the answer: a head misread as one with no length would then pass.
    const srv = await canned((s) => s.end(head));
    return (await sendSeq(srv.url, 1))[0];
  };
  it('takes HTTP/1.0 and 1.1 with a reason or none, 2xx only', async () => {
    expect(await one('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')).toBe(true);
    expect(await one('HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n')).toBe(true);
    expect(await one('HTTP/1.0 299 Fine\r\nContent-Length: 0\r\n\r\n')).toBe(true);
    expect(await one('HTTP/1.1 300 M\r\nContent-Length: 0\r\n\r\n')).toBe(false);
    expect(await one('HTTP/1.1 404 N\r\nContent-Length: 0\r\n\r\n')).toBe(false);
  });
  it('refuses a malformed status line', async () => {
    for (const line of [
      'HTTP/2.0 200 OK',
      'HTTP/1.2 200 OK',
      'HTTX/1.1 200 OK',
      'HTTP/1.1  200 OK',
      'HTTP/1.1 200OK',
      'HTTP/1.1 600 X',
      'HTTP/1.1 2000 X',
      'HTTP/1.1 20 X',
      'xHTTP/1.1 200 OK',
    ])
      expect(await one(`${line}\r\nContent-Length: 0\r\n\r\n`), line).toBe(false);
  }, 30_000);
  it('a status line alone is a head: its body runs until the close', async () => {
    for (const head of ['HTTP/1.1 200\r\n\r\n', 'HTTP/1.1 200 OK\r\n\r\n']) {
      const srv = await canned((s) => s.end(head));
      expect(await sendSeq(srv.url, 1), head).toEqual([true]);
    }
    const bad = await canned((s) => s.end('HTTP/1.1 20\r\n\r\n'));
    expect(await sendSeq(bad.url, 1)).toEqual([false]);
  });
  it('refuses malformed header lines and lengths', async () => {
    expect(await one('HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n')).toBe(false);
    expect(await one('HTTP/1.1 200 OK\r\nContent-Length\t: 0\r\n\r\n')).toBe(false);
    expect(await one('HTTP/1.1 200 OK\r\n: 0\r\nContent-Length: 0\r\n\r\n')).toBe(false);
    expect(await one('HTTP/1.1 200 OK\r\nNoColon\r\nContent-Length: 0\r\n\r\n')).toBe(false);
    expect(await one('HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\nx')).toBe(false);
    expect(await one('HTTP/1.1 200 OK\r\nContent-Length: x1\r\n\r\nx')).toBe(false);
    expect(await one('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx')).toBe(
      false,
    );
    expect(await one('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nxx')).toBe(
      true,
    );
    expect(await one('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n0123456789')).toBe(true);
  });
  it('refuses 101 and reads past 1xx interim answers', async () => {
    expect(await one('HTTP/1.1 101 Switching\r\n\r\n')).toBe(false);
    expect(
      await one('HTTP/1.1 101 Switching\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'),
    ).toBe(false);
    expect(
      await one(
        'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early\r\nLink: x\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
      ),
    ).toBe(true);
  });
  it('refuses a head longer than 64 kB', async () => {
    const srv = await canned((s) => s.write(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}`));
    expect(await sendSeq(srv.url, 1)).toEqual([false]);
  });
});

describe('httpSender: bodies and keep-alive', () => {
  it('reads Content-Length bodies split across writes, and reuses the connection', async () => {
    const srv = await canned((s) => {
      s.write('HTTP/1.1 200 OK\r\nContent-Le');
      setTimeout(() => s.write('ngth: 5\r\n\r\nhe'), 5);
      setTimeout(() => s.write('llo'), 10);
    });
    expect(await sendSeq(srv.url, 3, { check: bodyIs('hello') })).toEqual([true, true, true]);
    expect(srv.connections()).toBe(1);
  });
  it('204 and 304 have no body whatever their length says', async () => {
    const srv = await canned((s, n) =>
      s.write(
        n % 2
          ? 'HTTP/1.1 204 No\r\nContent-Length: 9\r\n\r\n'
          : 'HTTP/1.1 304 No\r\nTransfer-Encoding: chunked\r\n\r\n',
      ),
    );
    expect(await sendSeq(srv.url, 4)).toEqual([false, true, false, true]);
    expect(srv.connections()).toBe(1);
  });
  it('reads chunked bodies with extensions and trailers', async () => {
    const srv = await canned((s) =>
      s.write(
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3 ;ext=1\r\nhel\r\nA\r\nlo, world!\r\n0\r\nX-Trailer: 1\r\nY: 2\r\n\r\n',
      ),
    );
    expect(await sendSeq(srv.url, 2, { check: bodyIs('hello, world!') })).toEqual([true, true]);
    expect(srv.connections()).toBe(1);
  });
  it('reads a chunked body one byte a write', async () => {
    const bytes =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1;x\r\nc\r\n0\r\nT: 1\r\n\r\n';
    const srv = await canned((s) => {
      let i = 0;
      const tick = () => {
        if (i < bytes.length) s.write(bytes[i++]!, () => setTimeout(tick, 1));
      };
      tick();
    });
    expect(await sendSeq(srv.url, 2, { check: bodyIs('abc') })).toEqual([true, true]);
  }, 30_000);
  it('refuses malformed chunks', async () => {
    const one = async (rest: string) => {
      const srv = await canned((s) =>
        s.write(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${rest}`),
      );
      return (await sendSeq(srv.url, 1))[0];
    };
    expect(await one('3\r\nabcXY0\r\n\r\n')).toBe(false);
    expect(await one('3\r\nabc\rX0\r\n\r\n')).toBe(false);
    expect(await one('3\r\nabcX\n0\r\n\r\n')).toBe(false);
    expect(await one('x3\r\nabc\r\n0\r\n\r\n')).toBe(false);
    expect(await one('3x\r\nabc\r\n0\r\n\r\n')).toBe(false);
    expect(await one('3 x\r\nabc\r\n0\r\n\r\n')).toBe(false);
    expect(await one('3\t;a\r\nabc\r\n0\r\n\r\n')).toBe(true);
  });
  it('a chunked coding not last is not chunked: read until close', async () => {
    const srv = await canned((s) =>
      s.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nraw'),
    );
    expect(await sendSeq(srv.url, 1, { check: bodyIs('raw') })).toEqual([true]);
  });
  it('Connection: close, or HTTP/1.0 without keep-alive, takes a new connection', async () => {
    for (const head of [
      'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.1 200 OK\r\nConnection: Upgrade, Close\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.1 200 OK\r\nConnection: foo\r\nconnection: close\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.0 200 OK\r\nConnection: keep-alive, close\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.0 200 OK\r\nConnection: xkeep-alive\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.0 200 OK\r\nConnection: keep-alivex\r\nContent-Length: 1\r\n\r\nx',
    ]) {
      const srv = await canned((s) => s.write(head));
      expect(await sendSeq(srv.url, 2), head).toEqual([true, true]);
      expect(srv.connections(), head).toBe(2);
    }
  }, 30_000);
  it('HTTP/1.0 with keep-alive, and Connection values that are not close, keep it', async () => {
    for (const head of [
      'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.0 200 OK\r\nConnection: Upgrade, keep-alive\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.0 200 OK\r\nConnection: Upgrade,keep-alive \r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.1 200 OK\r\nConnection: closed\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.1 200 OK\r\nConnection: xclose\r\nContent-Length: 1\r\n\r\nx',
      'HTTP/1.1 200 OK\r\nX-Connection: close\r\nContent-Length: 1\r\n\r\nx',
    ]) {
      const srv = await canned((s) => s.write(head));
      expect(await sendSeq(srv.url, 2), head).toEqual([true, true]);
      expect(srv.connections(), head).toBe(1);
    }
  }, 30_000);
  it('a body with no length runs until the close', async () => {
    const srv = await canned((s) => {
      s.write('HTTP/1.1 200 OK\r\n\r\npart');
      setTimeout(() => s.end(' two'), 5);
    });
    expect(await sendSeq(srv.url, 2, { check: bodyIs('part two') })).toEqual([true, true]);
    expect(srv.connections()).toBe(2);
  });
  it('bytes past a whole answer are a broken server: the connection goes', async () => {
    const srv = await canned((s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxJUNK'));
    expect(await sendSeq(srv.url, 2)).toEqual([true, true]);
    expect(srv.connections()).toBe(2);
  });
  it('so are bytes past a chunked answer or a bodiless one', async () => {
    for (const answer of [
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\nJUNK',
      'HTTP/1.1 204 No\r\n\r\nJUNK',
    ]) {
      const srv = await canned((s) => s.write(answer));
      expect(await sendSeq(srv.url, 2), answer).toEqual([true, true]);
      expect(srv.connections(), answer).toBe(2);
    }
  });
  it('junk after an answer is not read as the head of the next request waiting for it', async () => {
    const srv = await canned((s, n) =>
      s.write(`HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx${n === 0 ? 'JUNK' : ''}`),
    );
    const { send, close } = httpSender(srv.url, 'x', { connections: 1, timeoutMs: 5_000 });
    try {
      expect(await Promise.all([send(), send()])).toEqual([true, true]);
    } finally {
      await close();
    }
    expect(srv.connections()).toBe(2);
  });
  it('bytes on an idle connection end it', async () => {
    let closedFirst!: () => void;
    const firstClosed = new Promise<void>((resolve) => (closedFirst = resolve));
    const srv = await canned((s, n) => {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
      if (n > 0) return;
      s.on('close', () => closedFirst());
      setTimeout(() => s.write('JUNK'), 10);
    });
    const { send, close } = httpSender(srv.url, 'x', { timeoutMs: 5_000 });
    try {
      expect(await send()).toBe(true);
      await firstClosed; // the sender dropped it
      expect(await send()).toBe(true);
    } finally {
      await close();
    }
    expect(srv.connections()).toBe(2);
  });
  it('a check that throws is a failure', async () => {
    const srv = await canned((s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx'));
    expect(
      await sendSeq(srv.url, 1, {
        check: () => {
          throw new Error('no');
        },
      }),
    ).toEqual([false]);
  });
});

describe('httpSender: failures, timeouts and the one retry', () => {
  it('a request a kept-alive connection dropped unanswered is sent once more', async () => {
    let onFirst = 0;
    const srv = await canned((s, _n, conn) => {
      if (conn === 0 && onFirst++ > 0) return s.destroy();
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx');
    });
    expect(await sendSeq(srv.url, 3)).toEqual([true, true, true]);
    expect(srv.connections()).toBe(2);
    expect(srv.requests()).toBe(4);
  });
  it('but not a first request, nor one whose answer had begun, nor twice', async () => {
    const first = await canned((s) => s.destroy());
    expect(await sendSeq(first.url, 1)).toEqual([false]);
    expect(first.requests()).toBe(1);

    const begun = await canned((s, n) => {
      if (n === 0) s.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx');
      else s.end('HTTP/1.1 200 OK\r\nContent-Le');
    });
    expect(await sendSeq(begun.url, 2)).toEqual([true, false]);
    expect(begun.requests()).toBe(2);

    let answered = 0;
    const twice = await canned((s, _n, conn) => {
      if (conn === 0 && answered++ === 0) s.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx');
      else s.destroy();
    });
    expect(await sendSeq(twice.url, 2)).toEqual([true, false]);
    expect(twice.requests()).toBe(3);
  });
  it('a request not answered in time fails, and the next one gets a new connection', async () => {
    const srv = await canned((s, n) => {
      if (n > 0) s.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    });
    // Long enough for a GC pause or a busy core not to fail the second, answered request.
    expect(await sendSeq(srv.url, 2, { timeoutMs: 1_000 })).toEqual([false, true]);
    expect(srv.connections()).toBe(2);
  });
  it('waiting requests time out too, and close() fails what still waits', async () => {
    const srv = await canned(() => {});
    const { send, close } = httpSender(srv.url, 'x', { timeoutMs: 100, connections: 1 });
    const all = Promise.all([send(), send(), send()]);
    expect(await all).toEqual([false, false, false]);
    const late = [send(), send()];
    await close();
    expect(await Promise.all(late)).toEqual([false, false]);
    expect(await send()).toBe(false);
  });
  it('opens at most `connections`, at least one', async () => {
    const srv = await canned((s) =>
      setTimeout(() => s.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'), 5),
    );
    const { send, close } = httpSender(srv.url, 'x', { connections: 0 });
    try {
      expect(await Promise.all(Array.from({ length: 6 }, () => send()))).toEqual(
        Array(6).fill(true),
      );
    } finally {
      await close();
    }
    expect(srv.connections()).toBe(1);
  });
  it('refuses other protocols and bad headers, and sends a Buffer body as is', async () => {
    expect(() => httpSender('ftp://h/x', 'x')).toThrow(TypeError);
    expect(() => httpSender('https://h/x', 'x')).not.toThrow();
    expect(() => httpSender('http://h/x', 'x', { headers: { 'a b': '1' } })).toThrow(TypeError);
    expect(() => httpSender('http://h/x', 'x', { headers: { ' ab': '1' } })).toThrow(TypeError);
    expect(() => httpSender('http://h/x', 'x', { headers: { 'ab ': '1' } })).toThrow(TypeError);
    expect(() => httpSender('http://h/x', 'x', { headers: { a: '1\r\n' } })).toThrow(TypeError);
    let got = '';
    const server = createServer((s) => {
      s.on('data', (d) => {
        got += d.toString('latin1');
        if (got.includes('\r\n\r\n') && got.endsWith('\xe9'))
          s.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const { send, close } = httpSender(`http://127.0.0.1:${port}/a?b=1`, Buffer.from([0xe9]), {
      headers: {
        'X-Name': 'caf\xe9',
        'content-length': '99',
        Connection: 'close',
        'Transfer-Encoding': 'chunked',
      },
    });
    try {
      expect(await send()).toBe(true);
    } finally {
      await close();
    }
    expect(got).toMatch(/^POST \/a\?b=1 HTTP\/1\.1\r\n/);
    expect(got).toContain('\r\nX-Name: caf\xe9\r\n');
    expect(got).toContain('\r\nContent-Length: 1\r\n');
    expect(got.toLowerCase()).not.toContain('connection');
    expect(got.toLowerCase()).not.toContain('transfer-encoding');
    expect(got.toLowerCase().match(/content-length/g)).toHaveLength(1);
  });
});
