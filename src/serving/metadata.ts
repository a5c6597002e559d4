/**
 * What the server says it serves, against what `model.signature` promises: the metadata of
 * either protocol brought to one form, then compared tensor by tensor.
 */
import type { Dtype, Signature, TensorSpec } from '../manifest/types.js';
import type { V2ModelMetadata } from './kserve.js';
import type { TfSignature } from './tfserving.js';

/** A tensor as a server describes it; `dtype` in the signature's words when it has one. */
export interface ServedTensor {
  name: string;
  /** The signature's dtype (float32, …), or the server's own word when it has no equivalent. */
  dtype: string;
  /** Undefined when the server does not say (TF Serving's unknown rank). */
  shape?: number[];
}

export interface ServedSignature {
  inputs: ServedTensor[];
  outputs: ServedTensor[];
}

/** The protocol's datatype (FP32) in the signature's words (float32). */
const V2_DTYPE: Record<string, Dtype> = {
  BOOL: 'bool',
  UINT8: 'uint8',
  UINT16: 'uint16',
  UINT32: 'uint32',
  UINT64: 'uint64',
  INT8: 'int8',
  INT16: 'int16',
  INT32: 'int32',
  INT64: 'int64',
  FP16: 'float16',
  BF16: 'bfloat16',
  FP32: 'float32',
  FP64: 'float64',
  BYTES: 'string',
};

/** TensorFlow's DataType enum names (tensorflow/core/framework/types.proto). */
const TF_DTYPE: Record<string, Dtype> = {
  DT_BOOL: 'bool',
  DT_UINT8: 'uint8',
  DT_UINT16: 'uint16',
  DT_UINT32: 'uint32',
  DT_UINT64: 'uint64',
  DT_INT8: 'int8',
  DT_INT16: 'int16',
  DT_INT32: 'int32',
  DT_INT64: 'int64',
  DT_HALF: 'float16',
  DT_BFLOAT16: 'bfloat16',
  DT_FLOAT: 'float32',
  DT_DOUBLE: 'float64',
  DT_STRING: 'string',
};

export function fromKServe(m: V2ModelMetadata): ServedSignature {
  const t = (x: V2ModelMetadata['inputs'][number]): ServedTensor => ({
    name: x.name,
    dtype: V2_DTYPE[x.datatype] ?? x.datatype,
    shape: x.shape,
  });
  return { inputs: m.inputs.map(t), outputs: m.outputs.map(t) };
}

export function fromTfServing(s: TfSignature): ServedSignature {
  const t = (x: TfSignature['inputs'][number]): ServedTensor => ({
    name: x.name,
    dtype: TF_DTYPE[x.dtype] ?? x.dtype,
    shape: x.shape,
  });
  return { inputs: s.inputs.map(t), outputs: s.outputs.map(t) };
}

/** One way the served signature departs from the manifest's. */
export interface MetadataDifference {
  kind: 'missing' | 'unexpected' | 'dtype' | 'shape';
  side: 'input' | 'output';
  tensor: string;
  message: string;
}

const dims = (s: readonly number[]) => `[${s.join(', ')}]`;

/** Whether two dimensions can be the same size: equal, or one of them any size (-1). */
const compatible = (a: number, b: number) => a === b || a < 0 || b < 0;

/**
 * The differences between `served` and `signature`: a tensor the signature has and the server
 * does not (or the reverse), a different dtype, a shape of another rank or a fixed dimension of
 * another size (a -1 on either side matches any size). Each names the tensor.
 */
export function diffSignature(served: ServedSignature, signature: Signature): MetadataDifference[] {
  const out: MetadataDifference[] = [];
  for (const side of ['input', 'output'] as const) {
    const want: readonly TensorSpec[] = side === 'input' ? signature.inputs : signature.outputs;
    const got = side === 'input' ? served.inputs : served.outputs;
    const byName = new Map(got.map((t) => [t.name, t]));
    for (const w of want) {
      const g = byName.get(w.name);
      if (!g) {
        out.push({
          kind: 'missing',
          side,
          tensor: w.name,
          message: `the server has no ${side} \`${w.name}\` (it serves ${got.map((t) => `\`${t.name}\``).join(', ') || 'none'})`,
        });
        continue;
      }
      if (g.dtype !== w.dtype)
        out.push({
          kind: 'dtype',
          side,
          tensor: w.name,
          message: `${side} \`${w.name}\` is served as ${g.dtype}; the signature says ${w.dtype}`,
        });
      if (
        g.shape !== undefined &&
        (g.shape.length !== w.shape.length || g.shape.some((d, i) => !compatible(d, w.shape[i]!)))
      )
        out.push({
          kind: 'shape',
          side,
          tensor: w.name,
          message: `${side} \`${w.name}\` is served with shape ${dims(g.shape)}; the signature says ${dims(w.shape)}`,
        });
    }
    const known = new Set(want.map((w) => w.name));
    for (const g of got)
      if (!known.has(g.name))
        out.push({
          kind: 'unexpected',
          side,
          tensor: g.name,
          message: `the server has ${side === 'input' ? 'an input' : 'an output'} \`${g.name}\` the signature does not declare`,
        });
  }
  return out;
}
