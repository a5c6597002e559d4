import { UsageError } from '../errors.js';
import type { Target } from '../manifest/types.js';
import { closest } from '../manifest/suggest.js';

/** One job of the fan-out: what `test --manifest M --target T` needs, plus what its name shows. */
export interface MatrixEntry {
  model: string;
  manifest: string;
  target: string;
  image: string;
  required: boolean;
}

/** The shape `strategy.matrix` takes in a workflow: `matrix: ${{ fromJSON(…) }}`. */
export interface Matrix {
  include: MatrixEntry[];
}

/** The targets `test --target NAME` runs: all of them without a name; else the one so named. */
export function selectTargets(targets: readonly Target[], name: string | undefined): Target[] {
  return name === undefined ? [...targets] : targets.filter((t) => t.name === name);
}

/**
 * `known` lists every selected model's targets: when several models are tested, one may lack
 * the target, but a name no model has is a typo.
 */
export function unknownTarget(name: string, known: readonly string[]): UsageError {
  const guess = closest(name, known);
  return new UsageError(
    `no compatibility target named ${JSON.stringify(name)}${guess ? `; did you mean ${guess}?` : ''}`,
    known.length
      ? `the manifest's targets: ${known.join(', ')}`
      : 'the manifest has no compatibility.targets',
  );
}
