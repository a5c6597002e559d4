import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runNode } from '../helpers/cli.js';
import { BOOKWORM, describeContainers, TRIXIE } from '../compat/containers.js';

const DEMO = join(REPO, 'scripts/demo.mjs');
/** Inside the repository: the demo's second version is a copy whose artifacts must stay inside it. */
const work = (name: string) => `.modelgate/demo-test-${process.pid}-${name}`;
const made: string[] = [];

afterAll(() => Promise.all(made.map((d) => rm(join(REPO, d), { recursive: true, force: true }))));

describe('npm run demo', () => {
  it('with no engine and --no-setup, says what is missing, installs nothing and stops at the staging gate', async () => {
    made.push(work('none'));
    const r = await runNode(DEMO, ['--no-setup'], {
      // Only node: no docker, podman, sudo or sh to find.
      env: {
        PATH: dirname(process.execPath),
        MODELGATE_DEMO_DIR: work('none'),
        HOME: process.env.HOME,
      },
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'No engine can run the tests yet: docker is not installed; podman is not installed.',
    );
    expect(r.stdout).toContain('--no-setup: nothing is installed.');
    expect(r.stdout).not.toContain('setup-containers.sh, which');
    expect(r.stdout).toMatch(/staging gate refuses/);
    // The gate itself refused: nothing reached staging.
    expect(r.stdout).toMatch(/staging\s+—/);
  });

  it('refuses a work folder outside the repository, before touching anything', async () => {
    const r = await runNode(DEMO, ['--no-setup'], {
      env: { ...process.env, MODELGATE_DEMO_DIR: '/proc/modelgate-demo' },
      timeoutMs: 10_000,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'demo: MODELGATE_DEMO_DIR must be a folder inside the repository; got /proc/modelgate-demo',
    );
  });

  it('refuses an engine it does not know', async () => {
    const r = await runNode(DEMO, ['--engine', 'lxc'], { timeoutMs: 10_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run demo -- [--no-setup] [--engine docker|podman]');
  });
});

describeContainers('npm run demo, as the README runs it', [BOOKWORM, TRIXIE], (engine) => {
  it('takes 1.2.0 and then 1.3.0 to production and rolls production back to 1.2.0', async () => {
    made.push(work(engine.name));
    const r = await runNode(DEMO, ['--engine', engine.name, '--no-setup'], {
      env: { ...engine.env, MODELGATE_DEMO_DIR: work(engine.name) },
      timeoutMs: 300_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('set up containers');
    expect(r.stdout).toContain(`test --record --engine ${engine.name}`);
    // The last status, after the rollback: production holds 1.2.0 again, 1.3.0 stays in staging.
    const status = r.stdout.slice(r.stdout.lastIndexOf('== status'));
    expect(status).toMatch(/production\s+1\.2\.0/);
    expect(status).toMatch(/staging\s+1\.3\.0/);
    expect(r.stdout).toMatch(/production → 1\.3\.0 \(was 1\.2\.0\)/);
    expect(r.stdout).toMatch(/production rolled back 1\.3\.0 → 1\.2\.0/);
  }, 320_000);
});
