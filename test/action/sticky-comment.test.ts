import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleSource, runActionScript } from '../helpers/bundle.js';
import { REPO, tempDir } from '../helpers/cli.js';
import { FakeGitHub } from './github-server.js';

const PR = 7;
const IRIS = '<!-- modelgate:manifest%3Amodels%2Firis%2Fmodelgate.yaml -->';
const BROKEN = '<!-- modelgate:manifest%3Amodels%2Fbroken%2Fmodelgate.yaml -->';

let dir: string;
let ws: string;
let cleanup: () => Promise<void>;
let github: FakeGitHub;
let runs = 0;
let action: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-comment-'));
  ws = join(dir, 'ws');
  await mkdir(join(ws, '.git'), { recursive: true });
  await cp(join(REPO, 'examples/iris'), join(ws, 'models/iris'), { recursive: true });
  // A second model whose artifact is missing: validation fails for it.
  const yaml = (await readFile(join(ws, 'models/iris/modelgate.yaml'), 'utf8'))
    .replace('name: iris-classifier', 'name: broken-classifier')
    .replace('path: model/model.pkl', 'path: model/missing.pkl')
    .replace('  samples: samples.jsonl\n', '');
  await mkdir(join(ws, 'models/broken'), { recursive: true });
  await writeFile(join(ws, 'models/broken/modelgate.yaml'), yaml);
  github = await new FakeGitHub().start();
  // The action bundled from the source under test, as the runner would run it.
  action = (await bundleSource(join(dir, 'build'))).action;
}, 60_000);
afterAll(async () => {
  await github.stop();
  await cleanup();
});
beforeEach(() => {
  github.reset();
});

/** One run of the bundled action on a pull_request event, as the runner starts it. */
function validate(inputs: Record<string, string> = {}, runId = String(++runs)) {
  return runActionScript(
    action,
    join(dir, `run-${runId}`),
    {
      command: 'validate',
      manifest: 'models/*/modelgate.yaml',
      'github-token': 'ghs_test',
      comment: 'true',
      ...inputs,
    },
    {
      cwd: ws,
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number: PR,
        pull_request: { number: PR, head: { sha: 'feedbeef00112233445566778899aabbccddeeff' } },
      },
      env: {
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: runId,
        GITHUB_REF: `refs/pull/${PR}/merge`,
      },
    },
  );
}

const ours = (marker: string) => github.on(PR).filter((c) => c.body.startsWith(marker + '\n'));

describe('the sticky pull-request comment, from the bundled action as the runner runs it', () => {
  it('keeps exactly one comment per model across runs, found among 150 earlier comments, carrying the latest run', async () => {
    for (let i = 0; i < 150; i++)
      github.add(
        PR,
        i === 3 ? `> ${IRIS}\n> quoting the bot is not being the bot` : `review note ${i}`,
      );
    github.add(PR + 1, `${IRIS}\non another pull request`);

    const first = await validate({}, '101');
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs.verdict).toBe('fail');
    expect(ours(IRIS)).toHaveLength(1);
    expect(ours(BROKEN)).toHaveLength(1);
    expect(ours(IRIS)[0]!.body).toContain('actions/runs/101');

    const second = await validate({}, '102');
    expect(second.code).toBe(1);
    expect(github.on(PR)).toHaveLength(152);
    const [iris] = ours(IRIS);
    const [broken] = ours(BROKEN);
    expect(iris!.body).toContain('actions/runs/102');
    expect(iris!.body).not.toContain('actions/runs/101');
    expect(iris!.body).toMatch(/✅ `iris-classifier` 1\.2\.0: pass/);
    expect(broken!.body).toMatch(/❌ `broken-classifier` 1\.2\.0: fail/);
    expect(broken!.body).toContain('artifact-missing');
    expect(broken!.body).toContain('actions/runs/102');
    // The pull request's head commit, not the merge commit GITHUB_SHA names on this event.
    expect(iris!.body).toContain('`validate` on `feedbee`');
    // The second run found both comments on page 2 and edited them; nothing else was written.
    const writes = github.requests.filter((r) => r.method !== 'GET').map((r) => r.method);
    expect(writes).toEqual(['POST', 'POST', 'PATCH', 'PATCH']);
    expect(github.requests.some((r) => r.method === 'GET' && r.path.includes('page=2'))).toBe(true);
    expect(github.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
    expect(second.stdout).toMatch(/pull-request comment for iris-classifier: updated/);
    expect(second.summary).toContain('broken-classifier');
  });

  it('turns a read-only token (403) into a warning: complete summary, same exit code', async () => {
    const quiet = await validate({ comment: 'false' });
    expect(github.requests).toHaveLength(0);
    github.readOnly = true;
    const denied = await validate();
    expect(denied.code).toBe(quiet.code);
    expect(denied.code).toBe(1);
    expect(denied.outputs.verdict).toBe('fail');
    expect(denied.summary).toBe(quiet.summary);
    expect(denied.stdout).toMatch(
      /::warning::no pull-request comment for broken-classifier: the token may not write comments \(HTTP 403\)/,
    );
    // Retrying cannot help a read-only token: one attempt, the other model skipped.
    expect(denied.stdout).toMatch(/skipped the 1 other model/);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(github.on(PR)).toHaveLength(0);

    const alone = await validate({ manifest: 'models/iris/modelgate.yaml' });
    expect(alone.code).toBe(0);
    expect(alone.stdout).toMatch(/::warning::no pull-request comment for iris-classifier/);
    expect(alone.stdout).not.toMatch(/::error/);
  });

  it('retries a server error and a rate limit, then comments', async () => {
    github.failNext(
      { method: 'GET', status: 502 },
      { method: 'POST', status: 429, headers: { 'retry-after': '0' } },
    );
    const r = await validate({ manifest: 'models/iris/modelgate.yaml' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/::warning::/);
    expect(ours(IRIS)).toHaveLength(1);
  });

  it('refuses a comment input that is neither true nor false, before doing any work', async () => {
    const r = await validate({ comment: 'yes' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input comment must be true or false; got "yes"/);
    expect(r.summary).toBe(
      '## modelgate validate: ⚠️ error\n\n```text\ninput comment must be true or false; got "yes"\n```\n',
    );
    expect(github.requests).toHaveLength(0);
  });

  it('does not comment outside a pull request', async () => {
    const r = await runActionScript(
      action,
      join(dir, 'run-push'),
      { command: 'validate', manifest: 'models/iris/modelgate.yaml', 'github-token': 'ghs_test' },
      { cwd: ws, eventName: 'push', env: { GITHUB_API_URL: github.url } },
    );
    expect(r.code).toBe(0);
    expect(github.requests).toHaveLength(0);
  });
});
