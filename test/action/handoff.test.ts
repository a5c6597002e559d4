import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundleSource, runActionScript } from '../helpers/bundle.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { modelDir } from '../registry/helpers.js';

/**
 * The hand-off from the action bundled from src/: promote and rollback set the platforms'
 * outputs (values and the files' paths) for the steps after them, and the job summary
 * lists the files.
 */
const DEPLOY = `promotion:
  canary:
    steps: [25]
deploy:
  kserve: { model_format: onnx }
  vertex: { project: p, location: europe-west4, endpoint: "77", deployed_models: { "1.0.0": "100", "1.1.0": "110" } }
  azure: { endpoint: demo-online, deployments: { "1.0.0": blue, "1.1.0": green } }`;

let dir: string;
let repo: string;
let action: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-action-handoff-'));
  repo = join(dir, 'repo');
  for (const version of ['1.0.0', '1.1.0']) {
    await modelDir(repo, { version, artifactBytes: Buffer.from(version), extra: DEPLOY });
    const steps = [['publish'], ['promote', '--to', 'staging'], ['promote', '--to', 'canary']];
    if (version === '1.0.0') steps.push(['promote', '--to', 'production']);
    else steps.pop();
    for (const args of steps)
      expect((await runCli(args, { cwd: repo })).code, args.join(' ')).toBe(0);
  }
  action = (await bundleSource(join(dir, 'build'))).action;
}, 120_000);
afterAll(() => cleanup());

describe('the hand-off from the action', () => {
  it('promote to canary and its abort set the outputs and list the files in the summary', async () => {
    const out = (f: string) => join(repo, '.modelgate/deploy/demo', f);
    const run = (id: string, inputs: Record<string, string>) =>
      runActionScript(action, join(dir, id), inputs, { cwd: repo, eventName: 'workflow_dispatch' });
    const promoted = await run('run-1', { command: 'promote', to: 'canary' });
    expect(promoted.code, promoted.stdout).toBe(0);
    expect(promoted.outputs).toMatchObject({
      'canary-weight': '25',
      'kserve-canary-traffic-percent': '25',
      'kserve-inferenceservice-file': out('kserve/inferenceservice.yaml'),
      'vertex-endpoint': 'projects/p/locations/europe-west4/endpoints/77',
      'vertex-traffic-split': '100=75,110=25',
      'vertex-endpoint-traffic-file': out('vertex/endpoint-traffic.json'),
      'azure-endpoint': 'demo-online',
      'azure-traffic': 'blue=75 green=25',
      'azure-online-endpoint-file': out('azure/online-endpoint.yaml'),
    });
    // No SageMaker in this manifest: none of its outputs.
    expect(promoted.outputs['sagemaker-endpoint']).toBeUndefined();
    const isvc = parse(await readFile(promoted.outputs['kserve-inferenceservice-file']!, 'utf8'));
    expect(isvc.spec.predictor.canaryTrafficPercent).toBe(25);
    expect(promoted.summary).toContain('kserve hand-off');
    expect(promoted.summary).toContain(out('kserve/inferenceservice.yaml'));

    const aborted = await run('run-2', { command: 'rollback', stage: 'canary' });
    expect(aborted.code, aborted.stdout).toBe(0);
    expect(aborted.outputs).toMatchObject({
      'kserve-canary-traffic-percent': '100',
      'vertex-traffic-split': '100=100',
      'azure-traffic': 'blue=100',
    });
  });
});
