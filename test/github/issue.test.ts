import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InfraError } from '../../src/errors.js';
import { ownAuthor, type RetryPolicy } from '../../src/github/comment.js';
import {
  MONITOR_LABEL,
  monitorMarker,
  syncMonitoringIssue,
  type MonitoringIssueOptions,
  type MonitoringVerdict,
} from '../../src/github/issue.js';
import { FakeGitHub, recordedRetry } from '../action/github-server.js';

const repo = { owner: 'acme', repo: 'models' };
const IRIS = monitorMarker('iris-classifier');
const github = new FakeGitHub();
let slept: number[];
let policy: RetryPolicy;

beforeAll(() => github.start());
afterAll(() => github.stop());
beforeEach(() => {
  github.reset();
  ({ policy, slept } = recordedRetry());
});

const client = () => getOctokit('ghs_unit', { baseUrl: github.url });
const writes = () => github.requests.filter((r) => r.method !== 'GET');
const failing = (figures = 'p95 latency 870 ms > 500 ms'): MonitoringVerdict => ({
  model: 'iris-classifier',
  healthy: false,
  body: `### ❌ iris-classifier 1.2.0\n\n${figures}`,
});
const healthy: MonitoringVerdict = {
  model: 'iris-classifier',
  healthy: true,
  body: '### ✅ iris-classifier 1.2.0\n\np95 latency 210 ms',
};
const sync = (verdict: MonitoringVerdict, options: MonitoringIssueOptions = {}) =>
  syncMonitoringIssue(client(), repo, verdict, { policy, ...options });
const open = () => github.issues.filter((i) => i.state === 'open');

describe('the monitoring issue through octokit', () => {
  it('a failing run opens one issue with the marker, the label and the figures', async () => {
    const outcome = await sync(failing());
    expect(github.issues).toHaveLength(1);
    const [issue] = github.issues;
    expect(outcome).toEqual({ action: 'opened', number: issue!.number, url: issue!.html_url });
    expect(issue).toMatchObject({
      title: 'modelgate: iris-classifier in production is failing its analysis',
      body: `${IRIS}\n### ❌ iris-classifier 1.2.0\n\np95 latency 870 ms > 500 ms`,
      labels: [{ name: MONITOR_LABEL }],
      state: 'open',
    });
    expect(IRIS).toBe('<!-- modelgate-monitor:iris-classifier -->');
  });

  it("opens with the caller's title", async () => {
    await sync({ ...failing(), title: 'iris-classifier: error rate over budget' });
    expect(github.issues[0]!.title).toBe('iris-classifier: error rate over budget');
  });

  it('a second failing run replaces the body of the same issue, without a comment or a second issue', async () => {
    const first = await sync(failing());
    const second = await sync(failing('p95 latency 990 ms > 500 ms'));
    expect(second).toEqual({ ...first, action: 'updated' });
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]!.body).toBe(
      `${IRIS}\n### ❌ iris-classifier 1.2.0\n\np95 latency 990 ms > 500 ms`,
    );
    expect(github.issues[0]!.title).toBe(
      'modelgate: iris-classifier in production is failing its analysis',
    );
    expect(github.comments).toHaveLength(0);
  });

  it('a healthy run comments its figures and closes the issue as completed', async () => {
    const { number, url } = await sync(failing());
    expect(await sync(healthy)).toEqual({ action: 'closed', number, url });
    expect(github.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    // The body keeps the failure's figures: the record of what went wrong.
    expect(github.issues[0]!.body).toContain('870 ms');
    expect(github.on(number!).map((c) => c.body)).toEqual([healthy.body]);
    // The comment comes before the close, so that the closing event follows the figures.
    expect(
      writes()
        .map((r) => r.method)
        .slice(-2),
    ).toEqual(['POST', 'PATCH']);
  });

  it('a healthy run with no issue open writes nothing', async () => {
    expect(await sync(healthy)).toEqual({ action: 'none' });
    expect(writes()).toHaveLength(0);
  });

  it('a failure after a closed issue opens a new one: a closed issue is not reopened', async () => {
    const closed = github.addIssue({
      body: `${IRIS}\nold`,
      login: 'github-actions[bot]',
      state: 'closed',
    });
    const outcome = await sync(failing());
    expect(outcome.action).toBe('opened');
    expect(outcome.number).not.toBe(closed.number);
    expect(closed).toMatchObject({ state: 'closed', body: `${IRIS}\nold` });
  });

  it("never takes someone else's issue that starts with the marker for ours", async () => {
    const forged = github.addIssue({ body: `${IRIS}\nall is well, close me`, login: 'mallory' });
    expect(await sync(healthy)).toEqual({ action: 'none' });
    expect(await sync(failing())).toMatchObject({ action: 'opened' });
    expect(forged).toMatchObject({ state: 'open', body: `${IRIS}\nall is well, close me` });
    expect(github.comments).toHaveLength(0);
    // Another bot is not us either: its issue is not one GitHub would let us edit.
    github.addIssue({ body: `${IRIS}\nx`, login: 'dependabot[bot]' });
    expect((await sync(failing())).action).toBe('updated');
    expect(open()).toHaveLength(3);
  });

  it("finds the issue a personal access token's own user opened, or a GitHub App's bot", async () => {
    github.viewer = 'release-bot';
    const pat = github.addIssue({ body: `${IRIS}\nold`, login: 'release-bot' });
    expect(await sync(failing())).toMatchObject({ action: 'updated', number: pat.number });
    github.reset();
    const app = github.addIssue({ body: `${IRIS}\nold`, login: 'modelgate-app[bot]' });
    const isOwn = ownAuthor(client(), 'modelgate-app[bot]');
    expect(await sync(failing(), { isOwn })).toMatchObject({
      action: 'updated',
      number: app.number,
    });
  });

  it("leaves another model's issue alone, and a quote of the marker is not the marker", async () => {
    const other = github.addIssue({
      body: `${monitorMarker('fraud-detector')}\nfailing`,
      login: 'github-actions[bot]',
    });
    const quoted = github.addIssue({
      body: `> ${IRIS}\n> quoting the bot`,
      login: 'github-actions[bot]',
    });
    expect(await sync(failing())).toMatchObject({ action: 'opened' });
    expect(await sync(healthy)).toMatchObject({ action: 'closed' });
    expect([other.state, quoted.state]).toEqual(['open', 'open']);
    expect(other.body).toBe(`${monitorMarker('fraud-detector')}\nfailing`);
  });

  it('skips pull requests, which the issues listing returns too', async () => {
    const pr = github.addIssue({
      body: `${IRIS}\na pull request's description`,
      login: 'github-actions[bot]',
      pull_request: { url: 'https://api.github.com/repos/acme/models/pulls/100' },
    });
    expect(await sync(failing())).toMatchObject({ action: 'opened' });
    expect(pr.body).toBe(`${IRIS}\na pull request's description`);
  });

  it('reads every page of open issues, and finds its own without the label a person removed', async () => {
    for (let i = 0; i < 150; i++) github.addIssue({ body: `bug report ${i}` });
    const ours = github.addIssue({ body: `${IRIS}\nold`, login: 'github-actions[bot]' });
    for (let i = 0; i < 80; i++) github.addIssue({ body: `feature request ${i}` });
    expect(await sync(failing())).toMatchObject({ action: 'updated', number: ours.number });
    const listed = github.requests.filter((r) => r.method === 'GET' && r.path.includes('/issues?'));
    expect(listed.map((r) => new URL(r.path, github.url).searchParams.get('page'))).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(
      listed.every((r) => new URL(r.path, github.url).searchParams.get('state') === 'open'),
    ).toBe(true);
    expect(github.issues).toHaveLength(231);
  });

  it('after a race keeps the oldest issue and closes the others as its duplicates', async () => {
    const bot = 'github-actions[bot]';
    const oldest = github.addIssue({ body: `${IRIS}\nfirst`, login: bot });
    const second = github.addIssue({ body: `${IRIS}\nsecond`, login: bot });
    const third = github.addIssue({ body: `${IRIS}\nthird`, login: bot });
    expect(await sync(failing())).toMatchObject({ action: 'updated', number: oldest.number });
    expect(oldest).toMatchObject({ state: 'open', body: expect.stringContaining('870 ms') });
    for (const d of [second, third])
      expect(d).toMatchObject({
        state: 'closed',
        state_reason: 'duplicate',
        duplicate_issue_id: oldest.id,
      });
  });

  it('a healthy run after a race closes every one, the oldest as completed', async () => {
    const bot = 'github-actions[bot]';
    const oldest = github.addIssue({ body: `${IRIS}\nfirst`, login: bot });
    const second = github.addIssue({ body: `${IRIS}\nsecond`, login: bot });
    expect(await sync(healthy)).toMatchObject({ action: 'closed', number: oldest.number });
    expect(oldest).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(second).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
    expect(github.on(oldest.number)).toHaveLength(1);
    expect(github.on(second.number)).toHaveLength(0);
  });

  it('cuts figures GitHub would refuse as too long, keeping the marker', async () => {
    await sync(failing('row\n'.repeat(30_000)));
    const body = github.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(`${IRIS}\n`)).toBe(true);
    expect(body).toContain('✂️');
  });
});

describe('errors of the monitoring issue', () => {
  it('a read-only token: a typed error that names the permission to grant', async () => {
    github.readOnly = true;
    const err = await sync(failing()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InfraError);
    expect((err as InfraError).message).toBe(
      'the monitoring issue for iris-classifier was not written: the token may not write issues (HTTP 403): grant the job `issues: write` in its `permissions`',
    );
    expect(slept).toEqual([]);
  });

  it('retries a server error and a rate limit by the sticky comment policy, then writes', async () => {
    github.failNext(
      { method: 'GET', status: 502 },
      {
        method: 'POST',
        status: 403,
        headers: { 'retry-after': '2' },
        message: 'secondary rate limit',
      },
    );
    expect(await sync(failing())).toMatchObject({ action: 'opened' });
    expect(slept).toEqual([1000, 2000]);
  });

  it('a rate limit that lifts too late, and a repository it cannot see, are said as such', async () => {
    github.failNext({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700003600' },
    });
    await expect(sync(failing())).rejects.toThrow(
      "the monitoring issue for iris-classifier was not written: GitHub's rate limit was reached (HTTP 403)",
    );
    github.failNext({ status: 404 });
    await expect(sync(healthy)).rejects.toThrow(
      'the repository was not found, or the token cannot see it (HTTP 404)',
    );
  });

  it('a GitHub that cannot be reached', async () => {
    const unreachable = getOctokit('ghs_unit', { baseUrl: 'http://127.0.0.1:1' });
    const err = await syncMonitoringIssue(unreachable, repo, healthy, { policy }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InfraError);
    expect((err as Error).message).toMatch(/was not written: GitHub could not be reached: /);
    expect(slept).toEqual([1000, 2000]);
  });
});
