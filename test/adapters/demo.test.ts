import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runNode } from '../helpers/cli.js';

const DEMO = join(REPO, 'scripts/demo.mjs');
/** Inside the repository: the demo's second version is a copy whose artifacts must stay inside it. */
const work = `.modelgate/demo-test-${process.pid}`;

afterAll(() => rm(join(REPO, work), { recursive: true, force: true }));

describe('npm run demo', () => {
  it('with no engine and --no-setup, says what is missing, installs nothing and stops at the staging gate', async () => {
    const r = await runNode(DEMO, ['--no-setup'], {
      // Only node: no docker, podman, sudo or sh to find.
      env: { PATH: dirname(process.execPath), MODELGATE_DEMO_DIR: work, HOME: process.env.HOME },
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'No engine can run the tests yet: docker is not installed or not running; podman is not installed or not running.',
    );
    expect(r.stdout).toContain('--no-setup: nothing is installed.');
    expect(r.stdout).not.toContain('setup-containers.sh, which');
    expect(r.stdout).toMatch(/staging gate refuses/);
    // The gate itself refused: nothing reached staging.
    expect(r.stdout).toMatch(/staging\s+—/);
  });
});
