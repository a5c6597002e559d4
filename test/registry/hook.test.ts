import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDeployHook } from '../../src/registry/hook.js';
import { tempDir } from '../helpers/cli.js';

describe('the deploy hook', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('modelgate-hook-')));
  afterEach(() => cleanup());

  it('passes the transition in MODELGATE_* variables, never through the shell', async () => {
    const r = await runDeployHook('printf "%s\\n" "$MODELGATE_REASON"', {
      cwd: dir,
      env: { PATH: process.env.PATH },
      vars: { MODELGATE_REASON: '$(touch pwned) `id` "quoted"; exit 3' },
    });
    expect(r).toEqual({ exitCode: 0, tail: '$(touch pwned) `id` "quoted"; exit 3' });
  });

  it('returns once the hook exits, though a process it started in the background still runs', async () => {
    // Without a bound the command would wait for the background process, an hour here.
    const r = await runDeployHook('echo deployed; sleep 3600 & echo $! > bg.pid', {
      cwd: dir,
      env: { PATH: process.env.PATH },
      vars: {},
    });
    process.kill(Number(await readFile(join(dir, 'bg.pid'), 'utf8')));
    expect(r).toEqual({ exitCode: 0, tail: 'deployed' });
  });
});
