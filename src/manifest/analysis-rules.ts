import { seconds } from './duration.js';
import type { Manifest } from './types.js';

type Report = (rule: string, message: string, at: (string | number)[], key?: boolean) => void;

/**
 * The canary analysis's and the experiment's rules beyond the schema: what each provider
 * needs, thresholds in order, and queries that can be asked at all.
 */
export function checkAnalysis(m: Manifest, error: Report): void {
  const analysis = m.promotion.canary.analysis;
  const at = ['promotion', 'canary', 'analysis'];
  for (const [spec, where, what] of [
    [analysis, at, 'analysis'],
    [m.promotion.experiment, ['promotion', 'experiment'], 'experiment'],
  ] as const) {
    if (spec?.provider === 'prometheus' && spec.url === undefined)
      error(`${what}-needs-url`, `${what} provider \`prometheus\` needs a \`url\``, [
        ...where,
        'provider',
      ]);
    if (spec?.provider === 'file' && spec.path === undefined)
      error(`${what}-needs-path`, `${what} provider \`file\` needs a \`path\``, [
        ...where,
        'provider',
      ]);
    if (spec && seconds(spec.step) > seconds(spec.window))
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
}
