import { describe, expect, it } from 'vitest';
import { compareWithProduction, validateModels } from '../../src/commands/validate.js';
import type { Signature } from '../../src/manifest/types.js';
import { diffArtifacts, diffSignature } from '../../src/report/diff.js';
import { renderReport } from '../../src/report/markdown.js';
import { validateReportModel } from '../../src/report/validate.js';
import { REPO } from '../helpers/cli.js';

const prod: Signature = {
  inputs: [
    { name: 'features', dtype: 'float64', shape: [-1, 4] },
    { name: 'country', dtype: 'string', shape: [-1] },
  ],
  outputs: [
    { name: 'label', dtype: 'int64', shape: [-1] },
    { name: 'proba', dtype: 'float32', shape: [-1, 3] },
  ],
};

describe('diffSignature', () => {
  it('finds nothing between equal signatures', () => {
    expect(diffSignature(prod, structuredClone(prod), '1.1.0')).toEqual({
      against: '1.1.0',
      changes: [],
    });
  });

  it('marks a removed input, a new input and a changed dtype breaking; a new output is not', () => {
    const next: Signature = {
      inputs: [
        { name: 'features', dtype: 'float32', shape: [-1, 4] },
        { name: 'region', dtype: 'string', shape: [-1] },
      ],
      outputs: [...prod.outputs, { name: 'explanation', dtype: 'float32', shape: [-1, 4] }],
    };
    expect(diffSignature(prod, next, '1.1.0').changes).toEqual([
      {
        side: 'input',
        name: 'features',
        kind: 'dtype',
        before: 'float64 [-1, 4]',
        after: 'float32 [-1, 4]',
        breaking: true,
      },
      { side: 'input', name: 'country', kind: 'removed', before: 'string [-1]', breaking: true },
      { side: 'input', name: 'region', kind: 'added', after: 'string [-1]', breaking: true },
      {
        side: 'output',
        name: 'explanation',
        kind: 'added',
        after: 'float32 [-1, 4]',
        breaking: false,
      },
    ]);
  });

  it('judges shapes by what callers send and consumers read', () => {
    const next: Signature = {
      // An input that accepts any width still accepts what callers send; a fixed batch does not.
      inputs: [
        { name: 'features', dtype: 'float64', shape: [-1, -1] },
        { name: 'country', dtype: 'string', shape: [1] },
      ],
      // An output that narrows to a fixed size still fits; one that widens or changes rank does not.
      outputs: [
        { name: 'label', dtype: 'int64', shape: [8] },
        { name: 'proba', dtype: 'float32', shape: [-1, 3, 1] },
      ],
    };
    expect(
      diffSignature(prod, next, '1.1.0').changes.map((c) => [c.name, c.kind, c.breaking]),
    ).toEqual([
      ['features', 'shape', false],
      ['country', 'shape', true],
      ['label', 'shape', false],
      ['proba', 'shape', true],
    ]);
  });

  it('does not compare a side one version leaves undeclared', () => {
    expect(
      diffSignature({ inputs: prod.inputs }, { inputs: [], outputs: [] }, '1.1.0').changes.map(
        (c) => c.kind,
      ),
    ).toEqual(['removed', 'removed']);
  });
});

describe('diffArtifacts', () => {
  it('marks new, changed (with the size change), unchanged and removed artifacts', () => {
    const rows = diffArtifacts(
      [
        { path: 'm/a.pkl', size: 1500, sha256: 'aa', verdict: 'safe' },
        { path: 'm/b.onnx', size: 200, sha256: 'bb', verdict: 'safe' },
        { path: 'm/c.bin', size: 10, sha256: 'cc', verdict: 'safe' },
      ],
      [
        { path: 'a.pkl', size: 1000, sha256: 'a0' },
        { path: 'b.onnx', size: 200, sha256: 'bb' },
        { path: 'old.json', size: 300, sha256: 'dd' },
      ],
      ['a.pkl', 'b.onnx', 'c.bin'],
    );
    expect(rows.map((r) => [r.path, r.change, r.sizeDelta])).toEqual([
      ['m/a.pkl', 'changed', 500],
      ['m/b.onnx', 'unchanged', 0],
      ['m/c.bin', 'added', undefined],
      ['old.json', 'removed', -300],
    ]);
  });
});

describe('validate against the production version', () => {
  it('adds the size change, the signature table and a warning check to the report', async () => {
    const log = { info: () => undefined, warn: () => undefined, progress: () => undefined };
    const validated = await validateModels(
      { manifest: 'examples/iris/modelgate.yaml' },
      { cwd: REPO, log },
    );
    const production = {
      version: '1.1.0',
      artifacts: [{ path: 'model/model.pkl', size: 700, sha256: '0'.repeat(64) }],
      signature: {
        inputs: [{ name: 'features', dtype: 'float32' as const, shape: [-1, 4] }],
        outputs: prod.outputs.slice(0, 1),
      },
    };
    const report = validateReportModel(
      compareWithProduction(validated, new Map([['iris-classifier', production]])),
    );
    const [model] = report.models;
    expect(model!.checks!.at(-1)).toEqual({
      name: 'signature vs production',
      verdict: 'warn',
      detail: '1 breaking change against 1.1.0',
    });
    expect(model!.artifacts![0]).toMatchObject({ change: 'changed', sizeDelta: 130 });
    const md = renderReport(report);
    expect(md).toContain('| `examples/iris/model/model.pkl` | — | 830 B | changed, +130 B |');
    expect(md).toContain(
      '| ⚠️ **breaking** | input | `features` | dtype | `float32 [-1, 4]` | `float64 [-1, 4]` |',
    );
    // A breaking change is for reviewers to weigh: it does not fail validation by itself.
    expect(report.verdict).toBe('pass');
  });
});
