import { describe, expect, it } from 'vitest';
import {
  StatsInputError,
  hodgesLehmann,
  mannWhitney,
  median,
  sampleSizeForProportions,
  sampleSizeForShift,
  twoProportions,
} from '../../src/analysis/stats.js';

// Every expected number below is printed in the source named beside it; none was computed
// here. Where a source prints four decimals, the check is to that precision.

// scipy.stats.mannwhitneyu docstring, "Examples" (from Shier 2004): age at diagnosis.
const males = [19, 22, 16, 29, 24];
const females = [20, 11, 17, 12];

// R ?wilcox.test, two-sample example (Hollander & Wolfe 1973, p. 69f.): permeability
// constants of the human chorioamnion at term (x) and at 12–26 weeks (y).
const term = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const early = [1.15, 0.88, 0.9, 0.74, 1.21];

// R's `sleep` data set, extra hours of sleep by drug group.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

/** A deterministic sample with many ties (values on a coarse grid). */
function grid(n: number, seed: number, offset = 0): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * 20) / 2 + offset;
  });
}

describe('mannWhitney', () => {
  it('matches the scipy documentation: exact for small samples without ties', () => {
    // scipy: U1 = 17.0, p = 0.1111111111111111 (method="exact").
    expect(mannWhitney(males, females, 'two-sided')).toEqual({
      u: 17,
      pValue: expect.closeTo(0.1111111111111111, 15),
      method: 'exact',
    });
    // scipy: mannwhitneyu(females, males, alternative="less", method="exact") →
    // statistic=3.0, pvalue=0.05555555555555555.
    const less = mannWhitney(females, males, 'less');
    expect(less.u).toBe(3);
    expect(less.pValue).toBeCloseTo(0.05555555555555555, 15);
  });

  it('matches the scipy documentation: the normal approximation with continuity correction', () => {
    // scipy: method="asymptotic" → 0.11134688653314041. (The 0.0864 in the same docstring is
    // with use_continuity=False, which this module does not offer.)
    const r = mannWhitney(males, females, 'two-sided', 'normal');
    expect(r.method).toBe('normal');
    expect(r.pValue).toBeCloseTo(0.11134688653314041, 12);
  });

  it("matches R's wilcox.test and SAS NPAR1WAY on the permeability data", () => {
    // R ?wilcox.test: wilcox.test(x, y, alternative = "g") → W = 35, p-value = 0.1272.
    const greater = mannWhitney(term, early, 'greater');
    expect(greater).toMatchObject({ u: 35, method: 'exact' });
    expect(greater.pValue).toBeCloseTo(0.1272, 4);
    // SAS PROC NPAR1WAY on the same data (CRAN DescrTab2's SAS comparison, Wilcoxon
    // two-sample test, the smaller class y as S = 30): exact Pr >= |S - Mean| = 0.2544;
    // Z = -1.1635 with continuity correction 0.5, Pr < Z = 0.1223, Pr > |Z| = 0.2446.
    expect(mannWhitney(term, early, 'two-sided').pValue).toBeCloseTo(0.2544, 4);
    const normal = mannWhitney(term, early, 'two-sided', 'normal');
    expect(normal.z).toBeCloseTo(1.1635, 4); // of x, so the sign is SAS's flipped
    expect(normal.pValue).toBeCloseTo(0.2446, 4);
    expect(mannWhitney(term, early, 'greater', 'normal').pValue).toBeCloseTo(0.1223, 4);
  });

  it("matches R's sleep example: ties force the normal approximation", () => {
    // wilcox.test(extra ~ group, data = sleep) → "Wilcoxon rank sum test with continuity
    // correction", W = 25.5, p-value = 0.06933.
    const r = mannWhitney(drug1, drug2, 'two-sided');
    expect(r).toMatchObject({ u: 25.5, method: 'normal' });
    expect(r.pValue).toBeCloseTo(0.06933, 5);
  });

  it('matches the NAG g08amc example: tie-corrected variance, one-sided', () => {
    // NAG C Library g08amc example: 16 vs 23 values with ties → test statistic 86.0000,
    // normal statistic -2.8039, approximate tail probability 0.0025 (lower tail).
    const g1 = [13, 6, 12, 7, 12, 7, 10, 7, 10, 7, 16, 7, 10, 8, 9, 8];
    const g2 = [
      17, 6, 10, 8, 15, 8, 15, 10, 15, 10, 14, 10, 14, 11, 14, 11, 13, 12, 13, 12, 13, 12, 12,
    ];
    const r = mannWhitney(g1, g2, 'less');
    expect(r).toMatchObject({ u: 86, method: 'normal' });
    expect(r.z).toBeCloseTo(-2.8039, 4);
    expect(r.pValue).toBeCloseTo(0.0025, 4);
  });

  it('matches the ClickHouse documentation of mannWhitneyUTest (continuity-corrected)', () => {
    // mannWhitneyUTest('greater') of 10, 11, 12 against 1, 2, 3 → (9, 0.04042779918503192).
    const r = mannWhitney([10, 11, 12], [1, 2, 3], 'greater', 'normal');
    expect(r.u).toBe(9);
    expect(r.pValue).toBeCloseTo(0.04042779918503192, 12);
  });

  it('is symmetric: swapping the samples swaps greater and less and complements U', () => {
    for (const [x, y] of [
      [males, females],
      [drug1, drug2],
      [grid(30, 1), grid(40, 2, 0.5)],
    ] as const) {
      const xy = mannWhitney(x, y, 'greater');
      const yx = mannWhitney(y, x, 'less');
      expect(yx.pValue).toBeCloseTo(xy.pValue, 14);
      expect(yx.u).toBe(x.length * y.length - xy.u);
      expect(mannWhitney(y, x, 'two-sided').pValue).toBeCloseTo(
        mannWhitney(x, y, 'two-sided').pValue,
        14,
      );
    }
  });

  it('gives the exact one-arrangement probability for complete separation, also past 2^53', () => {
    // Only one of the C(n+m, n) equally likely arrangements puts every x above every y.
    const choose = (n: number, k: number): number => {
      let c = 1n;
      for (let i = 1; i <= k; i++) c = (c * BigInt(n - k + i)) / BigInt(i);
      return Number(c);
    };
    expect(mannWhitney([5, 6, 7], [1, 2, 3, 4], 'greater').pValue).toBeCloseTo(1 / 35, 15);
    const y = Array.from({ length: 2000 }, (_, i) => i);
    const x = [3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007];
    const r = mannWhitney(x, y, 'greater');
    expect(r).toMatchObject({ u: 16000, method: 'exact' });
    expect(r.pValue / (1 / choose(2008, 8))).toBeCloseTo(1, 12);
    expect(mannWhitney(x, y, 'less').pValue).toBe(1);
  });

  it('chooses as scipy does: exact only with no ties and a sample of at most 8', () => {
    expect(mannWhitney(grid(9, 3), grid(9, 4), 'two-sided').method).toBe('normal');
    const distinct = (n: number, start: number): number[] =>
      Array.from({ length: n }, (_, i) => start + i * 0.37);
    expect(mannWhitney(distinct(8, 0), distinct(50, 1), 'two-sided').method).toBe('exact');
    expect(mannWhitney(distinct(9, 0), distinct(9, 1), 'two-sided').method).toBe('normal');
    expect(mannWhitney([1, 2, 2], [3, 4], 'two-sided').method).toBe('normal');
  });

  it('reports p = 1 when every value is equal (no variance, no evidence)', () => {
    expect(mannWhitney([1, 1, 1], [1, 1], 'greater')).toEqual({
      u: 3,
      pValue: 1,
      method: 'normal',
    });
  });

  it('refuses what it cannot test, with a typed error', () => {
    expect(() => mannWhitney([], [1], 'two-sided')).toThrow(StatsInputError);
    expect(() => mannWhitney([1], [], 'two-sided')).toThrow(/y is empty/);
    expect(() => mannWhitney([1, NaN], [2], 'two-sided')).toThrow(/non-finite/);
    expect(() => mannWhitney([1, 2, 2], [3], 'two-sided', 'exact')).toThrow(/no ties/);
    expect(new StatsInputError('x')).toBeInstanceOf(RangeError);
  });

  it('handles 5000 values per arm quickly', () => {
    const base = Array.from({ length: 5000 }, (_, i) => i);
    const started = performance.now();
    const same = mannWhitney(base, base, 'two-sided');
    const shifted = mannWhitney(
      base.map((v) => v + 300),
      base,
      'greater',
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(same).toMatchObject({ u: 12_500_000, pValue: 1, method: 'normal' });
    expect(shifted.pValue).toBeLessThan(1e-10);
  });
});

describe('hodgesLehmann', () => {
  it('matches SAS NPAR1WAY on the permeability data', () => {
    // DescrTab2's SAS comparison: Location Shift (Ctrl - Trt) -0.3050, 95% confidence limits
    // -0.7600 0.1700; here x − y, so the signs flip.
    const r = hodgesLehmann(term, early);
    expect(r.shift).toBeCloseTo(0.305, 10);
    expect(r.lower).toBeCloseTo(-0.17, 10);
    expect(r.upper).toBeCloseTo(0.76, 10);
  });

  it('matches SAS NPAR1WAY on the Hollander-Wolfe data with ties (Moses limits)', () => {
    // PHUSE CAMIS "Non-parametric point estimation in SAS": Location Shift (A - B) 0.5600,
    // Asymptotic (Moses) 95% confidence limits -0.3700 1.1830.
    const a = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const b = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const r = hodgesLehmann(a, b);
    expect(r.shift).toBeCloseTo(0.56, 10);
    expect(r.lower).toBeCloseTo(-0.37, 10);
    expect(r.upper).toBeCloseTo(1.183, 10);
  });

  it('selects the same order statistics as sorting every difference', () => {
    const sorted = (x: number[], y: number[]): number[] =>
      x.flatMap((a) => y.map((b) => a - b)).sort((p, q) => p - q);
    for (const [n, m] of [
      [1, 1],
      [2, 3],
      [40, 60],
      [75, 9],
      [7, 120],
    ] as const) {
      const x = grid(n, n * 7 + 1, 1);
      const y = grid(m, m * 13 + 5);
      const d = sorted(x, y);
      const half = d.length / 2;
      const expected = d.length % 2 === 1 ? d[(d.length - 1) / 2]! : (d[half - 1]! + d[half]!) / 2;
      const r = hodgesLehmann(x, y, 0.9);
      expect(r.shift).toBe(expected);
      if (Number.isFinite(r.lower)) {
        expect(d).toContain(r.lower);
        expect(d).toContain(r.upper);
        expect(r.lower).toBeLessThanOrEqual(r.shift);
        expect(r.upper).toBeGreaterThanOrEqual(r.shift);
      }
    }
  });

  it('flips sign when the samples are swapped', () => {
    const xy = hodgesLehmann(term, early);
    const yx = hodgesLehmann(early, term);
    expect(yx.shift).toBeCloseTo(-xy.shift, 12);
    expect(yx.lower).toBeCloseTo(-xy.upper, 12);
    expect(yx.upper).toBeCloseTo(-xy.lower, 12);
  });

  it('widens with the confidence level and is unbounded when the samples cannot bound it', () => {
    const at90 = hodgesLehmann(drug2, drug1, 0.9);
    const at99 = hodgesLehmann(drug2, drug1, 0.99);
    expect(at99.lower).toBeLessThanOrEqual(at90.lower);
    expect(at99.upper).toBeGreaterThanOrEqual(at90.upper);
    // 2 vs 2 values: C = ⌊2 − 1.96·√(20/12)⌋ < 1, so no pair of differences covers 95 %.
    expect(hodgesLehmann([1, 2], [3, 4])).toEqual({ shift: -2, lower: -Infinity, upper: Infinity });
  });

  it('handles 5000 values per arm without building 25 million differences', () => {
    const base = Array.from({ length: 5000 }, (_, i) => i);
    const started = performance.now();
    const r = hodgesLehmann(
      base.map((v) => v + 100),
      base,
    );
    expect(performance.now() - started).toBeLessThan(2000);
    // The differences are 100 + i − j: symmetric about 100, so the median is 100 exactly.
    expect(r.shift).toBe(100);
    expect(100 - r.lower).toBe(r.upper - 100);
    expect(r.lower).toBeLessThan(100);
  });

  it('refuses bad input with a typed error', () => {
    expect(() => hodgesLehmann([], [1])).toThrow(StatsInputError);
    expect(() => hodgesLehmann([1], [Infinity])).toThrow(/non-finite/);
    expect(() => hodgesLehmann([1], [2], 1)).toThrow(/confidence/);
  });
});

describe('twoProportions', () => {
  it("matches Newcombe's (1998) Table II, method 10 (hybrid score)", () => {
    // Newcombe, Stat Med 17:873, Table II: 56/70 − 48/80 → 0.0524 to 0.3339;
    // 9/10 − 3/10 → 0.1705 to 0.8090. B is the first proportion here (difference = pB − pA).
    const a = twoProportions(48, 80, 56, 70);
    expect(a.difference).toBeCloseTo(0.2, 12);
    expect(a.lower).toBeCloseTo(0.0524, 4);
    expect(a.upper).toBeCloseTo(0.3339, 4);
    const b = twoProportions(3, 10, 9, 10);
    expect(b.lower).toBeCloseTo(0.1705, 4);
    expect(b.upper).toBeCloseTo(0.809, 4);
  });

  it('tests with the pooled z statistic', () => {
    // GSK-Biostatistics/cicalc, ci_prop_diff_mee snapshot for 56/70 − 48/80: "At 0 the
    // statistic is 2.65 and the p-value is 0.004" (one-sided). Mee's score statistic at a
    // null difference of 0 is the pooled z; the two-sided p-value doubles it.
    const r = twoProportions(48, 80, 56, 70);
    expect(r).toMatchObject({ pA: 0.6, pB: 0.8 });
    expect(r.z).toBeCloseTo(2.65, 2);
    expect(r.pValue / 2).toBeCloseTo(0.004, 3);
    const swapped = twoProportions(56, 70, 48, 80);
    expect(swapped.z).toBeCloseTo(-r.z, 12);
    expect(swapped.pValue).toBeCloseTo(r.pValue, 12);
    expect(swapped.lower).toBeCloseTo(-r.upper, 12);
  });

  it('has no evidence when both arms are all failures, yet an interval around zero', () => {
    const r = twoProportions(0, 50, 0, 40);
    expect(r).toMatchObject({ difference: 0, z: 0, pValue: 1 });
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
  });

  it('refuses counts that are not counts, with a typed error', () => {
    expect(() => twoProportions(1.5, 10, 1, 10)).toThrow(StatsInputError);
    expect(() => twoProportions(11, 10, 1, 10)).toThrow(/arm A: successes/);
    expect(() => twoProportions(1, 10, 1, 0)).toThrow(/arm B: trials/);
    expect(() => twoProportions(-1, 10, 1, 10)).toThrow(StatsInputError);
    expect(() => twoProportions(1, 10, 1, 10, 0)).toThrow(/confidence/);
  });
});

describe('sample sizes', () => {
  it("matches R's power.prop.test examples", () => {
    // R ?power.prop.test: power.prop.test(p1 = .50, p2 = .75, power = .90) → n = 76.7;
    // power.prop.test(p1 = .5, p2 = 0.501, sig.level = .001, power = 0.90) → n = 10451937.
    expect(sampleSizeForProportions(0.5, 0.75, { power: 0.9 })).toBe(77);
    expect(sampleSizeForProportions(0.75, 0.5, { power: 0.9 })).toBe(77);
    expect(sampleSizeForProportions(0.5, 0.501, { alpha: 0.001, power: 0.9 })).toBe(10451937);
  });

  it('is infinite when the observed difference is zero', () => {
    expect(sampleSizeForProportions(0.1, 0.1)).toBe(Infinity);
    expect(sampleSizeForShift(3, 0)).toBe(Infinity);
  });

  it("follows Lehr's rule, inflated for the rank test's efficiency 3/π", () => {
    // Lehr's rule (van Belle, Statistical Rules of Thumb, 2nd ed., rule 2.3): about 16/Δ² per
    // group at α = 0.05 and 80 % power, Δ the shift in standard deviations (the formula gives
    // 15.7). The Mann-Whitney test needs 1/0.955 of that: 16.4, so 17 observations.
    expect(sampleSizeForShift(1, 1)).toBe(17);
    expect(sampleSizeForShift(2, -2)).toBe(17);
    // Ten times the spread needs a hundred times the traffic.
    expect(sampleSizeForShift(10, 1)).toBeGreaterThan(100 * 16);
    expect(sampleSizeForShift(10, 1)).toBeLessThanOrEqual(100 * 17);
    expect(sampleSizeForShift(0, 1)).toBe(1);
  });

  it('refuses impossible parameters with a typed error', () => {
    expect(() => sampleSizeForProportions(1.2, 0.5)).toThrow(StatsInputError);
    expect(() => sampleSizeForProportions(0.2, 0.5, { alpha: 0 })).toThrow(/alpha/);
    expect(() => sampleSizeForShift(1, 1, { power: 1 })).toThrow(/power/);
    expect(() => sampleSizeForShift(-1, 1)).toThrow(/sd/);
    expect(() => sampleSizeForShift(1, NaN)).toThrow(/shift/);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(StatsInputError);
  });
});
