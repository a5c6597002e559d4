// The refusals of a canary analysis that a loosened check would open (npm run mutate -- analysis):
// a value past a bound passing, a metric not read counting as a pass, a provider's own failure
// swallowed as a metric error.
import { describe, expect, it } from 'vitest';
import {
  analyzeCanary,
  judgeMetric,
  MetricUnavailable,
  type MetricProvider,
} from '../../src/analysis/analysis.js';

const subject = { model: 'iris', version: '1.2.0' };

/** A provider that answers from a table: a number, or an error to throw. */
function provider(values: Record<string, number | Error>): MetricProvider & { asked: string[] } {
  const asked: string[] = [];
  return {
    name: 'table',
    asked,
    async read(metric, s) {
      expect(s).toBe(subject);
      asked.push(metric.name);
      const v = values[metric.name];
      if (v instanceof Error) throw v;
      if (v === undefined) throw new MetricUnavailable(`${metric.name}: no data`);
      return v;
    },
  };
}

describe('judgeMetric: the bounds', () => {
  it('a value exactly on the maximum or the minimum passes', () => {
    expect(judgeMetric({ name: 'err', max: 0.01 }, 0.01).verdict).toBe('pass');
    expect(judgeMetric({ name: 'acc', min: 0.9 }, 0.9).verdict).toBe('pass');
    expect(judgeMetric({ name: 'x', min: 1, max: 1 }, 1).verdict).toBe('pass');
  });

  it('a value just above the maximum fails, with the reason', () => {
    expect(judgeMetric({ name: 'err', max: 0.01 }, 0.0100001)).toEqual({
      name: 'err',
      value: 0.0100001,
      min: undefined,
      max: 0.01,
      verdict: 'fail',
      message: 'err = 0.0100001, above the maximum 0.01',
    });
  });

  it('a value just below the minimum fails, with the reason', () => {
    expect(judgeMetric({ name: 'acc', min: 0.9 }, 0.8999)).toEqual({
      name: 'acc',
      value: 0.8999,
      min: 0.9,
      max: undefined,
      verdict: 'fail',
      message: 'acc = 0.8999, below the minimum 0.9',
    });
  });

  it('a metric with a minimum passes above it, and reports its bounds', () => {
    expect(judgeMetric({ name: 'acc', min: 0.9, max: 1 }, 0.95)).toEqual({
      name: 'acc',
      value: 0.95,
      min: 0.9,
      max: 1,
      verdict: 'pass',
      message: 'acc = 0.95 within bounds',
    });
  });

  it('each bound is checked even when the other one passes', () => {
    expect(judgeMetric({ name: 'x', min: 0, max: 10 }, 11).verdict).toBe('fail');
    expect(judgeMetric({ name: 'x', min: 0, max: 10 }, -1).verdict).toBe('fail');
  });

  it('a metric without bounds passes any finite value (zero and negatives too)', () => {
    expect(judgeMetric({ name: 'x' }, 0).verdict).toBe('pass');
    expect(judgeMetric({ name: 'x' }, -5).verdict).toBe('pass');
  });

  it('NaN and the infinities are errors, never a pass, even without bounds', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      expect(judgeMetric({ name: 'x' }, v)).toMatchObject({
        verdict: 'error',
        message: `x is ${v}, not a number that can be judged`,
      });
    }
    // Infinity is not "above the maximum": it cannot be judged at all.
    expect(judgeMetric({ name: 'x', max: 1 }, Infinity).verdict).toBe('error');
    expect(judgeMetric({ name: 'x', min: 1 }, -Infinity).verdict).toBe('error');
  });
});

describe('analyzeCanary', () => {
  it('passes only when every metric was read and is within bounds', async () => {
    const p = provider({ err: 0.001, acc: 0.95 });
    const r = await analyzeCanary(
      {
        provider: 'file',
        metrics: [
          { name: 'err', max: 0.01 },
          { name: 'acc', min: 0.9 },
        ],
      },
      p,
      subject,
    );
    expect(r).toEqual({
      verdict: 'pass',
      provider: 'table',
      subject,
      metrics: [
        {
          name: 'err',
          value: 0.001,
          min: undefined,
          max: 0.01,
          verdict: 'pass',
          message: 'err = 0.001 within bounds',
        },
        {
          name: 'acc',
          value: 0.95,
          min: 0.9,
          max: undefined,
          verdict: 'pass',
          message: 'acc = 0.95 within bounds',
        },
      ],
    });
    expect(p.asked).toEqual(['err', 'acc']);
  });

  it('one failing metric fails the analysis, and the others are still read', async () => {
    const p = provider({ err: 0.5, acc: 0.95 });
    const r = await analyzeCanary(
      {
        provider: 'file',
        metrics: [
          { name: 'err', max: 0.01 },
          { name: 'acc', min: 0.9 },
        ],
      },
      p,
      subject,
    );
    expect(r.verdict).toBe('fail');
    expect(r.metrics.map((m) => m.verdict)).toEqual(['fail', 'pass']);
    expect(p.asked).toEqual(['err', 'acc']);
  });

  it('a metric the provider cannot produce is an error that fails the analysis', async () => {
    const r = await analyzeCanary(
      { provider: 'file', metrics: [{ name: 'acc', min: 0.9, max: 1 }, { name: 'ok' }] },
      provider({ ok: 1 }),
      subject,
    );
    expect(r.verdict).toBe('fail');
    expect(r.metrics[0]).toEqual({
      name: 'acc',
      min: 0.9,
      max: 1,
      verdict: 'error',
      message: 'acc: no data',
    });
    expect(r.metrics[1]!.verdict).toBe('pass');
  });

  it('a provider value of NaN fails the analysis', async () => {
    const r = await analyzeCanary(
      { provider: 'file', metrics: [{ name: 'x' }] },
      provider({ x: NaN }),
      subject,
    );
    expect(r.verdict).toBe('fail');
  });

  it('an unexpected provider error is thrown, not swallowed as a metric error', async () => {
    const boom = new TypeError('bug in the provider');
    await expect(
      analyzeCanary({ provider: 'file', metrics: [{ name: 'x' }] }, provider({ x: boom }), subject),
    ).rejects.toBe(boom);
  });

  it('no metric at all is a pass only by being vacuous: nothing failed', async () => {
    const r = await analyzeCanary({ provider: 'file', metrics: [] }, provider({}), subject);
    expect(r.verdict).toBe('pass');
  });
});
