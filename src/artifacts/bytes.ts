import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** Chunk size for reading files: large enough that parsing, not syscalls, bounds throughput. */
export const READ_CHUNK = 1024 * 1024;

/** Bytes that can be read at any offset without decompressing: a file, or a stored archive member. */
export interface RandomAccess {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
  /** Bytes in [start, end). */
  stream(start: number, end: number): Readable;
}

export function fileRandomAccess(path: string, fh: FileHandle, size: number): RandomAccess {
  return {
    size,
    async read(position, length) {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      let done = 0;
      while (done < buf.length) {
        const { bytesRead } = await fh.read(buf, done, buf.length - done, position + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done === buf.length ? buf : buf.subarray(0, done);
    },
    stream(start, end) {
      if (end <= start) return Readable.from([]);
      return createReadStream(path, { start, end: end - 1, highWaterMark: READ_CHUNK });
    },
  };
}

export function sliceRandomAccess(
  parent: RandomAccess,
  offset: number,
  size: number,
): RandomAccess {
  return {
    size,
    read: (position, length) =>
      parent.read(offset + position, Math.max(0, Math.min(length, size - position))),
    stream: (start, end) => parent.stream(offset + start, offset + Math.min(end, size)),
  };
}

export function bufferRandomAccess(buf: Buffer): RandomAccess {
  return {
    size: buf.length,
    read: async (position, length) => buf.subarray(position, position + length),
    stream: (start, end) => Readable.from([buf.subarray(start, end)]),
  };
}

/** The stream ended before a reader got the bytes it needed. */
export class Truncated extends Error {}

/**
 * Sequential reading over a stream of chunks, with look-ahead: format readers take what they
 * need (`read`, `skip`) and hand the rest on (`chunks`) without copying it.
 */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  /** Made on the first read, so that a reader nobody reads from never starts its stream. */
  private it: AsyncIterator<Buffer> | undefined;
  private ended = false;
  /** Bytes consumed so far. */
  position = 0;
  private listener: ((chunk: Buffer) => void) | undefined;

  constructor(private readonly source: Readable) {}

  private async next(): Promise<Buffer | undefined> {
    if (this.ended) return undefined;
    this.it ??= this.source[Symbol.asyncIterator]();
    const r = await this.it.next();
    if (r.done) this.ended = true;
    if (!r.done) this.listener?.(r.value as Buffer);
    return r.done ? undefined : (r.value as Buffer);
  }

  /**
   * Hands `listener` every byte of the stream from the current position on, as readers pull,
   * peek or skip them: a second reading of the same bytes without a second pass. Only from the
   * start of the stream, and only one listener.
   */
  tap(listener: (chunk: Buffer) => void): void {
    if (this.position !== 0 || this.listener) throw new Error('tap: only one, from the start');
    if (this.buf.length) listener(this.buf);
    this.listener = listener;
  }

  /** Up to `n` bytes from the current position, without consuming them. */
  async peek(n: number): Promise<Buffer> {
    if (this.buf.length < n) {
      // Gathered, then joined once: a long look-ahead costs one copy, not one per chunk.
      const parts = [this.buf];
      let have = this.buf.length;
      while (have < n) {
        const c = await this.next();
        if (!c) break;
        parts.push(c);
        have += c.length;
      }
      this.buf = Buffer.concat(parts, have);
    }
    return this.buf.subarray(0, n);
  }

  async read(n: number): Promise<Buffer> {
    const b = await this.peek(n);
    if (b.length < n)
      throw new Truncated(
        `needed ${n} bytes at offset ${this.position}, the data ends after ${b.length}`,
      );
    this.buf = this.buf.subarray(n);
    this.position += n;
    return b;
  }

  async skip(n: number): Promise<void> {
    while (n > 0) {
      if (this.buf.length === 0) this.buf = (await this.next()) ?? Buffer.alloc(0);
      if (this.buf.length === 0) throw new Truncated(`the data ends ${n} bytes early`);
      const k = Math.min(n, this.buf.length);
      this.buf = this.buf.subarray(k);
      this.position += k;
      n -= k;
    }
  }

  /** Everything left, chunk by chunk. */
  async *chunks(): AsyncGenerator<Buffer> {
    for (;;) {
      const b = this.buf.length ? this.buf : await this.next();
      if (!b) return;
      this.buf = Buffer.alloc(0);
      this.position += b.length;
      yield b;
    }
  }

  /** Consumes the rest and returns how many bytes it held. */
  async drain(): Promise<number> {
    let n = 0;
    for await (const chunk of this.chunks()) n += chunk.length;
    return n;
  }

  close(): void {
    this.source.destroy();
  }
}
