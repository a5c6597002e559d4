import { PutObjectCommand } from '@aws-sdk/client-s3';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sha256Bytes } from '../../src/digest.js';
import { storeBlob } from '../../src/registry/blobs.js';
import { keys } from '../../src/registry/registry.js';
import { S3Store } from '../../src/registry/stores/s3.js';
import { runNode, tempDir } from '../helpers/cli.js';
import { bundleSource } from '../helpers/bundle.js';
import { describeMoto, startMoto, type Moto } from '../helpers/moto.js';
import { BUCKET, modelDir, S3_ENV, startS3, type S3Server } from './helpers.js';

/**
 * Blobs that heal: a damaged blob (a flipped byte, a truncated upload, a FIFO, a link to
 * /dev/zero) makes pull exit 2 and write nothing, within seconds; the next publish replaces it
 * with the artifact's verified bytes and says so; pull then succeeds. Through the CLI, built
 * from the sources into a temporary folder (dist/ is rebuilt only at release).
 */

const WEIGHTS = Buffer.from('weights v1');
const DIGEST = sha256Bytes(WEIGHTS);

/** Every file under `dir`, relative, sorted; [] when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

let cli: string;
let built: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  built = await tempDir('modelgate-blobs-cli-');
  cli = (await bundleSource(built.dir)).cli;
});
afterAll(() => built.cleanup());

describe('blobs in a file registry heal', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const blob = () => join(repo, '.modelgate/registry', keys.blob(DIGEST));
  const out = () => join(dir, 'out');
  const run = (...args: string[]) =>
    runNode(cli, args, {
      cwd: repo,
      env: { ...process.env, GITHUB_ACTIONS: '' },
      // A FIFO or /dev/zero must fail in seconds, not hang until the suite gives up.
      timeoutMs: 15_000,
    });
  const pull = () => run('pull', '--version', '1.0.0', '--out', out());

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-blobs-'));
    repo = await modelDir(join(dir, 'repo'), { artifactBytes: WEIGHTS });
    const r = await run('publish');
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(blob())).toEqual(WEIGHTS);
  });
  afterEach(() => cleanup());

  /** The damaged blob fails pull (exit 2, nothing written), publish heals it, pull then works. */
  async function healsAfter(damage: () => Promise<void>, refusal: RegExp, healed: RegExp) {
    await damage();
    const refused = await pull();
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toMatch(refusal);
    expect(refused.stderr).not.toMatch(/internal error/);
    expect(await filesUnder(out())).toEqual([]);

    const again = await run('publish', '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(healed);
    expect(JSON.parse(again.stdout).models[0]).toMatchObject({
      status: 'unchanged',
      uploadedBytes: WEIGHTS.length,
    });
    expect(await readFile(blob())).toEqual(WEIGHTS);

    const ok = await pull();
    expect(ok.code, ok.stderr).toBe(0);
    expect(await readFile(join(out(), 'model/model.bin'))).toEqual(WEIGHTS);
    // Healed once: the next publish finds the blob intact and uploads nothing.
    const third = await run('publish', '--json');
    expect(JSON.parse(third.stdout).models[0].uploadedBytes).toBe(0);
    expect(third.stderr).not.toMatch(/healed/);
  }

  it('a flipped byte', async () => {
    await healsAfter(
      async () => {
        const bytes = await readFile(blob());
        bytes[3]! ^= 0x01;
        await writeFile(blob(), bytes);
      },
      /blob file:\/\/\S+ is corrupt: its bytes hash to [0-9a-f]{64}/,
      new RegExp(`healed file://\\S+${DIGEST}: its bytes hash to [0-9a-f]{64}`),
    );
  });

  it('a truncated upload', async () => {
    await healsAfter(
      () => truncate(blob(), 4),
      /is corrupt: it holds 4 bytes where the version record says 10/,
      /healed \S+: it holds 4 bytes, not 10/,
    );
  });

  it('a blob that grew', async () => {
    await healsAfter(
      () => writeFile(blob(), Buffer.concat([WEIGHTS, Buffer.from('and more')])),
      /is corrupt: it holds 18 bytes where the version record says 10/,
      /healed \S+: it holds 18 bytes, not 10/,
    );
  });

  it('a FIFO in place of the blob fails in seconds, never hangs', async () => {
    await healsAfter(
      async () => {
        await unlink(blob());
        execFileSync('mkfifo', [blob()]);
      },
      new RegExp(`file://\\S+${DIGEST} is a FIFO, not a file`),
      /healed \S+: it is a FIFO, not a file/,
    );
  });

  it('a link to /dev/zero in place of the blob is refused, never read', async () => {
    await healsAfter(
      async () => {
        await unlink(blob());
        await symlink('/dev/zero', blob());
      },
      new RegExp(`file://\\S+${DIGEST} is a symbolic link, not a file`),
      /healed \S+: it is a symbolic link, not a file/,
    );
  });

  it('pull writes no artifact when one of them is damaged, and leaves what --out held', async () => {
    const second = Buffer.from('tokenizer v1');
    await writeFile(join(repo, 'model/tokenizer.bin'), second);
    const manifest = await readFile(join(repo, 'modelgate.yaml'), 'utf8');
    await writeFile(
      join(repo, 'modelgate.yaml'),
      manifest
        .replace('1.0.0', '1.1.0')
        .replace(
          '- path: model/model.bin\n',
          '- path: model/model.bin\n    - path: model/tokenizer.bin\n',
        ),
    );
    expect((await run('publish')).code).toBe(0);
    await mkdir(join(out(), 'model'), { recursive: true });
    await writeFile(join(out(), 'model/model.bin'), 'old model');
    // The first artifact is intact, the second damaged.
    await truncate(join(repo, '.modelgate/registry', keys.blob(sha256Bytes(second))), 3);
    const r = await run('pull', '--version', '1.1.0', '--out', out());
    expect(r.code, r.stderr).toBe(2);
    expect(await filesUnder(out())).toEqual(['model/model.bin']);
    expect(await readFile(join(out(), 'model/model.bin'), 'utf8')).toBe('old model');
  });
});

describe('blobs in an S3 registry heal (s3rver, --single-writer)', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  let s3: S3Server;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-blobs-s3-'));
    s3 = await startS3(join(dir, 's3data'));
    repo = await modelDir(join(dir, 'repo'), { artifactBytes: WEIGHTS });
  });
  afterEach(async () => {
    await s3.stop().catch(() => undefined);
    await cleanup();
  });

  const run = (...args: string[]) =>
    runNode(
      cli,
      [
        ...args,
        '--registry',
        `s3://${BUCKET}/reg`,
        '--s3-endpoint',
        s3.endpoint,
        '--single-writer',
      ],
      { cwd: repo, env: { ...process.env, GITHUB_ACTIONS: '', ...S3_ENV }, timeoutMs: 60_000 },
    );
  const damage = (body: Buffer) =>
    s3
      .client()
      .send(new PutObjectCommand({ Bucket: BUCKET, Key: `reg/${keys.blob(DIGEST)}`, Body: body }));

  it('an object of the wrong size: pull refuses it before reading, publish replaces it', async () => {
    expect((await run('publish')).code).toBe(0);
    for (const wrong of [WEIGHTS.subarray(0, 4), Buffer.alloc(5 * 1024 * 1024)]) {
      await damage(wrong);
      const refused = await run('pull', '--version', '1.0.0', '--out', join(dir, 'out'));
      expect(refused.code, refused.stderr).toBe(2);
      expect(refused.stderr).toMatch(
        new RegExp(`is corrupt: it holds ${wrong.length} bytes where the version record says 10`),
      );
      expect(await filesUnder(join(dir, 'out'))).toEqual([]);

      const healed = await run('publish', '--json');
      expect(healed.code, healed.stderr).toBe(0);
      expect(healed.stderr).toMatch(
        new RegExp(
          `healed s3://${BUCKET}/reg/blobs/sha256/${DIGEST}: it holds ${wrong.length} bytes, not 10`,
        ),
      );
      expect(JSON.parse(healed.stdout).models[0].uploadedBytes).toBe(10);
      const ok = await run('pull', '--version', '1.0.0', '--out', join(dir, 'out'));
      expect(ok.code, ok.stderr).toBe(0);
      expect(await readFile(join(dir, 'out/model/model.bin'))).toEqual(WEIGHTS);
      await unlink(join(dir, 'out/model/model.bin'));
    }
  });
});

describeMoto('blobs in S3 as S3 answers for them (moto)', () => {
  let moto: Moto;
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(() => moto?.stop());
  beforeEach(async () => ({ dir, cleanup } = await tempDir('modelgate-blobs-moto-')));
  afterEach(() => cleanup());

  it('what upload stored, in one part or many, is intact; a shorter object is healed', async () => {
    const store = new S3Store({ bucket: BUCKET, prefix: 'heal', client: moto.client() });
    // One part, then three (a multipart upload).
    for (const size of [1024, 40 * 1024 * 1024]) {
      const bytes = Buffer.alloc(size, size % 251);
      const file = join(dir, `model-${size}.bin`);
      await writeFile(file, bytes);
      const expect_ = { sha256: sha256Bytes(bytes), size };
      const key = keys.blob(expect_.sha256);
      const warnings: string[] = [];
      const warn = (m: string) => warnings.push(m);
      expect(await storeBlob(store, key, file, expect_, warn)).toBe(size);
      expect(await store.check(key, expect_)).toEqual({ state: 'intact' });
      expect(await storeBlob(store, key, file, expect_, warn)).toBe(0);
      await moto
        .client()
        .send(
          new PutObjectCommand({ Bucket: BUCKET, Key: `heal/${key}`, Body: bytes.subarray(1) }),
        );
      expect(await storeBlob(store, key, file, expect_, warn)).toBe(size);
      expect(warnings).toEqual([
        `healed s3://${BUCKET}/heal/${key}: it holds ${size - 1} bytes, not ${size}; replaced it with the artifact's bytes`,
      ]);
      expect(await store.check(key, expect_)).toEqual({ state: 'intact' });
    }
  });
});
