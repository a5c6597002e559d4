import { Readable, type Duplex } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import { Decompress as ZstdDecompress } from 'fzstd';
import { decompressBlock as lz4DecompressBlock } from 'lz4js';
import unbzip2Stream from 'unbzip2-stream';
// A CommonJS module: its named exports are there for the bundler, not for Node's ESM loader.
import xzDecompress from 'xz-decompress';
// lzma1 exports only whole-buffer functions; its Decoder class (the LZMA SDK's, decoding one
// symbol per `codeOneChunk`) is what lets us stream, so it is imported by path. Bundled by esbuild.
// @ts-expect-error lzma1 ships no declarations for lib/; the shape used is LzmaDecoder below.
import { Decoder as Lzma1Decoder } from '../../node_modules/lzma1/lib/decoder.js';
import { ByteReader, READ_CHUNK, Truncated } from './bytes.js';
import type { Content, ScanContext } from './content.js';

/** A decompressed stream may not grow beyond this many times its compressed size… */
export const MAX_INFLATE_RATIO = 1000;
/** …once it is larger than this. */
export const INFLATE_RATIO_FLOOR = 1024 ** 3;

export type CompressedKind =
  'gzip' | 'zlib' | 'bz2' | 'xz' | 'lzma' | 'lz4' | 'zstd' | 'joblib-zfile';

/** The compressed data is corrupt or ends early: what came before it was still scanned. */
export class CorruptData extends Error {}

type Decoder = (input: AsyncIterable<Buffer>) => AsyncIterable<Buffer>;

/** How each format is named in `format` (e.g. `joblib+bz2`) and which decoder opens it. */
const CODECS: Record<CompressedKind, { name: string; decode: Decoder }> = {
  gzip: { name: 'gzip', decode: (i) => viaTransform(i, createGunzip({ chunkSize: READ_CHUNK })) },
  zlib: { name: 'zlib', decode: (i) => viaTransform(i, createInflate({ chunkSize: READ_CHUNK })) },
  bz2: { name: 'bz2', decode: decodeBzip2 },
  xz: { name: 'xz', decode: decodeXz },
  lzma: { name: 'lzma', decode: decodeLzmaAlone },
  lz4: { name: 'lz4', decode: decodeLz4Frames },
  zstd: { name: 'zstd', decode: decodeZstd },
  'joblib-zfile': { name: 'zfile', decode: decodeZfile },
};

/**
 * Decompresses `c` as it is read and scans what comes out by its content, as joblib.load
 * would read it (every codec here is one joblib opens by its magic, but zstd). Memory stays
 * bounded: no codec holds more than its window and one block. A stream that inflates beyond
 * MAX_INFLATE_RATIO× its size (and INFLATE_RATIO_FLOOR) is a bomb; corrupt or truncated data
 * is an error, reported after whatever was decoded before it has been scanned (Python's
 * unpickler runs opcodes as they arrive, so they count).
 */
export async function scanCompressed(
  c: Content,
  ctx: ScanContext,
  kind: CompressedKind,
): Promise<string> {
  const { name, decode } = CODECS[kind];
  const limit =
    c.size === undefined
      ? INFLATE_RATIO_FLOOR
      : Math.max(INFLATE_RATIO_FLOOR, c.size * MAX_INFLATE_RATIO);
  let total = 0;
  let bomb = false;
  let failure: Error | undefined;
  const decoded = decode(c.bytes.chunks());
  const limited = Readable.from(
    (async function* () {
      try {
        for await (const chunk of decoded) {
          total += chunk.length;
          if (total > limit) {
            bomb = true;
            return;
          }
          yield chunk;
        }
      } catch (err) {
        if (isBug(err)) throw err;
        failure = err as Error;
      }
    })(),
    { objectMode: false },
  );
  const inner = await ctx.scan({ bytes: new ByteReader(limited) }, '');
  if (bomb) {
    ctx.add({
      verdict: 'unsafe',
      rule: 'decompression-bomb',
      message: `${name} data inflates beyond ${limit} bytes, over ${MAX_INFLATE_RATIO}× its size`,
      loader: 'joblib.load',
    });
  }
  if (failure) {
    ctx.add({
      verdict: 'error',
      rule: 'compressed-unreadable',
      message: `${name} data cannot be read completely: ${failure.message}`,
      loader: 'joblib.load',
    });
  }
  return `${inner}+${name}`;
}

/** As in scan.ts: our own mistakes surface; anything else a codec throws describes the data. */
function isBug(err: unknown): boolean {
  return err instanceof TypeError || err instanceof ReferenceError || !(err instanceof Error);
}

/** Pipes `input` through a Node transform (zlib's). */
async function* viaTransform(input: AsyncIterable<Buffer>, t: Duplex): AsyncGenerator<Buffer> {
  const src = Readable.from(input, { objectMode: false });
  src.on('error', (err) => t.destroy(err));
  src.pipe(t);
  try {
    for await (const chunk of t as AsyncIterable<Buffer>) yield chunk;
  } catch (err) {
    if (err instanceof Error && !isBug(err)) throw new CorruptData(err.message);
    throw err;
  } finally {
    src.destroy();
    t.destroy();
  }
}

/** Output one input slice may make before the next slice is made smaller. */
const SLICE_OUTPUT = 2 * 1024 * 1024;
interface Meter {
  out: number;
}

/**
 * Hands `input` on in slices sized so that decoding one yields a few MiB at most: a codec
 * that decodes all it is given (fzstd, unbzip2-stream) would otherwise turn one 1 MiB chunk
 * of a highly compressed stream into gigabytes before the bomb limit sees any of it. Slices
 * start small and grow while the ratio stays modest. The decoder adds what it produces to
 * `meter.out`, read and reset here before the next slice.
 */
async function* slices(input: AsyncIterable<Buffer>, meter: Meter): AsyncGenerator<Buffer> {
  let step = 256;
  for await (const chunk of input) {
    for (let at = 0; at < chunk.length;) {
      const piece = chunk.subarray(at, at + step);
      at += piece.length;
      yield piece;
      const out = meter.out;
      meter.out = 0;
      if (out > SLICE_OUTPUT) step = Math.max(16, step >> 2);
      else if (out < SLICE_OUTPUT / 8) step = Math.min(READ_CHUNK, step * 2);
    }
  }
}

/**
 * bzip2 through unbzip2-stream, which decodes block by block (900 kB of input at most) as it
 * is written, and follows concatenated streams as Python's BZ2File does. A block whose runs
 * expand it (up to ~46 MB) is held whole while it is handed on.
 */
async function* decodeBzip2(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const bz = unbzip2Stream();
  const out: Buffer[] = [];
  const meter = { out: 0 };
  let failed: Error | undefined;
  bz.on('data', (d: Buffer) => (out.push(d), (meter.out += d.length)));
  // On corrupt input the library can fail anywhere, a TypeError included: all of it is data.
  bz.on('error', (err: Error) => (failed ??= new CorruptData(`bzip2: ${err.message}`)));
  for await (const piece of slices(input, meter)) {
    bz.write(piece);
    if (failed) break;
    yield* out.splice(0);
  }
  if (!failed) bz.end();
  yield* out.splice(0);
  if (failed) throw failed;
}

/** xz through xz-embedded (WASM), streaming; every check type Python writes is verified. */
async function* decodeXz(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const web = Readable.toWeb(Readable.from(input, { objectMode: false }));
  const xz = new xzDecompress.XzReadableStream(web as unknown as ReadableStream<Uint8Array>);
  try {
    for await (const chunk of xz as unknown as AsyncIterable<Uint8Array>)
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  } catch (err) {
    if (err instanceof Error && !isBug(err)) throw new CorruptData(err.message);
    throw err;
  }
}

/** zstd through fzstd's streaming decoder (window up to its 2 GB limit, multiple frames). */
async function* decodeZstd(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const out: Buffer[] = [];
  const meter = { out: 0 };
  let ended = false;
  const d = new ZstdDecompress((chunk, final) => {
    // Each block arrives in a new array (fzstd copies it into its window after): no copy.
    if (chunk.length) out.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    meter.out += chunk.length;
    if (final) ended = true;
  });
  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      d.push(chunk, final);
    } catch (err) {
      if (err instanceof Error && !isBug(err)) throw new CorruptData(`zstd: ${err.message}`);
      throw err;
    }
  };
  for await (const piece of slices(input, meter)) {
    push(piece, false);
    yield* out.splice(0);
  }
  push(new Uint8Array(0), true);
  yield* out.splice(0);
  if (!ended) throw new CorruptData('the zstd stream ends in the middle of a frame');
}

/**
 * joblib's pre-0.9.3 format (numpy_pickle_compat.read_zfile): `ZF`, the decompressed length
 * as `0x…` in hexadecimal, left-justified in 19 bytes, one optional space (joblib ≤ 0.8.4),
 * then one zlib stream, which is unpickled only when it inflates to exactly that length.
 */
async function* decodeZfile(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const r = new ByteReader(Readable.from(input, { objectMode: false }));
  const header = await r.read(ZFILE_HEADER).catch(() => {
    throw new CorruptData('the joblib ZF header is truncated');
  });
  // int(x, 16) as Python reads it: surrounding whitespace, an optional sign and 0x, underscores.
  const text = header.toString('latin1', 2).trim();
  const m = /^([+-]?)(?:0[xX])?_?([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)$/.exec(text);
  if (!m) throw new CorruptData(`the joblib ZF length ${JSON.stringify(text)} is not a number`);
  if (m[1] === '-') throw new CorruptData(`the joblib ZF length ${text} is negative`);
  const declared = parseInt(m[2]!.replace(/_/g, ''), 16);
  if ((await r.peek(1))[0] === 0x20) await r.skip(1);
  let total = 0;
  for await (const chunk of viaTransform(r.chunks(), createInflate({ chunkSize: READ_CHUNK }))) {
    total += chunk.length;
    yield chunk;
  }
  if (total !== declared)
    throw new CorruptData(
      `the joblib ZF header declares ${text} bytes, the zlib stream holds ${total}; joblib refuses it (unless Python runs with -O)`,
    );
}
/** `ZF` and the length field: len('ZF') + len(hex(2 ** 64)). */
const ZFILE_HEADER = 2 + 19;

/** The part of lzma1's Decoder (the LZMA SDK's) that the streaming loop below drives. */
interface LzmaDecoder {
  initDecompression(input: LzmaInput, output: LzmaOutput): void;
  /** Decodes one literal or match: 0 to go on, 1 at the end marker, -1 if corrupt. */
  codeOneChunk(): number;
  flush(): void;
  nowPos64: bigint;
  /** -1 when the header leaves the size unknown (Python's FORMAT_ALONE always does). */
  outSize: bigint;
}
interface LzmaInput {
  readByte(): number;
}
interface LzmaOutput {
  writeBytes(src: Uint8Array, off: number, len: number): void;
}
/** More than any one literal or match reads (about 60 bits of range coder input). */
const LZMA_SYMBOL_INPUT = 256;
/** LZMA "alone" headers: properties byte, dictionary size, uncompressed size. */
const LZMA_HEADER = 13;

/**
 * LZMA "alone" (`.lzma`, joblib's `lzma` compressor), streaming: lzma1's decoder reads its
 * input a byte at a time and synchronously, so it is run one symbol at a time and only while
 * enough input is buffered for that symbol; output leaves through the window's flushes.
 */
async function* decodeLzmaAlone(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = input[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let ended = false;
  let overran = false;
  const fill = async (want: number) => {
    while (!ended && buf.length - pos < want) {
      const r = await it.next();
      if (r.done) ended = true;
      else buf = Buffer.concat([buf.subarray(pos), r.value]);
      if (!r.done) pos = 0;
    }
  };
  const out: Buffer[] = [];
  const source: LzmaInput = {
    readByte: () => {
      if (pos < buf.length) return buf[pos++]!;
      overran = true;
      return 0;
    },
  };
  const sink: LzmaOutput = {
    writeBytes: (src, off, len) => {
      out.push(Buffer.from(src.subarray(off, off + len)));
    },
  };
  const dec = new Lzma1Decoder() as LzmaDecoder;
  await fill(LZMA_HEADER + LZMA_SYMBOL_INPUT);
  if (buf.length - pos < LZMA_HEADER) throw new CorruptData('the lzma header is truncated');
  if (buf[pos]! >= 9 * 5 * 5) throw new CorruptData('the lzma properties byte is invalid');
  try {
    dec.initDecompression(source, sink);
  } catch (err) {
    throw new CorruptData(`lzma: ${(err as Error).message}`);
  }
  for (;;) {
    await fill(LZMA_SYMBOL_INPUT);
    // A batch of symbols (each at most 273 bytes of output), or fewer if input runs low.
    for (let n = 0; n < LZMA_BATCH && (ended || buf.length - pos >= LZMA_SYMBOL_INPUT); n++) {
      const r = dec.codeOneChunk();
      if (overran) throw new CorruptData('the lzma stream ends before its end marker');
      if (r === -1) throw new CorruptData('the lzma stream is corrupt');
      if (r === 1 || (dec.outSize >= 0n && dec.nowPos64 >= dec.outSize)) {
        dec.flush();
        yield* out.splice(0);
        return;
      }
    }
    dec.flush();
    yield* out.splice(0);
  }
}
/** Symbols decoded between two flushes: about 1 MiB of output at most. */
const LZMA_BATCH = 4096;

const LZ4_MAGIC = 0x184d2204;
const LZ4_BLOCK_MAX = [0, 0, 0, 0, 64 << 10, 256 << 10, 1 << 20, 4 << 20];
/** Linked blocks may copy from the previous 64 KiB of output. */
const LZ4_HISTORY = 64 << 10;

/**
 * LZ4 frames (python-lz4's lz4.frame, joblib's `lz4` compressor), a block at a time: frame
 * and block headers are read here, each block is decoded by lz4js's block decoder into a
 * buffer that keeps the last 64 KiB for linked blocks. Concatenated and skippable frames
 * are followed; trailing bytes that are no frame end the stream, as in Python.
 * Checksums are not verified: the data is scanned whether or not Python would accept it.
 */
async function* decodeLz4Frames(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const r = new ByteReader(Readable.from(input, { objectMode: false }));
  const read = (n: number) =>
    r.read(n).catch((err: unknown) => {
      throw err instanceof Truncated ? new CorruptData('the lz4 frame is truncated') : err;
    });
  for (let frames = 0; ; frames++) {
    const magic = await r.peek(4);
    if (magic.length < 4) {
      if (frames === 0 || magic.length > 0) throw new CorruptData('the lz4 frame is truncated');
      return;
    }
    const m = magic.readUInt32LE(0);
    if (m >>> 4 === 0x184d2a5) {
      const skip = (await read(8)).readUInt32LE(4);
      await r.skip(skip).catch(() => {
        throw new CorruptData('a skippable lz4 frame is truncated');
      });
      continue;
    }
    if (m !== LZ4_MAGIC) {
      if (frames === 0) throw new CorruptData('not an lz4 frame');
      return;
    }
    const head = await read(6);
    const flg = head[4]!;
    const bd = head[5]!;
    if (flg >> 6 !== 1) throw new CorruptData('unsupported lz4 frame version');
    const blockMax = LZ4_BLOCK_MAX[(bd >> 4) & 7] ?? 0;
    if (!blockMax || flg & 0x02 || bd & 0x8f) throw new CorruptData('invalid lz4 frame descriptor');
    const independent = (flg & 0x20) !== 0;
    const blockChecksum = (flg & 0x10) !== 0;
    await read((flg & 0x08 ? 8 : 0) + (flg & 0x01 ? 4 : 0) + 1); // content size, dict id, HC
    const dst = new Uint8Array(LZ4_HISTORY + blockMax);
    let history = 0;
    for (;;) {
      const word = (await read(4)).readUInt32LE(0);
      if (word === 0) break;
      const size = word & 0x7fffffff;
      if (size > blockMax) throw new CorruptData('an lz4 block is larger than its frame allows');
      const block = await read(size);
      if (blockChecksum) await read(4);
      const start = independent ? 0 : history;
      let end: number;
      if (word & 0x80000000) {
        dst.set(block, start);
        end = start + size;
      } else {
        end = lz4DecompressBlock(block, dst, 0, size, start);
        if (end > dst.length || end - start > blockMax)
          throw new CorruptData('an lz4 block decodes beyond its frame block size');
      }
      yield Buffer.from(dst.subarray(start, end));
      if (!independent) {
        const keep = Math.min(LZ4_HISTORY, end);
        dst.copyWithin(0, end - keep, end);
        history = keep;
      }
    }
    if (flg & 0x04) await read(4); // content checksum
  }
}
