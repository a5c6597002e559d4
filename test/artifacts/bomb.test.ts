import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGzip, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../src/artifacts/scan.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('modelgate-bomb-')));
afterAll(() => cleanup());

describe('decompression bombs', () => {
  it('a gzip inside a gzip that inflates past 1 GiB is stopped and reported', async () => {
    // A pickle whose BINBYTES8 payload claims 2 GiB of zeros: the walker must read it all.
    const header = Buffer.alloc(11);
    header.write('\x80\x04\x8e', 'latin1');
    header.writeBigUInt64LE(2n ** 31n, 3);
    const zeros = Buffer.alloc(1 << 20);
    const inner = await buffer(
      Readable.from(
        (function* () {
          yield header;
          for (let i = 0; i < 1100; i++) yield zeros;
        })(),
      ).pipe(createGzip({ level: 1 })),
    );
    const file = join(dir, 'bomb.pkl.gz');
    await writeFile(file, gzipSync(inner));
    const r = await scanFile(file, { pickle: 'strict', allowGlobals: [] });
    expect(r.verdict).toBe('unsafe');
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'decompression-bomb', verdict: 'unsafe' }),
    );
  }, 120_000);
});

describe('parser bombs', () => {
  it('a safetensors header of a million tiny JSON values is refused before it is parsed', async () => {
    // Within the 100 MB header limit, parsed it would take gigabytes of memory.
    const json = Buffer.from(
      `{${Array.from({ length: 1 << 20 }, (_, i) => `"${i}":0`).join(',')}}`,
    );
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(json.length));
    const file = join(dir, 'values.safetensors');
    await writeFile(file, Buffer.concat([len, json]));
    const r = await scanFile(file, { pickle: 'strict', allowGlobals: [] });
    expect(r.verdict).toBe('error');
    expect(r.findings.map((f) => f.message)).toContain(
      'the header holds more than 1048576 JSON values',
    );
  });
});

describe('large JSON', () => {
  it('a JSON file too large to parse is still read for Keras Lambda layers', async () => {
    const filler = `"pad": "${'x'.repeat(17 * 1024 * 1024)}"`;
    const file = join(dir, 'config.json');
    await writeFile(file, `{${filler}, "layers": [{"class_name": "Lambda", "config": {}}]}`);
    const r = await scanFile(file, { pickle: 'strict', allowGlobals: [] });
    expect(r.verdict).toBe('unsafe');
    expect(r.findings.map((f) => f.rule)).toContain('keras-lambda');
  });
});
