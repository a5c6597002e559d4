// The exact refusals of src/manifest/samples.ts (rule, message, line and column), the datatypes
// each form is read with, and the limits: what its mutation run found untested.
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_SAMPLE_FINDINGS,
  MAX_SAMPLE_LINE,
  MAX_SAMPLES_FILE,
  datatypeOf,
  parseSamples,
  readSamplesFile,
  toNamedLine,
} from '../../src/manifest/samples.js';
import type { Signature } from '../../src/manifest/types.js';

const IRIS: Signature = {
  inputs: [{ name: 'features', dtype: 'float64', shape: [-1, 4] }],
  outputs: [{ name: 'label', dtype: 'int64', shape: [-1] }],
};
const TWO: Signature = {
  inputs: [
    { name: 'ids', dtype: 'int64', shape: [-1, 3] },
    { name: 'mask', dtype: 'bool', shape: [-1, 3] },
  ],
  outputs: [
    { name: 'score', dtype: 'float32', shape: [-1] },
    { name: 'tag', dtype: 'string', shape: [-1] },
  ],
};
const one = (dtype: string, shape: number[] = [-1]): Signature => ({
  inputs: [{ name: 'x', dtype: dtype as 'float32', shape }],
  outputs: [],
});

const parse = (text: string, sig?: Signature) => parseSamples(text, sig, 's.jsonl');
/** The one refusal of a single line (the file's line 1): rule, message and column. */
const refusal = (line: string, sig?: Signature) => {
  const r = parse(line + '\n', sig);
  expect(r.samples).toEqual([]);
  expect(r.findings).toHaveLength(1);
  const f = r.findings[0]!;
  expect(f.severity).toBe('error');
  expect(f.location).toMatchObject({ file: 's.jsonl', line: 1 });
  return { rule: f.rule, message: f.message, column: f.location!.column };
};
/** The sample a single accepted line reads into. */
const accepted = (line: string, sig?: Signature) => {
  const r = parse(line + '\n', sig);
  expect(r.findings).toEqual([]);
  expect(r.samples).toHaveLength(1);
  return r.samples[0]!;
};
const col = (line: string, s: string) => line.indexOf(s) + 1;
const TENSOR_HOLDS = 'a tensor holds numbers, booleans or strings';
const FORMS =
  'a line is an object with `inputs` (named tensors, KServe v2 tensors or a TF Serving columnar value) or `instances` (TF Serving rows), or a bare array for a single-input model';

describe('datatypes', () => {
  it('names every KServe v2 datatype when refusing an unknown one', () => {
    const line = '{"inputs": [{"name": "x", "shape": [1], "datatype": "FP8", "data": [1]}]}';
    expect(refusal(line)).toEqual({
      rule: 'samples-datatype',
      message:
        'input `x` has datatype FP8, which is not a KServe v2 datatype (BOOL, UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, FP16, FP32, FP64, BYTES)',
      column: col(line, '"x"'),
    });
  });

  it('accepts each v2 datatype as written', () => {
    const cases: [string, unknown[]][] = [
      ['BOOL', [true]],
      ['UINT8', [1]],
      ['UINT16', [1]],
      ['UINT32', [1]],
      ['UINT64', [1]],
      ['INT8', [1]],
      ['INT16', [1]],
      ['INT32', [1]],
      ['INT64', [1]],
      ['FP16', [1.5]],
      ['FP32', [1.5]],
      ['FP64', [1.5]],
      ['BYTES', ['a']],
    ];
    for (const [datatype, data] of cases) {
      const s = accepted(JSON.stringify({ inputs: [{ name: 'x', shape: [1], datatype, data }] }));
      expect(s.inputs).toEqual([{ name: 'x', datatype, shape: [1], data }]);
    }
  });

  it('reads BF16 as FP32 values, and checks it against a bfloat16 signature only', () => {
    const v2 = (datatype: string) =>
      `{"inputs": [{"name": "x", "shape": [1], "datatype": "${datatype}", "data": [1.5]}]}`;
    expect(accepted(v2('BF16')).inputs).toEqual([
      { name: 'x', datatype: 'FP32', shape: [1], data: [1.5] },
    ]);
    expect(accepted(v2('BF16'), one('bfloat16')).inputs[0]!.datatype).toBe('FP32');
    expect(accepted(v2('FP32'), one('bfloat16')).inputs[0]!.datatype).toBe('FP32');
    expect(refusal(v2('BF16'), one('float32'))).toEqual({
      rule: 'samples-datatype',
      message: 'input `x` has datatype BF16; the signature says float32 (FP32)',
      column: col(v2('BF16'), '"x"'),
    });
    expect(refusal(v2('FP16'), one('bfloat16'))).toEqual({
      rule: 'samples-datatype',
      message: 'input `x` has datatype FP16; the signature says bfloat16 (BF16)',
      column: col(v2('FP16'), '"x"'),
    });
    // A bfloat16 input the line does not type is read as FP32.
    expect(accepted('{"inputs": {"x": [1.5]}}', one('bfloat16')).inputs[0]!.datatype).toBe('FP32');
    expect(datatypeOf('bfloat16')).toBe('FP32');
  });

  it('throws on a signature dtype with no v2 datatype rather than report it as a sample', () => {
    expect(() => datatypeOf('complex64')).toThrow('no KServe v2 datatype for dtype complex64');
    expect(() => parse('{"inputs": {"x": [1]}}\n', one('complex64'))).toThrow(
      'no KServe v2 datatype for dtype complex64',
    );
  });

  it('infers how numpy reads untyped values', () => {
    const dt = (line: string) => accepted(line).inputs.map((t) => [t.name, t.datatype, t.data]);
    expect(dt('{"inputs": {"x": []}}')).toEqual([['x', 'FP64', []]]);
    expect(dt('{"inputs": {"x": [1, 2.5]}}')).toEqual([['x', 'FP64', [1, 2.5]]]);
    expect(dt('{"inputs": {"x": [1, 2]}}')).toEqual([['x', 'INT64', [1, 2]]]);
  });

  it('refuses untyped values of several kinds, naming the kinds in order', () => {
    expect(refusal('["x", 1]')).toEqual({
      rule: 'samples-value',
      message: 'the bare array mixes number and string values',
      column: 1,
    });
    const line = '{"inputs": {"x": ["x", 1]}}';
    expect(refusal(line)).toEqual({
      rule: 'samples-value',
      message: 'input `x` mixes number and string values',
      column: col(line, '"x"'),
    });
    expect(refusal('{"inputs": [1, "x"]}')).toEqual({
      rule: 'samples-value',
      message: '`inputs` mixes number and string values',
      column: 1,
    });
    expect(refusal('{"instances": [1, "x"]}')).toEqual({
      rule: 'samples-value',
      message: '`instances` mixes number and string values',
      column: 1,
    });
  });
});

describe('numbers written as floats', () => {
  const datatype = (line: string) => accepted(line).inputs[0]!.datatype;

  it('reads a whole number written as a float as FP64, in every spelling', () => {
    for (const v of ['0.0', '9.0', '19.0', '1E2', '1e+2', '100e-2', '-3.0', '1.0e2'])
      expect([v, datatype(`[${v}]`)]).toEqual([v, 'FP64']);
    expect(accepted('[1E2]').inputs[0]!.data).toEqual([100]);
    for (const v of ['0', '9', '-3', '19'])
      expect([v, datatype(`[${v}, ${v}]`)]).toEqual([v, 'INT64']);
  });

  it('keeps the float spelling of keys that JavaScript does not reorder', () => {
    for (const key of ['a0', '0a', '01', 'x'])
      expect([key, datatype(`{"inputs": {"${key}": [1.0]}}`)]).toEqual([key, 'FP64']);
  });

  it('leaves every number as parsed when index-like keys reorder the object', () => {
    for (const key of ['0', '12', '123', '1234567890']) {
      const s = accepted(`{"inputs": {"b": [1.0], "${key}": [2]}}`);
      expect(s.inputs.map((t) => [t.name, t.datatype, t.data])).toEqual([
        [key, 'INT64', [2]],
        ['b', 'INT64', [1]],
      ]);
    }
  });

  it('leaves every number as parsed when a repeated key drops some', () => {
    const s = accepted('{"inputs": {"x": [1.0], "x": [2]}}');
    expect(s.inputs).toEqual([{ name: 'x', datatype: 'INT64', shape: [1], data: [2] }]);
  });

  it('refuses null beside a float as a value, not a crash', () => {
    const line = '{"inputs": {"x": [1.0, null]}}';
    expect(refusal(line)).toEqual({
      rule: 'samples-value',
      message: `input \`x\` holds null at [1]; ${TENSOR_HOLDS}`,
      column: 1,
    });
  });

  it('writes a float too large for a decimal point as JSON does', () => {
    const line = toNamedLine({
      line: 1,
      inputs: [{ name: 'x', datatype: 'FP64', shape: [2], data: [1e21, 3] }],
    });
    expect(line).toBe('{"line":1,"inputs":{"x":[1e+21,3.0]}}');
  });
});

describe('integer and float ranges', () => {
  it('takes each integer datatype from its lowest to its highest value', () => {
    const cases: [string, number, number][] = [
      ['int8', -128, 127],
      ['int16', -32768, 32767],
      ['int32', -2147483648, 2147483647],
      ['int64', -(2 ** 63), 2 ** 63],
      ['uint8', 0, 255],
      ['uint16', 0, 65535],
      ['uint32', 0, 4294967295],
      ['uint64', 0, 2 ** 64],
    ];
    for (const [dtype, lo, hi] of cases) {
      const s = accepted(`{"inputs": {"x": [${lo}, ${hi}]}}`, one(dtype));
      expect([dtype, s.inputs[0]!.data]).toEqual([dtype, [lo, hi]]);
    }
  });

  it('refuses a value below or above an integer datatype, and a fraction', () => {
    const cases: [string, number, number][] = [
      ['int8', -129, 128],
      ['int16', -32769, 32768],
      ['int32', -2147483649, 2147483648],
      ['uint8', -1, 256],
      ['uint16', -1, 65536],
      ['uint32', -1, 4294967296],
      ['int64', -(2 ** 64), 2 ** 64],
      ['uint64', -1, 2 ** 65],
    ];
    for (const [dtype, lo, hi] of cases)
      for (const x of [lo, hi]) {
        const line = `{"inputs": {"x": [${x}]}}`;
        expect(refusal(line, one(dtype))).toEqual({
          rule: 'samples-value',
          message: `input \`x\`: element 0 (${x}) does not fit ${dtype}`,
          column: col(line, '"x"'),
        });
      }
    for (const dtype of [
      'int8',
      'int16',
      'int32',
      'int64',
      'uint8',
      'uint16',
      'uint32',
      'uint64',
    ]) {
      const line = '{"inputs": {"x": [1.5]}}';
      expect(refusal(line, one(dtype))).toEqual({
        rule: 'samples-value',
        message: `input \`x\`: element 0 (1.5) is not an integer (${dtype})`,
        column: col(line, '"x"'),
      });
    }
  });

  it("takes a float datatype's largest finite value", () => {
    expect(accepted('{"inputs": {"x": [65504, -65504]}}', one('float16')).inputs[0]!.data).toEqual([
      65504, -65504,
    ]);
    expect(refusal('{"inputs": {"x": [65505]}}', one('float16')).message).toBe(
      'input `x`: element 0 (65505) does not fit float16',
    );
  });
});

describe('the file', () => {
  it('reports a file without samples', () => {
    for (const text of ['', '\n', ' \n\r\n\t\n'])
      expect(parse(text, IRIS)).toEqual({
        samples: [],
        findings: [
          {
            severity: 'error',
            rule: 'samples-empty',
            message: 'the samples file holds no samples',
            location: { file: 's.jsonl', line: 1, column: 1 },
          },
        ],
      });
  });

  it('reads CRLF lines without their carriage return', () => {
    let message = '';
    try {
      JSON.parse('nope');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(parse('[1]\r\nnope\r\n').findings).toEqual([
      {
        severity: 'error',
        rule: 'samples-json',
        message: `not valid JSON: ${message}`,
        location: { file: 's.jsonl', line: 2, column: 1 },
      },
    ]);
  });

  it('refuses a line over the limit and reads no further; a line at the limit is read', () => {
    const atLimit = `"${'a'.repeat(MAX_SAMPLE_LINE - 2)}"`;
    expect(parse(`${atLimit}\n`).findings).toEqual([
      {
        severity: 'error',
        rule: 'samples-shape',
        message: 'each sample must be an object with an `inputs` field (and usually `expected`)',
        location: { file: 's.jsonl', line: 1, column: 1 },
      },
    ]);
    const over = `[1]\n"${'a'.repeat(MAX_SAMPLE_LINE - 1)}"\nnope\n`;
    const r = parse(over);
    expect(r.samples.map((s) => s.line)).toEqual([1]);
    expect(r.findings).toEqual([
      {
        severity: 'error',
        rule: 'samples-line-too-long',
        message: `sample line is longer than ${MAX_SAMPLE_LINE} characters`,
        location: { file: 's.jsonl', line: 2, column: 1 },
      },
    ]);
  });

  it('stops after MAX_SAMPLE_FINDINGS findings, JSON or not', () => {
    const bad = (line: string) =>
      Array(MAX_SAMPLE_FINDINGS + 5)
        .fill(line)
        .join('\n');
    const json = parse(bad('nope'));
    expect(json.findings).toHaveLength(MAX_SAMPLE_FINDINGS);
    expect(json.findings.at(-1)!.location!.line).toBe(MAX_SAMPLE_FINDINGS);
    const shape = parse(bad('5'));
    expect(shape.findings).toHaveLength(MAX_SAMPLE_FINDINGS);
    expect(shape.findings.at(-1)!.location!.line).toBe(MAX_SAMPLE_FINDINGS);
  });

  it('without a signature, every line names the same inputs', () => {
    expect(parse('{"inputs": {"a": [1]}}\n{"inputs": {"b": [1]}}\n').findings).toEqual([
      {
        severity: 'error',
        rule: 'samples-names',
        message:
          "this sample's inputs are `b`; line 1's are `a` (without a signature every line must name the same inputs)",
        location: { file: 's.jsonl', line: 2, column: 1 },
      },
    ]);
    expect(parse('{"inputs": {}}\n{"inputs": {"a": [1]}}\n').findings[0]!.message).toBe(
      "this sample's inputs are `a`; line 1's are none (without a signature every line must name the same inputs)",
    );
  });

  it('takes a signature without inputs or outputs for none', () => {
    const empty: Signature = { inputs: [], outputs: [] };
    expect(
      parse('{"inputs": {"a": [1]}}\n{"inputs": {"b": [1]}}\n', empty).findings.map((f) => f.rule),
    ).toEqual(['samples-names']);
  });

  it('with outputs but no inputs in the signature, an input is unchecked', () => {
    const outputsOnly: Signature = { inputs: [], outputs: IRIS.outputs };
    expect(accepted('[1, 2]', outputsOnly).inputs).toEqual([
      { name: '', datatype: 'INT64', shape: [2], data: [1, 2] },
    ]);
    expect(accepted('{"inputs": {"a": [1]}}', outputsOnly).inputs[0]!.name).toBe('a');
  });

  it('reads a file from disk, and refuses one over the limit unread', async () => {
    expect(MAX_SAMPLES_FILE).toBe(256 * 1024 * 1024);
    const dir = await mkdtemp(join(tmpdir(), 'samples-'));
    try {
      const small = join(dir, 'small.jsonl');
      await writeFile(small, '[[1, 2, 3, 4.5]]\n');
      const r = await readSamplesFile(small, IRIS, 'shown.jsonl');
      expect(r).toEqual({
        samples: [
          {
            line: 1,
            inputs: [{ name: 'features', datatype: 'FP64', shape: [1, 4], data: [1, 2, 3, 4.5] }],
          },
        ],
        findings: [],
      });
      const big = join(dir, 'big.jsonl');
      await writeFile(big, '');
      await truncate(big, MAX_SAMPLES_FILE + 1);
      expect(await readSamplesFile(big, IRIS, 'shown.jsonl')).toEqual({
        samples: [],
        findings: [
          {
            severity: 'error',
            rule: 'samples-too-large',
            message: `the samples file is ${MAX_SAMPLES_FILE + 1} bytes; the limit is ${MAX_SAMPLES_FILE}`,
            location: { file: 'shown.jsonl', line: 1, column: 1 },
          },
        ],
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the shape of a line', () => {
  it('says which forms a line may take', () => {
    expect(refusal('5')).toEqual({
      rule: 'samples-shape',
      message: 'each sample must be an object with an `inputs` field (and usually `expected`)',
      column: 1,
    });
    expect(refusal('{"x": 1}')).toEqual({
      rule: 'samples-shape',
      message: `${FORMS}; this object has neither \`inputs\` nor \`instances\``,
      column: 1,
    });
    expect(refusal('[{"a": 1}]')).toEqual({
      rule: 'samples-shape',
      message: `${FORMS}; this array holds objects`,
      column: 1,
    });
    expect(refusal('[1, {"a": 1}]')).toEqual({
      rule: 'samples-shape',
      message: `${FORMS}; this array holds objects`,
      column: 1,
    });
    const both = '{"inputs": [1], "instances": [1]}';
    expect(refusal(both)).toEqual({
      rule: 'samples-shape',
      message: 'a sample has `inputs` or `instances`, not both',
      column: col(both, '"instances"'),
    });
  });

  it('refuses ragged values, saying where', () => {
    expect(refusal('[[1], [1, 2]]')).toEqual({
      rule: 'samples-dims',
      message: 'the bare array is ragged: [1] has 2 entries, not 1',
      column: 1,
    });
    expect(refusal('[[1], 2]')).toEqual({
      rule: 'samples-dims',
      message: 'the bare array is ragged: [1] is not an array like its neighbours',
      column: 1,
    });
    expect(refusal('[1, [2]]')).toEqual({
      rule: 'samples-dims',
      message: 'the bare array is ragged: [1] is an array where its neighbours are values',
      column: 1,
    });
  });

  it('refuses null, objects and b64 values', () => {
    expect(refusal('{"inputs": {"x": null}}')).toEqual({
      rule: 'samples-value',
      message: `input \`x\` holds null; ${TENSOR_HOLDS}`,
      column: 1,
    });
    expect(refusal('{"inputs": {"x": [{"a": 1}]}}')).toEqual({
      rule: 'samples-value',
      message: `input \`x\` holds an object at [0]; ${TENSOR_HOLDS}`,
      column: 1,
    });
    expect(refusal('{"inputs": {"x": [{"b64": "AA==", "y": 1}]}}')).toEqual({
      rule: 'samples-value',
      message: `input \`x\` holds an object at [0]; ${TENSOR_HOLDS}`,
      column: 1,
    });
    expect(refusal('{"inputs": {"x": [{"b64": "AA=="}]}}')).toEqual({
      rule: 'samples-value',
      message:
        'input `x` holds a {"b64": …} binary value; golden samples take text and numbers only',
      column: 1,
    });
    expect(refusal('{"inputs": {"b64": "AA=="}}')).toEqual({
      rule: 'samples-value',
      message:
        '`inputs` holds a {"b64": …} binary value; golden samples take text and numbers only',
      column: 1,
    });
    // An object with `b64` and more is named inputs, not a binary value.
    expect(
      accepted('{"inputs": {"b64": "AA==", "c": ["d"]}}').inputs.map((t) => [t.name, t.data]),
    ).toEqual([
      ['b64', ['AA==']],
      ['c', ['d']],
    ]);
  });
});

describe('KServe v2 tensors', () => {
  const v2 = (t: Record<string, unknown>) => JSON.stringify({ inputs: [t] });

  it('refuses a tensor without a name, datatype, shape or data', () => {
    const noName = v2({ shape: [1], datatype: 'FP64', data: [1] });
    expect(refusal(noName)).toEqual({
      rule: 'samples-shape',
      message:
        'inputs[0] has no string `name` (a KServe v2 tensor has name, shape, datatype and data)',
      column: col(noName, '"inputs"'),
    });
    const noType = v2({ name: 'features', shape: [1, 4], data: [1, 2, 3, 4] });
    expect(refusal(noType, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'input `features` (inputs[0]) has no string `datatype`',
      column: col(noType, '"features"'),
    });
    for (const shape of [undefined, 4, [1, -4], [1.5]]) {
      const line = v2({ name: 'x', shape, datatype: 'FP64', data: [1] });
      expect(refusal(line)).toEqual({
        rule: 'samples-shape',
        message: 'input `x` (inputs[0]) needs a `shape`: an array of non-negative integers',
        column: col(line, '"x"'),
      });
    }
    const noData = v2({ name: 'x', shape: [1], datatype: 'FP64', data: 1 });
    expect(refusal(noData)).toEqual({
      rule: 'samples-shape',
      message: 'input `x` (inputs[0]) needs its `data` as an array',
      column: col(noData, '"x"'),
    });
  });

  it('takes a zero dimension', () => {
    const s = accepted(v2({ name: 'features', shape: [0, 4], datatype: 'FP64', data: [] }), IRIS);
    expect(s.inputs).toEqual([{ name: 'features', datatype: 'FP64', shape: [0, 4], data: [] }]);
  });

  it('refuses nested data whose shape is not the `shape`', () => {
    const line = v2({ name: 'x', shape: [2, 2], datatype: 'INT64', data: [[1, 2, 3, 4]] });
    expect(refusal(line)).toEqual({
      rule: 'samples-dims',
      message: "input `x`'s nested data has shape [1, 4]; its `shape` says [2, 2]",
      column: col(line, '"x"'),
    });
  });

  it('refuses an input given twice', () => {
    const t = { name: 'features', shape: [1, 4], datatype: 'FP64', data: [1, 2, 3, 4] };
    const line = JSON.stringify({ inputs: [t, t] });
    expect(refusal(line, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'input `features` is given twice',
      column: col(line, '"features"'),
    });
  });

  it('reads an empty or mixed `inputs` array as a columnar value', () => {
    expect(refusal('{"inputs": []}', IRIS)).toEqual({
      rule: 'samples-dims',
      message:
        '`inputs` (input `features`) has shape [0]; the signature says [-1, 4] (rank 1, not 2)',
      column: 1,
    });
    expect(refusal('{"inputs": [{"name": "features"}, 5]}', IRIS)).toEqual({
      rule: 'samples-value',
      message: `\`inputs\` holds an object at [0]; ${TENSOR_HOLDS}`,
      column: 1,
    });
  });

  const INPUT = { name: 'features', shape: [1, 4], datatype: 'FP64', data: [1, 2, 3, 4] };
  const req = (extra: Record<string, unknown>) => JSON.stringify({ inputs: [INPUT], ...extra });

  it('refuses `outputs` that are not objects with a name', () => {
    for (const outputs of ['x', [{ name: 'label' }, 5]]) {
      const line = req({ outputs });
      expect(refusal(line, IRIS)).toEqual({
        rule: 'samples-shape',
        message: "a KServe v2 request's `outputs` must be an array of objects with a `name`",
        column: col(line, '"outputs"'),
      });
    }
    const line = req({ outputs: [{ name: 'label' }, { data: [1] }] });
    expect(refusal(line, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'outputs[1] has no string `name`',
      column: col(line, '"outputs"'),
    });
  });

  it('checks requested output names against the signature, when it has outputs', () => {
    const line = req({ outputs: [{ name: 'nope' }] });
    expect(refusal(line, IRIS)).toEqual({
      rule: 'samples-unknown-output',
      message: 'output `nope` is not in the signature (its outputs: `label`)',
      column: col(line, '"nope"'),
    });
    const two = JSON.stringify({
      inputs: [
        { name: 'ids', shape: [1, 3], datatype: 'INT64', data: [1, 2, 3] },
        { name: 'mask', shape: [1, 3], datatype: 'BOOL', data: [true, false, true] },
      ],
      outputs: [{ name: 'tag' }],
    });
    expect(accepted(two, TWO).expected).toBeUndefined();
    expect(accepted(req({ outputs: [{ name: 'y' }] })).expected).toBeUndefined();
    const noOutputs: Signature = { inputs: IRIS.inputs, outputs: [] };
    expect(accepted(req({ outputs: [{ name: 'y' }] }), noOutputs).inputs[0]!.name).toBe('features');
  });

  it('reads `outputs` with data as output tensors', () => {
    const line = req({ outputs: [{ name: 'label', shape: [1], data: [0] }] });
    expect(refusal(line, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'output `label` (outputs[0]) has no string `datatype`',
      column: col(line, '"label"'),
    });
    const twice = req({
      outputs: [{ name: 'label', shape: [1], datatype: 'INT64', data: [0] }],
      expected: { label: [0] },
    });
    expect(refusal(twice, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'the expected outputs are given twice (`outputs` and `expected`); give them once',
      column: col(twice, '"expected"'),
    });
  });

  it('reads `expected` v2 tensors as outputs', () => {
    const line = JSON.stringify({
      inputs: { features: [[1, 2, 3, 4]] },
      expected: [{ name: 'label', shape: [1], data: [0] }],
    });
    expect(refusal(line, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'output `label` (expected[0]) has no string `datatype`',
      column: col(line, '"label"'),
    });
  });
});

describe('TF Serving rows', () => {
  it('refuses `instances` or `predictions` that are not a non-empty array', () => {
    for (const [line, key, message] of [
      ['{"instances": 5}', 'instances', '`instances` must be an array, one entry per instance'],
      ['{"instances": []}', 'instances', '`instances` holds no instances'],
      [
        '{"instances": [[1, 2, 3, 4]], "predictions": 5}',
        'predictions',
        '`predictions` must be an array, one entry per instance',
      ],
    ] as const)
      expect(refusal(line, IRIS)).toEqual({
        rule: 'samples-shape',
        message,
        column: col(line, `"${key}"`),
      });
  });

  it('wants one prediction per instance', () => {
    const line = '{"instances": [[1, 2, 3, 4]], "predictions": [0, 1]}';
    expect(refusal(line, IRIS)).toEqual({
      rule: 'samples-dims',
      message: '`predictions` has 2 entries for 1 instances',
      column: col(line, '"predictions"'),
    });
    const oneEntry = '{"instances": [[1, 2, 3, 4], [1, 2, 3, 4]], "predictions": [0]}';
    expect(refusal(oneEntry, IRIS).message).toBe('`predictions` has 1 entry for 2 instances');
  });

  it('names the input or output of a named row in its messages', () => {
    const input = '{"instances": [{"features": [1, 2, 3, "x"]}]}';
    expect(refusal(input, IRIS)).toEqual({
      rule: 'samples-value',
      message: 'input `features` (in `instances`): element 3 ("x") is not a number (float64)',
      column: col(input, '"features"'),
    });
    const output = '{"instances": [{"features": [1, 2, 3, 4]}], "predictions": [{"label": "x"}]}';
    expect(refusal(output, IRIS)).toEqual({
      rule: 'samples-value',
      message: 'output `label` (in `predictions`): element 0 ("x") is not a number (int64)',
      column: col(output, '"label"'),
    });
    const bare = '{"instances": [[1, 2, 3, 4]], "predictions": ["x"]}';
    expect(refusal(bare, IRIS)).toEqual({
      rule: 'samples-value',
      message: '`predictions` (output `label`): element 0 ("x") is not a number (int64)',
      column: 1,
    });
  });

  it('refuses rows that mix objects and values, or name different tensors', () => {
    const mixed = '{"instances": [{"features": [1, 2, 3, 4]}, [1, 2, 3, 4]]}';
    expect(refusal(mixed, IRIS)).toEqual({
      rule: 'samples-shape',
      message: '`instances` mixes objects (named tensors) and values; use one or the other',
      column: col(mixed, '"instances"'),
    });
    const lacks = '{"instances": [{"a": [1]}, {"b": [1]}]}';
    expect(refusal(lacks)).toEqual({
      rule: 'samples-shape',
      message: 'instances[1] has no `a` (instances[0] has it)',
      column: col(lacks, '"a"'),
    });
    const extra = '{"instances": [{"a": [1]}, {"a": [1], "b": [2]}]}';
    expect(refusal(extra)).toEqual({
      rule: 'samples-shape',
      message: 'instances[1] has `b`; instances[0] does not',
      column: col(extra, '"b"'),
    });
  });

  it('reads `outputs` beside `instances` as the expected outputs', () => {
    const s = accepted('{"instances": [[1, 2, 3, 4]], "outputs": [0]}', IRIS);
    expect(s.expected).toEqual([{ name: 'label', datatype: 'INT64', shape: [1], data: [0] }]);
    expect(refusal('{"instances": [[1, 2, 3, 4]], "outputs": ["x"]}', IRIS).message).toBe(
      '`outputs` (output `label`): element 0 ("x") is not a number (int64)',
    );
    const twice = '{"instances": [[1, 2, 3, 4]], "predictions": [0], "outputs": [0]}';
    expect(refusal(twice, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'the expected outputs are given twice (`predictions` and `outputs`); give them once',
      column: col(twice, '"outputs"'),
    });
  });
});

describe('TF Serving columns and `expected`', () => {
  it('reads `outputs` or `predictions` beside columnar inputs', () => {
    expect(accepted('{"inputs": [[1, 2, 3, 4]], "predictions": [0]}', IRIS).expected).toEqual([
      { name: 'label', datatype: 'INT64', shape: [1], data: [0] },
    ]);
    expect(refusal('{"inputs": [[1, 2, 3, 4]], "outputs": ["x"]}', IRIS).message).toBe(
      '`outputs` (output `label`): element 0 ("x") is not a number (int64)',
    );
    expect(refusal('{"inputs": [[1, 2, 3, 4]], "predictions": ["x"]}', IRIS).message).toBe(
      '`predictions` (output `label`): element 0 ("x") is not a number (int64)',
    );
    const a = '{"inputs": [[1, 2, 3, 4]], "outputs": [0], "expected": [0]}';
    expect(refusal(a, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'the expected outputs are given twice (`outputs` and `expected`); give them once',
      column: col(a, '"expected"'),
    });
    const b = '{"inputs": [[1, 2, 3, 4]], "outputs": [0], "predictions": [0]}';
    expect(refusal(b, IRIS)).toEqual({
      rule: 'samples-shape',
      message: 'the expected outputs are given twice (`outputs` and `predictions`); give them once',
      column: col(b, '"predictions"'),
    });
  });

  it('names the outputs of `expected` as outputs', () => {
    const named = '{"inputs": {"features": [[1, 2, 3, 4]]}, "expected": {"label": ["x"]}}';
    expect(refusal(named, IRIS)).toEqual({
      rule: 'samples-value',
      message: 'output `label`: element 0 ("x") is not a number (int64)',
      column: col(named, '"label"'),
    });
    const bare = '{"inputs": {"features": [[1, 2, 3, 4]]}, "expected": ["x"]}';
    expect(refusal(bare, IRIS).message).toBe(
      '`expected` (output `label`): element 0 ("x") is not a number (int64)',
    );
    const unknown = '{"inputs": {"features": [[1, 2, 3, 4]]}, "expected": {"nope": [0]}}';
    expect(refusal(unknown, IRIS)).toEqual({
      rule: 'samples-unknown-output',
      message: 'output `nope` is not in the signature (its outputs: `label`)',
      column: col(unknown, '"nope"'),
    });
  });
});

describe('against the signature', () => {
  const INPUTS = '"inputs": {"ids": [[1, 2, 3]], "mask": [[true, false, true]]}';

  it('wants a name for a value when the signature has several outputs', () => {
    expect(refusal(`{${INPUTS}, "expected": [1.5]}`, TWO)).toEqual({
      rule: 'samples-unknown-output',
      message:
        '`expected` does not say which output it is, and the signature has 2 outputs (`score`, `tag`); name them',
      column: 1,
    });
  });

  it('takes expected outputs that give only some of the outputs', () => {
    expect(accepted(`{${INPUTS}, "expected": {"score": [1.5]}}`, TWO).expected).toEqual([
      { name: 'score', datatype: 'FP32', shape: [1], data: [1.5] },
    ]);
  });

  it('names every missing input', () => {
    expect(refusal('{"inputs": {}}', TWO)).toEqual({
      rule: 'samples-missing-input',
      message: 'the sample lacks inputs `ids`, `mask` of the signature',
      column: 1,
    });
    expect(refusal('{"inputs": {"ids": [[1, 2, 3]]}}', TWO).message).toBe(
      'the sample lacks input `mask` of the signature',
    );
  });

  it("labels an unnamed value with the signature's name, at column 1", () => {
    // "undefined" in the line: the column of an unnamed value is never looked up.
    expect(refusal('[[1, 2, 3, "undefined"]]', IRIS)).toEqual({
      rule: 'samples-value',
      message:
        'the bare array (input `features`): element 3 ("undefined") is not a number (float64)',
      column: 1,
    });
  });

  it('points at column 1 when the line spells a name with escapes', () => {
    expect(refusal('{"inputs": {"\\u0061": [[1, 2, 3, 4]]}}', IRIS)).toEqual({
      rule: 'samples-unknown-input',
      message: 'input `a` is not in the signature (its inputs: `features`)',
      column: 1,
    });
  });
});
