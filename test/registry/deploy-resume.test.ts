import { cp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordEvidence } from '../../src/registry/index.js';
import { keys, Registry } from '../../src/registry/registry.js';
import { FileStore } from '../../src/registry/stores/file.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { modelDir, prov } from './helpers.js';

// The hook logs what it was asked and which attempt it is; it fails while `fail-hook` exists
// and hangs (to be killed) while `hang-hook` exists.
const MANIFEST = `compatibility:
  targets:
    - name: py311
      image: python:3.11-slim
      command: python3 serve.py
promotion:
  canary: { steps: [10, 50] }
deploy:
  hook: echo "$MODELGATE_STAGE $MODELGATE_VERSION $MODELGATE_WEIGHT r$MODELGATE_REVISION a$MODELGATE_ATTEMPT" >> deploy.log; if [ -e hang-hook ]; then sleep 600; fi; test ! -e fail-hook`;

describe('a transition and its deploy are one unit', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const cli = (...args: string[]) => runCli(args, { cwd: repo });
  const json = async (...args: string[]) => {
    const r = await cli(...args, '--json');
    return { ...r, doc: JSON.parse(r.stdout) };
  };
  const reg = () => new Registry(new FileStore(join(repo, '.modelgate/registry')));
  const log = async () => (await readFile(join(repo, 'deploy.log'), 'utf8')).trim().split('\n');
  const events = async () => readdir(join(repo, '.modelgate/registry', keys.eventsDir('demo')));

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-deploy-'));
    repo = await modelDir(join(dir, 'repo'), {
      artifactBytes: Buffer.from('weights v1'),
      extra: MANIFEST,
    });
    expect((await cli('publish')).code).toBe(0);
    const record = await reg().version('demo', '1.0.0');
    await recordEvidence(reg(), 'demo', '1.0.0', 'compat-py311', {
      verdict: 'pass',
      artifacts: record!.artifacts,
      recorded: prov(),
    });
  });
  afterEach(() => cleanup());

  it('a failed hook leaves the deploy failed; the rerun deploys the same change again instead of deciding anew', async () => {
    expect((await cli('promote', '--to', 'staging')).code).toBe(0);
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    await writeFile(join(repo, 'fail-hook'), '');
    const failed = await json('promote', '--to', 'canary');
    expect(failed.code).toBe(1);
    expect(failed.doc.models[0]).toMatchObject({
      status: 'changed',
      weight: 50,
      hook: { attempt: 1 },
    });
    const revision = failed.doc.models[0].revision;
    const status = await json('status');
    expect(status.doc.models[0].deploys.canary).toMatchObject({
      revision,
      status: 'failed',
      attempts: 1,
    });
    expect((await cli('status')).stdout).toMatch(
      /deploy FAILED: .* revision 4 failed \(attempt 1\)/,
    );

    // Still failing: another attempt, recorded, and the canary stays at 50 (no third step).
    const again = await json('promote', '--to', 'canary');
    expect(again.code).toBe(1);
    expect(again.doc.models[0]).toMatchObject({
      status: 'resumed',
      revision,
      hook: { attempt: 2 },
    });

    await rm(join(repo, 'fail-hook'));
    const fixed = await json('promote', '--to', 'canary');
    expect(fixed.code).toBe(0);
    expect(fixed.doc.models[0]).toMatchObject({
      status: 'resumed',
      revision,
      weight: 50,
      hook: { attempt: 3, exitCode: 0 },
    });
    expect((await json('status')).doc.models[0].deploys.canary).toMatchObject({
      status: 'succeeded',
      attempts: 3,
    });
    expect(await log()).toEqual([
      'staging 1.0.0  r2 a1',
      'canary 1.0.0 10 r3 a1',
      'canary 1.0.0 50 r4 a1',
      'canary 1.0.0 50 r4 a2',
      'canary 1.0.0 50 r4 a3',
    ]);
    // Once deployed, the same command decides anew as before: past the last step it refuses.
    expect((await json('promote', '--to', 'canary')).doc.models[0].status).toBe('refused');
    expect(await events()).toHaveLength(4);
  });

  it('a command killed after its event is resumed by the rerun, told it may be a retry', async () => {
    await writeFile(join(repo, 'hang-hook'), '');
    const child = runCli(['promote', '--to', 'staging'], { cwd: repo, timeoutMs: 60_000 });
    // Wait for the hook to start (the event is written before it), then kill the command.
    for (let i = 0; i < 600; i++) {
      const started = await readFile(join(repo, 'deploy.log'), 'utf8').catch(() => '');
      if (started) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await killCli(repo);
    await child.catch(() => undefined);
    expect(await events()).toHaveLength(2);
    expect((await json('status')).doc.models[0].deploys.staging).toMatchObject({
      revision: 2,
      status: 'pending',
      attempts: 0,
    });
    expect((await cli('status')).stdout).toMatch(/deploy PENDING/);

    await rm(join(repo, 'hang-hook'));
    const rerun = await cli('promote', '--to', 'staging');
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(
      /✓ demo: deploy of staging → 1\.0\.0 \(revision 2\) resumed, attempt 2: the promote of revision 2 was recorded but its deploy never completed/,
    );
    expect(rerun.stdout).toMatch(/deploy hook succeeded on attempt 2/);
    expect((await json('status')).doc.models[0].deploys.staging).toMatchObject({
      revision: 2,
      status: 'succeeded',
      attempts: 2,
    });
    expect(await log()).toEqual(['staging 1.0.0  r2 a1', 'staging 1.0.0  r2 a2']);
    expect(await events()).toHaveLength(2);
  });

  it('the rerun of a step that made its change finds it made; another step moves on', async () => {
    const step = (id: string, ...args: string[]) =>
      runCli([...args, '--json'], {
        cwd: repo,
        env: { ...process.env, GITHUB_ACTIONS: '', MODELGATE_STEP_ID: id },
      }).then((r) => ({ ...r, doc: JSON.parse(r.stdout) }));
    expect((await step('run-7/deploy/staging', 'promote', '--to', 'staging')).code).toBe(0);
    const first = await step('run-7/deploy/canary-1', 'promote', '--to', 'canary');
    expect(first.doc.models[0]).toMatchObject({ status: 'changed', weight: 10, revision: 3 });
    // The same step again (a re-run job, or a step killed after its deploy was recorded).
    const rerun = await step('run-7/deploy/canary-1', 'promote', '--to', 'canary');
    expect(rerun.code).toBe(0);
    expect(rerun.doc.models[0]).toMatchObject({
      status: 'unchanged',
      detail: expect.stringMatching(
        /this step of the run \(run-7\/deploy\/canary-1\) already made this change at revision 3/,
      ),
    });
    const next = await step('run-7/deploy/canary-2', 'promote', '--to', 'canary');
    expect(next.doc.models[0]).toMatchObject({ status: 'changed', weight: 50, revision: 4 });
    const abort = await step('run-8/x/abort', 'rollback', '--stage', 'canary');
    expect(abort.doc.models[0]).toMatchObject({ status: 'changed', revision: 5 });
    const again = await step('run-8/x/abort', 'rollback', '--stage', 'canary');
    expect(again.code).toBe(0);
    expect(again.doc.models[0].status).toBe('unchanged');
    expect(await log()).toHaveLength(4);
  });

  it('a pending deploy of another version is superseded by the next change, not resumed', async () => {
    expect((await cli('promote', '--to', 'staging')).code).toBe(0);
    await writeFile(join(repo, 'fail-hook'), '');
    expect((await cli('promote', '--to', 'canary')).code).toBe(1);
    await rm(join(repo, 'fail-hook'));
    // rollback --stage canary is another command: it aborts the canary, whose deploy failed.
    const abort = await json('rollback', '--stage', 'canary');
    expect(abort.code).toBe(0);
    expect(abort.doc.models[0]).toMatchObject({ status: 'changed', hook: { attempt: 1 } });
    expect((await json('status')).doc.models[0].deploys.canary).toMatchObject({
      change: 'abort',
      status: 'succeeded',
    });
  });
});

describe('publish events with a long history', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('modelgate-long-')));
  afterEach(() => cleanup());

  it('a publish event lost to a crash is written by the rerun, however many versions came since', async () => {
    // 0.9.0's version record and blob were written, then the run died before its event; 120
    // versions were published after it.
    const scratch = await modelDir(join(dir, 'scratch'), {
      artifactBytes: Buffer.from('weights'),
      version: '0.9.0',
    });
    expect((await runCli(['publish'], { cwd: scratch })).code).toBe(0);
    const reg = join(dir, 'reg');
    await cp(join(scratch, '.modelgate/registry/blobs'), join(reg, 'blobs'), { recursive: true });
    await cp(
      join(scratch, '.modelgate/registry', keys.version('demo', '0.9.0')),
      join(reg, keys.version('demo', '0.9.0')),
    );
    const registry = new Registry(new FileStore(reg));
    for (let i = 0; i < 120; i++)
      await registry.transition('demo', prov(), () => ({
        change: { type: 'publish', record: '0'.repeat(64), version: `1.0.${i}` },
        gates: [],
        forced: false,
      }));
    const rerun = await runCli(['publish', '--registry', `file://${reg}`, '--json'], {
      cwd: scratch,
    });
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).models[0]).toMatchObject({ status: 'created', revision: 121 });
    const again = await runCli(['publish', '--registry', `file://${reg}`, '--json'], {
      cwd: scratch,
    });
    expect(JSON.parse(again.stdout).models[0]).toMatchObject({ status: 'unchanged' });
    expect((await registry.state('demo')).versionCount).toBe(121);
    expect(await readdir(join(reg, keys.eventsDir('demo')))).toHaveLength(121);
  });
});

/** SIGKILLs what runs in `repo`: the CLI, and the hook it started (found by their working directory). */
async function killCli(repo: string): Promise<void> {
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if ((await readlink(`/proc/${pid}/cwd`)) === repo) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already, or not ours
    }
  }
}
