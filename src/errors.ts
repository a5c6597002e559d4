/**
 * Errors that reach the user. Each carries the exit code of the CLI/action contract
 * (1: a check failed or a gate refused; 2: usage, configuration or infrastructure) and,
 * where there is one, a hint that says how to fix it. Anything else that escapes a command
 * is a bug in modelgate and is reported as such.
 */
export abstract class ModelgateError extends Error {
  abstract readonly exitCode: 1 | 2;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A bad flag, a missing argument, an option value of the wrong kind. */
export class UsageError extends ModelgateError {
  readonly exitCode = 2;
}

/** A file that cannot be read, a configuration that cannot be used as given. */
export class ConfigError extends ModelgateError {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly file?: string,
    hint?: string,
  ) {
    super(message, hint);
  }
}

/** Something outside modelgate failed: a registry that cannot be reached, a missing engine. */
export class InfraError extends ModelgateError {
  readonly exitCode = 2;
}

/** A check or gate refused: the run did its job and the answer is no. */
export class GateError extends ModelgateError {
  readonly exitCode = 1;
}

export function describeError(err: unknown): string {
  if (err instanceof ModelgateError) {
    return err.hint ? `${err.message}\n  hint: ${err.hint}` : err.message;
  }
  if (err instanceof Error) return `internal error: ${err.stack ?? err.message}`;
  return `internal error: ${String(err)}`;
}

export function exitCodeOf(err: unknown): 1 | 2 {
  return err instanceof ModelgateError ? err.exitCode : 2;
}

/** Why a command stopped, as the action's `error-kind` output names it. */
export type ErrorKind = 'check' | 'usage' | 'infrastructure';

/**
 * The `error-kind` output of an error: `check` for a check or gate that refused (exit 1),
 * `usage` for a bad input or a manifest that cannot be used as given, `infrastructure` for
 * what failed outside modelgate (a registry, an engine, the network) and for anything
 * unexpected, which retrying or reporting may fix but the user's input cannot.
 */
export function errorKindOf(err: unknown): ErrorKind {
  if (err instanceof InfraError) return 'infrastructure';
  // A refusal (GateError and its kind) exits 1; a usage or configuration error exits 2.
  if (err instanceof ModelgateError) return err.exitCode === 1 ? 'check' : 'usage';
  return 'infrastructure';
}
