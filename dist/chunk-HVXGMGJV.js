#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/errors.ts
var ModelgateError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = new.target.name;
  }
  hint;
};
var UsageError = class extends ModelgateError {
  exitCode = 2;
};
var ConfigError = class extends ModelgateError {
  constructor(message, file, hint) {
    super(message, hint);
    this.file = file;
  }
  file;
  exitCode = 2;
};
var InfraError = class extends ModelgateError {
  exitCode = 2;
};
var GateError = class extends ModelgateError {
  exitCode = 1;
};
function describeError(err) {
  if (err instanceof ModelgateError) {
    return err.hint ? `${err.message}
  hint: ${err.hint}` : err.message;
  }
  if (err instanceof Error) return `internal error: ${err.stack ?? err.message}`;
  return `internal error: ${String(err)}`;
}
function exitCodeOf(err) {
  return err instanceof ModelgateError ? err.exitCode : 2;
}
function errorKindOf(err) {
  if (err instanceof InfraError) return "infrastructure";
  if (err instanceof ModelgateError) return err.exitCode === 1 ? "check" : "usage";
  return "infrastructure";
}

export {
  ModelgateError,
  UsageError,
  ConfigError,
  InfraError,
  GateError,
  describeError,
  exitCodeOf,
  errorKindOf
};
