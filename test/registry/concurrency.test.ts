import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  applyEvent,
  emptyState,
  type ModelState,
  type RegistryEvent,
} from '../../src/registry/model.js';
import { keys, Registry } from '../../src/registry/registry.js';
import { S3Store } from '../../src/registry/stores/s3.js';
import type { BlobStore } from '../../src/registry/store.js';
import { FileStore } from '../../src/registry/stores/file.js';
import { runCli, tempDir, type RunResult } from '../helpers/cli.js';
import { describeMoto, MOTO_ENV, startMoto, type Moto } from '../helpers/moto.js';
import { BUCKET, modelDir, S3_ENV, startS3, type S3Server } from './helpers.js';

const WRITERS = 8;

/**
 * One round: four processes publish four new versions, a fifth publishes one of them again,
 * two move staging to versions of the previous round and one tries to move canary (which the
 * staging moves may or may not allow, depending on who wins).
 */
function roundInvocations(round: number): string[][] {
  const prev = (i: number) => `1.${round - 1}.${i}`;
  return [
    ['publish', '--manifest', 'm0.yaml'],
    ['publish', '--manifest', 'm1.yaml'],
    ['publish', '--manifest', 'm2.yaml'],
    ['publish', '--manifest', 'm3.yaml'],
    ['promote', '--manifest', 'm0.yaml', '--to', 'staging', '--version', prev(0)],
    ['promote', '--manifest', 'm0.yaml', '--to', 'staging', '--version', prev(1)],
    ['promote', '--manifest', 'm0.yaml', '--to', 'canary', '--version', prev(0)],
    ['publish', '--manifest', 'm0.yaml'],
  ];
}

interface Outcome {
  args: string[];
  result: RunResult;
}

/** The revision a successful run says it wrote, if any. */
function revisionOf(o: Outcome): number | undefined {
  const doc = JSON.parse(o.result.stdout) as { models: { revision?: number; status: string }[] };
  return doc.models[0]?.revision;
}

/** Why a refused run was refused, as it told the user. */
function reasonOf(o: Outcome): string {
  const doc = JSON.parse(o.result.stdout) as {
    error?: { message: string };
    models?: { gates: { passed: boolean; detail: string }[] }[];
  };
  return (
    doc.error?.message ??
    doc.models?.[0]?.gates
      .filter((g) => !g.passed)
      .map((g) => g.detail)
      .join('; ') ??
    ''
  );
}

async function writeManifests(repo: string, round: number): Promise<void> {
  for (let i = 0; i < 4; i++) await modelDir(repo, { version: `1.${round}.${i}` }, `m${i}.yaml`);
}

async function checkLog(store: BlobStore, outcomes: Outcome[]): Promise<void> {
  for (const o of outcomes) {
    expect([0, 1], `${o.args.join(' ')}\n${o.result.stderr}`).toContain(o.result.code);
    if (o.result.code === 1) expect(reasonOf(o), o.args.join(' ')).toMatch(/\w{5,}/);
  }
  const eventKeys = await store.list(keys.eventsDir('demo'));
  const n = eventKeys.length;
  expect(eventKeys).toEqual(Array.from({ length: n }, (_, i) => keys.event('demo', i + 1)));
  const reported = outcomes
    .filter((o) => o.result.code === 0)
    .map(revisionOf)
    .filter((r) => r !== undefined);
  // Every event was reported by exactly one process, and no process reported an event that is not there.
  expect([...reported].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));

  let folded: ModelState = emptyState('demo');
  for (const k of eventKeys)
    folded = applyEvent(
      folded,
      JSON.parse(Buffer.from((await store.get(k))!).toString()) as RegistryEvent,
    );
  const snapshot = JSON.parse(Buffer.from((await store.get(keys.stages('demo')))!).toString());
  expect(snapshot.state).toEqual(folded);
  const rounds = outcomes.length / WRITERS;
  expect(folded.versionCount).toBe(rounds * 4);
  // The chain holds: every event names the one before it and the state it leads to.
  expect(await new Registry(store).events('demo')).toHaveLength(n);
}

/** `rounds` rounds of WRITERS processes started at once, each round after the last. */
async function concurrentRounds(
  repo: string,
  rounds: number,
  extra: string[] = [],
  env?: NodeJS.ProcessEnv,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let round = 1; round <= rounds; round++) {
    await writeManifests(repo, round);
    const batch = roundInvocations(round);
    const results = await Promise.all(
      batch.map((args) =>
        runCli([...args, ...extra, '--json'], { cwd: repo, env, timeoutMs: 180_000 }),
      ),
    );
    outcomes.push(...batch.map((args, i) => ({ args, result: results[i]! })));
  }
  return outcomes;
}

describe('many writers on one registry', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-concurrency-'));
    repo = await modelDir(join(dir, 'repo'), { artifactBytes: Buffer.from('weights') });
  });
  afterEach(() => cleanup());

  it(`file registry: ${WRITERS} processes at once, 20 rounds, no event lost`, async () => {
    const outcomes = await concurrentRounds(repo, 20);
    await checkLog(new FileStore(join(repo, '.modelgate/registry')), outcomes);
    // Nothing half-written is left behind: temporary files are removed once linked.
    const events = await readdir(join(repo, '.modelgate/registry/models/demo/events'), {
      withFileTypes: true,
    });
    expect(events.filter((e) => e.name.startsWith('.'))).toEqual([]);
  }, 600_000);

  describe('S3 with --single-writer', () => {
    let s3: S3Server;
    beforeEach(async () => {
      s3 = await startS3(join(dir, 's3data'));
    });
    afterEach(() => s3.stop());

    it('the same rounds, serialised by the test, keep the log contiguous', async () => {
      const outcomes: Outcome[] = [];
      const env = { ...process.env, GITHUB_ACTIONS: '', ...S3_ENV };
      const registry = [
        '--registry',
        `s3://${BUCKET}/team`,
        '--s3-endpoint',
        s3.endpoint,
        '--single-writer',
        '--json',
      ];
      for (let round = 1; round <= 20; round++) {
        await writeManifests(repo, round);
        for (const args of roundInvocations(round)) {
          outcomes.push({
            args,
            result: await runCli([...args, ...registry], { cwd: repo, env, timeoutMs: 120_000 }),
          });
        }
      }
      await checkLog(
        new S3Store({ bucket: BUCKET, prefix: 'team', client: s3.client() }),
        outcomes,
      );
    }, 600_000);
  });

  describeMoto('S3 that honours conditional writes (moto), no --single-writer', () => {
    let moto: Moto;
    beforeAll(async () => {
      moto = await startMoto();
    });
    afterAll(() => moto?.stop());

    it(`${WRITERS} processes at once, 10 rounds: no event lost, the chain contiguous`, async () => {
      const outcomes = await concurrentRounds(
        repo,
        10,
        ['--registry', `s3://${BUCKET}/race`, '--s3-endpoint', moto.endpoint],
        { ...process.env, GITHUB_ACTIONS: '', ...MOTO_ENV },
      );
      await checkLog(
        new S3Store({ bucket: BUCKET, prefix: 'race', client: moto.client() }),
        outcomes,
      );
    }, 900_000);
  });
});
