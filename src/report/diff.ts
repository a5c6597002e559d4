import type { Signature, TensorSpec } from '../manifest/types.js';
import type { ArtifactRow, SignatureChange, SignatureDiff } from './model.js';

export function describeTensor(t: TensorSpec): string {
  return `${t.dtype} [${t.shape.join(', ')}]`;
}

/**
 * Whether a value of shape `given` fits where `expected` is declared: same rank, and each
 * fixed dimension equal (-1 accepts any size).
 */
function fits(given: readonly number[], expected: readonly number[]): boolean {
  return given.length === expected.length && expected.every((d, i) => d === -1 || d === given[i]);
}

/**
 * What changes for callers when `next` replaces `production`. Inputs are what callers send:
 * one removed, added (callers do not send it) or of another dtype breaks them, and so does a
 * shape that no longer accepts what production accepted. Outputs are what consumers read: one
 * removed or of another dtype breaks them, a new one does not, and a shape breaks them when
 * what it produces no longer fits what production promised.
 */
export function diffSignature(
  production: Partial<Signature>,
  next: Partial<Signature>,
  against: string,
): SignatureDiff {
  // A side that either version leaves undeclared cannot be compared, so it is not.
  const side = (name: 'input' | 'output', before?: TensorSpec[], after?: TensorSpec[]) =>
    before && after ? diffSide(name, before, after) : [];
  return {
    against,
    changes: [
      ...side('input', production.inputs, next.inputs),
      ...side('output', production.outputs, next.outputs),
    ],
  };
}

function diffSide(
  side: 'input' | 'output',
  before: readonly TensorSpec[],
  after: readonly TensorSpec[],
): SignatureChange[] {
  const changes: SignatureChange[] = [];
  const now = new Map(after.map((t) => [t.name, t]));
  for (const old of before) {
    const t = now.get(old.name);
    const base = { side, name: old.name, before: describeTensor(old) };
    if (!t) {
      changes.push({ ...base, kind: 'removed', breaking: true });
    } else if (t.dtype !== old.dtype) {
      changes.push({ ...base, kind: 'dtype', after: describeTensor(t), breaking: true });
    } else if (t.shape.join() !== old.shape.join()) {
      // An input must still accept every shape production accepted; an output must still
      // produce shapes production's promise covers.
      const breaking = side === 'input' ? !fits(old.shape, t.shape) : !fits(t.shape, old.shape);
      changes.push({ ...base, kind: 'shape', after: describeTensor(t), breaking });
    }
  }
  const had = new Set(before.map((t) => t.name));
  for (const t of after) {
    if (!had.has(t.name)) {
      changes.push({
        side,
        name: t.name,
        kind: 'added',
        after: describeTensor(t),
        breaking: side === 'input',
      });
    }
  }
  return changes;
}

/** An artifact of the production version, as its version record lists it. */
export interface ProductionArtifact {
  path: string;
  size?: number;
  sha256?: string;
}

/** The production version as its registry record has it; a `VersionRecord` is one. */
export interface ProductionVersion {
  version: string;
  artifacts: readonly ProductionArtifact[];
  signature?: Partial<Signature>;
}

/**
 * Marks each artifact against the production artifact of the same path (new, changed with
 * its size change, unchanged) and appends the production artifacts this version drops.
 * `keys[i]` is the path production knows row i by, when the row shows another.
 */
export function diffArtifacts(
  rows: readonly ArtifactRow[],
  production: readonly ProductionArtifact[],
  keys: readonly string[] = rows.map((r) => r.path),
): ArtifactRow[] {
  const prod = new Map(production.map((p) => [p.path, p]));
  const delta = (size: number | undefined, before: number | undefined) =>
    size !== undefined && before !== undefined ? size - before : undefined;
  const out: ArtifactRow[] = rows.map((a, i) => {
    const p = prod.get(keys[i]!);
    if (!p) return { ...a, change: 'added' };
    const same = a.sha256 !== undefined && a.sha256 === p.sha256;
    return { ...a, change: same ? 'unchanged' : 'changed', sizeDelta: delta(a.size, p.size) };
  });
  const kept = new Set(keys);
  for (const p of production) {
    if (!kept.has(p.path)) {
      out.push({
        path: p.path,
        size: p.size,
        sha256: p.sha256,
        change: 'removed',
        sizeDelta: delta(0, p.size),
      });
    }
  }
  return out;
}
