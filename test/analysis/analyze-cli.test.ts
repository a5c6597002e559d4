import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { modelDir } from '../registry/helpers.js';

/** No required targets: staging needs validate evidence only, which publish records. */
const ANALYSIS = `promotion:
  canary:
    steps: [10, 50]
    analysis:
      provider: file
      path: canary-metrics.json
      metrics:
        - { name: error_rate, max: 0.01 }
        - { name: p95_latency_ms, max: 50 }`;

describe('analyze: the canary analysis that gates production', () => {
  let repo: string;
  let cleanup: () => Promise<void>;
  const cli = (...args: string[]) => runCli(args, { cwd: repo });
  const metrics = (m: object) =>
    writeFile(join(repo, 'canary-metrics.json'), JSON.stringify({ metrics: m }));

  beforeEach(async () => {
    const t = await tempDir('modelgate-analyze-');
    cleanup = t.cleanup;
    repo = await modelDir(join(t.dir, 'repo'), {
      artifactBytes: Buffer.from('weights'),
      extra: ANALYSIS,
    });
  });
  afterEach(() => cleanup());

  it('refuses production until a passing analysis is recorded for the canary', async () => {
    expect((await cli('publish')).code).toBe(0);
    expect((await cli('promote', '--to', 'staging')).code).toBe(0);
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);

    const noEvidence = await cli('promote', '--to', 'production', '--json');
    expect(noEvidence.code).toBe(1);
    expect(JSON.parse(noEvidence.stdout).models[0].gates).toContainEqual(
      expect.objectContaining({ gate: 'analysis', passed: false }),
    );

    await metrics({ error_rate: 0.05, p95_latency_ms: 20 });
    const bad = await cli('analyze', '--record', '--json');
    expect(bad.code).toBe(1);
    const badDoc = JSON.parse(bad.stdout);
    expect(badDoc.models[0]).toMatchObject({
      verdict: 'fail',
      subject: { model: 'demo', version: '1.0.0' },
    });
    expect(badDoc.models[0].metrics[0]).toMatchObject({
      name: 'error_rate',
      verdict: 'fail',
      value: 0.05,
    });
    expect((await cli('promote', '--to', 'production')).code).toBe(1);

    await metrics({ error_rate: 0.001, p95_latency_ms: 20 });
    const good = await cli('analyze', '--record');
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/canary analysis of demo 1\.0\.0 \(file\): pass/);
    const prod = await cli('promote', '--to', 'production', '--json');
    expect(prod.code, prod.stderr).toBe(0);
    expect(
      JSON.parse((await cli('status', '--json')).stdout).models[0].stages.production.version,
    ).toBe('1.0.0');
  });

  it('judges production by the newest analysis, also when it repeats an older verdict', async () => {
    expect((await cli('publish')).code).toBe(0);
    expect((await cli('promote', '--to', 'staging')).code).toBe(0);
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    await metrics({ error_rate: 0.05, p95_latency_ms: 20 });
    expect((await cli('analyze', '--record')).code).toBe(1);
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    await metrics({ error_rate: 0.001, p95_latency_ms: 20 });
    expect((await cli('analyze', '--record')).code).toBe(0);
    // Back to 10%, where the canary fails again: the same verdict as the first analysis there.
    expect((await cli('promote', '--to', 'canary', '--weight', '10')).code).toBe(0);
    await metrics({ error_rate: 0.05, p95_latency_ms: 20 });
    expect((await cli('analyze', '--record')).code).toBe(1);
    const prod = await cli('promote', '--to', 'production', '--json');
    expect(prod.code, prod.stdout).toBe(1);
    expect(JSON.parse(prod.stdout).models[0].gates).toContainEqual(
      expect.objectContaining({ gate: 'analysis', passed: false }),
    );
  });

  it('does not count an analysis made before the canary last changed', async () => {
    expect((await cli('publish')).code).toBe(0);
    expect((await cli('promote', '--to', 'staging')).code).toBe(0);
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    await metrics({ error_rate: 0.001, p95_latency_ms: 20 });
    expect((await cli('analyze', '--record')).code).toBe(0);
    // That canary run is aborted, and the version goes to canary again: nothing judged it yet.
    expect((await cli('rollback', '--stage', 'canary')).code).toBe(0);
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    const early = await cli('promote', '--to', 'production', '--json');
    expect(early.code, early.stdout).toBe(1);
    expect(JSON.parse(early.stdout).models[0].gates).toContainEqual(
      expect.objectContaining({
        gate: 'analysis',
        passed: false,
        detail: expect.stringMatching(
          /no canary analysis evidence for 1\.0\.0 since the canary's last step/,
        ),
      }),
    );
    expect((await cli('analyze', '--record')).code).toBe(0);
    const prod = await cli('promote', '--to', 'production');
    expect(prod.code, prod.stdout).toBe(0);
  });

  it('a metric that has no data is inconclusive, never a pass, and says which', async () => {
    expect((await cli('publish')).code).toBe(0);
    await metrics({ error_rate: 0.001 });
    const r = await cli('analyze', '--version', '1.0.0', '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.verdict).toBe('inconclusive');
    expect(doc.models[0].metrics[1]).toMatchObject({
      name: 'p95_latency_ms',
      verdict: 'nodata',
      message: expect.stringMatching(/has no number or array of numbers for `p95_latency_ms`/),
    });
    const text = await cli('analyze', '--version', '1.0.0');
    expect(text.stdout).toMatch(/\? p95_latency_ms .*has no number or array of numbers/);
  });

  it('is a clear error without a canary or without an analysis', async () => {
    expect((await cli('publish')).code).toBe(0);
    const noCanary = await cli('analyze');
    expect(noCanary.code).toBe(1);
    expect(noCanary.stderr).toMatch(/the canary of demo runs no version/);
    await modelDir(repo, { artifactBytes: Buffer.from('weights') });
    const none = await cli('analyze');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/configures no canary analysis/);
  });
});
