import { createHash } from 'node:crypto';
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';

/**
 * What the proxy does to one request instead of passing the upstream's answer on:
 * - `fail-after-commit`: forwards it, waits for the upstream's whole answer (the write is
 *   stored), then answers 500 InternalError: the client cannot tell that it succeeded.
 * - `reset-after-commit`: forwards it, waits for the upstream's answer, then resets the
 *   client's connection (TCP RST) without a byte of answer.
 * - `unavailable`: answers 503 ServiceUnavailable without forwarding: nothing is stored.
 * The AWS SDK retries all three (5xx and ECONNRESET are transient errors to it).
 */
export type Fault = 'fail-after-commit' | 'reset-after-commit' | 'unavailable';

/** One line of a plan: which requests it may hit, and how often. */
export interface FaultRule {
  fault: Fault;
  /** Only requests of this method (`PUT`, `GET`, …). Default: any. */
  method?: string;
  /** Only object keys (without the bucket) containing this string, or matching this pattern. */
  key?: string | RegExp;
  /** Only the nth request(s) the rule's filter matches since the plan was set, from 1. */
  nth?: number | readonly number[];
  /**
   * Only the nth time(s) one request (the same method and URL, as the SDK's retries send it)
   * is seen since the plan was set, from 1: `1` hits every first attempt, `2` its retry.
   */
  attempt?: number | readonly number[];
  /** The chance of a fault on each request the filter matches. Default 1. */
  probability?: number;
  /**
   * At most this many faults in a row on one request (the same method and URL, as the SDK's
   * retries send it), so that a retrying client gets through in the end. Default: no limit.
   */
  maxInARow?: number;
}

/** What happened to one request. */
export interface Exchange {
  method: string;
  /** The object key, without the bucket; '' for requests on the bucket (ListObjectsV2). */
  key: string;
  /** The query string without `?`, e.g. `x-id=PutObject` or `uploads`. */
  query: string;
  headers: IncomingHttpHeaders;
  outcome: 'forwarded' | Fault;
  /** The upstream's status code, when the request reached it and it answered. */
  upstreamStatus?: number;
}

export interface FaultProxy {
  /** `http://127.0.0.1:PORT`: use it as the S3 endpoint. */
  endpoint: string;
  /** Every request seen, in the order they arrived. */
  exchanges: Exchange[];
  /**
   * Replaces the plan: the first rule (in order) that fires on a request decides its fault;
   * when none does, the request is forwarded. Restarts the rules' `nth` counts.
   */
  setPlan(rules: readonly FaultRule[]): void;
  /** Counts per `METHOD key` of each outcome, e.g. `{ 'PUT reg/x': { forwarded: 1 } }`. */
  tally(): Record<string, Partial<Record<Exchange['outcome'], number>>>;
  close(): Promise<void>;
}

/** A pseudo-random number in [0, 1) drawn from a seed and the request it is for. */
function draw(seed: number, ...parts: (string | number)[]): number {
  return (
    createHash('sha256')
      .update([seed, ...parts].join('\0'))
      .digest()
      .readUInt32BE(0) /
    2 ** 32
  );
}

const S3_ERROR = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

/** Hop-by-hop headers: about one connection, never passed on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'expect', 'proxy-connection', 'upgrade']);

function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([h]) => !HOP_BY_HOP.has(h)));
}

/**
 * An HTTP proxy in front of the S3 endpoint `upstream` (path-style requests) that injects
 * faults by a plan. Without rules it passes everything through and only records what the
 * client sent.
 *
 * Probabilities are drawn from `seed` and the request itself (method, URL and how many times
 * that request came before), not from a stream shared by all requests: the same run draws
 * the same faults even when concurrent requests arrive in another order.
 */
export async function faultProxy(
  upstream: string,
  opts: { plan?: readonly FaultRule[]; seed?: number } = {},
): Promise<FaultProxy> {
  const target = new URL(upstream);
  const seed = opts.seed ?? 1;
  const exchanges: Exchange[] = [];
  let rules: readonly FaultRule[] = [];
  let matched: number[] = [];
  /** Times each `METHOD URL` was seen: ever (for the draws), and since the plan was set. */
  const seen = new Map<string, number>();
  const attempts = new Map<string, number>();
  /** Faults in a row per rule and `METHOD URL`. */
  const inARow = new Map<string, number>();

  const setPlan = (plan: readonly FaultRule[]) => {
    rules = plan;
    matched = plan.map(() => 0);
    attempts.clear();
    inARow.clear();
  };
  setPlan(opts.plan ?? []);

  const choose = (method: string, key: string, url: string): Fault | undefined => {
    const id = `${method} ${url}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const attempt = (attempts.get(id) ?? 0) + 1;
    attempts.set(id, attempt);
    let chosen: Fault | undefined;
    rules.forEach((rule, i) => {
      if (rule.method !== undefined && rule.method !== method) return;
      if (rule.key !== undefined) {
        const hit = typeof rule.key === 'string' ? key.includes(rule.key) : rule.key.test(key);
        if (!hit) return;
      }
      const nth = ++matched[i]!;
      const row = `${i} ${id}`;
      const fires =
        chosen === undefined &&
        (rule.nth === undefined || [rule.nth].flat().includes(nth)) &&
        (rule.attempt === undefined || [rule.attempt].flat().includes(attempt)) &&
        (rule.probability === undefined || draw(seed, i, id, n) < rule.probability) &&
        (inARow.get(row) ?? 0) < (rule.maxInARow ?? Infinity);
      inARow.set(row, fires ? (inARow.get(row) ?? 0) + 1 : 0);
      if (fires) chosen = rule.fault;
    });
    return chosen;
  };

  const answer = (res: ServerResponse, status: number, code: string, message: string) => {
    res.writeHead(status, { 'content-type': 'application/xml' });
    res.end(S3_ERROR(code, message));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const [path = '/', query = ''] = url.split(/\?(.*)/s);
    const method = req.method ?? 'GET';
    const key = decodeURIComponent(path.replace(/^\/[^/]*\/?/, ''));
    const fault = choose(method, key, url);
    const exchange: Exchange = {
      method,
      key,
      query,
      headers: req.headers,
      outcome: fault ?? 'forwarded',
    };
    exchanges.push(exchange);

    if (fault === 'unavailable') {
      // Read the body first, so that the client is not cut off while sending it.
      req.resume();
      req.on('end', () =>
        answer(res, 503, 'ServiceUnavailable', 'Please reduce your request rate.'),
      );
      return;
    }
    const up = request(
      {
        host: target.hostname,
        port: target.port,
        method,
        path: url,
        // Host and the rest as the client signed them.
        headers: endToEnd(req.headers),
      },
      (r) => {
        exchange.upstreamStatus = r.statusCode;
        if (fault === undefined) {
          res.writeHead(r.statusCode ?? 502, endToEnd(r.headers));
          r.pipe(res);
          return;
        }
        // The upstream has decided (and stored, for a write): read its answer to the end,
        // then lose it.
        r.resume();
        r.on('end', () => {
          if (fault === 'fail-after-commit')
            answer(
              res,
              500,
              'InternalError',
              'We encountered an internal error. Please try again.',
            );
          else req.socket.resetAndDestroy();
        });
      },
    );
    up.on('error', () => req.socket.destroy());
    res.on('close', () => up.destroy());
    req.pipe(up);
  };

  const server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    exchanges,
    setPlan,
    tally() {
      const out: ReturnType<FaultProxy['tally']> = {};
      for (const e of exchanges) {
        const counts = (out[`${e.method} ${e.key}`] ??= {});
        counts[e.outcome] = (counts[e.outcome] ?? 0) + 1;
      }
      return out;
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
