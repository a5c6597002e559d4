import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_LABEL, runIdFromEnv } from '../../src/compat/cancel.js';
import { bundleSource, runActionScript, runnerEnv } from '../helpers/bundle.js';
import { REPO, tempDir } from '../helpers/cli.js';
import {
  BOOKWORM,
  containersLabelled,
  containersNamed,
  describeContainers,
  removeContainers,
} from './containers.js';

let dir: string;
let cleanup: () => Promise<void>;
let bundle: { action: string; post: string };
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-post-'));
  const { action } = await bundleSource(dir);
  bundle = { action, post: join(dirname(action), 'post.js') };
});
afterAll(() => cleanup());

/** What the runner tells one step of one job; the post step of that step is told the same. */
function stepEnv(action: string): Record<string, string> {
  return {
    GITHUB_RUN_ID: String(1_000_000 + Math.floor(Math.random() * 1_000_000)),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'compat',
    RUNNER_NAME: 'test-runner',
    GITHUB_ACTION: action,
  };
}

describeContainers('the action’s post step', [BOOKWORM], (engine) => {
  it('removes the containers a killed main step left, and no other step’s', async () => {
    const step = stepEnv('modelgate');
    const label = `${RUN_LABEL}=${runIdFromEnv({ GITHUB_ACTIONS: 'true', ...step })}`;
    const other = `modelgate-other-step-${randomBytes(4).toString('hex')}`;
    const work = join(dir, `${engine.name}-killed`);
    const env = { ...step, DOCKER_HOST: engine.env.DOCKER_HOST };
    const runner = await runnerEnv(work, { cwd: work, env });
    await writeFile(join(work, 'model.bin'), 'x');
    await writeFile(
      join(work, 'modelgate.yaml'),
      [
        'apiVersion: modelgate/v1',
        'model: { name: sleeper, version: 1.0.0, framework: custom, artifacts: [{ path: model.bin }] }',
        'compatibility:',
        '  targets:',
        `    - { name: sleeps, image: "${BOOKWORM}", command: "sleep 120", timeout_s: 300 }`,
      ].join('\n'),
    );
    // Another step's container (same run and job, another GITHUB_ACTION) must survive.
    const otherId = runIdFromEnv({ GITHUB_ACTIONS: 'true', ...step, GITHUB_ACTION: 'other' });
    engine.tool([
      'run',
      '--detach',
      '--network',
      'none',
      '--name',
      other,
      '--label',
      `${RUN_LABEL}=${otherId}`,
      '--entrypoint',
      'sleep',
      BOOKWORM,
      '300',
    ]);
    const main = spawn(process.execPath, [bundle.action], {
      cwd: work,
      env: {
        ...runner,
        INPUT_COMMAND: 'test',
        INPUT_MANIFEST: 'modelgate.yaml',
        INPUT_ENGINE: engine.name,
      },
      stdio: 'ignore',
    });
    try {
      // The main step starts its container with the label; SIGKILL (a runner that gave up
      // waiting) leaves it no chance to remove it.
      const by = Date.now() + 45_000;
      while (containersLabelled(engine, label).length === 0) {
        if (Date.now() > by || main.exitCode !== null)
          throw new Error(`the main step started no container labelled ${label}`);
        await sleep(200);
      }
      main.kill('SIGKILL');
      await new Promise((resolve) => main.on('exit', resolve));
      const left = containersLabelled(engine, label);
      expect(left).toEqual([expect.stringMatching(/^modelgate-sleeps-/)]);

      const post = await runActionScript(
        bundle.post,
        join(dir, `${engine.name}-post`),
        {},
        {
          cwd: work,
          env,
        },
      );
      expect(post.code, post.stderr).toBe(0);
      expect(post.stdout).toContain(
        `${engine.name}: removed 1 container this step left: ${left[0]}`,
      );
      expect(post.stdout).not.toMatch(/::warning::|::error::/);
      expect(containersLabelled(engine, label)).toEqual([]);
      expect(containersNamed(engine, other)).toEqual([other]);
    } finally {
      main.kill('SIGKILL');
      removeContainers(engine, [other, ...containersLabelled(engine, label)]);
    }
  });
});

describe('the action’s post step without an engine', () => {
  it('says neither engine answers and succeeds: cleaning up never fails the job', async () => {
    const r = await runActionScript(
      bundle.post,
      join(dir, 'no-engine'),
      {},
      {
        cwd: REPO,
        env: { ...stepEnv('modelgate'), PATH: dirname(process.execPath) },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/docker does not answer \(docker is not installed/);
    expect(r.stdout).toMatch(/podman does not answer \(podman is not installed/);
    expect(r.stdout).not.toMatch(/::error::/);
  });
});

describe('the action’s post step with a docker daemon that never answers', () => {
  it('gives up on it within its deadline and still cleans podman: a wedged daemon holds no job', async () => {
    // Accepts connections and never writes a byte, as a wedged dockerd does.
    const sock = join(dir, 'wedged.sock');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(sock, resolve));
    try {
      const started = performance.now();
      const r = await runActionScript(
        bundle.post,
        join(dir, 'wedged'),
        {},
        { cwd: REPO, env: { ...stepEnv('modelgate'), DOCKER_HOST: `unix://${sock}` } },
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(
        /docker does not answer \(docker: docker version did not answer within 10 s/,
      );
      expect(r.stdout).toMatch(/podman: no container of this step was left/);
      // The probe's deadline, not the runner's job timeout.
      expect(performance.now() - started).toBeLessThan(25_000);
    } finally {
      silent.close();
    }
  }, 40_000);
});
