import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { describe } from 'vitest';

/**
 * A real Prometheus (Debian's `prometheus` package) for the analysis tests, scraping exporters
 * served by the test itself whose series the test controls, one profile per model version.
 *
 *   const prom = await startPrometheus({
 *     historyS: 30,
 *     targets: { serving: { versions: { '1.0.0': HEALTHY, '1.1.0': SLOWER } } },
 *   });
 *   prom.url;                                 // http://127.0.0.1:PORT
 *   prom.target('serving').set('1.2.0', ERRORS);
 *   await prom.target('serving').vanish('closed');
 *   await prom.stop();                        // in afterAll; safe to call twice
 *
 * `historyS` seconds of past samples are backfilled (promtool) before Prometheus starts, so a
 * range query over the last `historyS` seconds at a 1 s step has about `historyS` points at
 * once; after that the exporters are scraped live every second and continue the same series.
 */

const run = promisify(execFile);

/** The series' exposition, as a real model server's client library would export them. */
export const DURATION = 'model_request_duration_seconds';
export const REQUESTS = 'model_requests_total';

/** How one version serves. Every second it answers `rps` requests, drawn from the seeded RNG. */
export interface Profile {
  rps: number;
  /** Multiplies every latency: 1 is the baseline's distribution, 1.3 is 30 % slower. */
  latencyScale: number;
  /** The share of requests answered with code 500. */
  errorRate: number;
}

export const HEALTHY: Profile = { rps: 50, latencyScale: 1, errorRate: 0.01 };
export const SLOWER: Profile = { ...HEALTHY, latencyScale: 1.3 };
export const ERRORS: Profile = { ...HEALTHY, errorRate: 0.2 };

/**
 * Latencies are log-normal around 100 ms. Buckets every 25 ms up to 500 ms put several buckets
 * across the body of the distribution, so that histogram_quantile over a few seconds moves
 * with the data instead of sticking to one bucket's bounds.
 */
const MEDIAN_S = 0.1;
const SIGMA = 0.35;
const BUCKETS = [...Array.from({ length: 20 }, (_, i) => (i + 1) * 25), 750, 1000, 2500].map(
  (ms) => ms / 1000,
);
const CODES = ['200', '500'] as const;

/** How long Prometheus takes to start, answer ready and scrape every target once. */
const READY_MS = 30_000;
/** A Prometheus outlives a test run killed outright (no afterAll, no exit handler) this long. */
const LIFETIME_S = 3600;

/** Process groups (`timeout` and its prometheus) and folders this process has not cleaned yet. */
const live = new Map<ChildProcess, string>();
function killLive(): void {
  for (const [child, dir] of live) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
    rmSync(dir, { recursive: true, force: true });
  }
  live.clear();
}
process.on('exit', killLive);
// A signal ends the process without 'exit': kill, then die of the signal as it would have.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killLive();
    process.kill(process.pid, signal);
  });
}

/** Why Prometheus cannot run here, or undefined when it can. */
function unavailable(): string | undefined {
  for (const tool of ['prometheus', 'promtool']) {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed (apt-get install prometheus)`;
    }
  }
  return undefined;
}

/**
 * A describe block for tests that need a real Prometheus: skipped with the reason on a
 * developer machine without it, failing in CI (CI=true), where a green run must mean it ran.
 */
export function describePrometheus(name: string, body: () => void): void {
  const why = unavailable();
  if (why === undefined) describe(name, body);
  else if (process.env.CI === 'true')
    describe(name, () => {
      throw new Error(`${name} needs Prometheus in CI: ${why}`);
    });
  else describe.skip(`${name} (skipped: ${why})`, body);
}

/** mulberry32: small, fast, and the same numbers on every machine for the same seed. */
function seeded(seed: string): () => number {
  let a = 2166136261;
  for (const ch of seed) a = Math.imul(a ^ ch.charCodeAt(0), 16777619); // FNV-1a of the seed
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One version's cumulative counters, as the model server would hold them. */
interface Counters {
  /** Cumulative per bucket of BUCKETS; the +Inf bucket is `count`. */
  buckets: number[];
  sum: number;
  count: number;
  codes: Record<(typeof CODES)[number], number>;
}

/** A version's simulated traffic: one second of requests at a time, from its own RNG stream. */
class Version {
  readonly counters: Counters = {
    buckets: BUCKETS.map(() => 0),
    sum: 0,
    count: 0,
    codes: { '200': 0, '500': 0 },
  };
  constructor(
    public profile: Profile,
    private readonly random: () => number,
    /** The second the counters stand at: every earlier second's requests are in them. */
    public second: number,
  ) {}

  advanceTo(second: number): void {
    for (; this.second < second; this.second++) {
      const { rps, latencyScale, errorRate } = this.profile;
      for (let i = 0; i < rps; i++) {
        // Box-Muller: a standard normal from two uniforms (1 - u keeps the log finite).
        const z =
          Math.sqrt(-2 * Math.log(1 - this.random())) * Math.cos(2 * Math.PI * this.random());
        const latency = MEDIAN_S * Math.exp(SIGMA * z) * latencyScale;
        const c = this.counters;
        BUCKETS.forEach((le, b) => {
          if (latency <= le) c.buckets[b]!++;
        });
        c.sum += latency;
        c.count++;
        c.codes[this.random() < errorRate ? '500' : '200']++;
      }
    }
  }

  snapshot(): Counters {
    return structuredClone(this.counters);
  }
}

/** A scrape target's answer when it vanishes: 404, a connection never answered, or none. */
export type Vanish = 'not-found' | 'silent' | 'closed';

export interface Exporter {
  /** `127.0.0.1:PORT`: the `instance` label of its series. */
  readonly target: string;
  /**
   * Gives `version` this profile from the next second on; a new version starts its series at
   * zero, `undefined` removes them (Prometheus marks them stale at its next scrape).
   */
  set(version: string, profile: Profile | undefined): void;
  /** The whole target disappears: its scrapes fail from now on and `up` turns 0. */
  vanish(how: Vanish): Promise<void>;
}

export interface TargetOptions {
  /** The `model` label. Default `iris`. */
  model?: string;
  /** Seeds every version's RNG stream (with its version): the same seed, the same series. */
  seed?: number;
  versions: Record<string, Profile>;
}

const nowSecond = () => Math.floor(Date.now() / 1000);

/** Labels as they appear in the exposition: `k="v",…`. Values here never need escaping. */
const labelText = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');

interface Row {
  labels: Record<string, string>;
  counters: Counters;
  /** Unix seconds, for the backfill; a scrape's samples carry none. */
  at?: number;
}

/**
 * The histogram and the counter in the text exposition format (a scrape) or in OpenMetrics
 * (promtool's backfill input, which needs timestamps, the counter family named without
 * `_total`, and `# EOF`).
 */
function exposition(rows: Row[], format: 'text' | 'openmetrics'): string {
  const om = format === 'openmetrics';
  const out = [`# TYPE ${DURATION} histogram`];
  const stamp = (at?: number) => (at === undefined ? '' : ` ${at}`);
  for (const { labels, counters: c, at } of rows) {
    const ts = stamp(at);
    const l = labelText(labels);
    BUCKETS.forEach((le, b) =>
      out.push(`${DURATION}_bucket{${l},le="${le}"} ${c.buckets[b]}${ts}`),
    );
    out.push(`${DURATION}_bucket{${l},le="+Inf"} ${c.count}${ts}`);
    out.push(`${DURATION}_count{${l}} ${c.count}${ts}`, `${DURATION}_sum{${l}} ${c.sum}${ts}`);
  }
  out.push(`# TYPE ${om ? REQUESTS.replace(/_total$/, '') : REQUESTS} counter`);
  for (const { labels, counters: c, at } of rows)
    for (const code of CODES)
      out.push(`${REQUESTS}{${labelText({ ...labels, code })}} ${c.codes[code]}${stamp(at)}`);
  if (om) out.push('# EOF');
  return out.join('\n') + '\n';
}

/** A node:http exporter on loopback; `startPrometheus` makes them. */
class TestExporter implements Exporter {
  private readonly versions = new Map<string, Version>();
  private answer: 'metrics' | Vanish = 'metrics';
  private readonly waiting = new Set<ServerResponse>();
  private readonly model: string;
  private readonly seed: number;
  target = '';

  private constructor(
    private readonly job: string,
    options: TargetOptions,
    firstSecond: number,
    private readonly server: Server,
  ) {
    this.model = options.model ?? 'iris';
    this.seed = options.seed ?? 1;
    for (const [version, profile] of Object.entries(options.versions))
      this.versions.set(version, this.newVersion(version, profile, firstSecond));
  }

  static async start(job: string, options: TargetOptions, firstSecond: number) {
    const server = createServer();
    const exporter = new TestExporter(job, options, firstSecond, server);
    server.on('request', (req, res) => exporter.handle(req.url ?? '', res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    exporter.target = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    return exporter;
  }

  private newVersion(version: string, profile: Profile, second: number): Version {
    return new Version(profile, seeded(`${this.seed}/${version}`), second);
  }

  private labels(version: string): Record<string, string> {
    return { model: this.model, version };
  }

  set(version: string, profile: Profile | undefined): void {
    const known = this.versions.get(version);
    if (!profile) this.versions.delete(version);
    else if (known) {
      known.advanceTo(nowSecond());
      known.profile = profile;
    } else this.versions.set(version, this.newVersion(version, profile, nowSecond()));
  }

  async vanish(how: Vanish): Promise<void> {
    this.answer = how;
    if (how === 'closed') await this.close();
  }

  /**
   * Every second's counters from the first up to `until`, for the backfill, labelled as
   * Prometheus labels what it scrapes (`job`, `instance`): the live scrapes then continue the
   * same series instead of starting new ones.
   */
  history(until: number): Row[] {
    const rows: Row[] = [];
    for (const [version, v] of this.versions)
      for (let at = v.second; at <= until; at++) {
        v.advanceTo(at);
        rows.push({
          labels: { job: this.job, instance: this.target, ...this.labels(version) },
          counters: v.snapshot(),
          at,
        });
      }
    return rows;
  }

  private handle(url: string, res: ServerResponse): void {
    if (this.answer === 'silent') return void this.waiting.add(res);
    if (this.answer === 'not-found' || url !== '/metrics')
      return void res.writeHead(404).end('not found\n');
    // Counters follow the wall clock, not the number of scrapes: a second scraper or a retry
    // sees the same series.
    const now = nowSecond();
    const rows = [...this.versions].map(([version, v]) => {
      v.advanceTo(now);
      return { labels: this.labels(version), counters: v.counters };
    });
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(exposition(rows, 'text'));
  }

  close(): Promise<void> {
    for (const res of this.waiting) res.destroy();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface Prometheus {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** The exporter scraped as job `name`. */
  target(name: string): Exporter;
  /**
   * Polls an instant query until `ok` holds of its values (one per series): what a test waits
   * on (`up`, staleness). Throws after `timeoutMs`.
   */
  waitFor(query: string, ok: (values: number[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Stops Prometheus only, mid-test: its API refuses connections from then on. */
  stopServer(): Promise<void>;
  /** Stops everything and removes the storage. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts Prometheus on a free loopback port with a temporary storage and a 1 s scrape and
 * evaluation interval, scraping one exporter per target, after backfilling `historyS` seconds
 * (default 30) of their series. Resolves when Prometheus is ready and has scraped every target
 * once (`up == 1`).
 */
export async function startPrometheus(opts: {
  targets: Record<string, TargetOptions>;
  historyS?: number;
}): Promise<Prometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-prometheus-'));
  const until = nowSecond();
  const first = until - (opts.historyS ?? 30);
  const exporters = new Map<string, TestExporter>();
  let child: ChildProcess | undefined;
  let stopped: Promise<void> | undefined;
  const stopServer = () => {
    stopped ??= child ? killGroup(child) : Promise.resolve();
    return stopped;
  };
  const stop = async () => {
    await stopServer();
    await Promise.all([...exporters.values()].map((e) => e.close().catch(() => undefined)));
    if (child) live.delete(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const [job, target] of Object.entries(opts.targets))
      exporters.set(job, await TestExporter.start(job, target, first));
    const rows = [...exporters.values()].flatMap((e) => e.history(until));
    if (rows.length > 0 && first < until) {
      writeFileSync(join(dir, 'history.om'), exposition(rows, 'openmetrics'));
      await run(
        'promtool',
        ['tsdb', 'create-blocks-from', 'openmetrics', join(dir, 'history.om'), join(dir, 'data')],
        { timeout: READY_MS },
      );
    }
    writeFileSync(join(dir, 'prometheus.yml'), config(exporters));
    child = spawn(
      'timeout',
      [
        String(LIFETIME_S),
        'prometheus',
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        // Port 0: the kernel picks a free one, and Prometheus logs which (no race for a port).
        '--web.listen-address=127.0.0.1:0',
      ],
      // Its own process group, so that stop() ends `timeout` and prometheus together.
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    live.set(child, dir);
    const url = await listening(child);
    const prom: Prometheus = {
      url,
      target(name) {
        const e = exporters.get(name);
        if (!e) throw new Error(`no target ${name} (targets: ${[...exporters.keys()].join(', ')})`);
        return e;
      },
      waitFor: (query, ok, timeoutMs = 20_000) => waitFor(url, query, ok, timeoutMs),
      stopServer,
      stop,
    };
    const ready = async () =>
      (await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(5000) })).ok;
    await poll(`${url}/-/ready`, ready, READY_MS);
    await waitFor(url, 'up == 1', (v) => v.length === exporters.size, READY_MS);
    return prom;
  } catch (err) {
    await stop();
    throw err;
  }
}

function config(exporters: Map<string, TestExporter>): string {
  // scrape_timeout may not exceed the interval (its 10 s default would be refused).
  const jobs = [...exporters].map(
    ([job, e]) => `  - job_name: ${job}\n    static_configs: [{ targets: ['${e.target}'] }]\n`,
  );
  return (
    'global: { scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s }\n' +
    `scrape_configs:\n${jobs.join('')}`
  );
}

/**
 * Prometheus's address, from its log line `msg="Listening on" address=127.0.0.1:PORT`; throws
 * with the end of its log when it exits or stays silent first.
 */
function listening(child: ChildProcess): Promise<string> {
  let log = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`prometheus ${why}; the end of its log:\n${log.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`did not listen within ${READY_MS} ms`), READY_MS);
    child.stderr!.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-8000);
      const m = /msg="Listening on" address=(\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(`http://${m[1]}`);
      }
    });
    child.once('exit', (code, signal) => fail(`exited (${signal ?? code}) before listening`));
    child.once('error', (err) => fail(`could not be started: ${err.message}`));
  });
}

/** SIGTERM to the group, SIGKILL when it has not exited 5 s later: never a hang, never a leak. */
async function killGroup(child: ChildProcess): Promise<void> {
  // No pid: it never started. An exit code or signal: it has already ended.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // The group is gone.
    }
  };
  signal('SIGTERM');
  const late = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
  if (late) {
    signal('SIGKILL');
    await exited;
  }
}

/** An instant query's values, one per series. */
async function instant(url: string, query: string): Promise<number[]> {
  const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`, {
    signal: AbortSignal.timeout(5000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${query}: HTTP ${res.status} ${text.slice(0, 200)}`);
  const body = JSON.parse(text) as { data: { result: { value: [number, string] }[] } };
  return body.data.result.map((r) => Number(r.value[1]));
}

function waitFor(
  url: string,
  query: string,
  ok: (values: number[]) => boolean,
  timeoutMs: number,
): Promise<void> {
  return poll(`${query} at ${url}`, async () => ok(await instant(url, query)), timeoutMs);
}

/** Retries `probe` every 200 ms until it holds; throws with its last answer after `timeoutMs`. */
async function poll(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'false';
  while (Date.now() < deadline) {
    try {
      if (await probe()) return;
      last = 'false';
    } catch (err) {
      last = (err as Error).message;
    }
    await sleep(200);
  }
  throw new Error(`prometheus: ${what} did not hold within ${timeoutMs} ms (last: ${last})`);
}
