// Triton's model configuration (config.pbtxt, a ModelConfig in protobuf text format): written
// from model.signature when the manifest gives none, and a user's own checked against the
// signature. The authorities are Triton's "Model Configuration" document
// (docs/user_guide/model_configuration.md) and the ModelConfig protobuf
// (triton-inference-server/common, protobuf/model_config.proto):
//
// - the full shape of a tensor is `dims` when max_batch_size is 0 and `[-1] + dims` when it
//   is above 0 (dims exclude the batch dimension, which every input and output then has);
// - -1 in dims is a dimension of any size; dims must not be empty, so a scalar is written
//   `dims: [ 1 ]` with `reshape: { shape: [ ] }`, the reshape being the shape the model itself
//   takes or gives;
// - `name`, when given, must be the model's folder name in the repository;
// - Triton's parser refuses a field ModelConfig does not have, so a misspelt field stops the
//   model from loading: it is an error here too.
import type { Finding } from '../findings.js';
import type { Dtype, Framework, Signature, TensorSpec } from '../manifest/types.js';
import { closest } from '../manifest/suggest.js';
import {
  fieldsNamed,
  parsePbtxt,
  PbtxtError,
  valuesOf,
  type PbField,
  type PbMessage,
  type PbValue,
  type Position,
} from './pbtxt.js';

/** The ModelConfig DataType of each signature dtype (model_config.proto, enum DataType). */
export const TRITON_DATA_TYPE: Record<Dtype, string> = {
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
};

/** DataType by its enum number, for a config that writes `data_type: 11`. */
const DATA_TYPE_BY_NUMBER = [
  'TYPE_INVALID',
  'TYPE_BOOL',
  'TYPE_UINT8',
  'TYPE_UINT16',
  'TYPE_UINT32',
  'TYPE_UINT64',
  'TYPE_INT8',
  'TYPE_INT16',
  'TYPE_INT32',
  'TYPE_INT64',
  'TYPE_FP16',
  'TYPE_FP32',
  'TYPE_FP64',
  'TYPE_STRING',
  'TYPE_BF16',
];

/** The platform and backend names of the frameworks a Triton layout serves. */
export const TRITON_PLATFORM: Partial<Record<Framework, { platform: string; backend: string }>> = {
  onnx: { platform: 'onnxruntime_onnx', backend: 'onnxruntime' },
  pytorch: { platform: 'pytorch_libtorch', backend: 'pytorch' },
  tensorflow: { platform: 'tensorflow_savedmodel', backend: 'tensorflow' },
  tensorrt: { platform: 'tensorrt_plan', backend: 'tensorrt' },
};

/**
 * The data types Triton's document says each backend does not support ("If a model framework
 * does not have an entry for a given datatype, then Triton does not support that datatype for
 * that model"). The TensorFlow column is not in the current document, so nothing is refused
 * for it.
 */
export const TRITON_UNSUPPORTED: Partial<Record<Framework, readonly Dtype[]>> = {
  onnx: ['bfloat16'],
  pytorch: ['uint16', 'uint32', 'uint64', 'float16', 'string', 'bfloat16'],
  tensorrt: ['uint16', 'uint32', 'uint64', 'int16', 'float64', 'string'],
};

/**
 * The max_batch_size of a generated configuration whose every tensor starts with a batch
 * dimension: large enough that a golden sample or a batch-mode load is not refused for its
 * rows (Triton only allocates per request for the ONNX, PyTorch and TensorFlow backends).
 */
export const GENERATED_MAX_BATCH_SIZE = 1024;

const MODEL_CONFIG_FIELDS = [
  'name',
  'platform',
  'backend',
  'runtime',
  'version_policy',
  'max_batch_size',
  'input',
  'output',
  'batch_input',
  'batch_output',
  'optimization',
  'dynamic_batching',
  'sequence_batching',
  'ensemble_scheduling',
  'instance_group',
  'default_model_filename',
  'cc_model_filenames',
  'metric_tags',
  'parameters',
  'model_warmup',
  'model_operations',
  'model_transaction_policy',
  'model_repository_agents',
  'response_cache',
  'model_metrics',
];
const REPEATED_CONFIG_FIELDS = new Set([
  'input',
  'output',
  'batch_input',
  'batch_output',
  'instance_group',
  'cc_model_filenames',
  'metric_tags',
  'parameters',
  'model_warmup',
]);
const TENSOR_FIELDS = {
  input: [
    'name',
    'data_type',
    'format',
    'dims',
    'reshape',
    'is_shape_tensor',
    'allow_ragged_batch',
    'optional',
    'is_non_linear_format_io',
  ],
  output: [
    'name',
    'data_type',
    'dims',
    'reshape',
    'label_filename',
    'is_shape_tensor',
    'is_non_linear_format_io',
  ],
} as const;

/**
 * True when every input and output has a leading -1 and more after it: Triton may then batch
 * along it, and dims are the rest. A tensor that is only the batch dimension ([-1]) would
 * need `dims: [ 1 ]` with a reshape, so that clients see [-1, 1] instead of the signature's
 * [-1]; then max_batch_size 0 with the full shapes serves exactly the signature.
 */
export function signatureBatches(signature: Signature): boolean {
  return [...signature.inputs, ...signature.outputs].every(
    (t) => t.shape[0] === -1 && t.shape.length >= 2,
  );
}

function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (cp < 0x20 || cp === 0x7f) out += '\\' + cp.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + '"';
}

const list = (xs: readonly number[]) => (xs.length === 0 ? '[ ]' : `[ ${xs.join(', ')} ]`);

/**
 * A config.pbtxt for `modelName` from its signature: the framework's platform, max_batch_size
 * GENERATED_MAX_BATCH_SIZE with dims after the batch dimension when signatureBatches (else 0
 * and the full shapes), each tensor's TYPE_*, and `dims: [ 1 ]` with an empty reshape for a
 * scalar. Throws for a framework Triton's layout does not serve.
 */
export function generateTritonConfig(
  modelName: string,
  signature: Signature,
  framework: Framework,
): string {
  const platform = TRITON_PLATFORM[framework];
  if (platform === undefined) {
    throw new Error(`Triton's model repository has no platform for framework ${framework}`);
  }
  const batches = signatureBatches(signature);
  const tensors = (side: 'input' | 'output', ts: TensorSpec[]) => {
    const blocks = ts.map((t) => {
      const shape = batches ? t.shape.slice(1) : t.shape;
      const lines = [
        '  {',
        `    name: ${quote(t.name)}`,
        `    data_type: ${TRITON_DATA_TYPE[t.dtype]}`,
        `    dims: ${list(shape.length === 0 ? [1] : shape)}`,
      ];
      if (shape.length === 0) lines.push('    reshape: { shape: [ ] }');
      return [...lines, '  }'].join('\n');
    });
    return `${side} [\n${blocks.join(',\n')}\n]`;
  };
  return [
    '# Written by modelgate from model.signature (the manifest gave no serve.config).',
    `name: ${quote(modelName)}`,
    `platform: ${quote(platform.platform)}`,
    `max_batch_size: ${batches ? GENERATED_MAX_BATCH_SIZE : 0}`,
    tensors('input', signature.inputs),
    tensors('output', signature.outputs),
    '',
  ].join('\n');
}

interface ConfigTensor {
  name?: string;
  at: Position;
  nameAt?: Position;
  dataType?: string;
  dataTypeAt?: Position;
  dims?: number[];
  dimsAt?: Position;
  reshape?: number[];
  reshapeAt?: Position;
}

/**
 * Checks a user's config.pbtxt (`text`, shown as `file`) against the manifest: its syntax, that
 * every field is one ModelConfig has, the name, the platform or backend of `framework`, and
 * that the inputs and outputs are the signature's (names, data types, shapes with the batch
 * dimension max_batch_size adds). Each finding is at the config's line; without a signature
 * only the file itself is checked.
 */
export function checkTritonConfig(
  text: string,
  file: string,
  signature: Signature | undefined,
  modelName: string,
  framework?: Framework,
): Finding[] {
  const findings: Finding[] = [];
  const error = (rule: string, message: string, at: Position) =>
    findings.push({
      severity: 'error',
      rule,
      message,
      location: { file, line: at.line, column: at.column },
    });

  let config: PbMessage;
  try {
    config = parsePbtxt(text, file);
  } catch (err) {
    if (!(err instanceof PbtxtError)) throw err;
    error('triton-config-syntax', `config.pbtxt does not parse: ${err.reason}`, err);
    return findings;
  }

  checkFields(config, MODEL_CONFIG_FIELDS, REPEATED_CONFIG_FIELDS, 'ModelConfig', error);

  const name = singleString(config, 'name', error);
  if (name !== undefined && name.value !== modelName) {
    error(
      'triton-config-name',
      `config name "${name.value}" is not the model's name "${modelName}": Triton requires the name of the model's folder, which modelgate names after model.name`,
      name.at,
    );
  }
  const expected = framework === undefined ? undefined : TRITON_PLATFORM[framework];
  if (expected !== undefined) {
    const platform = singleString(config, 'platform', error);
    if (platform !== undefined && platform.value !== expected.platform) {
      error(
        'triton-config-platform',
        `platform "${platform.value}" does not load a ${framework} model; it is "${expected.platform}"`,
        platform.at,
      );
    }
    const backend = singleString(config, 'backend', error);
    if (backend !== undefined && backend.value !== expected.backend) {
      error(
        'triton-config-backend',
        `backend "${backend.value}" does not load a ${framework} model; it is "${expected.backend}"`,
        backend.at,
      );
    }
  }

  const mbs = readMaxBatchSize(config, error);
  const maxBatch = mbs?.value ?? 0;
  const maxBatchAt = mbs?.at;

  for (const side of ['input', 'output'] as const) {
    const occurrences = fieldsNamed(config, side);
    const tensors = readTensors(config, side, error);
    if (signature === undefined) continue;
    const promised = side === 'input' ? signature.inputs : signature.outputs;
    const byName = new Map<string, ConfigTensor>();
    for (const t of tensors) {
      if (t.name === undefined) continue;
      if (byName.has(t.name)) {
        error(
          'triton-config-duplicate-tensor',
          `${side} "${t.name}" is configured twice`,
          t.nameAt!,
        );
        continue;
      }
      byName.set(t.name, t);
      const spec = promised.find((s) => s.name === t.name);
      if (spec === undefined) {
        error(
          'triton-config-extra-tensor',
          `${side} "${t.name}" is not in the signature's ${side}s (${promised.map((s) => s.name).join(', ')})`,
          t.nameAt!,
        );
        continue;
      }
      compareTensor(side, t, spec, maxBatch, maxBatchAt, error);
    }
    for (const s of promised) {
      if (byName.has(s.name)) continue;
      error(
        'triton-config-missing-tensor',
        `the signature's ${side} "${s.name}" (${s.dtype} ${list(s.shape)}) is not in config.pbtxt`,
        occurrences[0] ?? { line: 1, column: 1 },
      );
    }
  }
  return findings;
}

type ErrorAt = (rule: string, message: string, at: Position) => void;

/** max_batch_size and where it is written; undefined when absent (0) or not valid (an error). */
function readMaxBatchSize(
  config: PbMessage,
  error: ErrorAt,
): { value: number; at: Position } | undefined {
  const mbs = fieldsNamed(config, 'max_batch_size')[0];
  if (mbs === undefined) return undefined;
  const v = mbs.values[0];
  if (mbs.list || v?.kind !== 'number' || !v.integer || v.value < 0) {
    error('triton-config-value', 'max_batch_size must be an integer of 0 or more', v ?? mbs);
    return undefined;
  }
  return { value: v.value, at: { line: mbs.line, column: mbs.column } };
}

/**
 * The max_batch_size a config.pbtxt sets (0 when it sets none) and its line; undefined when the
 * text does not parse or the value is not valid, which checkTritonConfig reports.
 */
export function maxBatchSizeOf(
  text: string,
  file: string,
): { value: number; at?: Position } | undefined {
  let config: PbMessage;
  try {
    config = parsePbtxt(text, file);
  } catch (err) {
    if (err instanceof PbtxtError) return undefined;
    throw err;
  }
  let valid = true;
  const mbs = readMaxBatchSize(config, () => (valid = false));
  return valid ? (mbs ?? { value: 0 }) : undefined;
}

function checkFields(
  m: PbMessage,
  known: readonly string[],
  repeated: ReadonlySet<string>,
  what: string,
  error: ErrorAt,
): void {
  const seen = new Set<string>();
  for (const f of m.fields) {
    if (!known.includes(f.name)) {
      const guess = closest(f.name, [...known]);
      error(
        'triton-config-unknown-field',
        `${what} has no field \`${f.name}\`${guess ? `; did you mean \`${guess}\`?` : ''} (Triton refuses to load the model)`,
        f,
      );
      continue;
    }
    if (repeated.has(f.name)) continue;
    if (f.list) {
      error('triton-config-value', `\`${f.name}\` takes one value, not a list`, f);
    } else if (seen.has(f.name)) {
      error('triton-config-duplicate-field', `\`${f.name}\` is given more than once`, f);
    }
    seen.add(f.name);
  }
}

function singleString(
  m: PbMessage,
  name: string,
  error: ErrorAt,
): { value: string; at: Position } | undefined {
  const f = fieldsNamed(m, name)[0];
  if (f === undefined || f.list) return undefined;
  const v = f.values[0]!;
  if (v.kind !== 'string') {
    error('triton-config-value', `\`${name}\` must be a quoted string`, v);
    return undefined;
  }
  return { value: v.value, at: v };
}

function integers(f: PbField, what: string, error: ErrorAt): number[] | undefined {
  const out: number[] = [];
  for (const v of f.values) {
    if (v.kind !== 'number' || !v.integer || v.value < -1) {
      error('triton-config-value', `${what} must be integers, -1 for a dimension of any size`, v);
      return undefined;
    }
    out.push(v.value);
  }
  return out;
}

function readTensors(config: PbMessage, side: 'input' | 'output', error: ErrorAt): ConfigTensor[] {
  const tensors: ConfigTensor[] = [];
  for (const v of valuesOf(config, side)) {
    if (v.kind !== 'message') {
      error('triton-config-value', `each ${side} must be a message { name: … }`, v);
      continue;
    }
    const m = v.message;
    checkFields(
      m,
      TENSOR_FIELDS[side],
      new Set(['dims']),
      `Model${side === 'input' ? 'Input' : 'Output'}`,
      error,
    );
    const t: ConfigTensor = { at: v };
    const name = singleString(m, 'name', error);
    if (name === undefined) {
      if (fieldsNamed(m, 'name').length === 0)
        error('triton-config-tensor-name', `this ${side} has no name`, v);
    } else {
      t.name = name.value;
      t.nameAt = name.at;
    }
    const dt = fieldsNamed(m, 'data_type')[0];
    const dtv: PbValue | undefined = dt?.values[0];
    if (dtv !== undefined && !dt!.list) {
      const type =
        dtv.kind === 'identifier'
          ? dtv.value
          : dtv.kind === 'number' && dtv.integer
            ? DATA_TYPE_BY_NUMBER[dtv.value]
            : undefined;
      if (type === undefined || !DATA_TYPE_BY_NUMBER.includes(type)) {
        const guess =
          dtv.kind === 'identifier' ? closest(dtv.value, DATA_TYPE_BY_NUMBER.slice(1)) : undefined;
        error(
          'triton-config-data-type',
          `data_type must be a DataType such as TYPE_FP32${guess ? `; did you mean \`${guess}\`?` : ''}`,
          dtv,
        );
      } else t.dataType = type;
      t.dataTypeAt = dtv;
    }
    const dims = fieldsNamed(m, 'dims');
    if (dims.length > 0) {
      const all = dims.map((f) => integers(f, 'dims', error));
      if (all.every((d) => d !== undefined)) t.dims = all.flat();
      t.dimsAt = dims[0];
    }
    const reshape = fieldsNamed(m, 'reshape')[0];
    const rv = reshape?.values[0];
    if (rv !== undefined) {
      if (rv.kind !== 'message')
        error('triton-config-value', 'reshape must be a message { shape: [ … ] }', rv);
      else {
        checkFields(rv.message, ['shape'], new Set(['shape']), 'ModelTensorReshape', error);
        const shape = fieldsNamed(rv.message, 'shape').map((f) =>
          integers(f, 'reshape shape', error),
        );
        if (shape.every((d) => d !== undefined)) t.reshape = shape.flat();
        t.reshapeAt = reshape;
      }
    }
    tensors.push(t);
  }
  return tensors;
}

function compareTensor(
  side: 'input' | 'output',
  t: ConfigTensor,
  spec: TensorSpec,
  maxBatch: number,
  maxBatchAt: Position | undefined,
  error: ErrorAt,
): void {
  const want = TRITON_DATA_TYPE[spec.dtype];
  if (t.dataType === undefined) {
    if (t.dataTypeAt === undefined) {
      error(
        'triton-config-data-type',
        `${side} "${t.name}" has no data_type; the signature's ${spec.dtype} is ${want}`,
        t.nameAt ?? t.at,
      );
    }
  } else if (t.dataType !== want) {
    error(
      'triton-config-data-type',
      `${side} "${t.name}" has data_type ${t.dataType}; the signature's ${spec.dtype} is ${want}`,
      t.dataTypeAt!,
    );
  }
  if (t.dims === undefined) {
    if (t.dimsAt === undefined) {
      error(
        'triton-config-dims',
        `${side} "${t.name}" has no dims (Triton requires at least one)`,
        t.nameAt ?? t.at,
      );
    }
    return;
  }
  if (t.dims.length === 0) {
    error(
      'triton-config-dims',
      `${side} "${t.name}" has empty dims; Triton requires at least one (write dims: [ 1 ] with reshape: { shape: [ ] })`,
      t.dimsAt!,
    );
    return;
  }
  const batch = maxBatch > 0 ? [-1] : [];
  const model = t.reshape ?? t.dims;
  const shape = [...batch, ...model];
  if (shape.length === spec.shape.length && shape.every((d, i) => d === spec.shape[i])) return;
  const at = t.reshape !== undefined ? t.reshapeAt! : t.dimsAt!;
  const written = t.reshape !== undefined ? `reshape ${list(t.reshape)}` : `dims ${list(t.dims)}`;
  let why: string;
  if (maxBatch > 0 && spec.shape[0] !== -1) {
    why = `max_batch_size ${maxBatch}${maxBatchAt ? ` (line ${maxBatchAt.line})` : ''} adds a batch dimension the signature's shape ${list(spec.shape)} does not have`;
  } else if (maxBatch === 0 && spec.shape[0] === -1 && model.length === spec.shape.length - 1) {
    why = `with max_batch_size 0 dims are the whole shape; the signature's ${list(spec.shape)} starts with a batch dimension (set max_batch_size above 0, or write the -1 in dims)`;
  } else {
    why = `the signature's shape is ${list(spec.shape)}${maxBatch > 0 ? ` (dims exclude the batch dimension: ${list(spec.shape.slice(1))})` : ''}`;
  }
  error(
    'triton-config-shape',
    `${side} "${t.name}": ${written} with max_batch_size ${maxBatch} is the shape ${list(shape)}; ${why}`,
    at,
  );
}
