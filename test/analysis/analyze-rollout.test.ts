import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { modelDir } from '../registry/helpers.js';

/**
 * The analysis driving the rollout through the CLI, with the file provider: canary against
 * baseline, measurements over time, automatic rollback, monitoring of production and the A/B
 * experiment. The same runs against a real Prometheus are in prometheus-rollout.test.ts.
 */

const manifest = (opts: {
  autoRollback?: boolean;
  productionRollback?: boolean;
  count?: number;
}) => `promotion:
  canary:
    steps: [10, 50]
    analysis:
      provider: file
      path: canary-metrics.json
      count: ${opts.count ?? 1}
      interval: 10ms
      auto_rollback: ${opts.autoRollback ?? false}
      metrics:
        - { name: error_rate, max: 0.01 }
        - { name: p95_ms, baseline: p95, max: 500, max_increase_pct: 10 }
  experiment:
    provider: file
    path: canary-metrics.json
    metric: { name: conversion, kind: proportion }
  production:
    allowed_events: [workflow_dispatch]
    allowed_refs: [refs/heads/main]
    auto_rollback: ${opts.productionRollback ?? false}
deploy:
  hook: echo "$MODELGATE_COMMAND $MODELGATE_STAGE $MODELGATE_VERSION $MODELGATE_WEIGHT" >> deploy.log`;

const around = (centre: number) => Array.from({ length: 20 }, (_, i) => centre + (i % 7) - 3);
const healthy = {
  metrics: { error_rate: 0.001, p95_ms: around(100) },
  baseline: { p95_ms: around(100) },
};
const slower = {
  metrics: { error_rate: 0.001, p95_ms: around(130) },
  baseline: { p95_ms: around(100) },
};

describe('analyze drives the rollout', () => {
  let repo: string;
  let cleanup: () => Promise<void>;
  const cli = (...args: string[]) => runCli(args, { cwd: repo });
  const metrics = (m: object) => writeFile(join(repo, 'canary-metrics.json'), JSON.stringify(m));
  const status = async () => JSON.parse((await cli('status', '--json')).stdout).models[0];
  const write = (version: string, opts: Parameters<typeof manifest>[0]) =>
    modelDir(repo, {
      version,
      artifactBytes: Buffer.from(`weights ${version}`),
      extra: manifest(opts),
    });

  /** 1.0.0 in production, 1.1.0 in the canary at 10 %. */
  async function canaryOverProduction(opts: Parameters<typeof manifest>[0]) {
    await write('1.0.0', opts);
    await metrics(healthy);
    for (const args of [['publish'], ['promote', '--to', 'staging'], ['promote', '--to', 'canary']])
      expect((await cli(...args)).code).toBe(0);
    expect((await cli('analyze', '--record')).code).toBe(0);
    expect((await cli('promote', '--to', 'production')).code).toBe(0);
    await write('1.1.0', opts);
    for (const args of [['publish'], ['promote', '--to', 'staging'], ['promote', '--to', 'canary']])
      expect((await cli(...args)).code).toBe(0);
  }

  beforeEach(async () => {
    const t = await tempDir('modelgate-rollout-');
    cleanup = t.cleanup;
    repo = join(t.dir, 'repo');
  });
  afterEach(() => cleanup());

  it('a healthy canary is measured count times and advances through every step to production', async () => {
    await canaryOverProduction({ count: 3 });
    const first = await cli('analyze', '--record');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/demo 1\.1\.0: measurement 1\/3: pass/);
    expect(first.stderr).toMatch(/demo 1\.1\.0: measurement 3\/3: pass/);
    expect(first.stdout).toMatch(
      /canary analysis of demo 1\.1\.0 \(file\): pass — 3 of 3 measurements passed/,
    );
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    expect((await status()).stages.canary).toMatchObject({ version: '1.1.0', weight: 50 });
    expect((await cli('analyze', '--record')).code).toBe(0);
    expect((await cli('promote', '--to', 'production')).code).toBe(0);
    expect((await status()).stages.production.version).toBe('1.1.0');
  });

  it('a slower canary fails against its baseline although it is under the absolute bound', async () => {
    await canaryOverProduction({});
    await metrics(slower);
    const r = await cli('analyze', '--record', '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.verdict).toBe('fail');
    const p95 = doc.models[0].metrics[1];
    expect(p95).toMatchObject({ name: 'p95_ms', verdict: 'fail', value: 130 });
    expect(p95.value).toBeLessThan(500);
    expect(p95.comparison.changePct).toBeCloseTo(30, 0);
    expect(doc.models[0].subject).toEqual({
      model: 'demo',
      version: '1.1.0',
      baselineVersion: '1.0.0',
    });
    expect(doc.rollbacks).toBeUndefined();
    // Not promoted, and nothing rolled back without auto_rollback.
    expect((await cli('promote', '--to', 'production')).code).toBe(1);
    expect((await status()).stages.canary.version).toBe('1.1.0');
  });

  it('auto_rollback aborts a failing canary in the same run, leaves production untouched and records why', async () => {
    await canaryOverProduction({ autoRollback: true });
    await metrics(slower);
    const r = await cli('analyze', '--record', '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.rollbacks).toEqual([
      expect.objectContaining({
        command: 'rollback',
        stage: 'canary',
        status: 'changed',
        previous: '1.1.0',
        canaryWeight: 0,
        reason: expect.stringMatching(
          /^automatic rollback: the canary analysis of 1\.1\.0 failed: 1 of 1 measurement failed/,
        ),
      }),
    ]);
    const s = await status();
    expect(s.stages.canary).toBeUndefined();
    expect(s.stages.production.version).toBe('1.0.0');
    const log = await readFile(join(repo, 'deploy.log'), 'utf8');
    expect(log.trim().split('\n').at(-1)).toBe('rollback canary');
    const history = JSON.parse((await cli('history', '--json')).stdout);
    expect(JSON.stringify(history)).toMatch(
      /automatic rollback: the canary analysis of 1\.1\.0 failed/,
    );
    // The failed analysis is evidence too: every measurement is kept.
    expect(JSON.stringify(history)).not.toMatch(/"stack"/);
  });

  it('an inconclusive analysis promotes nothing and rolls nothing back', async () => {
    await canaryOverProduction({ autoRollback: true });
    await metrics({ metrics: { error_rate: 0.001 } });
    const r = await cli('analyze', '--record', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'inconclusive' });
    expect(JSON.parse(r.stdout).rollbacks).toBeUndefined();
    expect((await status()).stages.canary.version).toBe('1.1.0');
    const prod = await cli('promote', '--to', 'production', '--json');
    expect(prod.code).toBe(1);
    expect(JSON.parse(prod.stdout).models[0].gates).toContainEqual(
      expect.objectContaining({ gate: 'analysis', passed: false }),
    );
  });

  it('--stage production judges production against its previous window, and rolls back when told to', async () => {
    await canaryOverProduction({ productionRollback: true });
    // 1.1.0 takes production from 1.0.0.
    await metrics(healthy);
    expect((await cli('analyze', '--record')).code).toBe(0);
    expect((await cli('promote', '--to', 'production')).code).toBe(0);
    const ok = await cli('analyze', '--stage', 'production', '--json');
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).models[0]).toMatchObject({
      mode: 'production',
      verdict: 'pass',
      subject: { version: '1.1.0', baselineVersion: '1.1.0' },
    });
    await metrics(slower);
    const bad = await cli('analyze', '--stage', 'production', '--json');
    expect(bad.code).toBe(1);
    const doc = JSON.parse(bad.stdout);
    expect(doc.models[0].measurements[0].baselineWindow).toBeDefined();
    expect(doc.rollbacks[0]).toMatchObject({
      stage: 'production',
      version: '1.0.0',
      previous: '1.1.0',
      reason: expect.stringMatching(/^automatic rollback: production monitoring of 1\.1\.0 failed/),
    });
    expect((await status()).stages.production.version).toBe('1.0.0');
    expect(bad.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it('an automatic rollback never goes further back than the version a rollback restored', async () => {
    await canaryOverProduction({ productionRollback: true });
    await metrics(healthy);
    expect((await cli('analyze', '--record')).code).toBe(0);
    expect((await cli('promote', '--to', 'production')).code).toBe(0);
    // Everything is slow now (an outage upstream, say): 1.1.0 goes back to 1.0.0, once.
    await metrics(slower);
    const first = await cli('analyze', '--stage', 'production', '--json');
    expect(JSON.parse(first.stdout).rollbacks[0]).toMatchObject({ version: '1.0.0' });
    const second = await cli('analyze', '--stage', 'production', '--json');
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout).rollbacks).toBeUndefined();
    expect(second.stderr).toMatch(
      /demo 1\.0\.0 was itself restored by a rollback: not rolling back further automatically/,
    );
    expect((await status()).stages.production.version).toBe('1.0.0');
  });

  it('monitoring goes on past a model without an analysis, and says which were skipped', async () => {
    await canaryOverProduction({});
    await metrics(healthy);
    expect((await cli('analyze', '--record')).code).toBe(0);
    expect((await cli('promote', '--to', 'production')).code).toBe(0);
    await modelDir(repo, { name: 'plain', artifactBytes: Buffer.from('p') }, 'plain.yaml');
    const r = await cli('analyze', '--stage', 'production', '--manifest', '*.yaml', '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.models.map((m: { subject: { model: string } }) => m.subject.model)).toEqual([
      'demo',
    ]);
    expect(doc.skipped).toEqual(['plain: configures no analysis to monitor by']);
  });

  it('a pass is not recorded for a canary that took a step during the analysis', async () => {
    await canaryOverProduction({ count: 2 });
    await write('1.1.0', { count: 2 });
    // Two measurements 10 ms apart are too quick to step between: a slow interval instead.
    const slow = (await readFile(join(repo, 'modelgate.yaml'), 'utf8')).replace(
      'interval: 10ms',
      'interval: 4s',
    );
    await writeFile(join(repo, 'modelgate.yaml'), slow);
    await metrics(healthy);
    const child = spawn(process.execPath, [CLI, 'analyze', '--record'], {
      cwd: repo,
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    let stderr = '';
    const first = new Promise<void>((resolve) =>
      child.stderr.on('data', (c: Buffer) => {
        stderr += c;
        if (/measurement 1\/2/.test(stderr)) resolve();
      }),
    );
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await first;
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    expect(await exit, stderr).toBe(1);
    expect(stderr).toMatch(
      /the canary of demo changed during the analysis \(revision \d+ → \d+\): nothing recorded/,
    );
    const prod = await cli('promote', '--to', 'production', '--json');
    expect(prod.code).toBe(1);
    expect(JSON.parse(prod.stdout).models[0].gates).toContainEqual(
      expect.objectContaining({ gate: 'analysis', passed: false }),
    );
  }, 30_000);

  it('--experiment declares the canary the winner only on a clear difference', async () => {
    await canaryOverProduction({});
    await metrics({
      arms: { '1.0.0': { successes: 48, trials: 80 }, '1.1.0': { successes: 56, trials: 70 } },
    });
    const win = await cli('analyze', '--experiment', '--json');
    expect(win.code, win.stderr).toBe(0);
    expect(JSON.parse(win.stdout).experiments[0]).toMatchObject({
      verdict: 'pass',
      winner: '1.1.0',
    });
    // --record keeps the decision as the canary's evidence, with its figures.
    expect((await cli('analyze', '--experiment', '--record')).code).toBe(0);
    const evidence = JSON.parse(
      await readFile(
        join(repo, '.modelgate/registry/models/demo/evidence/1.1.0/experiment.json'),
        'utf8',
      ),
    );
    expect(evidence).toMatchObject({ verdict: 'pass', details: { winner: '1.1.0' } });
    await metrics({
      arms: { '1.0.0': { successes: 50, trials: 1000 }, '1.1.0': { successes: 55, trials: 1000 } },
    });
    const none = await cli('analyze', '--experiment');
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(
      /no winner: B − A = 0\.005 .* includes 0; at this difference a conclusive answer needs about \d+ trials per arm/,
    );
    await metrics({ arms: { '1.0.0': { successes: 50, trials: 1000 } } });
    // An arm with no data yet is no evidence either way: inconclusive, reported, not an error.
    const missing = await cli('analyze', '--experiment', '--json');
    expect(missing.code, missing.stderr).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({
      verdict: 'inconclusive',
      experiments: [
        {
          verdict: 'inconclusive',
          nodata: expect.stringMatching(/arms\.1\.1\.0: no data for this arm/),
        },
      ],
    });
    const shown = await cli('analyze', '--experiment');
    expect(shown.code).toBe(1);
    expect(shown.stdout).toMatch(
      /experiment on demo \(conversion, higher is better\): inconclusive\n {2}no winner: not enough data to test yet: .*arms\.1\.1\.0: no data for this arm/,
    );
    expect(shown.stderr).not.toMatch(/\n\s+at /);
    // Too few conversions for the test: the arms are shown, with the traffic a test needs.
    await metrics({
      arms: { '1.0.0': { successes: 2, trials: 100 }, '1.1.0': { successes: 4, trials: 100 } },
    });
    const thin = await cli('analyze', '--experiment');
    expect(thin.code).toBe(1);
    expect(thin.stdout).toMatch(
      /A 1\.0\.0: 2 % \(n 100\)\n {2}B 1\.1\.0: 4 % \(n 100\)\n {2}no winner: not enough data to test yet: arm A has 2 successes in 100 trials.*; a test needs about 250 trials per arm \(150 more\)/,
    );
  });
});
