import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentOnPullRequest, DEFAULT_RETRY, type RetryPolicy } from '../../src/github/comment.js';
import { commentMarker } from '../../src/report/comment.js';
import { FakeGitHub } from '../action/github-server.js';
import { failing, mixed, passing } from './reports.js';

const pr = { owner: 'acme', repo: 'models', number: 12 };
const ctx = { runUrl: 'https://github.com/acme/models/actions/runs/9', sha: 'feedface' };
let github: FakeGitHub;
let slept: number[];
let policy: RetryPolicy;

beforeAll(async () => {
  github = await new FakeGitHub().start();
});
afterAll(() => github.stop());
beforeEach(() => {
  github.reset();
  slept = [];
  // Recorded, not waited: the policy's arithmetic is what is under test.
  policy = {
    ...DEFAULT_RETRY,
    now: () => 1_700_000_000_000,
    sleep: async (ms) => void slept.push(ms),
  };
});

const client = () => getOctokit('ghs_unit', { baseUrl: github.url });
const writes = () => github.requests.filter((r) => r.method !== 'GET').length;

describe('sticky comment through octokit', () => {
  it('finds the marker on the third page and edits it in place', async () => {
    for (let i = 0; i < 230; i++) github.add(pr.number, `comment ${i}`);
    const ours = github.add(
      pr.number,
      `${commentMarker(passing.models[0]!)}\nold report`,
      'github-actions[bot]',
    );
    const [outcome] = await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(outcome).toMatchObject({ ok: true, action: 'updated', url: ours.html_url });
    expect(ours.body).toContain('✅ `iris-classifier` 1.2.0: pass');
    const listed = github.requests.filter(
      (r) => r.method === 'GET' && r.path.includes('/issues/12/comments'),
    );
    expect(listed.map((r) => new URL(r.path, github.url).searchParams.get('page'))).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(github.on(pr.number)).toHaveLength(231);
  });

  it("never takes a pull-request author's comment that starts with the marker for ours", async () => {
    const marker = commentMarker(passing.models[0]!);
    const forged = github.add(
      pr.number,
      `${marker}\n<!-- modelgate-section:test -->\n✅ every target passed\n<!-- /modelgate-section:test -->`,
      'mallory',
    );
    const [outcome] = await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(outcome).toMatchObject({ ok: true, action: 'created' });
    expect(forged.body).toContain('✅ every target passed');
    const ours = github.on(pr.number).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).not.toContain('every target passed');
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it("finds the comment a personal access token's own user wrote", async () => {
    github.viewer = 'release-bot';
    github.add(pr.number, `${commentMarker(passing.models[0]!)}\nforged`, 'mallory');
    const ours = github.add(pr.number, `${commentMarker(passing.models[0]!)}\nold`, 'release-bot');
    const [outcome] = await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(outcome).toMatchObject({ ok: true, action: 'updated', url: ours.html_url });
    expect(ours.body).toContain('✅ `iris-classifier` 1.2.0: pass');
    expect(github.requests.filter((r) => r.path === '/user')).toHaveLength(1);
  });

  it('keeps the comment it created when the listing does not show it yet', async () => {
    github.afterCreate = (c) => {
      github.afterCreate = undefined;
      github.unlisted.add(c.id);
    };
    const [outcome] = await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(outcome).toMatchObject({ ok: true, action: 'created' });
    expect(github.on(pr.number)).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
  });

  it('writes nothing when the body would not change', async () => {
    await commentOnPullRequest(client(), pr, passing, ctx, policy);
    const [again] = await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(again).toMatchObject({ ok: true, action: 'unchanged' });
    expect(writes()).toBe(1);
  });

  it('waits as long as a rate limit asks, within bounds, then succeeds', async () => {
    github.failNext(
      {
        method: 'GET',
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_700_000_000 + 4) },
      },
      { method: 'POST', status: 429, headers: { 'retry-after': '2' } },
    );
    const [outcome] = await commentOnPullRequest(client(), pr, failing, ctx, policy);
    expect(outcome).toMatchObject({ ok: true, action: 'created' });
    expect(slept).toEqual([4000, 2000]);
  });

  it('does not wait for a rate limit that lifts too late, and says why', async () => {
    github.failNext({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_700_000_000 + 3600) },
    });
    const [outcome] = await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(outcome).toEqual({
      model: 'iris-classifier',
      ok: false,
      message: "GitHub's rate limit was reached (HTTP 403)",
    });
    expect(slept).toEqual([]);
  });

  it('gives up at once on a secondary rate limit that names no time, for every model', async () => {
    github.failNext({ status: 403, message: 'You have exceeded a secondary rate limit.' });
    const outcomes = await commentOnPullRequest(client(), pr, mixed, ctx, policy);
    expect(outcomes).toEqual([
      {
        model: 'iris-classifier',
        ok: false,
        message: "GitHub's rate limit was reached (HTTP 403); skipped the 2 other models",
      },
    ]);
    expect(slept).toEqual([]);
    expect(github.requests).toHaveLength(1);
  });

  it('says GitHub could not be reached when nothing answers, after bounded retries', async () => {
    const gone = await new FakeGitHub().start();
    await gone.stop();
    const unreachable = getOctokit('ghs_unit', { baseUrl: gone.url });
    const [outcome] = await commentOnPullRequest(unreachable, pr, passing, ctx, policy);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^GitHub could not be reached: /),
    });
    expect(slept).toEqual([1000, 2000]);
  });

  it('backs off on server errors a bounded number of times', async () => {
    github.failNext({ status: 500 }, { status: 502 }, { status: 503 }, { status: 504 });
    const outcomes = await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(outcomes).toEqual([
      { model: 'iris-classifier', ok: false, message: 'HTTP 503: fault 503' },
    ]);
    expect(slept).toEqual([1000, 2000]);
    expect(github.requests).toHaveLength(3);
  });

  it('keeps going for the other models after a transient failure', async () => {
    github.failNext(
      { method: 'POST', status: 500 },
      { method: 'POST', status: 500 },
      { method: 'POST', status: 500 },
    );
    const outcomes = await commentOnPullRequest(client(), pr, mixed, ctx, policy);
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, true]);
    expect(github.on(pr.number).map((c) => c.body.split('\n', 1)[0])).toEqual([
      '<!-- modelgate:manifest%3Amodels%2Ffraud%2Fmodelgate.yaml -->',
      '<!-- modelgate:manifest%3Amodels%2Fbroken%2Fmodelgate.yaml -->',
    ]);
  });

  it('folds a comment created at the same moment as another job’s into the oldest', async () => {
    const marker = commentMarker(passing.models[0]!);
    github.beforeWrite = (method) => {
      if (method !== 'POST') return;
      github.beforeWrite = undefined;
      github.add(
        pr.number,
        `${marker}\n<!-- modelgate-section:test -->\nfrom the other job\n<!-- /modelgate-section:test -->`,
        'github-actions[bot]',
      );
    };
    const [outcome] = await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(outcome).toMatchObject({ ok: true, action: 'updated' });
    const left = github.on(pr.number);
    expect(left).toHaveLength(1);
    expect(left[0]!.body).toContain('from the other job');
    expect(left[0]!.body).toContain('<!-- modelgate-section:validate -->');
    expect(github.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('writes its section again when another job’s edit dropped it', async () => {
    const marker = commentMarker(passing.models[0]!);
    const theirs = `${marker}\n<!-- modelgate-section:test -->\nfrom the other job\n<!-- /modelgate-section:test -->`;
    const c = github.add(pr.number, theirs, 'github-actions[bot]');
    github.afterWrite = () => {
      github.afterWrite = undefined;
      c.body = theirs; // the other job's edit, made from what it read before ours landed
    };
    await commentOnPullRequest(client(), pr, passing, ctx, policy);
    expect(c.body).toContain('from the other job');
    expect(c.body).toContain('✅ `iris-classifier` 1.2.0: pass');
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
  });
});
