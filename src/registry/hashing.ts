import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { Digest } from '../digest.js';

/**
 * A pass-through stream that hashes and counts what flows through it, so that a copy or an
 * upload proves which bytes it moved without reading the file twice.
 */
export function hashingStream(onProgress?: (done: number, total: number) => void, total = 0) {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      onProgress?.(size, total);
      cb(null, chunk);
    },
  });
  let digest: Digest | undefined;
  return {
    stream,
    /** Valid once the stream has ended. */
    result: (): { sha256: Digest; size: number } => {
      digest ??= hash.digest('hex') as Digest;
      return { sha256: digest, size };
    },
  };
}
