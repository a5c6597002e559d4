import type { Readable } from 'node:stream';
import type { Digest } from '../digest.js';

/** What a create-if-absent did: `exists` means another writer (or an earlier run) got there first. */
export type CreateResult = 'created' | 'exists';

export interface UploadExpectation {
  sha256: Digest;
  size: number;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
}

/**
 * The port the registry is written against: a flat key space of immutable objects plus one
 * overwritable cache. Keys are `/`-separated and relative to the store's root.
 */
export interface BlobStore {
  /** Where a key lives, for people and for the `artifact-uri` output. */
  uriOf(key: string): string;
  /**
   * Writes `body` at `key` only if nothing is there, atomically: a reader sees all of it or
   * nothing, and of two concurrent creates exactly one returns `created`.
   */
  create(key: string, body: Uint8Array): Promise<CreateResult>;
  /** Overwrites `key` atomically. Only for caches that can be rebuilt (the stages snapshot). */
  put(key: string, body: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | undefined>;
  exists(key: string): Promise<boolean>;
  /**
   * The keys directly under `prefix` (which ends with `/`) that sort after `startAfter`, in
   * ascending order. Stores that can skip (S3's StartAfter) skip; the others filter.
   */
  list(prefix: string, startAfter?: string): Promise<string[]>;
  /**
   * Stores a local file at `key`, hashing it on the way; when the bytes sent do not have the
   * expected digest (the file changed since it was checked) nothing stays at `key` and it throws.
   */
  upload(key: string, file: string, expect: UploadExpectation): Promise<void>;
  /** A stream of the object's bytes, or undefined when absent. */
  read(key: string): Promise<Readable | undefined>;
}
