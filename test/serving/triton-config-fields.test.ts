// checkTritonConfig on every field ModelConfig, ModelInput and ModelOutput have
// (model_config.proto), on each value it refuses, and on the full wording of its findings.
import { describe, expect, it } from 'vitest';
import type { Signature } from '../../src/manifest/types.js';
import {
  checkTritonConfig,
  generateTritonConfig,
  TRITON_UNSUPPORTED,
} from '../../src/serving/triton-config.js';

const SIG: Signature = {
  inputs: [{ name: 'x', dtype: 'float32', shape: [-1, 4] }],
  outputs: [{ name: 'y', dtype: 'float32', shape: [-1, 3] }],
};

/** `line:column message [rule]` of each finding. */
const check = (
  text: string,
  sig: Signature | undefined = SIG,
  framework: 'onnx' | 'pytorch' | 'tensorflow' = 'onnx',
) =>
  checkTritonConfig(text, 'c.pbtxt', sig, 'lin', framework).map(
    (f) => `${f.location!.line}:${f.location!.column} ${f.message} [${f.rule}]`,
  );

describe('checkTritonConfig knows ModelConfig', () => {
  it('accepts every ModelConfig, ModelInput and ModelOutput field', () => {
    const text = [
      'name: "lin"',
      'platform: "onnxruntime_onnx"',
      'backend: "onnxruntime"',
      'runtime: "libtriton_onnxruntime.so"',
      'version_policy: { latest: { num_versions: 1 } }',
      'max_batch_size: 8',
      'input [ { name: "x", data_type: TYPE_FP32, format: FORMAT_NONE, dims: [ 4 ], reshape: { shape: [ 4 ] },',
      '  is_shape_tensor: false, allow_ragged_batch: false, optional: false, is_non_linear_format_io: false } ]',
      'output [ { name: "y", data_type: TYPE_FP32, dims: [ 3 ], reshape: { shape: [ 3 ] }, label_filename: "l.txt",',
      '  is_shape_tensor: false, is_non_linear_format_io: false } ]',
      'batch_input [ { kind: BATCH_ELEMENT_COUNT } ]',
      'batch_input [ { kind: BATCH_ACCUMULATED_ELEMENT_COUNT } ]',
      'batch_output [ { target_name: "y" } ]',
      'batch_output { target_name: "z" }',
      'optimization { priority: PRIORITY_DEFAULT }',
      'dynamic_batching { }',
      'sequence_batching { }',
      'ensemble_scheduling { }',
      'instance_group [ { kind: KIND_CPU } ]',
      'instance_group { kind: KIND_CPU }',
      'default_model_filename: "model.onnx"',
      'cc_model_filenames { key: "7.5" value: "a.plan" }',
      'cc_model_filenames { key: "8.0" value: "b.plan" }',
      'metric_tags { key: "a" value: "b" }',
      'metric_tags { key: "c" value: "d" }',
      'parameters { key: "p" value: { string_value: "v" } }',
      'parameters { key: "q" value: { string_value: "w" } }',
      'model_warmup [ { name: "w" } ]',
      'model_warmup { name: "w2" }',
      'model_operations { op_library_filename: "x.so" }',
      'model_transaction_policy { decoupled: false }',
      'model_repository_agents { agents [ { name: "a" } ] }',
      'response_cache { enable: true }',
      'model_metrics { }',
    ].join('\n');
    expect(check(text)).toEqual([]);
  });

  it('accepts data types by their enum numbers', () => {
    const numbered = (n: number, dtype: Signature['inputs'][number]['dtype']) =>
      check(
        `input { name: "x" data_type: ${n} dims: [ -1, 4 ] }\noutput { name: "y" data_type: TYPE_FP32 dims: [ -1, 3 ] }`,
        { inputs: [{ name: 'x', dtype, shape: [-1, 4] }], outputs: SIG.outputs },
      );
    const dtypes = [
      'bool',
      'uint8',
      'uint16',
      'uint32',
      'uint64',
      'int8',
      'int16',
      'int32',
      'int64',
      'float16',
      'float32',
      'float64',
      'string',
      'bfloat16',
    ] as const;
    for (const [i, d] of dtypes.entries()) expect(numbered(i + 1, d), d).toEqual([]);
    expect(numbered(0, 'float32')).toEqual([
      '1:30 input "x" has data_type TYPE_INVALID; the signature\'s float32 is TYPE_FP32 [triton-config-data-type]',
    ]);
    expect(numbered(15, 'float32')).toEqual([
      '1:30 data_type must be a DataType such as TYPE_FP32 [triton-config-data-type]',
    ]);
  });

  it('words each refusal', () => {
    const ok =
      'input { name: "x" data_type: TYPE_FP32 dims: [ -1, 4 ] }\noutput { name: "y" data_type: TYPE_FP32 dims: [ -1, 3 ] }\n';
    expect(check(ok + 'name: "other"')).toEqual([
      '3:7 config name "other" is not the model\'s name "lin": Triton requires the name of the model\'s folder, which modelgate names after model.name [triton-config-name]',
    ]);
    expect(check(ok + 'platform: "tensorflow_savedmodel"')).toEqual([
      '3:11 platform "tensorflow_savedmodel" does not load a onnx model; it is "onnxruntime_onnx" [triton-config-platform]',
    ]);
    expect(check(ok + 'backend: "pytorch"', SIG, 'tensorflow')).toEqual([
      '3:10 backend "pytorch" does not load a tensorflow model; it is "tensorflow" [triton-config-backend]',
    ]);
    expect(check(ok + 'backend: "pytorch"\nplatform: "pytorch_libtorch"', SIG, 'pytorch')).toEqual(
      [],
    );
    expect(
      check(ok + 'platform: "tensorflow_savedmodel"\nbackend: "tensorflow"', SIG, 'tensorflow'),
    ).toEqual([]);
    // Without a framework, platform and backend are not judged.
    expect(checkTritonConfig(ok + 'backend: "x"', 'c', SIG, 'lin')).toEqual([]);
    expect(check(ok + 'name: "lin"\nname: "lin"')).toEqual([
      '4:1 `name` is given more than once [triton-config-duplicate-field]',
    ]);
    expect(check(ok + 'max_batch_size: [ 1 ]')).toEqual([
      '3:1 `max_batch_size` takes one value, not a list [triton-config-value]',
      '3:19 max_batch_size must be an integer of 0 or more [triton-config-value]',
    ]);
    expect(check(ok + 'max_batch_size: "8"')).toEqual([
      '3:17 max_batch_size must be an integer of 0 or more [triton-config-value]',
    ]);
    expect(check(ok + 'max_batch_size: 8.0')).toEqual([
      '3:17 max_batch_size must be an integer of 0 or more [triton-config-value]',
    ]);
    expect(check(ok + 'platform: onnxruntime_onnx')).toEqual([
      '3:11 `platform` must be a quoted string [triton-config-value]',
    ]);
    expect(check(ok + 'input: 3')).toEqual([
      '3:8 each input must be a message { name: … } [triton-config-value]',
    ]);
    expect(check(ok + 'inputs { }')).toEqual([
      '3:1 ModelConfig has no field `inputs`; did you mean `input`? (Triton refuses to load the model) [triton-config-unknown-field]',
    ]);
    expect(check(ok + 'zzzzzz { }')).toEqual([
      '3:1 ModelConfig has no field `zzzzzz` (Triton refuses to load the model) [triton-config-unknown-field]',
    ]);
  });

  it('words each tensor refusal', () => {
    const out = '\noutput { name: "y" data_type: TYPE_FP32 dims: [ -1, 3 ] }';
    const one = (input: string) => check(input + out);
    expect(one('input { name: "x" data_type: TYPE_FP32 dims: [ -1, 4 ] output_dims: 1 }')).toEqual([
      '1:56 ModelInput has no field `output_dims` (Triton refuses to load the model) [triton-config-unknown-field]',
    ]);
    expect(
      check(
        'input { name: "x" data_type: TYPE_FP32 dims: [ -1, 4 ] }\noutput { name: "y" data_type: TYPE_FP32 dims: [ -1, 3 ] format: FORMAT_NONE }',
      ),
    ).toEqual([
      '2:57 ModelOutput has no field `format` (Triton refuses to load the model) [triton-config-unknown-field]',
    ]);
    expect(one('input { name: "x" dims: [ -1, 4 ] }')).toEqual([
      '1:15 input "x" has no data_type; the signature\'s float32 is TYPE_FP32 [triton-config-data-type]',
    ]);
    expect(one('input { data_type: TYPE_FP32 dims: [ -1, 4 ] }')).toEqual([
      '1:7 this input has no name [triton-config-tensor-name]',
      '1:1 the signature\'s input "x" (float32 [ -1, 4 ]) is not in config.pbtxt [triton-config-missing-tensor]',
    ]);
    expect(one('input { name: "x" data_type: TYPE_FP32 }')).toEqual([
      '1:15 input "x" has no dims (Triton requires at least one) [triton-config-dims]',
    ]);
    expect(one('input { name: "x" data_type: TYPE_FP32 dims: [ ] }')).toEqual([
      '1:40 input "x" has empty dims; Triton requires at least one (write dims: [ 1 ] with reshape: { shape: [ ] }) [triton-config-dims]',
    ]);
    expect(one('input { name: "x" data_type: TYPE_FP32 dims: [ -2, 4 ] }')).toEqual([
      '1:48 dims must be integers, -1 for a dimension of any size [triton-config-value]',
    ]);
    expect(one('input { name: "x" data_type: TYPE_FP32 dims: [ -1, 4 ] reshape: 3 }')).toEqual([
      '1:65 reshape must be a message { shape: [ … ] } [triton-config-value]',
    ]);
    expect(
      one('input { name: "x" data_type: TYPE_FP32 dims: [ -1, 4 ] reshape: { shape: [ x ] } }'),
    ).toEqual([
      '1:76 reshape shape must be integers, -1 for a dimension of any size [triton-config-value]',
    ]);
    expect(
      one('input { name: "x" data_type: TYPE_FP32 dims: [ 4 ] reshape: { shape: [ 2, 2 ] } }'),
    ).toEqual([
      '1:52 input "x": reshape [ 2, 2 ] with max_batch_size 0 is the shape [ 2, 2 ]; the signature\'s shape is [ -1, 4 ] [triton-config-shape]',
    ]);
    expect(one('input { name: "x" data_type: TYPE_FP32 dims: [ 4 ] }')).toEqual([
      '1:40 input "x": dims [ 4 ] with max_batch_size 0 is the shape [ 4 ]; with max_batch_size 0 dims are the whole shape; the signature\'s [ -1, 4 ] starts with a batch dimension (set max_batch_size above 0, or write the -1 in dims) [triton-config-shape]',
    ]);
    expect(one('input { name: "x" data_type: TYPE_FP32 dims: [ 4 ] dims: [ 2 ] }')).toEqual([
      '1:40 input "x": dims [ 4, 2 ] with max_batch_size 0 is the shape [ 4, 2 ]; the signature\'s shape is [ -1, 4 ] [triton-config-shape]',
    ]);
    expect(one('input { name: "x" data_type: TYPE_FP3 dims: [ -1, 4 ] }')).toEqual([
      '1:30 data_type must be a DataType such as TYPE_FP32; did you mean `TYPE_FP32`? [triton-config-data-type]',
    ]);
    expect(one('input { name: "x" data_type: "TYPE_FP32" dims: [ -1, 4 ] }')).toEqual([
      '1:30 data_type must be a DataType such as TYPE_FP32 [triton-config-data-type]',
    ]);
    expect(
      one(
        'input { name: "x" data_type: TYPE_FP32 dims: [ -1, 4 ] }\ninput { name: "extra" data_type: TYPE_FP32 dims: [ 1 ] }',
      ),
    ).toEqual([
      '2:15 input "extra" is not in the signature\'s inputs (x) [triton-config-extra-tensor]',
    ]);
    expect(
      one(
        'input { name: "x" data_type: TYPE_FP32 dims: [ -1, 4 ] }\ninput { name: "x" data_type: TYPE_FP32 dims: [ -1, 4 ] }',
      ),
    ).toEqual(['2:15 input "x" is configured twice [triton-config-duplicate-tensor]']);
  });

  it('rethrows what is not a parse error', () => {
    expect(() => checkTritonConfig(undefined as unknown as string, 'c', SIG, 'lin')).toThrow(
      TypeError,
    );
  });
});

describe('generateTritonConfig', () => {
  it('starts with a comment saying who wrote it, and escapes control characters in names', () => {
    const sig: Signature = {
      inputs: [{ name: 'a\tb\x7f', dtype: 'float32', shape: [2] }],
      outputs: [{ name: 'y', dtype: 'float32', shape: [2] }],
    };
    const text = generateTritonConfig('lin', sig, 'onnx');
    expect(text.split('\n')[0]).toBe(
      '# Written by modelgate from model.signature (the manifest gave no serve.config).',
    );
    expect(text).toContain('name: "a\\011b\\177"');
    expect(checkTritonConfig(text, 'c', sig, 'lin', 'onnx')).toEqual([]);
  });

  it('does not batch when a tensor lacks the batch dimension or is only it', () => {
    const tensor = (shape: number[]) => ({ name: 'y', dtype: 'float32' as const, shape });
    const mbs = (shape: number[]) =>
      /max_batch_size: (\d+)/.exec(
        generateTritonConfig('lin', { inputs: SIG.inputs, outputs: [tensor(shape)] }, 'onnx'),
      )![1];
    expect(mbs([-1, 3])).toBe('1024');
    expect(mbs([-1])).toBe('0');
    expect(mbs([3, -1])).toBe('0');
    expect(mbs([])).toBe('0');
  });

  it("names the data types each Triton backend lacks, after Triton's data type table", () => {
    expect(TRITON_UNSUPPORTED).toEqual({
      onnx: ['bfloat16'],
      pytorch: ['uint16', 'uint32', 'uint64', 'float16', 'string', 'bfloat16'],
      tensorrt: ['uint16', 'uint32', 'uint64', 'int16', 'float64', 'string'],
    });
  });
});
