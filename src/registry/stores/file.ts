import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CorruptRegistryError, StoreError } from '../errors.js';
import { hashingStream } from '../hashing.js';
import type { BlobStore, CreateResult, UploadExpectation } from '../store.js';

/** Temporary files start with a dot so that listings never return them. */
const tempName = () => `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}

function storeError(what: string, err: unknown): StoreError {
  return new StoreError(
    `file registry: cannot ${what}: ${(err as Error).message}`,
    'check that the registry folder exists and is writable',
  );
}

/**
 * The embedded registry: a folder. A create writes a temporary file (O_EXCL), fsyncs it and
 * hard-links it into place: link(2) fails with EEXIST when the name is taken, so the create is
 * atomic *and* the object is complete when it appears — an O_EXCL create of the final name
 * would leave an empty event behind if the process died before writing it.
 */
export class FileStore implements BlobStore {
  constructor(readonly root: string) {}

  uriOf(key: string): string {
    return `file://${this.path(key)}`;
  }

  private path(key: string): string {
    const parts = key.split('/');
    // Keys are built from checked names; this is the last line should one slip through.
    if (parts.some((p) => p === '..' || p === '.'))
      throw new StoreError(`file registry: refusing the key ${JSON.stringify(key)}`);
    return join(this.root, ...parts);
  }

  private async writeTemp(dir: string, body: Uint8Array): Promise<string> {
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, tempName());
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(body);
      await fh.sync();
    } finally {
      await fh.close();
    }
    return tmp;
  }

  /** Makes a new name in `dir` durable: without it a crash can lose an event that was reported written. */
  private async syncDir(dir: string): Promise<void> {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  async create(key: string, body: Uint8Array): Promise<CreateResult> {
    const final = this.path(key);
    const dir = dirname(final);
    try {
      const tmp = await this.writeTemp(dir, body);
      try {
        await link(tmp, final);
      } catch (err) {
        if (code(err) === 'EEXIST') return 'exists';
        throw err;
      } finally {
        await unlink(tmp).catch(() => undefined);
      }
      await this.syncDir(dir);
      return 'created';
    } catch (err) {
      throw storeError(`create ${final}`, err);
    }
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    const final = this.path(key);
    try {
      const tmp = await this.writeTemp(dirname(final), body);
      await rename(tmp, final);
    } catch (err) {
      throw storeError(`write ${final}`, err);
    }
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.path(key));
    } catch (err) {
      if (code(err) === 'ENOENT') return undefined;
      throw storeError(`read ${this.path(key)}`, err);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await (await open(this.path(key), 'r')).close();
      return true;
    } catch (err) {
      if (code(err) === 'ENOENT') return false;
      throw storeError(`read ${this.path(key)}`, err);
    }
  }

  async list(prefix: string, startAfter?: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.path(prefix));
    } catch (err) {
      if (code(err) === 'ENOENT') return [];
      throw storeError(`list ${this.path(prefix)}`, err);
    }
    return names
      .filter((n) => !n.startsWith('.'))
      .map((n) => prefix + n)
      .filter((k) => startAfter === undefined || k > startAfter)
      .sort();
  }

  async upload(key: string, file: string, expect: UploadExpectation): Promise<void> {
    const final = this.path(key);
    const dir = dirname(final);
    const tmp = join(dir, tempName());
    try {
      await mkdir(dir, { recursive: true });
      const hashed = hashingStream(expect.onProgress, expect.size);
      const out = createWriteStream(tmp, { flags: 'wx' });
      await pipeline(createReadStream(file), hashed.stream, out);
      const got = hashed.result();
      if (got.sha256 !== expect.sha256) {
        throw new CorruptRegistryError(
          `${file} changed while it was stored: expected sha256 ${expect.sha256}, read ${got.sha256}`,
          'rerun once nothing is writing to the artifact',
        );
      }
      const fh = await open(tmp, 'r');
      await fh.sync().finally(() => fh.close());
      // Two writers of the same content-addressed blob race harmlessly: the bytes are equal.
      await link(tmp, final).catch((err: unknown) => {
        if (code(err) !== 'EEXIST') throw err;
      });
      await this.syncDir(dir);
    } catch (err) {
      if (err instanceof CorruptRegistryError) throw err;
      throw storeError(`store ${file} as ${final}`, err);
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
  }

  async read(key: string): Promise<Readable | undefined> {
    const p = this.path(key);
    try {
      const fh = await open(p, 'r');
      return fh.createReadStream();
    } catch (err) {
      if (code(err) === 'ENOENT') return undefined;
      throw storeError(`read ${p}`, err);
    }
  }
}
