import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import type { AnalysisMetric, Manifest } from '../manifest/types.js';
import { MetricUnavailable, type AnalysisSubject, type MetricProvider } from './analysis.js';

/**
 * Metrics from a JSON file written by an earlier step (a load test, a dashboard export):
 * `{"metrics": {"error_rate": 0.002, …}}` or a flat `{"error_rate": 0.002}`.
 */
export function fileProvider(path: string): MetricProvider {
  let cache: Promise<Record<string, unknown>> | undefined;
  const load = async (): Promise<Record<string, unknown>> => {
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
    if (typeof data !== 'object' || data === null)
      throw new MetricUnavailable(`metrics file ${path} must hold an object`);
    const inner = (data as { metrics?: unknown }).metrics;
    return (typeof inner === 'object' && inner !== null ? inner : data) as Record<string, unknown>;
  };
  return {
    name: 'file',
    async read(metric: AnalysisMetric): Promise<number> {
      cache ??= load();
      const values = await cache;
      const v = values[metric.name];
      if (typeof v !== 'number') {
        throw new MetricUnavailable(`metrics file ${path} has no number for \`${metric.name}\``);
      }
      return v;
    },
  };
}

export type Fetch = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** `{{model}}` and `{{version}}` in a query stand for the canary being judged. */
export function expandQuery(query: string, subject: AnalysisSubject): string {
  return query.replace(
    /\{\{\s*(model|version)\s*\}\}/g,
    (_, key: 'model' | 'version') => subject[key],
  );
}

/**
 * Metrics from the Prometheus HTTP API (`GET /api/v1/query`). The query must return exactly
 * one sample: zero means no traffic reached the canary, several mean an ambiguous query, and
 * neither may pass a gate.
 */
export function prometheusProvider(
  baseUrl: string,
  fetchImpl: Fetch = fetch,
  timeoutMs = 10_000,
): MetricProvider {
  return {
    name: 'prometheus',
    async read(metric: AnalysisMetric, subject: AnalysisSubject): Promise<number> {
      if (!metric.query)
        throw new MetricUnavailable(
          `metric \`${metric.name}\` needs a \`query\` for the prometheus provider`,
        );
      const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : baseUrl + '/');
      url.searchParams.set('query', expandQuery(metric.query, subject));
      let body: string;
      try {
        const res = await fetchImpl(url.toString(), { signal: AbortSignal.timeout(timeoutMs) });
        body = await res.text();
        if (!res.ok)
          throw new MetricUnavailable(
            `prometheus answered ${res.status} for \`${metric.name}\`: ${body.slice(0, 200)}`,
          );
      } catch (err) {
        if (err instanceof MetricUnavailable) throw err;
        throw new MetricUnavailable(
          `cannot reach prometheus at ${baseUrl} for \`${metric.name}\`: ${(err as Error).message}`,
        );
      }
      let parsed: {
        status?: string;
        error?: string;
        data?: { resultType?: string; result?: unknown };
      };
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new MetricUnavailable(`prometheus answer for \`${metric.name}\` is not JSON`);
      }
      if (parsed.status !== 'success')
        throw new MetricUnavailable(
          `prometheus query for \`${metric.name}\` failed: ${parsed.error ?? 'unknown error'}`,
        );
      const sample = singleSample(parsed.data);
      if (typeof sample === 'string')
        throw new MetricUnavailable(`query for \`${metric.name}\` ${sample}`);
      return sample;
    },
  };
}

function singleSample(
  data: { resultType?: string; result?: unknown } | undefined,
): number | string {
  if (data?.resultType === 'scalar' && Array.isArray(data.result)) return Number(data.result[1]);
  if (data?.resultType !== 'vector' || !Array.isArray(data.result))
    return `returned ${data?.resultType ?? 'nothing'}, not an instant vector`;
  if (data.result.length === 0) return 'returned no samples (no traffic reached the canary?)';
  if (data.result.length > 1)
    return `returned ${data.result.length} series; aggregate it to one (e.g. sum or max)`;
  const value = (data.result[0] as { value?: unknown[] }).value;
  return Array.isArray(value) ? Number(value[1]) : 'returned a sample without a value';
}

/** The provider a manifest's canary analysis names; a file path is relative to the manifest. */
export function providerFor(
  analysis: NonNullable<Manifest['promotion']['canary']['analysis']>,
  manifestDir: string,
): MetricProvider {
  if (analysis.provider === 'file')
    return fileProvider(resolvePath(manifestDir, analysis.path ?? 'metrics.json'));
  return prometheusProvider(analysis.url ?? '');
}
