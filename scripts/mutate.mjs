// Mutation testing, one module at a time (see stryker.config.mjs for the modules, their tests,
// runners and thresholds).
//
//   npm run mutate                        every module, one after the other
//   npm run mutate -- gates model         only these
//   npm run mutate -- --incremental gates reuse reports/mutation/gates.incremental.json
//   npm run mutate -- --survivors gates   list the surviving mutants of the last run (no run)
//   npm run mutate -- --command gates     with the command runner (CLI tests seen), to check
//                                         a vitest-runner figure; slower
//
// Prints one line per module (score, threshold, counts, time) and exits 1 when a module is
// below its threshold or its run failed. Stryker's own output goes to reports/mutation/NAME.log.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(repo, 'reports/mutation');
const { modules } = await import(join(repo, 'stryker.config.mjs'));

if (process.argv[2] === '--sandbox-build') {
  // Stryker's buildCommand, in a sandbox: node_modules linked, then dist/ built from the
  // instrumented sources (see stryker.config.mjs).
  const { createRequire } = await import('node:module');
  const { symlink } = await import('node:fs/promises');
  const found = createRequire(join(process.cwd(), 'x.js')).resolve('esbuild/package.json');
  await symlink(dirname(dirname(found)), join(process.cwd(), 'node_modules'), 'dir');
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  process.exit(0);
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const names = args.filter((a) => !a.startsWith('--'));
for (const f of flags) {
  if (!['--incremental', '--survivors', '--command'].includes(f)) {
    console.error(`mutate: unknown option ${f} (--incremental, --survivors, --command)`);
    process.exit(2);
  }
}
for (const n of names) {
  if (!(n in modules)) {
    console.error(`mutate: no module ${n}; modules: ${Object.keys(modules).join(', ')}`);
    process.exit(2);
  }
}
const chosen = names.length ? names : Object.keys(modules);

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The mutants of a module's last JSON report, or undefined when there is none. */
async function mutants(name) {
  const text = await readFile(join(reports, `${name}.json`), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  return Object.entries(JSON.parse(text).files).flatMap(([file, f]) =>
    f.mutants.map((mu) => ({ ...mu, file, source: f.source })),
  );
}

function summary(list) {
  const detected = list.filter((mu) => DETECTED.has(mu.status)).length;
  const undetected = list.filter((mu) => UNDETECTED.has(mu.status)).length;
  const valid = detected + undetected;
  return { detected, undetected, valid, score: valid ? (100 * detected) / valid : 100 };
}

if (flags.has('--survivors')) {
  let missing = false;
  for (const name of chosen) {
    const list = await mutants(name);
    if (!list) {
      console.log(`${name}: no report; run npm run mutate -- ${name}`);
      missing = true;
      continue;
    }
    const left = list
      .filter((mu) => UNDETECTED.has(mu.status))
      .sort(
        (a, b) =>
          a.file.localeCompare(b.file) ||
          a.location.start.line - b.location.start.line ||
          a.location.start.column - b.location.start.column,
      );
    console.log(`${name}: ${left.length} surviving of ${summary(list).valid}`);
    for (const mu of left) {
      const lines = mu.source.split('\n');
      const { start, end } = mu.location;
      const original =
        start.line === end.line
          ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
          : `${lines[start.line - 1].slice(start.column - 1)} …`;
      const what = (s) => JSON.stringify(s.length > 70 ? `${s.slice(0, 70)}…` : s);
      console.log(
        `  ${mu.file}:${start.line}:${start.column} ${mu.status} ${mu.mutatorName}: ${what(original)} → ${what(mu.replacement ?? '')}`,
      );
    }
  }
  process.exit(missing ? 1 : 0);
}

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `mutate: StrykerJS needs Node ≥ 22, this is ${process.version}; run npm run mutate`,
  );
  process.exit(2);
}

const stryker = join(repo, 'node_modules/@stryker-mutator/core/bin/stryker.js');

function run(name) {
  const log = createWriteStream(join(reports, `${name}.log`));
  const argv = [stryker, 'run', 'stryker.config.mjs'];
  if (flags.has('--incremental')) argv.push('--incremental');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, {
      cwd: repo,
      env: {
        ...process.env,
        MUTATE_MODULE: name,
        ...(flags.has('--command') ? { MUTATE_RUNNER: 'command' } : {}),
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', (code) => log.end(() => resolve(code)));
  });
}

await mkdir(reports, { recursive: true });
let failed = false;
for (const name of chosen) {
  const m = modules[name];
  // A failed run must not be scored from the report of the one before.
  await rm(join(reports, `${name}.json`), { force: true });
  const started = Date.now();
  const code = await run(name);
  const seconds = Math.round((Date.now() - started) / 1000);
  const time = `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  const list = code === 0 || code === 1 ? await mutants(name) : undefined;
  const runner = `${flags.has('--command') ? 'command' : m.runner} runner`;
  if (!list) {
    failed = true;
    console.log(
      `${name.padEnd(12)} ERROR  Stryker exited ${code}; see reports/mutation/${name}.log (${time})`,
    );
    continue;
  }
  const s = summary(list);
  const ok = s.score >= m.threshold;
  if (!ok) failed = true;
  console.log(
    `${name.padEnd(12)} ${s.score.toFixed(2).padStart(6)} % (threshold ${m.threshold} %) ${ok ? 'ok  ' : 'BELOW'}  ` +
      `${s.valid} mutants, ${s.undetected} surviving, ${runner}, ${time}`,
  );
}
if (failed) console.log('surviving mutants: npm run mutate -- --survivors ' + chosen.join(' '));
process.exit(failed ? 1 : 0);
