import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * The statistics behind canary and A/B decisions: pure functions, no I/O. Each follows a
 * published reference (scipy, R, SAS, Newcombe) closely enough that the tests can hold it
 * to that reference's printed numbers.
 */

/**
 * Input a test cannot be computed from: an empty sample, a non-finite value, a count that is
 * not a count. Callers classify empty data as "nodata" before calling, so reaching this is a
 * bug in the caller, hence a RangeError rather than a user-facing ModelgateError.
 */
export class StatsInputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'StatsInputError';
  }
}

export type Alternative = 'two-sided' | 'greater' | 'less';

export interface MannWhitneyResult {
  /** U of x: the number of pairs (x_i, y_j) with x_i > y_j, ties counting one half. */
  u: number;
  /** The standardised U of x, continuity-corrected; only for the normal approximation. */
  z?: number;
  pValue: number;
  method: 'exact' | 'normal';
}

/**
 * Past this many pairs (n·m) the exact distribution costs more than it is worth (its work
 * and memory grow with n·m). 'auto' picks it only when one sample has at most 8 values, so
 * beyond the bound the other has over 12 500 and the normal approximation takes over.
 */
const EXACT_MAX_PAIRS = 100_000;

/**
 * Mann-Whitney U test of x (canary) against y (baseline); 'greater' means x tends to be
 * larger. Follows scipy.stats.mannwhitneyu: average ranks for ties; method 'auto' chooses the
 * exact null distribution when either sample has at most 8 values and there are no ties,
 * and otherwise the normal approximation with tie-corrected variance and continuity
 * correction. Why scipy's rule: it is the reference most readers will check us against.
 */
export function mannWhitney(
  x: readonly number[],
  y: readonly number[],
  alternative: Alternative,
  method: 'auto' | 'exact' | 'normal' = 'auto',
): MannWhitneyResult {
  requireSample(x, 'x');
  requireSample(y, 'y');
  const n = x.length;
  const m = y.length;
  const { rankSumX, tieTerm } = rankSum(x, y);
  const u = rankSumX - (n * (n + 1)) / 2;
  const mean = (n * m) / 2;

  const exactAllowed = tieTerm === 0 && n * m <= EXACT_MAX_PAIRS;
  if (method === 'exact' && !exactAllowed) {
    throw new StatsInputError(
      tieTerm === 0
        ? `the exact distribution is limited to ${EXACT_MAX_PAIRS} pairs (got ${n * m})`
        : 'the exact distribution assumes no ties; use the normal approximation',
    );
  }
  if (method === 'exact' || (method === 'auto' && exactAllowed && Math.min(n, m) <= 8)) {
    const dist = exactDistribution(n, m);
    // P(U >= u) of the statistic in the direction of the alternative, as scipy does: the
    // distribution is symmetric, so 'less' is the upper tail of U of y = n·m − u.
    const upper = (k: number): number => dist.cdf(n * m - k);
    const pValue =
      alternative === 'greater'
        ? upper(u)
        : alternative === 'less'
          ? upper(n * m - u)
          : Math.min(1, 2 * upper(Math.max(u, n * m - u)));
    return { u, pValue, method: 'exact' };
  }

  const n2 = n + m;
  const variance = ((n * m) / 12) * (n2 + 1 - tieTerm / (n2 * (n2 - 1)));
  // Every value equal: U carries no information, and no evidence is no rejection.
  if (variance <= 0) return { u, pValue: 1, method: 'normal' };
  const sd = Math.sqrt(variance);
  const d = u - mean;
  // The correction moves U half a step toward the mean on the side being tested, which is
  // scipy's "subtract 0.5 from the statistic whose survival function is taken".
  const correction =
    alternative === 'greater' ? 0.5 : alternative === 'less' ? -0.5 : 0.5 * Math.sign(d);
  const z = (d - correction) / sd;
  const pValue =
    alternative === 'greater'
      ? normalCdf(-z, 0, 1)
      : alternative === 'less'
        ? normalCdf(z, 0, 1)
        : Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  return { u, z, pValue, method: 'normal' };
}

/** Rank sum of x in the pooled sample (average ranks for ties) and Σ(t³ − t) over tie groups. */
function rankSum(
  x: readonly number[],
  y: readonly number[],
): { rankSumX: number; tieTerm: number } {
  const n = x.length;
  const all = new Float64Array(n + y.length);
  all.set(x);
  all.set(y, n);
  const order = Array.from(all.keys()).sort((a, b) => all[a]! - all[b]!);
  let rankSumX = 0;
  let tieTerm = 0;
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && all[order[end]!] === all[order[start]!]) end++;
    const rank = (start + 1 + end) / 2; // mean of the 1-based ranks start+1 … end
    for (let k = start; k < end; k++) if (order[k]! < n) rankSumX += rank;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  return { rankSumX, tieTerm };
}

/**
 * The exact null distribution of U for sizes n and m without ties. The number of
 * arrangements with U = u is the coefficient of q^u in the Gaussian binomial
 * [n+m choose k]_q, k = min(n, m), built as ∏ (1 − q^(n+m−k+i)) / (1 − q^i) — each partial
 * product is itself a Gaussian binomial, so every step is exact. BigInt keeps the counts
 * exact (they pass 2^53 quickly); only the lower half is kept, the rest follows by symmetry.
 */
function exactDistribution(n: number, m: number): { cdf: (u: number) => number } {
  const k = Math.min(n, m);
  const other = n + m - k;
  const half = Math.floor((n * m) / 2);
  const counts: bigint[] = new Array<bigint>(half + 1).fill(0n);
  counts[0] = 1n;
  for (let i = 1; i <= k; i++) {
    const up = other + i;
    for (let t = half; t >= up; t--) counts[t]! -= counts[t - up]!;
    for (let t = i; t <= half; t++) counts[t]! += counts[t - i]!;
  }
  const cumulative: bigint[] = [];
  let running = 0n;
  for (const c of counts) cumulative.push((running += c));
  const total = Number(binomial(n + m, k));
  const cdf = (u: number): number => {
    if (u < 0) return 0;
    if (u >= n * m) return 1;
    if (u <= half) return Number(cumulative[u]!) / total;
    // P(U ≤ u) = 1 − P(U ≥ u + 1) = 1 − P(U ≤ n·m − u − 1), and n·m − u − 1 < half.
    return 1 - Number(cumulative[n * m - u - 1]!) / total;
  };
  return { cdf };
}

function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

export interface ShiftEstimate {
  /** Median of all pairwise differences x_i − y_j. */
  shift: number;
  /** Distribution-free confidence limits; ±Infinity when the samples are too small to bound it. */
  lower: number;
  upper: number;
}

/**
 * Hodges-Lehmann estimate of the shift of x over y, with the distribution-free (Moses)
 * confidence interval of Hollander & Wolfe (1999): the C-th smallest and C-th largest of the
 * n·m differences, C = ⌊n·m/2 − z_{α/2}·√(n·m(n+m+1)/12)⌋, exactly as SAS PROC NPAR1WAY
 * computes its asymptotic limits. Why the large-sample C even for small samples: it is the
 * one rule that covers ties, and flooring C keeps the interval on the conservative side.
 *
 * The differences are never materialised: order statistics are selected in the implicit
 * sorted matrix (see kthDifference), so memory is O(n + m) however large n·m is.
 */
export function hodgesLehmann(
  x: readonly number[],
  y: readonly number[],
  confidence = 0.95,
): ShiftEstimate {
  requireSample(x, 'x');
  requireSample(y, 'y');
  requireConfidence(confidence);
  const xs = Float64Array.from(x).sort();
  const ys = Float64Array.from(y).sort();
  const n = xs.length;
  const m = ys.length;
  const pairs = n * m;
  const shift =
    pairs % 2 === 1
      ? kthDifference(xs, ys, (pairs + 1) / 2)
      : (kthDifference(xs, ys, pairs / 2) + kthDifference(xs, ys, pairs / 2 + 1)) / 2;
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const c = Math.floor(pairs / 2 - z * Math.sqrt((pairs * (n + m + 1)) / 12));
  if (c < 1) return { shift, lower: -Infinity, upper: Infinity };
  return { shift, lower: kthDifference(xs, ys, c), upper: kthDifference(xs, ys, pairs + 1 - c) };
}

/**
 * The k-th smallest (1-based) of x_i − y_j for sorted x and y, without building the n·m
 * differences. With y read backwards the differences form a matrix sorted along rows and
 * columns; each round pivots on the weighted median of the rows' middle candidates, counts
 * the values below and at the pivot along the staircase in O(n + m), and keeps the side that
 * holds rank k. At least a quarter of the candidates go each round, so there are
 * O(log(n·m)) rounds of O(n·log n + m) work; no randomness, and memory stays O(n + m).
 */
function kthDifference(xs: Float64Array, ys: Float64Array, k: number): number {
  const n = xs.length;
  const m = ys.length;
  const at = (i: number, j: number): number => xs[i]! - ys[m - 1 - j]!;
  // Row i's candidates are columns lo[i] … hi[i]−1; everything left of them ranks below k,
  // everything right of them above.
  const lo = new Int32Array(n);
  const hi = new Int32Array(n).fill(m);
  const lt = new Int32Array(n);
  const le = new Int32Array(n);
  for (;;) {
    let remaining = 0;
    let below = 0;
    for (let i = 0; i < n; i++) {
      remaining += hi[i]! - lo[i]!;
      below += lo[i]!;
    }
    if (remaining <= n + m) {
      const candidates = new Float64Array(remaining);
      let p = 0;
      for (let i = 0; i < n; i++) for (let j = lo[i]!; j < hi[i]!; j++) candidates[p++] = at(i, j);
      return candidates.sort()[k - below - 1]!;
    }
    const mids: { value: number; weight: number }[] = [];
    for (let i = 0; i < n; i++) {
      const w = hi[i]! - lo[i]!;
      if (w > 0) mids.push({ value: at(i, lo[i]! + (w >> 1)), weight: w });
    }
    mids.sort((a, b) => a.value - b.value);
    let pivot = mids[0]!.value;
    for (let acc = 0, r = 0; acc * 2 < remaining; r++) {
      pivot = mids[r]!.value;
      acc += mids[r]!.weight;
    }
    // Along the staircase: row values grow with i, so the boundary column only moves left.
    let countLt = 0;
    let countLe = 0;
    for (let i = 0, jl = m, je = m; i < n; i++) {
      while (jl > 0 && at(i, jl - 1) >= pivot) jl--;
      while (je > 0 && at(i, je - 1) > pivot) je--;
      lt[i] = jl;
      le[i] = je;
      countLt += jl;
      countLe += je;
    }
    if (k <= countLt) for (let i = 0; i < n; i++) hi[i] = Math.min(hi[i]!, lt[i]!);
    else if (k <= countLe) return pivot;
    else for (let i = 0; i < n; i++) lo[i] = Math.max(lo[i]!, le[i]!);
  }
}

export interface ProportionsResult {
  pA: number;
  pB: number;
  /** pB − pA: positive when B (the canary) converts better. */
  difference: number;
  /** Newcombe's hybrid score interval for the difference. */
  lower: number;
  upper: number;
  /** Pooled two-proportion z statistic of pB − pA. */
  z: number;
  /** Two-sided p-value of the pooled z-test. */
  pValue: number;
}

/**
 * Compares two conversion rates. The test is the pooled z-test (its null is pA = pB, so the
 * variance is estimated under that null; z² is Pearson's chi-square without Yates). The
 * interval is Newcombe's (1998) hybrid score interval, method 10, built from the two Wilson
 * intervals: the Wald interval undercovers for rates near 0 or 1 and small counts, which is
 * exactly where canary conversions live, and Newcombe's stays within [−1, 1].
 */
export function twoProportions(
  successesA: number,
  trialsA: number,
  successesB: number,
  trialsB: number,
  confidence = 0.95,
): ProportionsResult {
  requireCounts(successesA, trialsA, 'A');
  requireCounts(successesB, trialsB, 'B');
  requireConfidence(confidence);
  const pA = successesA / trialsA;
  const pB = successesB / trialsB;
  const difference = pB - pA;
  const pooled = (successesA + successesB) / (trialsA + trialsB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
  // All successes or all failures in both arms: nothing distinguishes them.
  const z = se > 0 ? difference / se : 0;
  const pValue = se > 0 ? Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1)) : 1;
  const zc = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const a = wilson(pA, trialsA, zc);
  const b = wilson(pB, trialsB, zc);
  const lower = difference - Math.hypot(pB - b.lower, a.upper - pA);
  const upper = difference + Math.hypot(b.upper - pB, pA - a.lower);
  return { pA, pB, difference, lower, upper, z, pValue };
}

/** Wilson's score interval for one proportion. */
function wilson(p: number, n: number, z: number): { lower: number; upper: number } {
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  return { lower: (centre - spread) / scale, upper: (centre + spread) / scale };
}

export interface PowerOptions {
  /** Two-sided significance level; 0.05 unless given. */
  alpha?: number;
  /** Probability of detecting the difference when it is real; 0.8 unless given. */
  power?: number;
}

/**
 * Observations per arm for the pooled z-test to detect pA against pB: the normal formula
 * n = (z_{α/2}·√(2·p̄(1−p̄)) + z_β·√(pA(1−pA) + pB(1−pB)))² / (pA − pB)², which is what R's
 * power.prop.test solves. Used to say how much more traffic a conclusive answer needs at the
 * difference seen so far; Infinity when that difference is zero.
 */
export function sampleSizeForProportions(
  pA: number,
  pB: number,
  options: PowerOptions = {},
): number {
  for (const [name, p] of [
    ['pA', pA],
    ['pB', pB],
  ] as const) {
    if (!(p >= 0 && p <= 1)) throw new StatsInputError(`${name} must be a proportion, got ${p}`);
  }
  const { za, zb } = powerQuantiles(options);
  const d = pB - pA;
  if (d === 0) return Infinity;
  const mean = (pA + pB) / 2;
  const root =
    za * Math.sqrt(2 * mean * (1 - mean)) + zb * Math.sqrt(pA * (1 - pA) + pB * (1 - pB));
  return Math.ceil((root * root) / (d * d));
}

/**
 * The asymptotic relative efficiency of the Wilcoxon-Mann-Whitney test to the t-test under
 * normality (Hodges & Lehmann, 1956): the rank test needs 1/0.955 times the observations.
 */
const WILCOXON_ARE = 3 / Math.PI;

/**
 * Observations per arm for the Mann-Whitney test to detect a location shift between two arms
 * of standard deviation sd: the normal two-sample formula 2·(z_{α/2} + z_β)²·sd²/shift²,
 * divided by the Wilcoxon's efficiency 3/π. An approximation for planning, not a guarantee;
 * Infinity when the shift is zero, at least one observation otherwise.
 */
export function sampleSizeForShift(sd: number, shift: number, options: PowerOptions = {}): number {
  if (!(sd >= 0 && Number.isFinite(sd)))
    throw new StatsInputError(`sd must be finite and ≥ 0, got ${sd}`);
  if (!Number.isFinite(shift)) throw new StatsInputError(`shift must be finite, got ${shift}`);
  const { za, zb } = powerQuantiles(options);
  if (shift === 0) return Infinity;
  const normal = (2 * (za + zb) ** 2 * sd * sd) / (shift * shift);
  return Math.max(1, Math.ceil(normal / WILCOXON_ARE));
}

function powerQuantiles({ alpha = 0.05, power = 0.8 }: PowerOptions): { za: number; zb: number } {
  if (!(alpha > 0 && alpha < 1)) throw new StatsInputError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new StatsInputError(`power must be in (0, 1), got ${power}`);
  return { za: normalQuantile(1 - alpha / 2, 0, 1), zb: normalQuantile(power, 0, 1) };
}

/** The sample median: the reported value of a metric whose test is on ranks. */
export function median(values: readonly number[]): number {
  requireSample(values, 'values');
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  // Halved before adding: the sum of two values near the largest double would overflow.
  return sorted.length % 2 === 1 ? sorted[mid]! : sorted[mid - 1]! / 2 + sorted[mid]! / 2;
}

function requireSample(values: readonly number[], name: string): void {
  if (values.length === 0) throw new StatsInputError(`${name} is empty`);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new StatsInputError(`${name} holds a non-finite value (${v})`);
  }
}

function requireConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new StatsInputError(`confidence must be in (0, 1), got ${confidence}`);
  }
}

function requireCounts(successes: number, trials: number, arm: string): void {
  if (!Number.isInteger(trials) || trials <= 0) {
    throw new StatsInputError(`arm ${arm}: trials must be a positive integer, got ${trials}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new StatsInputError(
      `arm ${arm}: successes must be an integer in 0…${trials}, got ${successes}`,
    );
  }
}
