import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MetricUnavailable } from '../../src/analysis/analysis.js';
import {
  PrometheusError,
  queryInstant,
  queryRange,
  redactUrl,
} from '../../src/analysis/prometheus.js';

// The error shapes of the API, answered by a tiny local server; what a real Prometheus returns
// is tested against one in prometheus.test.ts.

let server: Server;
let base: string;
let respond: (req: IncomingMessage, res: ServerResponse) => void;
const requests: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req);
    respond(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => {
  requests.length = 0;
});

const json = (status: number, body: unknown) => (_: IncomingMessage, res: ServerResponse) =>
  void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const matrix = (...series: string[][]) =>
  json(200, {
    status: 'success',
    data: {
      resultType: 'matrix',
      result: series.map((values, i) => ({
        metric: { version: String(i) },
        // The last sample at the window's end, one per second before it.
        values: values.map((v, t) => [1700000030 - (values.length - 1 - t), v]),
      })),
    },
  });
const window = { start: new Date(1700000000_000), end: new Date(1700000030_000), stepS: 1 };

/** The PrometheusError `p` rejects with (failing the test when it resolves). */
async function failure(p: Promise<unknown>): Promise<PrometheusError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PrometheusError);
  // The analysis already treats MetricUnavailable as "no value, never a pass".
  expect(err).toBeInstanceOf(MetricUnavailable);
  return err as PrometheusError;
}

describe('queryRange', () => {
  it('returns the one series, asking for the window, under the base path', async () => {
    respond = matrix(...[Array.from({ length: 28 }, () => '0.2').concat(['0.1', '0.2', '0.3'])]);
    await expect(queryRange(`${base}/prom/`, 'sum(rate(x[5s]))', window)).resolves.toEqual([
      ...Array.from({ length: 28 }, () => 0.2),
      0.1,
      0.2,
      0.3,
    ]);
    const url = new URL(requests[0]!.url!, base);
    expect(url.pathname).toBe('/prom/api/v1/query_range');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: 'sum(rate(x[5s]))',
      start: '1700000000.000',
      end: '1700000030.000',
      step: '1',
      timeout: '10s',
    });
  });

  it('drops NaN steps (no requests) but keeps ±Inf (beyond the last bucket)', async () => {
    respond = matrix(['1', 'NaN', '+Inf', '-Inf', '2']);
    const short = { ...window, start: new Date(1700000026_000) };
    await expect(queryRange(base, 'q', short)).resolves.toEqual([1, Infinity, -Infinity, 2]);
  });

  it('a series that stopped before the window ended, or covers under half of it, is nodata', async () => {
    const steps = (n: number, last = 1700000030) =>
      json(200, {
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            { metric: {}, values: Array.from({ length: n }, (_, i) => [last - n + 1 + i, '1']) },
          ],
        },
      });
    // 31 steps of 1 s in the window; the series ends 11 s early: more than the 10 s that a
    // scrape in flight may take, however short the step.
    respond = steps(20, 1700000019);
    const stopped = await failure(queryRange(base, 'q', window));
    expect(stopped.reason).toBe('nodata');
    expect(stopped.message).toBe(
      "query `q` stopped 11 s before the window's end (the target is gone?)",
    );
    respond = steps(20, 1700000020);
    await expect(queryRange(base, 'q', window)).resolves.toHaveLength(20);
    // With a 10 s step, two steps: 20 s.
    const coarse = { ...window, start: new Date(1699999900_000), stepS: 10 };
    respond = steps(7, 1700000010);
    await expect(queryRange(base, 'q', coarse)).resolves.toHaveLength(7);
    respond = steps(7, 1700000009);
    expect((await failure(queryRange(base, 'q', coarse))).message).toMatch(/stopped 21 s before/);
    respond = steps(15);
    const sparse = await failure(queryRange(base, 'q', window));
    expect(sparse.message).toBe("query `q` has samples at 15 of the window's 31 steps");
    respond = steps(16);
    await expect(queryRange(base, 'q', window)).resolves.toHaveLength(16);
  });

  it('no series, or NaN throughout, is nodata', async () => {
    respond = matrix();
    expect((await failure(queryRange(base, 'q', window))).reason).toBe('nodata');
    respond = matrix(['NaN', 'NaN']);
    const err = await failure(queryRange(base, 'q', window));
    expect(err.reason).toBe('nodata');
    expect(err.message).toMatch(/NaN at every step/);
  });

  it('several series are ambiguous and the message asks to aggregate', async () => {
    respond = matrix(['1'], ['2']);
    const err = await failure(queryRange(base, 'q', window));
    expect(err.reason).toBe('ambiguous');
    expect(err.message).toMatch(/2 series; aggregate it to one \(e\.g\. sum/);
  });

  it("carries Prometheus's errorType and error", async () => {
    respond = json(400, {
      status: 'error',
      errorType: 'bad_data',
      error: 'invalid parameter "query": 1:6: parse error',
    });
    const err = await failure(queryRange(base, 'rate(', window));
    expect(err).toMatchObject({
      reason: 'rejected',
      details: { status: 400, errorType: 'bad_data' },
    });
    expect(err.message).toMatch(
      /rejected `rate\(` \(bad_data, HTTP 400\): invalid parameter "query"/,
    );
  });

  it('a non-2xx answer without the envelope is http, a 2xx one that is not JSON malformed', async () => {
    respond = (_, res) => void res.writeHead(502).end('<html>Bad Gateway</html>');
    expect(await failure(queryRange(base, 'q', window))).toMatchObject({
      reason: 'http',
      details: { status: 502 },
      message: expect.stringMatching(/HTTP 502: <html>Bad Gateway/),
    });
    for (const body of ['ok', 'null', '{"status":"success"}']) {
      respond = (_, res) => void res.end(body);
      expect((await failure(queryRange(base, 'q', window))).reason, body).toBe('malformed');
    }
    respond = json(200, { status: 'success', data: { resultType: 'vector', result: [] } });
    expect((await failure(queryRange(base, 'q', window))).message).toMatch(/vector, not a matrix/);
    respond = matrix(['fast']);
    expect((await failure(queryRange(base, 'q', window))).message).toMatch(/not a number/);
  });

  it('gives up after timeoutMs, and says so', async () => {
    respond = () => undefined; // never answers; afterAll closes the connection
    const started = Date.now();
    const err = await failure(queryRange(base, 'q', window, { timeoutMs: 200 }));
    expect(err.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(new URL(requests[0]!.url!, base).searchParams.get('timeout')).toBe('1s');
  });

  it('a refused connection is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = await failure(queryRange(`http://127.0.0.1:${port}`, 'q', window));
    expect(err.reason).toBe('unreachable');
    expect(err.message).toMatch(/ECONNREFUSED/);
  });
});

describe('credentials', () => {
  const echoAuth = (req: IncomingMessage, res: ServerResponse) =>
    void res.writeHead(401).end(`denied: ${req.headers.authorization} ${req.url}`);

  it("sends the URL's user and password as Basic auth, never in the URL or a message", async () => {
    respond = echoAuth;
    const url = base.replace('//', '//mod%40el:s3cr%2Ft@');
    const err = await failure(queryRange(url, 'q', window));
    expect(requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('mod@el:s3cr/t').toString('base64')}`,
    );
    expect(err.message).not.toMatch(/s3cr/);
    expect(err.message).toContain('//***:***@127.0.0.1');
    // The server echoed the header: the base64 form is not the password, but the body is shown.
    expect(err.reason).toBe('http');
  });

  it('takes a % that starts no escape as it is typed', async () => {
    respond = echoAuth;
    await failure(queryRange(base.replace('//', '//u:100%zz@'), 'q', window));
    expect(requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('u:100%zz').toString('base64')}`,
    );
  });

  it('scrubs a token query parameter from whatever the server echoes', async () => {
    respond = echoAuth;
    const err = await failure(queryRange(`${base}/?access_token=tok-123&org=7`, 'q', window));
    expect(new URL(requests[0]!.url!, base).searchParams.get('access_token')).toBe('tok-123');
    expect(err.message).not.toContain('tok-123');
    expect(err.message).toContain('access_token=***&org=7');
  });

  it('sends a bearer token from the named environment variable, and scrubs it', async () => {
    respond = echoAuth;
    const opts = {
      tokenEnv: 'MODELGATE_PROMETHEUS_TOKEN',
      env: { MODELGATE_PROMETHEUS_TOKEN: 'tk-9' },
    };
    const err = await failure(queryRange(base, 'q', window, opts));
    expect(requests[0]!.headers.authorization).toBe('Bearer tk-9');
    expect(err.message).toContain('denied: Bearer ***');
  });

  it('a named variable that is unset, or two credentials at once, is a configuration error', async () => {
    const unset = await failure(queryRange(base, 'q', window, { tokenEnv: 'NOPE', env: {} }));
    expect(unset).toMatchObject({ reason: 'config', message: expect.stringMatching(/NOPE/) });
    const both = await failure(
      queryRange(base.replace('//', '//u:pw@'), 'q', window, { tokenEnv: 'T', env: { T: 'x' } }),
    );
    expect(both.reason).toBe('config');
    expect(both.message).not.toContain('pw');
    expect(requests).toHaveLength(0);
  });
});

describe('queryInstant', () => {
  it('reads a one-sample vector or a scalar, at the time asked', async () => {
    respond = json(200, {
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: {}, value: [1, '0.25'] }] },
    });
    await expect(queryInstant(base, 'q', { time: new Date(1700000000_500) })).resolves.toBe(0.25);
    expect(new URL(requests[0]!.url!, base).searchParams.get('time')).toBe('1700000000.500');
    respond = json(200, { status: 'success', data: { resultType: 'scalar', result: [1, '+Inf'] } });
    await expect(queryInstant(base, 'q')).resolves.toBe(Infinity);
  });

  it('NaN is nodata, as in a range', async () => {
    respond = json(200, { status: 'success', data: { resultType: 'scalar', result: [1, 'NaN'] } });
    expect((await failure(queryInstant(base, 'q'))).reason).toBe('nodata');
  });
});

describe('redactUrl', () => {
  it.each([
    ['http://user:pass@prom:9090/', 'http://***:***@prom:9090/'],
    ['https://user@prom/x?token=abc&q=up', 'https://***@prom/x?token=***&q=up'],
    [
      'http://prom/?key=1&api_key=2&password=3&step=1',
      'http://prom/?key=***&api_key=***&password=***&step=1',
    ],
    ['http://prom:9090', 'http://prom:9090/'],
    ['not a url //user:pass@host/?token=abc', 'not a url //***@host/?token=***'],
  ])('%s → %s', (url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });
});
