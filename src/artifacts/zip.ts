import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { bufferRandomAccess, ByteReader, sliceRandomAccess, type RandomAccess } from './bytes.js';
import type { Content, ScanContext } from './content.js';

/** A compressed archive nested in another can only be opened from memory, up to this size. */
const MAX_BUFFERED_ARCHIVE = 64 * 1024 * 1024;
/** A deflated member larger than this… */
const BOMB_FLOOR = 256 * 1024 * 1024;
/** …that inflates more than this many times is a decompression bomb. */
const BOMB_RATIO = 200;
const ZIP64_MARKER = 0xffffffff;
/** Unix file modes in the high half of the external attributes, when made on Unix. */
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Model archives hold at most thousands of members; the per-member bookkeeping must stay small. */
const MAX_MEMBERS = 100_000;

/** yauzl's window onto our random-access bytes. */
class Reader extends yauzl.RandomAccessReader {
  constructor(private readonly ra: RandomAccess) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    return this.ra.stream(start, end);
  }
}

/** The next central-directory entry, or null at the end; errors become rejections. */
function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => (cleanup(), resolve(e));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (err: Error) => (cleanup(), reject(err));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function entryName(e: yauzl.Entry): string {
  return e.fileNameRaw.toString(e.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
}

/** A member name that would be written outside the folder an archive is extracted to. */
function escapesRoot(name: string): boolean {
  if (name.includes('\0') || /^([\\/]|[a-zA-Z]:)/.test(name)) return true;
  return name.split(/[\\/]/).includes('..');
}

/**
 * Scans every member of a zip archive by its content, whatever its name, and checks the
 * archive's structure: encrypted members, names that escape the extraction folder, local
 * headers that disagree with the central directory, members that overlap, bombs.
 */
export async function scanZip(c: Content, ctx: ScanContext): Promise<string> {
  let random = c.random;
  if (!random) {
    if (c.size === undefined || c.size > MAX_BUFFERED_ARCHIVE) {
      ctx.add({
        verdict: 'error',
        rule: 'zip-not-inspectable',
        message: `a compressed archive inside another larger than ${MAX_BUFFERED_ARCHIVE / 1024 / 1024} MiB cannot be inspected; store it uncompressed`,
      });
      return 'zip';
    }
    const parts: Buffer[] = [];
    for await (const chunk of c.bytes.chunks()) parts.push(chunk);
    random = bufferRandomAccess(Buffer.concat(parts));
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromRandomAccessReaderPromise(new Reader(random), random.size, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch (err) {
    ctx.add({
      verdict: 'error',
      rule: 'zip-unreadable',
      message: `the archive cannot be read: ${(err as Error).message}`,
    });
    return 'zip';
  }
  const formats = new Map<string, string>();
  const extents: { start: number; end: number; name: string }[] = [];
  try {
    if (zip.entryCount > MAX_MEMBERS) {
      ctx.add({
        verdict: 'error',
        rule: 'zip-too-many-members',
        message: `the archive has ${zip.entryCount} members; at most ${MAX_MEMBERS} are inspected`,
      });
      return 'zip';
    }
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = entryName(entry);
      const add = (verdict: 'error' | 'unsafe', rule: string, message: string) =>
        ctx.add({ verdict, rule, message: `member ${JSON.stringify(name)}: ${message}` });
      if (escapesRoot(name))
        add('unsafe', 'zip-path-escape', 'its name escapes the archive root when extracted');
      if (
        entry.versionMadeBy >>> 8 === UNIX &&
        ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK
      ) {
        add(
          'unsafe',
          'zip-symlink',
          'it is a symbolic link: extracted, it points wherever its author chose',
        );
      }
      if (formats.has(name))
        add(
          'error',
          'zip-duplicate-name',
          'the name appears twice; tools disagree on which one they read',
        );
      formats.set(name, 'directory');
      if (entry.generalPurposeBitFlag & 1) {
        add('error', 'zip-encrypted', 'it is encrypted, so its content cannot be inspected');
        continue;
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        add(
          'error',
          'zip-unsupported-compression',
          `compression method ${entry.compressionMethod} cannot be read, so its content cannot be inspected`,
        );
        continue;
      }
      let local: yauzl.LocalFileHeader;
      try {
        local = await zip.readLocalFileHeaderPromise(entry);
      } catch (err) {
        add(
          'error',
          'zip-header-mismatch',
          `its local header cannot be read: ${(err as Error).message}`,
        );
        continue;
      }
      const mismatch = headerMismatch(entry, local);
      if (mismatch)
        add(
          'error',
          'zip-header-mismatch',
          `the local header disagrees with the central directory (${mismatch}); tools would read different content`,
        );
      extents.push({
        start: entry.relativeOffsetOfLocalHeader,
        end: local.fileDataStart + entry.compressedSize,
        name,
      });
      if (name.endsWith('/') && entry.uncompressedSize === 0) continue;
      if (
        entry.compressionMethod === 8 &&
        entry.uncompressedSize > BOMB_FLOOR &&
        entry.uncompressedSize > BOMB_RATIO * Math.max(1, entry.compressedSize)
      ) {
        add(
          'unsafe',
          'decompression-bomb',
          `it inflates ${entry.compressedSize} bytes to ${entry.uncompressedSize}`,
        );
        continue;
      }
      let content: Content;
      if (entry.compressionMethod === 0) {
        const member = sliceRandomAccess(random, local.fileDataStart, entry.uncompressedSize);
        content = {
          size: entry.uncompressedSize,
          random: member,
          bytes: new ByteReader(member.stream(0, member.size)),
        };
      } else {
        content = {
          size: entry.uncompressedSize,
          bytes: new ByteReader(await zip.openReadStreamPromise(entry)),
        };
      }
      formats.set(name, await ctx.scan(content, name, memberHint(name)));
    }
    const mismatch = await directoryMismatch(random, zip);
    if (mismatch)
      ctx.add({
        verdict: 'error',
        rule: 'zip-directory-mismatch',
        message: `${mismatch}: Python's zipfile (numpy's npz, Keras) would read other members than those inspected`,
      });
  } catch (err) {
    ctx.add({
      verdict: 'error',
      rule: 'zip-unreadable',
      message: `the archive cannot be read completely: ${(err as Error).message}`,
    });
  } finally {
    zip.close();
  }
  extents.sort((a, b) => a.start - b.start);
  for (let i = 1; i < extents.length; i++) {
    if (extents[i]!.start < extents[i - 1]!.end) {
      ctx.add({
        verdict: 'unsafe',
        rule: 'zip-overlapping-members',
        message: `members ${JSON.stringify(extents[i - 1]!.name)} and ${JSON.stringify(extents[i]!.name)} share bytes (a zip bomb or a parser trick)`,
      });
      break;
    }
  }
  return containerFormat(formats);
}

const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIZE = 56;

/**
 * yauzl finds the central directory at the offset the end record (or the zip64 record the
 * locator points to) declares and reads `entryCount` entries. Python's zipfile reads the
 * `size` bytes just before the end record, as many entries as they hold, and the zip64 record
 * just before the locator, whatever the locator says. Unless all of these agree, an archive
 * can show the scanner a benign directory and numpy.load another.
 */
async function directoryMismatch(
  random: RandomAccess,
  zip: yauzl.ZipFile,
): Promise<string | undefined> {
  // The end record yauzl used: the last signature at least EOCD_SIZE bytes from the end.
  const tailLength = Math.min(random.size, ZIP64_LOCATOR_SIZE + EOCD_SIZE + 0xffff);
  const tailStart = random.size - tailLength;
  const tail = await random.read(tailStart, tailLength);
  let i = tail.length - EOCD_SIZE;
  while (i >= 0 && tail.readUInt32LE(i) !== 0x06054b50) i--;
  if (i < 0) return 'the end of central directory record cannot be found again';
  const eocd = tailStart + i;
  let cdSize = tail.readUInt32LE(i + 12);
  let cdOffset = tail.readUInt32LE(i + 16);
  let cdEnd = eocd;
  if (i >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(i - ZIP64_LOCATOR_SIZE) === 0x07064b50) {
    const recordAt = Number(tail.readBigUInt64LE(i - ZIP64_LOCATOR_SIZE + 8));
    cdEnd = eocd - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE;
    if (recordAt !== cdEnd)
      return 'the zip64 locator points elsewhere than the zip64 record before it';
    const record = await random.read(recordAt, ZIP64_EOCD_SIZE);
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize !== cdEnd)
    return 'the central directory does not end where the end record starts';
  // yauzl's position after the last entry it read (typed wrongly as boolean by @types/yauzl).
  const cursor = zip.readEntryCursor as unknown as number;
  if (cursor !== cdEnd)
    return `the entries end at offset ${cursor}, the central directory at ${cdEnd}`;
  return undefined;
}

function headerMismatch(entry: yauzl.Entry, local: yauzl.LocalFileHeader): string | undefined {
  if (!local.fileName.equals(entry.fileNameRaw)) return 'file name';
  if (local.compressionMethod !== entry.compressionMethod) return 'compression method';
  if (local.generalPurposeBitFlag & 8) return undefined; // sizes live in the data descriptor
  if (local.compressedSize !== ZIP64_MARKER && local.compressedSize !== entry.compressedSize)
    return 'compressed size';
  if (local.uncompressedSize !== ZIP64_MARKER && local.uncompressedSize !== entry.uncompressedSize)
    return 'size';
  if (local.crc32 !== entry.crc32) return 'crc32';
  return undefined;
}

/** Names what kind of archive this is from what its members turned out to be. */
function containerFormat(formats: Map<string, string>): string {
  const files = [...formats].filter(([, f]) => f !== 'directory');
  const isPickle = (f: string) => f === 'pickle' || f === 'joblib';
  if (files.some(([n, f]) => /(^|\/)data\.pkl$/.test(n) && isPickle(f))) return 'pytorch-zip';
  if (
    formats.has('config.json') &&
    (formats.has('metadata.json') || files.some(([n]) => n.endsWith('.weights.h5')))
  )
    return 'keras';
  if (files.length > 0 && files.every(([, f]) => f === 'npy')) return 'npz';
  return 'zip';
}

/**
 * How the loaders of an archive read a member, beyond what its bytes say. torch.save's storage
 * records, `<archive>/data/<key>`, are raw tensor bytes to torch.load (and to numpy.load, were
 * it pointed at the archive, lacking the .npy magic): no loader unpickles them. Keras reads its
 * `config.json` with json.loads, even when it is empty or opens with a second BOM.
 */
function memberHint(name: string): 'raw-storage' | 'json' | 'pickle' | undefined {
  if (/^[^/]+\/data\/\d+$/.test(name)) return 'raw-storage';
  // torch.load unpickles `<archive>/data.pkl` (persistent ids and all), whatever it looks like.
  if (/^[^/]+\/data\.pkl$/.test(name)) return 'pickle';
  return /(^|\/)[^/]*\.json$/i.test(name) ? 'json' : undefined;
}
