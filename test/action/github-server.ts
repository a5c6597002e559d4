import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_RETRY, type RetryPolicy } from '../../src/github/comment.js';

export interface IssueComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  /** The issue this one was closed as a duplicate of, by its id, as GitHub takes it. */
  duplicate_issue_id?: number;
  labels: { name: string }[];
  user: { login: string; type: string };
  html_url: string;
  /** Present on pull requests, which the issues listing returns as well. */
  pull_request?: { url: string };
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
 * A loopback HTTP server answering the GitHub REST endpoints the sticky comment and the
 * monitoring issue use: list an issue's comments (paginated with `Link` headers, as GitHub
 * does), create one, update one; list a repository's issues (by state and labels, pull
 * requests among them, as GitHub lists them), create one, update one. Faults queued with
 * `failNext` answer the next matching requests instead.
 */
export class FakeGitHub {
  readonly comments: IssueComment[] = [];
  readonly issues: FakeIssue[] = [];
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
  /** Issue numbers, apart from the pull requests the comment tests name (7, 12). */
  private nextNumber = 100;
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

  /** An issue (or, with `pull_request`, a pull request) as someone opened it. */
  addIssue(init: Partial<Omit<FakeIssue, 'user'>> & { body: string; login?: string }): FakeIssue {
    const { login = 'reviewer', ...fields } = init;
    const number = this.nextNumber++;
    const issue: FakeIssue = {
      id: this.nextId++,
      number,
      title: `issue ${number}`,
      state: 'open',
      state_reason: null,
      labels: [],
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/acme/models/issues/${number}`,
      ...fields,
    };
    this.issues.push(issue);
    return issue;
  }

  /** Back to an empty repository and a well-behaved server, between tests. */
  reset(): void {
    this.comments.length = 0;
    this.issues.length = 0;
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

  /**
   * A repository's issues as `GET /repos/{owner}/{repo}/issues` lists them: `state` open unless
   * told (or `all`), carrying each of the comma-separated `labels`, pull requests included.
   */
  private listIssues(query: URLSearchParams): FakeIssue[] {
    const state = query.get('state') ?? 'open';
    const labels = query.get('labels')?.split(',').filter(Boolean) ?? [];
    return this.issues.filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        labels.every((l) => i.labels.some((x) => x.name === l)),
    );
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
    const issues = /^\/repos\/[^/]+\/[^/]+\/issues$/.exec(url.pathname);
    const issue = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname);
    if (list && method === 'GET') {
      return sendPage(
        res,
        url,
        this.on(Number(list[1])).filter((c) => !this.unlisted.has(c.id)),
      );
    }
    if (issues && method === 'GET') return sendPage(res, url, this.listIssues(url.searchParams));
    if (method !== 'GET') this.beforeWrite?.(method);
    if (issues && method === 'POST') {
      const {
        title,
        body: text,
        labels = [],
      } = JSON.parse(body) as {
        title: string;
        body?: string;
        labels?: string[];
      };
      const created = this.addIssue({
        title,
        body: text ?? '',
        labels: labels.map((name) => ({ name })),
        login: 'github-actions[bot]',
      });
      return send(res, 201, created);
    }
    const found = issue ? this.issues.find((i) => i.number === Number(issue[1])) : undefined;
    if (issue && !found) return send(res, 404, { message: 'Not Found' });
    if (found && method === 'PATCH') {
      // Only the fields the monitoring issue writes; GitHub takes more.
      const patch = JSON.parse(body) as Partial<
        Pick<FakeIssue, 'title' | 'body' | 'state' | 'state_reason' | 'duplicate_issue_id'>
      >;
      Object.assign(found, patch);
      if (patch.state === 'open') found.state_reason = null;
      const answer = { ...found };
      this.afterWrite?.(method);
      return send(res, 200, answer);
    }
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

/**
 * The sticky comment's retry policy with its waits recorded, not waited, and a clock that
 * stands still: what a test checks is the policy's arithmetic.
 */
export function recordedRetry(): { policy: RetryPolicy; slept: number[] } {
  const slept: number[] = [];
  const policy = {
    ...DEFAULT_RETRY,
    now: () => 1_700_000_000_000,
    sleep: async (ms: number) => void slept.push(ms),
  };
  return { policy, slept };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8').on('data', (d: string) => (data += d));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** One page of a listing, with the `Link` header GitHub paginates by. */
function sendPage(res: ServerResponse, url: URL, all: unknown[]): void {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const link = (p: number, rel: string) => {
    const u = new URL(url);
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
  send(
    res,
    200,
    all.slice((page - 1) * perPage, page * perPage),
    links.length ? { link: links.join(', ') } : {},
  );
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
