import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordEvidence } from '../../src/registry/index.js';
import { Registry } from '../../src/registry/registry.js';
import { FileStore } from '../../src/registry/stores/file.js';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { runAction } from '../helpers/runner.js';
import { modelDir, prov } from './helpers.js';

const TARGETS = `compatibility:
  targets:
    - name: py311
      image: python:3.11-slim
      command: python3 serve.py
    - name: optional
      image: python:3.12-slim
      command: python3 serve.py
      required: false
promotion:
  canary: { steps: [10, 50] }
  production: { allowed_events: [workflow_dispatch], allowed_refs: [refs/heads/main] }
deploy:
  hook: echo "$MODELGATE_COMMAND $MODELGATE_STAGE $MODELGATE_VERSION $MODELGATE_WEIGHT prev=$MODELGATE_PREVIOUS_VERSION" >> deploy.log; test ! -e fail-hook`;

describe('registry commands through the CLI', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const cli = (...args: string[]) => runCli(args, { cwd: repo });
  const json = async (...args: string[]) => {
    const r = await cli(...args, '--json');
    return { ...r, doc: JSON.parse(r.stdout) };
  };
  const registry = () => new Registry(new FileStore(join(repo, '.modelgate/registry')));
  const passCompat = async (version = '1.0.0') => {
    const record = await registry().version('demo', version);
    await recordEvidence(registry(), 'demo', version, 'compat-py311', {
      verdict: 'pass',
      artifacts: record!.artifacts,
      recorded: prov(),
    });
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-cli-'));
    repo = await modelDir(join(dir, 'repo'), {
      artifactBytes: Buffer.from('weights v1'),
      extra: TARGETS,
    });
  });
  afterEach(() => cleanup());

  it('carries a version from publish to production and back, one event per transition', async () => {
    const pub = await json('publish');
    expect(pub.code).toBe(0);
    expect(pub.doc.models[0]).toMatchObject({ status: 'created', revision: 1, uploadedBytes: 10 });

    const refused = await json('promote', '--to', 'staging');
    expect(refused.code).toBe(1);
    const gates = refused.doc.models[0].gates;
    expect(gates).toContainEqual(
      expect.objectContaining({ gate: 'evidence:validate', passed: true }),
    );
    expect(gates).toContainEqual({
      gate: 'evidence:compat-py311',
      passed: false,
      detail: expect.stringMatching(
        /no compat-py311 evidence for 1.0.0; run the check with --record/,
      ),
    });
    expect(gates.map((g: { gate: string }) => g.gate)).not.toContain('evidence:compat-optional');

    await passCompat();
    expect((await json('promote', '--to', 'staging')).doc.models[0]).toMatchObject({
      status: 'changed',
      revision: 2,
    });
    expect((await json('promote', '--to', 'staging')).doc.models[0]).toMatchObject({
      status: 'unchanged',
    });
    expect((await json('promote', '--to', 'production')).code).toBe(1);
    expect((await json('promote', '--to', 'canary')).doc.models[0]).toMatchObject({ weight: 10 });
    expect((await json('promote', '--to', 'canary')).doc.models[0]).toMatchObject({
      weight: 50,
      previous: '1.0.0',
    });
    expect((await json('promote', '--to', 'production')).code).toBe(0);

    // A second version, then back to the first.
    await writeFile(join(repo, 'model/model.bin'), 'weights v2');
    await writeFile(
      join(repo, 'modelgate.yaml'),
      (await readFile(join(repo, 'modelgate.yaml'), 'utf8')).replace(
        'version: 1.0.0',
        'version: 1.1.0',
      ),
    );
    expect((await cli('publish')).code).toBe(0);
    await passCompat('1.1.0');
    for (const to of ['staging', 'canary', 'production'])
      expect((await cli('promote', '--to', to)).code).toBe(0);
    const back = await json('rollback', '--reason', 'p95 doubled');
    expect(back.code).toBe(0);
    expect(back.doc.models[0]).toMatchObject({
      stage: 'production',
      version: '1.0.0',
      previous: '1.1.0',
    });
    expect((await json('rollback')).code).toBe(1);

    const status = await json('status');
    expect(status.doc.models[0].stages.production.version).toBe('1.0.0');
    const history = await json('history');
    const events = history.doc.models[0].events;
    expect(events.map((e: { revision: number }) => e.revision)).toEqual(
      events.map((_: unknown, i: number) => i + 1),
    );
    expect(events.at(-1)).toMatchObject({
      reason: 'p95 doubled',
      change: { type: 'rollback', version: '1.0.0', previous: '1.1.0' },
    });
    expect(
      events.every((e: { actor: string; gates: unknown[] }) => e.actor && Array.isArray(e.gates)),
    ).toBe(true);
    const text = await cli('history');
    expect(text.stdout).toMatch(/production rolled back 1\.1\.0 → 1\.0\.0 {2}— p95 doubled/);

    const log = await readFile(join(repo, 'deploy.log'), 'utf8');
    expect(log.trim().split('\n')).toEqual([
      'promote staging 1.0.0  prev=',
      'promote canary 1.0.0 10 prev=',
      'promote canary 1.0.0 50 prev=1.0.0',
      'promote production 1.0.0  prev=',
      'promote staging 1.1.0  prev=1.0.0',
      'promote canary 1.1.0 10 prev=',
      'promote production 1.1.0  prev=1.0.0',
      'rollback production 1.0.0  prev=1.1.0',
    ]);
  }, 120_000);

  it('a publish that died between the version record and its event is completed by a rerun', async () => {
    await cli('publish');
    // The state a crash right after the version record leaves: the record, no event.
    await rm(join(repo, '.modelgate/registry/models/demo/events'), { recursive: true });
    await rm(join(repo, '.modelgate/registry/models/demo/stages.json'));
    const rerun = await json('publish');
    expect(rerun.doc.models[0]).toMatchObject({ status: 'created', revision: 1, uploadedBytes: 0 });
    const again = await json('publish');
    expect(again.doc.models[0]).toMatchObject({ status: 'unchanged' });
    expect(again.doc.models[0].revision).toBeUndefined();
  });

  it('promotes nothing when one model a glob selects is not published', async () => {
    await modelDir(repo, { name: 'other', version: '2.0.0' }, 'other.modelgate.yaml');
    expect((await cli('publish')).code).toBe(0);
    await passCompat();
    const r = await cli('promote', '--to', 'staging', '--manifest', '*modelgate.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/other 2\.0\.0 is not published/);
    const demo = JSON.parse((await cli('status', '--json')).stdout).models[0];
    expect(demo).toMatchObject({ revision: 1, stages: {} });
    await expect(readFile(join(repo, 'deploy.log'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('a failing deploy hook fails the command but the transition stays recorded', async () => {
    await cli('publish');
    await passCompat();
    await writeFile(join(repo, 'fail-hook'), '');
    const r = await cli('promote', '--to', 'staging');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/deploy hook FAILED \(exit 1\)/);
    expect((await json('status')).doc.models[0].stages.staging.version).toBe('1.0.0');
  });

  it('refuses publishing other bytes under a published version, showing both digests', async () => {
    await cli('publish');
    await writeFile(join(repo, 'model/model.bin'), 'tampered');
    const r = await cli('publish');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/demo 1\.0\.0 is already published with other artifacts/);
    expect(r.stderr).toMatch(
      /published: model\/model\.bin sha256:[0-9a-f]{64}\n\s+now: +model\/model\.bin sha256:[0-9a-f]{64}/,
    );
    expect(r.stderr).toMatch(/bump model\.version/);
    // Refused before uploading: the other bytes are not left behind as an orphan blob.
    expect(await readdir(join(repo, '.modelgate/registry/blobs/sha256'))).toHaveLength(1);
  });

  it.each([
    [['promote', '--to', 'staging', '--version', 'v1'], /version "v1" is not a semantic version/],
    [['promote', '--to', 'staging', '--version', '1.0.0/../../x'], /is not a semantic version/],
    [['status', '--model', '../etc'], /model name "\.\.\/etc" is not valid/],
    [['history', '--model', 'a/b'], /model name "a\/b" is not valid/],
    [['promote', '--to', 'production', '--force'], /--force needs --reason/],
    [['promote', '--to', 'prod'], /--to must be one of staging, canary, production/],
    [['promote', '--to', 'staging', '--weight', '20'], /--weight applies to --to canary only/],
    [['status', '--registry', 'ftp://x'], /unsupported scheme ftp:\/\//],
    [['publish', '--sse-kms-key-id', 'k'], /--sse-kms-key-id needs --sse aws:kms/],
  ])('refuses %j with a clear usage error and writes nothing', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error| {4}at /);
    await expect(readdir(join(repo, '.modelgate'))).rejects.toThrow(/ENOENT/);
  });

  it("pull writes a version's artifacts verified, and refuses corrupt blobs and escaping paths", async () => {
    await cli('publish');
    await passCompat();
    await cli('promote', '--to', 'staging');
    const ok = await json('pull', '--stage', 'staging', '--out', 'deployed');
    expect(ok.code).toBe(0);
    expect(await readFile(join(repo, 'deployed/model/model.bin'), 'utf8')).toBe('weights v1');
    expect(ok.doc).toMatchObject({ model: 'demo', version: '1.0.0' });

    const record = (await registry().version('demo', '1.0.0'))!;
    const blob = join(repo, '.modelgate/registry/blobs/sha256', record.artifacts[0]!.sha256);
    await writeFile(blob, 'weights v!');
    const corrupt = await cli('pull', '--model', 'demo', '--version', '1.0.0', '--out', 'deployed');
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/blob .* is corrupt: its bytes hash to [0-9a-f]{64}/);
    // The good copy already deployed stays, and nothing half-written is left beside it.
    expect(await readFile(join(repo, 'deployed/model/model.bin'), 'utf8')).toBe('weights v1');
    expect(await readdir(join(repo, 'deployed/model'))).toEqual(['model.bin']);

    const versionFile = join(repo, '.modelgate/registry/models/demo/versions/1.0.0.json');
    await writeFile(
      versionFile,
      (await readFile(versionFile, 'utf8')).replace('"model/model.bin"', '"../../escaped.bin"'),
    );
    const escaping = await cli('pull', '--version', '1.0.0', '--out', 'third');
    expect(escaping.code).toBe(2);
    // An edited record is caught as not the one its publish event bound, before any path is used.
    expect(escaping.stderr).toMatch(/1\.0\.0\.json is not the record its publish event bound/);
    expect((await cli('pull', '--stage', 'canary', '--out', 'x')).stderr).toMatch(
      /canary holds no version of demo/,
    );
  });

  it('pull says plainly when --out cannot take the artifacts, without a stack trace', async () => {
    await cli('publish');
    await writeFile(join(repo, 'a-file'), '');
    const onFile = await cli('pull', '--version', '1.0.0', '--out', 'a-file');
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toMatch(/cannot write model\/model\.bin under --out .*a-file: ENOTDIR/);
    await mkdir(join(repo, 'taken/model/model.bin'), { recursive: true });
    const onDir = await cli('pull', '--version', '1.0.0', '--out', 'taken');
    expect(onDir.code).toBe(2);
    expect(onDir.stderr).toMatch(/cannot write .*taken\/model\/model\.bin: EISDIR/);
    for (const r of [onFile, onDir]) expect(r.stderr).not.toMatch(/internal error| {4}at /);
  });

  // A container run under a uid without a passwd entry (docker --user, runAsUser): needs
  // root here to become such a user.
  it.runIf(process.getuid?.() === 0 && existsSync('/usr/bin/setpriv'))(
    'records a user without a name by uid, as containers run it',
    async () => {
      await chmod(dir, 0o777);
      execFileSync('chmod', ['-R', 'a+rwX', repo]);
      const r = spawnSync(
        '/usr/bin/setpriv',
        ['--reuid=54321', '--regid=54321', '--clear-groups', process.execPath, CLI, 'publish'],
        { cwd: repo, env: { PATH: process.env.PATH, HOME: dir }, encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
      const events = JSON.parse((await cli('history', '--json')).stdout).models[0].events;
      expect(events[0].actor).toMatch(/^uid-54321@/);
    },
  );

  it('validate --record stores the verdict as evidence, failing ones included', async () => {
    const r = await cli('validate', '--record');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/recorded pass validate evidence for demo 1\.0\.0/);
    await writeFile(join(repo, 'model/model.bin'), 'other');
    await writeFile(
      join(repo, 'modelgate.yaml'),
      (await readFile(join(repo, 'modelgate.yaml'), 'utf8')).replace(
        'path: model/model.bin',
        'path: model/model.bin\n      sha256: ' + 'a'.repeat(64),
      ),
    );
    expect((await cli('validate', '--record')).code).toBe(1);
    const evidence = await registry().evidence('demo', '1.0.0');
    expect(evidence).toMatchObject([{ kind: 'validate', attempt: 2, verdict: 'fail' }]);
  });

  it('warns when status or history find nothing, which is most often a mistyped registry', async () => {
    for (const command of ['status', 'history']) {
      const r = await cli(command, '--registry', 'file://elsewhere');
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(
        /demo has no events in file:\/\/.*elsewhere.*--registry or the model name/,
      );
    }
    expect((await cli('publish')).code).toBe(0);
    expect((await cli('status')).stderr).not.toMatch(/no events/);
  });
});

describe('registry commands in the action', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  let api: Server;
  let apiUrl: string;
  let permission = 'write';
  const asked: string[] = [];

  beforeAll(async () => {
    // The one GitHub endpoint production promotions use, answered the way api.github.com does.
    api = createServer((req, res) => {
      asked.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      const m = /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/.exec(
        req.url ?? '',
      );
      res.setHeader('content-type', 'application/json');
      if (!m) return res.writeHead(404).end('{"message":"Not Found"}');
      res.end(
        JSON.stringify({
          permission: permission === 'maintain' ? 'write' : permission,
          role_name: permission,
          user: { login: m[3] },
        }),
      );
    });
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    apiUrl = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => api.close(() => r())));
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-action-registry-'));
    repo = await modelDir(join(dir, 'repo'), { artifactBytes: Buffer.from('weights v1') });
  });
  afterEach(() => cleanup());

  const action = (inputs: Record<string, string>, eventName = 'workflow_dispatch') =>
    runAction(
      join(dir, 'runner'),
      { 'github-token': 'ghs_test', ...inputs },
      { cwd: repo, eventName, env: { GITHUB_API_URL: apiUrl } },
    );

  it('never writes to the registry from a pull_request run', async () => {
    const r = await action({ command: 'publish' }, 'pull_request');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /publish writes to the model registry, and a pull_request run never does/,
    );
    // A review runs the pull request's code as well.
    const review = await action({ command: 'publish' }, 'pull_request_review');
    expect(review.code).toBe(1);
    expect(review.stdout).toMatch(/a pull_request_review run never does/);
    await expect(readdir(join(repo, '.modelgate'))).rejects.toThrow(/ENOENT/);
  });

  it("checks the event, the ref and the actor's permission before production, and sets the outputs", async () => {
    for (const inputs of [
      { command: 'publish' },
      { command: 'promote', to: 'staging' },
      { command: 'promote', to: 'canary' },
    ] as Record<string, string>[]) {
      const r = await action(inputs);
      expect(r.code, r.stdout).toBe(0);
      if (inputs.to === 'canary')
        expect(r.outputs).toMatchObject({ stage: 'canary', 'canary-weight': '10' });
    }
    // Nothing in production yet: the version output is the one the stage output names.
    expect((await action({ command: 'status' })).outputs).toMatchObject({
      stage: 'canary',
      version: '1.0.0',
      'canary-weight': '10',
    });
    permission = 'read';
    const denied = await action({ command: 'promote', to: 'production' });
    expect(denied.code).toBe(1);
    expect(denied.stdout).toMatch(/✗ actor-permission: octocat has read permission/);
    expect(asked.at(-1)).toBe(
      'GET /repos/acme/models/collaborators/octocat/permission token ghs_test',
    );

    permission = 'maintain';
    const wrongEvent = await action({ command: 'promote', to: 'production' }, 'schedule');
    expect(wrongEvent.code).toBe(1);
    expect(wrongEvent.stdout).toMatch(
      /✗ allowed-event: event schedule; allowed: workflow_dispatch, push/,
    );

    const ok = await action({ command: 'promote', to: 'production' });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.outputs).toMatchObject({
      stage: 'production',
      version: '1.0.0',
      model: 'demo',
      'previous-version': '',
      'canary-weight': '0',
      'artifact-uri': `file://${join(repo, '.modelgate/registry/models/demo/versions/1.0.0.json')}`,
    });
    expect(ok.summary).toMatch(/\| actor-permission \| ✅ pass \| octocat has maintain permission/);
    expect(ok.summary).toMatch(/\*\*Promotion\*\*: moved `production` `1\.0\.0`\./);
    const events = JSON.parse((await runCli(['history', '--json'], { cwd: repo })).stdout).models[0]
      .events;
    expect(events.at(-1)).toMatchObject({
      actor: 'octocat',
      runUrl: 'https://github.com/acme/models/actions/runs/42',
    });
    permission = 'triage';
    const rollback = await action({ command: 'rollback' });
    expect(rollback.code).toBe(1);
    expect(rollback.stdout).toMatch(/✗ actor-permission: octocat has triage permission/);
  }, 60_000);
});
