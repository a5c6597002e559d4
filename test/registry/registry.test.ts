import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Bytes } from '../../src/digest.js';
import { productionBaseline, recordEvidence } from '../../src/registry/index.js';
import { applyEvent, emptyState, type EventDraft } from '../../src/registry/model.js';
import { keys, Registry } from '../../src/registry/registry.js';
import { FileStore } from '../../src/registry/stores/file.js';
import { parseRegistryUri } from '../../src/registry/uri.js';
import { tempDir } from '../helpers/cli.js';
import { prov, publishRecord, versionRecord } from './helpers.js';

const publish = (version: string): EventDraft => ({
  change: { type: 'publish', record: '0'.repeat(64), version },
  gates: [],
  forced: false,
});

describe('the registry on the file store', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let warnings: string[];
  let registry: Registry;
  const open = () =>
    new Registry(new FileStore(join(dir, 'reg')), { warn: (m) => warnings.push(m) });
  const snapshotFile = () => join(dir, 'reg', keys.stages('m'));
  const eventsDir = () => join(dir, 'reg/models/m/events');

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-registry-'));
    warnings = [];
    registry = open();
  });
  afterEach(() => cleanup());

  it('re-publishing the same digests changes nothing; other digests conflict and show both', async () => {
    expect(await registry.createVersion(versionRecord('m', '1.0.0'))).toBe('created');
    expect(await registry.createVersion(versionRecord('m', '1.0.0'))).toBe('unchanged');
    const other = versionRecord('m', '1.0.0', 'other weights');
    await expect(registry.createVersion(other)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringContaining(other.artifacts[0]!.sha256),
    });
    await expect(registry.createVersion(other)).rejects.toThrow(
      versionRecord('m', '1.0.0').artifacts[0]!.sha256,
    );
    expect((await registry.version('m', '1.0.0'))?.artifacts).toEqual(
      versionRecord('m', '1.0.0').artifacts,
    );
  });

  it('refuses a version record whose digest is not a sha256, rather than follow it as a key', async () => {
    await registry.createVersion(versionRecord('m', '1.0.0'));
    const file = join(dir, 'reg', keys.version('m', '1.0.0'));
    const record = JSON.parse(await readFile(file, 'utf8'));
    record.artifacts[0].sha256 = '../../../../etc/passwd';
    await writeFile(file, JSON.stringify(record));
    await expect(registry.version('m', '1.0.0')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(
        /not a valid modelgate record: its artifacts need a path, a sha256 and a size/,
      ),
    });
  });

  it('stores a blob once and verifies what it reads back', async () => {
    const src = join(dir, 'model.bin');
    await writeFile(src, 'weights');
    const d = sha256Bytes('weights');
    expect(await registry.putBlob(src, d, 7)).toBe(7);
    expect(await registry.putBlob(src, d, 7)).toBe(0);
    await registry.readBlob(d, join(dir, 'out.bin'));
    expect(await readFile(join(dir, 'out.bin'), 'utf8')).toBe('weights');
    // Damage the stored bytes: the read must fail and leave no file behind.
    await writeFile(join(dir, 'reg', keys.blob(d)), 'weightz');
    await expect(registry.readBlob(d, join(dir, 'bad.bin'))).rejects.toThrow(
      /is corrupt: its bytes hash to/,
    );
    await expect(readFile(join(dir, 'bad.bin'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses to store a file whose bytes are not the digest it was checked with', async () => {
    const src = join(dir, 'model.bin');
    await writeFile(src, 'changed since validation');
    await expect(registry.putBlob(src, sha256Bytes('weights'), 7)).rejects.toThrow(
      /changed while it was stored/,
    );
    expect(await readdir(join(dir, 'reg/blobs/sha256'))).toEqual([]);
  });

  it('keeps every evidence attempt and reads the latest', async () => {
    const artifacts = versionRecord('m', '1.0.0').artifacts;
    const a = await recordEvidence(registry, 'm', '1.0.0', 'compat-py311', {
      verdict: 'fail',
      artifacts,
      recorded: prov(),
    });
    const again = await recordEvidence(registry, 'm', '1.0.0', 'compat-py311', {
      verdict: 'fail',
      artifacts,
      recorded: prov(),
    });
    const b = await recordEvidence(registry, 'm', '1.0.0', 'compat-py311', {
      verdict: 'pass',
      artifacts,
      recorded: prov(),
    });
    expect([a.created, again.created, b.created]).toEqual([true, false, true]);
    expect(b.uri).toMatch(/compat-py311@2\.json$/);
    expect(
      (await registry.evidence('m', '1.0.0')).map((e) => [e.kind, e.attempt, e.verdict]),
    ).toEqual([['compat-py311', 2, 'pass']]);
  });

  it('gives the production version record for diffs', async () => {
    await publishRecord(registry, versionRecord('m', '1.0.0'));
    expect(await productionBaseline(registry, 'm')).toBeUndefined();
    await registry.transition('m', prov(), () => ({
      change: { type: 'promote', stage: 'production', version: '1.0.0' },
      gates: [],
      forced: false,
    }));
    expect((await productionBaseline(registry, 'm'))?.artifacts[0]?.sha256).toBe(
      sha256Bytes('weights'),
    );
  });

  it('a process that dies between the event and the snapshot loses nothing', async () => {
    await registry.transition('m', prov(), () => publish('1.0.0'));
    const dying = new Registry(new FileStore(join(dir, 'reg')), {
      afterEventCreated: () => {
        throw new Error('killed');
      },
    });
    await expect(dying.transition('m', prov(), () => publish('1.1.0'))).rejects.toThrow('killed');
    expect(JSON.parse(await readFile(snapshotFile(), 'utf8')).state.revision).toBe(1);
    const s = await open().state('m');
    expect(s).toMatchObject({ revision: 2, versionCount: 2, recentVersions: ['1.0.0', '1.1.0'] });
  });

  it('a process killed by SIGKILL between the event and the snapshot loses nothing', async () => {
    await registry.transition('m', prov(), () => publish('1.0.0'));
    const script = join(dir, 'crash-writer.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'crash-writer.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    const killed = await new Promise<NodeJS.Signals | null>((resolve) => {
      spawn(process.execPath, [script, join(dir, 'reg'), 'm', '1.1.0'], { stdio: 'ignore' }).on(
        'close',
        (_code, signal) => resolve(signal),
      );
    });
    expect(killed).toBe('SIGKILL');
    expect(JSON.parse(await readFile(snapshotFile(), 'utf8')).state.revision).toBe(1);
    expect(await readdir(eventsDir())).toEqual(['000000000001', '000000000002']);
    expect(await open().state('m')).toMatchObject({
      revision: 2,
      recentVersions: ['1.0.0', '1.1.0'],
    });
  });

  it('an edited snapshot is an error naming what is wrong, never believed; deleted, it is rebuilt from the log', async () => {
    await registry.transition('m', prov(), () => publish('1.0.0'));
    await registry.transition('m', prov(), () => ({
      change: { type: 'promote', stage: 'production', version: '1.0.0' },
      gates: [],
      forced: false,
    }));
    const good = await readFile(snapshotFile(), 'utf8');
    const snap = JSON.parse(good);
    snap.state.stages.production.version = '9.9.9';
    await writeFile(snapshotFile(), JSON.stringify(snap));
    await expect(open().state('m')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/stages\.json holds a state that event 2 does not lead to/),
    });
    // Pointing it at another event does not help: the event's digest is in the snapshot.
    snap.state.stages.production.version = '1.0.0';
    snap.eventSha256 = sha256Bytes('forged');
    await writeFile(snapshotFile(), JSON.stringify(snap));
    await expect(open().state('m')).rejects.toThrow(/does not match event 2 of the log/);
    await writeFile(snapshotFile(), '{"format":2,');
    await expect(open().state('m')).rejects.toThrow(/stages\.json is not valid JSON/);
    await rm(snapshotFile());
    expect((await open().state('m')).stages.production?.version).toBe('1.0.0');
  });

  it('a truncated event is a clear error and nothing is written on top of it', async () => {
    await registry.transition('m', prov(), () => publish('1.0.0'));
    await registry.transition('m', prov(), () => publish('1.1.0'));
    await registry.transition('m', prov(), () => publish('1.2.0'));
    const second = join(eventsDir(), '000000000002');
    const bytes = await readFile(second);
    await writeFile(second, bytes.subarray(0, 40));
    const before = await readdir(eventsDir());
    // Reads trust the snapshot's head; every write checks the whole chain first.
    await expect(open().transition('m', prov(), () => publish('1.3.0'))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/000000000002 is not valid JSON.*truncated/),
    });
    await expect(open().events('m')).rejects.toThrow(/000000000002 is not valid JSON/);
    await rm(snapshotFile());
    await expect(open().state('m')).rejects.toThrow(/000000000002 is not valid JSON/);
    expect(await readdir(eventsDir())).toEqual(before);
    expect((await readFile(second)).length).toBe(40);
  });

  it('an edited old event breaks the chain: the next write refuses, naming the revision', async () => {
    for (const v of ['1.0.0', '1.1.0', '1.2.0'])
      await registry.transition('m', prov(), () => publish(v));
    const first = join(eventsDir(), '000000000001');
    const original = await readFile(first);
    const e = JSON.parse(original.toString('utf8'));
    e.actor = 'someone else';
    await writeFile(first, JSON.stringify(e, null, 2) + '\n');
    await expect(open().transition('m', prov(), () => publish('1.3.0'))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(
        /broken at revision 2: .*000000000002 does not follow event 1/,
      ),
    });
    // An edit that keeps the chain but changes what an event did is caught by its state digest.
    await writeFile(first, original);
    const third = join(eventsDir(), '000000000003');
    const t = JSON.parse(await readFile(third, 'utf8'));
    t.change.version = '6.6.6';
    await writeFile(third, JSON.stringify(t, null, 2) + '\n');
    await rm(snapshotFile());
    await expect(open().state('m')).rejects.toThrow(
      /broken at revision 3: .*does not lead to the state it names/,
    );
    expect(await readdir(eventsDir())).toHaveLength(3);
  });

  it('a gap in the log is an error, not a silently shorter history', async () => {
    for (const v of ['1.0.0', '1.1.0', '1.2.0'])
      await registry.transition('m', prov(), () => publish(v));
    await writeFile(join(eventsDir(), '000000000002.bak'), 'x');
    await rm(snapshotFile());
    await expect(open().state('m')).rejects.toThrow(
      /gap or a stray entry: found .*000000000002\.bak/,
    );
    await rm(join(eventsDir(), '000000000002.bak'));
    await rm(join(eventsDir(), '000000000002'));
    await expect(open().state('m')).rejects.toThrow(
      /found .*000000000003 where .*000000000002 was expected/,
    );
    await expect(open().transition('m', prov(), () => publish('1.3.0'))).rejects.toThrow(/gap/);
    expect(await readdir(eventsDir())).toEqual(['000000000001', '000000000003']);
  });

  it('a deleted last event is a truncated log, named as such', async () => {
    for (const v of ['1.0.0', '1.1.0']) await registry.transition('m', prov(), () => publish(v));
    await rm(join(eventsDir(), '000000000002'));
    await expect(open().state('m')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(
        /folded up to revision 2, but the log holds no .*000000000002: the log was truncated/,
      ),
    });
    await expect(open().transition('m', prov(), () => publish('1.2.0'))).rejects.toThrow(
      /truncated/,
    );
    expect(await readdir(eventsDir())).toEqual(['000000000001']);
  });

  it('a version record or evidence whose contents are not what its key names is refused', async () => {
    await registry.createVersion(versionRecord('m', '1.0.0'));
    const file = join(dir, 'reg', keys.version('m', '1.0.0'));
    const r = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...r, version: '2.0.0' }));
    await expect(registry.version('m', '1.0.0')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/describes "m" "2.0.0", not the m 1.0.0 its key names/),
    });
    await recordEvidence(registry, 'm', '1.0.0', 'validate', {
      verdict: 'fail',
      artifacts: [],
      recorded: prov(),
    });
    const ev = join(dir, 'reg', keys.evidence('m', '1.0.0', 'validate', 1));
    const x = JSON.parse(await readFile(ev, 'utf8'));
    await writeFile(ev, JSON.stringify({ ...x, kind: 'compat-py311', verdict: 'pass' }));
    await expect(registry.evidence('m', '1.0.0')).rejects.toThrow(/not what its key names/);
  });

  it('refuses names that could leave the model folder and versions that are not semver', async () => {
    await expect(registry.state('../etc')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('model name "../etc" is not valid'),
    });
    await expect(registry.state('a/b')).rejects.toThrow(/model name "a\/b" is not valid/);
    await expect(registry.version('m', 'v1.0')).rejects.toThrow(/"v1.0" is not a semantic version/);
    await expect(registry.version('m', '1.0.0/../../x')).rejects.toThrow(/not a semantic version/);
    await expect(
      recordEvidence(registry, 'm', '1.0.0', '../x', {
        verdict: 'pass',
        artifacts: [],
        recorded: prov(),
      }),
    ).rejects.toThrow(/evidence kind/);
  });

  it('leaves the snapshot equal to the fold of the whole log', async () => {
    await Promise.all(
      ['1.0.0', '1.1.0', '1.2.0', '1.3.0'].map((v) =>
        open().transition('m', prov(), () => publish(v)),
      ),
    );
    const names = (await readdir(eventsDir())).sort();
    expect(names).toEqual(['000000000001', '000000000002', '000000000003', '000000000004']);
    let folded = emptyState('m');
    for (const n of names)
      folded = applyEvent(folded, JSON.parse(await readFile(join(eventsDir(), n), 'utf8')));
    expect(JSON.parse(await readFile(snapshotFile(), 'utf8')).state).toEqual(folded);
  });
});

describe('registry URIs', () => {
  it('reads file:// relative to the working directory and s3://BUCKET/PREFIX', () => {
    expect(parseRegistryUri('file://.modelgate/registry', '/repo')).toEqual({
      kind: 'file',
      dir: '/repo/.modelgate/registry',
    });
    expect(parseRegistryUri('file:///abs/reg', '/repo')).toEqual({ kind: 'file', dir: '/abs/reg' });
    expect(parseRegistryUri('s3://acme-models/a/b/', '/repo')).toEqual({
      kind: 's3',
      bucket: 'acme-models',
      prefix: 'a/b',
    });
  });

  it.each([
    ['.modelgate/registry', /not a registry URI.*did you mean file:\/\/\.modelgate\/registry/s],
    ['gs://bucket/x', /unsupported scheme gs:\/\//],
    ['s3://A_B/x', /not a valid S3 bucket name/],
    ['s3://bucket/../x', /must not contain \. or \.\. segments/],
    ['file://', /names no folder/],
    ['s3://AKIAX:s3cr3t@bucket/x', /credentials do not belong in the registry URI/],
  ])('refuses %s with a usage error', (uri, message) => {
    let err: unknown;
    try {
      parseRegistryUri(uri, '/repo');
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ exitCode: 2 });
    const said = String((err as Error).message) + String((err as { hint?: string }).hint);
    expect(said).toMatch(message);
    expect(said).not.toMatch(/s3cr3t|AKIAX/);
  });
});
