import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { REPO } from '../helpers/cli.js';

/**
 * The example workflows are what users copy: every step that uses modelgate must pass only
 * inputs that action.yml declares and name a command that exists.
 */
describe('example workflows', async () => {
  const action = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  const files = (await readdir(join(REPO, 'workflows'))).filter((f) => f.endsWith('.yml'));

  it('exist', () => {
    expect(files).toEqual(expect.arrayContaining(['publish.yml', 'promote.yml']));
  });

  it.each(files)('%s uses only declared inputs and real commands', async (file) => {
    const wf = parse(await readFile(join(REPO, 'workflows', file), 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const steps = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.includes('modelgate'));
    expect(steps.length).toBeGreaterThan(0);
    const names = commands().map((c) => c.name);
    for (const step of steps) {
      for (const key of Object.keys(step.with ?? {}))
        expect(Object.keys(action.inputs), `${file}: input ${key}`).toContain(key);
      expect(names, `${file}: command ${String(step.with?.command)}`).toContain(step.with?.command);
    }
  });
});
