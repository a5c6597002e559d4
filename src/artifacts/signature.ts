import type { Signature, TensorSpec } from '../manifest/types.js';

export interface SignatureMismatch {
  /** Where in the manifest's `signature` the problem is, for the finding's location. */
  at: (string | number)[];
  message: string;
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** -1 on either side is a dimension of any size. */
function shapesAgree(declared: readonly number[], actual: readonly number[]): boolean {
  return (
    declared.length === actual.length &&
    declared.every((d, i) => d === -1 || actual[i] === -1 || d === actual[i])
  );
}

function compareSide(
  side: 'inputs' | 'outputs',
  declared: readonly TensorSpec[],
  actual: readonly TensorSpec[] | undefined,
): SignatureMismatch[] {
  if (!actual) return [];
  const out: SignatureMismatch[] = [];
  const byName = new Map(actual.map((t) => [t.name, t]));
  declared.forEach((d, i) => {
    const a = byName.get(d.name);
    const at = ['model', 'signature', side, i];
    if (!a) {
      out.push({
        at,
        message: `the model has no ${side.slice(0, -1)} named ${JSON.stringify(d.name)}; it has ${actual.map((t) => JSON.stringify(t.name)).join(', ') || 'none'}`,
      });
      return;
    }
    if (a.dtype && a.dtype !== d.dtype) {
      out.push({
        at,
        message: `${side.slice(0, -1)} ${JSON.stringify(d.name)} is ${a.dtype} in the model, ${d.dtype} in the manifest`,
      });
    }
    if (!shapesAgree(d.shape, a.shape)) {
      out.push({
        at,
        message: `${side.slice(0, -1)} ${JSON.stringify(d.name)} has shape ${shapeText(a.shape)} in the model, ${shapeText(d.shape)} in the manifest`,
      });
    }
  });
  // A model input nobody feeds makes every request fail; an extra output harms no one.
  if (side === 'inputs') {
    const names = new Set(declared.map((d) => d.name));
    for (const a of actual) {
      if (!names.has(a.name))
        out.push({
          at: ['model', 'signature', side],
          message: `the model needs an input ${JSON.stringify(a.name)} that the manifest does not declare`,
        });
    }
  }
  return out;
}

/** Differences between the manifest's signature and the one the artifact carries. */
export function compareSignature(
  declared: Signature,
  actual: Partial<Signature>,
): SignatureMismatch[] {
  return [
    ...compareSide('inputs', declared.inputs, actual.inputs),
    ...compareSide('outputs', declared.outputs, actual.outputs),
  ];
}
