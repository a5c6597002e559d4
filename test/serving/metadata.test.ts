import { describe, expect, it } from 'vitest';
import type { Signature } from '../../src/manifest/types.js';
import { diffSignature, fromKServe, fromTfServing } from '../../src/serving/metadata.js';

const SIG: Signature = {
  inputs: [{ name: 'x', dtype: 'float32', shape: [-1, 4] }],
  outputs: [{ name: 'y', dtype: 'float32', shape: [-1, 3] }],
};

const v2 = (inputs: { name: string; datatype: string; shape: number[] }[]) =>
  fromKServe({
    name: 'm',
    platform: 'p',
    inputs,
    outputs: [{ name: 'y', datatype: 'FP32', shape: [-1, 3] }],
  });

describe('served metadata against model.signature', () => {
  it('finds nothing when names, datatypes and shapes agree (-1 matches any size)', () => {
    expect(diffSignature(v2([{ name: 'x', datatype: 'FP32', shape: [-1, 4] }]), SIG)).toEqual([]);
    expect(diffSignature(v2([{ name: 'x', datatype: 'FP32', shape: [8, -1] }]), SIG)).toEqual([]);
  });

  it('names a missing input and the unexpected one served instead', () => {
    const d = diffSignature(v2([{ name: 'x_renamed', datatype: 'FP32', shape: [-1, 4] }]), SIG);
    expect(d.map((x) => [x.kind, x.tensor])).toEqual([
      ['missing', 'x'],
      ['unexpected', 'x_renamed'],
    ]);
    expect(d[0]!.message).toBe('the server has no input `x` (it serves `x_renamed`)');
  });

  it('names a changed datatype and a changed shape', () => {
    const d = diffSignature(v2([{ name: 'x', datatype: 'FP64', shape: [-1, 5] }]), SIG);
    expect(d.map((x) => x.message)).toEqual([
      'input `x` is served as float64; the signature says float32',
      'input `x` is served with shape [-1, 5]; the signature says [-1, 4]',
    ]);
    expect(diffSignature(v2([{ name: 'x', datatype: 'FP32', shape: [4] }]), SIG)[0]!.kind).toBe(
      'shape',
    );
  });

  it('reads TF Serving dtypes, and does not judge the shape of an unknown rank', () => {
    const served = fromTfServing({
      inputs: [{ name: 'x', dtype: 'DT_DOUBLE', shape: undefined }],
      outputs: [{ name: 'y', dtype: 'DT_FLOAT', shape: [-1, 3] }],
      method_name: 'tensorflow/serving/predict',
    });
    expect(diffSignature(served, SIG).map((x) => x.message)).toEqual([
      'input `x` is served as float64; the signature says float32',
    ]);
  });
});
