import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { runCli } from '../helpers/cli.js';

const allCommands = await commands();

describe('--help', () => {
  it('lists every command', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of allCommands) expect(r.stdout).toContain(`  ${c.name}`);
  });

  it.each(allCommands.map((c) => [c.name, c] as const))(
    'explains every option of %s',
    async (name, c) => {
      const r = await runCli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: modelgate ${name}`);
      expect(r.stdout).toContain('Exit codes:');
      for (const o of c.options) {
        expect(r.stdout).toContain(`--${o.name}`);
        // The first words of the description, which the help wraps at word boundaries.
        expect(r.stdout).toContain(o.description.split(' ').slice(0, 3).join(' '));
      }
    },
  );

  it('turns an unknown option into a usage error with a suggestion', async () => {
    const r = await runCli(['validate', '--manifst', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --manifst for validate; did you mean --manifest\?/);
  });

  it('turns an unknown command into a usage error with a suggestion', async () => {
    const r = await runCli(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "valdate"; did you mean validate\?/);
  });

  it('prints one JSON document on stdout with --json, even for an error', async () => {
    const r = await runCli(['validate', '--manifest', 'does-not-exist.yaml', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'error', error: { exitCode: 2 } });
  });
});
