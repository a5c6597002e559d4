import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordEvidence } from '../../src/registry/index.js';
import { applyEvent, emptyState } from '../../src/registry/model.js';
import { encode, makeSnapshot, sealEvent } from '../../src/registry/records.js';
import { keys, Registry } from '../../src/registry/registry.js';
import { FileStore } from '../../src/registry/stores/file.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { modelDir, prov } from './helpers.js';

// What an operator's bad day or a hand with write access to the registry folder does, each
// followed by the commands users run: a tamper is an exit 2 that names what is wrong, never a
// wrong answer, and nothing is written on top of it.
const MANIFEST = `compatibility:
  targets:
    - name: py311
      image: python:3.11-slim
      command: python3 serve.py
promotion:
  canary: { steps: [10, 50] }
deploy:
  hook: echo "$MODELGATE_STAGE $MODELGATE_VERSION $MODELGATE_WEIGHT r$MODELGATE_REVISION" >> deploy.log; test ! -e fail-hook`;

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

describe('a tampered registry, through the CLI', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const root = () => join(repo, '.modelgate/registry');
  const file = (key: string) => join(root(), key);
  const cli = (...args: string[]) => runCli(args, { cwd: repo });
  const reg = () => new Registry(new FileStore(root()));
  const hookRuns = async () =>
    (await readFile(join(repo, 'deploy.log'), 'utf8').catch(() => ''))
      .trim()
      .split('\n')
      .filter(Boolean);
  const events = async () => readdir(file(keys.eventsDir('demo')));
  const compat = async (version: string) => {
    const record = await reg().version('demo', version);
    await recordEvidence(reg(), 'demo', version, 'compat-py311', {
      verdict: 'pass',
      artifacts: record!.artifacts,
      recorded: prov(),
    });
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-tamper-'));
    repo = await modelDir(join(dir, 'repo'), {
      artifactBytes: Buffer.from('weights v1'),
      extra: MANIFEST,
    });
    expect((await cli('publish')).code).toBe(0);
    await compat('1.0.0');
    for (const to of ['staging', 'canary', 'canary', 'production'])
      expect((await cli('promote', '--to', to)).code).toBe(0);
  });
  afterEach(() => cleanup());

  it('a version record pointed at other bytes hands nothing out, and promotes nothing', async () => {
    const evil = Buffer.from('EVIL BYTES');
    await writeFile(file(keys.blob(sha(evil) as never)), evil);
    const key = file(keys.version('demo', '1.0.0'));
    const original = JSON.parse(await readFile(key, 'utf8'));
    const record = JSON.parse(await readFile(key, 'utf8'));
    record.artifacts[0].sha256 = sha(evil);
    record.artifacts[0].size = evil.length;
    await writeFile(key, JSON.stringify(record));
    const pull = await cli('pull', '--stage', 'production', '--out', 'out');
    expect(pull.code).toBe(2);
    expect(pull.stderr).toMatch(/1\.0\.0\.json is not the record its publish event bound/);
    await expect(readdir(join(repo, 'out'))).rejects.toThrow();
    // Required evidence emptied: the gates do not open.
    await writeFile(key, JSON.stringify({ ...original, requiredEvidence: [] }));
    const before = await events();
    const promote = await cli('promote', '--to', 'staging');
    expect(promote.code).toBe(2);
    expect(promote.stderr).toMatch(/not the record its publish event bound/);
    expect(await events()).toEqual(before);
  });

  it('a deleted version record is put back by publishing the same manifest, never with other bytes', async () => {
    await rm(file(keys.version('demo', '1.0.0')));
    await writeFile(join(repo, 'model/model.bin'), 'DIFFERENT!');
    const other = await cli('publish');
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(
      /1\.0\.0\.json is missing, and this manifest does not describe the record its publish event bound/,
    );
    await expect(readFile(file(keys.version('demo', '1.0.0')))).rejects.toThrow(/ENOENT/);
    await writeFile(join(repo, 'model/model.bin'), 'weights v1');
    expect((await cli('publish')).code).toBe(0);
    const pulled = await cli('pull', '--stage', 'production', '--out', 'out');
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(await readFile(join(repo, 'out/model/model.bin'), 'utf8')).toBe('weights v1');
  });

  it('an old snapshot and a deleted event is a gap for readers too, not a step back in time', async () => {
    // A genuine snapshot at revision 2 (anyone can fold the log that far), then event 3 removed.
    const r = reg();
    const evs = await r.events('demo');
    let state = emptyState('demo');
    let head: Uint8Array | undefined;
    for (const e of evs.slice(0, 2)) {
      head = await readFile(file(keys.event('demo', e.revision)));
      state = applyEvent(state, e);
    }
    await writeFile(file(keys.stages('demo')), encode(makeSnapshot(state, head!)));
    await rm(file(keys.event('demo', 3)));
    for (const args of [['status'], ['pull', '--stage', 'production', '--out', 'out']]) {
      const res = await cli(...args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toMatch(
        /gap or a stray entry: found .*000000000004 where .*000000000003 was expected/,
      );
    }
  });

  it('a deploy is not resumed, nor evidence recorded, on top of a broken log', async () => {
    await writeFile(join(repo, 'fail-hook'), '');
    await writeFile(
      join(repo, 'modelgate.yaml'),
      (await readFile(join(repo, 'modelgate.yaml'), 'utf8')).replace(
        'version: 1.0.0',
        'version: 1.1.0',
      ),
    );
    await writeFile(join(repo, 'model/model.bin'), 'weights v2');
    expect((await cli('publish')).code).toBe(0);
    await compat('1.1.0');
    expect((await cli('promote', '--to', 'staging')).code).toBe(1);
    await rm(join(repo, 'fail-hook'));
    const third = file(keys.event('demo', 3));
    const e = JSON.parse(await readFile(third, 'utf8'));
    await writeFile(third, JSON.stringify({ ...e, actor: 'mallory' }, null, 2) + '\n');
    const runs = (await hookRuns()).length;
    const resumed = await cli('promote', '--to', 'staging');
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toMatch(/broken at revision 4: .*does not follow event 3/);
    expect(await hookRuns()).toHaveLength(runs);
    const validate = await cli('validate', '--record');
    expect(validate.code).toBe(2);
    expect(await readdir(file(keys.evidenceDir('demo', '1.1.0')))).toEqual([
      'compat-py311.json',
      'validate.json',
    ]);
  });

  it('a registry folder replaced by a symbolic link takes no write elsewhere', async () => {
    const eventsDir = file(keys.eventsDir('demo')).replace(/\/$/, '');
    const outside = join(dir, 'outside');
    await rename(eventsDir, outside);
    await symlink(outside, eventsDir);
    const before = await readdir(outside);
    await writeFile(
      join(repo, 'modelgate.yaml'),
      (await readFile(join(repo, 'modelgate.yaml'), 'utf8')).replace(
        'version: 1.0.0',
        'version: 1.1.0',
      ),
    );
    const r = await cli('publish');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/leads to .*outside, outside the registry/);
    expect(await readdir(outside)).toEqual(before);
  });

  it('a forged deploy record for another stage is refused', async () => {
    const s = await reg().state('demo');
    const rev = s.deploys.production!.revision;
    const forged = JSON.parse(await readFile(file(keys.deploy('demo', rev, 1)), 'utf8'));
    await writeFile(
      file(keys.deploy('demo', rev, 2)),
      JSON.stringify({ ...forged, attempt: 2, stage: 'staging' }),
    );
    const status = await cli('status');
    expect(status.code).toBe(2);
    expect(status.stderr).toMatch(
      /records a deploy to staging, but revision \d+ changed production/,
    );
  });

  it('an appended, well-chained event that moves a stage to a version never published is refused by writes', async () => {
    const r = reg();
    const state = await r.state('demo');
    const head = await readFile(file(keys.event('demo', state.revision)));
    const { bytes, after } = sealEvent(state, head, {
      nonce: 'forged',
      at: new Date().toISOString(),
      actor: 'mallory',
      forced: false,
      gates: [],
      change: { type: 'promote', stage: 'production', version: '9.9.9' },
    });
    await writeFile(file(keys.event('demo', after.revision)), bytes);
    await writeFile(file(keys.stages('demo')), encode(makeSnapshot(after, bytes)));
    const before = await events();
    const rollback = await cli('rollback');
    expect(rollback.code).toBe(2);
    expect(rollback.stderr).toMatch(/moves production to 9\.9\.9, which no event published/);
    expect((await cli('history')).code).toBe(2);
    expect(await events()).toEqual(before);
  });
});

describe('deploys that another run still holds', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const cli = (...args: string[]) => runCli(args, { cwd: repo });

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-held-'));
    repo = await modelDir(join(dir, 'repo'), {
      artifactBytes: Buffer.from('weights v1'),
      extra: MANIFEST,
    });
    expect((await cli('publish')).code).toBe(0);
    const reg = new Registry(new FileStore(join(repo, '.modelgate/registry')));
    const record = await reg.version('demo', '1.0.0');
    await recordEvidence(reg, 'demo', '1.0.0', 'compat-py311', {
      verdict: 'pass',
      artifacts: record!.artifacts,
      recorded: prov(),
    });
  });
  afterEach(() => cleanup());

  it('a stage whose deploy has not succeeded takes no other change until it is finished (or forced)', async () => {
    expect((await cli('promote', '--to', 'staging')).code).toBe(0);
    await writeFile(join(repo, 'fail-hook'), '');
    expect((await cli('promote', '--to', 'canary')).code).toBe(1);
    await rm(join(repo, 'fail-hook'));
    // Another weight is another change: refused while 10 % is not deployed.
    const other = await runCli(['promote', '--to', 'canary', '--weight', '50', '--json'], {
      cwd: repo,
    });
    expect(other.code).toBe(1);
    expect(JSON.parse(other.stdout).models[0].gates).toContainEqual(
      expect.objectContaining({
        gate: 'deploy:canary',
        passed: false,
        detail: expect.stringMatching(
          /deploy of revision 3 to canary has not succeeded \(failed\)/,
        ),
      }),
    );
    // Nor does the version leave the canary for production.
    const prod = await runCli(
      ['promote', '--to', 'production', '--force', '--reason', 'x', '--json'],
      { cwd: repo },
    );
    expect(JSON.parse(prod.stdout).models[0].gates).toContainEqual(
      expect.objectContaining({ gate: 'deploy:canary', passed: false, waived: true }),
    );
  });
});
