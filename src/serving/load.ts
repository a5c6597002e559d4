import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
// The histogram class alone, not the package's index: that one also loads the WebAssembly
// build and its codecs (some 100 kB in the bundle) that a load test does not use. Its module
// is CommonJS with an `exports.default`.
import Int32HistogramModule from 'hdr-histogram-js/dist/Int32Histogram.js';
import type { Finding, SourceLocation } from '../findings.js';
import type { LoadSpec } from '../manifest/types.js';

export type { LoadSpec };

/**
 * The load test: modelgate's own load generator, run against a serving target after its
 * golden samples (issue 14). Two ways to load a server, as wrk and wrk2 (or Fortio's `-c` and
 * `-qps`) do:
 *
 * - closed loop (`concurrency`): that many workers each send a request, wait for its answer
 *   and send the next, for `duration_s`. It finds the rate the server sustains at that
 *   concurrency; a request's latency runs from its send to its answer.
 * - open loop (`rate_rps`): requests are started on a fixed schedule whatever the server
 *   does, and each one's latency runs from the time it was *meant* to be sent. A server (or a
 *   generator) that stalls for 500 ms then shows the 500 ms, 490 ms, … the requests due
 *   during the stall waited, instead of hiding them by sending late and timing from the late
 *   send: no coordinated omission (Gil Tene; wrk2's corrected latency).
 *
 * Both start with `warmup_s` of the same load that is not measured (connections opened, JIT
 * and server caches warm). Latencies of successful requests go into an HDR histogram at
 * microsecond resolution and 3 significant digits; errors are counted, not timed.
 */

/** What a load test measured. Times in milliseconds (to the microsecond), rates per second. */
export interface LoadResult {
  mode: 'closed' | 'open';
  /** The load it was measured under: the closed loop's workers, or the open loop's rate. */
  concurrency?: number;
  rate_rps?: number;
  /** Requests started in the measured window, errors included. */
  requests: number;
  /** Of those, the ones that failed (a non-2xx answer, a bad body, a timeout, no connection,
   * or in open loop one not sent because too many were outstanding). */
  errors: number;
  /** Latency percentiles of the successful requests (0 when none succeeded). */
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Successful requests per measured second. */
  throughput_rps: number;
  /** A batch-mode test (`batch_size` set): rows each request carried. */
  batch_size?: number;
  /** Rows of the successful requests (batch_size × successes). */
  rows?: number;
  /** Rows of the successful requests per measured second. */
  rows_per_s?: number;
  /** The measured window: from the end of the warm-up to the last measured answer. */
  duration_s: number;
  /** Successful requests by latency, for a chart: `count` answered in (previous `le_ms`, `le_ms`]. */
  histogram: { le_ms: number; count: number }[];
}

/** Sends one request: resolves true on success (2xx and a valid body), false on any error.
 * Rejects only on a bug; the load test then stops and rejects with it. */
export type Send = () => Promise<boolean>;

/** The bounds of `serving.slo` a load test is judged by. */
export interface LoadSlo {
  p95_latency_ms?: number;
  p50_latency_ms?: number;
  min_throughput_rps?: number;
  /** Largest share (0..1) of requests that may fail; unset means 0: any error fails. */
  max_error_rate?: number;
  /** Fewest rows per second a batch-mode test must reach (judged only when it counted rows). */
  min_rows_per_s?: number;
}

export interface LoadOptions {
  /** Called about once a second with a line on how far the test is. */
  onProgress?: (message: string) => void;
  /** The clock, in milliseconds (default `performance.now`). */
  now?: () => number;
  /**
   * Waits `ms` on that clock (default a timer). Tests pass a simulated clock's; with a fake
   * `now` and the real timer the schedule would follow the wrong clock.
   */
  sleep?: (ms: number) => Promise<void>;
  /** Stops the test: it then rejects with the signal's reason, without waiting for answers. */
  signal?: AbortSignal;
}

/** At most this many open-loop requests outstanding (and at least 4 s worth, 16 at least);
 * past it a due request is counted as an error instead of held in memory. */
export const MAX_OUTSTANDING = 10_000;
/** How often, in ms, progress is reported. */
const PROGRESS_EVERY_MS = 1_000;
/** The histogram's range in µs: 1 µs to an hour (it grows past that if it must). */
const HIGHEST_US = 3_600_000_000;

// Node and esbuild hand over `module.exports` (the class is its `.default`); vitest's loader
// the class itself.
type HistogramClass = typeof Int32HistogramModule.default;
const Int32Histogram: HistogramClass =
  typeof Int32HistogramModule === 'function'
    ? (Int32HistogramModule as unknown as HistogramClass)
    : Int32HistogramModule.default;
type Histogram = InstanceType<typeof Int32Histogram>;

const defaultSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    if (ms <= 0) setImmediate(resolve);
    else setTimeout(resolve, ms);
  });

/**
 * Runs a load test with `send` as `spec` says: open loop when `rate_rps` is set, otherwise
 * closed loop at `concurrency` (default 1). With `batch_size`, each request carries that many
 * rows and the figures count them too. Resolves with the measured figures; rejects when
 * `send` rejects or the signal aborts.
 */
export async function runLoad(
  send: Send,
  spec: LoadSpec,
  opts: LoadOptions = {},
): Promise<LoadResult> {
  const now = opts.now ?? (() => performance.now());
  const sleep = opts.sleep ?? defaultSleep;
  const signal = opts.signal;
  signal?.throwIfAborted();
  const open = spec.rate_rps !== undefined;
  const rate = spec.rate_rps ?? 0;
  const concurrency = Math.max(1, Math.floor(spec.concurrency ?? 1));
  if (open && !(rate > 0)) throw new RangeError(`rate_rps must be positive, not ${rate}`);
  if (!(spec.duration_s > 0))
    throw new RangeError(`duration_s must be positive, not ${spec.duration_s}`);

  const histogram: Histogram = new Int32Histogram(1, HIGHEST_US, 3);
  histogram.autoResize = true;
  const t0 = now();
  const measureFrom = t0 + Math.max(0, spec.warmup_s) * 1000;
  const end = measureFrom + spec.duration_s * 1000;
  let requests = 0;
  let errors = 0;
  let lastAnswer = measureFrom;
  let failure: { error: unknown } | undefined;
  const stopped = () => failure !== undefined || signal?.aborted === true;

  // One request, timed from `from` (its send in closed loop, its intended send in open loop).
  const record = (from: number, ok: boolean) => {
    if (from < measureFrom) return;
    const at = now();
    requests++;
    if (at > lastAnswer) lastAnswer = at;
    if (!ok) errors++;
    else histogram.recordValue(Math.max(1, Math.round((at - from) * 1000)));
  };

  let nextProgress = t0 + PROGRESS_EVERY_MS;
  const progress = (at: number) => {
    if (!opts.onProgress || at < nextProgress) return;
    nextProgress = at + PROGRESS_EVERY_MS;
    if (at < measureFrom) {
      opts.onProgress(`load: warming up, ${((measureFrom - at) / 1000).toFixed(0)} s to go`);
      return;
    }
    const p95 = histogram.totalCount
      ? ` p95 ${(histogram.getValueAtPercentile(95) / 1000).toFixed(1)} ms,`
      : '';
    opts.onProgress(
      `load: ${((Math.min(at, end) - measureFrom) / 1000).toFixed(0)}/${spec.duration_s} s,${p95} ${requests} requests, ${errors} errors`,
    );
  };

  const fail = (error: unknown) => {
    failure ??= { error };
  };

  if (!open) {
    const worker = async () => {
      while (!stopped()) {
        const from = now();
        if (from >= end) return;
        progress(from);
        let ok: boolean;
        try {
          ok = await send();
        } catch (error) {
          fail(error);
          return;
        }
        record(from, ok);
      }
    };
    await abortable(Promise.all(Array.from({ length: concurrency }, worker)), signal);
  } else {
    const interval = 1000 / rate;
    const maxOutstanding = Math.min(MAX_OUTSTANDING, Math.max(16, Math.ceil(4 * rate)));
    let outstanding = 0;
    let drained: (() => void) | undefined;
    const settle = (intended: number, ok: boolean) => {
      outstanding--;
      record(intended, ok);
      if (outstanding === 0) drained?.();
    };
    const bug = (error: unknown) => {
      outstanding--;
      fail(error);
      if (outstanding === 0) drained?.();
    };
    // The i-th request is due at t0 + i × interval. Every pass starts all that are due by now,
    // each timed from its own due time, then sleeps until the next is due: a pass that comes
    // late (a busy event loop, a stalled send) catches up instead of shifting the schedule.
    let i = 0;
    while (!stopped()) {
      const at = now();
      progress(at);
      for (let due = t0 + i * interval; due <= at && due < end; due = t0 + ++i * interval) {
        if (outstanding >= maxOutstanding) {
          record(due, false);
          continue;
        }
        outstanding++;
        let p: Promise<boolean>;
        try {
          p = send();
        } catch (error) {
          bug(error);
          break;
        }
        const intended = due;
        p.then(
          (ok) => settle(intended, ok),
          (error: unknown) => bug(error),
        );
        if (stopped()) break;
      }
      const next = t0 + i * interval;
      if (next >= end) break;
      await abortable(sleep(next - now()), signal);
    }
    if (outstanding > 0 && !stopped())
      await abortable(new Promise<void>((resolve) => (drained = resolve)), signal);
  }
  if (failure) throw failure.error;
  signal?.throwIfAborted();

  const duration_s = (Math.max(end, lastAnswer) - measureFrom) / 1000;
  const ok = requests - errors;
  const ms = (us: number) => Math.round(us) / 1000;
  const has = histogram.totalCount > 0;
  return {
    mode: open ? 'open' : 'closed',
    ...(open ? { rate_rps: rate } : { concurrency }),
    requests,
    errors,
    p50_ms: has ? ms(histogram.getValueAtPercentile(50)) : 0,
    p95_ms: has ? ms(histogram.getValueAtPercentile(95)) : 0,
    p99_ms: has ? ms(histogram.getValueAtPercentile(99)) : 0,
    max_ms: has ? ms(histogram.maxValue) : 0,
    throughput_rps: Math.round((ok / duration_s) * 10) / 10,
    ...(spec.batch_size === undefined
      ? {}
      : {
          batch_size: spec.batch_size,
          rows: ok * spec.batch_size,
          rows_per_s: Math.round(((ok * spec.batch_size) / duration_s) * 10) / 10,
        }),
    duration_s: Math.round(duration_s * 1000) / 1000,
    histogram: has ? buckets(histogram) : [],
  };
}

/** Resolves or rejects with `p`, or rejects with the signal's reason as soon as it aborts. */
function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** How many buckets a chart gets at most. */
const BUCKETS = 16;

/**
 * Log-spaced buckets from the fastest to the slowest answer, each edge rounded to two
 * significant digits (a chart's labels), the last one the slowest answer itself.
 */
function buckets(h: Histogram): { le_ms: number; count: number }[] {
  const lo = Math.max(1, h.minNonZeroValue);
  const hi = Math.max(lo, h.maxValue);
  const edges: number[] = [];
  const ratio = hi / lo;
  const n = ratio <= 1 ? 1 : Math.min(BUCKETS, Math.max(8, Math.ceil(Math.log10(ratio) * 6)));
  for (let k = 1; k <= n; k++) {
    const us = k === n ? hi : round2(lo * ratio ** (k / n));
    if (edges.length === 0 || us > edges[edges.length - 1]!) edges.push(us);
  }
  const counts = new Array<number>(edges.length).fill(0);
  let b = 0;
  for (let i = 0; i < h.countsArrayLength; i++) {
    const c = h.getCountAtIndex(i);
    if (c === 0) continue;
    // The value HDR stands for at this index; values equivalent to `hi` land in the last bucket.
    const v = h.valueFromIndex(i);
    while (b < edges.length - 1 && v > edges[b]!) b++;
    counts[b]! += c;
  }
  return edges.map((us, k) => ({ le_ms: us / 1000, count: counts[k]! }));
}

/** Rounds µs to two significant digits (and to whole µs). */
function round2(us: number): number {
  if (us < 10) return Math.round(us);
  const p = 10 ** (Math.floor(Math.log10(us)) - 1);
  return Math.round(us / p) * p;
}

/** `81.2 ms`, `4.05 ms`, `1.20 s`: three significant digits, as the findings print them. */
function ms(v: number): string {
  if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ms`;
}

function num(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(3)));
}

function percent(share: number): string {
  return `${num(share * 100)} %`;
}

/**
 * Judges a load test against `serving.slo`: one error finding for each bound breached, each
 * with the measured figure, the bound and the load it was measured under. An error rate above
 * `max_error_rate` fails, and an unset `max_error_rate` means 0: any error fails. No
 * successful request at all is always a finding (`load-no-success`), and then the only one,
 * since there is no latency or rate to judge.
 */
export function judgeLoad(
  result: LoadResult,
  slo: LoadSlo,
  where: { target: string; location?: SourceLocation },
): Finding[] {
  const seconds = `for ${num(result.duration_s)} s`;
  const batches = result.batch_size === undefined ? '' : ` in batches of ${result.batch_size} rows`;
  const under =
    result.mode === 'open'
      ? `at ${result.rate_rps === undefined ? 'a fixed rate' : `${num(result.rate_rps)} requests/s`}${batches} ${seconds}`
      : `under ${result.concurrency === undefined ? 'closed-loop load' : `${result.concurrency} concurrent connection${result.concurrency === 1 ? '' : 's'}`}${batches} ${seconds}`;
  const findings: Finding[] = [];
  const add = (rule: string, message: string) =>
    findings.push({
      severity: 'error',
      rule,
      message: `${where.target}: ${message} ${under}`,
      ...(where.location ? { location: where.location } : {}),
    });
  const ok = result.requests - result.errors;
  if (ok <= 0) {
    add(
      'load-no-success',
      result.requests === 0
        ? 'no request was sent and answered inside the measured window'
        : `none of ${result.requests} requests of the load test succeeded`,
    );
    return findings;
  }
  if (slo.p95_latency_ms !== undefined && result.p95_ms > slo.p95_latency_ms)
    add(
      'load-p95',
      `p95 latency ${ms(result.p95_ms)} over serving.slo.p95_latency_ms ${num(slo.p95_latency_ms)}`,
    );
  if (slo.p50_latency_ms !== undefined && result.p50_ms > slo.p50_latency_ms)
    add(
      'load-p50',
      `p50 latency ${ms(result.p50_ms)} over serving.slo.p50_latency_ms ${num(slo.p50_latency_ms)}`,
    );
  if (slo.min_throughput_rps !== undefined && result.throughput_rps < slo.min_throughput_rps)
    add(
      'load-throughput',
      `throughput ${num(result.throughput_rps)} requests/s under serving.slo.min_throughput_rps ${num(slo.min_throughput_rps)}`,
    );
  if (
    slo.min_rows_per_s !== undefined &&
    result.rows_per_s !== undefined &&
    result.rows_per_s < slo.min_rows_per_s
  )
    add(
      'load-rows-throughput',
      `${num(result.rows_per_s)} rows/s under serving.slo.min_rows_per_s ${num(slo.min_rows_per_s)}`,
    );
  const maxErrorRate = slo.max_error_rate ?? 0;
  const errorRate = result.errors / result.requests;
  if (errorRate > maxErrorRate)
    add(
      'load-error-rate',
      `${result.errors} of ${result.requests} requests failed (${percent(errorRate)}), over ${
        slo.max_error_rate === undefined
          ? 'none allowed (serving.slo.max_error_rate unset)'
          : `serving.slo.max_error_rate ${num(maxErrorRate)}`
      }`,
    );
  return findings;
}

/** Options of httpSender. */
export interface HttpSenderOptions {
  /** Request headers; `content-type` defaults to `application/json`. */
  headers?: Record<string, string>;
  /**
   * A request not answered in full within this many ms of its send is an error (default
   * 30 000). Deadlines are checked a tenth of that apart (10 ms to 1 s), so one may run over
   * by that much.
   */
  timeoutMs?: number;
  /** Whether an answer is a success (default: a 2xx status). Given, the body is read whole. */
  check?: (status: number, body: Buffer) => boolean;
  /** Keep-alive connections at most (default 8); more requests at once wait for one. */
  connections?: number;
}

/** A response head longer than this is refused (as node:http refuses one over 16 kB). */
const MAX_HEAD = 64 * 1024;
/**
 * The largest answer the load test reads to check: larger ones count as errors. Bounds what a
 * connection holds (batch mode's answers grow with batch_size), 64 MiB each at the most.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
/** Each plain connection's read buffer. */
const READ_BUFFER = 64 * 1024;
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

interface Job {
  resolve: (ok: boolean) => void;
  deadline: number;
  /** Sent once already on a kept-alive connection that closed before answering. */
  retried: boolean;
}

const enum Phase {
  Head,
  Length,
  ChunkSize,
  ChunkData,
  ChunkEnd,
  Trailer,
  UntilClose,
}

/**
 * A Send that POSTs `body` to `url` (http or https) over at most `connections` keep-alive
 * HTTP/1.1 connections, one request at a time on each (no pipelining), as wrk does. The
 * request's bytes are built once; a response is read by a small HTTP/1.1 parser (RFC 9112:
 * status line, Content-Length or chunked body, `Connection: close`, 1xx interim answers),
 * so that the generator costs a few µs a request instead of node:http's tens, and does not
 * become the bottleneck it measures. A request waiting for a free connection is timed from
 * its send, as a server with fewer connections than the load sees it. A request that a
 * kept-alive connection dropped before any byte of its answer (the server closed it as
 * idle) is sent once more on a new one; any other failure (a failed check, a timeout, a
 * refused or reset connection, a malformed answer) resolves false. Never rejects.
 * `close()` ends the connections and fails the requests still waiting.
 */
export function httpSender(
  url: string,
  body: string | Buffer,
  opts: HttpSenderOptions = {},
): { send: Send; close(): Promise<void> } {
  const target = new URL(url);
  const https = target.protocol === 'https:';
  if (!https && target.protocol !== 'http:')
    throw new TypeError(`the load test speaks http and https, not ${target.protocol} (${url})`);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || (https ? 443 : 80));
  const maxConnections = Math.max(1, Math.floor(opts.connections ?? 8));
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const check = opts.check;
  const payload = typeof body === 'string' ? Buffer.from(body) : body;

  const headers = new Map<string, [string, string]>();
  const set = (name: string, value: string) => {
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) || /[\r\n\0]/.test(value))
      throw new TypeError(
        `not a valid HTTP header: ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
      );
    headers.set(name.toLowerCase(), [name, value]);
  };
  set('Host', target.host);
  set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(opts.headers ?? {})) set(name, value);
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  headers.delete('connection');
  set('Content-Length', String(payload.length));
  const head = `POST ${target.pathname}${target.search} HTTP/1.1\r\n${[...headers.values()]
    .map(([n, v]) => `${n}: ${v}\r\n`)
    .join('')}\r\n`;
  // Built once: every request writes these same bytes.
  const requestBytes = Buffer.concat([Buffer.from(head, 'latin1'), payload]);

  const all = new Set<Connection>();
  const idle: Connection[] = [];
  const waiting: Job[] = [];
  let waitingFrom = 0;
  let closed = false;
  let sweeper: NodeJS.Timeout | undefined;

  const finish = (job: Job, ok: boolean) => job.resolve(ok);

  /** Gives the next waiting request a connection: an idle one, else a new one if allowed. */
  const dispatch = () => {
    while (waitingFrom < waiting.length) {
      const conn = idle.pop() ?? (all.size < maxConnections ? new Connection() : undefined);
      if (!conn) return;
      conn.start(waiting[waitingFrom++]!);
    }
    waiting.length = 0;
    waitingFrom = 0;
  };

  class Connection {
    readonly socket: Socket;
    job: Job | undefined;
    /** Answers read whole on this connection. */
    served = 0;
    /** Bytes of the current answer read so far. */
    got = 0;
    phase = Phase.Head;
    rest: Buffer | undefined;
    status = 0;
    remaining = 0;
    keepAlive = true;
    chunks: Buffer[] = [];
    /** Bytes of the answer kept for the check so far. */
    kept = 0;
    dead = false;
    errored = false;
    /** Whether the buffer being read is the connection's own, overwritten by the next read. */
    reused = false;

    constructor() {
      const readBuffer = Buffer.allocUnsafe(READ_BUFFER);
      this.socket = https
        ? tlsConnect({ host, port, servername: /^[\d.]+$|:/.test(host) ? undefined : host })
        : // Plain TCP reads into one buffer of the connection's, with no stream in between: what
          // the parser keeps of it (a split head, a body for the check) it copies.
          netConnect({
            host,
            port,
            onread: {
              buffer: readBuffer,
              callback: (n: number) => {
                this.read(readBuffer.subarray(0, n), true);
                return true;
              },
            },
          });
      this.socket.setNoDelay(true);
      if (https) this.socket.on('data', (d: Buffer) => this.read(d, false));
      this.socket.on('error', () => {
        this.errored = true;
        this.die();
      });
      this.socket.on('close', () => this.die());
      all.add(this);
    }

    start(job: Job) {
      this.job = job;
      this.got = 0;
      this.socket.write(requestBytes);
    }

    /** The socket is gone: the answer read until the close is whole, any other is not. */
    die() {
      if (this.dead) return;
      this.dead = true;
      all.delete(this);
      const at = idle.indexOf(this);
      if (at >= 0) idle.splice(at, 1);
      const job = this.job;
      this.job = undefined;
      if (job && this.phase === Phase.UntilClose && !this.errored) this.complete(job);
      else if (job && this.got === 0 && this.served > 0 && !job.retried && !closed) {
        job.retried = true;
        waiting.splice(waitingFrom, 0, job);
      } else if (job) finish(job, false);
      this.socket.destroy();
      if (!closed) dispatch();
    }

    /** Fails the request in progress (its deadline passed) and drops the connection. */
    abandon() {
      const job = this.job;
      this.job = undefined;
      if (job) finish(job, false);
      this.die();
    }

    complete(job: Job) {
      let ok: boolean;
      if (!check) ok = this.status >= 200 && this.status < 300;
      else if (this.kept > MAX_ANSWER_BYTES) ok = false;
      else {
        try {
          const c = this.chunks;
          ok = check(this.status, c.length === 1 ? c[0]! : Buffer.concat(c));
        } catch {
          ok = false; // a body the check cannot read is not a valid one
        }
      }
      this.chunks = [];
      this.kept = 0;
      this.phase = Phase.Head;
      this.served++;
      finish(job, ok);
    }

    /** One answer is read whole: the connection takes the next request, or goes. */
    next() {
      const job = this.job!;
      this.job = undefined;
      const keep = this.keepAlive;
      this.complete(job);
      if (!keep) return this.die();
      if (closed) return;
      if (waitingFrom < waiting.length) this.start(waiting[waitingFrom++]!);
      else idle.push(this);
    }

    body(buf: Buffer, at: number, n: number) {
      if (!check) return;
      this.kept += n;
      // An answer past the bound is failed unread: a batch of a million rows answered by every
      // connection at once would otherwise hold gigabytes for the check.
      if (this.kept > MAX_ANSWER_BYTES) this.chunks = [];
      else this.chunks.push(this.keep(buf.subarray(at, at + n)));
    }

    /** What the parser keeps past this read: a copy when the read buffer is reused. */
    keep(b: Buffer): Buffer {
      return this.reused ? Buffer.from(b) : b;
    }

    read(d: Buffer, reused: boolean) {
      this.reused = reused;
      if (this.dead) return;
      this.got += d.length;
      let buf = d;
      if (this.rest) {
        buf = Buffer.concat([this.rest, d]);
        this.reused = false;
        this.rest = undefined;
      }
      let at = 0;
      while (at < buf.length) {
        // Bytes no request asked for (after a whole answer, before the next request was
        // sent): the server does not speak HTTP/1.1 as it should.
        if (!this.job) return this.die();
        switch (this.phase) {
          case Phase.Head: {
            const end = buf.indexOf(HEAD_END, at);
            if (end < 0) {
              if (buf.length - at > MAX_HEAD) return this.abandon();
              this.rest = this.keep(buf.subarray(at));
              return;
            }
            const ok = this.head(buf.toString('latin1', at, end));
            at = end + 4;
            if (!ok) return this.abandon();
            if (this.phase === Phase.Head && this.status >= 200) {
              this.next(); // no body
              if (at < buf.length) return this.die();
            }
            break;
          }
          case Phase.Length:
          case Phase.ChunkData: {
            const n = Math.min(this.remaining, buf.length - at);
            this.body(buf, at, n);
            this.remaining -= n;
            at += n;
            if (this.remaining > 0) break;
            if (this.phase === Phase.ChunkData) {
              this.phase = Phase.ChunkEnd;
              break;
            }
            this.next();
            if (at < buf.length) return this.die();
            break;
          }
          case Phase.ChunkSize: {
            const eol = buf.indexOf(CRLF, at);
            if (eol < 0) {
              if (buf.length - at > MAX_HEAD) return this.abandon();
              this.rest = this.keep(buf.subarray(at));
              return;
            }
            const size = /^([0-9A-Fa-f]{1,12})[ \t]*(;.*)?$/.exec(buf.toString('latin1', at, eol));
            at = eol + 2;
            if (!size) return this.abandon();
            this.remaining = parseInt(size[1]!, 16);
            this.phase = this.remaining === 0 ? Phase.Trailer : Phase.ChunkData;
            break;
          }
          case Phase.ChunkEnd: {
            if (buf.length - at < 2) {
              this.rest = this.keep(buf.subarray(at));
              return;
            }
            if (buf[at] !== 13 || buf[at + 1] !== 10) return this.abandon();
            at += 2;
            this.phase = Phase.ChunkSize;
            break;
          }
          case Phase.Trailer: {
            const eol = buf.indexOf(CRLF, at);
            if (eol < 0) {
              if (buf.length - at > MAX_HEAD) return this.abandon();
              this.rest = this.keep(buf.subarray(at));
              return;
            }
            const empty = eol === at;
            at = eol + 2;
            if (!empty) break;
            this.next();
            if (at < buf.length) return this.die();
            break;
          }
          case Phase.UntilClose:
            this.body(buf, at, buf.length - at);
            at = buf.length;
            break;
        }
      }
    }

    /** Reads a response head; false if it is not one. Sets the phase its body is read in. */
    head(text: string): boolean {
      // The status line: HTTP/1.x, a space, three digits, then a space or nothing.
      const eol0 = text.indexOf('\r\n');
      const first = eol0 < 0 ? text : text.slice(0, eol0);
      if (
        !first.startsWith('HTTP/1.') ||
        first[8] !== ' ' ||
        (first.length > 12 && first[12] !== ' ')
      )
        return false;
      const minor = first[7];
      const code = first.slice(9, 12);
      if ((minor !== '0' && minor !== '1') || !/^[1-5]\d\d$/.test(code)) return false;
      this.status = Number(code);
      // An interim answer (100 Continue, 103 Early Hints): the real one follows.
      if (this.status < 200) {
        if (this.status === 101) return false;
        this.phase = Phase.Head;
        return true;
      }
      let length: number | undefined;
      let chunked = false;
      let connection = '';
      // Header lines; only three names matter, told apart by their length before any copy.
      for (let at = eol0; at >= 0;) {
        const start = at + 2;
        const eol = text.indexOf('\r\n', start);
        const end = eol < 0 ? text.length : eol;
        at = eol;
        const colon = text.indexOf(':', start);
        // No name, or a space before the colon (RFC 9112 §5.1 says to refuse it).
        if (colon <= start || colon > end || text.charCodeAt(colon - 1) <= 32) return false;
        const n = colon - start;
        if (n !== 10 && n !== 14 && n !== 17) continue;
        const name = text.slice(start, colon).toLowerCase();
        const value = text.slice(colon + 1, end).trim();
        if (name === 'content-length') {
          if (!/^\d+$/.test(value) || (length !== undefined && length !== Number(value)))
            return false;
          length = Number(value);
        } else if (name === 'transfer-encoding') chunked = /(^|,)\s*chunked\s*$/i.test(value);
        else if (name === 'connection') connection += `,${value.toLowerCase()}`;
      }
      const close = /(^|,)\s*close\s*(,|$)/.test(connection);
      this.keepAlive =
        minor === '1' ? !close : /(^|,)\s*keep-alive\s*(,|$)/.test(connection) && !close;
      if (this.status === 204 || this.status === 304) this.phase = Phase.Head;
      else if (chunked) this.phase = Phase.ChunkSize;
      else if (length !== undefined) {
        this.remaining = length;
        this.phase = length === 0 ? Phase.Head : Phase.Length;
      } else {
        this.phase = Phase.UntilClose;
        this.keepAlive = false;
      }
      return true;
    }
  }

  // Deadlines are swept, not timed one by one: no timer per request.
  const sweepEvery = Math.min(1000, Math.max(10, timeoutMs / 10));
  const sweep = () => {
    const t = performance.now();
    for (const conn of [...all]) if (conn.job && conn.job.deadline <= t) conn.abandon();
    while (waitingFrom < waiting.length && waiting[waitingFrom]!.deadline <= t)
      finish(waiting[waitingFrom++]!, false);
    if (waitingFrom === waiting.length) {
      waiting.length = 0;
      waitingFrom = 0;
    }
  };

  const send: Send = () =>
    new Promise<boolean>((resolve) => {
      if (closed) return resolve(false);
      if (!sweeper) {
        sweeper = setInterval(sweep, sweepEvery);
        sweeper.unref();
      }
      const job: Job = { resolve, deadline: performance.now() + timeoutMs, retried: false };
      const conn =
        waitingFrom < waiting.length
          ? undefined
          : (idle.pop() ?? (all.size < maxConnections ? new Connection() : undefined));
      if (conn) conn.start(job);
      else waiting.push(job);
    });

  return {
    send,
    close: async () => {
      closed = true;
      clearInterval(sweeper);
      for (const job of waiting.splice(waitingFrom)) finish(job, false);
      waiting.length = 0;
      waitingFrom = 0;
      for (const conn of [...all]) conn.abandon();
    },
  };
}
