// sha256 throughput of sha256File (what validate and scan use) against `openssl dgst -sha256`
// on the same file, the machine's hashing limit, measured in the same run, best of ROUNDS.
// Target: at least 0.8× of openssl.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256File } from '../src/digest.js';

const SIZE = 256 * 1024 * 1024;
const ROUNDS = 3;
const TARGET = 0.8;

const dir = await mkdtemp(join(tmpdir(), 'modelgate-bench-sha-'));
try {
  const file = join(dir, 'blob.bin');
  // Real bytes on disk (not a sparse hole), so both sides read the same pages from the cache.
  const fh = await open(file, 'w');
  const chunk = randomBytes(4 * 1024 * 1024);
  for (let done = 0; done < SIZE; done += chunk.length) await fh.write(chunk);
  await fh.close();

  let openssl = Infinity;
  let ours = Infinity;
  let expected = '';
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    expected = execFileSync('openssl', ['dgst', '-sha256', '-r', file], { encoding: 'utf8' }).split(
      ' ',
    )[0]!;
    openssl = Math.min(openssl, performance.now() - t);
    t = performance.now();
    const { digest } = await sha256File(file);
    ours = Math.min(ours, performance.now() - t);
    if (digest !== expected) throw new Error(`sha256File gave ${digest}, openssl ${expected}`);
  }
  const mbps = (ms: number) => (SIZE / 1e6 / (ms / 1000)).toFixed(0);
  const ratio = openssl / ours;
  const ok = ratio >= TARGET;
  console.log(
    `sha256: ${ratio.toFixed(2)}× (${mbps(ours)} MB/s against openssl dgst ${mbps(openssl)} MB/s on 256 MiB; target ≥ ${TARGET}×) ${ok ? 'ok' : 'MISSED'}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
