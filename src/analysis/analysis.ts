import { seconds } from '../manifest/duration.js';
import type { AnalysisMetric, AnalysisSpec } from '../manifest/types.js';
import { StatsInputError } from './stats.js';
import {
  conclude,
  judgeMetric,
  noData,
  scoreMeasurement,
  type AnalysisVerdict,
  type MetricJudgement,
} from './judge.js';

/** What is judged: the canary against production, or production against its own past. */
export type AnalysisMode = 'canary' | 'production';

export interface AnalysisSubject {
  model: string;
  /** The version judged: the canary's, or production's when monitoring. */
  version: string;
  /** The version the baseline series belong to; absent before a first production version. */
  baselineVersion?: string;
}

/** The time span of one range query: samples every `stepS` from `start` to `end`. */
export interface Window {
  start: Date;
  end: Date;
  stepS: number;
}

export interface SeriesRequest {
  metric: AnalysisMetric;
  role: 'canary' | 'baseline';
  /** The query with its placeholders filled in, for providers that query. */
  query?: string;
  window: Window;
}

/** Reads a metric's samples; throws MetricUnavailable when it cannot. */
export interface MetricProvider {
  readonly name: string;
  series(request: SeriesRequest): Promise<number[]>;
}

/** A metric the provider could not produce: no data is never a pass. */
export class MetricUnavailable extends Error {}

/** `{{model}}`, `{{version}}` and `{{baseline_version}}` in a query. */
export function expandQuery(query: string, subject: AnalysisSubject): string {
  return query.replace(
    /\{\{\s*(model|version|baseline_version)\s*\}\}/g,
    (whole, key: 'model' | 'version' | 'baseline_version') =>
      key === 'baseline_version' ? (subject.baselineVersion ?? whole) : subject[key],
  );
}

export interface Measurement {
  /** 1-based. */
  index: number;
  /** When the measurement's window ended. */
  at: string;
  window: { start: string; end: string };
  baselineWindow?: { start: string; end: string };
  verdict: AnalysisVerdict;
  score: number;
  reason: string;
  metrics: MetricJudgement[];
}

export interface AnalysisResult {
  verdict: AnalysisVerdict;
  reason: string;
  mode: AnalysisMode;
  provider: string;
  subject: AnalysisSubject;
  /** Every measurement taken, in order: the evidence is the whole run, not its last look. */
  measurements: Measurement[];
  /** The last measurement's metrics. */
  metrics: MetricJudgement[];
}

/** The analysis's dependence on time, given by the caller so tests need no real clock. */
export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const iso = (w: Window) => ({ start: w.start.toISOString(), end: w.end.toISOString() });

/**
 * One look at every metric. The canary's window ends now; the baseline's is the same window
 * (canary mode: production's series beside the canary's), or the window before it (production
 * mode: the version against its own recent past).
 */
export async function measure(
  spec: AnalysisSpec,
  provider: MetricProvider,
  subject: AnalysisSubject,
  mode: AnalysisMode,
  index: number,
  now: Date,
): Promise<Measurement> {
  const spanMs = seconds(spec.window) * 1000;
  const stepS = seconds(spec.step);
  const window: Window = { start: new Date(now.getTime() - spanMs), end: now, stepS };
  const baselineWindow: Window =
    mode === 'canary'
      ? window
      : { start: new Date(now.getTime() - 2 * spanMs), end: window.start, stepS };
  const metrics: MetricJudgement[] = [];
  for (const metric of spec.metrics) {
    metrics.push(await judgeOne(spec, provider, subject, mode, metric, window, baselineWindow));
  }
  const score = scoreMeasurement(metrics, spec.thresholds);
  return {
    index,
    at: now.toISOString(),
    window: iso(window),
    ...(mode === 'production' ? { baselineWindow: iso(baselineWindow) } : {}),
    ...score,
    metrics,
  };
}

async function judgeOne(
  spec: AnalysisSpec,
  provider: MetricProvider,
  subject: AnalysisSubject,
  mode: AnalysisMode,
  metric: AnalysisMetric,
  window: Window,
  baselineWindow: Window,
): Promise<MetricJudgement> {
  // Only a metric that names a baseline query is compared (the others are judged by their
  // bounds, the SLO): in production mode with the same version's previous window, in canary
  // mode with production's series, once production holds a version to compare with.
  const baselineQuery = metric.baseline;
  const compare =
    baselineQuery !== undefined &&
    (mode === 'production' ||
      subject.baselineVersion !== undefined ||
      !/\{\{\s*baseline_version\s*\}\}/.test(baselineQuery));
  try {
    const canary = await provider.series({
      metric,
      role: 'canary',
      query: metric.query === undefined ? undefined : expandQuery(metric.query, subject),
      window,
    });
    const baseline = compare
      ? await provider.series({
          metric,
          role: 'baseline',
          query: baselineQuery === undefined ? undefined : expandQuery(baselineQuery, subject),
          window: baselineWindow,
        })
      : undefined;
    const judged = judgeMetric(metric, { canary, baseline }, spec.confidence);
    return baselineQuery !== undefined && !compare
      ? { ...judged, message: `${judged.message} (no production version to compare with yet)` }
      : judged;
  } catch (err) {
    // Samples the statistics cannot take (a value that overflows them) are no measurement.
    if (!(err instanceof MetricUnavailable) && !(err instanceof StatsInputError)) throw err;
    return noData(metric, err.message);
  }
}

export interface RunOptions {
  mode: AnalysisMode;
  clock?: Clock;
  /** Told of each measurement as it is taken: progress on a long analysis. */
  onMeasurement?(m: Measurement, count: number): void;
}

/**
 * Measures `count` times, `interval` apart, and stops as soon as the failed or inconclusive
 * measurements exceed their limits.
 */
export async function runAnalysis(
  spec: AnalysisSpec,
  provider: MetricProvider,
  subject: AnalysisSubject,
  options: RunOptions,
): Promise<AnalysisResult> {
  const clock = options.clock ?? realClock;
  const measurements: Measurement[] = [];
  for (;;) {
    const m = await measure(
      spec,
      provider,
      subject,
      options.mode,
      measurements.length + 1,
      clock.now(),
    );
    measurements.push(m);
    options.onMeasurement?.(m, spec.count);
    const c = conclude(
      measurements.map((x) => x.verdict),
      spec,
    );
    if (c.done)
      return {
        verdict: c.verdict,
        reason: c.reason,
        mode: options.mode,
        provider: provider.name,
        subject,
        measurements,
        metrics: m.metrics,
      };
    await clock.sleep(seconds(spec.interval) * 1000);
  }
}
