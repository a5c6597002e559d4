import { execFileSync } from 'node:child_process';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/cli.js';
import { runMeasuringPeakRss } from '../helpers/rss.js';

const SIZE = 2 * 1024 * 1024 * 1024;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-big-'));
  await mkdir(join(dir, '.git'));
  // Sparse: the file system stores almost nothing, but every byte is still read and hashed.
  const fh = await open(join(dir, 'big.bin'), 'w');
  await fh.truncate(SIZE);
  await fh.write(Buffer.from('tail'), 0, 4, SIZE - 4);
  await fh.close();
});
afterAll(() => cleanup());

describe('digest of a 2 GB artifact', () => {
  it('streams: the digest is right and peak memory stays under 100 MB', async () => {
    await writeFile(
      join(dir, 'modelgate.yaml'),
      `apiVersion: modelgate/v1\nmodel:\n  name: big\n  version: 1.0.0\n  framework: custom\n  artifacts:\n    - path: big.bin\n      sha256: ${'f'.repeat(64)}\n`,
    );
    const r = await runMeasuringPeakRss(process.execPath, [CLI, 'validate', '--json'], {
      cwd: dir,
      timeoutMs: 300_000,
    });
    // The wrong digest in the manifest makes validate report the real one.
    expect(r.code, r.stderr).toBe(1);
    const expected = execFileSync('sha256sum', [join(dir, 'big.bin')], { encoding: 'utf8' }).split(
      ' ',
    )[0];
    const report = JSON.parse(r.stdout);
    expect(report.models[0].artifacts[0]).toMatchObject({ size: SIZE, sha256: expected });
    expect(r.peakRssBytes).toBeGreaterThan(0);
    expect(r.peakRssBytes).toBeLessThan(100 * 1024 * 1024);
  }, 300_000);
});
