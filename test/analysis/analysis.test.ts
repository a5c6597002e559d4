import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expandQuery,
  measure,
  MetricUnavailable,
  runAnalysis,
  type Clock,
  type MetricProvider,
  type SeriesRequest,
} from '../../src/analysis/analysis.js';
import { fileProvider } from '../../src/analysis/providers.js';
import type { AnalysisMetric, AnalysisSpec } from '../../src/manifest/types.js';
import { tempDir } from '../helpers/cli.js';

const subject = { model: 'iris', version: '1.3.0', baselineVersion: '1.2.0' };

function spec(metrics: AnalysisMetric[], over: Partial<AnalysisSpec> = {}): AnalysisSpec {
  return {
    provider: 'prometheus',
    url: 'http://prometheus:9090',
    window: '5m',
    step: '15s',
    interval: '1m',
    count: 1,
    failure_limit: 0,
    inconclusive_limit: 0,
    thresholds: { pass: 95, marginal: 75 },
    confidence: 0.95,
    auto_rollback: false,
    metrics,
    ...over,
  };
}

/** A clock that moves only when the analysis sleeps. */
function fakeClock(start = Date.parse('2026-12-01T10:00:00Z')) {
  let t = start;
  const slept: number[] = [];
  const clock: Clock = {
    now: () => new Date(t),
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
    },
  };
  return { clock, slept };
}

/** Answers each request from `answer`, and keeps what was asked. */
function provider(answer: (r: SeriesRequest, call: number) => number[]) {
  const asked: SeriesRequest[] = [];
  const p: MetricProvider = {
    name: 'table',
    async series(r) {
      asked.push(r);
      return answer(r, asked.length);
    },
  };
  return { p, asked };
}

const latency: AnalysisMetric = {
  name: 'p95',
  query: 'p95{version="{{version}}"}',
  baseline: 'p95{version="{{baseline_version}}"}',
  max: 1000,
};
const flat = (v: number, n = 20) => Array.from({ length: n }, (_, i) => v + (i % 5));

describe('measure', () => {
  it('asks the canary and baseline queries over the same window in canary mode', async () => {
    const { p, asked } = provider((r) => flat(r.role === 'canary' ? 100 : 100));
    const now = new Date('2026-12-01T10:00:00Z');
    const m = await measure(spec([latency]), p, subject, 'canary', 1, now);
    expect(m.verdict).toBe('pass');
    expect(asked.map((r) => [r.role, r.query])).toEqual([
      ['canary', 'p95{version="1.3.0"}'],
      ['baseline', 'p95{version="1.2.0"}'],
    ]);
    expect(asked[0]!.window).toEqual({
      start: new Date('2026-12-01T09:55:00Z'),
      end: now,
      stepS: 15,
    });
    expect(asked[1]!.window).toEqual(asked[0]!.window);
    expect(m.window).toEqual({
      start: '2026-12-01T09:55:00.000Z',
      end: '2026-12-01T10:00:00.000Z',
    });
    expect(m.baselineWindow).toBeUndefined();
  });

  it('compares production with its own previous window in production mode', async () => {
    const { p, asked } = provider(() => flat(100));
    const now = new Date('2026-12-01T10:00:00Z');
    const onlyCanaryQuery = {
      name: 'err',
      query: 'err{version="{{version}}"}',
      baseline: 'err{version="{{baseline_version}}"}',
      max: 1,
    };
    const m = await measure(
      spec([onlyCanaryQuery]),
      p,
      { model: 'iris', version: '1.2.0', baselineVersion: '1.2.0' },
      'production',
      1,
      now,
    );
    expect(asked.map((r) => [r.role, r.query])).toEqual([
      ['canary', 'err{version="1.2.0"}'],
      ['baseline', 'err{version="1.2.0"}'],
    ]);
    expect(asked[1]!.window).toEqual({
      start: new Date('2026-12-01T09:50:00Z'),
      end: new Date('2026-12-01T09:55:00Z'),
      stepS: 15,
    });
    expect(m.baselineWindow).toEqual({
      start: '2026-12-01T09:50:00.000Z',
      end: '2026-12-01T09:55:00.000Z',
    });
  });

  it('a regression against the recent past fails production monitoring', async () => {
    // The window now is 40 % slower than the one before it.
    const { p } = provider((r) => flat(r.role === 'canary' ? 140 : 100));
    const m = await measure(
      spec([{ name: 'p95', query: 'p95', baseline: 'p95', max: 1000 }]),
      p,
      { model: 'iris', version: '1.2.0', baselineVersion: '1.2.0' },
      'production',
      1,
      new Date(),
    );
    expect(m.verdict).toBe('fail');
    expect(m.metrics[0]!.message).toMatch(/higher than the baseline/);
  });

  it('without a production version a baseline query is not asked: the bounds judge alone, and say so', async () => {
    const { p, asked } = provider(() => flat(100));
    const m = await measure(
      spec([latency]),
      p,
      { model: 'iris', version: '1.0.0' },
      'canary',
      1,
      new Date(),
    );
    expect(asked.map((r) => r.role)).toEqual(['canary']);
    expect(m.metrics[0]).toMatchObject({
      verdict: 'pass',
      message: 'p95 = 102 within bounds (no production version to compare with yet)',
    });
  });

  it('production mode compares a baseline query even without a version to fill it with', async () => {
    const { p, asked } = provider(() => flat(100));
    await measure(
      spec([{ name: 'p95', query: 'p95', baseline: 'p95{v="{{ baseline_version }}"}', max: 1000 }]),
      p,
      { model: 'iris', version: '1.2.0' },
      'production',
      1,
      new Date(),
    );
    expect(asked.map((r) => [r.role, r.query])).toEqual([
      ['canary', 'p95'],
      ['baseline', 'p95{v="{{ baseline_version }}"}'],
    ]);
  });

  it('a baseline query without the placeholder is compared before any production version', async () => {
    const { p, asked } = provider(() => flat(100));
    const m = await measure(
      spec([{ name: 'p95', query: 'p95', baseline: 'p95_reference', max: 1000 }]),
      p,
      { model: 'iris', version: '1.0.0' },
      'canary',
      1,
      new Date(),
    );
    expect(asked.map((r) => r.role)).toEqual(['canary', 'baseline']);
    expect(m.metrics[0]!.message).not.toMatch(/no production version/);
    // `{{ baseline_version }}` with spaces is the placeholder too.
    const spaced = provider(() => flat(100));
    await measure(
      spec([{ name: 'p95', query: 'p95', baseline: 'p95{v="{{ baseline_version }}"}', max: 1000 }]),
      spaced.p,
      { model: 'iris', version: '1.0.0' },
      'canary',
      1,
      new Date(),
    );
    expect(spaced.asked.map((r) => r.role)).toEqual(['canary']);
  });

  it('a metric without a query asks the provider with none (the file provider needs none)', async () => {
    const { p, asked } = provider(() => [0.001]);
    await measure(spec([{ name: 'err', max: 1 }]), p, subject, 'canary', 1, new Date());
    expect(asked[0]!.query).toBeUndefined();
  });

  it('a metric without a baseline query is judged by its bounds alone, in production mode too', async () => {
    const { p, asked } = provider(() => flat(100));
    const m = await measure(
      spec([{ name: 'err', query: 'err', max: 1000 }]),
      p,
      { model: 'iris', version: '1.2.0', baselineVersion: '1.2.0' },
      'production',
      1,
      new Date(),
    );
    expect(asked.map((r) => r.role)).toEqual(['canary']);
    expect(m.metrics[0]!.comparison).toBeUndefined();
  });

  it('a metric the provider cannot read is nodata, and other errors are not swallowed', async () => {
    const { p } = provider(() => {
      throw new MetricUnavailable('prometheus is down');
    });
    const m = await measure(spec([latency]), p, subject, 'canary', 1, new Date());
    expect(m.metrics[0]).toMatchObject({ verdict: 'nodata', message: 'prometheus is down' });
    expect(m.verdict).toBe('inconclusive');
    const broken: MetricProvider = {
      name: 'x',
      series: async () => {
        throw new TypeError('a bug');
      },
    };
    await expect(
      measure(spec([latency]), broken, subject, 'canary', 1, new Date()),
    ).rejects.toThrow('a bug');
  });
});

describe('runAnalysis over time', () => {
  it('measures count times, interval apart, and reports each measurement', async () => {
    const { clock, slept } = fakeClock();
    const { p } = provider(() => flat(100));
    const seen: string[] = [];
    const r = await runAnalysis(spec([latency], { count: 3, interval: '30s' }), p, subject, {
      mode: 'canary',
      clock,
      onMeasurement: (m, count) => seen.push(`${m.index}/${count} ${m.verdict}`),
    });
    expect(r.verdict).toBe('pass');
    expect(r.reason).toBe('3 of 3 measurements passed');
    expect(seen).toEqual(['1/3 pass', '2/3 pass', '3/3 pass']);
    expect(slept).toEqual([30_000, 30_000]);
    expect(r.measurements.map((m) => m.at)).toEqual([
      '2026-12-01T10:00:00.000Z',
      '2026-12-01T10:00:30.000Z',
      '2026-12-01T10:01:00.000Z',
    ]);
    expect(r.metrics).toBe(r.measurements[2]!.metrics);
    expect(r).toMatchObject({ mode: 'canary', provider: 'table', subject });
  });

  it('stops early at the failure limit, without sleeping after the last look', async () => {
    const { clock, slept } = fakeClock();
    // The canary slows down from the second measurement on.
    const { p } = provider((r, call) => flat(r.role === 'canary' && call > 2 ? 150 : 100));
    const r = await runAnalysis(spec([latency], { count: 5, interval: 10 }), p, subject, {
      mode: 'canary',
      clock,
    });
    expect(r.verdict).toBe('fail');
    expect(r.measurements.map((m) => m.verdict)).toEqual(['pass', 'fail']);
    expect(slept).toEqual([10_000]);
  });

  it('a provider that goes silent mid-analysis makes it inconclusive, never a pass', async () => {
    const { clock } = fakeClock();
    const { p } = provider((_, call) => {
      if (call > 2) throw new MetricUnavailable('cannot reach prometheus');
      return flat(100);
    });
    const r = await runAnalysis(spec([latency], { count: 4 }), p, subject, {
      mode: 'canary',
      clock,
    });
    expect(r.verdict).toBe('inconclusive');
    expect(r.measurements).toHaveLength(2);
    expect(r.reason).toBe('1 of 2 measurements inconclusive (inconclusive_limit 0)');
  });
});

describe('file provider', () => {
  it('reads numbers and sample arrays, the baseline under `baseline`, afresh at every measurement', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const path = join(dir, 'm.json');
      const p = fileProvider(path);
      const req = (name: string, role: 'canary' | 'baseline'): SeriesRequest => ({
        metric: { name },
        role,
        window: { start: new Date(0), end: new Date(1), stepS: 1 },
      });
      await writeFile(
        path,
        JSON.stringify({ metrics: { err: 0.001, p95: [80, 81] }, baseline: { p95: [70, 71] } }),
      );
      expect(await p.series(req('err', 'canary'))).toEqual([0.001]);
      expect(await p.series(req('p95', 'canary'))).toEqual([80, 81]);
      expect(await p.series(req('p95', 'baseline'))).toEqual([70, 71]);
      await expect(p.series(req('err', 'baseline'))).rejects.toThrow(
        `metrics file ${path} has no number or array of numbers for \`err\` under \`baseline\``,
      );
      await writeFile(path, JSON.stringify({ err: 0.5 }));
      expect(await p.series(req('err', 'canary'))).toEqual([0.5]);
      for (const bad of [{ err: [] }, { err: ['1'] }, { err: '1' }]) {
        await writeFile(path, JSON.stringify(bad));
        await expect(p.series(req('err', 'canary'))).rejects.toThrow(MetricUnavailable);
      }
      await writeFile(path, 'not json');
      await expect(p.series(req('err', 'canary'))).rejects.toThrow(/is not JSON/);
      await writeFile(path, '[1]');
      await expect(p.series(req('err', 'canary'))).rejects.toThrow(/must hold an object/);
      await expect(
        fileProvider(join(dir, 'nope.json')).series(req('err', 'canary')),
      ).rejects.toThrow(/cannot read metrics file/);
    } finally {
      await cleanup();
    }
  });
});

describe('expandQuery', () => {
  it('fills in the model, the version and the baseline version, and nothing else', () => {
    expect(
      expandQuery(
        'x{m="{{model}}",v="{{ version }}",b="{{baseline_version}}",o="{{other}}"}',
        subject,
      ),
    ).toBe('x{m="iris",v="1.3.0",b="1.2.0",o="{{other}}"}');
    // Without a baseline version the placeholder stays, visibly, rather than becoming "".
    expect(expandQuery('{{baseline_version}}', { model: 'm', version: '1' })).toBe(
      '{{baseline_version}}',
    );
  });
});
