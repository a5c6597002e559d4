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

// src/registry/errors.ts
var StoreError = class extends InfraError {
};
var UnsafeStoreError = class extends InfraError {
};
var CorruptRegistryError = class extends InfraError {
};
var ConflictError = class extends GateError {
};
var RefusedError = class extends GateError {
};

// src/registry/hashing.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
function hashingStream(onProgress, total = 0, bound) {
  const hash = createHash("sha256");
  let size = 0;
  const stream = new Transform({
    transform(chunk, _enc, cb) {
      size += chunk.length;
      if (bound && size > bound.maxBytes) {
        cb(bound.tooLong(size));
        return;
      }
      hash.update(chunk);
      onProgress?.(size, total);
      cb(null, chunk);
    }
  });
  let digest;
  return {
    stream,
    /** Valid once the stream has ended. */
    result: () => {
      digest ??= hash.digest("hex");
      return { sha256: digest, size };
    }
  };
}

// src/registry/store.ts
var RECORD_MAX_BYTES = 16 * 1024 * 1024;

export {
  UsageError,
  ConfigError,
  InfraError,
  GateError,
  describeError,
  exitCodeOf,
  StoreError,
  UnsafeStoreError,
  CorruptRegistryError,
  ConflictError,
  RefusedError,
  hashingStream,
  RECORD_MAX_BYTES
};
