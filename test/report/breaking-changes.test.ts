import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeValidateCommand } from '../../src/commands/validate.js';
import { sha256Bytes } from '../../src/digest.js';
import { Registry } from '../../src/registry/registry.js';
import { FileStore } from '../../src/registry/stores/file.js';
import { bundleSource } from '../helpers/bundle.js';
import { REPO, runNode, tempDir } from '../helpers/cli.js';
import { publishRecord } from '../registry/helpers.js';

/**
 * A breaking signature change against production (the input `features`: float32 in the
 * production version 1.1.0, float64 in the manifest) as each rendering shows it, and the
 * manifest setting `compatibility.breaking_changes` that decides whether it fails the check.
 */
let dir: string;
let ws: string;
let cli: string;
let cleanup: () => Promise<void>;

const CHANGE = {
  side: 'input',
  name: 'features',
  kind: 'dtype',
  before: 'float32 [-1, 4]',
  after: 'float64 [-1, 4]',
  breaking: true,
};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-breaking-'));
  ws = join(dir, 'ws');
  await mkdir(join(ws, '.git'), { recursive: true });
  await cp(join(REPO, 'examples/iris'), join(ws, 'iris'), { recursive: true });
  const yaml = await readFile(join(ws, 'iris/modelgate.yaml'), 'utf8');
  const setting = (value: string) =>
    yaml.replace('compatibility:\n', `compatibility:\n  breaking_changes: ${value}\n`);
  await writeFile(join(ws, 'iris/warn.yaml'), setting('warn'));
  await writeFile(join(ws, 'iris/fail.yaml'), setting('fail'));
  await writeFile(join(ws, 'iris/typo.yaml'), setting('fial'));
  const registry = new Registry(new FileStore(join(ws, 'reg')), { warn: () => undefined });
  const at = { actor: 'test', at: '2026-01-01T00:00:00.000Z' };
  await publishRecord(registry, {
    format: 1,
    model: 'iris-classifier',
    version: '1.1.0',
    framework: 'sklearn',
    artifacts: [{ path: 'model/model.pkl', sha256: sha256Bytes('older'), size: 700 }],
    signature: {
      inputs: [{ name: 'features', dtype: 'float32', shape: [-1, 4] }],
      outputs: [{ name: 'label', dtype: 'int64', shape: [-1] }],
    },
    requiredEvidence: [],
    published: at,
  });
  await registry.transition('iris-classifier', at, () => ({
    change: { type: 'promote', stage: 'production', version: '1.1.0' },
    gates: [],
    forced: false,
  }));
  cli = (await bundleSource(join(dir, 'build'))).cli;
}, 60_000);
afterAll(() => cleanup());

const validate = (manifest: string, ...extra: string[]) =>
  runNode(cli, ['validate', '--manifest', manifest, '--registry', 'file://reg', ...extra], {
    cwd: ws,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });

interface JsonModel {
  verdict: string;
  findings: { severity: string; rule: string; message: string; location?: object }[];
  production?: {
    version: string;
    breaking_changes: string;
    check: { verdict: string; detail: string };
    signature?: { against: string; changes: object[] };
    artifacts: { path: string; change: string; sizeDelta?: number }[];
  };
}

describe('validate against production, from dist/cli.js', () => {
  it('shows a breaking change in the text and warns by default, passing', async () => {
    for (const manifest of ['iris/modelgate.yaml', 'iris/warn.yaml']) {
      const r = await validate(manifest);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('✓ iris-classifier 1.2.0');
      expect(r.stdout).toContain('  against production 1.1.0:\n');
      expect(r.stdout).toContain('    iris/model/model.pkl  changed, +130 B\n');
      expect(r.stdout).toContain(
        '    signature: warn, 1 breaking change against 1.1.0\n' +
          '      input features: dtype float32 [-1, 4] → float64 [-1, 4], breaking\n',
      );
      // The finding names the manifest's line of the dtype.
      expect(r.stdout).toContain(
        `  ${manifest}:11:39: warning: breaking change: input \`features\` changes dtype against production 1.1.0: float32 [-1, 4] → float64 [-1, 4] (set compatibility.breaking_changes: fail to make this fail the check) [signature-breaking-change]\n`,
      );
    }
  });

  it('carries the comparison in --json: the changes, the check and a warning finding', async () => {
    const r = await validate('iris/modelgate.yaml', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { verdict: string; models: JsonModel[] };
    expect(json.verdict).toBe('pass');
    const [m] = json.models;
    expect(m!.production).toEqual({
      version: '1.1.0',
      breaking_changes: 'warn',
      check: {
        name: 'signature vs production',
        verdict: 'warn',
        detail: '1 breaking change against 1.1.0',
      },
      signature: { against: '1.1.0', changes: [CHANGE] },
      artifacts: [{ path: 'iris/model/model.pkl', change: 'changed', sizeDelta: 130 }],
    });
    const breaking = m!.findings.filter((f) => f.rule === 'signature-breaking-change');
    expect(breaking).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: expect.objectContaining({ file: 'iris/modelgate.yaml', line: 11 }),
      }),
    ]);
  });

  it('fails the check under compatibility.breaking_changes: fail, in text and JSON', async () => {
    const text = await validate('iris/fail.yaml');
    expect(text.code, text.stderr).toBe(1);
    expect(text.stdout).toContain('✗ iris-classifier 1.2.0 (iris/fail.yaml): fail');
    expect(text.stdout).toContain('    signature: fail, 1 breaking change against 1.1.0\n');
    expect(text.stdout).toContain(
      '  iris/fail.yaml:11:39: error: breaking change: input `features` changes dtype against production 1.1.0: float32 [-1, 4] → float64 [-1, 4] (compatibility.breaking_changes: fail makes this fail the check) [signature-breaking-change]\n',
    );
    expect(text.stdout).toMatch(/verdict: fail/);

    const r = await validate('iris/fail.yaml', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { verdict: string; models: JsonModel[] };
    expect(json.verdict).toBe('fail');
    expect(json.models[0]!.verdict).toBe('fail');
    expect(json.models[0]!.production!.check.verdict).toBe('fail');
    expect(json.models[0]!.production!.breaking_changes).toBe('fail');
    expect(json.models[0]!.findings.filter((f) => f.rule === 'signature-breaking-change')).toEqual([
      expect.objectContaining({ severity: 'error' }),
    ]);
  });

  it('refuses a value that is neither warn nor fail, at its line', async () => {
    const r = await validate('iris/typo.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'iris/typo.yaml:18:21: error: `compatibility.breaking_changes` must be one of warn, fail; got "fial" [schema-enum]',
    );
  });

  it('under fail, a registry that cannot be read fails the check; under warn it is a warning', async () => {
    // A registry path through a file: the store cannot be read at all.
    await writeFile(join(ws, 'not-a-folder'), 'x');
    const unreadable = ['--registry', 'file://not-a-folder/reg', '--json'];
    const failed = await runNode(cli, ['validate', '--manifest', 'iris/fail.yaml', ...unreadable], {
      cwd: ws,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(failed.code, failed.stderr).toBe(1);
    const json = JSON.parse(failed.stdout) as { models: JsonModel[] };
    expect(json.models[0]!.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'signature-not-compared',
        message: expect.stringContaining(
          'compatibility.breaking_changes: fail needs the comparison with production, and the registry could not be read',
        ),
        location: expect.objectContaining({ file: 'iris/fail.yaml', line: 18 }),
      }),
    ]);
    const warned = await runNode(cli, ['validate', '--manifest', 'iris/warn.yaml', ...unreadable], {
      cwd: ws,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(warned.code, warned.stdout).toBe(0);
    expect(warned.stderr).toContain('not compared with production: the registry could not be read');
  });

  it('a manifest that drops the signature production declares is breaking: fails under fail, warns under warn', async () => {
    const dropped = (file: string) =>
      readFile(join(ws, file), 'utf8').then((y) => {
        const out = y.replace(/^ {2}signature:\n( {4}.*\n)+/m, '');
        expect(out).not.toBe(y);
        return out;
      });
    await writeFile(join(ws, 'iris/fail-unsigned.yaml'), await dropped('iris/fail.yaml'));
    await writeFile(join(ws, 'iris/warn-unsigned.yaml'), await dropped('iris/warn.yaml'));
    const summary = (stdout: string) =>
      (JSON.parse(stdout) as { models: JsonModel[] }).models[0]!.findings.map(
        (f) =>
          `${f.severity} ${f.rule}: ${/model\.signature no longer declares its (\w+) \(production 1\.1\.0 does\)/.exec(f.message)?.[1]}`,
      );

    const failed = await validate('iris/fail-unsigned.yaml', '--json');
    expect(failed.code, failed.stderr).toBe(1);
    expect(summary(failed.stdout)).toEqual([
      'error signature-breaking-change: inputs',
      'error signature-breaking-change: outputs',
    ]);
    const warned = await validate('iris/warn-unsigned.yaml', '--json');
    expect(warned.code, warned.stdout).toBe(0);
    expect(summary(warned.stdout)).toEqual([
      'warning signature-breaking-change: inputs',
      'warning signature-breaking-change: outputs',
    ]);
  });

  it('without a version in production, compares nothing and says nothing of it', async () => {
    const r = await runNode(
      cli,
      ['validate', '--manifest', 'iris/fail.yaml', '--registry', 'file://empty', '--json'],
      { cwd: ws, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { models: JsonModel[] };
    expect(json.models[0]!.production).toBeUndefined();
    expect(r.stderr).not.toContain('against production');
  });
});

describe('validate against production, the three renderings of one result', () => {
  it('text, JSON and the job summary all show the breaking change', async () => {
    const outcome = await makeValidateCommand().run(
      { options: { manifest: 'iris/modelgate.yaml', registry: 'file://reg' }, positionals: [] },
      { cwd: ws, log: { info: () => undefined, warn: () => undefined, progress: () => undefined } },
    );
    expect(outcome.exitCode).toBe(0);
    expect(outcome.text).toContain(
      'input features: dtype float32 [-1, 4] → float64 [-1, 4], breaking',
    );
    expect(outcome.json).toMatchObject({
      models: [{ production: { signature: { against: '1.1.0', changes: [CHANGE] } } }],
    });
    expect(outcome.markdown).toContain(
      '| ⚠️ **breaking** | input | `features` | dtype | `float32 [-1, 4]` | `float64 [-1, 4]` |',
    );
    expect(outcome.markdown).toContain(
      '| signature vs production | ⚠️ warn | 1 breaking change against 1.1.0 |',
    );
    // The finding is an annotation on the manifest's line in Actions.
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({
        rule: 'signature-breaking-change',
        location: expect.objectContaining({ file: 'iris/modelgate.yaml', line: 11 }),
      }),
    );
  });
});
