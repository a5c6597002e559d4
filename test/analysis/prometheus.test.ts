import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PrometheusError, queryRange } from '../../src/analysis/prometheus.js';
import {
  describePrometheus,
  DURATION,
  ERRORS,
  HEALTHY,
  REQUESTS,
  SLOWER,
  startPrometheus,
  type Prometheus,
  type Vanish,
} from '../helpers/prometheus.js';

const HISTORY_S = 30;
const VANISH: Vanish[] = ['closed', 'not-found', 'silent'];

/** p95 latency of one version over 5 s windows: one noisy value per step. */
const p95 = (version: string) =>
  `histogram_quantile(0.95, sum by (le) (rate(${DURATION}_bucket{version="${version}"}[5s])))`;
const errorRate = (version: string) =>
  `sum(rate(${REQUESTS}{version="${version}",code="500"}[5s])) / sum(rate(${REQUESTS}{version="${version}"}[5s]))`;
const lastSeconds = (s: number) => ({
  start: new Date(Date.now() - s * 1000),
  end: new Date(),
  stepS: 1,
});
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

async function failure(p: Promise<unknown>): Promise<PrometheusError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PrometheusError);
  return err as PrometheusError;
}

describePrometheus('queryRange against a real Prometheus', () => {
  let prom: Prometheus;
  beforeAll(async () => {
    prom = await startPrometheus({
      historyS: HISTORY_S,
      targets: {
        serving: {
          seed: 7,
          versions: {
            '1.0.0': HEALTHY, // the baseline
            '1.1.0': HEALTHY, // a healthy canary: same distribution, its own draws
            '1.2.0': SLOWER,
            '1.3.0': ERRORS,
            '1.4.0': { ...HEALTHY, rps: 0 }, // deployed, no traffic
            '1.5.0': HEALTHY, // its pods go away
          },
        },
        // One target per way of vanishing: refused connections, 404, a scrape never answered.
        ...Object.fromEntries(
          VANISH.map((how, i) => [how, { seed: 8 + i, versions: { [`2.${i}.0`]: HEALTHY } }]),
        ),
      },
    });
  });
  afterAll(() => prom?.stop());

  it('returns baseline and canary series with a point per second of backfilled history', async () => {
    const window = lastSeconds(HISTORY_S);
    const [baseline, canary] = await Promise.all([
      queryRange(prom.url, p95('1.0.0'), window),
      queryRange(prom.url, p95('1.1.0'), window),
    ]);
    // The backfill ends when Prometheus starts, and its first scrape comes about 6 s later (its
    // scrape manager syncs targets every 5 s): the steps whose 5 s window falls in that gap
    // have no rate. That costs a couple of points here, more on a slow machine.
    for (const series of [baseline, canary]) {
      expect(series.length).toBeGreaterThanOrEqual(HISTORY_S - 10);
      expect(series.length).toBeLessThanOrEqual(HISTORY_S + 1);
    }
    // Log-normal around 100 ms with σ 0.35: p95 ≈ 178 ms.
    expect(median(baseline)).toBeGreaterThan(0.14);
    expect(median(baseline)).toBeLessThan(0.22);
    // Noisy, but equal: neither is consistently above the other.
    expect(median(canary) / median(baseline)).toBeGreaterThan(0.9);
    expect(median(canary) / median(baseline)).toBeLessThan(1.1);
  });

  it('the 30 % slower canary is higher, the canary with errors fails more', async () => {
    const window = lastSeconds(HISTORY_S);
    const [baseline, slower, baseErrors, errors] = await Promise.all([
      queryRange(prom.url, p95('1.0.0'), window),
      queryRange(prom.url, p95('1.2.0'), window),
      queryRange(prom.url, errorRate('1.0.0'), window),
      queryRange(prom.url, errorRate('1.3.0'), window),
    ]);
    expect(median(slower) / median(baseline)).toBeGreaterThan(1.15);
    expect(median(slower) / median(baseline)).toBeLessThan(1.45);
    expect(median(baseErrors)).toBeLessThan(0.05);
    expect(median(errors)).toBeGreaterThan(0.12);
  });

  it('asks to aggregate a query that selects several series', async () => {
    const err = await failure(
      queryRange(prom.url, `rate(${REQUESTS}{version="1.0.0"}[5s])`, lastSeconds(10)),
    );
    expect(err.reason).toBe('ambiguous');
    expect(err.message).toMatch(/2 series; aggregate/);
  });

  it('a version without requests is NaN at every step: nodata', async () => {
    const err = await failure(queryRange(prom.url, p95('1.4.0'), lastSeconds(10)));
    expect(err.reason).toBe('nodata');
  });

  it("carries Prometheus's own errorType for a query it refuses", async () => {
    const err = await failure(queryRange(prom.url, 'sum(rate(', lastSeconds(10)));
    expect(err).toMatchObject({
      reason: 'rejected',
      details: { status: 400, errorType: 'bad_data' },
    });
    expect(err.message).toMatch(/parse error/);
  });

  it('credentials in the URL are sent, and never shown', async () => {
    const url = prom.url.replace('//', '//modelgate:hunter22@');
    // Prometheus without a web config ignores the Authorization header: the query works.
    expect((await queryRange(url, p95('1.0.0'), lastSeconds(10))).length).toBeGreaterThan(0);
    const err = await failure(queryRange(url, 'sum(rate(', lastSeconds(10)));
    expect(err.message).not.toContain('hunter22');
    expect(err.message).toContain('//***:***@127.0.0.1');
  });

  it('series of removed pods, and targets that vanished, are nodata once stale', async () => {
    prom.target('serving').set('1.5.0', undefined);
    await Promise.all(VANISH.map((how) => prom.target(how).vanish(how)));
    // A failed scrape, or a series missing from a good one, writes staleness markers: from
    // then on the instant selector has no value at any step.
    for (const how of VANISH) {
      const instance = prom.target(how).target;
      await prom.waitFor(`up{job="${how}",instance="${instance}"} == 0`, (v) => v.length === 1);
    }
    await prom.waitFor(`${REQUESTS}{version="1.5.0"}`, (v) => v.length === 0);
    const since = new Date();
    await sleep(2000);
    const window = { start: since, end: new Date(), stepS: 1 };
    for (const selector of [...VANISH.map((how) => `job="${how}"`), 'version="1.5.0"']) {
      const err = await failure(queryRange(prom.url, `sum(${REQUESTS}{${selector}})`, window));
      expect(err.reason, selector).toBe('nodata');
    }
    // The baseline still answers: only the vanished series are gone.
    const baseline = await queryRange(prom.url, `sum(${REQUESTS}{version="1.0.0"})`, window);
    expect(baseline.length).toBeGreaterThan(0);
  });

  it('a stopped Prometheus is unreachable, and the message holds no credentials', async () => {
    await prom.stopServer();
    const url = prom.url.replace('//', '//modelgate:hunter22@');
    const err = await failure(queryRange(url, p95('1.0.0'), lastSeconds(10), { timeoutMs: 5000 }));
    expect(err.reason).toBe('unreachable');
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.message).not.toContain('hunter22');
  });
});
