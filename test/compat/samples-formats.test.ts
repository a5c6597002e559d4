// The iris example's golden samples rewritten in each form a user may have (KServe v2
// requests, TF Serving rows and columns, bare arrays) pass `modelgate test` as the named form
// does, and a wrong line fails naming the user's line, not the line modelgate wrote.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { BOOKWORM, describeContainers, TRIXIE, type TargetJson } from './containers.js';

interface Row {
  features: number[];
  label: number;
}

const FORMS: Record<string, (r: Row) => unknown> = {
  named: (r) => ({ inputs: { features: [r.features] }, expected: { label: [r.label] } }),
  v2: (r) => ({
    inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP64', data: r.features }],
    outputs: [{ name: 'label', shape: [1], datatype: 'INT64', data: [r.label] }],
  }),
  'tf-rows': (r) => ({ instances: [r.features], predictions: [r.label] }),
  'tf-columns': (r) => ({ inputs: { features: [r.features] }, outputs: { label: [r.label] } }),
  bare: (r) => [r.features],
};

let dir: string;
let cleanup: () => Promise<void>;
let rows: Row[];

/** A manifest like the example's, its one target bookworm, reading `samples`. */
async function manifest(name: string, samples: string): Promise<string> {
  const yaml = (await readFile('examples/iris/modelgate.yaml', 'utf8'))
    .replace('samples: samples.jsonl', `samples: ${samples}`)
    .replace(/ {4}- name: trixie-sklearn14[\s\S]*?timeout_s: 300\n/, '');
  expect(yaml).not.toMatch(/trixie/);
  const path = join(dir, `${name}.yaml`);
  await writeFile(path, yaml);
  return path;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-samples-'));
  await mkdir(join(dir, 'model'));
  await copyFile('examples/iris/model/model.pkl', join(dir, 'model/model.pkl'));
  rows = (await readFile('examples/iris/samples.jsonl', 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const s = JSON.parse(l) as {
        inputs: { features: number[][] };
        expected: { label: number[] };
      };
      return { features: s.inputs.features[0]!, label: s.expected.label[0]! };
    });
  expect(rows).toHaveLength(10);
});
afterAll(() => cleanup());

describeContainers('golden samples in each form', [BOOKWORM], (engine) => {
  for (const form of Object.keys(FORMS)) {
    it(`the iris samples as ${form} pass`, async () => {
      const file = `samples-${form}.jsonl`;
      await writeFile(
        join(dir, file),
        rows.map((r) => JSON.stringify(FORMS[form]!(r))).join('\n') + '\n',
      );
      const r = await engine.cli(['test', '--manifest', await manifest(form, file), '--json'], {
        timeoutMs: 180_000,
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const t = (
        JSON.parse(r.stdout) as { models: { targets: (TargetJson & { samples?: unknown })[] }[] }
      ).models[0]!.targets[0]!;
      expect(t.verdict).toBe('pass');
      expect(t.samples).toEqual({ total: 10, passed: 10 });
      expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }, 200_000);
  }

  it('a wrong line fails, naming its line in the user file', async () => {
    // Blank lines first: the file modelgate writes for the harness has none, so its line
    // numbers differ from the user's.
    const lines = rows.map((r, i) =>
      JSON.stringify(FORMS[i % 2 ? 'v2' : 'tf-rows']!(i === 4 ? { ...r, label: 2 } : r)),
    );
    await writeFile(join(dir, 'samples-wrong.jsonl'), '\n\n' + lines.join('\n') + '\n');
    const r = await engine.cli(
      ['test', '--manifest', await manifest('wrong', 'samples-wrong.jsonl'), '--json'],
      {
        timeoutMs: 180_000,
      },
    );
    expect(r.code, r.stderr).toBe(1);
    const t = (
      JSON.parse(r.stdout) as { models: { targets: (TargetJson & { samples?: unknown })[] }[] }
    ).models[0]!.targets[0]!;
    expect(t.samples).toEqual({ total: 10, passed: 9 });
    const mismatch = t.findings.find((f) => f.rule === 'compat-output-mismatch');
    expect(mismatch, JSON.stringify(t.findings)).toMatchObject({
      severity: 'error',
      location: { file: expect.stringMatching(/samples-wrong\.jsonl$/), line: 7 },
    });
  }, 200_000);
});

describeContainers('unnamed samples without a signature', [TRIXIE], (engine) => {
  it('an ONNX model without a signature answers TF Serving rows that name no tensor', async () => {
    await copyFile('test/fixtures/compat/onnx/linear.onnx', join(dir, 'linear.onnx'));
    const named = (await readFile('test/fixtures/compat/onnx/samples.jsonl', 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { inputs: { x: number[][] }; expected: { y: number[][] } });
    await writeFile(
      join(dir, 'unnamed.jsonl'),
      named
        .map((s) => JSON.stringify({ instances: s.inputs.x, predictions: s.expected.y }))
        .join('\n'),
    );
    const yaml = (await readFile('test/fixtures/compat/onnx/linear.yaml', 'utf8'))
      .replace(/ {2}signature:\n(?: {4}.*\n)+/, '')
      .replace('samples: samples.jsonl', 'samples: unnamed.jsonl');
    expect(yaml).not.toMatch(/signature/);
    await writeFile(join(dir, 'unnamed.yaml'), yaml);
    const r = await engine.cli(['test', '--manifest', join(dir, 'unnamed.yaml'), '--json'], {
      timeoutMs: 180_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const t = (
      JSON.parse(r.stdout) as { models: { targets: (TargetJson & { samples?: unknown })[] }[] }
    ).models[0]!.targets[0]!;
    expect(t.samples).toEqual({ total: 8, passed: 8 });
    expect(t.maxAbsError).toBeLessThan(1e-5);
  }, 200_000);
});
