// Triton's config.pbtxt (src/serving/triton-config.ts): generated from model.signature after
// Triton's Model Configuration document, and a user's own checked against the signature with
// each finding at the config's line.
import { describe, expect, it } from 'vitest';
import type { Signature } from '../../src/manifest/types.js';
import { fieldsNamed, parsePbtxt, valuesOf } from '../../src/serving/pbtxt.js';
import {
  checkTritonConfig,
  GENERATED_MAX_BATCH_SIZE,
  generateTritonConfig,
  maxBatchSizeOf,
  TRITON_DATA_TYPE,
} from '../../src/serving/triton-config.js';

const SIG: Signature = {
  inputs: [
    { name: 'x', dtype: 'float32', shape: [-1, 4] },
    { name: 'mask', dtype: 'bool', shape: [-1, -1] },
  ],
  outputs: [
    { name: 'y', dtype: 'float32', shape: [-1, 3] },
    { name: 'label', dtype: 'int64', shape: [-1] },
  ],
};

/** `line rule` of each finding, for a compact comparison. */
const at = (
  text: string,
  sig: Signature | undefined = SIG,
  framework: 'onnx' | 'pytorch' | 'tensorrt' = 'onnx',
) =>
  checkTritonConfig(text, 'serving/config.pbtxt', sig, 'lin', framework).map(
    (f) => `${f.location!.line} ${f.rule}`,
  );

const GOOD = [
  'name: "lin"', //                                  1
  'backend: "onnxruntime"', //                       2
  'max_batch_size: 16', //                           3
  'input [', //                                      4
  '  { name: "x", data_type: TYPE_FP32, dims: [ 4 ] },', // 5
  '  { name: "mask", data_type: TYPE_BOOL, dims: [ -1 ] }', // 6
  ']', //                                            7
  'output [', //                                     8
  '  { name: "y", data_type: TYPE_FP32, dims: [ 3 ] },', // 9
  '  { name: "label", data_type: TYPE_INT64, dims: [ 1 ], reshape: { shape: [ ] } }', // 10
  ']', //                                            11
  'instance_group [ { kind: KIND_CPU, count: 2 } ]', // 12
  'dynamic_batching { }', //                         13
];
const good = GOOD.join('\n');
const edit = (line: number, text: string) =>
  GOOD.map((l, i) => (i + 1 === line ? text : l)).join('\n');

describe('generateTritonConfig', () => {
  it('writes the platform, max_batch_size, TYPE_* and dims without the batch dimension', () => {
    const BATCHED: Signature = {
      inputs: SIG.inputs,
      outputs: [SIG.outputs[0]!, { name: 'label', dtype: 'int64', shape: [-1, 1] }],
    };
    const text = generateTritonConfig('lin', BATCHED, 'onnx');
    const m = parsePbtxt(text, 'config.pbtxt');
    const scalar = (name: string) => (valuesOf(m, name)[0] as { value: unknown }).value;
    expect(scalar('name')).toBe('lin');
    expect(scalar('platform')).toBe('onnxruntime_onnx');
    expect(scalar('max_batch_size')).toBe(GENERATED_MAX_BATCH_SIZE);
    const tensors = (side: string) =>
      valuesOf(m, side).map((v) => {
        if (v.kind !== 'message') throw new Error('not a message');
        return {
          name: (valuesOf(v.message, 'name')[0] as { value: string }).value,
          type: (valuesOf(v.message, 'data_type')[0] as { value: string }).value,
          dims: valuesOf(v.message, 'dims').map((d) => (d as { value: number }).value),
          reshape: fieldsNamed(v.message, 'reshape').length > 0,
        };
      });
    expect(tensors('input')).toEqual([
      { name: 'x', type: 'TYPE_FP32', dims: [4], reshape: false },
      { name: 'mask', type: 'TYPE_BOOL', dims: [-1], reshape: false },
    ]);
    expect(tensors('output')).toEqual([
      { name: 'y', type: 'TYPE_FP32', dims: [3], reshape: false },
      { name: 'label', type: 'TYPE_INT64', dims: [1], reshape: false },
    ]);
    // What it writes passes its own check, for each platform.
    expect(checkTritonConfig(text, 'c', BATCHED, 'lin', 'onnx')).toEqual([]);
    expect(generateTritonConfig('lin', SIG, 'pytorch')).toContain('platform: "pytorch_libtorch"');
    expect(generateTritonConfig('lin', SIG, 'tensorflow')).toContain(
      'platform: "tensorflow_savedmodel"',
    );
    const plan = generateTritonConfig('lin', BATCHED, 'tensorrt');
    expect(plan).toContain('platform: "tensorrt_plan"');
    expect(checkTritonConfig(plan, 'c', BATCHED, 'lin', 'tensorrt')).toEqual([]);
  });

  it('keeps the full shapes with max_batch_size 0 when a tensor has no batch dimension', () => {
    const sig: Signature = {
      inputs: [{ name: 'x', dtype: 'float64', shape: [-1, 4] }],
      outputs: [{ name: 'y', dtype: 'float64', shape: [3] }],
    };
    const text = generateTritonConfig('lin', sig, 'onnx');
    expect(text).toContain('max_batch_size: 0\n');
    expect(text).toContain('dims: [ -1, 4 ]');
    expect(text).toContain('dims: [ 3 ]');
    expect(text).toContain('data_type: TYPE_FP64');
    expect(checkTritonConfig(text, 'c', sig, 'lin', 'onnx')).toEqual([]);
  });

  it('serves a tensor that is only the batch dimension as it is, with max_batch_size 0', () => {
    // Batching would need dims [ 1 ] and a reshape, and clients would see [-1, 1].
    const text = generateTritonConfig('lin', SIG, 'onnx');
    expect(text).toContain('max_batch_size: 0\n');
    expect(text).toContain('name: "label"\n    data_type: TYPE_INT64\n    dims: [ -1 ]\n  }');
    expect(text).not.toContain('reshape');
    expect(checkTritonConfig(text, 'c', SIG, 'lin', 'onnx')).toEqual([]);
  });

  it('writes a scalar as dims [ 1 ] with an empty reshape', () => {
    const sig: Signature = {
      inputs: [{ name: 'x', dtype: 'float32', shape: [] }],
      outputs: [{ name: 'y', dtype: 'float32', shape: [2] }],
    };
    const text = generateTritonConfig('lin', sig, 'onnx');
    expect(text).toContain('dims: [ 1 ]\n    reshape: { shape: [ ] }');
    expect(checkTritonConfig(text, 'c', sig, 'lin', 'onnx')).toEqual([]);
  });

  it('maps every signature dtype to the DataType of model_config.proto', () => {
    expect(TRITON_DATA_TYPE).toEqual({
      bool: 'TYPE_BOOL',
      uint8: 'TYPE_UINT8',
      uint16: 'TYPE_UINT16',
      uint32: 'TYPE_UINT32',
      uint64: 'TYPE_UINT64',
      int8: 'TYPE_INT8',
      int16: 'TYPE_INT16',
      int32: 'TYPE_INT32',
      int64: 'TYPE_INT64',
      float16: 'TYPE_FP16',
      float32: 'TYPE_FP32',
      float64: 'TYPE_FP64',
      string: 'TYPE_STRING',
      bfloat16: 'TYPE_BF16',
    });
  });

  it('quotes names that need escapes', () => {
    const sig: Signature = {
      inputs: [{ name: 'a "b"\\c', dtype: 'string', shape: [2] }],
      outputs: [{ name: 'out\n', dtype: 'uint8', shape: [2] }],
    };
    const text = generateTritonConfig('lin', sig, 'onnx');
    expect(text).toContain(String.raw`name: "a \"b\"\\c"`);
    expect(checkTritonConfig(text, 'c', sig, 'lin', 'onnx')).toEqual([]);
  });

  it('refuses a framework Triton does not serve', () => {
    expect(() => generateTritonConfig('lin', SIG, 'sklearn')).toThrow(/framework sklearn/);
  });
});

describe('maxBatchSizeOf', () => {
  it('reads max_batch_size and its line, 0 when unset, nothing when unparseable or invalid', () => {
    expect(maxBatchSizeOf(good, 'c')).toEqual({ value: 16, at: { line: 3, column: 1 } });
    expect(maxBatchSizeOf(edit(3, ''), 'c')).toEqual({ value: 0 });
    expect(maxBatchSizeOf(edit(3, 'max_batch_size: 0'), 'c')).toMatchObject({ value: 0 });
    expect(maxBatchSizeOf(edit(3, 'max_batch_size: -1'), 'c')).toBeUndefined();
    expect(maxBatchSizeOf(edit(3, 'max_batch_size: 1.5'), 'c')).toBeUndefined();
    expect(maxBatchSizeOf(edit(3, 'max_batch_size: [ 4 ]'), 'c')).toBeUndefined();
    expect(maxBatchSizeOf('max_batch_size: {', 'c')).toBeUndefined();
  });
});

describe('checkTritonConfig', () => {
  it('accepts a config that serves the signature, with reshape and other settings', () => {
    expect(at(good)).toEqual([]);
    // max_batch_size 0 with the -1 written in dims is the same shape.
    expect(
      at(
        'max_batch_size: 0\ninput [{ name: "x" data_type: TYPE_FP32 dims: [-1, 4] }, { name: "mask" data_type: 1 dims: [-1, -1] }]\n' +
          'output [{ name: "y" data_type: TYPE_FP32 dims: [-1, 3] }, { name: "label" data_type: TYPE_INT64 dims: -1 }]',
      ),
    ).toEqual([]);
  });

  it('finds a wrong data type at its line', () => {
    const f = checkTritonConfig(
      edit(5, '  { name: "x", data_type: TYPE_FP64, dims: [ 4 ] },'),
      'serving/config.pbtxt',
      SIG,
      'lin',
    );
    expect(f).toEqual([
      {
        severity: 'error',
        rule: 'triton-config-data-type',
        message: 'input "x" has data_type TYPE_FP64; the signature\'s float32 is TYPE_FP32',
        location: { file: 'serving/config.pbtxt', line: 5, column: 27 },
      },
    ]);
  });

  it('finds wrong dims, and dims that forget max_batch_size adds the batch dimension', () => {
    expect(at(edit(9, '  { name: "y", data_type: TYPE_FP32, dims: [ 4 ] },'))).toEqual([
      '9 triton-config-shape',
    ]);
    const f = checkTritonConfig(
      edit(5, '  { name: "x", data_type: TYPE_FP32, dims: [ -1, 4 ] },'),
      'c',
      SIG,
      'lin',
    );
    expect(f.map((x) => x.message)).toEqual([
      'input "x": dims [ -1, 4 ] with max_batch_size 16 is the shape [ -1, -1, 4 ]; the signature\'s shape is [ -1, 4 ] (dims exclude the batch dimension: [ 4 ])',
    ]);
    // A fixed size where the signature takes any, and the reverse.
    expect(at(edit(6, '  { name: "mask", data_type: TYPE_BOOL, dims: [ 7 ] }'))).toEqual([
      '6 triton-config-shape',
    ]);
    expect(at(edit(5, '  { name: "x", data_type: TYPE_FP32, dims: [ -1 ] },'))).toEqual([
      '5 triton-config-shape',
    ]);
  });

  it('finds batching the signature does not have, and batching the config lacks', () => {
    const sig: Signature = {
      inputs: [{ name: 'x', dtype: 'float32', shape: [1, 4] }],
      outputs: [{ name: 'y', dtype: 'float32', shape: [1, 3] }],
    };
    const text =
      'max_batch_size: 8\ninput { name: "x" data_type: TYPE_FP32 dims: [1, 4] }\noutput { name: "y" data_type: TYPE_FP32 dims: [1, 3] }';
    const f = checkTritonConfig(text, 'c', sig, 'lin');
    expect(f.map((x) => `${x.location!.line} ${x.message}`)).toEqual([
      '2 input "x": dims [ 1, 4 ] with max_batch_size 8 is the shape [ -1, 1, 4 ]; max_batch_size 8 (line 1) adds a batch dimension the signature\'s shape [ 1, 4 ] does not have',
      '3 output "y": dims [ 1, 3 ] with max_batch_size 8 is the shape [ -1, 1, 3 ]; max_batch_size 8 (line 1) adds a batch dimension the signature\'s shape [ 1, 3 ] does not have',
    ]);
    const unbatched = checkTritonConfig(edit(3, 'max_batch_size: 0'), 'c', SIG, 'lin');
    expect(unbatched.map((x) => `${x.location!.line} ${x.rule}`)).toEqual([
      '5 triton-config-shape',
      '6 triton-config-shape',
      '9 triton-config-shape',
      '10 triton-config-shape',
    ]);
    expect(unbatched[0]!.message).toContain('with max_batch_size 0 dims are the whole shape');
  });

  it('finds missing and extra tensors, and a tensor configured twice', () => {
    expect(at(edit(6, '  { name: "masks", data_type: TYPE_BOOL, dims: [ -1 ] }'))).toEqual([
      '6 triton-config-extra-tensor',
      '4 triton-config-missing-tensor',
    ]);
    expect(at(edit(10, '  { name: "y", data_type: TYPE_FP32, dims: [ 3 ] }'))).toEqual([
      '10 triton-config-duplicate-tensor',
      '8 triton-config-missing-tensor',
    ]);
    const noOutputs = GOOD.slice(0, 7).join('\n');
    expect(at(noOutputs)).toEqual([
      '1 triton-config-missing-tensor',
      '1 triton-config-missing-tensor',
    ]);
    expect(checkTritonConfig(noOutputs, 'c', SIG, 'lin')[0]!.message).toBe(
      'the signature\'s output "y" (float32 [ -1, 3 ]) is not in config.pbtxt',
    );
  });

  it("finds a name, platform or backend that is not the model's", () => {
    expect(at(edit(1, 'name: "other"'))).toEqual(['1 triton-config-name']);
    expect(at(edit(2, 'backend: "tensorflow"'))).toEqual(['2 triton-config-backend']);
    expect(at(edit(2, 'platform: "onnxruntime_onnx"'))).toEqual([]);
    expect(at(edit(2, 'platform: "onnxruntime_onnx"'), SIG, 'pytorch')).toEqual([
      '2 triton-config-platform',
    ]);
    expect(at(edit(1, 'name: lin'))).toEqual(['1 triton-config-value']);
  });

  it("holds a TensorRT engine's config to the tensorrt_plan platform and tensorrt backend", () => {
    expect(at(edit(2, 'backend: "tensorrt"'), SIG, 'tensorrt')).toEqual([]);
    expect(at(edit(2, 'platform: "tensorrt_plan"'), SIG, 'tensorrt')).toEqual([]);
    expect(at(good, SIG, 'tensorrt')).toEqual(['2 triton-config-backend']);
    expect(at(edit(2, 'platform: "onnxruntime_onnx"'), SIG, 'tensorrt')).toEqual([
      '2 triton-config-platform',
    ]);
    const f = checkTritonConfig(
      edit(2, 'platform: "onnxruntime_onnx"'),
      'c',
      SIG,
      'lin',
      'tensorrt',
    );
    expect(f[0]!.message).toBe(
      'platform "onnxruntime_onnx" does not load a tensorrt model; it is "tensorrt_plan"',
    );
  });

  it('finds fields Triton would refuse, with a suggestion', () => {
    const f = checkTritonConfig(edit(3, 'max_batchsize: 16'), 'c', SIG, 'lin');
    expect(f[0]).toMatchObject({
      rule: 'triton-config-unknown-field',
      message:
        'ModelConfig has no field `max_batchsize`; did you mean `max_batch_size`? (Triton refuses to load the model)',
      location: { line: 3, column: 1 },
    });
    expect(at(edit(5, '  { name: "x", data_type: TYPE_FP32, dim: [ 4 ] },'))).toEqual([
      '5 triton-config-unknown-field',
      '5 triton-config-dims',
    ]);
    expect(at(edit(5, '  { name: "x", data_type: TYPE_FLOAT32, dims: [ 4 ] },'))).toEqual([
      '5 triton-config-data-type',
    ]);
    expect(at(good + '\nmax_batch_size: 4')).toEqual(['14 triton-config-duplicate-field']);
    expect(at(edit(3, 'max_batch_size: -1'))).toContain('3 triton-config-value');
    expect(at(edit(5, '  { name: "x", data_type: TYPE_FP32, dims: [ 4.5 ] },'))).toEqual([
      '5 triton-config-value',
    ]);
    expect(at(edit(5, '  { data_type: TYPE_FP32, dims: [ 4 ] },'))).toEqual([
      '5 triton-config-tensor-name',
      '4 triton-config-missing-tensor',
    ]);
  });

  it('reports a syntax error as a finding at its line and column', () => {
    const f = checkTritonConfig(
      edit(9, '  { name: "y" data_type: TYPE_FP32, dims: [ 3 }'),
      'serving/config.pbtxt',
      SIG,
      'lin',
    );
    expect(f).toEqual([
      {
        severity: 'error',
        rule: 'triton-config-syntax',
        message: 'config.pbtxt does not parse: expected `,` or `]` in the list, found `}`',
        location: { file: 'serving/config.pbtxt', line: 9, column: 47 },
      },
    ]);
  });

  it('checks only the file itself without a signature', () => {
    const bare = (text: string) =>
      checkTritonConfig(text, 'c', undefined, 'lin').map((f) => `${f.location!.line} ${f.rule}`);
    expect(bare(edit(5, '  { name: "z", data_type: TYPE_FP64, dims: [ 9 ] },'))).toEqual([]);
    expect(bare(edit(3, 'max_batch: 1'))).toEqual(['3 triton-config-unknown-field']);
  });
});
