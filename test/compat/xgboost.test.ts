import { expect, it } from 'vitest';
import { describeContainers, runTestJson, TRIXIE } from './containers.js';

describeContainers('an xgboost booster served in batch', [TRIXIE], (engine) => {
  it('passes its samples, measures throughput, and fails a throughput SLO it cannot meet', async () => {
    const out = await runTestJson(engine, 'test/fixtures/compat/xgboost/*.yaml', 1);
    const models = new Map(out.models.map((m) => [m.model, m]));

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
