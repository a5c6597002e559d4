import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { describeContainers, TRIXIE } from './containers.js';

interface ModelJson {
  model: string;
  verdict: string;
  targets: {
    verdict: string;
    runtime: { framework?: string };
    throughputRps?: number;
    findings: { rule: string; message: string }[];
  }[];
}

describeContainers('an xgboost booster served in batch', [TRIXIE], () => {
  it('passes its samples, measures throughput, and fails a throughput SLO it cannot meet', async () => {
    const r = await runCli(
      ['test', '--manifest', 'test/fixtures/compat/xgboost/*.yaml', '--json'],
      { timeoutMs: 180_000 },
    );
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(1);
    const models = new Map(
      (JSON.parse(r.stdout) as { models: ModelJson[] }).models.map((m) => [m.model, m]),
    );

    const ok = models.get('xgb-regressor')!;
    expect(ok.verdict).toBe('pass');
    expect(ok.targets[0]!.runtime.framework).toBe('xgboost');
    expect(ok.targets[0]!.throughputRps).toBeGreaterThan(10);

    const slow = models.get('xgb-too-slow')!;
    expect(slow.verdict).toBe('fail');
    expect(slow.targets[0]!.findings).toEqual([
      expect.objectContaining({
        rule: 'slo-throughput',
        message: expect.stringMatching(
          /rows\/s is under serving\.slo\.min_throughput_rps \(1000000000000\)/,
        ),
      }),
    ]);
  });
});
