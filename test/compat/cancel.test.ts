import { spawn } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI, REPO, tempDir } from '../helpers/cli.js';
import {
  BOOKWORM,
  containersLabelled,
  describeContainers,
  removeContainers,
  type TestEngine,
} from './containers.js';

/** Acceptance of issue 11: a cancelled `modelgate test` exits within this and leaves nothing. */
const EXIT_WITHIN_MS = 10_000;

/** Names of the running containers carrying `label`. */
function running(engine: TestEngine, label: string): string[] {
  return engine
    .tool(['ps', '--format', '{{.Names}}', '--filter', `label=${label}`])
    .split('\n')
    .filter(Boolean);
}

describeContainers('cancelling `modelgate test` mid-run', [BOOKWORM], (engine) => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-cancel-'));
    await writeFile(join(dir, 'model.bin'), 'x');
    await writeFile(
      join(dir, 'modelgate.yaml'),
      [
        'apiVersion: modelgate/v1',
        'model: { name: sleeper, version: 1.0.0, framework: custom, artifacts: [{ path: model.bin }] }',
        'compatibility:',
        '  targets:',
        `    - { name: sleeps, image: "${BOOKWORM}", command: "sleep 60", timeout_s: 120 }`,
      ].join('\n'),
    );
  });
  afterAll(() => cleanup());

  it('SIGTERM while its container is being created: none is left once the engine settles', async () => {
    const child = spawn(
      process.execPath,
      [CLI, 'test', '--manifest', join(dir, 'modelgate.yaml'), '--engine', engine.name],
      { cwd: REPO, env: engine.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const label = `modelgate.pid=${child.pid}`;
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      // "testing in" is logged just before the engine's client starts: the signal comes while
      // the container is created, before it is listed as running.
      await new Promise<void>((resolve) =>
        child.stderr.setEncoding('utf8').on('data', (d: string) => {
          stderr += d;
          if (/testing in/.test(stderr)) resolve();
        }),
      );
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(143);
      // A client killed half-way must not have gone on to create it after modelgate exited.
      await sleep(1_500);
      expect(containersLabelled(engine, label)).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      removeContainers(engine, containersLabelled(engine, label));
    }
  });

  for (const [signal, exitCode] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
    // A closed terminal or a dropped ssh session: the clients are in their own process groups
    // and would outlive modelgate, and with it the timeout that would have killed the model.
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal}: removes its container and its temporary folder, and exits ${exitCode} within 10 s`, async () => {
      // Its own temporary folder, to see what the run leaves there.
      const tmp = await mkdtemp(join(dir, `tmp-${signal}-`));
      const child = spawn(
        process.execPath,
        [CLI, 'test', '--manifest', join(dir, 'modelgate.yaml'), '--engine', engine.name],
        { cwd: REPO, env: { ...engine.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
        child.on('exit', (code, sig) => resolve({ code, signal: sig })),
      );
      // Its containers are told apart from every other run's by the pid label.
      const label = `modelgate.pid=${child.pid}`;
      try {
        const seenBy = Date.now() + 45_000;
        while (running(engine, label).length === 0) {
          if (Date.now() > seenBy || child.exitCode !== null)
            throw new Error(`no container of the run was listed as running\n${stderr}`);
          await sleep(200);
        }
        const sent = performance.now();
        child.kill(signal);
        const end = await Promise.race([exited, sleep(30_000).then(() => undefined)]);
        const took = performance.now() - sent;
        expect(end, `still running 30 s after ${signal}\n${stderr}`).toEqual({
          code: exitCode,
          signal: null,
        });
        expect(took).toBeLessThan(EXIT_WITHIN_MS);
        expect(stderr).toMatch(new RegExp(`${signal}: removing 1 container \\(modelgate-sleeps-`));
        expect(containersLabelled(engine, label)).toEqual([]);
        // The target's work folder is removed although the signal exits past its `finally`.
        expect((await readdir(tmp)).filter((f) => f.startsWith('modelgate-'))).toEqual([]);
      } finally {
        child.kill('SIGKILL');
        // Only when the test failed: never leave its container to the next run.
        removeContainers(engine, containersLabelled(engine, label));
      }
    });
  }
});
