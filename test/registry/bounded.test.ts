import { PutObjectCommand } from '@aws-sdk/client-s3';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CorruptRegistryError, StoreError } from '../../src/registry/errors.js';
import { keys } from '../../src/registry/registry.js';
import { makeDirs } from '../../src/registry/stores/file.js';
import { S3Store, shownEndpoint } from '../../src/registry/stores/s3.js';
import { redactUserinfo } from '../../src/workflow-log.js';
import { RECORD_MAX_BYTES } from '../../src/registry/store.js';
import { runNode, tempDir } from '../helpers/cli.js';
import { bundleSource } from '../helpers/bundle.js';
import { BUCKET, modelDir, startS3 } from './helpers.js';

/**
 * Bounded everything: no folder creation that can spin, no read of a record without a size
 * bound, no open of what is not a file, no password of an endpoint in a message.
 */

/** A folder under /proc, where mkdir answers ENOENT although /proc exists. */
const PROC = `/proc/modelgate-${process.pid}`;

let cli: string;
let built: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  built = await tempDir('modelgate-bounded-cli-');
  cli = (await bundleSource(built.dir)).cli;
});
afterAll(() => built.cleanup());

describe('bounded folder creation and reads, through the CLI', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const registry = () => join(repo, '.modelgate/registry');
  const run = (...args: string[]) =>
    runNode(cli, args, {
      cwd: repo,
      env: { ...process.env, GITHUB_ACTIONS: '' },
      // Each of these hung for ever or ran out of memory: seconds are plenty.
      timeoutMs: 15_000,
    });
  const publish = async () => {
    const r = await run('publish');
    expect(r.code, r.stderr).toBe(0);
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-bounded-'));
    repo = await modelDir(join(dir, 'repo'), { artifactBytes: Buffer.from('weights') });
  });
  afterEach(() => cleanup());

  it('--registry file:///proc/x fails fast, exit 2, naming the folder it cannot make', async () => {
    const started = Date.now();
    const r = await run('publish', '--registry', `file://${PROC}`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `file registry: cannot create ${PROC}/\\S+: cannot create the folder ${PROC}: its parent exists but refuses new folders`,
      ),
    );
    expect(r.stderr).not.toMatch(/internal error/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('pull --out /proc/x fails fast with a configuration error (exit 2)', async () => {
    await publish();
    const r = await run('pull', '--version', '1.0.0', '--out', PROC);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `cannot write model/model.bin under --out ${PROC}: cannot create the folder ${PROC}`,
      ),
    );
    expect(r.stderr).toMatch(/hint: give --out a folder this user can write/);
  });

  it('a version record that is a FIFO is an error naming it, not a hang', async () => {
    await publish();
    const record = join(registry(), keys.version('demo', '1.0.0'));
    await unlink(record);
    execFileSync('mkfifo', [record]);
    const r = await run('pull', '--version', '1.0.0', '--out', join(dir, 'out'));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/versions\/1\.0\.0\.json is a FIFO, not a file/);
  });

  it('a snapshot linked to /dev/zero is refused, never read', async () => {
    await publish();
    const snapshot = join(registry(), keys.stages('demo'));
    await unlink(snapshot);
    await symlink('/dev/zero', snapshot);
    const r = await run('status', '--json');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/stages\.json is a symbolic link, not a file/);
  });

  it('a record larger than any record modelgate writes is refused unread', async () => {
    await publish();
    const record = join(registry(), keys.version('demo', '1.0.0'));
    // Still valid JSON, so that only the bound can refuse it.
    const padded = (await readFile(record, 'utf8')).replace(
      '{',
      '{' + ' '.repeat(RECORD_MAX_BYTES),
    );
    await writeFile(record, padded);
    const r = await run('pull', '--version', '1.0.0', '--out', join(dir, 'out'));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(
      /1\.0\.0\.json is larger than any modelgate record \(16777216 bytes at most\)/,
    );
  });
});

describe('makeDirs, the mkdir -p that cannot spin', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('modelgate-mkdir-')));
  afterEach(() => cleanup());

  it('makes missing folders, accepts existing ones, and names a file in the way', async () => {
    await makeDirs(join(dir, 'a/b/c'));
    await makeDirs(join(dir, 'a/b/c'));
    expect((await stat(join(dir, 'a/b/c'))).isDirectory()).toBe(true);
    await writeFile(join(dir, 'a/file'), 'x');
    await expect(makeDirs(join(dir, 'a/file'))).rejects.toThrow(
      `cannot create the folder ${join(dir, 'a/file')}: a file stands in the way`,
    );
    await expect(makeDirs(join(dir, 'a/file/below'))).rejects.toThrow(/ENOTDIR/);
  });

  it('fails at once under /proc, where mkdir -p loops', async () => {
    await expect(makeDirs(`${PROC}/a/b`)).rejects.toThrow(
      `cannot create the folder ${PROC}: its parent exists but refuses new folders (ENOENT)`,
    );
  });

  it('gives up after 32 missing folders rather than climb for ever', async () => {
    await mkdir(join(dir, 'ok'));
    const deep = join(dir, 'ok', ...Array.from({ length: 33 }, (_, i) => `d${i}`));
    await expect(makeDirs(deep)).rejects.toThrow(/more than 32 of its folders are missing/);
    await makeDirs(join(dir, 'ok', ...Array.from({ length: 32 }, (_, i) => `d${i}`)));
  });
});

describe('the S3 store bounds records and hides the endpoint password', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('modelgate-bounded-s3-')));
  afterEach(() => cleanup());

  it('refuses a record larger than any modelgate writes (s3rver)', async () => {
    const s3 = await startS3(join(dir, 's3data'));
    try {
      const store = new S3Store({ bucket: BUCKET, prefix: 'reg', client: s3.client() });
      const put = (key: string, body: Uint8Array) =>
        s3.client().send(new PutObjectCommand({ Bucket: BUCKET, Key: `reg/${key}`, Body: body }));
      await put('small.json', Buffer.from('{}'));
      expect(Buffer.from((await store.get('small.json'))!).toString()).toBe('{}');
      await put('huge.json', Buffer.alloc(RECORD_MAX_BYTES + 1, 0x20));
      const refused = store.get('huge.json');
      await expect(refused).rejects.toBeInstanceOf(CorruptRegistryError);
      await expect(refused).rejects.toThrow(
        `s3://${BUCKET}/reg/huge.json is larger than any modelgate record`,
      );
    } finally {
      await s3.stop();
    }
  });

  it('never shows the password of an --s3-endpoint, in messages or hints', async () => {
    expect(shownEndpoint('http://modelgate:hunter2@127.0.0.1:9000')).toBe(
      'http://modelgate:***@127.0.0.1:9000',
    );
    expect(shownEndpoint('https://minio.internal:9000')).toBe('https://minio.internal:9000');
    // The userinfo ends at the last @ of the authority, as URL parsers read it.
    expect(shownEndpoint('http://alice:p@ss@127.0.0.1:1')).toBe('http://alice:***@127.0.0.1:1');
    expect(redactUserinfo('see http://alice:p@ss@127.0.0.1:1/x')).toBe(
      'see http://***@127.0.0.1:1/x',
    );
    const store = new S3Store({
      bucket: BUCKET,
      prefix: 'reg',
      // Nothing listens on port 1: the request fails, and the error quotes the endpoint.
      endpoint: 'http://modelgate:hunter2@127.0.0.1:1',
    });
    process.env.AWS_REGION ??= 'us-east-1';
    process.env.AWS_ACCESS_KEY_ID ??= 'test';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'test';
    const err = await store.get('models/demo/stages.json').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    const shown = `${(err as StoreError).message}\n${(err as StoreError).hint}`;
    expect(shown).not.toContain('hunter2');
    expect(shown).toContain('http://modelgate:***@127.0.0.1:1');
  });
});
