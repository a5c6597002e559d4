// The main job on the embedded default (file) registry, step by step: what a pipeline does
// from a pull request to production and back, with the iris example. Run by `npm run demo`.
//
// The compatibility step needs a container engine and the two test images. When no engine has
// them, the demo says what it will install and runs .ci/setup-containers.sh (as root, or through
// sudo), so that the README's first command works on a machine that has never seen the project.
// `npm run demo -- --no-setup` never installs anything; the demo then stops at the staging gate,
// as a real pipeline without compatibility evidence would. `--engine docker|podman` uses that
// engine only (docker as DOCKER_HOST names it).
//
// The registry is a fresh folder each time, so that the demo can be run again.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

const IMAGES = ['localhost/modelgate-bookworm:latest', 'localhost/modelgate-trixie:latest'];
const EXAMPLE = 'examples/iris';
const work = process.env.MODELGATE_DEMO_DIR ?? '.modelgate/demo';
const registryDir = join(work, 'registry');
const noSetup = process.argv.includes('--no-setup');
const engineArg = process.argv.indexOf('--engine');
const ENGINES = engineArg < 0 ? ['docker', 'podman'] : [process.argv[engineArg + 1]];
if (!ENGINES.every((e) => e === 'docker' || e === 'podman')) {
  console.error('usage: npm run demo -- [--no-setup] [--engine docker|podman]');
  process.exit(2);
}

const quiet = { stdio: 'ignore' };
const ok = (cmd, args) => spawnSync(cmd, args, quiet).status === 0;
const root = process.getuid?.() === 0;

/** Why `engine` cannot run the demo's targets, or undefined when it can. */
function unready(engine) {
  const probe = spawnSync(
    engine,
    engine === 'docker' ? ['version', '--format', '{{.Server.Version}}'] : ['--version'],
    { encoding: 'utf8' },
  );
  if (probe.error?.code === 'ENOENT') return `${engine} is not installed`;
  if (probe.status !== 0) {
    const why = `${probe.stderr ?? ''}`.trim().split('\n').pop() || `exit ${probe.status}`;
    return `${engine} does not answer (${why})`;
  }
  const missing = IMAGES.filter((i) => !ok(engine, ['image', 'inspect', i]));
  // podman keeps each user's images apart: root's, which the set-up builds, are not yours.
  const whose = engine === 'podman' && !root ? ' (podman keeps images per user)' : '';
  return missing.length ? `${engine} lacks ${missing.join(' and ')}${whose}` : undefined;
}

const SETUP = [
  'bash',
  '.ci/setup-containers.sh',
  '--no-docker',
  'modelgate-bookworm',
  'modelgate-trixie',
];

/** The engine that has everything, after setting it up when none has. */
function engineForDemo() {
  const reasons = [];
  for (const engine of ENGINES) {
    const why = unready(engine);
    if (why === undefined) return engine;
    reasons.push(why);
  }
  console.log(
    `\n\x1b[1m== set up containers\x1b[0m\nNo engine can run the tests yet: ${reasons.join('; ')}.`,
  );
  if (noSetup) {
    console.log('--no-setup: nothing is installed.');
    return undefined;
  }
  if (!ENGINES.includes('podman')) {
    console.log(
      'The set-up installs podman, not docker: start docker and load the images, or use podman.',
    );
    return undefined;
  }
  if (!root) {
    if (!ok('sh', ['-c', 'command -v sudo'])) {
      console.log(
        'The set-up needs root, and there is no sudo: run `npm run demo` as root (it sets up what is missing).',
      );
      return undefined;
    }
    // The images the set-up builds are root's, and podman keeps images per user: the whole demo
    // runs as root, so that its tests find them.
    console.log(
      "The set-up needs root, and the images it builds are root's: the demo runs again under sudo,\n" +
        'which asks for your password.',
    );
    const again = spawnSync(
      'sudo',
      [
        'env',
        `PATH=${process.env.PATH}`,
        `MODELGATE_DEMO_DIR=${work}`,
        process.execPath,
        ...process.argv.slice(1),
      ],
      { stdio: 'inherit' },
    );
    process.exit(again.status ?? 1);
  }
  console.log(
    [
      'The demo now runs .ci/setup-containers.sh, which:',
      '  - installs podman, runc and debootstrap with apt-get, if they are missing;',
      '  - writes /etc/containers/containers.conf (runc, cgroupfs, 1024 open files and processes)',
      '    if it does not name cgroupfs yet: podman on these settings runs the limits the tests set;',
      '  - builds the images localhost/modelgate-bookworm and localhost/modelgate-trixie from',
      "    Debian's packages with debootstrap (scikit-learn 1.2 and 1.4): a few minutes the first",
      '    time, seconds afterwards (cached under /var/cache/modelgate);',
      '  - leaves docker alone: the demo then runs the tests with podman.',
    ].join('\n'),
  );
  const r = spawnSync(SETUP[0], SETUP.slice(1), { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(
      `\nsetting up the containers failed (exit ${r.status}); the output above says why.`,
    );
    return undefined;
  }
  return ENGINES.find((e) => unready(e) === undefined);
}

function step(title, args, { mayFail = false } = {}) {
  console.log(`\n\x1b[1m== ${title}\x1b[0m\n$ modelgate ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0 && !mayFail) {
    console.error(`\ndemo stopped: "${args[0]}" exited ${r.status}`);
    process.exit(r.status ?? 1);
  }
  return r.status;
}

// Inside the repository: the next version's copy must be, for its artifacts to be found there.
const inside = relative(process.cwd(), resolve(work));
if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
  console.error(`demo: MODELGATE_DEMO_DIR must be a folder inside the repository; got ${work}`);
  process.exit(2);
}
const registry = ['--registry', `file://${registryDir}`];
const v1 = ['--manifest', `${EXAMPLE}/modelgate.yaml`, ...registry];

// The next version: the same model, retrained in a real project; a copy with a new version here.
const nextDir = join(work, 'iris-next');
const nextManifest = join(nextDir, 'modelgate.yaml');
try {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(EXAMPLE, nextDir, { recursive: true });
  writeFileSync(
    nextManifest,
    readFileSync(nextManifest, 'utf8').replace(/^(\s*version:) 1\.2\.0$/m, '$1 1.3.0'),
  );
} catch (err) {
  console.error(`demo: cannot prepare ${work}: ${err.message}`);
  process.exit(1);
}
const v2 = ['--manifest', nextManifest, ...registry];

const engine = engineForDemo();

/** A version from the pull request to production: what the three workflows do. */
function toProduction(version, args) {
  step(`validate ${version}: the manifest and its artifacts (pull request)`, [
    'validate',
    ...args.slice(0, 2),
  ]);
  step('scan the model files by their bytes', ['scan', join(args[1], '..', 'model')]);
  step(`publish ${version} to the registry (merge to main)`, ['publish', ...args]);
  const tested =
    engine === undefined
      ? 1
      : step(
          'test in every target image, recording evidence',
          ['test', '--record', '--engine', engine, ...args],
          { mayFail: true },
        );
  if (tested !== 0) {
    console.log(
      '\nWithout compatibility evidence the staging gate refuses, as it should' +
        (engine === undefined ? ' (no container engine was set up):' : ':'),
    );
    step('promote to staging', ['promote', '--to', 'staging', ...args], { mayFail: true });
    step('status', ['status', ...args]);
    process.exit(1);
  }
  step('promote to staging', ['promote', '--to', 'staging', ...args]);
  step('canary at the first step', ['promote', '--to', 'canary', ...args]);
  step('canary at the next step', ['promote', '--to', 'canary', ...args]);
  step('judge the canary and record the analysis', ['analyze', '--record', ...args]);
  step(`promote ${version} to production`, [
    'promote',
    '--to',
    'production',
    '--reason',
    'demo',
    ...args,
  ]);
}

toProduction('1.2.0', v1);
toProduction('1.3.0', v2);
step('roll production back to 1.2.0', ['rollback', '--reason', 'demo: 1.3.0 misbehaves', ...v2]);
step('status', ['status', ...v1]);
step('the audit log', ['history', ...v1]);
console.log(`\nThe registry is in ${registryDir}; run \`npm run demo\` again to start afresh.`);
