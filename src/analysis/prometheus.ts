import { MetricUnavailable, type Window } from './analysis.js';

/**
 * A client of the Prometheus HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * range queries (`GET /api/v1/query_range`), which canary-against-baseline analysis compares
 * sample by sample, and instant queries (`GET /api/v1/query`), which share every line of the
 * request, the credentials and the error handling.
 *
 * Credentials never leave this module in a message: every URL shown goes through `redactUrl`,
 * and every text from the wire is scrubbed of the secrets the request carried.
 */

/** The part of `fetch` this client uses, so that tests can pass their own. */
export type PrometheusFetch = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * Why a query gave no value. The analysis decides from it: `nodata` is "the canary served
 * nothing yet", the others say the answer cannot be trusted; none of them may pass a gate.
 */
export type PrometheusFailure =
  /** No series matched, or every sample was NaN (no requests in the window). */
  | 'nodata'
  /** Several series: the query must aggregate them (sum, max) into the one being judged. */
  | 'ambiguous'
  /** No HTTP answer at all: connection refused or reset, unknown host. */
  | 'unreachable'
  /** No answer within `timeoutMs`. */
  | 'timeout'
  /** Prometheus answered `status: "error"`; `errorType` says which (bad_data, execution, …). */
  | 'rejected'
  /** A non-2xx answer without the API's JSON: a proxy, a login page, a wrong path. */
  | 'http'
  /** A 2xx answer that is not the API's JSON of the expected result type. */
  | 'malformed'
  /** The URL or the credentials cannot be used as given. */
  | 'config';

/** A metric Prometheus could not produce, with the reason the analysis classifies it by. */
export class PrometheusError extends MetricUnavailable {
  constructor(
    readonly reason: PrometheusFailure,
    message: string,
    /** The HTTP status and Prometheus's own `errorType`, when there was an answer. */
    readonly details: { status?: number; errorType?: string } = {},
  ) {
    super(message);
    this.name = 'PrometheusError';
  }
}

export interface QueryOptions {
  fetch?: PrometheusFetch;
  /** Deadline of the whole request, body included; also sent as Prometheus's own `timeout`. */
  timeoutMs?: number;
  /**
   * The name of the environment variable holding a bearer token (e.g.
   * `MODELGATE_PROMETHEUS_TOKEN`), read from `env`: the adapter passes `process.env`, so this
   * module never reads the environment itself.
   */
  tokenEnv?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Query parameters whose value is a credential: some proxies authenticate by them. */
const SENSITIVE_PARAM = /token|key|password|passwd|secret|auth|signature|credential|^sig$/i;

/**
 * `url` with its user name, password and credential-like query parameters replaced by `***`:
 * the only form of a Prometheus URL that may appear in a message, a log or a report.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL, but it may still hold `user:pass@`: cut everything between `//` and `@`.
    return url
      .replace(/\/\/[^/?#]*@/, '//***@')
      .replace(/([?&][^=&#]+=)[^&#]*/g, (m, name) =>
        SENSITIVE_PARAM.test(name) ? `${name}***` : m,
      );
  }
  if (parsed.username) parsed.username = '***';
  if (parsed.password) parsed.password = '***';
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SENSITIVE_PARAM.test(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.toString();
}

/**
 * The sample values of the one series `query` returns over `window` (a matrix result), in time
 * order. NaN samples are dropped: Prometheus yields NaN for a step whose window saw no requests
 * (0/0 in a rate ratio or `histogram_quantile`), which is a missing measurement, not a value, and
 * would poison any rank or mean; a series that is NaN throughout is `nodata`. ±Inf samples are
 * kept: `histogram_quantile` answers +Inf when the quantile lies beyond the largest finite
 * bucket, a real and very bad latency that dropping would hide, and a rank test orders it
 * correctly.
 */
export async function queryRange(
  baseUrl: string,
  query: string,
  window: Window,
  opts: QueryOptions = {},
): Promise<number[]> {
  const data = await call(
    baseUrl,
    'query_range',
    {
      query,
      start: unixSeconds(window.start),
      end: unixSeconds(window.end),
      step: String(window.stepS),
    },
    opts,
  );
  const series = oneSeries(data, 'matrix', query, baseUrl) as { values?: unknown };
  if (!Array.isArray(series.values))
    throw new PrometheusError('malformed', `query \`${query}\` returned a series without values`);
  const points = series.values
    .map((pair) => ({ at: sampleTime(pair, query), value: sampleValue(pair, query) }))
    .filter((p) => !isNaN(p.value));
  if (points.length === 0)
    throw new PrometheusError(
      'nodata',
      `query \`${query}\` is NaN at every step (no requests in the window?)`,
    );
  checkCoverage(points, window, query);
  return points.map((p) => p.value);
}

/**
 * How old the newest sample may be at the least, whatever the step: a scrape and its
 * ingestion take a few seconds, and a rate over a short range is empty until two have landed.
 */
const FRESH_S = 10;

/**
 * A series that stopped, or that has data at only a few of the window's steps, is no
 * measurement of the window: the samples of a canary whose pods died four minutes ago would
 * otherwise be judged as its last five. The newest sample must be within two steps (at least
 * FRESH_S) of the window's end, and at least half the steps must have one.
 */
function checkCoverage(points: { at: number }[], window: Window, query: string): void {
  const endS = window.end.getTime() / 1000;
  const startS = window.start.getTime() / 1000;
  const age = endS - points[points.length - 1]!.at;
  if (age > Math.max(2 * window.stepS, FRESH_S))
    throw new PrometheusError(
      'nodata',
      `query \`${query}\` stopped ${Math.round(age)} s before the window's end (the target is gone?)`,
    );
  const steps = Math.floor((endS - startS) / window.stepS) + 1;
  if (points.length * 2 < steps)
    throw new PrometheusError(
      'nodata',
      `query \`${query}\` has samples at ${points.length} of the window's ${steps} steps`,
    );
}

function sampleTime(pair: unknown, query: string): number {
  const at = Array.isArray(pair) ? Number(pair[0]) : NaN;
  if (!Number.isFinite(at))
    throw new PrometheusError(
      'malformed',
      `query \`${query}\` returned a sample without a time: ${JSON.stringify(pair)?.slice(0, 80)}`,
    );
  return at;
}

/**
 * The value of the one sample `query` returns at `time` (default: Prometheus's now), from an
 * instant vector or a scalar. NaN is `nodata` and ±Inf a value, for the reasons `queryRange`
 * gives.
 */
export async function queryInstant(
  baseUrl: string,
  query: string,
  opts: QueryOptions & { time?: Date } = {},
): Promise<number> {
  const params: Record<string, string> = { query };
  if (opts.time) params.time = unixSeconds(opts.time);
  const data = await call(baseUrl, 'query', params, opts);
  const sample =
    data.resultType === 'scalar'
      ? data.result
      : (oneSeries(data, 'vector', query, baseUrl) as { value?: unknown }).value;
  const value = sampleValue(sample, query);
  if (isNaN(value)) throw new PrometheusError('nodata', `query \`${query}\` is NaN`);
  return value;
}

interface ResultData {
  resultType?: unknown;
  result?: unknown;
}

/** Unix seconds with milliseconds, one of the two time formats the API takes. */
function unixSeconds(d: Date): string {
  return (d.getTime() / 1000).toFixed(3);
}

/**
 * One GET of `api/v1/<path>` under `baseUrl`, returning the envelope's `data` of a
 * `status: "success"` answer and turning everything else into a PrometheusError.
 */
async function call(
  baseUrl: string,
  path: string,
  params: Record<string, string>,
  opts: QueryOptions,
): Promise<ResultData> {
  const { url, headers, secrets } = prepare(baseUrl, opts);
  const where = redactUrl(baseUrl);
  const scrub = (text: string) =>
    secrets.reduce((t, s) => t.split(s).join('***'), text).slice(0, 300);
  url.pathname = `${url.pathname.replace(/\/*$/, '')}/api/v1/${path}`;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  // Prometheus stops evaluating when we stop waiting, instead of finishing a heavy query for nobody.
  url.searchParams.set('timeout', `${Math.max(1, Math.ceil(timeoutMs / 1000))}s`);

  let status: number;
  let ok: boolean;
  let body: string;
  try {
    const res = await (opts.fetch ?? fetch)(url.toString(), {
      signal: AbortSignal.timeout(timeoutMs),
      headers,
    });
    ({ status, ok } = res);
    body = await res.text();
  } catch (err) {
    const e = err as Error & { cause?: Error };
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      throw new PrometheusError(
        'timeout',
        `prometheus at ${where} did not answer within ${timeoutMs} ms`,
      );
    // undici says only "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND, …).
    const why = e.cause?.message ? `${e.message}: ${e.cause.message}` : e.message;
    throw new PrometheusError('unreachable', `cannot reach prometheus at ${where}: ${scrub(why)}`);
  }

  let envelope: { status?: unknown; errorType?: unknown; error?: unknown; data?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) envelope = parsed;
  } catch {
    // Not JSON: judged below by the status code.
  }
  // Prometheus answers its errors (400, 422, 503) with the same JSON envelope: prefer its words.
  if (envelope.status === 'error') {
    const errorType = typeof envelope.errorType === 'string' ? envelope.errorType : undefined;
    throw new PrometheusError(
      'rejected',
      `prometheus at ${where} rejected \`${params.query}\` (${errorType ?? 'error'}, HTTP ${status}): ${scrub(String(envelope.error ?? ''))}`,
      { status, errorType },
    );
  }
  if (!ok)
    throw new PrometheusError(
      'http',
      `prometheus at ${where} answered HTTP ${status}: ${scrub(body)}`,
      { status },
    );
  if (envelope.status !== 'success' || typeof envelope.data !== 'object' || !envelope.data)
    throw new PrometheusError(
      'malformed',
      `prometheus at ${where} did not answer with the API's JSON: ${scrub(body)}`,
      { status },
    );
  return envelope.data as ResultData;
}

/**
 * The request URL without userinfo (fetch refuses credentials in a URL), the Authorization
 * header they or the token stand for, and the secrets to scrub from any text shown.
 */
function prepare(
  baseUrl: string,
  opts: QueryOptions,
): { url: URL; headers: Record<string, string>; secrets: string[] } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new PrometheusError('config', `the prometheus URL ${redactUrl(baseUrl)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new PrometheusError(
      'config',
      `the prometheus URL ${redactUrl(baseUrl)} must be http:// or https://`,
    );
  const secrets: string[] = [];
  for (const [name, value] of url.searchParams)
    if (SENSITIVE_PARAM.test(name) && value) secrets.push(value, encodeURIComponent(value));
  const headers: Record<string, string> = { accept: 'application/json' };
  const user = decodeUserinfo(url.username);
  const password = decodeUserinfo(url.password);
  if (user || password) {
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    if (password) secrets.push(password, url.password);
    url.username = '';
    url.password = '';
  }
  if (opts.tokenEnv) {
    const token = opts.env?.[opts.tokenEnv];
    if (!token)
      throw new PrometheusError(
        'config',
        `the environment variable ${opts.tokenEnv}, named for the prometheus token, is not set`,
      );
    // One Authorization header only: silently preferring one credential would hide a mistake.
    if (headers.authorization)
      throw new PrometheusError(
        'config',
        `the prometheus URL ${redactUrl(baseUrl)} carries a user and password and ${opts.tokenEnv} a token: give one`,
      );
    headers.authorization = `Bearer ${token}`;
    secrets.push(token);
  }
  return { url, headers, secrets: secrets.filter(Boolean) };
}

/** A URL's user name or password as typed: a `%` that starts no escape is a literal `%`. */
function decodeUserinfo(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The single series of a `resultType` result; none is `nodata`, several are `ambiguous`. */
function oneSeries(data: ResultData, resultType: string, query: string, baseUrl: string): object {
  if (data.resultType !== resultType || !Array.isArray(data.result))
    throw new PrometheusError(
      'malformed',
      `query \`${query}\` returned ${String(data.resultType ?? 'nothing')}, not a ${resultType}`,
    );
  if (data.result.length === 0)
    throw new PrometheusError(
      'nodata',
      `query \`${query}\` returned no series from ${redactUrl(baseUrl)} (no traffic reached this version, or the target is gone)`,
    );
  if (data.result.length > 1)
    throw new PrometheusError(
      'ambiguous',
      `query \`${query}\` returned ${data.result.length} series; aggregate it to one (e.g. sum(…) or max(…))`,
    );
  const series: unknown = data.result[0];
  if (typeof series !== 'object' || series === null)
    throw new PrometheusError(
      'malformed',
      `query \`${query}\` returned a series that is not an object`,
    );
  return series;
}

/**
 * The value of a `[unix seconds, "value"]` pair. The API writes floats as Go prints them:
 * `NaN`, `+Inf` and `-Inf` included, which `Number` alone does not read.
 */
function sampleValue(pair: unknown, query: string): number {
  const text = Array.isArray(pair) ? pair[1] : undefined;
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  const value = typeof text === 'string' && text.trim() !== '' ? Number(text) : NaN;
  if (isNaN(value))
    throw new PrometheusError(
      'malformed',
      `query \`${query}\` returned a sample that is not a number: ${JSON.stringify(pair)?.slice(0, 80)}`,
    );
  return value;
}
