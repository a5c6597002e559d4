#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  GateError,
  InfraError
} from "./chunk-HVXGMGJV.js";

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
  StoreError,
  UnsafeStoreError,
  CorruptRegistryError,
  ConflictError,
  RefusedError,
  hashingStream,
  RECORD_MAX_BYTES
};
