import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { Digest } from '../digest.js';

/** A ceiling on what may flow through a stream, and the error to fail it with past that. */
export interface ByteBound {
  maxBytes: number;
  /** Called once, with the count that first went past `maxBytes`. */
  tooLong: (seen: number) => Error;
}

/**
 * A pass-through stream that hashes and counts what flows through it, so that a copy or an
 * upload proves which bytes it moved without reading the file twice. With a `bound` it fails as
 * soon as more bytes arrive than the reader was told to expect, so that an object that grows
 * (or never ends) is refused after one chunk too many instead of read to the end.
 */
export function hashingStream(
  onProgress?: (done: number, total: number) => void,
  total = 0,
  bound?: ByteBound,
) {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (bound && size > bound.maxBytes) {
        cb(bound.tooLong(size));
        return;
      }
      hash.update(chunk);
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
