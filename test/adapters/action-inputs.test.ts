import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { REPO } from '../helpers/cli.js';

/** Inputs the adapter itself reads, not any command's options. */
const ACTION_LEVEL = ['command', 'paths', 'github-token', 'comment', 'issue'];

describe('action.yml', async () => {
  const action = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description?: string }>;
    outputs: Record<string, { description?: string }>;
  };
  const options = (await commands()).flatMap((c) =>
    c.options.filter((o) => !o.cliOnly).map((o) => o.name),
  );

  it('declares, with a description, every input a command reads', () => {
    for (const name of new Set(options)) {
      expect(
        action.inputs[name],
        `input ${name} is read by a command but not declared`,
      ).toBeDefined();
      expect(action.inputs[name]!.description).toBeTruthy();
    }
  });

  it('declares no input that nothing reads', () => {
    for (const name of Object.keys(action.inputs)) {
      expect(
        [...ACTION_LEVEL, ...options],
        `input ${name} is declared but nothing reads it`,
      ).toContain(name);
    }
  });

  it('describes every output', () => {
    for (const [name, o] of Object.entries(action.outputs))
      expect(o.description, name).toBeTruthy();
  });
});
