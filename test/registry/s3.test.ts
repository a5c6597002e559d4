import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/digest.js';
import { Registry } from '../../src/registry/registry.js';
import { S3Store } from '../../src/registry/stores/s3.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { describeMoto, MOTO_ENV, startMoto, type Moto } from '../helpers/moto.js';
import { faultProxy, type FaultProxy } from './fault-proxy.js';
import { BUCKET, modelDir, S3_ENV, startS3, type S3Server } from './helpers.js';

const env = (extra: NodeJS.ProcessEnv = {}) => ({
  ...process.env,
  GITHUB_ACTIONS: '',
  ...S3_ENV,
  ...extra,
});

async function keysIn(s3: S3Server): Promise<string[]> {
  const r = await s3.client().send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (r.Contents ?? []).map((o) => o.Key!).sort();
}

describe('the S3 registry against s3rver', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let s3: S3Server;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-s3-'));
    s3 = await startS3(join(dir, 's3data'));
    await modelDir(join(dir, 'repo'), { artifactBytes: Buffer.from('weights') });
  });
  afterEach(async () => {
    await s3.stop().catch(() => undefined);
    await cleanup();
  });

  const cli = (args: string[], endpoint = s3.endpoint) =>
    runCli([...args, '--registry', `s3://${BUCKET}/reg`, '--s3-endpoint', endpoint], {
      cwd: join(dir, 'repo'),
      env: env(),
      timeoutMs: 120_000,
    });

  it('detects that s3rver ignores conditional writes and refuses to write anything but the probe', async () => {
    const r = await cli(['publish']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does not honour create-if-absent \(If-None-Match: \*\)/);
    expect(r.stderr).toMatch(/--single-writer/);
    expect(r.stderr).toMatch(/concurrency:/);
    expect(r.stderr).not.toMatch(/internal error| {4}at /);
    expect(await keysIn(s3)).toEqual(['reg/_modelgate/probe']);
  });

  it('works with --single-writer: publish, promote, status, history', async () => {
    expect((await cli(['publish', '--single-writer'])).code).toBe(0);
    const again = await cli(['publish', '--single-writer', '--json']);
    expect(JSON.parse(again.stdout).models[0]).toMatchObject({
      status: 'unchanged',
      uploadedBytes: 0,
    });
    const p = await cli(['promote', '--to', 'staging', '--single-writer', '--json']);
    expect(p.code).toBe(0);
    expect(JSON.parse(p.stdout).models[0]).toMatchObject({
      stage: 'staging',
      version: '1.0.0',
      revision: 2,
    });
    const s = await cli(['status', '--json']);
    expect(JSON.parse(s.stdout).models[0]).toMatchObject({
      revision: 2,
      stages: { staging: { version: '1.0.0' } },
    });
    const h = await cli(['history', '--json']);
    expect(
      JSON.parse(h.stdout).models[0].events.map((e: { change: { type: string } }) => e.change.type),
    ).toEqual(['publish', 'promote']);
    expect(await keysIn(s3)).toEqual(
      expect.arrayContaining([
        'reg/models/demo/events/000000000001',
        'reg/models/demo/events/000000000002',
        'reg/models/demo/stages.json',
        'reg/models/demo/versions/1.0.0.json',
        'reg/models/demo/evidence/1.0.0/validate.json',
      ]),
    );
  });

  it('a multipart publish cut off by the server stopping leaves no version; a rerun completes it with the right bytes', async () => {
    const size = 200 * 1024 * 1024;
    const file = join(dir, 'repo/model/model.bin');
    const hash = createHash('sha256');
    const fh = await open(file, 'w');
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < size / chunk.length; i++) {
      chunk.fill(i % 251);
      chunk.writeUInt32BE(i, 0);
      hash.update(chunk);
      await fh.write(chunk);
    }
    await fh.close();
    const digest = hash.digest('hex') as Digest;

    // Between the CLI and s3rver, a proxy that counts the bytes sent and, 60 MB into the
    // upload, stops the server and drops every connection.
    const sockets = new Set<Socket>();
    let sent = 0;
    let cut = false;
    const proxy = createServer((client) => {
      const upstream = connect(s3.port, '127.0.0.1');
      sockets.add(client).add(upstream);
      client.on('data', (d: Buffer) => {
        sent += d.length;
        if (sent > 60 * 1024 * 1024 && !cut) {
          cut = true;
          for (const s of sockets) s.destroy();
          proxy.close();
          void s3.stop();
        }
      });
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const port = (proxy.address() as { port: number }).port;
    const first = await cli(['publish', '--single-writer'], `http://127.0.0.1:${port}`);
    expect(cut).toBe(true);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/S3 registry: cannot/);

    s3 = await startS3(join(dir, 's3data'));
    const store = new S3Store({ bucket: BUCKET, prefix: 'reg', client: s3.client() });
    expect(await store.get('models/demo/versions/1.0.0.json')).toBeUndefined();
    expect(await store.exists(`blobs/sha256/${digest}`)).toBe(false);

    const rerun = await cli(['publish', '--single-writer', '--json']);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).models[0]).toMatchObject({
      status: 'created',
      uploadedBytes: size,
    });
    const registry = new Registry(store, { singleWriter: true });
    expect((await registry.version('demo', '1.0.0'))?.artifacts[0]).toMatchObject({
      sha256: digest,
      size,
    });
    const out = join(dir, 'read-back.bin');
    expect(await registry.readBlob(digest, out)).toEqual({ size });
    expect(
      createHash('sha256')
        .update(await readFile(out))
        .digest('hex'),
    ).toBe(digest);
  }, 300_000);
});

describeMoto('the S3 registry on a store that honours conditional writes (moto)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let moto: Moto;
  // Records what the CLI sent: moto need not echo the encryption headers back.
  let proxy: FaultProxy;
  beforeAll(async () => {
    moto = await startMoto();
    proxy = await faultProxy(moto.endpoint);
  });
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-s3c-'));
    await modelDir(join(dir, 'repo'), { artifactBytes: Buffer.from('weights') });
  });
  afterEach(() => cleanup());

  const motoEnv = () => ({ ...process.env, GITHUB_ACTIONS: '', ...MOTO_ENV });

  it('passes the probe, writes without --single-writer, and sends the encryption headers asked for', async () => {
    const r = await runCli(
      [
        'publish',
        '--registry',
        `s3://${BUCKET}/enc`,
        '--s3-endpoint',
        proxy.endpoint,
        '--sse',
        'aws:kms',
        '--sse-kms-key-id',
        'alias/models',
      ],
      {
        cwd: join(dir, 'repo'),
        env: motoEnv(),
        timeoutMs: 60_000,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const puts = proxy.exchanges.filter((e) => e.method === 'PUT' && e.key.startsWith('enc/'));
    expect(puts.length).toBeGreaterThan(3);
    for (const { headers: h } of puts) {
      expect(h['x-amz-server-side-encryption']).toBe('aws:kms');
      expect(h['x-amz-server-side-encryption-aws-kms-key-id']).toBe('alias/models');
    }
    const store = new S3Store({ bucket: BUCKET, prefix: 'enc', client: moto.client() });
    expect(await store.create('models/demo/versions/1.0.0.json', Buffer.from('{}'))).toBe('exists');
    expect(await store.list('models/demo/events/')).toEqual(['models/demo/events/000000000001']);
  });

  it(`8 processes at once keep the log contiguous`, async () => {
    const reported: number[] = [];
    for (let round = 1; round <= 2; round++) {
      const runs = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          const repo = join(dir, `repo-${round}-${i}`);
          await modelDir(repo, {
            version: `1.${round}.${i}`,
            artifactBytes: Buffer.from(`weights ${i}`),
          });
          return runCli(
            ['publish', '--registry', `s3://${BUCKET}/c`, '--s3-endpoint', moto.endpoint, '--json'],
            { cwd: repo, env: motoEnv(), timeoutMs: 120_000 },
          );
        }),
      );
      for (const r of runs) {
        expect(r.code, r.stderr).toBe(0);
        reported.push(JSON.parse(r.stdout).models[0].revision);
      }
    }
    expect(reported.sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const store = new S3Store({ bucket: BUCKET, prefix: 'c', client: moto.client() });
    expect(await store.list('models/demo/events/')).toHaveLength(16);
  }, 300_000);
});
