import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.js';
import { prometheusProvider } from '../../src/analysis/providers.js';
import type { AnalysisSpec } from '../../src/manifest/types.js';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import {
  describePrometheus,
  DURATION,
  ERRORS,
  HEALTHY,
  REQUESTS,
  SLOWER,
  startPrometheus,
  type Prometheus,
} from '../helpers/prometheus.js';
import { modelDir } from '../registry/helpers.js';

/**
 * The canary analysis against a real Prometheus (Debian's package), scraping an exporter whose
 * series the test controls: each scenario of the issue, through the CLI where the registry
 * matters and in-process where twenty runs must agree.
 */

const sel = (v: string, extra = '') => `model="{{model}}",version="{{${v}}}"${extra}`;
const p95 = (v: string) =>
  `histogram_quantile(0.95, sum by (le) (rate(${DURATION}_bucket{${sel(v)}}[5s])))`;
const errors = (v: string) =>
  `sum(rate(${REQUESTS}{${sel(v, ',code="500"')}}[5s])) / sum(rate(${REQUESTS}{${sel(v)}}[5s]))`;

/**
 * The analysis every scenario uses; its absolute bounds are far above a 30 % slower canary.
 * One sample per 5 s step of rates over 5 s: samples of overlapping ranges are correlated,
 * which a rank test takes for evidence. An error rate near 1 % at 50 requests a second is
 * Poisson noise of tens of percent: its tolerance is a doubling.
 */
const metricsYaml = `      metrics:
        - name: p95_latency_s
          query: '${p95('version')}'
          baseline: '${p95('baseline_version')}'
          max: 0.5
          max_increase_pct: 10
        - name: error_rate
          query: '${errors('version')}'
          baseline: '${errors('baseline_version')}'
          max: 0.1
          max_increase_pct: 100`;

const manifest = (
  url: string,
  opts: { count?: number; interval?: string; autoRollback?: boolean } = {},
) => `promotion:
  canary:
    steps: [10, 50]
    analysis:
      provider: prometheus
      url: ${url}
      window: 30s
      step: 5s
      count: ${opts.count ?? 1}
      interval: ${opts.interval ?? '1s'}
      auto_rollback: ${opts.autoRollback ?? false}
${metricsYaml}
  experiment:
    provider: prometheus
    url: ${url}
    confidence: 0.999
    metric:
      name: success
      kind: proportion
      successes: 'sum(increase(${REQUESTS}{${sel('version', ',code="200"')}}[40s]))'
      trials: 'sum(increase(${REQUESTS}{${sel('version')}}[40s]))'
  production:
    allowed_events: [workflow_dispatch]
    allowed_refs: [refs/heads/main]`;

/**
 * The baseline and the equal canaries: healthy, at a traffic where a 5 s window holds about ten
 * errors. At 50 requests a second it holds one or two, and a baseline whose median window has
 * none leaves a relative tolerance nothing to be relative to: one equal canary in a hundred
 * then fails by chance, and the false-alarm check of twenty one run in five.
 */
const BUSY = { ...HEALTHY, rps: 200 };

/** Equal canaries for the false-alarm check, each its own seeded stream. */
const EQUALS = Array.from({ length: 20 }, (_, i) => `2.0.${i}`);

describePrometheus('canary analysis against a real Prometheus', () => {
  let prom: Prometheus;
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-prom-rollout-'));
    prom = await startPrometheus({
      historyS: 40,
      targets: {
        serving: {
          model: 'demo',
          seed: 11,
          versions: {
            '1.0.0': BUSY,
            '1.1.0': BUSY,
            '1.2.0': SLOWER,
            '1.3.0': ERRORS,
            ...Object.fromEntries(EQUALS.map((v) => [v, BUSY])),
          },
        },
      },
    });
  }, 120_000);
  afterAll(async () => {
    await prom?.stop();
    await cleanup?.();
  });

  let repos = 0;
  /** A registry with 1.0.0 in production and `canary` in the canary at 10 %. */
  async function rollout(canary: string, opts: Parameters<typeof manifest>[1] = {}) {
    const repo = join(dir, `repo-${++repos}`);
    const cli = (...args: string[]) => runCli(args, { cwd: repo });
    for (const version of ['1.0.0', canary]) {
      await modelDir(repo, {
        version,
        artifactBytes: Buffer.from(`weights ${version}`),
        extra: manifest(prom.url, opts),
      });
      for (const args of [
        ['publish'],
        ['promote', '--to', 'staging'],
        ['promote', '--to', 'canary'],
      ])
        expect((await cli(...args)).code, args.join(' ')).toBe(0);
      if (version === '1.0.0') {
        // The first version has nothing to compare with: its bounds judge it.
        const first = await cli('analyze', '--record');
        expect(first.code, first.stdout + first.stderr).toBe(0);
        expect(first.stdout).toMatch(/no production version to compare with yet/);
        expect((await cli('promote', '--to', 'production')).code).toBe(0);
      }
    }
    const status = async () => JSON.parse((await cli('status', '--json')).stdout).models[0].stages;
    return { repo, cli, status };
  }

  it('a healthy canary advances through every step to production', async () => {
    const { cli, status } = await rollout('1.1.0', { count: 2 });
    for (const step of [10, 50]) {
      expect((await status()).canary).toMatchObject({ version: '1.1.0', weight: step });
      const r = await cli('analyze', '--record', '--json');
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout).models[0];
      expect(doc.measurements).toHaveLength(2);
      expect(doc.metrics[0].baseline.n).toBeGreaterThanOrEqual(5);
      if (step === 10) expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    }
    expect((await cli('promote', '--to', 'production')).code).toBe(0);
    expect((await status()).production.version).toBe('1.1.0');
  });

  it('a canary 30 % slower fails against its baseline although it is under the absolute bound', async () => {
    const { cli, status } = await rollout('1.2.0');
    const r = await cli('analyze', '--record', '--json');
    expect(r.code).toBe(1);
    const p = JSON.parse(r.stdout).models[0].metrics[0];
    expect(p).toMatchObject({
      name: 'p95_latency_s',
      verdict: 'fail',
      comparison: { significant: true },
    });
    expect(p.value).toBeLessThan(0.5);
    expect(p.comparison.changePct).toBeGreaterThan(15);
    expect((await cli('promote', '--to', 'production')).code).toBe(1);
    expect((await status()).production.version).toBe('1.0.0');
  });

  it('auto-rollback aborts a canary with errors, leaves production untouched and records the abort', async () => {
    const { cli, status } = await rollout('1.3.0', { autoRollback: true });
    const r = await cli('analyze', '--record', '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.models[0].metrics[1]).toMatchObject({ name: 'error_rate', verdict: 'fail' });
    expect(doc.rollbacks[0]).toMatchObject({
      stage: 'canary',
      status: 'changed',
      previous: '1.3.0',
    });
    const s = await status();
    expect(s.canary).toBeUndefined();
    expect(s.production.version).toBe('1.0.0');
    const history = (await cli('history')).stdout;
    expect(history).toMatch(/automatic rollback: the canary analysis of 1\.3\.0 failed/);
  });

  it('an A/B with a real difference declares the winner, one without does not', async () => {
    // 1.3.0 answers 20 % of its requests with errors: production (A) converts better.
    const worse = await rollout('1.3.0');
    const r = await worse.cli('analyze', '--experiment', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).experiments[0]).toMatchObject({
      verdict: 'fail',
      winner: '1.0.0',
    });
    const equal = await rollout('1.1.0');
    const e = await equal.cli('analyze', '--experiment', '--json');
    expect(e.code, e.stderr).toBe(1);
    const doc = JSON.parse(e.stdout).experiments[0];
    expect(doc.verdict).toBe('inconclusive');
    expect(doc.winner).toBeUndefined();
    expect(doc.interval.lower).toBeLessThan(0);
    expect(doc.interval.upper).toBeGreaterThan(0);
  });

  it('a noisy but equal canary passes: no false alarm across 20 seeded runs', async () => {
    const spec: AnalysisSpec = {
      provider: 'prometheus',
      url: prom.url,
      window: '30s',
      step: '5s',
      interval: '1s',
      count: 1,
      failure_limit: 0,
      inconclusive_limit: 0,
      thresholds: { pass: 95, marginal: 75 },
      confidence: 0.95,
      auto_rollback: false,
      metrics: [
        {
          name: 'p95',
          query: p95('version'),
          baseline: p95('baseline_version'),
          max_increase_pct: 10,
        },
        {
          name: 'errors',
          query: errors('version'),
          baseline: errors('baseline_version'),
          max: 0.1,
          max_increase_pct: 100,
        },
      ],
    };
    const provider = prometheusProvider(prom.url);
    for (const version of EQUALS) {
      const r = await runAnalysis(
        spec,
        provider,
        { model: 'demo', version, baselineVersion: '1.0.0' },
        { mode: 'canary' },
      );
      expect(r.verdict, `${version}: ${r.metrics.map((m) => m.message).join('; ')}`).toBe('pass');
    }
  });

  // Last: it stops the server.
  it('Prometheus stopped mid-analysis: inconclusive, nothing promoted', async () => {
    const { repo, cli, status } = await rollout('1.1.0', { count: 3, interval: '3s' });
    const child = spawn(process.execPath, [CLI, 'analyze', '--record', '--json'], {
      cwd: repo,
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // A first measurement that does not pass ends the run: say so, rather than time out.
    const first = new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c;
        if (/measurement 1\/3: pass/.test(stderr)) resolve();
      });
      void exit.then((code) =>
        reject(new Error(`analyze exited ${code} before its first measurement passed:\n${stderr}`)),
      );
    });
    await first;
    await prom.stopServer();
    expect(await exit, stderr).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.verdict).toBe('inconclusive');
    const measurements = doc.models[0].measurements;
    expect(measurements.map((m: { verdict: string }) => m.verdict)).toEqual([
      'pass',
      'inconclusive',
    ]);
    expect(measurements[1].metrics[0]).toMatchObject({ verdict: 'nodata' });
    expect(measurements[1].metrics[0].message).toMatch(/unreachable|cannot reach|ECONNREFUSED/i);
    const prod = await cli('promote', '--to', 'production', '--json');
    expect(prod.code).toBe(1);
    expect(JSON.parse(prod.stdout).models[0].gates).toContainEqual(
      expect.objectContaining({ gate: 'analysis', passed: false }),
    );
    expect((await status()).production.version).toBe('1.0.0');
  }, 60_000);
});
