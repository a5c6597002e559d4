import {
  CreateMultipartUploadCommand,
  ListMultipartUploadsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, readlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/command.js';
import { makeGcCommand } from '../../src/commands/gc.js';
import type { Digest } from '../../src/digest.js';
import { StoreError } from '../../src/registry/errors.js';
import { S3Store } from '../../src/registry/stores/s3.js';
import { runNode, tempDir } from '../helpers/cli.js';
import { bundleSource } from '../helpers/bundle.js';
import { describeMoto, MOTO_ENV, startMoto, type Moto } from '../helpers/moto.js';
import { BUCKET, modelDir } from './helpers.js';

/**
 * Cleanup: what killed writers leave (temporary files, unfinished multipart uploads) is
 * removed by the next write in that folder and by `modelgate gc`, never anything else.
 */

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A temporary file as a writer killed `ageMs` ago leaves it. */
async function leftover(dir: string, name: string, ageMs: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, 'half an upload');
  const then = new Date(Date.now() - ageMs);
  await utimes(path, then, then);
  return path;
}

const names = async (dir: string) => (await readdir(dir)).sort();

describe('temporary files of killed writers in a file registry', () => {
  let cli: string;
  let built: Awaited<ReturnType<typeof tempDir>>;
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const reg = (...parts: string[]) => join(repo, '.modelgate/registry', ...parts);
  const run = (...args: string[]) =>
    runNode(cli, args, {
      cwd: repo,
      env: { ...process.env, GITHUB_ACTIONS: '' },
      timeoutMs: 30_000,
    });

  beforeAll(async () => {
    built = await tempDir('modelgate-gc-cli-');
    cli = (await bundleSource(built.dir)).cli;
  });
  afterAll(() => built.cleanup());
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-gc-'));
    repo = await modelDir(join(dir, 'repo'), { artifactBytes: Buffer.from('weights v1') });
    const r = await run('publish');
    expect(r.code, r.stderr).toBe(0);
  });
  afterEach(() => cleanup());

  it('are removed by the next write in their folder once an hour old; younger ones stay', async () => {
    const events = reg('models/demo/events');
    const blobs = reg('blobs/sha256');
    await leftover(events, '.tmp-4242-00aa11bb22cc', 2 * HOUR);
    await leftover(events, '.tmp-4243-00aa11bb22cd', 5 * 60 * 1000);
    await leftover(blobs, '.tmp-4244-00aa11bb22ce', 3 * HOUR);
    // A folder the next publish does not write to: its leftover waits for gc.
    await leftover(reg('models/other/events'), '.tmp-4245-00aa11bb22cf', 2 * HOUR);

    await writeFile(join(repo, 'model/model.bin'), 'weights v2');
    const manifest = await readFile(join(repo, 'modelgate.yaml'), 'utf8');
    await writeFile(join(repo, 'modelgate.yaml'), manifest.replace('1.0.0', '1.1.0'));
    const r = await run('publish');
    expect(r.code, r.stderr).toBe(0);
    expect((await names(events)).filter((n) => n.startsWith('.'))).toEqual([
      '.tmp-4243-00aa11bb22cd',
    ]);
    expect((await names(blobs)).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(await names(reg('models/other/events'))).toEqual(['.tmp-4245-00aa11bb22cf']);
  });

  it("are removed at once when their writer was a process of this host that is gone; a live writer's stay", async () => {
    // The writer's tag as the file store writes it: host name, pid namespace, pid.
    const ns = /\[(\d+)\]/.exec(await readlink('/proc/self/ns/pid'))![1];
    const writer = `${hostname()
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 40)}.${ns}`;
    const gone = spawnSync('true').pid;
    const events = reg('models/demo/events');
    await leftover(events, `.tmp-${writer}-${gone}-00aa11bb22c0`, 1000);
    await leftover(events, `.tmp-${writer}-${process.pid}-00aa11bb22c1`, 1000);
    await leftover(events, `.tmp-otherhost.${ns}-${gone}-00aa11bb22c2`, 1000);

    await writeFile(join(repo, 'model/model.bin'), 'weights v2');
    const manifest = await readFile(join(repo, 'modelgate.yaml'), 'utf8');
    await writeFile(join(repo, 'modelgate.yaml'), manifest.replace('1.0.0', '1.1.0'));
    expect((await run('publish')).code).toBe(0);
    expect((await names(events)).filter((n) => n.startsWith('.'))).toEqual(
      [
        `.tmp-${writer}-${process.pid}-00aa11bb22c1`,
        `.tmp-otherhost.${ns}-${gone}-00aa11bb22c2`,
      ].sort(),
    );
  });

  it('gc --dry-run lists them, gc removes them, and nothing else', async () => {
    const stale = [
      await leftover(reg('models/demo/events'), '.tmp-4242-00aa11bb22cc', 2 * HOUR),
      await leftover(reg('models/demo/evidence/1.0.0'), '.tmp-77-0123456789ab', 30 * HOUR),
      await leftover(reg('blobs/sha256'), '.tmp-4244-00aa11bb22ce', 3 * HOUR),
    ];
    await leftover(reg('models/demo/events'), '.tmp-4243-00aa11bb22cd', 5 * 60 * 1000);
    // Not a temporary file's name: never touched, however old.
    await leftover(reg('models/demo'), '.keep', 90 * DAY);
    const before = await names(reg('models/demo/events'));

    const dry = await run('gc', '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    const listed = JSON.parse(dry.stdout);
    expect(listed.dryRun).toBe(true);
    expect(
      listed.items.map((i: { kind: string; uri: string; removed: boolean }) => [
        i.kind,
        i.uri,
        i.removed,
      ]),
    ).toEqual(expect.arrayContaining(stale.map((p) => ['temp-file', `file://${p}`, false])));
    expect(listed.items).toHaveLength(3);
    expect(await names(reg('models/demo/events'))).toEqual(before);
    const text = await run('gc', '--dry-run');
    expect(text.stderr + text.stdout).toMatch(
      /gc --dry-run: would remove 3 temporary files in file:\/\//,
    );

    const gc = await run('gc');
    expect(gc.code, gc.stderr).toBe(0);
    expect(gc.stdout + gc.stderr).toMatch(/gc: removed 3 temporary files in file:\/\//);
    expect(gc.stdout + gc.stderr).toContain(`removed: temporary file file://${stale[0]}`);
    expect((await names(reg('models/demo/events'))).filter((n) => n.startsWith('.'))).toEqual([
      '.tmp-4243-00aa11bb22cd',
    ]);
    expect(await names(reg('models/demo/evidence/1.0.0'))).toEqual(['validate.json']);
    expect(await names(reg('models/demo'))).toContain('.keep');

    const again = await run('gc', '--json');
    expect(JSON.parse(again.stdout).items).toEqual([]);
  });
});

/** Every unfinished multipart upload in the bucket, as `key` strings. */
async function uploads(client: S3Client): Promise<string[]> {
  const r = await client.send(new ListMultipartUploadsCommand({ Bucket: BUCKET }));
  return (r.Uploads ?? []).map((u) => u.Key!).sort();
}

/**
 * An HTTP proxy to moto that answers 400 to the upload of part 2 of any multipart upload, and
 * keeps the method and path of every request, to see what the client sent after the failure.
 */
async function failingPart(upstream: string) {
  const seen: string[] = [];
  const target = new URL(upstream);
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.method === 'PUT' && /[?&]partNumber=2(&|$)/.test(req.url ?? '')) {
      req.resume();
      req.on('end', () => {
        res.writeHead(400, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidArgument</Code><Message>part 2 refused by the test</Message></Error>',
        );
      });
      return;
    }
    const up = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describeMoto('unfinished multipart uploads in an S3 registry (moto)', () => {
  let moto: Moto;
  let dir: string;
  let cleanup: () => Promise<void>;
  const saved: Record<string, string | undefined> = {};
  const quiet: CommandContext['log'] = { info() {}, warn() {}, progress() {} };

  beforeAll(async () => {
    moto = await startMoto();
    // The in-process commands find credentials where the SDK looks: the environment.
    for (const [k, v] of Object.entries(MOTO_ENV)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    await moto?.stop();
  });
  beforeEach(async () => ({ dir, cleanup } = await tempDir('modelgate-gc-s3-')));
  afterEach(() => cleanup());

  it('a failed upload aborts its multipart upload: no parts are left behind', async () => {
    const proxy = await failingPart(moto.endpoint);
    try {
      // Three 16 MiB parts: the second is refused.
      const file = join(dir, 'model.bin');
      const bytes = Buffer.alloc(40 * 1024 * 1024, 7);
      await writeFile(file, bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex') as Digest;
      const store = new S3Store({
        bucket: BUCKET,
        prefix: 'failed',
        client: moto.client(proxy.endpoint),
      });
      const key = `blobs/sha256/${sha256}`;
      const err = await store
        .upload(key, file, { sha256, size: bytes.length })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message).toMatch(/S3 registry: cannot upload to .*part 2 refused/);
      expect(proxy.seen.some((s) => /^POST \S+\?uploads/.test(s))).toBe(true);
      expect(proxy.seen.some((s) => /^DELETE \S+\?uploadId=/.test(s))).toBe(true);
      expect(await uploads(moto.client())).not.toContain(`failed/${key}`);
      expect(await store.exists(key)).toBe(false);
    } finally {
      await proxy.close();
    }
  });

  it('gc aborts the uploads under the blobs begun more than a day ago, and only those', async () => {
    const s3 = moto.client();
    const begin = (Key: string) =>
      s3.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key }));
    // What killed publishers leave, and what is not the registry's to abort.
    await begin('gc/blobs/sha256/aaaa');
    await begin('gc/blobs/sha256/bbbb');
    await begin('gc/models/demo/notes.txt');
    await begin('elsewhere/blobs/sha256/cccc');
    const all = await uploads(s3);
    // Ages are measured from when the store says they began (moto says 2010 for every upload).
    const listed = await s3.send(new ListMultipartUploadsCommand({ Bucket: BUCKET }));
    const began = Math.max(...(listed.Uploads ?? []).map((u) => u.Initiated!.getTime()));

    const gc = (later: number, dryRun: boolean) =>
      makeGcCommand({ now: () => new Date(began + later) }).run(
        {
          options: {
            registry: `s3://${BUCKET}/gc`,
            's3-endpoint': moto.endpoint,
            manifest: 'modelgate.yaml',
            'dry-run': dryRun,
          },
          positionals: [],
        },
        { cwd: dir, log: quiet },
      );

    // An hour later they may still be live: nothing is aborted.
    expect((await gc(HOUR, false)).json.items).toEqual([]);

    const dry = await gc(2 * DAY, true);
    const items = dry.json.items as { kind: string; uri: string; removed: boolean }[];
    expect(items.map((i) => [i.kind, i.uri.replace(/ \(upload .*\)$/, ''), i.removed])).toEqual([
      ['multipart-upload', `s3://${BUCKET}/gc/blobs/sha256/aaaa`, false],
      ['multipart-upload', `s3://${BUCKET}/gc/blobs/sha256/bbbb`, false],
    ]);
    expect(dry.text).toMatch(/would remove 2 unfinished multipart uploads in s3:\/\//);
    expect(await uploads(s3)).toEqual(all);

    const done = await gc(2 * DAY, false);
    expect((done.json.items as { removed: boolean }[]).map((i) => i.removed)).toEqual([true, true]);
    expect(await uploads(s3)).toEqual(['elsewhere/blobs/sha256/cccc', 'gc/models/demo/notes.txt']);
  });
});
