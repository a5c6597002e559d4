// Two measurements of `modelgate test` against real podman containers, each a ratio against a
// baseline measured in the same run:
//   1. the overhead of `test` (manifest, digests, engine, image check, result) over a bare
//      `podman run` of the same harness with the same flags, config and mounts (target < 1.15×);
//   2. two targets run concurrently (max_parallel 2) against the same two one after the other.
// Needs podman and the images of .ci/setup-containers.sh.
import { spawn } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../src/commands/command.js';
import { testModels } from '../src/commands/test.js';
import { runArgs } from '../src/compat/engine.js';
import { HARNESS_TIMING } from '../src/compat/run.js';

const REPO = process.cwd();
const IRIS = join(REPO, 'examples/iris');
const BOOKWORM = 'localhost/modelgate-bookworm:latest';
const TRIXIE = 'localhost/modelgate-trixie:latest';
const ROUNDS = 7;

const quiet = { info() {}, warn() {}, progress() {} };
const ctx: CommandContext = { cwd: REPO, log: quiet };

/**
 * The fastest of the rounds: other work on a shared machine only ever adds time, so the
 * minimum is the steadiest estimate of what each variant itself costs.
 */
function best(xs: number[]): number {
  return Math.min(...xs);
}

function podman(args: string[]): Promise<number> {
  return new Promise((res, rej) => {
    const p = spawn('podman', args, { stdio: 'ignore' });
    p.on('error', rej);
    p.on('close', (code) => res(code ?? 1));
  });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function line(name: string, ratio: number, target: string, ok: boolean, detail: string): void {
  console.log(
    `${name}: ${ratio.toFixed(2)}× (${detail}; target ${target}) ${ok ? 'ok' : 'MISSED'}`,
  );
}

// The bundled bench finds the harness next to itself, as dist/cli.js does.
const here = dirname(fileURLToPath(import.meta.url));
await mkdir(join(here, 'harness'), { recursive: true });
await copyFile(join(REPO, 'src/compat/harness/harness.py'), join(here, 'harness/harness.py'));

if (
  (await podman(['image', 'exists', BOOKWORM])) !== 0 ||
  (await podman(['image', 'exists', TRIXIE])) !== 0
) {
  console.log(
    'compat: MISSED (podman or the test images are missing: run bash .ci/setup-containers.sh)',
  );
  process.exit(1);
}

const work = await mkdtemp(join(tmpdir(), 'modelgate-bench-compat-'));
try {
  // 1. Overhead over a bare run: the same config the command writes, the same flags.
  const manifest = await readFile(join(IRIS, 'modelgate.yaml'), 'utf8');
  const inDir = join(work, 'in');
  const outDir = join(work, 'out');
  await mkdir(inDir);
  await mkdir(outDir);
  await chmod(outDir, 0o777);
  await writeFile(
    join(inDir, 'config.json'),
    JSON.stringify({
      framework: 'sklearn',
      artifacts: ['/modelgate/artifacts/0/model.pkl'],
      samples: '/modelgate/samples.jsonl',
      signature: {
        inputs: [{ name: 'features', dtype: 'float64', shape: [-1, 4] }],
        outputs: [{ name: 'label', dtype: 'int64', shape: [-1] }],
      },
      tolerance: { atol: 1e-6, rtol: 1e-5 },
      mode: 'realtime',
      threads: 1,
      timing: HARNESS_TIMING,
    }),
  );
  const bare = (n: number) =>
    runArgs(
      {
        image: BOOKWORM,
        command: [
          '/usr/bin/python3',
          '/modelgate/harness/harness.py',
          '/modelgate/in/config.json',
          '/modelgate/out/result.json',
        ],
        mounts: [
          { host: join(here, 'harness'), container: '/modelgate/harness', readOnly: true },
          { host: inDir, container: '/modelgate/in', readOnly: true },
          { host: outDir, container: '/modelgate/out', readOnly: false },
          {
            host: join(IRIS, 'model/model.pkl'),
            container: '/modelgate/artifacts/0/model.pkl',
            readOnly: true,
          },
          {
            host: join(IRIS, 'samples.jsonl'),
            container: '/modelgate/samples.jsonl',
            readOnly: true,
          },
        ],
        limits: { cpus: 1, memoryMb: 2048, pids: 256 },
        timeoutMs: 300_000,
        purpose: 'test',
        label: 'modelgate-bench',
      },
      `modelgate-bench-${process.pid}-${n}`,
    );
  const opts = {
    manifest: join(IRIS, 'modelgate.yaml'),
    target: 'bookworm-sklearn12',
    engine: 'podman' as const,
  };
  const bareMs: number[] = [];
  const testMs: number[] = [];
  // Warm the page cache and podman's storage once, then alternate so drift hits both alike.
  await podman(bare(0));
  for (let i = 1; i <= ROUNDS; i++) {
    bareMs.push(await timed(() => podman(bare(i))));
    testMs.push(
      await timed(async () => {
        const r = await testModels(opts, ctx);
        if (r.verdict !== 'pass')
          throw new Error('iris failed in bookworm: the benchmark measures a passing run');
      }),
    );
  }
  const overhead = best(testMs) / best(bareMs);
  line(
    'test over bare podman run',
    overhead,
    '< 1.15×',
    overhead < 1.15,
    `test ${best(testMs).toFixed(0)} ms, bare run ${best(bareMs).toFixed(0)} ms, best of ${ROUNDS}`,
  );

  // 2. Two targets concurrently against one after the other: the same manifest but max_parallel.
  const dir = join(work, 'iris');
  await mkdir(join(dir, 'model'), { recursive: true });
  await copyFile(join(IRIS, 'model/model.pkl'), join(dir, 'model/model.pkl'));
  await copyFile(join(IRIS, 'samples.jsonl'), join(dir, 'samples.jsonl'));
  const withParallel = (n: number) =>
    manifest.replace('compatibility:\n', `compatibility:\n  max_parallel: ${n}\n`);
  await writeFile(join(dir, 'serial.yaml'), withParallel(1));
  await writeFile(join(dir, 'parallel.yaml'), withParallel(2));
  const serialMs: number[] = [];
  const parallelMs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    serialMs.push(
      await timed(() => testModels({ manifest: join(dir, 'serial.yaml'), engine: 'podman' }, ctx)),
    );
    parallelMs.push(
      await timed(() =>
        testModels({ manifest: join(dir, 'parallel.yaml'), engine: 'podman' }, ctx),
      ),
    );
  }
  const speed = best(parallelMs) / best(serialMs);
  line(
    'two targets concurrently vs one after the other',
    speed,
    '< 0.8×',
    speed < 0.8,
    `concurrent ${best(parallelMs).toFixed(0)} ms, serial ${best(serialMs).toFixed(0)} ms, best of ${ROUNDS}`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
  await rm(join(here, 'harness'), { recursive: true, force: true });
}
