import type { ExperimentSpec } from '../manifest/types.js';
import { figure } from './figures.js';
import {
  hodgesLehmann,
  mannWhitney,
  median,
  sampleSizeForProportions,
  sampleSizeForShift,
  twoProportions,
} from './stats.js';

/**
 * An A/B experiment between production (arm A) and the canary (arm B), which serve split
 * traffic at the canary's weight. A winner is declared only when the confidence interval of
 * the difference excludes zero; otherwise the result says how much traffic per arm a
 * conclusive answer would take at the difference seen so far.
 */

interface Counts {
  successes: number;
  trials: number;
}

export type ArmData =
  ({ kind: 'proportion' } & Counts) | { kind: 'mean'; samples: readonly number[] };

export interface Arm {
  arm: 'A' | 'B';
  version: string;
  /** A conversion rate, or the median of the samples. */
  value: number;
  n: number;
}

interface ExperimentSubject {
  model: string;
  metric: string;
  kind: ExperimentSpec['metric']['kind'];
  better: ExperimentSpec['metric']['better'];
}

export interface ExperimentDecision extends ExperimentSubject {
  /** pass: the canary (B) wins; fail: production (A) wins; inconclusive: no winner yet. */
  verdict: 'pass' | 'fail' | 'inconclusive';
  winner?: string;
  nodata?: undefined;
  arms: [Arm, Arm];
  /** B − A: a difference of rates, or the Hodges-Lehmann shift of B from A. */
  difference: number;
  interval: { lower: number; upper: number; confidence: number };
  pValue: number;
  test: 'two-proportion z' | 'Mann-Whitney U';
  /** When inconclusive: the observations per arm a conclusive answer needs at this difference. */
  needed?: { perArm: number; more: number };
  message: string;
}

/**
 * An experiment with too little to test yet (an arm unread, or counts too thin for the test):
 * inconclusive like an open interval, so it never promotes, and reported like one, with the
 * arms where they were read, instead of ending the run as an error.
 */
export interface ExperimentNoData extends ExperimentSubject {
  verdict: 'inconclusive';
  winner?: undefined;
  /** Why no test was run. */
  nodata: string;
  arms?: [Arm, Arm];
  needed?: { perArm: number; more: number };
  message: string;
}

export type ExperimentResult = ExperimentDecision | ExperimentNoData;

/** Fewer samples per arm than this are not an experiment yet. */
const MIN_PER_ARM = 3;

/**
 * The usual condition for the normal approximation of a proportion (n·p and n·(1−p) at least
 * 5): below it the z-test and the interval claim more than the counts hold (0 of 3 against
 * 3 of 3 is no proof, Fisher's exact p = 0.1).
 */
const MIN_EVENTS = 5;

export class ExperimentDataError extends Error {}

const fmt = figure;

export function decideExperiment(
  spec: ExperimentSpec,
  model: string,
  a: { version: string; data: ArmData },
  b: { version: string; data: ArmData },
): ExperimentResult {
  const { confidence, power } = spec;
  const alpha = 1 - confidence;
  let arms: [Arm, Arm];
  let difference: number;
  let lower: number;
  let upper: number;
  let pValue: number;
  let perArm: number;
  let test: ExperimentDecision['test'];
  if (a.data.kind === 'proportion' && b.data.kind === 'proportion') {
    for (const [arm, d] of [
      ['A', a.data],
      ['B', b.data],
    ] as const) {
      // Counts that cannot be (more successes than trials) are left to the test to refuse.
      const possible = d.successes >= 0 && d.successes <= d.trials;
      if (possible && (d.successes < MIN_EVENTS || d.trials - d.successes < MIN_EVENTS))
        return thinProportions(spec, model, [a.version, a.data], [b.version, b.data], arm);
    }
    const r = twoProportions(
      a.data.successes,
      a.data.trials,
      b.data.successes,
      b.data.trials,
      confidence,
    );
    arms = [
      { arm: 'A', version: a.version, value: r.pA, n: a.data.trials },
      { arm: 'B', version: b.version, value: r.pB, n: b.data.trials },
    ];
    ({ difference, lower, upper, pValue } = r);
    perArm = sampleSizeForProportions(r.pA, r.pB, { alpha, power });
    test = 'two-proportion z';
  } else if (a.data.kind === 'mean' && b.data.kind === 'mean') {
    const xa = a.data.samples;
    const xb = b.data.samples;
    if (xa.length < MIN_PER_ARM || xb.length < MIN_PER_ARM)
      return experimentWithoutData(
        spec,
        model,
        `too few samples for ${spec.metric.name} (A ${xa.length}, B ${xb.length}; at least ${MIN_PER_ARM} each)`,
        xa.length > 0 && xb.length > 0
          ? [
              { arm: 'A', version: a.version, value: median(xa), n: xa.length },
              { arm: 'B', version: b.version, value: median(xb), n: xb.length },
            ]
          : undefined,
        { perArm: MIN_PER_ARM, more: MIN_PER_ARM - Math.min(xa.length, xb.length) },
      );
    const hl = hodgesLehmann(xb, xa, confidence);
    arms = [
      { arm: 'A', version: a.version, value: median(xa), n: xa.length },
      { arm: 'B', version: b.version, value: median(xb), n: xb.length },
    ];
    difference = hl.shift;
    ({ lower, upper } = hl);
    pValue = mannWhitney(xb, xa, 'two-sided').pValue;
    perArm = sampleSizeForShift(pooledSd(xa, xb), hl.shift, { alpha, power });
    test = 'Mann-Whitney U';
  } else {
    throw new ExperimentDataError('both arms must have the same kind of data');
  }
  // Which side of zero is better depends on the metric: a lower latency wins.
  const higher = spec.metric.better === 'higher';
  const bBetter = higher ? lower > 0 : upper < 0;
  const aBetter = higher ? upper < 0 : lower > 0;
  const verdict = bBetter ? 'pass' : aBetter ? 'fail' : 'inconclusive';
  const interval = { lower, upper, confidence };
  const ci = `${fmt(difference)} (${Math.round(confidence * 100)} % CI ${fmt(lower)} to ${fmt(upper)})`;
  const have = Math.min(arms[0].n, arms[1].n);
  const needed =
    verdict === 'inconclusive' && Number.isFinite(perArm)
      ? { perArm: Math.ceil(perArm), more: Math.max(0, Math.ceil(perArm) - have) }
      : undefined;
  const unit = spec.metric.kind === 'mean' ? 'samples (one per step of the window)' : 'trials';
  const message =
    verdict !== 'inconclusive'
      ? `${verdict === 'pass' ? `B (${b.version})` : `A (${a.version})`} wins: B − A = ${ci}`
      : `no winner: B − A = ${ci} includes 0; ${
          !needed
            ? 'the arms show no difference so far, so there is none to size a sample for'
            : needed.more > 0
              ? `at this difference a conclusive answer needs about ${needed.perArm} ${unit} per arm (${needed.more} more)`
              : `the ${have} ${unit} per arm are about what this difference needs (${needed.perArm}), and it is at the edge of what they show: keep collecting`
        }`;
  return {
    model,
    metric: spec.metric.name,
    kind: spec.metric.kind,
    better: spec.metric.better,
    verdict,
    ...(verdict === 'inconclusive' ? {} : { winner: verdict === 'pass' ? b.version : a.version }),
    arms,
    difference,
    interval,
    pValue,
    test,
    ...(needed ? { needed } : {}),
    message,
  };
}

/** An inconclusive result with no test run, saying why and what would make one possible. */
export function experimentWithoutData(
  spec: ExperimentSpec,
  model: string,
  why: string,
  arms?: [Arm, Arm],
  needed?: { perArm: number; more: number },
): ExperimentNoData {
  // A thin arm always has fewer observations than it needs: `more` is never 0 here.
  const more = needed
    ? `; a test needs about ${needed.perArm} ${spec.metric.kind === 'mean' ? 'samples' : 'trials'} per arm (${needed.more} more)`
    : '';
  return {
    model,
    metric: spec.metric.name,
    kind: spec.metric.kind,
    better: spec.metric.better,
    verdict: 'inconclusive',
    nodata: why,
    ...(arms ? { arms } : {}),
    ...(needed ? { needed } : {}),
    message: `no winner: not enough data to test yet: ${why}${more}`,
  };
}

/**
 * Counts below the normal approximation's condition: the trials per arm at which the rates
 * seen so far would give MIN_EVENTS of each outcome, when the rates are not 0 or 1.
 */
function thinProportions(
  spec: ExperimentSpec,
  model: string,
  a: [version: string, counts: Counts],
  b: [version: string, counts: Counts],
  arm: 'A' | 'B',
): ExperimentNoData {
  const [, d] = arm === 'A' ? a : b;
  const arms: [Arm, Arm] = [
    { arm: 'A', version: a[0], value: a[1].successes / a[1].trials, n: a[1].trials },
    { arm: 'B', version: b[0], value: b[1].successes / b[1].trials, n: b[1].trials },
  ];
  // From the counts, not the rates: 1 − 0.9 is a hair under 0.1 in floating point.
  const perArm = Math.max(
    ...[a[1], b[1]].map((x) =>
      Math.ceil((MIN_EVENTS * x.trials) / Math.min(x.successes, x.trials - x.successes)),
    ),
  );
  return experimentWithoutData(
    spec,
    model,
    `arm ${arm} has ${d.successes} successes in ${d.trials} trials; the two-proportion test needs at least ${MIN_EVENTS} successes and ${MIN_EVENTS} failures in each arm`,
    // An arm of no trials has no rate (0 / 0).
    arms.every((x) => Number.isFinite(x.value)) ? arms : undefined,
    Number.isFinite(perArm)
      ? { perArm, more: perArm - Math.min(a[1].trials, b[1].trials) }
      : undefined,
  );
}

function pooledSd(x: readonly number[], y: readonly number[]): number {
  const variance = (v: readonly number[]) => {
    const m = v.reduce((s, e) => s + e, 0) / v.length;
    return v.reduce((s, e) => s + (e - m) ** 2, 0) / (v.length - 1);
  };
  return Math.sqrt(
    ((x.length - 1) * variance(x) + (y.length - 1) * variance(y)) / (x.length + y.length - 2),
  );
}
