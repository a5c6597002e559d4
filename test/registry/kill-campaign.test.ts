import {
  CopyObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { cp, readdir, readFile, stat } from 'node:fs/promises';
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from 'node:http';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvidence } from '../../src/registry/index.js';
import type { ModelStatus, RegistryEvent, Stage } from '../../src/registry/model.js';
import { keys, Registry } from '../../src/registry/registry.js';
import { FileStore } from '../../src/registry/stores/file.js';
import { S3Store } from '../../src/registry/stores/s3.js';
import { CLI, tempDir } from '../helpers/cli.js';
import { describeMoto, MOTO_ENV, startMoto, type Moto } from '../helpers/moto.js';
import { BUCKET, modelDir, prov } from './helpers.js';

/**
 * Issue 10's kill campaigns: each command of a publish → production run is SIGKILLed at the
 * K-th write it makes durable (file store: the K-th link, rename, fsync or open for writing;
 * S3: the K-th PUT, before moto has it and once moto answered it), then run again as a re-run
 * job would: the same step of the same run (MODELGATE_STEP_ID, which Actions gives from the
 * run, job and step ids). After the rerun: it exits 0, the log verifies and holds exactly one event per step
 * (none lost, none doubled), no stage's deploy is pending or failed, the hook ran for every
 * transition (a second time only as a retry that says so: MODELGATE_ATTEMPT > 1), and no
 * temporary file is left in a folder the rerun wrote to.
 *
 * Every case runs and its failures are collected, so that a failing campaign shows every
 * command and K that broke, with what each left behind.
 */

const PRELOAD = join(import.meta.dirname, 'kill-preload.mjs');

// A hook that leaves one line per run: the revision it deploys and the attempt it was told.
const MANIFEST = `compatibility:
  targets:
    - name: py311
      image: python:3.11-slim
      command: python3 serve.py
promotion:
  canary: { steps: [10, 50] }
deploy:
  hook: echo "$MODELGATE_REVISION $MODELGATE_ATTEMPT $MODELGATE_STAGE:$MODELGATE_WEIGHT" >> deploy.log`;

const VERSION = '1.0.0';

/** The run the issue names, and the event each step must leave (revision = index + 1). */
const STEPS: { args: string[]; change: Record<string, unknown>; hook: boolean }[] = [
  { args: ['publish'], change: { type: 'publish', version: VERSION }, hook: false },
  {
    args: ['promote', '--to', 'staging'],
    change: { type: 'promote', stage: 'staging', version: VERSION, hook: true },
    hook: true,
  },
  {
    args: ['promote', '--to', 'canary'],
    change: { type: 'promote', stage: 'canary', version: VERSION, weight: 10, hook: true },
    hook: true,
  },
  {
    args: ['promote', '--to', 'canary'],
    change: { type: 'promote', stage: 'canary', version: VERSION, weight: 50, hook: true },
    hook: true,
  },
  {
    args: ['promote', '--to', 'production'],
    change: { type: 'promote', stage: 'production', version: VERSION, hook: true },
    hook: true,
  },
];

/** Cases run at once: each is a few short processes, and the machine has two cores. */
const PARALLEL = 2;

interface Exit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node [--import kill-preload.mjs] dist/cli.js …`; `spawned` learns the child's pid. */
function cli(
  args: string[],
  opts: {
    cwd: string;
    env?: Record<string, string>;
    preload?: boolean;
    spawned?: (pid: number) => void;
    /** The scenario step: a killed run and its rerun are one step of a run, as a re-run job is. */
    step?: number;
  },
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...(opts.preload ? ['--import', PRELOAD] : []), CLI, ...args],
      {
        cwd: opts.cwd,
        env: {
          ...process.env,
          GITHUB_ACTIONS: '',
          ...(opts.step === undefined
            ? {}
            : { MODELGATE_STEP_ID: `campaign/job/step-${opts.step}` }),
          ...opts.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    opts.spawned?.(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`modelgate ${args.join(' ')} did not finish in 60 s\n${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ pid: child.pid!, code, signal, stdout, stderr });
    });
  });
}

/** `f` over `items`, PARALLEL at a time, results in order. */
async function pool<T, R>(items: readonly T[], f: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return out;
}

/** One hook run, as its line in deploy.log says. */
interface HookRun {
  revision: number;
  attempt: number;
  line: string;
}

async function hookRuns(repo: string): Promise<HookRun[]> {
  const text = await readFile(join(repo, 'deploy.log'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [revision, attempt] = line.split(' ');
      return { revision: Number(revision), attempt: Number(attempt), line };
    });
}

/** What a case found wrong, with what it left behind; empty when the rerun put everything right. */
interface Failure {
  case: string;
  problems: string[];
  killedAt?: string;
  events?: unknown;
  deploys?: unknown;
  hookRuns?: string[];
  left?: string[];
  /** The tail of what the rerun (or the run that was not killed) printed. */
  output?: string;
}

/** Whether every key `expected` names has the same value in `actual`. */
function matches(actual: unknown, expected: Record<string, unknown>): boolean {
  const a = (actual ?? {}) as Record<string, unknown>;
  return Object.entries(expected).every(([k, v]) => JSON.stringify(a[k]) === JSON.stringify(v));
}

/**
 * The invariants after the rerun of step `step`, shared by both stores. The registry is read
 * as `history --json` and `status --json` read it (Registry.events checks the whole chain, the
 * snapshot included; deployStatus is what status shows), in this process: two more CLI runs
 * per case would double the campaign's time.
 */
async function checkAfterRerun(
  step: number,
  rerun: Exit,
  registry: Registry,
  hooks: { before: number; afterKill: number; runs: HookRun[]; eventBeforeRerun: boolean },
): Promise<Pick<Failure, 'problems' | 'events' | 'deploys' | 'hookRuns' | 'output'>> {
  const problems: string[] = [];
  const revision = step + 1;
  if (rerun.code !== 0) problems.push(`the rerun exited ${rerun.code ?? rerun.signal}`);
  let events: RegistryEvent[] = [];
  try {
    events = await registry.events('demo');
  } catch (err) {
    problems.push(`the log does not verify: ${(err as Error).message}`);
  }
  const revisions = events.map((e) => e.revision);
  const want = STEPS.slice(0, revision);
  if (JSON.stringify(revisions) !== JSON.stringify(want.map((_, i) => i + 1)))
    problems.push(`the log holds revisions [${revisions}], not 1..${revision}`);
  events.forEach((e, i) => {
    const expected = want[i]?.change;
    if (!expected) problems.push(`revision ${e.revision} is one step too many`);
    else if (!matches(e.change, expected))
      problems.push(`revision ${e.revision} is not ${STEPS[i]!.args.join(' ')}`);
  });
  let deploys: ModelStatus['deploys'] = {};
  try {
    deploys = (await registry.deployStatus(await registry.state('demo'))).deploys;
  } catch (err) {
    problems.push(`the status cannot be read: ${(err as Error).message}`);
  }
  for (const [stage, d] of Object.entries(deploys))
    if (d.status !== 'succeeded')
      problems.push(`the deploy of ${stage} (revision ${d.revision}) is ${d.status}`);
  if (STEPS[step]!.hook && deploys[STEPS[step]!.change.stage as Stage]?.revision !== revision)
    problems.push(`no deploy is recorded for revision ${revision}`);

  const fresh = hooks.runs.slice(hooks.before);
  const ofRerun = hooks.runs.slice(hooks.afterKill);
  if (fresh.some((h) => h.revision !== revision))
    problems.push(`the hook ran for another revision than ${revision}`);
  if (STEPS[step]!.hook) {
    if (fresh.length === 0) problems.push(`the hook never ran for revision ${revision}`);
    if (ofRerun.length > 1) problems.push('the rerun ran the hook more than once');
    // A rerun after a kill that came after the event resumes that event's deploy: the hook
    // may have run (or half run) already, and is told so. Before the event, it is the first.
    for (const h of ofRerun.filter((r) => r.revision === revision)) {
      if (hooks.eventBeforeRerun && h.attempt <= 1)
        problems.push(
          `the rerun ran the hook with MODELGATE_ATTEMPT=${h.attempt} after a kill that came after the event`,
        );
      if (!hooks.eventBeforeRerun && h.attempt !== 1)
        problems.push(
          `the rerun made the event and ran its hook with MODELGATE_ATTEMPT=${h.attempt}, not 1`,
        );
    }
  } else if (fresh.length > 0) problems.push('the hook ran for a publish');
  return {
    problems,
    events: events.map(
      (e) =>
        `${e.revision} ${e.change.type}${'stage' in e.change ? ` ${e.change.stage}` : ''}` +
        `${'weight' in e.change && e.change.weight !== undefined ? `:${e.change.weight}` : ''}`,
    ),
    deploys: Object.fromEntries(
      Object.entries(deploys).map(([stage, d]) => [
        stage,
        `revision ${d.revision} ${d.status} after ${d.attempts} attempt(s)`,
      ]),
    ),
    hookRuns: fresh.map((h) => h.line),
    // What the rerun said, when it failed: a refusal goes to stdout, an error to stderr.
    ...(rerun.code !== 0 ? { output: `${rerun.stdout}\n${rerun.stderr}`.trim() } : {}),
  };
}

/** The failures as a report a person can read in the test's output, one block per case. */
function report(failures: Failure[]): string {
  const block = (f: Failure) =>
    [
      `✗ ${f.case}`,
      ...(f.killedAt ? [`  died ${f.killedAt}`] : []),
      ...f.problems.map((p) => `  - ${p}`),
      ...(f.events ? [`  events: ${JSON.stringify(f.events)}`] : []),
      ...(f.deploys ? [`  deploys: ${JSON.stringify(f.deploys)}`] : []),
      ...(f.hookRuns
        ? [`  hook runs (revision attempt stage:weight): ${JSON.stringify(f.hookRuns)}`]
        : []),
      ...(f.left ? [`  left: ${JSON.stringify(f.left)}`] : []),
      ...(f.output ? [`  output: ${f.output.split('\n').slice(-5).join(' | ')}`] : []),
    ].join('\n');
  return `${failures.length} case(s) failed:\n${failures.map(block).join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// File store: the preload kills the CLI at its K-th durable file operation.

/** One counted operation of a clean run, as the preload logged it. */
interface Op {
  n: number;
  op: 'open-write' | 'fsync' | 'link' | 'rename';
  target: string;
}

async function readOps(log: string): Promise<{ ops: Op[]; ended: boolean }> {
  const lines = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const ops = lines
    .filter((l) => !l.startsWith('end '))
    .map((l) => {
      const [n, op, ...rest] = l.split(' ');
      return { n: Number(n), op: op as Op['op'], target: rest.join(' ') };
    });
  return { ops, ended: lines.some((l) => l.startsWith('end ')) };
}

/** The folders an operation put a new name in (a write's temp file, a link's or rename's target). */
function writtenFolder(op: Op): string | undefined {
  if (op.op === 'open-write') return dirname(op.target);
  if (op.op === 'link' || op.op === 'rename') return dirname(op.target.split(' -> ')[1]!);
  return undefined;
}

async function tempFiles(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  return names.filter((n) => basename(n).startsWith('.tmp-')).map((n) => join(root, n));
}

interface FileCase {
  step: number;
  k: number;
  when: 'before' | 'after';
}

describe('kill campaign: SIGKILL at every K-th link, rename, fsync and open of each command, file store', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  /** `templates[i]`: a repository (its registry inside) as it is before step i. */
  const templates: string[] = [];
  /** The operations a clean run of each step makes: N is their count. */
  const clean: Op[][] = [];
  let seq = 0;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-kill-'));
    const repo = await modelDir(join(dir, 'build'), {
      artifactBytes: Buffer.from('weights'),
      extra: MANIFEST,
    });
    for (const [i, step] of STEPS.entries()) {
      if (i === 1) {
        const registry = new Registry(new FileStore(join(repo, '.modelgate/registry')));
        const record = await registry.version('demo', VERSION);
        await recordEvidence(registry, 'demo', VERSION, 'compat-py311', {
          verdict: 'pass',
          artifacts: record!.artifacts,
          recorded: prov(),
        });
      }
      templates[i] = join(dir, `before-${i}`);
      await cp(repo, templates[i]!, { recursive: true });
      const log = join(dir, `clean-${i}.log`);
      const r = await cli(step.args, {
        cwd: repo,
        preload: true,
        step: i,
        env: { MODELGATE_KILL_LOG: log },
      });
      expect(r.code, r.stderr).toBe(0);
      const { ops, ended } = await readOps(log);
      expect(ended).toBe(true);
      // The preload reaches the bundle's named imports: every kind of call is seen.
      expect(new Set(ops.map((o) => o.op))).toEqual(
        new Set(['open-write', 'fsync', 'link', 'rename']),
      );
      clean[i] = ops;
    }
  }, 120_000);
  afterAll(() => cleanup?.());

  /**
   * The K values of a step: before every operation (1..N), and after each link and rename
   * and after the last operation. After any other operation is the same as before the next
   * one but for an uncounted write or close; after a link comes the temp file's unlink, after
   * a rename the next step, after the last operation only the exit. Every command starts
   * with the same store probe (`_modelgate/`): publish is killed at each of its calls, the
   * promotions only before the first (K=1, which also proves the preload's patch took).
   */
  const casesOf = (step: number): FileCase[] => {
    const probe = (o: Op) => o.target.includes('/_modelgate/');
    const ops = clean[step]!.filter((o) => step === 0 || !probe(o) || o.n === 1);
    const last = clean[step]!.length;
    return [
      ...ops.map((o) => ({ step, k: o.n, when: 'before' as const })),
      ...ops
        .filter((o) => o.op === 'link' || o.op === 'rename' || o.n === last)
        .filter((o) => step === 0 || !probe(o))
        .map((o) => ({ step, k: o.n, when: 'after' as const })),
    ];
  };

  const runCase = async ({ step, k, when }: FileCase): Promise<Failure | undefined> => {
    const args = STEPS[step]!.args;
    const name = `${args.join(' ')} (step ${step + 1}), killed ${when} call ${k} of ${clean[step]!.length}`;
    const repo = join(dir, `case-${++seq}`);
    await cp(templates[step]!, repo, { recursive: true });
    const root = join(repo, '.modelgate/registry');
    const before = (await hookRuns(repo)).length;

    const killLog = `${repo}.kill.log`;
    const killed = await cli(args, {
      cwd: repo,
      preload: true,
      step,
      env: { MODELGATE_KILL_AT: String(k), MODELGATE_KILL_WHEN: when, MODELGATE_KILL_LOG: killLog },
    });
    const died = (await readOps(killLog)).ops.at(-1);
    const killedAt = died && `${when} ${died.n} ${died.op} ${died.target.replaceAll(root, '')}`;
    if (killed.signal !== 'SIGKILL')
      return {
        case: name,
        problems: [`the run was not killed: it exited ${killed.code}`],
        killedAt,
        output: killed.stderr,
      };
    const afterKill = (await hookRuns(repo)).length;
    const eventBeforeRerun = await stat(join(root, keys.event('demo', step + 1))).then(
      () => true,
      () => false,
    );

    const rerunLog = `${repo}.rerun.log`;
    const rerun = await cli(args, {
      cwd: repo,
      preload: true,
      step,
      env: { MODELGATE_KILL_LOG: rerunLog },
    });
    const found = await checkAfterRerun(step, rerun, new Registry(new FileStore(root)), {
      before,
      afterKill,
      runs: await hookRuns(repo),
      eventBeforeRerun,
    });
    // The next write in a folder removes what a dead writer left there: every folder the
    // rerun wrote to must hold no temporary file now.
    const written = new Set(
      (await readOps(rerunLog)).ops.map(writtenFolder).filter((d) => d !== undefined),
    );
    const temps = await tempFiles(root);
    const left = temps.filter((t) => written.has(dirname(t)));
    if (left.length)
      found.problems.push(
        `${left.length} temporary file(s) left in folders the rerun wrote to (and ${temps.length - left.length} elsewhere)`,
      );
    if (!found.problems.length) return undefined;
    return {
      case: name,
      killedAt,
      ...found,
      left: temps.map((t) => t.replaceAll(root, '')),
    };
  };

  it('the preload reaches the bundle: at K=1 publish dies of SIGKILL, before or after its first open', async () => {
    for (const when of ['before', 'after']) {
      const repo = join(dir, `proof-${when}`);
      await cp(templates[0]!, repo, { recursive: true });
      const r = await cli(['publish'], {
        cwd: repo,
        preload: true,
        env: { MODELGATE_KILL_AT: '1', MODELGATE_KILL_WHEN: when },
      });
      expect(r.signal).toBe('SIGKILL');
      // The first counted call is the probe's temporary file: before it nothing is there,
      // after it an empty one, and the probe itself is never written.
      const probe = join(repo, '.modelgate/registry/_modelgate');
      const names = await readdir(probe).catch(() => [] as string[]);
      expect(
        names.map((n) => n.replace(/^\.tmp-[a-z0-9-]*\.\d+-/, '.tmp-').replace(/[0-9a-f]+$/, '…')),
      ).toEqual(when === 'before' ? [] : [`.tmp-${r.pid}-…`]);
    }
  });

  it.each(STEPS.map((s, i) => [`${s.args.join(' ')} (step ${i + 1})`, i] as const))(
    '%s: every kill, then a rerun, leaves one event, a finished deploy and no temp file',
    async (_name, step) => {
      const cases = casesOf(step);
      const failures = (await pool(cases, runCase)).filter((f) => f !== undefined);
      const ks = (when: string) =>
        cases
          .filter((c) => c.when === when)
          .map((c) => c.k)
          .join(',');
      console.log(
        `${STEPS[step]!.args.join(' ')}: N=${clean[step]!.length} calls; ${cases.length} kills ` +
          `(before K=${ks('before')}; after K=${ks('after')}); ${failures.length} failed`,
      );
      expect(failures.length, report(failures)).toBe(0);
    },
    180_000,
  );
});

// ---------------------------------------------------------------------------------------------
// moto: a pass-through in front of it kills the CLI at its K-th PUT.

/** Hop-by-hop headers: about one connection, never passed on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'expect', 'proxy-connection', 'upgrade']);
const endToEnd = (h: IncomingHttpHeaders): OutgoingHttpHeaders =>
  Object.fromEntries(Object.entries(h).filter(([name]) => !HOP_BY_HOP.has(name)));

/**
 * A pass-through to `upstream` that counts PUT requests and, at the `k`-th, calls `kill`:
 * `before` as soon as the request arrives (it is never forwarded: moto never sees it),
 * `after` once moto has answered it (the answer is never passed on). Either way the client's
 * connection is left alone: the kill closes it, so the client cannot retry in between.
 */
async function tripwire(
  upstream: string,
  plan: { k: number; when: 'before' | 'after'; kill: () => void },
): Promise<{ endpoint: string; puts: string[]; close: () => Promise<void> }> {
  const target = new URL(upstream);
  const puts: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const fires = req.method === 'PUT' && puts.push(url.split('?')[0]!) === plan.k;
    if (fires && plan.when === 'before') {
      plan.kill();
      return;
    }
    const up = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: url,
        headers: endToEnd(req.headers),
      },
      (r) => {
        if (fires) {
          r.resume();
          r.on('end', plan.kill);
          return;
        }
        res.writeHead(r.statusCode ?? 502, endToEnd(r.headers));
        r.pipe(res);
      },
    );
    up.on('error', () => req.socket.destroy());
    res.on('close', () => up.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    puts,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** Every key under `prefix/`, listed from moto itself. */
async function listKeys(s3: S3Client, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let token: string | undefined;
  do {
    const r = await s3.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${prefix}/`, ContinuationToken: token }),
    );
    out.push(...(r.Contents ?? []).map((o) => o.Key!));
    token = r.IsTruncated ? r.NextContinuationToken : undefined;
  } while (token);
  return out.sort();
}

interface S3Case {
  step: number;
  k: number;
  when: 'before' | 'after';
}

describeMoto('kill campaign: SIGKILL at every K-th PUT of each command, S3 (moto)', () => {
  let moto: Moto;
  let s3: S3Client;
  let dir: string;
  let cleanup: () => Promise<void>;
  /** `puts[i]`: the PUTs a clean run of step i makes (N is their count), by URL path. */
  const puts: string[][] = [];
  let seq = 0;

  const s3Args = (prefix: string, endpoint: string) => [
    '--registry',
    `s3://${BUCKET}/${prefix}`,
    '--s3-endpoint',
    endpoint,
  ];
  const s3Cli = (
    step: number,
    cwd: string,
    prefix: string,
    endpoint: string,
    spawned?: (pid: number) => void,
  ) =>
    cli([...STEPS[step]!.args, ...s3Args(prefix, endpoint)], { cwd, env: MOTO_ENV, spawned, step });

  /** Copies the registry under `from/` to `to/` inside moto. */
  const copyPrefix = async (from: string, to: string) => {
    await Promise.all(
      (await listKeys(s3, from)).map((key) =>
        s3.send(
          new CopyObjectCommand({
            Bucket: BUCKET,
            CopySource: `${BUCKET}/${key}`,
            Key: `${to}/${key.slice(from.length + 1)}`,
          }),
        ),
      ),
    );
  };

  beforeAll(async () => {
    moto = await startMoto();
    s3 = moto.client();
    ({ dir, cleanup } = await tempDir('modelgate-kill-s3-'));
    const repo = await modelDir(join(dir, 'build'), {
      artifactBytes: Buffer.from('weights'),
      extra: MANIFEST,
    });
    const prefix = 'build';
    for (let i = 0; i < STEPS.length; i++) {
      if (i === 1) {
        const registry = new Registry(new S3Store({ bucket: BUCKET, prefix, client: s3 }));
        const record = await registry.version('demo', VERSION);
        await recordEvidence(registry, 'demo', VERSION, 'compat-py311', {
          verdict: 'pass',
          artifacts: record!.artifacts,
          recorded: prov(),
        });
      }
      await copyPrefix(prefix, `before-${i}`);
      const counter = await tripwire(moto.endpoint, { k: 0, when: 'before', kill: () => {} });
      const r = await s3Cli(i, repo, prefix, counter.endpoint);
      await counter.close();
      expect(r.code, r.stderr).toBe(0);
      puts[i] = counter.puts.map((p) => p.replace(`/${BUCKET}/${prefix}/`, ''));
    }
  }, 180_000);
  afterAll(async () => {
    await moto?.stop();
    await cleanup?.();
  });

  const runCase = async ({ step, k, when }: S3Case): Promise<Failure | undefined> => {
    const args = STEPS[step]!.args;
    const n = ++seq;
    const name = `${args.join(' ')} (step ${step + 1}), killed ${when} PUT ${k} of ${puts[step]!.length} (${puts[step]![k - 1]})`;
    const prefix = `case-${n}`;
    await copyPrefix(`before-${step}`, prefix);
    const repo = await modelDir(join(dir, prefix), {
      artifactBytes: Buffer.from('weights'),
      extra: MANIFEST,
    });

    let pid = 0;
    let fired = false;
    const wire = await tripwire(moto.endpoint, {
      k,
      when,
      kill: () => {
        fired = true;
        process.kill(pid, 'SIGKILL');
      },
    });
    const killed = await s3Cli(step, repo, prefix, wire.endpoint, (p) => (pid = p));
    await wire.close();
    if (!fired || killed.signal !== 'SIGKILL')
      return {
        case: name,
        problems: [
          `the run was not killed: it exited ${killed.code} after ${wire.puts.length} PUTs`,
        ],
        output: killed.stderr,
      };
    const afterKill = (await hookRuns(repo)).length;
    const eventBeforeRerun = await s3
      .send(
        new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}/${keys.event('demo', step + 1)}` }),
      )
      .then(
        () => true,
        () => false,
      );

    const rerun = await s3Cli(step, repo, prefix, moto.endpoint);
    const found = await checkAfterRerun(
      step,
      rerun,
      new Registry(new S3Store({ bucket: BUCKET, prefix, client: s3 })),
      { before: 0, afterKill, runs: await hookRuns(repo), eventBeforeRerun },
    );
    // Blobs this small go up in one PutObject, never as a multipart upload; none may be left
    // open all the same (gc would have to abort it).
    const uploads = await s3.send(
      new ListMultipartUploadsCommand({ Bucket: BUCKET, Prefix: `${prefix}/` }),
    );
    if (uploads.Uploads?.length)
      found.problems.push(`${uploads.Uploads.length} multipart upload(s) left open`);
    if (!found.problems.length) return undefined;
    const left = (await listKeys(s3, prefix)).map((key) => key.slice(prefix.length + 1));
    return { case: name, ...found, left };
  };

  it.each(STEPS.map((s, i) => [`${s.args.join(' ')} (step ${i + 1})`, i] as const))(
    '%s: a kill before or after each PUT, then a rerun, leaves one event and a finished deploy',
    async (_name, step) => {
      const n = puts[step]!.length;
      // As on the file store, the store probe every command starts with is killed in publish.
      const ks = puts[step]!.map((key, i) => ({ key, k: i + 1 }))
        .filter((p) => step === 0 || !p.key.startsWith('_modelgate/'))
        .map((p) => p.k);
      const cases: S3Case[] = ['before' as const, 'after' as const].flatMap((when) =>
        ks.map((k) => ({ step, k, when })),
      );
      const failures = (await pool(cases, runCase)).filter((f) => f !== undefined);
      console.log(
        `${STEPS[step]!.args.join(' ')} on S3: N=${n} PUTs (${puts[step]!.join(', ')}); ` +
          `${cases.length} kills (before and after K=${ks.join(',')}); ${failures.length} failed`,
      );
      expect(failures.length, report(failures)).toBe(0);
    },
    180_000,
  );
});
