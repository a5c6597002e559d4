import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const CORPUS = join(import.meta.dirname, '../fixtures/artifacts/corpus');
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-validate-scan-'));
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'model'));
  await copyFile(join(CORPUS, 'onnx/model.onnx'), join(dir, 'model/model.onnx'));
  await copyFile(join(CORPUS, 'pickle/evil-os-system-p4.pkl'), join(dir, 'model/preprocess.pkl'));
  await copyFile(join(CORPUS, 'pickle/sklearn-p4.pkl'), join(dir, 'model/scaler.pkl'));
  await copyFile(join(CORPUS, 'pickle/unknown-class.pkl'), join(dir, 'model/custom.pkl'));
});
afterAll(() => cleanup());

function manifest(name: string, artifacts: string[], inputShape: string): string {
  return [
    'apiVersion: modelgate/v1',
    'model:',
    `  name: ${name}`,
    '  version: 1.0.0',
    '  framework: onnx',
    '  artifacts:',
    ...artifacts.map((a) => `    - path: ${a}`),
    '  signature:',
    `    inputs: [{ name: X, dtype: float32, shape: ${inputShape} }]`,
    '    outputs: [{ name: Y, dtype: float32, shape: [-1, 2] }]',
    '',
  ].join('\n');
}

async function validate(file: string, text: string) {
  await writeFile(join(dir, file), text);
  const r = await runCli(['validate', '--manifest', file, '--json'], { cwd: dir });
  return { code: r.code, stderr: r.stderr, json: JSON.parse(r.stdout) };
}

describe('validate inspects the artifacts', () => {
  it('passes safe artifacts whose signature matches the manifest, and shows their formats', async () => {
    const r = await validate(
      'ok.yaml',
      manifest('ok', ['model/model.onnx', 'model/scaler.pkl'], '[-1, 4]'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(
      r.json.models[0].artifacts.map((a: { format: string; verdict: string }) => [
        a.format,
        a.verdict,
      ]),
    ).toEqual([
      ['onnx', 'safe'],
      ['pickle', 'safe'],
    ]);
  });

  it('fails on an unsafe pickle, with the finding at the artifact file', async () => {
    const r = await validate(
      'evil.yaml',
      manifest('evil', ['model/model.onnx', 'model/preprocess.pkl'], '[-1, 4]'),
    );
    expect(r.code).toBe(1);
    const pkl = r.json.models[0].artifacts[1];
    expect(pkl).toMatchObject({ format: 'pickle', verdict: 'unsafe' });
    expect(pkl.findings).toContainEqual(
      expect.objectContaining({
        rule: 'pickle-unsafe-global',
        severity: 'error',
        global: 'posix.system',
        location: { file: 'model/preprocess.pkl' },
      }),
    );
  });

  it('fails when the ONNX graph disagrees with the declared signature, pointing at the manifest line', async () => {
    const r = await validate('shape.yaml', manifest('shape', ['model/model.onnx'], '[-1, 5]'));
    expect(r.code).toBe(1);
    const finding = r.json.models[0].artifacts[0].findings.find(
      (f: { rule: string }) => f.rule === 'signature-mismatch',
    );
    expect(finding.message).toContain(
      'input "X" has shape [-1, 4] in the model, [-1, 5] in the manifest',
    );
    expect(finding.location).toMatchObject({ file: 'shape.yaml', line: 9 });
  });

  it('follows security.pickle and allow_globals from the manifest', async () => {
    const base = manifest('custom', ['model/custom.pkl'], '[-1, 4]');
    const strict = await validate('default.yaml', base);
    expect(strict.code).toBe(1);
    expect(strict.json.models[0].artifacts[0]).toMatchObject({
      verdict: 'unsafe',
      findings: [expect.objectContaining({ severity: 'error', global: 'mypkg.models.Thing' })],
    });
    // The former default, `standard`, only warned because a deny-list gated; it is strict now.
    const standard = await validate('standard.yaml', `${base}security:\n  pickle: standard\n`);
    expect(standard.code).toBe(1);
    const lenient = await validate(
      'lenient.yaml',
      `${base}security:\n  pickle: warn-unknown-classes\n`,
    );
    expect(lenient.code).toBe(0);
    expect(lenient.json.models[0].artifacts[0]).toMatchObject({
      verdict: 'suspicious',
      findings: [expect.objectContaining({ severity: 'warning', global: 'mypkg.models.Thing' })],
    });
    const allowed = await validate(
      'allowed.yaml',
      `${base}security:\n  pickle: strict\n  allow_globals: [mypkg.models.Thing]\n`,
    );
    expect(allowed.code, JSON.stringify(allowed.json)).toBe(0);
    expect(allowed.json.models[0].artifacts[0].verdict).toBe('safe');
  });

  it('calls a file whose digest differs from the manifest an error, whatever its content', async () => {
    const wrong = manifest('custom', ['model/custom.pkl'], '[-1, 4]').replace(
      'path: model/custom.pkl',
      `path: model/custom.pkl\n      sha256: ${'f'.repeat(64)}`,
    );
    const r = await validate('wrong-digest.yaml', wrong);
    expect(r.code).toBe(1);
    const artifact = r.json.models[0].artifacts[0];
    // The worse of the two: the digest check's error and the scanner's unsafe.
    expect(artifact.verdict).toBe('unsafe');
    expect(artifact.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['digest-mismatch', 'pickle-unknown-global']),
    );
  });
});
