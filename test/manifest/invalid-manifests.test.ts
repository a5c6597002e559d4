import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * Every case is a manifest a user could plausibly write, run through the real CLI bundle. Each
 * must fail with exit code 1 and a message that names the exact line (and column) to edit.
 */

const MODEL_PKL = 'model/model.pkl';

/** A valid manifest; cases replace one piece of it. `@@` marks where a case splices lines. */
function manifest(
  lines: Partial<Record<'model' | 'artifacts' | 'extra' | 'top', string>> = {},
): string {
  return [
    lines.top ?? 'apiVersion: modelgate/v1',
    'model:',
    lines.model ?? '  name: iris\n  version: 1.0.0\n  framework: sklearn',
    '  artifacts:',
    lines.artifacts ?? `    - path: ${MODEL_PKL}`,
    lines.extra ?? '',
  ].join('\n');
}

interface Case {
  name: string;
  yaml: string;
  /** Where the message must point: file (relative to the repo), line, column. */
  file?: string;
  line: number;
  column?: number;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'YAML syntax: unclosed flow sequence',
    yaml: manifest({ extra: 'compatibility:\n  targets: [ { name: a, image: b }' }),
    line: 9,
    message: /flow sequence .*end with a \]/i,
  },
  {
    name: 'YAML syntax: bad indentation',
    yaml: 'apiVersion: modelgate/v1\nmodel:\n  name: iris\n    version: 1.0.0\n',
    line: 3,
    column: 9,
    message: /nested mappings are not allowed/i,
  },
  {
    name: 'duplicate key',
    yaml: manifest({
      model: '  name: iris\n  version: 1.0.0\n  name: other\n  framework: sklearn',
    }),
    line: 5,
    column: 3,
    message: /duplicate key/,
  },
  {
    name: 'missing apiVersion',
    yaml: manifest({ top: '# no apiVersion' }),
    line: 2,
    column: 1,
    message: /missing the required field `apiVersion`/,
  },
  {
    name: 'wrong apiVersion',
    yaml: manifest({ top: 'apiVersion: modelgate/v2' }),
    line: 1,
    column: 13,
    message: /must be "modelgate\/v1"/,
  },
  {
    name: 'unknown top-level field with suggestion',
    yaml: manifest({ extra: 'servng:\n  mode: batch' }),
    line: 8,
    column: 1,
    message: /unknown field `servng`.*did you mean `serving`/,
  },
  {
    name: 'unknown model field with suggestion',
    yaml: manifest({
      model: '  name: iris\n  version: 1.0.0\n  framwork: sklearn\n  framework: sklearn',
    }),
    line: 5,
    column: 3,
    message: /unknown field `framwork` in `model`; did you mean `framework`/,
  },
  {
    name: 'missing model version',
    yaml: manifest({ model: '  name: iris\n  framework: sklearn' }),
    line: 3,
    column: 3,
    message: /`model` is missing the required field `version`/,
  },
  {
    name: 'name with capitals',
    yaml: manifest({ model: '  name: Iris_Classifier\n  version: 1.0.0\n  framework: sklearn' }),
    line: 3,
    column: 9,
    message: /`model.name` must be lowercase letters/,
  },
  {
    name: 'name with a slash',
    yaml: manifest({ model: '  name: team/iris\n  version: 1.0.0\n  framework: sklearn' }),
    line: 3,
    column: 9,
    message: /`model.name`/,
  },
  {
    name: 'version not semver',
    yaml: manifest({ model: '  name: iris\n  version: "1.0"\n  framework: sklearn' }),
    line: 4,
    column: 12,
    message: /semantic version/,
  },
  {
    // The registry refuses it at publish time: refused here, it names the line to edit.
    name: 'version with build metadata',
    yaml: manifest({ model: '  name: iris\n  version: 1.0.0+build.7\n  framework: sklearn' }),
    line: 4,
    column: 12,
    message: /semantic version .*without \+build metadata/,
  },
  {
    name: 'framework typo',
    yaml: manifest({ model: '  name: iris\n  version: 1.0.0\n  framework: skleran' }),
    line: 5,
    column: 14,
    message: /must be one of .*did you mean `sklearn`/,
  },
  {
    name: 'no artifacts',
    yaml: manifest({ artifacts: '    []' }).replace('  artifacts:\n    []', '  artifacts: []'),
    line: 6,
    column: 14,
    message: /at least 1 item/,
  },
  {
    name: 'artifact without path',
    yaml: manifest({ artifacts: '    - sha256: ' + 'a'.repeat(64) }),
    line: 7,
    column: 7,
    message: /missing the required field `path`/,
  },
  {
    name: 'sha256 of digits only, read by YAML as a number',
    yaml: manifest({ artifacts: `    - path: ${MODEL_PKL}\n      sha256: ${'0'.repeat(64)}` }),
    line: 8,
    column: 15,
    message: /must be a string; got number 0.*quote it/,
  },
  {
    name: 'sha256 not hex',
    yaml: manifest({ artifacts: `    - path: ${MODEL_PKL}\n      sha256: XYZ` }),
    line: 8,
    column: 15,
    message: /64 lowercase hexadecimal digits/,
  },
  {
    name: 'sha256 mismatch',
    yaml: manifest({ artifacts: `    - path: ${MODEL_PKL}\n      sha256: ${'f'.repeat(64)}` }),
    line: 8,
    column: 15,
    message: /does not match: the manifest says f{64}, the file has [0-9a-f]{64}/,
  },
  {
    name: 'artifact missing',
    yaml: manifest({ artifacts: '    - path: model/absent.pkl' }),
    line: 7,
    column: 13,
    message: /does not exist/,
  },
  {
    name: 'artifact absolute path',
    yaml: manifest({ artifacts: '    - path: /etc/passwd' }),
    line: 7,
    column: 13,
    message: /absolute paths are not allowed/,
  },
  {
    name: 'artifact ../ traversal',
    yaml: manifest({ artifacts: '    - path: ../outside/fifo' }),
    line: 7,
    column: 13,
    message: /outside the repository/,
  },
  {
    name: 'artifact symlink escaping the repository',
    yaml: manifest({ artifacts: '    - path: model/escape.pkl' }),
    line: 7,
    column: 13,
    message: /symbolic link to .*outside the repository/,
  },
  {
    name: 'artifact under a symlinked folder escaping',
    yaml: manifest({ artifacts: '    - path: linked-dir/fifo' }),
    line: 7,
    column: 13,
    message: /outside the repository/,
  },
  {
    name: 'samples file missing',
    yaml: manifest({ extra: '  samples: absent.jsonl' }),
    line: 8,
    column: 12,
    message: /samples file `absent.jsonl` does not exist/,
  },
  {
    name: 'samples line not JSON',
    yaml: manifest({ extra: '  samples: bad.jsonl' }),
    file: 'bad.jsonl',
    line: 3,
    column: 1,
    message: /not valid JSON/,
  },
  {
    name: 'sample without inputs',
    yaml: manifest({ extra: '  samples: noinputs.jsonl' }),
    file: 'noinputs.jsonl',
    line: 2,
    column: 1,
    message: /this object has neither `inputs` nor `instances`/,
  },
  {
    name: 'duplicate target names',
    yaml: manifest({
      extra:
        'compatibility:\n  targets:\n    - name: py311\n      image: a\n    - name: py311\n      image: b',
    }),
    line: 12,
    column: 13,
    message: /target name `py311` is used twice/,
  },
  {
    name: 'target without image',
    yaml: manifest({ extra: 'compatibility:\n  targets:\n    - name: py311' }),
    line: 10,
    column: 7,
    message: /missing the required field `image`/,
  },
  {
    name: 'timeout of the wrong type',
    yaml: manifest({
      extra: 'compatibility:\n  targets:\n    - name: py311\n      image: a\n      timeout_s: ten',
    }),
    line: 12,
    column: 18,
    message: /`compatibility.targets\[0\].timeout_s` must be an integer; got string "ten"/,
  },
  {
    name: 'edge without max_artifact_mb',
    yaml: manifest({ extra: 'serving:\n  mode: edge' }),
    line: 9,
    column: 9,
    message: /edge` requires `serving.max_artifact_mb`/,
  },
  {
    name: 'serving mode typo',
    yaml: manifest({ extra: 'serving:\n  mode: realtim' }),
    line: 9,
    column: 9,
    message: /did you mean `realtime`/,
  },
  {
    name: 'canary steps not increasing',
    yaml: manifest({ extra: 'promotion:\n  canary:\n    steps: [50, 10]' }),
    line: 10,
    column: 17,
    message: /strictly increasing: 10 follows 50/,
  },
  {
    name: 'canary step of 100',
    yaml: manifest({ extra: 'promotion:\n  canary:\n    steps: [10, 100]' }),
    line: 10,
    column: 17,
    message: /greater than 0 and less than 100/,
  },
  {
    name: 'signature dtype',
    yaml: manifest({
      extra:
        '  signature:\n    inputs: [{ name: x, dtype: float128, shape: [-1, 4] }]\n    outputs: [{ name: y, dtype: int64, shape: [-1] }]',
    }),
    line: 9,
    column: 32,
    message: /dtype` must be one of .*did you mean `float16`/,
  },
  {
    name: 'allow_globals not a dotted name',
    yaml: manifest({ extra: 'security:\n  allow_globals: ["os system"]' }),
    line: 9,
    column: 19,
    message: /dotted module.name/,
  },
  {
    name: 'artifacts over max_artifact_mb',
    yaml: manifest({ extra: 'serving:\n  mode: edge\n  max_artifact_mb: 0.0000001' }),
    line: 10,
    column: 20,
    message: /over serving.max_artifact_mb/,
  },
  {
    name: 'manifest is a list',
    yaml: '- apiVersion: modelgate/v1\n',
    line: 1,
    column: 1,
    message: /must be a YAML mapping/,
  },
  {
    name: 'two YAML documents',
    yaml: manifest() + '\n---\napiVersion: modelgate/v1\n',
    line: 9,
    message: /multiple documents|document/i,
  },
  {
    name: 'YAML alias bomb',
    yaml: bomb(),
    line: 1,
    column: 1,
    message: /too many nodes.*YAML bomb/,
  },
];

/** The classic "billion laughs": ten levels, each alias list ten times the previous. */
function bomb(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return lines.join('\n') + '\n';
}

let repo: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  repo = join(t.dir, 'repo');
  const outside = join(t.dir, 'outside');
  await mkdir(join(repo, '.git'), { recursive: true });
  await mkdir(join(repo, 'model'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(repo, MODEL_PKL), 'not really a model');
  // A FIFO outside the repository: opening it for reading would block forever, so a test that
  // finishes proves nothing outside the repository was read.
  execFileSync('mkfifo', [join(outside, 'fifo')]);
  await symlink(join(outside, 'fifo'), join(repo, 'model/escape.pkl'));
  await symlink(outside, join(repo, 'linked-dir'));
  await writeFile(join(repo, 'bad.jsonl'), '{"inputs": {"x": [1]}}\n\n{"inputs": {"x": [2]\n');
  await writeFile(
    join(repo, 'noinputs.jsonl'),
    '{"inputs": {"x": [1]}}\n{"expected": {"y": [1]}}\n',
  );
});

afterAll(() => cleanup());

describe('invalid manifests', () => {
  it('has at least 25 distinct cases', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$name', async (c) => {
    const file = join(repo, 'modelgate.yaml');
    await writeFile(file, c.yaml);
    const r = await runCli(['validate', '--manifest', 'modelgate.yaml'], {
      cwd: repo,
      timeoutMs: 20000,
    });
    expect(r.code, r.stderr).toBe(1);
    const where = `${c.file ?? 'modelgate.yaml'}:${c.line}:${c.column ?? ''}`;
    const line = r.stdout.split('\n').find((l) => l.includes(where) && c.message.test(l));
    expect(
      line,
      `expected a message at ${where} matching ${c.message}; got:\n${r.stdout}${r.stderr}`,
    ).toBeDefined();
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('hostile manifests', () => {
  it('rejects a 10 MB manifest by its size, before parsing it', async () => {
    const file = join(repo, 'huge.yaml');
    await writeFile(
      file,
      manifest() + '\n' + '# padding padding padding padding\n'.repeat(300_000),
    );
    const r = await runCli(['validate', '--manifest', 'huge.yaml'], {
      cwd: repo,
      timeoutMs: 20000,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/huge.yaml:1:1: error: manifest is 10\.\d MB; the limit is 1\.0 MB/);
  });

  it('rejects absurd nesting without a crash', async () => {
    const file = join(repo, 'deep.yaml');
    await writeFile(
      file,
      'apiVersion: modelgate/v1\nmodel: ' + '['.repeat(200_000) + ']'.repeat(200_000) + '\n',
    );
    const r = await runCli(['validate', '--manifest', 'deep.yaml'], {
      cwd: repo,
      timeoutMs: 20000,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/deep.yaml:\d+:\d+: error: /);
    expect(r.stderr).not.toMatch(/internal error|RangeError/);
  });

  it('reports a missing manifest as a usage/configuration error (exit 2)', async () => {
    const r = await runCli(['validate', '--manifest', 'nope.yaml'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read manifest nope.yaml: no such file/);
  });
});
