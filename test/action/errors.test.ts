import { describe, expect, it } from 'vitest';
import { EngineUnavailableError } from '../../src/compat/engine.js';
import {
  ConfigError,
  describeError,
  errorKindOf,
  exitCodeOf,
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

describe('describeError: what the user reads', () => {
  it('is the message of one of ours, with its hint on a line of its own', () => {
    expect(describeError(new UsageError('no --to'))).toBe('no --to');
    expect(describeError(new InfraError('registry down', 'check the endpoint'))).toBe(
      'registry down\n  hint: check the endpoint',
    );
  });

  it('calls anything else an internal error, with the stack trace for a bug report', () => {
    const bug = new TypeError('x is undefined');
    expect(describeError(bug)).toBe(`internal error: ${bug.stack}`);
    const bare = new Error('no stack');
    bare.stack = undefined;
    expect(describeError(bare)).toBe('internal error: no stack');
    expect(describeError(42)).toBe('internal error: 42');
  });
});

describe('exitCodeOf: the CLI contract', () => {
  it('is 1 for a refusal, 2 for usage and infrastructure, 2 for a bug', () => {
    expect(exitCodeOf(new GateError('no'))).toBe(1);
    expect(exitCodeOf(new ConfigError('bad'))).toBe(2);
    expect(exitCodeOf(new StoreError('down'))).toBe(2);
    expect(exitCodeOf(new Error('bug'))).toBe(2);
  });
});
