// Start-up: the wall time of `modelgate validate` on the example (a fresh build of src/, run as
// dist/cli.js is run) against `node -e 0`, the least any Node program costs, both with this
// same Node binary. Rounds alternate between the two, so that a noisy neighbour slows both
// alike; each is a whole process, spawned and waited for. Target: at most 2.5× `node -e 0`,
// on the median of the rounds (the fastest rounds are printed beside it). The CLI keeps V8's
// compiled code between runs (module.enableCompileCache, src/cli.ts): the ratio is that of a
// second run on, and the first run's (no cache: NODE_DISABLE_COMPILE_CACHE=1) is printed too.
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = process.cwd();
const ROUNDS = 21;
const TARGET = 2.5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const dir = await mkdtemp(join(tmpdir(), 'modelgate-bench-startup-'));
try {
  // The example in a repository of its own: the default registry (file://.modelgate/registry)
  // is then the same empty one in every round, whatever the working tree holds.
  execFileSync(process.execPath, ['scripts/build.mjs', join(dir, 'dist')], { cwd: REPO });
  const repo = join(dir, 'repo');
  await cp(join(REPO, 'examples/iris'), repo, { recursive: true });
  await mkdir(join(repo, '.git'));
  const cli = join(dir, 'dist/cli.js');

  const time = (args: string[], expect: RegExp, env: NodeJS.ProcessEnv = {}): number => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    const ms = performance.now() - t;
    if (r.status !== 0 || !expect.test(r.stdout))
      throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
    return ms;
  };
  const node = () => time(['-e', '0'], /^$/);
  const validate = (env?: NodeJS.ProcessEnv) =>
    time([cli, 'validate', '--manifest', 'modelgate.yaml'], /verdict: pass \(1 model\)/, env);
  const cold = () => validate({ NODE_DISABLE_COMPILE_CACHE: '1' });

  // One round of each unmeasured: the files are then in the page cache for both alike.
  node();
  validate();
  const base: number[] = [];
  const ours: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    base.push(node());
    ours.push(validate());
    first.push(cold());
  }
  const ratio = median(ours) / median(base);
  const fastest = Math.min(...ours) / Math.min(...base);
  const ok = ratio <= TARGET;
  console.log(
    `startup: ${ratio.toFixed(2)}× (validate on the example ${median(ours).toFixed(0)} ms against node -e 0 ${median(base).toFixed(0)} ms, median of ${ROUNDS}; fastest rounds ${fastest.toFixed(2)}×; with no compile cache ${(median(first) / median(base)).toFixed(2)}×; target ≤ ${TARGET}×) ${ok ? 'ok' : 'MISSED'}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
