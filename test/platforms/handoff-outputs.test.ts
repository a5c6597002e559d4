import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HANDOFF_OUTPUTS } from '../../src/commands/command.js';
import { fileOutput } from '../../src/commands/handoff.js';
import { renderAll } from '../../src/platforms/index.js';
import { REPO } from '../helpers/cli.js';
import { input, rollout } from './inputs.js';

/**
 * Every output a renderer sets, and every file it writes, is an action output that
 * action.yml declares: a renderer's new output cannot reach `GITHUB_OUTPUT` undocumented,
 * nor be dropped because the command does not know it.
 */
describe('the hand-off outputs', () => {
  it('are what the renderers set and write, each declared in action.yml', async () => {
    const action = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as {
      outputs: Record<string, { description?: string }>;
    };
    const names = new Set<string>();
    for (const state of Object.values(rollout()))
      for (const r of renderAll(input(state))) {
        for (const name of Object.keys(r.outputs)) names.add(name);
        for (const f of r.files) names.add(fileOutput(f));
      }
    expect([...names].sort()).toEqual([...HANDOFF_OUTPUTS].sort());
    for (const name of HANDOFF_OUTPUTS)
      expect(action.outputs[name]?.description, name).toBeTruthy();
  });
});
