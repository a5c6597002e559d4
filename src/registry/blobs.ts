import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Digest } from '../digest.js';
import { CorruptRegistryError, StoreError } from './errors.js';
import { hashingStream } from './hashing.js';
import type { BlobStore, UploadExpectation } from './store.js';

/**
 * Content-addressed blobs over a BlobStore: stored once, healed when damaged, and read back
 * only as far as their recorded size and only into place once their digest is proven.
 */

const REPUBLISH =
  'publish the version again from its artifacts: publish replaces a blob of the wrong size (S3) or bytes (a file registry); on S3 delete a same-size damaged object first';

/**
 * Stores `file` at `key` unless the store holds the right bytes already, and returns the bytes
 * uploaded. A blob that is there but damaged (a flipped byte, a truncated upload, a FIFO) is
 * never trusted: the artifact's verified bytes replace it, and `warn` says what was healed.
 */
export async function storeBlob(
  store: BlobStore,
  key: string,
  file: string,
  expect: UploadExpectation,
  warn?: (message: string) => void,
): Promise<number> {
  const found = await store.check(key, expect);
  if (found.state === 'intact') return 0;
  await store.upload(key, file, expect);
  if (found.state === 'damaged')
    warn?.(`healed ${store.uriOf(key)}: ${found.why}; replaced it with the artifact's bytes`);
  return expect.size;
}

/** A blob copied and verified beside its destination, not yet in place. */
export interface StagedBlob {
  dest: string;
  size: number;
  /** Renames the verified copy over `dest`. */
  commit(): Promise<void>;
  /** Removes the copy; harmless after commit. */
  discard(): Promise<void>;
}

/**
 * Copies the blob at `key` into a temporary file beside `dest` and verifies it: no more bytes
 * are read than `expect.size` (or, without one, the size the store reports) plus one, so a blob
 * that grew or never ends is refused after one chunk, and the digest is checked before anything
 * can be renamed into place. Several blobs can be staged and then committed together, so that
 * one damaged blob leaves none of them written.
 */
export async function stageBlob(
  store: BlobStore,
  key: string,
  expect: { sha256: Digest; size?: number },
  dest: string,
): Promise<StagedBlob> {
  const uri = store.uriOf(key);
  const corrupt = (why: string) =>
    new CorruptRegistryError(`blob ${uri} is corrupt: ${why}`, REPUBLISH);
  const src = await store.read(key);
  if (!src) {
    throw new CorruptRegistryError(
      `blob sha256:${expect.sha256} is missing from ${uri}`,
      'publish the version again to restore it',
    );
  }
  const size = expect.size ?? src.size;
  if (size === undefined) {
    src.body.destroy();
    throw new StoreError(`cannot read ${uri}: the store did not say how large it is`);
  }
  if (src.size !== undefined && src.size !== size) {
    src.body.destroy();
    throw corrupt(`it holds ${src.size} bytes where the version record says ${size}`);
  }
  const tmp = `${dest}.modelgate-${process.pid}-${randomBytes(4).toString('hex')}`;
  const discard = () => unlink(tmp).catch(() => undefined);
  const hashed = hashingStream(undefined, size, {
    maxBytes: size,
    tooLong: () => corrupt(`it has more bytes than the ${size} the version record says`),
  });
  try {
    try {
      await pipeline(src.body, hashed.stream, createWriteStream(tmp, { flags: 'wx' }));
    } catch (err) {
      if (err instanceof CorruptRegistryError) throw err;
      throw new StoreError(`cannot copy ${uri} to ${dest}: ${(err as Error).message}`);
    }
    const got = hashed.result();
    if (got.size !== size) throw corrupt(`it ends after ${got.size} of its ${size} bytes`);
    if (got.sha256 !== expect.sha256) throw corrupt(`its bytes hash to ${got.sha256}`);
    const fh = await open(tmp, 'r');
    await fh.sync().finally(() => fh.close());
  } catch (err) {
    await discard();
    throw err;
  }
  return {
    dest,
    size,
    async commit() {
      try {
        await rename(tmp, dest);
      } catch (err) {
        await discard();
        // A folder in the way of `dest`, say: the user's to fix, never a crash.
        throw new StoreError(`cannot write ${dest}: ${(err as Error).message}`);
      }
    },
    discard,
  };
}

/** Copies one blob to `dest`, verified: a damaged blob never replaces a good file, nor leaves one. */
export async function copyBlob(
  store: BlobStore,
  key: string,
  expect: { sha256: Digest; size?: number },
  dest: string,
): Promise<{ size: number }> {
  const staged = await stageBlob(store, key, expect, dest);
  await staged.commit();
  return { size: staged.size };
}
