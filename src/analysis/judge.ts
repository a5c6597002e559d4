import type { AnalysisMetric, AnalysisSpec } from '../manifest/types.js';
import { figure } from './figures.js';
import { hodgesLehmann, mannWhitney, median } from './stats.js';

/**
 * The canary judge, after Kayenta: each metric is classified from its samples (pass, fail or
 * nodata), a measurement scores the metrics by weight, and an analysis counts measurements
 * against its limits as Argo Rollouts' AnalysisRuns do. Pure: the samples come from a
 * provider, the time from the caller.
 */

export type MetricVerdict = 'pass' | 'fail' | 'nodata';
export type AnalysisVerdict = 'pass' | 'fail' | 'inconclusive';

/** Fewer samples than this on either side make no comparison: a rank test on two points says nothing. */
export const MIN_SAMPLES = 3;

/** The effect-size tolerance when the manifest names none: a 10 % change of the median. */
export const DEFAULT_TOLERANCE_PCT = 10;

export interface Comparison {
  direction: 'increase' | 'decrease';
  /**
   * One-sided Mann-Whitney U p-value of "the canary is worse than the baseline by more than the
   * tolerance" (the canary moved back by the tolerance, tested in the bad direction).
   */
  pValue: number;
  method: 'exact' | 'normal';
  /** Hodges-Lehmann shift of the canary from the baseline, in percent of the baseline's median. */
  changePct: number;
  tolerancePct: number;
  /** Whether the canary is worse by more than the tolerance at the analysis's confidence. */
  significant: boolean;
}

export interface MetricJudgement {
  name: string;
  verdict: MetricVerdict;
  message: string;
  weight: number;
  /** The canary's median over the window (its only value, read from a file). */
  value?: number;
  min?: number;
  max?: number;
  canary?: { n: number; median: number };
  baseline?: { n: number; median: number };
  comparison?: Comparison;
}

export interface MetricSamples {
  canary: readonly number[];
  /** Absent when the metric has no baseline to compare with. */
  baseline?: readonly number[];
}

const fmt = figure;

/**
 * ±Infinity is a real value (`histogram_quantile` past the largest bucket: a very slow
 * canary), which ranks correctly but would turn the differences of the shift into NaN; the
 * largest finite number keeps both its order and the arithmetic. NaN is no value at all.
 */
const finite = (v: readonly number[]): number[] =>
  v.map((x) => (x === Infinity ? Number.MAX_VALUE : x === -Infinity ? -Number.MAX_VALUE : x));
const pct = (n: number) => `${n >= 0 ? '+' : ''}${fmt(n)} %`;

/** A metric whose samples could not be read: never a pass, never a regression either. */
export function noData(metric: AnalysisMetric, why: string): MetricJudgement {
  return {
    name: metric.name,
    verdict: 'nodata',
    message: why,
    weight: metric.weight ?? 1,
    min: metric.min,
    max: metric.max,
  };
}

/**
 * Classifies one metric. It fails when the canary's median is outside an absolute bound, or
 * when it is worse than the baseline by more than the tolerance, with confidence: a one-sided
 * Mann-Whitney U test of the canary, moved back by the tolerance (a share of the baseline's
 * median), against the baseline. Testing against the margin rather than against zero is what
 * keeps an equal but noisy canary from failing one run in twenty, while a canary that is
 * clearly worse than the margin still fails.
 */
export function judgeMetric(
  metric: AnalysisMetric,
  samples: MetricSamples,
  confidence: number,
): MetricJudgement {
  const canary = finite(samples.canary);
  if (canary.length === 0) return noData(metric, `${metric.name}: no samples for the canary`);
  if (canary.some(Number.isNaN))
    return noData(metric, `${metric.name}: the canary's samples include NaN`);
  const value = median(canary);
  const base = {
    name: metric.name,
    weight: metric.weight ?? 1,
    min: metric.min,
    max: metric.max,
    value,
    canary: { n: canary.length, median: value },
  };
  const bound =
    metric.max !== undefined && value > metric.max
      ? `above the maximum ${metric.max}`
      : metric.min !== undefined && value < metric.min
        ? `below the minimum ${metric.min}`
        : undefined;
  const shown = `${metric.name} = ${fmt(value)}`;
  if (bound) return { ...base, verdict: 'fail', message: `${shown}, ${bound}` };
  if (samples.baseline === undefined)
    return metric.min === undefined && metric.max === undefined
      ? noData(metric, `${metric.name}: nothing to judge it by (no min or max, and no baseline)`)
      : { ...base, verdict: 'pass', message: `${shown} within bounds` };

  const baseline = finite(samples.baseline);
  if (baseline.some(Number.isNaN))
    return noData(metric, `${metric.name}: the baseline's samples include NaN`);
  const alpha = significanceLevel(confidence);
  const floor = smallestP(canary.length, baseline.length);
  if (canary.length < MIN_SAMPLES || baseline.length < MIN_SAMPLES || floor >= alpha)
    return noData(
      metric,
      `${metric.name}: too few samples to compare at ${fmt(confidence * 100)} % confidence (canary ${canary.length}, baseline ${baseline.length}; the smallest p-value they can give is ${fmt(floor)})`,
    );
  const direction = metric.direction ?? 'increase';
  const up = direction === 'increase';
  const tolerancePct =
    (up ? metric.max_increase_pct : metric.max_decrease_pct) ?? DEFAULT_TOLERANCE_PCT;
  const reference = Math.abs(median(baseline));
  const margin = (tolerancePct / 100) * reference;
  const moved = canary.map((x) => (up ? x - margin : x + margin));
  const test = mannWhitney(moved, baseline, up ? 'greater' : 'less');
  const shift = hodgesLehmann(canary, baseline, confidence).shift;
  const changePct = reference > 0 ? (100 * shift) / reference : shift === 0 ? 0 : shift * Infinity;
  const significant = test.pValue < alpha;
  const comparison: Comparison = {
    direction,
    pValue: test.pValue,
    method: test.method,
    changePct,
    tolerancePct,
    significant,
  };
  const against = `baseline ${fmt(median(baseline))}, ${pct(changePct)}, p = ${fmt(test.pValue)}`;
  const judged = {
    ...base,
    baseline: { n: baseline.length, median: median(baseline) },
    comparison,
  };
  if (!significant) return { ...judged, verdict: 'pass', message: `${shown} (${against})` };
  const worse = up ? 'higher' : 'lower';
  return {
    ...judged,
    verdict: 'fail',
    // A tolerance in percent of a median of 0 is no tolerance: say so rather than quote it.
    message:
      reference > 0
        ? `${shown} (${against}): ${worse} than the baseline by more than the ${fmt(tolerancePct)} % tolerated`
        : `${shown} (${against}): ${worse} than the baseline, whose median is 0`,
  };
}

/** 1 − confidence, without the float's tail (1 − 0.95 is 0.05000000000000004). */
const significanceLevel = (confidence: number) => Number((1 - confidence).toPrecision(12));

/**
 * The smallest one-sided p-value a rank test of n against m samples can give: 1 / C(n+m, n),
 * all of one side above the other, without ties. Where it is not below the significance level
 * the test cannot fail whatever the data: that is no pass, it is too little data.
 */
export function smallestP(n: number, m: number): number {
  let p = 1;
  for (let i = 1; i <= Math.min(n, m); i++) p *= i / (Math.max(n, m) + i);
  return p;
}

export interface Score {
  verdict: AnalysisVerdict;
  /** Weighted share of passing metrics, 0–100, a metric without data counting as not passing. */
  score: number;
  reason: string;
}

/**
 * A measurement's verdict from its metrics' weights. A metric without data could go either
 * way, so the verdict is the one that holds whatever it would have shown: pass only if it
 * passes with them failing, fail only if it fails with them passing, inconclusive otherwise.
 */
export function scoreMeasurement(
  metrics: readonly MetricJudgement[],
  thresholds: AnalysisSpec['thresholds'],
): Score {
  const total = metrics.reduce((s, m) => s + m.weight, 0);
  const weightOf = (v: MetricVerdict) =>
    metrics.filter((m) => m.verdict === v).reduce((s, m) => s + m.weight, 0);
  const worst = total > 0 ? (100 * weightOf('pass')) / total : 0;
  const best = total > 0 ? (100 * (total - weightOf('fail'))) / total : 0;
  const names = (v: MetricVerdict) =>
    metrics
      .filter((m) => m.verdict === v)
      .map((m) => m.name)
      .join(', ');
  const score = Number(worst.toFixed(1));
  // Nothing that passed is never a pass, whatever thresholds say.
  if (worst >= thresholds.pass && weightOf('pass') > 0)
    return { verdict: 'pass', score, reason: `score ${score} ≥ ${thresholds.pass}` };
  if (best < thresholds.marginal)
    return {
      verdict: 'fail',
      score,
      reason: `score ${score} < ${thresholds.marginal} (failing: ${names('fail')})`,
    };
  const missing = names('nodata');
  return {
    verdict: 'inconclusive',
    score,
    reason: missing
      ? `no data for ${missing}: the score could be anywhere from ${score} to ${Number(best.toFixed(1))}`
      : `score ${score} is marginal (${thresholds.marginal} ≤ score < ${thresholds.pass})`,
  };
}

export interface Conclusion {
  /** Whether the analysis needs no further measurement. */
  done: boolean;
  verdict: AnalysisVerdict;
  reason: string;
}

/**
 * Where an analysis stands after its measurements so far: it stops at once when the failed
 * (or inconclusive) measurements exceed their limit, and passes after `count` only if at least
 * one measurement passed.
 */
export function conclude(
  verdicts: readonly AnalysisVerdict[],
  limits: Pick<AnalysisSpec, 'count' | 'failure_limit' | 'inconclusive_limit'>,
): Conclusion {
  const n = (v: AnalysisVerdict) => verdicts.filter((x) => x === v).length;
  const of = `of ${verdicts.length} measurement${verdicts.length === 1 ? '' : 's'}`;
  if (n('fail') > limits.failure_limit)
    return {
      done: true,
      verdict: 'fail',
      reason: `${n('fail')} ${of} failed (failure_limit ${limits.failure_limit})`,
    };
  if (n('inconclusive') > limits.inconclusive_limit)
    return {
      done: true,
      verdict: 'inconclusive',
      reason: `${n('inconclusive')} ${of} inconclusive (inconclusive_limit ${limits.inconclusive_limit})`,
    };
  if (verdicts.length < limits.count)
    return {
      done: false,
      verdict: 'inconclusive',
      reason: `${verdicts.length} of ${limits.count} measurements taken`,
    };
  if (n('pass') === 0)
    return { done: true, verdict: 'inconclusive', reason: `no measurement ${of} passed` };
  return {
    done: true,
    verdict: 'pass',
    reason: `${n('pass')} ${of} passed${n('fail') + n('inconclusive') > 0 ? `, ${n('fail')} failed, ${n('inconclusive')} inconclusive, within the limits` : ''}`,
  };
}
