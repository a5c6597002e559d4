import type { ExperimentSpec } from '../manifest/types.js';
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

export type ArmData =
  | { kind: 'proportion'; successes: number; trials: number }
  | { kind: 'mean'; samples: readonly number[] };

export interface Arm {
  arm: 'A' | 'B';
  version: string;
  /** A conversion rate, or the median of the samples. */
  value: number;
  n: number;
}

export interface ExperimentResult {
  model: string;
  metric: string;
  kind: ExperimentSpec['metric']['kind'];
  better: ExperimentSpec['metric']['better'];
  /** pass: the canary (B) wins; fail: production (A) wins; inconclusive: no winner yet. */
  verdict: 'pass' | 'fail' | 'inconclusive';
  winner?: string;
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

/** Fewer samples per arm than this are not an experiment yet. */
const MIN_PER_ARM = 3;

export class ExperimentDataError extends Error {}

const fmt = (n: number) => (Number.isFinite(n) ? Number(n.toPrecision(4)).toString() : String(n));

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
  let test: ExperimentResult['test'];
  if (a.data.kind === 'proportion' && b.data.kind === 'proportion') {
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
      throw new ExperimentDataError(
        `too few samples for ${spec.metric.name} (A ${xa.length}, B ${xb.length}; at least ${MIN_PER_ARM} each)`,
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
  const message =
    verdict === 'inconclusive'
      ? `no winner: B − A = ${ci} includes 0; ${
          needed
            ? `at this difference a conclusive answer needs about ${needed.perArm} per arm (${needed.more} more)`
            : 'the arms show no difference, so no amount of traffic would make one win'
        }`
      : `${verdict === 'pass' ? `B (${b.version})` : `A (${a.version})`} wins: B − A = ${ci}`;
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

function pooledSd(x: readonly number[], y: readonly number[]): number {
  const variance = (v: readonly number[]) => {
    const m = v.reduce((s, e) => s + e, 0) / v.length;
    return v.reduce((s, e) => s + (e - m) ** 2, 0) / (v.length - 1);
  };
  return Math.sqrt(
    ((x.length - 1) * variance(x) + (y.length - 1) * variance(y)) / (x.length + y.length - 2),
  );
}
