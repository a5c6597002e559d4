import type { Readable } from 'node:stream';
import type { Digest } from '../digest.js';

/** What a create-if-absent did: `exists` means another writer (or an earlier run) got there first. */
export type CreateResult = 'created' | 'exists';

/**
 * The largest record (`get`) a store hands back. Records are small JSON documents: anything
 * near this size is damage or a hostile file, and reading it all could exhaust memory.
 */
export const RECORD_MAX_BYTES = 16 * 1024 * 1024;

export interface UploadExpectation {
  sha256: Digest;
  size: number;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
}

/**
 * What a store found at a blob's key. `damaged` says why in words for people; how deep each
 * store looks is its own choice (the file store hashes, S3 compares sizes).
 */
export type BlobCheck =
  { state: 'absent' } | { state: 'intact' } | { state: 'damaged'; why: string };

/** An object's bytes and the size the store says it has: a reader reads no further than that. */
export interface ObjectStream {
  body: Readable;
  /** Undefined when the store did not say (an S3 answer without Content-Length). */
  size: number | undefined;
}

/** One piece of debris a cleanup found: a dead writer's temporary file, an orphaned upload. */
export interface CleanupItem {
  kind: 'temp-file' | 'multipart-upload';
  /** Where it is, for people (an upload is named by its key and id). */
  uri: string;
  /** When it was last written (a file) or begun (an upload). */
  since: Date;
  /** False on a dry run, or when it vanished before it could be removed. */
  removed: boolean;
}

export interface CleanupOptions {
  /** List what would be removed, remove nothing. */
  dryRun: boolean;
  /** The clock ages are measured against; a test seam. */
  now: Date;
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
  /**
   * A record's bytes, or undefined when absent. Throws CorruptRegistryError for anything
   * larger than RECORD_MAX_BYTES or that is not a plain object (a FIFO, a device, a link).
   */
  get(key: string): Promise<Uint8Array | undefined>;
  exists(key: string): Promise<boolean>;
  /**
   * The keys directly under `prefix` (which ends with `/`) that sort after `startAfter`, in
   * ascending order. Stores that can skip (S3's StartAfter) skip; the others filter.
   */
  list(prefix: string, startAfter?: string): Promise<string[]>;
  /** Whether the blob at `key` is there and has the expected bytes, never trusting what is. */
  check(key: string, expect: Pick<UploadExpectation, 'sha256' | 'size'>): Promise<BlobCheck>;
  /**
   * Stores a local file at `key`, hashing it on the way, replacing whatever is there: only for
   * content-addressed keys, where the right bytes are the same for every writer. When the bytes
   * sent do not have the expected digest (the file changed since it was checked) nothing new
   * stays at `key` and it throws.
   */
  upload(key: string, file: string, expect: UploadExpectation): Promise<void>;
  /**
   * The object's bytes, or undefined when absent. Throws CorruptRegistryError for what is not
   * a plain object (a FIFO, a device, a link): it is never opened for reading.
   */
  read(key: string): Promise<ObjectStream | undefined>;
  /** Removes (or lists) what killed writers left: temporary files, unfinished uploads. */
  cleanup(opts: CleanupOptions): Promise<CleanupItem[]>;
}
