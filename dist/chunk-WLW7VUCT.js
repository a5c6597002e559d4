#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/digest.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
var HEX64 = /^[0-9a-f]{64}$/;
function isDigest(value) {
  return HEX64.test(value);
}
function sha256Bytes(data) {
  return createHash("sha256").update(data).digest("hex");
}
var CHUNK = 4 * 1024 * 1024;
async function sha256File(path, onProgress) {
  const hash = createHash("sha256");
  const fh = await open(path, "r");
  let chunk = Buffer.allocUnsafe(CHUNK);
  let next = Buffer.allocUnsafe(CHUNK);
  let pending = fh.read(chunk, 0, CHUNK, null);
  try {
    const total = (await fh.stat()).size;
    let size = 0;
    for (; ; ) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      pending = fh.read(next, 0, CHUNK, null);
      hash.update(bytesRead === CHUNK ? chunk : chunk.subarray(0, bytesRead));
      [chunk, next] = [next, chunk];
      size += bytesRead;
      onProgress?.(size, total);
    }
    return { digest: hash.digest("hex"), size };
  } finally {
    await pending.catch(() => void 0);
    await fh.close();
  }
}

export {
  isDigest,
  sha256Bytes,
  sha256File
};
