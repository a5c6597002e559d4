import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { recordEvidence } from '../../src/registry/index.js';
import { Registry } from '../../src/registry/registry.js';
import { S3Store } from '../../src/registry/stores/s3.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { describeMoto, MOTO_ENV, startMoto, type Moto } from '../helpers/moto.js';
import { faultProxy, type FaultProxy, type FaultRule } from './fault-proxy.js';
import { BUCKET, modelDir, prov } from './helpers.js';

// One required compat target (its evidence recorded by the test, as cli.test.ts does), two
// canary steps, and a hook that leaves one line per run.
const MANIFEST = `compatibility:
  targets:
    - name: py311
      image: python:3.11-slim
      command: python3 serve.py
promotion:
  canary: { steps: [10, 50] }
deploy:
  hook: echo "$MODELGATE_COMMAND $MODELGATE_STAGE:$MODELGATE_WEIGHT" >> deploy.log`;

/** The parts of an event these tests read. */
interface LoggedEvent {
  revision: number;
  change: { type: string; of?: number; outcome?: string };
}

/** The run the issue names, with the event and the hook line each step must leave. */
const STEPS = [
  { args: ['publish'], status: 'created', change: { type: 'publish' } },
  {
    args: ['promote', '--to', 'staging'],
    status: 'changed',
    change: { type: 'promote', stage: 'staging' },
    hook: 'promote staging:',
  },
  {
    args: ['promote', '--to', 'canary'],
    status: 'changed',
    change: { type: 'promote', stage: 'canary', weight: 10 },
    hook: 'promote canary:10',
  },
  {
    args: ['promote', '--to', 'canary'],
    status: 'changed',
    change: { type: 'promote', stage: 'canary', weight: 50 },
    hook: 'promote canary:50',
  },
  {
    args: ['promote', '--to', 'production'],
    status: 'changed',
    change: { type: 'promote', stage: 'production' },
    hook: 'promote production:',
  },
];

describeMoto('registry writes through lost answers and an unavailable store (moto)', () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    moto = await startMoto();
    proxy = await faultProxy(moto.endpoint);
  });
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-faults-'));
    repo = await modelDir(join(dir, 'repo'), {
      artifactBytes: Buffer.from('weights'),
      extra: MANIFEST,
    });
    proxy.setPlan([]);
  });
  afterEach(() => cleanup());

  /** Runs one step through the proxy, as a user would, against the registry under `prefix`. */
  const cli = (prefix: string, args: string[]) =>
    runCli(
      [
        ...args,
        '--registry',
        `s3://${BUCKET}/${prefix}`,
        '--s3-endpoint',
        proxy.endpoint,
        '--json',
      ],
      { cwd: repo, env: { ...process.env, GITHUB_ACTIONS: '', ...MOTO_ENV }, timeoutMs: 120_000 },
    );

  /** The compat evidence `promote --to staging` needs, written straight to moto. */
  const passCompat = async (prefix: string) => {
    const registry = new Registry(new S3Store({ bucket: BUCKET, prefix, client: moto.client() }));
    const record = await registry.version('demo', '1.0.0');
    await recordEvidence(registry, 'demo', '1.0.0', 'compat-py311', {
      verdict: 'pass',
      artifacts: record!.artifacts,
      recorded: prov(),
    });
  };

  /** The events in the registry, oldest first, read from moto itself. */
  const events = async (prefix: string) => {
    const s3 = moto.client();
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${prefix}/models/demo/events/` }),
    );
    const keys = (listed.Contents ?? []).map((o) => o.Key!).sort();
    return Promise.all(
      keys.map(async (Key) => {
        const r = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key }));
        return JSON.parse(await r.Body!.transformToString()) as LoggedEvent;
      }),
    );
  };

  /**
   * Drives the whole run with `plan` set before each step, then checks the acceptance: every
   * command exits 0 and reports its change, each step adds exactly one transition event to
   * the registry, and the hook runs once per promotion. A registry that also records the
   * hook's outcome (a `deploy` event naming the transition's revision) must record exactly
   * one per hook run. Every step runs even after one went wrong, and the checks are soft,
   * so that a failure shows the whole run.
   */
  const wholeRun = async (prefix: string, plan: readonly FaultRule[]) => {
    const steps = [];
    let before = 0;
    for (const [i, step] of STEPS.entries()) {
      if (i === 1) await passCompat(prefix);
      proxy.setPlan(plan);
      const r = await cli(prefix, step.args);
      proxy.setPlan([]);
      let status: unknown;
      try {
        status = JSON.parse(r.stdout).models[0].status;
      } catch {
        status = r.stdout;
      }
      const added = (await events(prefix)).slice(before);
      before += added.length;
      steps.push({
        step: step.args.join(' '),
        code: r.code,
        status,
        ...(r.code === 0 ? {} : { stderr: r.stderr }),
        transitions: added.filter((e) => e.change.type !== 'deploy').map((e) => e.change),
        deploys: added
          .filter((e) => e.change.type === 'deploy')
          .map((e) => ({ of: e.change.of, outcome: e.change.outcome })),
        revisions: added.map((e) => e.revision),
      });
    }
    const recordsDeploys = steps.some((s) => s.deploys.length > 0);
    let revision = 0;
    expect
      .soft(steps, 'every command exits 0, reports its change and adds one transition event')
      .toMatchObject(
        STEPS.map((s) => {
          const transition = ++revision;
          const deploys =
            s.hook && recordsDeploys ? [{ of: transition, outcome: 'succeeded' }] : [];
          revision += deploys.length;
          return {
            step: s.args.join(' '),
            code: 0,
            status: s.status,
            transitions: [{ ...s.change, version: '1.0.0' }],
            deploys,
            revisions: Array.from({ length: 1 + deploys.length }, (_, i) => transition + i),
          };
        }),
      );
    const hookRuns = (await readFile(join(repo, 'deploy.log'), 'utf8').catch(() => ''))
      .split('\n')
      .filter(Boolean);
    expect
      .soft(hookRuns, 'the hook runs once per promotion')
      .toEqual(STEPS.flatMap((s) => (s.hook ? [s.hook] : [])));
  };

  it('a create whose answer is lost after the store kept it comes back to the SDK as 412', async () => {
    const Key = 'premise/events/000000000001';
    proxy.setPlan([
      { fault: 'fail-after-commit', method: 'PUT', key: 'premise/', nth: 1 },
      { fault: 'reset-after-commit', method: 'PUT', key: 'premise/', nth: 2 },
    ]);
    const err = await moto
      .client(proxy.endpoint)
      .send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'mine', IfNoneMatch: '*' }))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    // The SDK retried the 500 and the reset itself; its third attempt met its own write.
    expect(err).toBeInstanceOf(S3ServiceException);
    expect((err as S3ServiceException).$metadata).toMatchObject({
      httpStatusCode: 412,
      attempts: 3,
    });
    expect(
      proxy.exchanges
        .filter((e) => e.method === 'PUT' && e.key === Key)
        .map((e) => [e.outcome, e.upstreamStatus]),
    ).toEqual([
      ['fail-after-commit', 200],
      ['reset-after-commit', 412],
      ['forwarded', 412],
    ]);
    const stored = await moto.client().send(new GetObjectCommand({ Bucket: BUCKET, Key }));
    expect(await stored.Body!.transformToString()).toBe('mine');

    // So the store reports a lost race for a create that won it: only the registry can tell
    // its own record from a competitor's.
    proxy.setPlan([
      { fault: 'fail-after-commit', method: 'PUT', key: 'premise/', nth: 1 },
      { fault: 'reset-after-commit', method: 'PUT', key: 'premise/', nth: 2 },
    ]);
    const store = new S3Store({
      bucket: BUCKET,
      prefix: 'premise',
      client: moto.client(proxy.endpoint),
    });
    expect(await store.create('events/000000000002', Buffer.from('mine too'))).toBe('exists');
  });

  it('every record create whose answer is lost (a 500, then a reset, after the store kept it): one event and one hook run per step', async () => {
    // Every record create (events, the version, evidence) loses the answer of its first
    // attempt (a 500) and of its retry (a reset); its third attempt meets its own write.
    const records = /\/(events|versions|evidence)\//;
    await wholeRun('lost', [
      { fault: 'fail-after-commit', method: 'PUT', key: records, attempt: 1 },
      { fault: 'reset-after-commit', method: 'PUT', key: records, attempt: 2 },
    ]);
    // The faults hit what they should: the version, the evidence, and at least one event per
    // step lost the answer to their first attempt.
    const lost = new Set(
      proxy.exchanges
        .filter((e) => e.key.startsWith('lost/') && e.outcome === 'fail-after-commit')
        .map((e) => e.key),
    );
    for (const key of [
      'versions/1.0.0.json',
      'evidence/1.0.0/validate.json',
      'events/000000000001',
    ])
      expect(lost).toContain(`lost/models/demo/${key}`);
    expect([...lost].filter((k) => k.includes('/events/')).length).toBeGreaterThanOrEqual(
      STEPS.length,
    );
  }, 300_000);

  it('30 % of requests answered 503 before they reach the store: one event and one hook run per step', async () => {
    const from = proxy.exchanges.length;
    // The CLI's S3 client makes 5 attempts: at most 3 faults in a row on one request keep the
    // test about the registry, not about the SDK giving up.
    await wholeRun('unavailable', [{ fault: 'unavailable', probability: 0.3, maxInARow: 3 }]);
    const run = proxy.exchanges.slice(from).filter((e) => e.key.startsWith('unavailable/'));
    const refused = run.filter((e) => e.outcome === 'unavailable');
    // Drawn from a fixed seed: the same requests every run, many of them creates.
    expect(refused.length).toBeGreaterThan(run.length / 10);
    expect(
      refused.filter((e) => e.method === 'PUT' && e.key.includes('/events/')).length,
    ).toBeGreaterThan(0);
  }, 300_000);
});
