// The main job on the embedded default (file) registry, step by step: what a pipeline does
// from a pull request to production, with the iris example. Run by `npm run demo`.
// The registry is a fresh folder each time, so that the demo can be run again.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const registryDir = '.modelgate/demo-registry';
const common = [
  '--manifest',
  'examples/iris/modelgate.yaml',
  '--registry',
  `file://${registryDir}`,
];
rmSync(registryDir, { recursive: true, force: true });

function step(title, args, { mayFail = false } = {}) {
  console.log(`\n\x1b[1m== ${title}\x1b[0m\n$ modelgate ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0 && !mayFail) {
    console.error(`\ndemo stopped: "${args[0]}" exited ${r.status}`);
    process.exit(r.status ?? 1);
  }
  return r.status;
}

step('validate the manifest and its artifacts (pull request)', ['validate', ...common.slice(0, 2)]);
step('scan the model files by their bytes', ['scan', 'examples/iris/model']);
step('publish the version to the registry (merge to main)', ['publish', ...common]);
const tested = step(
  'test in every target image, recording evidence',
  ['test', '--record', ...common],
  { mayFail: true },
);
if (tested !== 0) {
  console.log(
    '\nThe compatibility tests need podman (or docker) and the test images: run `bash .ci/setup-containers.sh`\n' +
      'as root, then `npm run demo` again. Without that evidence the staging gate refuses, as it should:',
  );
  step('promote to staging', ['promote', '--to', 'staging', ...common], { mayFail: true });
  step('status', ['status', ...common]);
  process.exit(0);
}
step('promote to staging', ['promote', '--to', 'staging', ...common]);
step('canary at the first step', ['promote', '--to', 'canary', ...common]);
step('canary at the next step', ['promote', '--to', 'canary', ...common]);
step('judge the canary and record the analysis', ['analyze', '--record', ...common]);
step('promote to production', ['promote', '--to', 'production', '--reason', 'demo', ...common]);
step('status', ['status', ...common]);
step('the audit log', ['history', ...common]);
