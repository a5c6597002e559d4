import { describe, expect, it } from 'vitest';
import { EngineUnavailableError } from '../../src/compat/engine.js';
import {
  ConfigError,
  errorKindOf,
  GateError,
  InfraError,
  ModelgateError,
  UsageError,
} from '../../src/errors.js';
import {
  ConflictError,
  CorruptRegistryError,
  RefusedError,
  StoreError,
} from '../../src/registry/errors.js';

/** A ModelgateError of none of the four families, as a future one might be. */
class OtherCheckError extends ModelgateError {
  readonly exitCode = 1;
}
class OtherUsageError extends ModelgateError {
  readonly exitCode = 2;
}

describe('errorKindOf: what the error-kind output says', () => {
  it.each([
    ['a gate that refused', new GateError('no'), 'check'],
    ['a conflicting re-publish', new ConflictError('taken'), 'check'],
    ['a write a pull request may not make', new RefusedError('read-only'), 'check'],
    ['a bad flag', new UsageError('--to?'), 'usage'],
    ['a manifest that cannot be used', new ConfigError('bad', 'modelgate.yaml'), 'usage'],
    ['an unreachable store', new StoreError('ECONNREFUSED'), 'infrastructure'],
    ['a registry whose log does not verify', new CorruptRegistryError('edited'), 'infrastructure'],
    ['a missing engine', new EngineUnavailableError('no docker'), 'infrastructure'],
    ['any other infrastructure failure', new InfraError('down'), 'infrastructure'],
    ['another refusal (exit 1)', new OtherCheckError('no'), 'check'],
    ['another exit-2 error of ours', new OtherUsageError('no'), 'usage'],
    ['a bug in modelgate', new TypeError('x is undefined'), 'infrastructure'],
    ['something thrown that is not an Error', 'a string', 'infrastructure'],
  ])('%s → %s', (_what, err, kind) => {
    expect(errorKindOf(err)).toBe(kind);
  });
});
