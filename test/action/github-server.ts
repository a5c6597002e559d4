import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface IssueComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface Fault {
  method?: string;
  status: number;
  headers?: Record<string, string>;
  message?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
}

/**
 * A loopback HTTP server answering the GitHub REST endpoints the sticky comment uses: list
 * an issue's comments (paginated with `Link` headers, as GitHub does), create one, update
 * one. Faults queued with `failNext` answer the next matching requests instead.
 */
export class FakeGitHub {
  readonly comments: IssueComment[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Every write answers 403, as for a fork pull request's read-only token. */
  readOnly = false;
  /** The login `GET /user` names, as for a personal access token; unset, it answers 403 as for GITHUB_TOKEN. */
  viewer?: string;
  /** Comments listings leave out, as a listing that lags a create does. */
  unlisted = new Set<number>();
  /** Run just before / after a write is applied: another job writing at the same moment. */
  beforeWrite?: (method: string) => void;
  afterWrite?: (method: string) => void;
  /** Run once a comment is created, with it. */
  afterCreate?: (comment: IssueComment) => void;
  private readonly faults: Fault[] = [];
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: Error) => send(res, 500, { message: err.message }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  add(issue: number, body: string, login = 'reviewer'): IssueComment {
    const id = this.nextId++;
    const c = {
      id,
      issue,
      body,
      // As GitHub answers: the GITHUB_TOKEN's comments are a bot's, everyone else's a user's.
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/acme/models/pull/${issue}#issuecomment-${id}`,
    };
    this.comments.push(c);
    return c;
  }

  /** Back to an empty pull request and a well-behaved server, between tests. */
  reset(): void {
    this.comments.length = 0;
    this.requests.length = 0;
    this.faults.length = 0;
    this.readOnly = false;
    this.viewer = undefined;
    this.unlisted.clear();
    this.beforeWrite = undefined;
    this.afterWrite = undefined;
    this.afterCreate = undefined;
  }

  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  on(issue: number): IssueComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
    });
    const body = await readBody(req);
    if (!req.headers.authorization) return send(res, 401, { message: 'Requires authentication' });
    const fault = this.faults.findIndex((f) => f.method === undefined || f.method === method);
    if (fault >= 0) {
      const f = this.faults.splice(fault, 1)[0]!;
      return send(res, f.status, { message: f.message ?? `fault ${f.status}` }, f.headers);
    }
    if (this.readOnly && method !== 'GET')
      return send(res, 403, { message: 'Resource not accessible by integration' });

    if (url.pathname === '/user' && method === 'GET') {
      return this.viewer
        ? send(res, 200, { login: this.viewer, type: 'User' })
        : send(res, 403, { message: 'Resource not accessible by integration' });
    }
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && method === 'GET') {
      const all = this.on(Number(list[1])).filter((c) => !this.unlisted.has(c.id));
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) => {
        const u = new URL(url);
        u.searchParams.set('page', String(p));
        return `<${u.toString()}>; rel="${rel}"`;
      };
      const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
      return send(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if (method !== 'GET') this.beforeWrite?.(method);
    if (list && method === 'POST') {
      const created = this.add(
        Number(list[1]),
        JSON.parse(body).body as string,
        'github-actions[bot]',
      );
      this.afterCreate?.(created);
      return send(res, 201, created);
    }
    const c = one ? this.comments.find((x) => x.id === Number(one[1])) : undefined;
    if (one && !c) return send(res, 404, { message: 'Not Found' });
    if (c && method === 'GET') return send(res, 200, c);
    if (c && method === 'PATCH') {
      c.body = JSON.parse(body).body as string;
      const answer = { ...c };
      this.afterWrite?.(method);
      return send(res, 200, answer);
    }
    if (c && method === 'DELETE') {
      this.comments.splice(this.comments.indexOf(c), 1);
      res.writeHead(204).end();
      return;
    }
    return send(res, 404, { message: 'Not Found' });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8').on('data', (d: string) => (data += d));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
}
