#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/artifacts/bytes.ts
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
var READ_CHUNK = 1024 * 1024;
function fileRandomAccess(path, fh, size) {
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
    }
  };
}
function sliceRandomAccess(parent, offset, size) {
  return {
    size,
    read: (position, length) => parent.read(offset + position, Math.max(0, Math.min(length, size - position))),
    stream: (start, end) => parent.stream(offset + start, offset + Math.min(end, size))
  };
}
function bufferRandomAccess(buf) {
  return {
    size: buf.length,
    read: async (position, length) => buf.subarray(position, position + length),
    stream: (start, end) => Readable.from([buf.subarray(start, end)])
  };
}
var Truncated = class extends Error {
};
var ByteReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  buf = Buffer.alloc(0);
  /** Made on the first read, so that a reader nobody reads from never starts its stream. */
  it;
  ended = false;
  /** Bytes consumed so far. */
  position = 0;
  listener;
  async next() {
    if (this.ended) return void 0;
    this.it ??= this.source[Symbol.asyncIterator]();
    const r = await this.it.next();
    if (r.done) this.ended = true;
    if (!r.done) this.listener?.(r.value);
    return r.done ? void 0 : r.value;
  }
  /**
   * Hands `listener` every byte of the stream from the current position on, as readers pull,
   * peek or skip them: a second reading of the same bytes without a second pass. Only from the
   * start of the stream, and only one listener.
   */
  tap(listener) {
    if (this.position !== 0 || this.listener) throw new Error("tap: only one, from the start");
    if (this.buf.length) listener(this.buf);
    this.listener = listener;
  }
  /** Up to `n` bytes from the current position, without consuming them. */
  async peek(n) {
    if (this.buf.length < n) {
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
  async read(n) {
    const b = await this.peek(n);
    if (b.length < n)
      throw new Truncated(
        `needed ${n} bytes at offset ${this.position}, the data ends after ${b.length}`
      );
    this.buf = this.buf.subarray(n);
    this.position += n;
    return b;
  }
  async skip(n) {
    while (n > 0) {
      if (this.buf.length === 0) this.buf = await this.next() ?? Buffer.alloc(0);
      if (this.buf.length === 0) throw new Truncated(`the data ends ${n} bytes early`);
      const k = Math.min(n, this.buf.length);
      this.buf = this.buf.subarray(k);
      this.position += k;
      n -= k;
    }
  }
  /** Everything left, chunk by chunk. */
  async *chunks() {
    for (; ; ) {
      const b = this.buf.length ? this.buf : await this.next();
      if (!b) return;
      this.buf = Buffer.alloc(0);
      this.position += b.length;
      yield b;
    }
  }
  /** Consumes the rest and returns how many bytes it held. */
  async drain() {
    let n = 0;
    for await (const chunk of this.chunks()) n += chunk.length;
    return n;
  }
  close() {
    this.source.destroy();
  }
};

export {
  READ_CHUNK,
  fileRandomAccess,
  sliceRandomAccess,
  bufferRandomAccess,
  Truncated,
  ByteReader
};
