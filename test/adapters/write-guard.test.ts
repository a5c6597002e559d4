import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleSource, runActionScript, runnerEnv } from '../helpers/bundle.js';
import { REPO, runNode, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
let bundle: { action: string; cli: string };
let ws: string;
let runs = 0;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-write-guard-'));
  bundle = await bundleSource(dir);
});
afterAll(() => cleanup());

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
