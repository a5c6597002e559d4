import { InfraError } from '../errors.js';
import { COMMENT_LIMIT, isOurComment } from '../report/comment.js';
import { truncateMarkdown } from '../report/truncate.js';
import {
  DEFAULT_RETRY,
  describeGitHubError,
  listAll,
  ownAuthor,
  withRetry,
  type AuthorCheck,
  type GitHubClient,
  type PullRequestRef,
  type RefusalWords,
  type RetryPolicy,
} from './comment.js';

export type RepositoryRef = Omit<PullRequestRef, 'number'>;

/** One monitoring run's verdict on a model in production, with its figures. */
export interface MonitoringVerdict {
  model: string;
  healthy: boolean;
  /** The title of an issue this run opens; people may rename it later, so it is never rewritten. */
  title?: string;
  /** Markdown with the run's figures, as the caller renders them. */
  body: string;
}

export interface MonitoringIssueOptions {
  policy?: RetryPolicy;
  /**
   * Whose issues are ours, as for the sticky comment (see AuthorCheck). Pass one check for all
   * models of a run: it asks `GET /user` at most once. Default: `ownAuthor(client)`.
   */
  isOwn?: AuthorCheck;
}

/** What the run did: `none` when it was healthy with no issue open, and wrote nothing. */
export interface MonitoringIssueOutcome {
  action: 'opened' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
}

/**
 * The label a monitoring issue is opened with, for people's filters. It is not how the issue
 * is found: GitHub silently drops the labels of a token without push access, anyone may remove
 * one, and a search by it would then miss the open issue and open another on every run.
 */
export const MONITOR_LABEL = 'modelgate-monitor';

/** The hidden first line that makes an issue the one for this model (see isOurComment). */
export function monitorMarker(model: string): string {
  return `<!-- modelgate-monitor:${encodeURIComponent(model)} -->`;
}

const ISSUE_REFUSALS: RefusalWords = {
  forbidden:
    'the token may not write issues (HTTP 403): grant the job `issues: write` in its `permissions`',
  notFound: 'the repository was not found, or the token cannot see it (HTTP 404)',
};

/** GitHub refuses an issue body or comment longer than the sticky comment's limit. */
function fit(markdown: string, room = COMMENT_LIMIT): string {
  return truncateMarkdown(markdown, room, "✂️ Cut to fit GitHub's limit of 65,536 characters.");
}

function issueBody(marker: string, figures: string): string {
  return `${marker}\n${fit(figures, COMMENT_LIMIT - marker.length - 1)}`;
}

interface FoundIssue {
  id: number;
  number: number;
  html_url: string;
}

/**
 * Our open issues for this marker, oldest first. Every open issue is read (there may be more
 * than one of ours after a race, and all must be known to keep one).
 */
async function findIssues(
  client: GitHubClient,
  repo: RepositoryRef,
  marker: string,
  isOwn: AuthorCheck,
  policy: RetryPolicy,
): Promise<FoundIssue[]> {
  const found: FoundIssue[] = [];
  const issues = listAll(
    (paging) => client.rest.issues.listForRepo({ ...repo, state: 'open', ...paging }),
    policy,
  );
  for await (const i of issues) {
    // The listing holds pull requests too: a description starting with the marker is not ours.
    if (!i.pull_request && isOurComment(i.body ?? undefined, marker) && (await isOwn(i.user)))
      found.push(i);
  }
  // Numbers grow with creation, whatever order the listing came in.
  return found.sort((a, b) => a.number - b.number);
}

/**
 * Keeps one open issue per model in production while its analysis fails: a failing run opens
 * it, or replaces its body with the latest figures; a healthy run comments its figures and
 * closes it. A repeated failure edits the body without a comment, so that a check on a short
 * schedule does not notify every watcher on every run; opening and closing notify.
 *
 * Two runs at once may each open an issue (GitHub has no conditional create): the next run
 * keeps the oldest and closes the others as its duplicates, so the race mends itself without
 * a re-check after each create.
 */
export async function syncMonitoringIssue(
  client: GitHubClient,
  repo: RepositoryRef,
  verdict: MonitoringVerdict,
  options: MonitoringIssueOptions = {},
): Promise<MonitoringIssueOutcome> {
  const policy = options.policy ?? DEFAULT_RETRY;
  const isOwn = options.isOwn ?? ownAuthor(client);
  const marker = monitorMarker(verdict.model);
  try {
    const [kept, ...duplicates] = await findIssues(client, repo, marker, isOwn, policy);
    if (!kept) {
      if (verdict.healthy) return { action: 'none' };
      const res = await withRetry(
        () =>
          client.rest.issues.create({
            ...repo,
            title:
              verdict.title ?? `modelgate: ${verdict.model} in production is failing its analysis`,
            body: issueBody(marker, verdict.body),
            labels: [MONITOR_LABEL],
          }),
        policy,
      );
      return { action: 'opened', number: res.data.number, url: res.data.html_url };
    }
    const issue = { ...repo, issue_number: kept.number };
    // The kept issue first: should a later write fail, it already shows this run's figures.
    await withRetry<unknown>(
      () =>
        verdict.healthy
          ? client.rest.issues.createComment({ ...issue, body: fit(verdict.body) })
          : client.rest.issues.update({ ...issue, body: issueBody(marker, verdict.body) }),
      policy,
    );
    for (const d of duplicates) {
      await withRetry(
        () =>
          client.rest.issues.update({
            ...repo,
            issue_number: d.number,
            state: 'closed',
            state_reason: 'duplicate',
            duplicate_issue_id: kept.id,
          }),
        policy,
      );
    }
    if (!verdict.healthy) return { action: 'updated', number: kept.number, url: kept.html_url };
    await withRetry(
      () => client.rest.issues.update({ ...issue, state: 'closed', state_reason: 'completed' }),
      policy,
    );
    return { action: 'closed', number: kept.number, url: kept.html_url };
  } catch (err) {
    // Only GitHub's answers (and octokit's "no answer") carry a status; anything else is a bug.
    if (typeof (err as { status?: unknown }).status !== 'number') throw err;
    throw new InfraError(
      `the monitoring issue for ${verdict.model} was not written: ${describeGitHubError(err, ISSUE_REFUSALS)}`,
    );
  }
}
