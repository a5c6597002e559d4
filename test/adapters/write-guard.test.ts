import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleSource, runActionScript, runnerEnv } from '../helpers/bundle.js';
import { REPO, runNode, tempDir } from '../helpers/cli.js';
import type { CiContext, CommandContext, Invocation } from '../../src/commands/command.js';
import {
  isPullRequestEvent,
  judgeByManifests,
  judgeRun,
  refuseRegistryWrite,
  WRITE_EVENTS,
} from '../../src/commands/write-guard.js';
import { RefusedError } from '../../src/registry/errors.js';

let dir: string;
let cleanup: () => Promise<void>;
let bundle: { action: string; cli: string };
let bundling: Promise<void> | undefined;
let ws: string;
let runs = 0;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-write-guard-'));
});
afterAll(() => cleanup());

/** Bundled once, by the first suite that runs the action or the CLI (not by the unit tests). */
function bundled(): Promise<void> {
  bundling ??= bundleSource(dir).then((b) => {
    bundle = b;
  });
  return bundling;
}

/** A fresh repository with the iris model, and nothing in its registry. */
beforeEach(async () => {
  ws = join(dir, `ws-${++runs}`);
  await mkdir(join(ws, '.git'), { recursive: true });
  await cp(join(REPO, 'examples/iris'), join(ws, 'models/iris'), { recursive: true });
});

const REGISTRY = () => join(ws, '.modelgate');

/** The iris manifest with `promotion.write_events` set to `events`, at models/NAME. */
async function irisWith(name: string, events: string[] | undefined): Promise<void> {
  const yaml = (await readFile(join(ws, 'models/iris/modelgate.yaml'), 'utf8'))
    .replace('name: iris-classifier', `name: ${name}`)
    .replace(
      'promotion:\n',
      events ? `promotion:\n  write_events: [${events.join(', ')}]\n` : 'promotion:\n',
    );
  await mkdir(join(ws, `models/${name}`), { recursive: true });
  await cp(join(ws, 'models/iris/model'), join(ws, `models/${name}/model`), { recursive: true });
  await cp(join(ws, 'models/iris/samples.jsonl'), join(ws, `models/${name}/samples.jsonl`));
  await writeFile(join(ws, `models/${name}/modelgate.yaml`), yaml);
}

function publish(env: NodeJS.ProcessEnv, manifest = 'models/iris/modelgate.yaml') {
  return runActionScript(
    bundle.action,
    join(dir, `runner-${++runs}`),
    { command: 'publish', manifest, comment: 'false' },
    { cwd: ws, env },
  );
}

/** The versions the file registry holds for a model; none when nothing was written at all. */
async function published(model = 'iris-classifier'): Promise<string[]> {
  return readdir(join(REGISTRY(), 'registry/models', model, 'versions')).catch(() => []);
}

describe('the write guard, in the action run as the runner runs it', () => {
  beforeAll(bundled);

  it('lets push, workflow_dispatch, schedule and release write, and no other event', async () => {
    for (const event of ['issue_comment', 'workflow_run', 'deployment', 'merge_group']) {
      const r = await publish({ GITHUB_EVENT_NAME: event });
      expect(r.code, r.stdout).toBe(1);
      expect(r.stdout).toMatch(
        new RegExp(
          `::error::publish writes to the model registry, and an? ${event} run may not: only push, workflow_dispatch, schedule and release runs may write, and promotion.write_events in models/iris/modelgate.yaml does not add ${event}`,
        ),
      );
      // The hint names the key and the file where it goes.
      expect(r.stdout).toContain(
        `hint: if ${event} runs are trusted to write, add \`write_events: [${event}]\` under \`promotion:\` in models/iris/modelgate.yaml`,
      );
      await expect(readdir(REGISTRY())).rejects.toThrow(/ENOENT/);
    }
    for (const event of ['push', 'workflow_dispatch', 'schedule', 'release']) {
      const r = await publish({ GITHUB_EVENT_NAME: event });
      expect(r.code, `${event}: ${r.stdout}`).toBe(0);
      expect(r.outputs.version).toBe('1.2.0');
    }
    expect(await published()).toEqual(['1.2.0.json']);
  });

  it('refuses a run whose event name is empty or unset', async () => {
    for (const name of ['', undefined]) {
      const r = await publish({ GITHUB_EVENT_NAME: name });
      expect(r.code, r.stdout).toBe(1);
      expect(r.stdout).toMatch(
        /::error::publish writes to the model registry, and this run names no event \(GITHUB_EVENT_NAME is empty\)/,
      );
    }
    await expect(readdir(REGISTRY())).rejects.toThrow(/ENOENT/);
  });

  it("refuses a run on a pull request's ref whatever its event, and every pull-request event", async () => {
    const push = await publish({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/pull/7/merge' });
    expect(push.code).toBe(1);
    expect(push.stdout).toMatch(
      /::error::publish writes to the model registry, and a run on refs\/pull\/7\/merge \(a pull request's code\) never does/,
    );
    // A manifest cannot allow one either: the schema refuses the name, the guard the run.
    await irisWith('target', ['pull_request_target']);
    const target = await publish(
      { GITHUB_EVENT_NAME: 'pull_request_target' },
      'models/target/modelgate.yaml',
    );
    expect(target.code).toBe(1);
    expect(target.stdout).toMatch(/a pull_request_target run never does/);
    const validate = await runActionScript(
      bundle.action,
      join(dir, `runner-${++runs}`),
      { command: 'validate', manifest: 'models/target/modelgate.yaml', comment: 'false' },
      { cwd: ws },
    );
    expect(validate.stdout).toMatch(
      /::error title=schema-pattern,file=models\/target\/modelgate\.yaml,line=\d+,col=\d+::`promotion\.write_events\[0\]` must be a GitHub event name \(such as workflow_run\), and not a pull-request event/,
    );
    await expect(readdir(REGISTRY())).rejects.toThrow(/ENOENT/);
  });

  it('writes from an event promotion.write_events adds, when every selected manifest adds it', async () => {
    await irisWith('iris-a', ['workflow_run']);
    await irisWith('iris-b', ['workflow_run', 'issue_comment']);
    const both = 'models/iris-*/modelgate.yaml';
    const ok = await publish({ GITHUB_EVENT_NAME: 'workflow_run' }, both);
    expect(ok.code, ok.stdout).toBe(0);
    expect(await published('iris-a')).toEqual(['1.2.0.json']);
    expect(await published('iris-b')).toEqual(['1.2.0.json']);
    // iris-a does not add issue_comment: nothing is written for either model.
    await irisWith('iris-b', ['issue_comment']);
    const r = await publish({ GITHUB_EVENT_NAME: 'issue_comment' }, both);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /an issue_comment run may not: .*promotion\.write_events in models\/iris-a\/modelgate\.yaml does not add issue_comment/,
    );
    expect(r.stdout).not.toMatch(/iris-b\/modelgate\.yaml does not add/);
    expect(await readdir(join(REGISTRY(), 'registry/models'))).toEqual(['iris-a', 'iris-b']);
  });

  it('refuses an added event when a selected manifest has errors, since its policy is unknown', async () => {
    await irisWith('iris-a', ['workflow_run']);
    await writeFile(join(ws, 'models/iris/modelgate.yaml'), 'apiVersion: modelgate/v1\nmodel: 3\n');
    const r = await publish({ GITHUB_EVENT_NAME: 'workflow_run' }, 'models/*/modelgate.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /a workflow_run run may not: .*models\/iris\/modelgate\.yaml has errors, so its promotion\.write_events is unknown/,
    );
    await expect(readdir(REGISTRY())).rejects.toThrow(/ENOENT/);
  });

  it('guards every command that writes: promote, rollback, validate/test/analyze --record', async () => {
    for (const inputs of [
      { command: 'promote', to: 'staging' },
      { command: 'rollback' },
      { command: 'validate', record: 'true' },
      { command: 'test', record: 'true', target: 'bookworm-sklearn12' },
      { command: 'analyze', record: 'true' },
    ] as Record<string, string>[]) {
      const r = await runActionScript(
        bundle.action,
        join(dir, `runner-${++runs}`),
        { manifest: 'models/iris/modelgate.yaml', comment: 'false', ...inputs },
        { cwd: ws, env: { GITHUB_EVENT_NAME: 'workflow_run' } },
      );
      const shown = inputs.command + ('record' in inputs ? ' --record' : '');
      expect(r.code, r.stdout).toBe(1);
      expect(r.stdout).toContain(
        `::error::${shown} writes to the model registry, and a workflow_run run may not`,
      );
    }
    await expect(readdir(REGISTRY())).rejects.toThrow(/ENOENT/);
  });
});

describe('the write guard in the CLI', () => {
  beforeAll(bundled);

  const cli = async (env: NodeJS.ProcessEnv) =>
    runNode(bundle.cli, ['validate', '--manifest', 'models/iris/modelgate.yaml', '--record'], {
      cwd: ws,
      env: await runnerEnv(join(dir, `runner-${++runs}`), { cwd: ws, env }),
    });

  it('refuses in a GitHub Actions step, allows on a laptop where there is no event', async () => {
    const step = await cli({ GITHUB_EVENT_NAME: 'issue_comment' });
    expect(step.code).toBe(1);
    expect(step.stderr).toMatch(
      /modelgate: error: validate --record writes to the model registry, and an issue_comment run may not/,
    );
    await expect(readdir(REGISTRY())).rejects.toThrow(/ENOENT/);
    // The same variables without GITHUB_ACTIONS: a person at a terminal, who may write.
    const laptop = await cli({ GITHUB_ACTIONS: undefined, GITHUB_EVENT_NAME: 'issue_comment' });
    expect(laptop.code, laptop.stderr).toBe(0);
    expect(laptop.stderr).toMatch(/recorded pass validate evidence for iris-classifier 1\.2\.0/);
  });
});

/**
 * The guard's decisions called in-process, so that mutation testing (npm run mutate --
 * write-guard) sees each one: every test names the write it keeps shut.
 */
describe('the write guard, judged in-process', () => {
  const ci = (eventName: string, ref = 'refs/heads/main'): CiContext => ({
    eventName,
    ref,
    sha: '0123456789abcdef0123456789abcdef01234567',
    actor: 'octocat',
    repository: 'acme/models',
    runUrl: 'https://github.com/acme/models/actions/runs/42',
    apiUrl: 'https://api.github.com',
  });
  const TRUSTED = 'run it from a push or workflow_dispatch workflow';

  it('lets exactly push, workflow_dispatch, schedule and release write with no manifest asked', () => {
    expect(WRITE_EVENTS).toEqual(['push', 'workflow_dispatch', 'schedule', 'release']);
    for (const event of WRITE_EVENTS)
      expect(judgeRun(ci(event), 'publish'), event).toEqual({ allowed: true });
    // Anything else is up to the manifests, never allowed by the run alone.
    for (const event of ['issue_comment', 'workflow_run', 'pushed', 'Push', 'deployment'])
      expect(judgeRun(ci(event), 'publish'), event).toBe('ask-manifests');
  });

  it('lets a person at a terminal write: outside Actions there is no event', () => {
    expect(judgeRun(undefined, 'publish')).toEqual({ allowed: true });
  });

  it('refuses every pull-request event, whose code nobody reviewed', () => {
    for (const event of [
      'pull_request',
      'pull_request_target',
      'pull_request_review',
      'pull_request_review_comment',
    ]) {
      expect(isPullRequestEvent(event), event).toBe(true);
      expect(judgeRun(ci(event), 'promote'), event).toEqual({
        allowed: false,
        message: `promote writes to the model registry, and a ${event} run never does`,
        hint: `${TRUSTED}; on pull requests use validate and test (without --record)`,
      });
    }
    expect(isPullRequestEvent('push')).toBe(false);
    expect(isPullRequestEvent('my_pull_request')).toBe(false);
  });

  it("refuses a trusted event on a pull request's ref, and only on one", () => {
    for (const ref of ['refs/pull/7/merge', 'refs/pull/7/head'])
      expect(judgeRun(ci('push', ref), 'publish'), ref).toEqual({
        allowed: false,
        message: `publish writes to the model registry, and a run on ${ref} (a pull request's code) never does`,
        hint: `${TRUSTED}; on pull requests use validate and test (without --record)`,
      });
    for (const ref of ['refs/heads/pull/7', 'refs/tags/refs/pull/7', 'refs/heads/main'])
      expect(judgeRun(ci('push', ref), 'publish'), ref).toEqual({ allowed: true });
  });

  it('refuses a run that names no event', () => {
    expect(judgeRun(ci(''), 'gc')).toEqual({
      allowed: false,
      message:
        'gc writes to the model registry, and this run names no event (GITHUB_EVENT_NAME is empty): in GitHub Actions only push, workflow_dispatch, schedule and release runs may write, and those promotion.write_events adds',
      hint: `${TRUSTED}; outside GitHub Actions, unset GITHUB_ACTIONS`,
    });
  });

  it('lets an added event write only when every selected manifest adds it', () => {
    const a = { shown: 'a.yaml', events: ['workflow_run'] };
    const b = { shown: 'b.yaml', events: ['issue_comment', 'workflow_run'] };
    expect(judgeByManifests('workflow_run', 'publish', [a, b])).toEqual({ allowed: true });
    expect(judgeByManifests('issue_comment', 'publish', [a, b])).toEqual({
      allowed: false,
      message:
        'publish writes to the model registry, and an issue_comment run may not: only push, workflow_dispatch, schedule and release runs may write, and promotion.write_events in a.yaml does not add issue_comment',
      hint: `if issue_comment runs are trusted to write, add \`write_events: [issue_comment]\` under \`promotion:\` in a.yaml; or ${TRUSTED}`,
    });
  });

  it('names every manifest that does not add the event', () => {
    const none = [
      { shown: 'a.yaml', events: [] },
      { shown: 'b.yaml', events: ['push'] },
    ];
    const d = judgeByManifests('workflow_run', 'publish', none);
    expect(d).toMatchObject({
      allowed: false,
      message: expect.stringMatching(
        /, and a workflow_run run may not: .* and promotion\.write_events in a\.yaml, b\.yaml does not add workflow_run$/,
      ),
      hint: expect.stringMatching(
        /^if workflow_run runs .* under `promotion:` in a\.yaml, b\.yaml; or /,
      ),
    });
  });

  it("refuses an added event when a manifest's policy is unknown, and says to validate it", () => {
    const broken = { shown: 'broken.yaml' };
    expect(judgeByManifests('workflow_run', 'analyze --record', [broken])).toEqual({
      allowed: false,
      message:
        'analyze --record writes to the model registry, and a workflow_run run may not: only push, workflow_dispatch, schedule and release runs may write, and broken.yaml has errors, so its promotion.write_events is unknown',
      hint: `modelgate validate --manifest broken.yaml; or ${TRUSTED}`,
    });
    expect(
      judgeByManifests('workflow_run', 'publish', [broken, { shown: 'other.yaml' }]),
    ).toMatchObject({
      message: expect.stringMatching(
        /and broken\.yaml, other\.yaml has errors, so its promotion\.write_events is unknown$/,
      ),
      hint: `modelgate validate --manifest broken.yaml; or ${TRUSTED}`,
    });
    // With a manifest that loads but does not add it, both reasons are given.
    const silent = { shown: 'silent.yaml', events: ['push'] };
    const both = judgeByManifests('workflow_run', 'publish', [
      { shown: 'ok.yaml', events: ['workflow_run'] },
      broken,
      silent,
    ]);
    expect(both).toMatchObject({
      allowed: false,
      message: expect.stringMatching(
        /promotion\.write_events in silent\.yaml does not add workflow_run; broken\.yaml has errors, so its promotion\.write_events is unknown$/,
      ),
      hint: expect.stringMatching(/^if workflow_run runs .* in silent\.yaml; or /),
    });
  });

  describe('refuseRegistryWrite, reading the manifests as the command does', () => {
    const ctx = (c: CiContext | undefined): CommandContext => ({
      cwd: ws,
      log: { info: () => {}, warn: () => {}, progress: () => {} },
      ...(c ? { ci: c } : {}),
    });
    const inv = (options: Invocation['options']): Invocation => ({ options, positionals: [] });
    const manifest = { manifest: 'models/iris/modelgate.yaml' };

    it('reads no manifest for a run the event alone allows or refuses', async () => {
      // No --manifest at all: a manifest is not even looked for.
      await expect(refuseRegistryWrite(inv({}), ctx(undefined), 'publish')).resolves.toBe(
        undefined,
      );
      await expect(refuseRegistryWrite(inv({}), ctx(ci('push')), 'publish')).resolves.toBe(
        undefined,
      );
      await expect(
        refuseRegistryWrite(inv({}), ctx(ci('pull_request')), 'publish'),
      ).rejects.toThrow(RefusedError);
    });

    it('refuses, exit 1, an event the manifest does not add, with the fix as the hint', async () => {
      const err = await refuseRegistryWrite(inv(manifest), ctx(ci('workflow_run')), 'publish').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(RefusedError);
      expect(err).toMatchObject({
        exitCode: 1,
        message: expect.stringMatching(
          /and a workflow_run run may not: .*promotion\.write_events in models\/iris\/modelgate\.yaml does not add workflow_run$/,
        ),
        hint: expect.stringMatching(/^if workflow_run runs are trusted to write, add/),
      });
    });

    it('lets an event every selected manifest adds write', async () => {
      await irisWith('iris-a', ['workflow_run']);
      await irisWith('iris-b', ['workflow_run']);
      await expect(
        refuseRegistryWrite(
          inv({ manifest: 'models/iris-*/modelgate.yaml' }),
          ctx(ci('workflow_run')),
          'publish',
        ),
      ).resolves.toBe(undefined);
      await expect(
        refuseRegistryWrite(
          inv({ manifest: 'models/*/modelgate.yaml' }),
          ctx(ci('workflow_run')),
          'publish',
        ),
      ).rejects.toThrow(/in models\/iris\/modelgate\.yaml does not add workflow_run/);
    });

    it('counts a manifest that does not load as adding nothing, and one without the key as adding none', async () => {
      await irisWith('iris-a', ['workflow_run']);
      await irisWith('iris-b', undefined);
      const run = () =>
        refuseRegistryWrite(
          inv({ manifest: 'models/iris-*/modelgate.yaml' }),
          ctx(ci('workflow_run')),
          'publish',
        );
      await expect(run()).rejects.toThrow(
        /promotion\.write_events in models\/iris-b\/modelgate\.yaml does not add workflow_run$/,
      );
      await writeFile(
        join(ws, 'models/iris-b/modelgate.yaml'),
        'apiVersion: modelgate/v1\nmodel: 3\n',
      );
      await expect(run()).rejects.toThrow(
        /models\/iris-b\/modelgate\.yaml has errors, so its promotion\.write_events is unknown$/,
      );
    });
  });
});
