import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/cli.js';
import { runMeasuringPeakRss } from '../helpers/rss.js';
import { zipEnd, zipEntry } from './zip-helper.js';

const SIZE = 2 * 1024 * 1024 * 1024;
const LIMIT = 150 * 1024 * 1024;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => ({ dir, cleanup } = await tempDir('modelgate-big-scan-')));
afterAll(() => cleanup());

/** Writes `parts` at their offsets into a sparse file of `size` bytes: the rest is a hole. */
async function sparse(path: string, size: number, parts: [number, Buffer][]): Promise<void> {
  const fh = await open(path, 'w');
  try {
    await fh.truncate(size);
    for (const [at, bytes] of parts) await fh.write(bytes, 0, bytes.length, at);
  } finally {
    await fh.close();
  }
}

async function scanPeak(file: string) {
  const r = await runMeasuringPeakRss(process.execPath, [CLI, 'scan', file, '--json'], {
    cwd: dir,
    timeoutMs: 300_000,
  });
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe('scanning 2 GB artifacts keeps memory flat', () => {
  it('a PyTorch zip checkpoint', async () => {
    // data.pkl: {'w': FloatStorage persistent id} — a tiny pickle; data/0: 2 GB of zeros in a hole.
    const pkl = Buffer.from(
      '\x80\x02}q\x00X\x01\x00\x00\x00wq\x01(X\x07\x00\x00\x00storageq\x02ctorch\nFloatStorage\nq\x03X\x01\x00\x00\x000q\x04tq\x05Qs.',
      'latin1',
    );
    const a = zipEntry('archive/data.pkl', pkl.length, 0);
    const dataOffset = a.local.length + pkl.length;
    const dataSize = SIZE - 4096;
    const b = zipEntry('archive/data/0', dataSize, dataOffset);
    const cdOffset = dataOffset + b.local.length + dataSize;
    const eocd = zipEnd(2, a.central.length + b.central.length, cdOffset);
    const tail = Buffer.concat([a.central, b.central, eocd]);
    const file = join(dir, 'model.pt');
    await sparse(file, cdOffset + tail.length, [
      [0, Buffer.concat([a.local, pkl, b.local])],
      [cdOffset, tail],
    ]);
    const r = await scanPeak(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.files[0]).toMatchObject({
      format: 'pytorch-zip',
      verdict: 'safe',
      size: cdOffset + tail.length,
    });
    expect(r.peakRssBytes).toBeGreaterThan(0);
    expect(r.peakRssBytes).toBeLessThan(LIMIT);
  }, 300_000);

  it('a safetensors file', async () => {
    const header = Buffer.from(
      JSON.stringify({ w: { dtype: 'F32', shape: [SIZE / 4], data_offsets: [0, SIZE] } }),
    );
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(header.length));
    const file = join(dir, 'model.safetensors');
    await sparse(file, 8 + header.length + SIZE, [[0, Buffer.concat([len, header])]]);
    const r = await scanPeak(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.files[0]).toMatchObject({ format: 'safetensors', verdict: 'safe' });
    expect(r.peakRssBytes).toBeLessThan(LIMIT);
  }, 300_000);
});
