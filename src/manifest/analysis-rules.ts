import type { Finding } from '../findings.js';
import { seconds } from './duration.js';
import type { AnalysisSpec, Duration, ExperimentSpec, Manifest } from './types.js';
import type { SourceMap } from './yaml.js';

/** A window or an interval longer than this is a typo, and past it a Date is out of range. */
const LONGEST_S = 30 * 86_400;

const PLACEHOLDERS = new Set(['model', 'version', 'baseline_version']);

/**
 * The canary analysis's and the experiment's rules beyond the schema: what each provider
 * needs, durations and thresholds that can work, and queries that can tell the canary from
 * its baseline at all.
 */
export function checkAnalysis(m: Manifest, map: SourceMap): Finding[] {
  const findings: Finding[] = [];
  const report =
    (severity: Finding['severity']) =>
    (rule: string, message: string, at: (string | number)[], key = false) =>
      findings.push({ severity, rule, message, location: map.locate(at, key) });
  const error = report('error');
  const warning = report('warning');

  const analysis = m.promotion.canary.analysis;
  const at = ['promotion', 'canary', 'analysis'];
  const specs: [AnalysisSpec | ExperimentSpec | undefined, string[], string][] = [
    [analysis, at, 'analysis'],
    [m.promotion.experiment, ['promotion', 'experiment'], 'experiment'],
  ];
  for (const [spec, where, what] of specs) {
    if (!spec) continue;
    if (spec.provider === 'prometheus' && spec.url === undefined)
      error(`${what}-needs-url`, `${what} provider \`prometheus\` needs a \`url\``, [
        ...where,
        'provider',
      ]);
    if (spec.provider === 'file' && spec.path === undefined)
      error(`${what}-needs-path`, `${what} provider \`file\` needs a \`path\``, [
        ...where,
        'provider',
      ]);
    const durations: [string, Duration][] = [
      ['window', spec.window],
      ['step', spec.step],
      ...('interval' in spec ? ([['interval', spec.interval]] as [string, Duration][]) : []),
    ];
    for (const [key, d] of durations) {
      const s = seconds(d);
      if (s <= 0 || s > LONGEST_S)
        error(`${what}-duration`, `\`${key}\` (${d}) must be longer than 0 and at most 30 days`, [
          ...where,
          key,
        ]);
    }
    if (seconds(spec.step) > seconds(spec.window))
      error(
        `${what}-step-beyond-window`,
        `\`step\` (${spec.step}) is longer than \`window\` (${spec.window}): a range query would return at most one sample`,
        [...where, 'step'],
      );
  }

  if (analysis) {
    const { pass, marginal } = analysis.thresholds;
    if (marginal > pass)
      error(
        'analysis-thresholds-order',
        `\`thresholds.marginal\` (${marginal}) must not exceed \`thresholds.pass\` (${pass})`,
        [...at, 'thresholds', 'marginal'],
      );
    if (analysis.failure_limit >= analysis.count)
      error(
        'analysis-failure-limit',
        `\`failure_limit\` ${analysis.failure_limit} tolerates every one of the ${analysis.count} measurements failing: the analysis could never fail`,
        [...at, 'failure_limit'],
      );
    const stepS = seconds(analysis.step);
    for (const [i, metric] of analysis.metrics.entries()) {
      const here = [...at, 'metrics', i];
      if (analysis.provider === 'prometheus' && metric.query === undefined)
        error(
          'analysis-metric-needs-query',
          `metric \`${metric.name}\` needs a \`query\` for the prometheus provider`,
          [...here, 'name'],
        );
      if (metric.baseline === undefined && metric.min === undefined && metric.max === undefined)
        error(
          'analysis-metric-unjudged',
          `metric \`${metric.name}\` has no \`baseline\`, \`min\` or \`max\`: nothing could ever fail it`,
          [...here, 'name'],
        );
      const other =
        (metric.direction ?? 'increase') === 'increase' ? 'max_decrease_pct' : 'max_increase_pct';
      if (metric[other] !== undefined)
        error(
          'analysis-tolerance-direction',
          `\`${other}\` does not apply to a metric whose bad direction is \`${metric.direction ?? 'increase'}\``,
          [...here, other],
          true,
        );
      for (const key of ['query', 'baseline'] as const) {
        const q = metric[key];
        if (q === undefined) continue;
        for (const name of placeholders(q))
          if (!PLACEHOLDERS.has(name))
            error(
              'analysis-placeholder',
              `\`{{${name}}}\` in the ${key} of \`${metric.name}\` is not a placeholder; the ones filled in are {{model}}, {{version}} and {{baseline_version}}`,
              [...here, key],
            );
        const range = longestRange(q);
        if (analysis.provider === 'prometheus' && range !== undefined && range > stepS)
          warning(
            'analysis-overlapping-samples',
            `the ${key} of \`${metric.name}\` reads ranges of ${range} s at a step of ${stepS} s: neighbouring samples share most of their data, which a rank test takes for more evidence than there is, and equal canaries then fail more often than 1 - confidence; set \`step\` to at least ${range} s`,
            [...here, key],
          );
      }
      if (metric.baseline !== undefined && metric.query !== undefined) {
        const b = metric.baseline;
        if (
          b === metric.query ||
          (placeholders(b).has('version') && !placeholders(b).has('baseline_version'))
        )
          error(
            'analysis-baseline-is-canary',
            `the baseline of \`${metric.name}\` ${b === metric.query ? 'is its canary query' : 'selects {{version}}, the canary'}: the canary would be compared with itself; select the production version with {{baseline_version}}`,
            [...here, 'baseline'],
          );
      }
    }
  }

  const experiment = m.promotion.experiment;
  if (experiment?.provider === 'prometheus') {
    const metric = experiment.metric;
    const needed =
      metric.kind === 'proportion' ? (['successes', 'trials'] as const) : (['query'] as const);
    for (const key of needed)
      if (metric[key] === undefined)
        error(
          'experiment-metric-needs-query',
          `an experiment metric of kind \`${metric.kind}\` needs \`${key}\` for the prometheus provider`,
          ['promotion', 'experiment', 'metric', 'kind'],
        );
  }
  return findings;
}

const placeholders = (q: string) =>
  new Set([...q.matchAll(/\{\{\s*([^}\s]*)\s*\}\}/g)].map((x) => x[1]!));

const RANGE_UNIT_S: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
  y: 31_536_000,
};

/** The longest range selector (`[5m]`, `[1h30m]`, a subquery's `[10m:1m]`) in a PromQL query, in seconds. */
function longestRange(q: string): number | undefined {
  let longest: number | undefined;
  for (const r of q.matchAll(/\[\s*((?:\d+(?:ms|s|m|h|d|w|y))+)\s*(?::[^\]]*)?\]/g)) {
    let s = 0;
    for (const part of r[1]!.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g))
      s += Number(part[1]) * RANGE_UNIT_S[part[2]!]!;
    longest = Math.max(longest ?? 0, s);
  }
  return longest;
}
