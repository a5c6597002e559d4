import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSource, runActionScript } from '../helpers/bundle.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { modelDir } from '../registry/helpers.js';
import { FakeGitHub } from './github-server.js';

/**
 * A scheduled monitoring run (`analyze` with `stage: production`), from the action bundled
 * from src/, keeping one issue per model on the loopback GitHub API with the real octokit
 * client: opened by a failure, updated by the next, closed when healthy again.
 */
const ANALYSIS = `promotion:
  canary:
    steps: [50]
    analysis:
      provider: file
      path: metrics.json
      metrics:
        - { name: error_rate, max: 0.01 }
        - { name: p95_ms, baseline: p95, max: 500 }
  production:
    allowed_events: [workflow_dispatch]
    allowed_refs: [refs/heads/main]`;

const around = (c: number) => Array.from({ length: 12 }, (_, i) => c + (i % 5));
const healthy = {
  metrics: { error_rate: 0.001, p95_ms: around(100) },
  baseline: { p95_ms: around(100) },
};
const regressed = {
  metrics: { error_rate: 0.001, p95_ms: around(160) },
  baseline: { p95_ms: around(100) },
};
const silent = { metrics: {} };

let dir: string;
let repo: string;
let action: string;
let cleanup: () => Promise<void>;
let github: FakeGitHub;
let runs = 0;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-monitoring-'));
  repo = await modelDir(join(dir, 'repo'), { artifactBytes: Buffer.from('w'), extra: ANALYSIS });
  await writeFile(join(repo, 'metrics.json'), JSON.stringify(healthy));
  for (const args of [
    ['publish'],
    ['promote', '--to', 'staging'],
    ['promote', '--to', 'canary'],
    ['analyze', '--record'],
    ['promote', '--to', 'production'],
  ])
    expect((await runCli(args, { cwd: repo })).code, args.join(' ')).toBe(0);
  github = await new FakeGitHub().start();
  action = (await bundleSource(join(dir, 'build'))).action;
}, 120_000);
afterAll(async () => {
  await github?.stop();
  await cleanup();
});

async function monitor(metrics: object, inputs: Record<string, string> = {}) {
  await writeFile(join(repo, 'metrics.json'), JSON.stringify(metrics));
  const runId = String(++runs);
  return runActionScript(
    action,
    join(dir, `run-${runId}`),
    { command: 'analyze', stage: 'production', 'github-token': 'ghs_test', ...inputs },
    {
      cwd: repo,
      eventName: 'schedule',
      env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: runId },
    },
  );
}

const open = () => github.issues.filter((i) => i.state === 'open');

describe('monitoring issue from the action', () => {
  it('a regression opens one issue with the figures, a second updates it, a healthy run closes it', async () => {
    const first = await monitor(regressed);
    expect(first.code).toBe(1);
    expect(first.outputs.verdict).toBe('fail');
    expect(open()).toHaveLength(1);
    const issue = open()[0]!;
    expect(issue.body).toMatch(/^<!-- modelgate-monitor:demo -->/);
    expect(issue.body).toMatch(/production monitoring of `?demo`? 1\.0\.0: fail/);
    expect(issue.body).toMatch(/p95_ms \| 16\d/);
    expect(first.stdout).toMatch(/monitoring issue for demo: opened/);

    const second = await monitor(regressed);
    expect(second.code).toBe(1);
    expect(github.issues).toHaveLength(1);
    expect(second.stdout).toMatch(/monitoring issue for demo: updated/);

    // No data proves nothing either way: the issue stays open.
    const blind = await monitor(silent);
    expect(blind.outputs.verdict).toBe('inconclusive');
    expect(blind.stdout).toMatch(/monitoring issue for demo: left as it is/);
    expect(open()).toHaveLength(1);

    const third = await monitor(healthy);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toMatch(/monitoring issue for demo: closed/);
    expect(open()).toHaveLength(0);
    expect(github.issues[0]!.state).toBe('closed');
  });

  it('issue: false keeps no issue', async () => {
    const before = github.issues.length;
    const r = await monitor(regressed, { issue: 'false' });
    expect(r.code).toBe(1);
    expect(github.issues).toHaveLength(before);
    expect(r.stdout).not.toMatch(/monitoring issue/);
  });
});
