import type { AnalysisMetric, Manifest } from '../manifest/types.js';

/** Reads one metric's current value for the canary; throws MetricUnavailable when it cannot. */
export interface MetricProvider {
  readonly name: string;
  read(metric: AnalysisMetric, subject: AnalysisSubject): Promise<number>;
}

export interface AnalysisSubject {
  model: string;
  version: string;
}

/** A metric the provider could not produce: no data is never a pass. */
export class MetricUnavailable extends Error {}

export type MetricVerdict = 'pass' | 'fail' | 'error';

export interface MetricResult {
  name: string;
  value?: number;
  min?: number;
  max?: number;
  verdict: MetricVerdict;
  message: string;
}

export interface AnalysisResult {
  verdict: 'pass' | 'fail';
  provider: string;
  subject: AnalysisSubject;
  metrics: MetricResult[];
}

/** Judges one value against its bounds. Pure, so the thresholds are tested without a server. */
export function judgeMetric(metric: AnalysisMetric, value: number): MetricResult {
  const base = { name: metric.name, value, min: metric.min, max: metric.max };
  if (!Number.isFinite(value)) {
    return {
      ...base,
      verdict: 'error',
      message: `${metric.name} is ${value}, not a number that can be judged`,
    };
  }
  if (metric.max !== undefined && value > metric.max) {
    return {
      ...base,
      verdict: 'fail',
      message: `${metric.name} = ${value}, above the maximum ${metric.max}`,
    };
  }
  if (metric.min !== undefined && value < metric.min) {
    return {
      ...base,
      verdict: 'fail',
      message: `${metric.name} = ${value}, below the minimum ${metric.min}`,
    };
  }
  return { ...base, verdict: 'pass', message: `${metric.name} = ${value} within bounds` };
}

/**
 * Reads every metric of the manifest's canary analysis and judges it. The analysis passes
 * only when every metric was read and is within its bounds.
 */
export async function analyzeCanary(
  analysis: NonNullable<Manifest['promotion']['canary']['analysis']>,
  provider: MetricProvider,
  subject: AnalysisSubject,
): Promise<AnalysisResult> {
  const metrics: MetricResult[] = [];
  for (const metric of analysis.metrics) {
    try {
      metrics.push(judgeMetric(metric, await provider.read(metric, subject)));
    } catch (err) {
      if (!(err instanceof MetricUnavailable)) throw err;
      metrics.push({
        name: metric.name,
        min: metric.min,
        max: metric.max,
        verdict: 'error',
        message: err.message,
      });
    }
  }
  return {
    verdict: metrics.every((m) => m.verdict === 'pass') ? 'pass' : 'fail',
    provider: provider.name,
    subject,
    metrics,
  };
}
