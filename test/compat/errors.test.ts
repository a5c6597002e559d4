import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { describeContainers } from './containers.js';

const IRIS = 'examples/iris/modelgate.yaml';

// Nothing here starts a container, but each case asks the engine (about the image, or only
// whether it answers: a run whose targets all stop before a container still needs one).
describeContainers('test: errors that stop the run before any container', [], (engine) => {
  it('a missing image is a clear exit 2, in --json too', async () => {
    const r = await engine.cli(
      ['test', '--manifest', 'test/fixtures/compat/missing-image/modelgate.yaml', '--json'],
      { timeoutMs: 120_000 },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /image localhost\/modelgate-does-not-exist:latest is not present and cannot be pulled/,
    );
    expect(r.stderr).toContain(
      `hint: build or pull it first (\`${engine.name} pull localhost/modelgate-does-not-exist:latest\`)`,
    );
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'error', error: { exitCode: 2 } });
  });

  it('a framework the harness cannot load, on a target without a command, fails naming the fix', async () => {
    const r = await engine.cli([
      'test',
      '--manifest',
      'test/fixtures/compat/no-loader/modelgate.yaml',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /modelgate\.yaml:11:13: error: bookworm: the harness has no loader for framework gguf .*give the target a `command`/,
    );
  });
});

// No engine is asked: these stop before the first container is due.
describe('test: errors found before any engine is needed', () => {
  it('no engine on the PATH is exit 2 naming both engines', async () => {
    const r = await runCli(['test', '--manifest', IRIS], {
      env: {
        ...process.env,
        PATH: dirname(process.execPath) + ':/nonexistent',
        GITHUB_ACTIONS: '',
      },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /no container engine .*docker is not installed.*podman is not installed/,
    );
    expect(r.stderr).toMatch(/hint: install podman/);
  });

  it('an unknown --target is a usage error with the closest name', async () => {
    const r = await runCli(['test', '--manifest', IRIS, '--target', 'trixie-sklearn13']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /no compatibility target named "trixie-sklearn13"; did you mean trixie-sklearn14\?/,
    );
  });

  it('an artifact whose digest differs from the manifest is never tested', async () => {
    const { dir, cleanup } = await tempDir('modelgate-digest-');
    try {
      await writeFile(join(dir, 'model.bin'), 'changed bytes');
      await writeFile(
        join(dir, 'modelgate.yaml'),
        [
          'apiVersion: modelgate/v1',
          `model: { name: tampered, version: 1.0.0, framework: custom, artifacts: [{ path: model.bin, sha256: "${'0'.repeat(64)}" }] }`,
          'compatibility:',
          '  targets: [{ name: any, image: localhost/modelgate-bookworm:latest, command: "true" }]',
        ].join('\n'),
      );
      const r = await runCli(['test', '--manifest', join(dir, 'modelgate.yaml'), '--json']);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as {
        models: { findings: { rule: string }[]; targets: unknown[] }[];
      };
      expect(out.models[0]!.findings.map((f) => f.rule)).toEqual(['digest-mismatch']);
      expect(out.models[0]!.targets).toEqual([]);
      expect(r.stderr).not.toMatch(/testing in/);
    } finally {
      await cleanup();
    }
  });

  it('an unknown --engine is a usage error', async () => {
    const r = await runCli(['test', '--manifest', IRIS, '--engine', 'lxc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--engine must be one of auto, docker, podman; got "lxc"/);
  });
});
