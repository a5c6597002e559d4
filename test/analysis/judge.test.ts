import { describe, expect, it } from 'vitest';
import {
  conclude,
  DEFAULT_TOLERANCE_PCT,
  judgeMetric,
  MIN_SAMPLES,
  scoreMeasurement,
  smallestP,
  type MetricJudgement,
} from '../../src/analysis/judge.js';
import { seeded } from './random.js';

const CONF = 0.95;
const thresholds = { pass: 95, marginal: 75 };

/** n samples around `centre`, uniformly ±`spread`, from a seeded generator. */
function series(seed: number, n: number, centre: number, spread: number): number[] {
  const r = seeded(seed);
  return Array.from({ length: n }, () => centre + (r() * 2 - 1) * spread);
}

describe('judgeMetric: absolute bounds', () => {
  it('judges the median of the canary samples; a value on a bound passes', () => {
    expect(judgeMetric({ name: 'err', max: 0.01 }, { canary: [0.01] }, CONF)).toMatchObject({
      verdict: 'pass',
      value: 0.01,
      message: 'err = 0.01 within bounds',
    });
    // The median, not the mean: one spike in the window does not fail a bound alone.
    expect(judgeMetric({ name: 'p95', max: 100 }, { canary: [50, 60, 500] }, CONF)).toMatchObject({
      verdict: 'pass',
      value: 60,
    });
    expect(judgeMetric({ name: 'p95', max: 100 }, { canary: [50, 150, 160] }, CONF)).toMatchObject({
      verdict: 'fail',
      message: 'p95 = 150, above the maximum 100',
    });
    expect(judgeMetric({ name: 'acc', min: 0.9 }, { canary: [0.8999] }, CONF)).toMatchObject({
      verdict: 'fail',
      message: 'acc = 0.8999, below the minimum 0.9',
    });
    expect(judgeMetric({ name: 'x', min: 0, max: 10 }, { canary: [-1] }, CONF).verdict).toBe(
      'fail',
    );
  });

  it('no samples or NaN is nodata, never a pass; +Infinity is a value past any maximum', () => {
    expect(judgeMetric({ name: 'x', max: 1 }, { canary: [] }, CONF)).toMatchObject({
      verdict: 'nodata',
      message: 'x: no samples for the canary',
      weight: 1,
    });
    expect(judgeMetric({ name: 'x', max: 1 }, { canary: [0.5, NaN] }, CONF).verdict).toBe('nodata');
    expect(judgeMetric({ name: 'p95', max: 1 }, { canary: [Infinity] }, CONF)).toMatchObject({
      verdict: 'fail',
      message: 'p95 = Infinity, above the maximum 1',
    });
    expect(judgeMetric({ name: 'acc', min: 0 }, { canary: [-Infinity] }, CONF).verdict).toBe(
      'fail',
    );
  });

  it('carries the weight the manifest gives', () => {
    expect(judgeMetric({ name: 'x', max: 1, weight: 3 }, { canary: [0] }, CONF).weight).toBe(3);
  });
});

describe('judgeMetric: against the baseline', () => {
  const latency = { name: 'p95', direction: 'increase' as const, max: 1000 };

  it('a canary 30 % slower fails although it is under the absolute bound', () => {
    const r = judgeMetric(
      latency,
      { canary: series(1, 30, 130, 10), baseline: series(2, 30, 100, 10) },
      CONF,
    );
    expect(r.verdict).toBe('fail');
    expect(r.comparison).toMatchObject({ direction: 'increase', significant: true });
    expect(r.comparison!.changePct).toBeGreaterThan(20);
    expect(r.comparison!.pValue).toBeLessThan(0.001);
    expect(r.message).toBe(
      'p95 = 128.8 (baseline 99.51, +29.63 %, p = 1.51e-11): higher than the baseline by more than the 10 % tolerated',
    );
    expect(r.baseline?.n).toBe(30);
  });

  it('a noisy but equal canary passes in each of 20 seeded runs (no false alarm)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const r = judgeMetric(
        latency,
        { canary: series(100 + seed, 30, 100, 40), baseline: series(200 + seed, 30, 100, 40) },
        CONF,
      );
      expect(r.verdict, `seed ${seed}: ${r.message}`).toBe('pass');
    }
  });

  it('a real change within the tolerance passes; beyond it fails', () => {
    // 5 % slower, with little noise: certain, but inside a 10 % tolerance.
    const canary = series(3, 200, 105, 2);
    const baseline = series(4, 200, 100, 2);
    const within = judgeMetric({ ...latency, max_increase_pct: 10 }, { canary, baseline }, CONF);
    expect(within).toMatchObject({
      verdict: 'pass',
      comparison: { significant: false, tolerancePct: 10 },
    });
    expect(within.comparison!.changePct).toBeGreaterThan(4);
    expect(within.comparison!.changePct).toBeLessThan(6);
    const beyond = judgeMetric({ ...latency, max_increase_pct: 2 }, { canary, baseline }, CONF);
    expect(beyond).toMatchObject({
      verdict: 'fail',
      comparison: { significant: true, tolerancePct: 2 },
    });
    expect(judgeMetric(latency, { canary, baseline }, CONF).comparison?.tolerancePct).toBe(
      DEFAULT_TOLERANCE_PCT,
    );
  });

  it('only the bad direction fails: a faster canary passes, a lower accuracy fails', () => {
    const slow = series(5, 30, 100, 5);
    const fast = series(6, 30, 60, 5);
    expect(judgeMetric(latency, { canary: fast, baseline: slow }, CONF).verdict).toBe('pass');
    const accuracy = { name: 'acc', direction: 'decrease' as const, max_decrease_pct: 5 };
    expect(judgeMetric(accuracy, { canary: fast, baseline: slow }, CONF)).toMatchObject({
      verdict: 'fail',
      comparison: { direction: 'decrease', tolerancePct: 5 },
    });
    expect(judgeMetric(accuracy, { canary: slow, baseline: fast }, CONF).verdict).toBe('pass');
  });

  it('a decrease within its tolerance passes, and the message shows the signed change', () => {
    // 5 % lower accuracy, certain, inside a 10 % tolerance; outside a 2 % one.
    const canary = series(8, 200, 95, 1);
    const baseline = series(9, 200, 100, 1);
    const accuracy = { name: 'acc', direction: 'decrease' as const };
    const within = judgeMetric({ ...accuracy, max_decrease_pct: 10 }, { canary, baseline }, CONF);
    expect(within).toMatchObject({ verdict: 'pass', comparison: { significant: false } });
    expect(within.message).toMatch(
      /^acc = 9\d(\.\d+)? \(baseline (99|100)(\.\d+)?, -[45](\.\d+)? %, p = [\d.e-]+\)$/,
    );
    const beyond = judgeMetric({ ...accuracy, max_decrease_pct: 2 }, { canary, baseline }, CONF);
    expect(beyond.verdict).toBe('fail');
    expect(beyond.message).toMatch(/: lower than the baseline by more than the 2 % tolerated$/);
  });

  it('a baseline of zeros and a canary with errors: an infinite relative change fails', () => {
    const r = judgeMetric(
      { name: 'errors', max: 1 },
      { canary: [0.02, 0.03, 0.05, 0.04, 0.02, 0.03], baseline: [0, 0, 0, 0, 0, 0] },
      CONF,
    );
    expect(r.verdict).toBe('fail');
    expect(r.comparison?.changePct).toBe(Infinity);
    // A tolerance in percent of 0 is none: the message says why instead of quoting it.
    expect(r.message).toMatch(/: higher than the baseline, whose median is 0$/);
    const both = judgeMetric(
      { name: 'errors', max: 1 },
      { canary: [0, 0, 0, 0], baseline: [0, 0, 0, 0] },
      CONF,
    );
    expect(both).toMatchObject({ verdict: 'pass', comparison: { changePct: 0, pValue: 1 } });
  });

  it(`fewer than ${MIN_SAMPLES} samples on a side, or a NaN baseline, is nodata`, () => {
    expect(judgeMetric(latency, { canary: [1, 2], baseline: [1, 2, 3] }, CONF).verdict).toBe(
      'nodata',
    );
    expect(judgeMetric(latency, { canary: [1, 2, 3], baseline: [1, 2] }, CONF)).toMatchObject({
      verdict: 'nodata',
      message:
        'p95: too few samples to compare at 95 % confidence (canary 3, baseline 2; the smallest p-value they can give is 0.1)',
    });
    expect(judgeMetric(latency, { canary: [1, 2, 3], baseline: [] }, CONF).verdict).toBe('nodata');
    expect(judgeMetric(latency, { canary: [1, 2, 3], baseline: [1, NaN, 3] }, CONF).verdict).toBe(
      'nodata',
    );
  });

  it('samples too few to ever reach significance are nodata, not a pass', () => {
    // Ten times the baseline, but 4 against 4 at 99 %: the smallest p is 1/70 = 0.0143.
    const tenfold = { canary: [10, 11, 12, 13], baseline: [1, 1.1, 1.2, 1.3] };
    expect(judgeMetric(latency, tenfold, 0.99)).toMatchObject({
      verdict: 'nodata',
      message: expect.stringMatching(/the smallest p-value they can give is 0\.01429/),
    });
    expect(judgeMetric(latency, tenfold, 0.95).verdict).toBe('fail');
    // 3 against 3 can give 0.05 at best: never below 0.05, whatever the float of 1 − 0.95.
    expect(judgeMetric(latency, { canary: [10, 11, 12], baseline: [1, 2, 3] }, 0.95).verdict).toBe(
      'nodata',
    );
    expect(smallestP(3, 3)).toBeCloseTo(0.05, 12);
    expect(smallestP(4, 4)).toBeCloseTo(1 / 70, 12);
    expect(smallestP(2, 5)).toBeCloseTo(1 / 21, 12);
    expect(smallestP(5, 2)).toBe(smallestP(2, 5));
  });

  it('a baseline of +Infinity (every request past the last bucket) is judged, not a crash', () => {
    const r = judgeMetric(
      { name: 'p95', max: Infinity },
      {
        canary: [Infinity, Infinity, Infinity, Infinity],
        baseline: [Infinity, Infinity, Infinity, Infinity],
      },
      CONF,
    );
    expect(r.verdict).toBe('pass');
    expect(r.value).toBe(Number.MAX_VALUE);
  });

  it('a metric with neither bounds nor a baseline to compare with is nodata: nothing judged it', () => {
    expect(judgeMetric({ name: 'p95', baseline: 'q' }, { canary: [1, 2, 3] }, CONF)).toMatchObject({
      verdict: 'nodata',
      message: 'p95: nothing to judge it by (no min or max, and no baseline)',
    });
  });

  it('the bound is judged before the comparison: a canary past it fails even when equal to the baseline', () => {
    const same = series(7, 20, 500, 1);
    expect(
      judgeMetric({ ...latency, max: 100 }, { canary: same, baseline: same }, CONF).message,
    ).toMatch(/above the maximum 100/);
  });

  it('the confidence decides significance: a borderline shift is significant at 90 % only', () => {
    const canary = [10, 11, 12, 13, 14, 15, 16, 17];
    const baseline = [8, 9, 10, 11, 12, 13, 14, 15];
    const exact = { ...latency, max_increase_pct: 0 };
    const loose = judgeMetric(exact, { canary, baseline }, 0.9);
    const strict = judgeMetric(exact, { canary, baseline }, 0.99);
    expect(loose.comparison!.pValue).toBe(strict.comparison!.pValue);
    expect(loose.comparison!.pValue).toBeGreaterThan(0.01);
    expect(loose.comparison!.pValue).toBeLessThan(0.1);
    expect(loose.verdict).toBe('fail');
    expect(strict.verdict).toBe('pass');
  });
});

const m = (name: string, verdict: MetricJudgement['verdict'], weight = 1): MetricJudgement => ({
  name,
  verdict,
  weight,
  message: '',
});

describe('scoreMeasurement', () => {
  it('passes at the pass threshold, fails below the marginal one, is inconclusive between', () => {
    expect(scoreMeasurement([m('a', 'pass')], thresholds)).toEqual({
      verdict: 'pass',
      score: 100,
      reason: 'score 100 ≥ 95',
    });
    expect(scoreMeasurement([m('a', 'pass', 19), m('b', 'fail', 1)], thresholds)).toMatchObject({
      verdict: 'pass',
      score: 95,
    });
    expect(scoreMeasurement([m('a', 'pass', 3), m('b', 'fail', 1)], thresholds)).toEqual({
      verdict: 'inconclusive',
      score: 75,
      reason: 'score 75 is marginal (75 ≤ score < 95)',
    });
    expect(scoreMeasurement([m('a', 'pass', 2), m('b', 'fail', 1)], thresholds)).toEqual({
      verdict: 'fail',
      score: 66.7,
      reason: 'score 66.7 < 75 (failing: b)',
    });
  });

  it('a metric without data makes the measurement inconclusive unless the others already decide', () => {
    expect(scoreMeasurement([m('a', 'pass'), m('b', 'nodata')], thresholds)).toEqual({
      verdict: 'inconclusive',
      score: 50,
      reason: 'no data for b: the score could be anywhere from 50 to 100',
    });
    // Nothing at all is inconclusive, never a pass.
    expect(scoreMeasurement([m('a', 'nodata'), m('b', 'nodata')], thresholds).verdict).toBe(
      'inconclusive',
    );
    // A failure heavy enough fails whatever the missing metric would show.
    expect(
      scoreMeasurement([m('a', 'fail', 3), m('b', 'nodata'), m('c', 'pass')], thresholds),
    ).toMatchObject({ verdict: 'fail', score: 20 });
    // A missing metric light enough cannot stop a pass.
    expect(
      scoreMeasurement([m('a', 'pass', 99), m('b', 'nodata', 1)], { pass: 95, marginal: 75 }),
    ).toMatchObject({ verdict: 'pass', score: 99 });
  });

  it('no metrics at all is not a pass', () => {
    expect(scoreMeasurement([], thresholds).verdict).not.toBe('pass');
  });

  it('thresholds of 0 never make a pass of nothing passing', () => {
    const zero = { pass: 0, marginal: 0 };
    expect(scoreMeasurement([m('a', 'nodata')], zero).verdict).toBe('inconclusive');
    expect(scoreMeasurement([m('a', 'fail')], zero).verdict).not.toBe('pass');
    expect(scoreMeasurement([m('a', 'pass'), m('b', 'fail')], zero).verdict).toBe('pass');
  });
});

describe('conclude: measurements against the limits', () => {
  const limits = { count: 3, failure_limit: 0, inconclusive_limit: 0 };

  it('goes on until count, then passes', () => {
    expect(conclude(['pass'], limits)).toEqual({
      done: false,
      verdict: 'inconclusive',
      reason: '1 of 3 measurements taken',
    });
    expect(conclude(['pass', 'pass', 'pass'], limits)).toEqual({
      done: true,
      verdict: 'pass',
      reason: '3 of 3 measurements passed',
    });
  });

  it('stops at the first failure past the limit', () => {
    expect(conclude(['pass', 'fail'], limits)).toEqual({
      done: true,
      verdict: 'fail',
      reason: '1 of 2 measurements failed (failure_limit 0)',
    });
    const tolerant = { ...limits, failure_limit: 1 };
    expect(conclude(['fail'], tolerant).done).toBe(false);
    expect(conclude(['fail', 'pass', 'pass'], tolerant)).toEqual({
      done: true,
      verdict: 'pass',
      reason: '2 of 3 measurements passed, 1 failed, 0 inconclusive, within the limits',
    });
    expect(conclude(['fail', 'pass', 'fail'], tolerant).verdict).toBe('fail');
  });

  it('stops at the first inconclusive past its limit; failures count first', () => {
    expect(conclude(['inconclusive'], limits)).toEqual({
      done: true,
      verdict: 'inconclusive',
      reason: '1 of 1 measurement inconclusive (inconclusive_limit 0)',
    });
    expect(conclude(['inconclusive', 'fail'], { ...limits, inconclusive_limit: 1 }).verdict).toBe(
      'fail',
    );
  });

  it('a run whose measurements were all tolerated inconclusives is not a pass', () => {
    expect(
      conclude(['inconclusive'], { count: 1, failure_limit: 0, inconclusive_limit: 1 }),
    ).toEqual({
      done: true,
      verdict: 'inconclusive',
      reason: 'no measurement of 1 measurement passed',
    });
  });
});
