import { createHash, randomBytes } from 'node:crypto';
import { constants, createReadStream, createWriteStream, readlinkSync, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import {
  link,
  lstat,
  mkdir,
  open,
  readdir,
  realpath,
  rename,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Digest } from '../../digest.js';
import { CorruptRegistryError, StoreError } from '../errors.js';
import { hashingStream } from '../hashing.js';
import {
  RECORD_MAX_BYTES,
  type BlobCheck,
  type BlobStore,
  type CleanupItem,
  type CleanupOptions,
  type CreateResult,
  type ObjectStream,
  type UploadExpectation,
} from '../store.js';

/**
 * Who writes a temporary file: this host and pid namespace (a container's pids are its own).
 * Temporary files start with a dot so that listings never return them, and name their writer
 * so that the next write can tell one whose writer is gone.
 */
const WRITER = `${hostname()
  .toLowerCase()
  .replace(/[^a-z0-9-]/g, '-')
  .slice(0, 40)}.${pidNamespace()}`;
const TEMP = /^\.tmp-(?:([a-z0-9-]{0,40}\.\d+)-)?(\d+)-[0-9a-f]+$/;
const tempName = () => `.tmp-${WRITER}-${process.pid}-${randomBytes(6).toString('hex')}`;

function pidNamespace(): string {
  try {
    return /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1] ?? '0';
  } catch {
    return '0';
  }
}

/** Whether `pid` runs here: a process we may not signal (EPERM) runs all the same. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return code(err) !== 'ESRCH';
  }
}

/**
 * A temporary file belongs to a writer that died when that writer was a process of this host
 * and pid namespace that no longer runs, or, whoever wrote it, when it has been untouched this
 * long: the folder may be shared (NFS, a volume mounted in several containers) where the pid is
 * another host's or namespace's, and every chunk a live writer writes touches the file. A pid
 * reused since only keeps a dead writer's file until it ages out.
 */
export const STALE_TEMP_MS = 60 * 60 * 1000;

function deadWriter(name: string): boolean {
  const m = TEMP.exec(name);
  if (!m || m[1] !== WRITER || WRITER.endsWith('.0')) return false;
  const pid = Number(m[2]);
  return pid !== process.pid && !alive(pid);
}

/** Missing folders `makeDirs` creates at most, and folders deep `cleanup` looks at most. */
const MAX_DEPTH = 32;

/** Opening never blocks on a FIFO, and never follows a link the store did not write. */
const OPEN_OBJECT = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const HASH_CHUNK = 1024 * 1024;

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}

function storeError(what: string, err: unknown): StoreError {
  return new StoreError(
    `file registry: cannot ${what}: ${(err as Error).message}`,
    'check that the registry folder exists and is writable',
  );
}

/** What stands at a path instead of a file, in words. */
function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** Something other than a regular file stands where the store keeps an object. */
class NotAFile extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a file`);
  }
}

async function assertFolder(p: string): Promise<void> {
  if (!(await stat(p)).isDirectory())
    throw new Error(`cannot create the folder ${p}: a file stands in the way`);
}

/**
 * `mkdir -p` that cannot spin. Node's recursive mkdir climbs to the parent for as long as
 * mkdir(2) answers ENOENT and climbs down again, and under /proc mkdir answers ENOENT beside a
 * parent that exists: it loops forever. This walks up at most MAX_DEPTH missing folders,
 * creates them downwards once, and throws an Error naming the folder that could not be made.
 */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let p = resolve(dir); ; p = dirname(p)) {
    try {
      await mkdir(p);
      break;
    } catch (err) {
      if (code(err) === 'EEXIST') {
        await assertFolder(p);
        break;
      }
      if (code(err) !== 'ENOENT') throw err;
      missing.push(p);
      // Counting this one, which needs its parent made first: at most MAX_DEPTH are made.
      if (dirname(p) === p || missing.length >= MAX_DEPTH)
        throw new Error(`cannot create ${dir}: more than ${MAX_DEPTH} of its folders are missing`, {
          cause: err,
        });
    }
  }
  for (const p of missing.reverse()) {
    try {
      await mkdir(p);
    } catch (err) {
      // Another writer made it first: as good as made.
      if (code(err) === 'EEXIST') await assertFolder(p);
      else if (code(err) === 'ENOENT')
        throw new Error(
          `cannot create the folder ${p}: its parent exists but refuses new folders (ENOENT), as /proc and other pseudo file systems do`,
          { cause: err },
        );
      else throw err;
    }
  }
}

/**
 * Opens what the store keeps at `path` for reading, refusing before a byte is read anything
 * but a regular file: a FIFO would block the read forever, a device (a link to /dev/zero)
 * would never end, and a link reads outside the registry. Throws ENOENT errors as they are.
 */
async function openObject(path: string): Promise<{ fh: FileHandle; size: number }> {
  let fh: FileHandle;
  try {
    fh = await open(path, OPEN_OBJECT);
  } catch (err) {
    if (code(err) === 'ELOOP') {
      const s = await lstat(path).catch(() => undefined);
      if (s?.isSymbolicLink()) throw new NotAFile(path, 'a symbolic link');
    }
    throw err;
  }
  try {
    const s = await fh.stat();
    if (!s.isFile()) throw new NotAFile(path, kindOf(s));
    return { fh, size: s.size };
  } catch (err) {
    await fh.close();
    throw err;
  }
}

/** Reads from `fh` until its end or until more than `max` bytes came, whichever is first. */
async function readUpTo(fh: FileHandle, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= max) {
    const buf = Buffer.allocUnsafe(Math.min(HASH_CHUNK, max + 1 - total));
    const { bytesRead } = await fh.read(buf, 0, buf.length, total);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/** The sha256 of the first `size` bytes of `fh`, or undefined when it ends before them. */
async function hashUpTo(fh: FileHandle, size: number): Promise<Digest | undefined> {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(HASH_CHUNK);
  for (let done = 0; done < size;) {
    const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, size - done), done);
    if (bytesRead === 0) return undefined;
    hash.update(buf.subarray(0, bytesRead));
    done += bytesRead;
  }
  return hash.digest('hex') as Digest;
}

/** The temporary files in `dir` that dead writers left, oldest first. */
async function staleTemps(dir: string, now: Date): Promise<{ path: string; since: Date }[]> {
  const out: { path: string; since: Date }[] = [];
  for (const name of await readdir(dir)) {
    if (!TEMP.test(name)) continue;
    const s = await lstat(join(dir, name)).catch(() => undefined);
    if (s?.isFile() && (deadWriter(name) || now.getTime() - s.mtimeMs > STALE_TEMP_MS))
      out.push({ path: join(dir, name), since: s.mtime });
  }
  return out.sort((a, b) => a.since.getTime() - b.since.getTime());
}

/**
 * The embedded registry: a folder. A create writes a temporary file (O_EXCL), fsyncs it and
 * hard-links it into place: link(2) fails with EEXIST when the name is taken, so the create is
 * atomic *and* the object is complete when it appears — an O_EXCL create of the final name
 * would leave an empty event behind if the process died before writing it.
 */
export class FileStore implements BlobStore {
  /** Folders this store has swept of dead writers' temporary files: once per run is enough. */
  private readonly swept = new Set<string>();

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

  /**
   * Makes `dir` and, the first time this run writes there, checks that it is inside the
   * registry (a folder in it replaced by a symlink would take writes elsewhere) and removes
   * what dead writers left.
   */
  private async prepare(dir: string): Promise<void> {
    await makeDirs(dir);
    if (this.swept.has(dir)) return;
    const [real, root] = await Promise.all([realpath(dir), realpath(this.root)]);
    if (real !== root && !real.startsWith(root + sep))
      throw new CorruptRegistryError(
        `file registry: ${dir} leads to ${real}, outside the registry (a folder replaced by a symbolic link?)`,
        'replace the link with the folder it stood for; modelgate writes nothing through it',
      );
    this.swept.add(dir);
    const now = new Date();
    for (const t of await staleTemps(dir, now).catch(() => []))
      await unlink(t.path).catch(() => undefined);
  }

  private async writeTemp(dir: string, body: Uint8Array): Promise<string> {
    await this.prepare(dir);
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

  /** Opens an object, or undefined when absent; what is not a file is corrupt, named by key. */
  private async openKey(key: string): Promise<{ fh: FileHandle; size: number } | undefined> {
    try {
      return await openObject(this.path(key));
    } catch (err) {
      if (code(err) === 'ENOENT') return undefined;
      if (err instanceof NotAFile) {
        throw new CorruptRegistryError(
          `${this.uriOf(key)} is ${err.kind}, not a file: modelgate writes only files there`,
          'a blob is replaced by publishing its version again; restore anything else from a backup',
        );
      }
      throw storeError(`read ${this.path(key)}`, err);
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
    const obj = await this.openKey(key);
    if (!obj) return undefined;
    try {
      const bytes = await readUpTo(obj.fh, RECORD_MAX_BYTES).catch((err: unknown) => {
        throw storeError(`read ${this.path(key)}`, err);
      });
      if (bytes.length > RECORD_MAX_BYTES) {
        throw new CorruptRegistryError(
          `${this.uriOf(key)} is larger than any modelgate record (${RECORD_MAX_BYTES} bytes at most): it was not written by modelgate`,
          'restore it from a backup; modelgate reads no further',
        );
      }
      return bytes;
    } finally {
      await obj.fh.close();
    }
  }

  async exists(key: string): Promise<boolean> {
    // lstat, never open: opening a FIFO for reading waits for a writer that never comes.
    try {
      await lstat(this.path(key));
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

  /** Hashes the stored bytes: the file is local, and a flipped byte is found only this way. */
  async check(key: string, expect: Pick<UploadExpectation, 'sha256' | 'size'>): Promise<BlobCheck> {
    let obj: { fh: FileHandle; size: number };
    try {
      obj = await openObject(this.path(key));
    } catch (err) {
      if (code(err) === 'ENOENT') return { state: 'absent' };
      if (err instanceof NotAFile)
        return { state: 'damaged', why: `it is ${err.kind}, not a file` };
      throw storeError(`read ${this.path(key)}`, err);
    }
    try {
      if (obj.size !== expect.size)
        return { state: 'damaged', why: `it holds ${obj.size} bytes, not ${expect.size}` };
      const got = await hashUpTo(obj.fh, obj.size);
      if (got === undefined) return { state: 'damaged', why: 'it shrank while it was read' };
      if (got !== expect.sha256) return { state: 'damaged', why: `its bytes hash to ${got}` };
      return { state: 'intact' };
    } catch (err) {
      throw storeError(`read ${this.path(key)}`, err);
    } finally {
      await obj.fh.close();
    }
  }

  async upload(key: string, file: string, expect: UploadExpectation): Promise<void> {
    const final = this.path(key);
    const dir = dirname(final);
    const tmp = join(dir, tempName());
    const changed = (got: string) =>
      new CorruptRegistryError(
        `${file} changed while it was stored: expected sha256 ${expect.sha256}, read ${got}`,
        'rerun once nothing is writing to the artifact',
      );
    try {
      await this.prepare(dir);
      const hashed = hashingStream(expect.onProgress, expect.size, {
        maxBytes: expect.size,
        tooLong: (n) => changed(`more than the ${expect.size} bytes checked (${n} so far)`),
      });
      const out = createWriteStream(tmp, { flags: 'wx' });
      await pipeline(createReadStream(file), hashed.stream, out);
      const got = hashed.result();
      if (got.sha256 !== expect.sha256) throw changed(got.sha256);
      const fh = await open(tmp, 'r');
      await fh.sync().finally(() => fh.close());
      // A rename, not a link: whatever is at `final` (a damaged blob, a FIFO, a link to a
      // device) is replaced by bytes just proven right, never trusted. Two writers of the same
      // content-addressed blob race harmlessly: their bytes are equal.
      await rename(tmp, final);
      await this.syncDir(dir);
    } catch (err) {
      if (err instanceof CorruptRegistryError) throw err;
      throw storeError(`store ${file} as ${final}`, err);
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
  }

  async read(key: string): Promise<ObjectStream | undefined> {
    const obj = await this.openKey(key);
    if (!obj) return undefined;
    // One byte past the size at most: enough to see that the file grew, never more.
    return { body: obj.fh.createReadStream({ start: 0, end: obj.size }), size: obj.size };
  }

  /** Removes the temporary files of dead writers anywhere under the root. */
  async cleanup(opts: CleanupOptions): Promise<CleanupItem[]> {
    const items: CleanupItem[] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        // No registry yet, or a folder removed meanwhile: nothing to clean there.
        if (code(err) === 'ENOENT') return;
        throw storeError(`list ${dir}`, err);
      }
      for (const t of await staleTemps(dir, opts.now)) {
        const removed =
          !opts.dryRun &&
          (await unlink(t.path).then(
            () => true,
            (err: unknown) => {
              if (code(err) === 'ENOENT') return false;
              throw storeError(`remove ${t.path}`, err);
            },
          ));
        items.push({ kind: 'temp-file', uri: `file://${t.path}`, since: t.since, removed });
      }
      // Real folders only: a link could lead out of the registry, or round in a loop.
      if (depth < MAX_DEPTH)
        for (const e of entries) if (e.isDirectory()) await walk(join(dir, e.name), depth + 1);
    };
    await walk(this.root, 0);
    return items;
  }
}
