import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import type { AnalysisSpec, ExperimentSpec } from '../manifest/types.js';
import { seconds } from '../manifest/duration.js';
import {
  expandQuery,
  MetricUnavailable,
  type MetricProvider,
  type SeriesRequest,
} from './analysis.js';
import type { ArmData } from './experiment.js';
import { ConfigError } from '../errors.js';
import { PrometheusError, queryInstant, queryRange, type QueryOptions } from './prometheus.js';

/**
 * Metrics from a JSON file written by an earlier step (a load test, a dashboard export):
 * `{"metrics": {"error_rate": 0.002, "p95_ms": [81, 79, …]}, "baseline": {"p95_ms": […]}}`,
 * or a flat `{"error_rate": 0.002}`. A metric is one number or an array of samples; the
 * baseline's are under `baseline`. Read at every measurement, so a step that rewrites the
 * file between measurements is seen.
 */
export function fileProvider(path: string): MetricProvider {
  return {
    name: 'file',
    async series(request: SeriesRequest): Promise<number[]> {
      const data = await readMetricsFile(path);
      const name = request.metric.name;
      const section = request.role === 'baseline' ? data.baseline : (data.metrics ?? data);
      const v = isObject(section) ? section[name] : undefined;
      if (typeof v === 'number') return [v];
      if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number')) return v;
      throw new MetricUnavailable(
        `metrics file ${path} has no number or array of numbers for \`${name}\`${request.role === 'baseline' ? ' under `baseline`' : ''}`,
      );
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

async function readMetricsFile(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new MetricUnavailable(`cannot read metrics file ${path}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new MetricUnavailable(`metrics file ${path} is not JSON: ${(err as Error).message}`);
  }
  if (!isObject(data)) throw new MetricUnavailable(`metrics file ${path} must hold an object`);
  return data;
}

const PROMETHEUS_CONFIG_HINT =
  'check the url of the analysis or experiment, and MODELGATE_PROMETHEUS_TOKEN';

/**
 * A Prometheus query, its failure named for what asked. A URL or credential that cannot work
 * is the manifest's or the job's mistake: said at once (exit 2), not left to make every
 * analysis inconclusive.
 */
async function asked<T>(what: string, query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (err) {
    if (!(err instanceof PrometheusError)) throw err;
    if (err.reason === 'config')
      throw new ConfigError(err.message, undefined, PROMETHEUS_CONFIG_HINT);
    throw new PrometheusError(err.reason, `${what}: ${err.message}`, err.details);
  }
}

/**
 * Metrics from the Prometheus HTTP API: each query a range query over the measurement's
 * window, which must select exactly one series (queryRange refuses none and several).
 */
export function prometheusProvider(baseUrl: string, options: QueryOptions = {}): MetricProvider {
  return {
    name: 'prometheus',
    async series(request: SeriesRequest): Promise<number[]> {
      const { query, metric } = request;
      const name = metric.name;
      if (query === undefined)
        throw new MetricUnavailable(
          `metric \`${name}\` needs a \`query\` for the prometheus provider`,
        );
      const { start, end, stepS } = request.window;
      return asked(`${name} (${request.role})`, () =>
        queryRange(baseUrl, query, { start, end, stepS }, options),
      );
    },
  };
}

/**
 * One arm's data of an A/B experiment. From a file: `{"arms": {"<version>": {"successes": 48,
 * "trials": 1000}}}`, or `{"samples": [..]}` for a mean. From Prometheus: the `successes` and
 * `trials` queries' values now, or the `query`'s samples over the window, for the arm's
 * version in `{{version}}`.
 */
export async function readArm(
  spec: ExperimentSpec,
  manifestDir: string,
  subject: { model: string; version: string },
  now: Date,
  options: QueryOptions = {},
): Promise<ArmData> {
  const m = spec.metric;
  if (spec.provider === 'file') {
    const path = resolvePath(manifestDir, spec.path ?? 'metrics.json');
    const arms = (await readMetricsFile(path)).arms;
    const arm = isObject(arms) ? arms[subject.version] : undefined;
    const where = `metrics file ${path}, arms.${subject.version}`;
    if (!isObject(arm)) throw new MetricUnavailable(`${where}: no data for this arm`);
    if (m.kind === 'proportion') {
      const { successes, trials } = arm;
      if (typeof successes !== 'number' || typeof trials !== 'number')
        throw new MetricUnavailable(`${where}: needs numbers \`successes\` and \`trials\``);
      return { kind: 'proportion', successes, trials };
    }
    const samples = arm.samples;
    if (!Array.isArray(samples) || !samples.every((x) => typeof x === 'number'))
      throw new MetricUnavailable(`${where}: needs \`samples\`, an array of numbers`);
    return { kind: 'mean', samples };
  }
  const url = spec.url ?? '';
  const q = (query: string | undefined, key: string) => {
    if (query === undefined)
      throw new MetricUnavailable(`promotion.experiment.metric needs \`${key}\` for a ${m.kind}`);
    return expandQuery(query, subject);
  };
  // `increase()` over a counter extrapolates to the window's edges and answers fractions of
  // an event: a count is the nearest whole number.
  const count = async (query: string) =>
    Math.round(
      await asked(`arm ${subject.version}`, () =>
        queryInstant(url, query, { ...options, time: now }),
      ),
    );
  if (m.kind === 'proportion')
    return {
      kind: 'proportion',
      successes: await count(q(m.successes, 'successes')),
      trials: await count(q(m.trials, 'trials')),
    };
  const spanMs = seconds(spec.window) * 1000;
  return {
    kind: 'mean',
    samples: await asked(`arm ${subject.version}`, () =>
      queryRange(
        url,
        q(m.query, 'query'),
        { start: new Date(now.getTime() - spanMs), end: now, stepS: seconds(spec.step) },
        options,
      ),
    ),
  };
}

/** The provider an analysis or experiment names; a file path is relative to the manifest. */
export function providerFor(
  spec: Pick<AnalysisSpec | ExperimentSpec, 'provider' | 'url' | 'path'>,
  manifestDir: string,
  options: QueryOptions = {},
): MetricProvider {
  if (spec.provider === 'file')
    return fileProvider(resolvePath(manifestDir, spec.path ?? 'metrics.json'));
  return prometheusProvider(spec.url ?? '', options);
}
