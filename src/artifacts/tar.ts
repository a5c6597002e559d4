import { Readable } from 'node:stream';
import { extract as tarExtract } from 'tar-stream';
import { ByteReader } from './bytes.js';
import type { Content, ScanContext } from './content.js';

/** The part of tar-stream 3.2 used here (@types/tar-stream lags behind its options). */
interface TarEntry extends AsyncIterable<Buffer> {
  header: { name: string; type: string | null; size?: number; linkname?: string | null };
  resume(): void;
}
interface TarExtract extends AsyncIterable<TarEntry> {
  write(chunk: Buffer): boolean;
  end(): void;
  once(event: 'drain', f: () => void): void;
  destroy(err?: Error): void;
}

/** As for zip: model archives hold at most thousands of members. */
const MAX_MEMBERS = 100_000;
/**
 * The members torch.load's legacy_load (torch/serialization.py) reads from a tar checkpoint,
 * by exact name, the last of each name winning (tarfile.getmember). `storages` and `tensors`
 * hold pickles between raw bytes (storage data sized by the pickle before it, tensor shapes);
 * `pickle` is one pickle, read with a persistent_load that only looks keys up.
 */
const TORCH_INTERLEAVED = new Set(['storages', 'tensors']);
const TORCH_MEMBERS = new Set(['sys_info', 'pickle', 'storages', 'tensors']);

/** A member name that would be written outside the folder an archive is extracted to. */
function escapesRoot(name: string): boolean {
  if (name.includes('\0') || /^([\\/]|[a-zA-Z]:)/.test(name)) return true;
  return name.split(/[\\/]/).includes('..');
}

/**
 * Scans every member of a tar archive by its content, streaming (a member is read once, as it
 * passes), and checks its structure: links, names that escape the extraction folder, member
 * count. A legacy torch checkpoint's `storages` and `tensors` are walked as pickles, as torch
 * reads their first pickles; the raw bytes between their pickles are not modelled, so such a
 * member is an error rather than ever passing on bytes Python would run.
 */
export async function scanTar(c: Content, ctx: ScanContext): Promise<string> {
  // Python's tarfile reads V7 headers too (no magic): tar-stream must not refuse them.
  const extract = (tarExtract as unknown as (o: object) => TarExtract)({
    allowUnknownFormat: true,
  });
  const feeding = (async () => {
    for await (const chunk of c.bytes.chunks()) {
      if (!extract.write(chunk)) await new Promise<void>((r) => extract.once('drain', r));
    }
    extract.end();
  })().catch((err: unknown) => extract.destroy(err as Error));
  const names = new Set<string>();
  let members = 0;
  try {
    for await (const entry of extract) {
      const h = entry.header;
      const name = h.name;
      const add = (verdict: 'error' | 'unsafe', rule: string, message: string) =>
        ctx.add({ verdict, rule, message: `member ${JSON.stringify(name)}: ${message}` });
      if (++members > MAX_MEMBERS) {
        ctx.add({
          verdict: 'error',
          rule: 'tar-too-many-members',
          message: `the archive has more than ${MAX_MEMBERS} members; the rest are not inspected`,
        });
        entry.resume();
        break;
      }
      names.add(name);
      if (escapesRoot(name))
        add('unsafe', 'tar-path-escape', 'its name escapes the archive root when extracted');
      const it = entry[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      const drain = async () => {
        for (let r = await it.next(); !r.done; r = await it.next());
      };
      if (h.type === 'symlink' || h.type === 'link') {
        // tarfile.extract makes the link and torch then opens it: a file outside the archive.
        add(
          'unsafe',
          'tar-link',
          `it is a ${h.type === 'symlink' ? 'symbolic' : 'hard'} link to ${JSON.stringify(h.linkname ?? '')}: extracted, it points wherever its author chose`,
        );
        await drain();
        continue;
      }
      // Python's tarfile reads a member of a type it does not know as a regular file (tar-stream
      // calls it null): only folders and special files hold no content a loader reads.
      if (NO_CONTENT.has(h.type ?? '') || (h.size ?? 0) === 0) {
        await drain();
        continue;
      }
      if (TORCH_INTERLEAVED.has(name))
        add(
          'error',
          'tar-torch-raw-bytes',
          'torch.load reads pickles between raw storage or tensor bytes here; the scanner walks the pickles up to the first raw bytes and cannot size the rest, so they cannot be proven safe',
        );
      // Pulled by hand, never through a for-await that would destroy the entry if the scan
      // stops early: the rest must still be read for the archive to go on.
      const source = Readable.from(
        (async function* () {
          for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
        })(),
        { objectMode: false },
      );
      await ctx.scan({ size: h.size, bytes: new ByteReader(source) }, name);
      await drain();
    }
    await feeding;
  } catch (err) {
    ctx.add({
      verdict: 'error',
      rule: 'tar-unreadable',
      message: `the archive cannot be read completely: ${(err as Error).message}`,
    });
  } finally {
    extract.destroy();
  }
  return [...TORCH_MEMBERS].some((m) => m !== 'sys_info' && names.has(m)) && names.has('storages')
    ? 'pytorch-legacy-tar'
    : 'tar';
}

/** Member types whose data no loader reads: folders, devices, FIFOs, metadata records. */
const NO_CONTENT = new Set([
  'directory',
  'character-device',
  'block-device',
  'fifo',
  'pax-header',
  'pax-global-header',
  'gnu-long-link-path',
  'gnu-long-path',
]);
