import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

declare const digestBrand: unique symbol;
/** A lowercase hex sha256. Only `parseDigest` and `sha256File` make one. */
export type Digest = string & { readonly [digestBrand]: true };

const HEX64 = /^[0-9a-f]{64}$/;

export function isDigest(value: string): value is Digest {
  return HEX64.test(value);
}

export function parseDigest(value: string): Digest | undefined {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  return isDigest(v) ? v : undefined;
}

export function sha256Bytes(data: Uint8Array | string): Digest {
  return createHash('sha256').update(data).digest('hex') as Digest;
}

/** Bytes read per call: large enough that hashing, not syscalls, bounds the throughput. */
const CHUNK = 4 * 1024 * 1024;

export interface HashProgress {
  (bytesDone: number, bytesTotal: number): void;
}

/**
 * Streams a file through sha256 with two reused buffers, so that memory stays flat whatever
 * the file's size: the next chunk is read (in libuv's thread pool) while this one is hashed,
 * which keeps the throughput at the hash's own limit rather than hash plus read.
 */
export async function sha256File(
  path: string,
  onProgress?: HashProgress,
): Promise<{ digest: Digest; size: number }> {
  const hash = createHash('sha256');
  const fh = await open(path, 'r');
  let chunk = Buffer.allocUnsafe(CHUNK);
  let next = Buffer.allocUnsafe(CHUNK);
  let pending = fh.read(chunk, 0, CHUNK, null);
  try {
    const total = (await fh.stat()).size;
    let size = 0;
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      pending = fh.read(next, 0, CHUNK, null);
      hash.update(bytesRead === CHUNK ? chunk : chunk.subarray(0, bytesRead));
      [chunk, next] = [next, chunk];
      size += bytesRead;
      onProgress?.(size, total);
    }
    return { digest: hash.digest('hex') as Digest, size };
  } finally {
    // Never close the file under a read still in flight.
    await pending.catch(() => undefined);
    await fh.close();
  }
}
