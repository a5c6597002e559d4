import type { getOctokit } from '@actions/github';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { findGitRoot } from '../manifest/paths.js';
import type { ModelSection, Report } from '../report/model.js';
import {
  commentMarker,
  commentSection,
  composeComment,
  isLegacyComment,
  isOurComment,
  parseSections,
  type CommentContext,
} from '../report/comment.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export function pullRequestRef(repository: string, number: number): PullRequestRef | undefined {
  const repo = repositoryRef(repository);
  return repo && { ...repo, number };
}

/** `owner/name` (GITHUB_REPOSITORY) as the REST API's parameters. */
export function repositoryRef(repository: string): Omit<PullRequestRef, 'number'> | undefined {
  const [owner, repo, ...rest] = repository.split('/');
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

/**
 * How hard to try when GitHub answers with a rate limit or a server error. Waits are short
 * and few: a comment is a courtesy, and the job summary already has the report.
 */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  /** A rate limit that lifts later than this is not waited for. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 10_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: Date.now,
};

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

function headersOf(err: HttpError): Record<string, string | number | undefined> {
  return err.response?.headers ?? {};
}

/** Primary (quota spent) and secondary (too fast) rate limits, as GitHub signals them. */
function rateLimited(err: HttpError): boolean {
  const headers = headersOf(err);
  if (err.status === 429) return true;
  return (
    err.status === 403 &&
    (headers['x-ratelimit-remaining'] === '0' ||
      headers['retry-after'] !== undefined ||
      /rate limit/i.test(err.message ?? ''))
  );
}

/** GitHub asks for at least a minute when a secondary rate limit names no time. */
const UNNAMED_LIMIT_MS = 60_000;

/** How long to wait before trying again, or undefined when trying again cannot help. */
function retryDelay(err: HttpError, attempt: number, policy: RetryPolicy): number | undefined {
  const status = err.status ?? 0;
  if (rateLimited(err)) {
    const retryAfter = Number(headersOf(err)['retry-after']);
    const reset = Number(headersOf(err)['x-ratelimit-reset']);
    if (!Number.isNaN(retryAfter)) return retryAfter * 1000;
    if (!Number.isNaN(reset)) return Math.max(0, reset * 1000 - policy.now());
    return UNNAMED_LIMIT_MS;
  }
  // Status 0 / 5xx: the request never got an answer or the server failed; both pass.
  if (status === 0 || status >= 500) return policy.baseDelayMs * 2 ** attempt;
  return undefined;
}

/** Whether waiting within the policy's bounds could help at all. */
function worthRetrying(err: HttpError, attempt: number, policy: RetryPolicy): boolean {
  const delay = retryDelay(err, attempt, policy);
  return delay !== undefined && delay <= policy.maxDelayMs;
}

export async function withRetry<T>(what: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await what();
    } catch (err) {
      if (!worthRetrying(err as HttpError, attempt, policy) || attempt + 1 >= policy.attempts) {
        throw err;
      }
      await policy.sleep(retryDelay(err as HttpError, attempt, policy)!);
    }
  }
}

/** What a refusal (403) and a miss (404) mean for one kind of write, and what to do about them. */
export interface RefusalWords {
  forbidden: string;
  notFound: string;
}

/** Why a GitHub request failed, in words that say what to do. */
export function describeGitHubError(err: unknown, words: RefusalWords): string {
  const e = err as HttpError;
  const status = e.status ?? 0;
  if (rateLimited(e)) return `GitHub's rate limit was reached (HTTP ${status})`;
  if (status === 403) return words.forbidden;
  if (status === 404) return words.notFound;
  // octokit reports a request that got no answer at all as a 500 without a response.
  if (!e.response) return `GitHub could not be reached: ${e.message ?? String(err)}`;
  return `HTTP ${status}: ${e.message ?? String(err)}`;
}

const COMMENT_REFUSALS: RefusalWords = {
  forbidden:
    'the token may not write comments (HTTP 403): a pull request from a fork gets a read-only token; grant `pull-requests: write` where it can be',
  notFound: 'the pull request was not found, or the token cannot see it (HTTP 404)',
};

/** Why a comment could not be written, in words that say what to do. */
export function describeCommentError(err: unknown): string {
  return describeGitHubError(err, COMMENT_REFUSALS);
}

/** One page of a listing, as octokit answers it. */
interface Page<T> {
  data: T[];
  headers: { link?: string };
}

/**
 * Every item of a paginated listing, in the listing's order, 100 a page (GitHub's most), each
 * page retried on its own. Pages are asked for only as they are read: a caller that stops early
 * spares the rest.
 */
export async function* listAll<T>(
  list: (params: { per_page: number; page: number }) => Promise<Page<T>>,
  policy: RetryPolicy,
): AsyncGenerator<T> {
  for (let page = 1; ; page++) {
    const res = await withRetry(() => list({ per_page: 100, page }), policy);
    yield* res.data;
    if (!/\brel="next"/.test(res.headers.link ?? '')) return;
  }
}

interface FoundComment {
  id: number;
  body?: string;
}

interface CommentAuthor {
  login?: string;
  type?: string;
}

/**
 * Whose comments can be ours. Anyone can post a comment that starts with our marker: a pull
 * request's author doing so first would have us edit their comment and keep the sections
 * they forged. So a comment counts only when the token's own identity wrote it: the bot that
 * GITHUB_TOKEN comments as (`github-actions[bot]`, or the app bot `botLogin` names for a GitHub
 * App's token, which cannot ask who it is), or the login `GET /user` names (a personal access
 * token; asked only when another author's comment carries the marker, once per run). Any other
 * bot is not us: GitHub would refuse our edit of its comment, and its sections are not ours.
 * The monitoring issue (issue.ts) is ours by the same rule, for the same reasons.
 */
export type AuthorCheck = (user: CommentAuthor | null | undefined) => Promise<boolean>;

/** The account GITHUB_TOKEN comments as. */
const ACTIONS_BOT = 'github-actions[bot]';

export function ownAuthor(client: GitHubClient, botLogin = ACTIONS_BOT): AuthorCheck {
  let login: Promise<string | undefined> | undefined;
  return async (user) => {
    if (!user?.login) return false;
    if (user.login === botLogin) return true;
    login ??= client.rest.users
      .getAuthenticated()
      .then((r) => r.data.login)
      .catch(() => undefined);
    return user.login === (await login);
  };
}

/**
 * Finds our comment among all of the pull request's comments, page by page (oldest first):
 * the first with `marker`, else the first an earlier version wrote for `model` (see
 * isLegacyComment), which is then taken over.
 */
async function findComment(
  client: GitHubClient,
  pr: PullRequestRef,
  marker: string,
  isOwn: AuthorCheck,
  policy: RetryPolicy,
  model?: Pick<ModelSection, 'name' | 'manifest'>,
): Promise<FoundComment | undefined> {
  let legacy: FoundComment | undefined;
  const comments = listAll(
    (paging) =>
      client.rest.issues.listComments({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        ...paging,
      }),
    policy,
  );
  for await (const c of comments) {
    if (isOurComment(c.body, marker) && (await isOwn(c.user))) return { id: c.id, body: c.body };
    if (!legacy && model && isLegacyComment(c.body, model) && (await isOwn(c.user)))
      legacy = { id: c.id, body: c.body };
  }
  return legacy;
}

export type CommentOutcome =
  | { model: string; ok: true; action: 'created' | 'updated' | 'unchanged'; url?: string }
  | { model: string; ok: false; message: string };

/** Rounds of write-and-check before giving up on a comment other jobs keep rewriting. */
const RACE_ROUNDS = 3;

/**
 * Creates or updates the one comment for this manifest on the pull request, replacing only this
 * command's section of it.
 *
 * Matrix jobs of one run write to the same comment, and GitHub cannot make a comment write
 * conditional, so each write is checked: a job that created a second comment while another
 * created the first deletes its own and merges into the oldest; a job whose section another
 * job's edit dropped writes it again. This narrows the race; it cannot close it.
 */
export async function upsertModelComment(
  client: GitHubClient,
  pr: PullRequestRef,
  report: Report,
  model: ModelSection,
  ctx: CommentContext,
  policy: RetryPolicy = DEFAULT_RETRY,
  isOwn?: AuthorCheck,
): Promise<{ action: 'created' | 'updated' | 'unchanged'; url?: string }> {
  isOwn ??= ownAuthor(client);
  const marker = commentMarker(model);
  const section = commentSection(report, model, ctx);
  const repo = { owner: pr.owner, repo: pr.repo };
  let action: 'created' | 'updated' | 'unchanged' = 'unchanged';
  let url: string | undefined;
  for (let round = 0; round < RACE_ROUNDS; round++) {
    const existing = await findComment(client, pr, marker, isOwn, policy, model);
    const body = composeComment(marker, existing?.body, section, ctx);
    if (existing?.body === body) return { action, url };
    const written = sectionOf(body, section.id);
    if (existing) {
      const res = await withRetry(
        () => client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }),
        policy,
      );
      action = 'updated';
      url = res.data.html_url;
      const now = await withRetry(
        () => client.rest.issues.getComment({ ...repo, comment_id: existing.id }),
        policy,
      );
      if (sectionOf(now.data.body ?? '', section.id) === written) return { action, url };
    } else {
      const res = await withRetry(
        () => client.rest.issues.createComment({ ...repo, issue_number: pr.number, body }),
        policy,
      );
      action = 'created';
      url = res.data.html_url;
      const first = await findComment(client, pr, marker, isOwn, policy);
      // Not listed yet (GitHub's listing can lag a create): ours is the only one we know of,
      // and deleting it would leave the pull request without a report.
      if (!first || first.id === res.data.id) return { action, url };
      await withRetry(
        () => client.rest.issues.deleteComment({ ...repo, comment_id: res.data.id }),
        policy,
      );
      action = 'updated';
    }
  }
  throw new Error(
    `the comment kept changing under other jobs' writes; gave up after ${RACE_ROUNDS} rounds`,
  );
}

function sectionOf(body: string, id: string): string | undefined {
  return parseSections(body).find((s) => s.id === id)?.markdown;
}

/**
 * The manifest's path relative to the repository root, `/`-separated, for the comment's key:
 * `root` when given (the `root` input), else the nearest folder above the manifest holding
 * `.git`, as the manifest's own checks find it. Without a `.git` (a checkout by REST download,
 * a tarball) it is the working directory, the workspace in Actions: the manifest's own folder,
 * where those checks fall back to, would give every manifest the same key. A manifest outside
 * the root keeps its whole path.
 */
export function repositoryPath(shown: string, cwd: string, root?: string): string {
  const file = resolve(cwd, shown);
  const base = root ? resolve(cwd, root) : (findGitRoot(dirname(file)) ?? resolve(cwd));
  const rel = relative(base, file);
  const inside = !isAbsolute(rel) && rel.split(sep)[0] !== '..';
  return (inside ? rel : file).split(sep).join('/');
}

/** The report with each model's `manifestPath` filled in where the command left it out. */
export function withManifestPaths(report: Report, cwd: string, root?: string): Report {
  return {
    ...report,
    models: report.models.map((m) => ({
      ...m,
      manifestPath: m.manifestPath ?? repositoryPath(m.manifest, cwd, root),
    })),
  };
}

/**
 * One comment per manifest of the report. A failure that retrying could not help (a read-only
 * token) would fail the same way for every model: it is reported once and the rest skipped.
 */
export async function commentOnPullRequest(
  client: GitHubClient,
  pr: PullRequestRef,
  report: Report,
  ctx: CommentContext,
  policy: RetryPolicy = DEFAULT_RETRY,
  botLogin?: string,
): Promise<CommentOutcome[]> {
  const outcomes: CommentOutcome[] = [];
  const isOwn = ownAuthor(client, botLogin);
  for (const [i, model] of report.models.entries()) {
    const name = model.name ?? model.manifest;
    try {
      outcomes.push({
        model: name,
        ok: true,
        ...(await upsertModelComment(client, pr, report, model, ctx, policy, isOwn)),
      });
    } catch (err) {
      const rest = report.models.length - i - 1;
      // Whatever outlasted the retries (a read-only token, a spent quota) would stop the
      // other models' comments too.
      const permanent = !worthRetrying(err as HttpError, 0, policy);
      const skipped =
        permanent && rest > 0 ? `; skipped the ${rest} other model${rest === 1 ? '' : 's'}` : '';
      outcomes.push({ model: name, ok: false, message: describeCommentError(err) + skipped });
      if (permanent) break;
    }
  }
  return outcomes;
}
