import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleSource, runActionScript } from '../helpers/bundle.js';
import { REPO, tempDir } from '../helpers/cli.js';
import { FakeGitHub } from './github-server.js';

/**
 * The sticky comment keyed by the manifest's path, and the `verdict` and `error-kind`
 * outputs, from the action bundled from src/ and run as the runner runs it, commenting with
 * the real octokit client against the loopback GitHub API.
 */
const PR = 7;
const MANIFEST = 'models/iris/modelgate.yaml';
const MARKER = '<!-- modelgate:manifest%3Amodels%2Firis%2Fmodelgate.yaml -->';

let dir: string;
let ws: string;
let action: string;
let pristine: string;
let cleanup: () => Promise<void>;
let github: FakeGitHub;
let runs = 0;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-reporting-'));
  ws = join(dir, 'ws');
  await mkdir(join(ws, '.git'), { recursive: true });
  await cp(join(REPO, 'examples/iris'), join(ws, 'models/iris'), { recursive: true });
  pristine = await readFile(join(ws, MANIFEST), 'utf8');
  github = await new FakeGitHub().start();
  action = (await bundleSource(join(dir, 'build'))).action;
}, 60_000);
afterAll(async () => {
  await github.stop();
  await cleanup();
});
beforeEach(async () => {
  github.reset();
  await writeFile(join(ws, MANIFEST), pristine);
});

/** One run of the action on a pull_request event of PR. */
function onPullRequest(inputs: Record<string, string> = {}) {
  const runId = String(++runs);
  return runActionScript(
    action,
    join(dir, `run-${runId}`),
    { command: 'validate', manifest: MANIFEST, 'github-token': 'ghs_test', ...inputs },
    {
      cwd: ws,
      eventName: 'pull_request',
      event: { number: PR, pull_request: { number: PR, head: { sha: 'feedbeef'.repeat(5) } } },
      env: {
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: runId,
        GITHUB_REF: `refs/pull/${PR}/merge`,
      },
    },
  );
}

/** Every comment of ours on the pull request, whatever its marker. */
const ours = () =>
  github.on(PR).filter((c) => c.user.type === 'Bot' && c.body.startsWith('<!-- modelgate:'));

const edit = (from: string, to: string) => {
  expect(pristine).toContain(from);
  return writeFile(join(ws, MANIFEST), pristine.replace(from, to));
};

describe('a GitHub API that never answers', () => {
  it('costs the comment, not the job: the step ends at the deadline with its verdict', async () => {
    // Accepts connections and never writes a byte, as a hung proxy does.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const r = await runActionScript(
        action,
        join(dir, 'run-silent'),
        { command: 'validate', manifest: MANIFEST, 'github-token': 'ghs_test' },
        {
          cwd: ws,
          eventName: 'pull_request',
          event: { number: PR, pull_request: { number: PR, head: { sha: 'feedbeef'.repeat(5) } } },
          env: {
            GITHUB_API_URL: `http://127.0.0.1:${port}`,
            GITHUB_REF: `refs/pull/${PR}/merge`,
            MODELGATE_GITHUB_TIMEOUT_S: '2',
          },
        },
      );
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ verdict: 'pass' });
      expect(r.stdout).toMatch(/::warning::no pull-request comment for /);
    } finally {
      silent.close();
    }
  }, 30_000);
});

describe('one sticky comment per manifest, across pushes', () => {
  it('two runs, the second with a broken manifest: exactly one comment of ours, showing the failure', async () => {
    const first = await onPullRequest();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/✅ `iris-classifier` 1\.2\.0: pass/);

    // A YAML syntax error: no model name can be read.
    await edit('  name: iris-classifier\n', '  name: [iris-classifier\n');
    const second = await onPullRequest();
    expect(second.code).toBe(1);
    expect(second.outputs).toMatchObject({ verdict: 'fail', 'error-kind': 'check' });
    const comments = ours();
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.split('\n', 1)[0]).toBe(MARKER);
    expect(body).toMatch(/❌ `models\/iris\/modelgate\.yaml`: fail/);
    expect(body).toMatch(/`models\/iris\/modelgate\.yaml:\d+:\d+`/);
    expect(body).not.toContain('✅ `iris-classifier`');
    expect(body).toContain('actions/runs/' + String(runs));
    expect(github.requests.filter((r) => r.method !== 'GET').map((r) => r.method)).toEqual([
      'POST',
      'PATCH',
    ]);
  });

  it('a schema error, a renamed model and a deleted manifest all update the one comment', async () => {
    expect((await onPullRequest()).code).toBe(0);

    await writeFile(join(ws, MANIFEST), pristine.replace('  name: iris-classifier\n', ''));
    const schema = await onPullRequest();
    expect(schema.code).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/❌ `models\/iris\/modelgate\.yaml`: fail/);
    expect(ours()[0]!.body).toContain('schema-required');

    await edit('name: iris-classifier', 'name: iris-renamed');
    expect((await onPullRequest()).code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/✅ `iris-renamed` 1\.2\.0: pass/);

    // No report at all: the command stops on the missing file. The comment says so.
    await rm(join(ws, MANIFEST));
    const gone = await onPullRequest();
    expect(gone.code).toBe(1);
    expect(gone.outputs).toMatchObject({ verdict: 'error', 'error-kind': 'usage' });
    expect(ours()).toHaveLength(1);
    const body = ours()[0]!.body;
    expect(body).toMatch(/⚠️ `models\/iris\/modelgate\.yaml`: error — stopped on a usage error/);
    expect(body).toContain('cannot read manifest models/iris/modelgate.yaml: no such file');
    expect(body).not.toContain('✅');
    expect(gone.stdout).toMatch(/pull-request comment for models\/iris\/modelgate\.yaml: updated/);
  });

  it("takes over the comment an earlier version keyed by the model's name", async () => {
    const section = (id: string, text: string) =>
      `<!-- modelgate-section:${id} -->\n${text}\n<!-- /modelgate-section:${id} -->`;
    const legacy = github.add(
      PR,
      [
        '<!-- modelgate:iris-classifier -->',
        section('validate', `### ✅ \`iris-classifier\` 1.2.0: pass\n\nManifest: \`${MANIFEST}\``),
        '',
        section('test%3Atrixie-sklearn14', '### ✅ `iris-classifier` 1.2.0: pass (test)'),
      ].join('\n'),
      'github-actions[bot]',
    );
    await edit('  name: iris-classifier\n', '  name: [iris-classifier\n');
    const r = await onPullRequest();
    expect(r.code).toBe(1);
    expect(ours()).toEqual([legacy]);
    expect(legacy.body.split('\n', 1)[0]).toBe(MARKER);
    expect(legacy.body).toMatch(/❌ `models\/iris\/modelgate\.yaml`: fail/);
    // The other command's section is kept; validate's old verdict is not.
    expect(legacy.body).toContain('pass (test)');
    expect(legacy.body).not.toContain('### ✅ `iris-classifier` 1.2.0: pass\n');
  });

  it('an error of a later run replaces only its own section, with the error', async () => {
    expect((await onPullRequest()).code).toBe(0);
    // A write the pull request's run may not make: refused before any report.
    const r = await onPullRequest({ record: 'true' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'error', 'error-kind': 'check' });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(
      /⚠️ `models\/iris\/modelgate\.yaml`: error — stopped on a failed check/,
    );
    expect(ours()[0]!.body).not.toMatch(/✅ `iris-classifier`/);
  });
});

describe("a matrix job's error on the pull request", () => {
  it("replaces that target's own test section, and leaves validate's and the other target's", async () => {
    const section = (id: string, text: string) =>
      `<!-- modelgate-section:${id} -->\n${text}\n<!-- /modelgate-section:${id} -->`;
    github.reset();
    const comment = github.add(
      PR,
      [
        MARKER,
        section('validate', '### ✅ `iris-classifier` 1.2.0: pass'),
        '',
        section('test%3Abookworm-sklearn12', '### ✅ `iris-classifier` 1.2.0: pass (bookworm)'),
        '',
        section('test%3Atrixie-sklearn14', '### ✅ `iris-classifier` 1.2.0: pass (trixie)'),
      ].join('\n'),
      'github-actions[bot]',
    );
    // The engine cannot be reached: the step stops before any report.
    const r = await runActionScript(
      action,
      join(dir, 'run-matrix-error'),
      {
        command: 'test',
        manifest: MANIFEST,
        target: 'trixie-sklearn14',
        engine: 'docker',
        'github-token': 'ghs_test',
      },
      {
        cwd: ws,
        eventName: 'pull_request',
        event: { number: PR, pull_request: { number: PR, head: { sha: 'feedbeef'.repeat(5) } } },
        env: {
          GITHUB_API_URL: github.url,
          GITHUB_REF: `refs/pull/${PR}/merge`,
          DOCKER_HOST: `unix://${join(dir, 'no-docker.sock')}`,
        },
      },
    );
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'error', 'error-kind': 'infrastructure' });
    expect(ours()).toEqual([comment]);
    const body = comment.body;
    const trixie = body.slice(body.indexOf('modelgate-section:test%3Atrixie-sklearn14'));
    expect(trixie).toMatch(/⚠️ .*error/);
    expect(body).not.toContain('pass (trixie)');
    expect(body).toContain('pass (bookworm)');
    expect(body).toContain('### ✅ `iris-classifier` 1.2.0: pass\n');
  });
});

describe('the verdict and error-kind outputs', () => {
  /** A port nothing listens on: connections to it are refused. */
  async function refusingPort(): Promise<number> {
    const srv = createServer();
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    const { port } = srv.address() as AddressInfo;
    await new Promise((resolve) => srv.close(resolve));
    return port;
  }

  const onPush = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    runActionScript(
      action,
      join(dir, `push-${++runs}`),
      { manifest: MANIFEST, comment: 'false', ...inputs },
      { cwd: ws, env },
    );

  it('pass: verdict pass and an empty error-kind', async () => {
    const r = await onPush({ command: 'validate' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', 'error-kind': '' });
  });

  it('a failing validation: verdict fail, error-kind check', async () => {
    await edit('path: model/model.pkl', 'path: model/missing.pkl');
    const r = await onPush({ command: 'validate' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', 'error-kind': 'check' });
  });

  it('a bad input or an unknown command: verdict error, error-kind usage', async () => {
    const bad = await onPush({ command: 'validate', record: 'maybe' });
    expect(bad.code).toBe(1);
    expect(bad.outputs).toEqual({ verdict: 'error', 'error-kind': 'usage' });
    expect(bad.stdout).toMatch(/::error::input record must be true or false/);
    const unknown = await onPush({ command: 'deploy-everything' });
    expect(unknown.outputs).toEqual({ verdict: 'error', 'error-kind': 'usage' });
  });

  it('an unexpected error: verdict error, error-kind infrastructure, no stack trace in the summary', async () => {
    // The report file cannot be written: a plain Error, not one of modelgate's.
    const r = await onPush({ command: 'validate' }, { RUNNER_TEMP: join(dir, 'no-such-folder') });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'error', 'error-kind': 'infrastructure' });
    expect(r.summary).toContain('internal error: ENOENT: no such file or directory');
    expect(r.summary).not.toMatch(/\n\s+at /);
    // The log keeps the stack trace, for a bug report.
    expect(r.stdout).toMatch(/::error::internal error: Error: ENOENT.*%0A\s+at /);
  });

  it('a job summary that cannot be written is a warning: the verdict stays pass', async () => {
    const r = await onPush(
      { command: 'validate' },
      { GITHUB_STEP_SUMMARY: join(dir, 'no-such-folder', 'summary.md') },
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', 'error-kind': '' });
    expect(r.stdout).toMatch(
      /::warning::the job summary could not be written \(.*\); the report is in /,
    );
    expect(r.stdout).not.toMatch(/::error::/);
  });

  it('a registry that refuses connections: verdict error, error-kind infrastructure', async () => {
    const port = await refusingPort();
    const r = await onPush(
      {
        command: 'status',
        registry: 's3://models/prefix',
        's3-endpoint': `http://127.0.0.1:${port}`,
      },
      { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' },
    );
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ verdict: 'error', 'error-kind': 'infrastructure' });
    expect(r.stdout).toMatch(/::error::S3 registry: cannot read .*ECONNREFUSED/);
    // The job summary says what stopped the step, without a stack trace.
    expect(r.summary).toContain('## modelgate status: ⚠️ error');
    expect(r.summary).not.toMatch(/\n\s+at /);

    // validate reads production only for the report (a warning when it cannot), but recording
    // its evidence needs the registry.
    const record = await onPush(
      {
        command: 'validate',
        record: 'true',
        registry: 's3://models/prefix',
        's3-endpoint': `http://127.0.0.1:${port}`,
      },
      { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' },
    );
    expect(record.code).toBe(1);
    expect(record.outputs).toEqual({ verdict: 'error', 'error-kind': 'infrastructure' });
  });
});
