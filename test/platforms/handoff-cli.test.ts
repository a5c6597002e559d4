import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';
import { modelDir } from '../registry/helpers.js';

/**
 * The hand-off through the CLI: after each transition of a rollout (canary 10 → 50 →
 * production → rollback, then an aborted canary) the files in deploy.out say what
 * `status` says the registry holds, the hook finds them in its variables, and `--json`
 * carries them. The expectations are computed from `status`, not written per step.
 */
const DEPLOY = `promotion:
  canary:
    steps: [10, 50]
deploy:
  hook: 'env | grep "^MODELGATE_" > "hook-$MODELGATE_REVISION.env"; [ -z "$MODELGATE_KSERVE_INFERENCESERVICE_FILE" ] || cp "$MODELGATE_KSERVE_INFERENCESERVICE_FILE" "seen-$MODELGATE_REVISION.yaml"'
  out: handoff
  kserve: { model_format: sklearn, namespace: serving }
  sagemaker: { endpoint: demo-endpoint, instance_type: ml.m5.large }
  vertex:
    project: acme-ml
    location: us-central1
    endpoint: "4567"
    deployed_models: { "1.0.0": "1001", "1.1.0": "1101", "1.2.0": "1201" }
  azure:
    endpoint: demo-online
    deployments: { "1.0.0": blue, "1.1.0": green, "1.2.0": red }`;

const VERTEX_IDS: Record<string, string> = { '1.0.0': '1001', '1.1.0': '1101', '1.2.0': '1201' };
const AZURE: Record<string, string> = { '1.0.0': 'blue', '1.1.0': 'green', '1.2.0': 'red' };
const bytesOf = (version: string) => Buffer.from(`weights ${version}`);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Stages {
  production?: { version: string };
  canary?: { version: string; weight?: number };
}

describe('the hand-off after each transition, through the CLI', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const cli = (...args: string[]) => runCli(args, { cwd: repo });
  const out = (file: string) => join(repo, 'handoff/demo', file);
  const write = (version: string, extra = DEPLOY) =>
    modelDir(repo, { version, artifactBytes: bytesOf(version), extra });
  const stages = async (): Promise<Stages> =>
    JSON.parse((await cli('status', '--json')).stdout).models[0].stages;
  /** The blob the registry keeps the version's one artifact in: the default storage_uri. */
  const blob = (version: string) =>
    `file://${join(repo, '.modelgate/registry/blobs/sha256', sha256(bytesOf(version)))}`;

  /** Each rendered file against the split the registry's stages make. */
  async function expectFilesSay(s: Stages) {
    const p = s.production?.version;
    const c = s.canary && s.canary.version !== p ? s.canary : undefined;
    // A stage alone gets all the traffic, whatever its weight: a platform has nothing else to send it to.
    const split: [string, number][] =
      p && c
        ? [
            [p, 100 - (c.weight ?? 0)],
            [c.version, c.weight ?? 0],
          ]
        : [[(c ?? s.production)!.version, 100]];
    const latest = (c ?? s.production)!.version;

    const isvc = parse(await readFile(out('kserve/inferenceservice.yaml'), 'utf8'));
    expect(isvc.spec.predictor.model.storageUri).toBe(blob(latest));
    expect(isvc.spec.predictor.canaryTrafficPercent).toBe(p && c ? c.weight : undefined);
    expect(isvc.metadata.labels['modelgate/version']).toBe(latest);

    const config = JSON.parse(await readFile(out('sagemaker/endpoint-config.json'), 'utf8'));
    expect(
      config.ProductionVariants.map((v: { ModelName: string; InitialVariantWeight: number }) => [
        v.ModelName,
        v.InitialVariantWeight,
      ]),
    ).toEqual(split.map(([v, w]) => [`demo-${v.replace(/\./g, '-')}`, w]));
    const weights = JSON.parse(await readFile(out('sagemaker/endpoint-weights.json'), 'utf8'));
    expect(
      weights.DesiredWeightsAndCapacities.map((w: { DesiredWeight: number }) => w.DesiredWeight),
    ).toEqual(split.map(([, w]) => w));

    const vertex = JSON.parse(await readFile(out('vertex/endpoint-traffic.json'), 'utf8'));
    expect(vertex.body.trafficSplit).toEqual(
      Object.fromEntries(split.map(([v, w]) => [VERTEX_IDS[v], w])),
    );

    const azure = parse(await readFile(out('azure/online-endpoint.yaml'), 'utf8'));
    expect(azure.traffic).toEqual(Object.fromEntries(split.map(([v, w]) => [AZURE[v], w])));
  }

  /** Runs a transition, checks its files against the registry and returns its `--json`. */
  async function step(...args: string[]) {
    const r = await cli(...args, '--json');
    expect(r.code, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
    await expectFilesSay(await stages());
    return JSON.parse(r.stdout).models[0];
  }

  const hookVars = async (revision: number) =>
    Object.fromEntries(
      (await readFile(join(repo, `hook-${revision}.env`), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-handoff-'));
    repo = join(dir, 'repo');
  });
  afterAll(() => cleanup());

  it('canary 10 → 50 → production → rollback → aborted canary: the files follow the registry', async () => {
    await write('1.0.0');
    for (const args of [['publish'], ['promote', '--to', 'staging']])
      expect((await cli(...args)).code).toBe(0);
    await step('promote', '--to', 'canary');
    await step('promote', '--to', 'production');
    await write('1.1.0');
    for (const args of [['publish'], ['promote', '--to', 'staging']])
      expect((await cli(...args)).code).toBe(0);

    const at10 = await step('promote', '--to', 'canary');
    expect(at10.weight).toBe(10);
    // The hook ran after the files were written and found them, and the outputs, in its variables.
    const seen = parse(await readFile(join(repo, `seen-${at10.revision}.yaml`), 'utf8'));
    expect(seen.spec.predictor.canaryTrafficPercent).toBe(10);
    const vars = await hookVars(at10.revision);
    expect(vars).toMatchObject({
      MODELGATE_KSERVE_INFERENCESERVICE_FILE: out('kserve/inferenceservice.yaml'),
      MODELGATE_KSERVE_CANARY_TRAFFIC_PERCENT: '10',
      MODELGATE_KSERVE_STORAGE_URI: blob('1.1.0'),
      MODELGATE_SAGEMAKER_ENDPOINT: 'demo-endpoint',
      MODELGATE_SAGEMAKER_ENDPOINT_CONFIG_FILE: out('sagemaker/endpoint-config.json'),
      MODELGATE_SAGEMAKER_ENDPOINT_WEIGHTS_FILE: out('sagemaker/endpoint-weights.json'),
      MODELGATE_VERTEX_TRAFFIC_SPLIT: '1001=90,1101=10',
      MODELGATE_VERTEX_ENDPOINT_TRAFFIC_FILE: out('vertex/endpoint-traffic.json'),
      MODELGATE_AZURE_TRAFFIC: 'blue=90 green=10',
      MODELGATE_AZURE_ONLINE_ENDPOINT_FILE: out('azure/online-endpoint.yaml'),
    });
    // --json: one entry per platform, with its files and outputs.
    expect(at10.handoff.map((h: { platform: string }) => h.platform)).toEqual([
      'kserve',
      'sagemaker',
      'vertex',
      'azure',
    ]);
    expect(at10.handoff[0]).toEqual({
      platform: 'kserve',
      files: [out('kserve/inferenceservice.yaml')],
      outputs: {
        'kserve-storage-uri': blob('1.1.0'),
        'kserve-canary-traffic-percent': '10',
        'kserve-inferenceservice-file': out('kserve/inferenceservice.yaml'),
      },
    });
    expect(at10.handoff[1].applied).toBeUndefined();

    const at50 = await step('promote', '--to', 'canary');
    expect(at50.weight).toBe(50);
    expect((await hookVars(at50.revision)).MODELGATE_AZURE_TRAFFIC).toBe('blue=50 green=50');
    await step('promote', '--to', 'production');
    expect((await stages()).production?.version).toBe('1.1.0');

    const back = await step('rollback', '--reason', 'p95 doubled');
    expect(back).toMatchObject({ version: '1.0.0', previous: '1.1.0' });
    expect((await hookVars(back.revision)).MODELGATE_VERTEX_TRAFFIC_SPLIT).toBe('1001=100');

    await write('1.2.0');
    for (const args of [['publish'], ['promote', '--to', 'staging']])
      expect((await cli(...args)).code).toBe(0);
    await step('promote', '--to', 'canary');
    // The text report lists the files.
    const aborted = await cli('rollback', '--stage', 'canary');
    expect(aborted.code, aborted.stderr).toBe(0);
    expect(aborted.stdout).toContain(`✓ kserve hand-off: ${out('kserve/inferenceservice.yaml')}`);
    expect((await stages()).canary).toBeUndefined();
    await expectFilesSay(await stages());
  });

  it('a promotion to staging hands nothing off: staging serves no traffic', async () => {
    await write('1.3.0');
    expect((await cli('publish')).code).toBe(0);
    const r = await cli('promote', '--to', 'staging', '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout).models[0];
    expect(doc.handoff).toBeUndefined();
    expect((await hookVars(doc.revision)).MODELGATE_KSERVE_INFERENCESERVICE_FILE).toBeUndefined();
  });
});

describe('a hand-off that cannot be rendered', () => {
  it('fails the command, the change stands, the hook does not run, and a rerun with the manifest fixed finishes it', async () => {
    const { dir, cleanup } = await tempDir('modelgate-handoff-fail-');
    try {
      const repo = join(dir, 'repo');
      const cli = (...args: string[]) => runCli(args, { cwd: repo });
      const manifest = (ids: string) => `deploy:
  hook: echo "$MODELGATE_VERTEX_TRAFFIC_SPLIT" >> hook.log
  vertex: { project: p, location: us-central1, endpoint: "9", deployed_models: { ${ids} } }`;
      await modelDir(repo, {
        version: '1.0.0',
        artifactBytes: Buffer.from('w'),
        extra: manifest('"0.9.0": "900"'),
      });
      for (const args of [['publish'], ['promote', '--to', 'staging']])
        expect((await cli(...args)).code).toBe(0);
      const failed = await cli('promote', '--to', 'canary');
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(
        /✗ vertex hand-off FAILED: deploy\.vertex\.deployed_models names no deployed model ID for version 1\.0\.0/,
      );
      const status = JSON.parse((await cli('status', '--json')).stdout).models[0];
      expect(status.stages.canary.version).toBe('1.0.0');
      expect(status.deploys.canary).toMatchObject({ status: 'failed', attempts: 1 });
      // The hook ran for staging (a blank line: nothing handed off), not for the canary.
      expect(await readFile(join(repo, 'hook.log'), 'utf8')).toBe('\n');

      await writeFile(
        join(repo, 'modelgate.yaml'),
        (await readFile(join(repo, 'modelgate.yaml'), 'utf8')).replace(
          '"0.9.0": "900"',
          '"1.0.0": "1000"',
        ),
      );
      const rerun = await cli('promote', '--to', 'canary', '--json');
      expect(rerun.code, rerun.stdout).toBe(0);
      const doc = JSON.parse(rerun.stdout).models[0];
      expect(doc).toMatchObject({ status: 'resumed', hook: { attempt: 2, exitCode: 0 } });
      expect(await readFile(join(repo, 'hook.log'), 'utf8')).toBe('\n1000=100\n');
      const after = JSON.parse((await cli('status', '--json')).stdout).models[0];
      expect(after.deploys.canary).toMatchObject({ status: 'succeeded', attempts: 2 });

      // Aborted with nothing in production, nothing is served: no file may still name a split.
      const traffic = join(repo, '.modelgate/deploy/demo/vertex/endpoint-traffic.json');
      expect(JSON.parse(await readFile(traffic, 'utf8')).body.trafficSplit).toEqual({ 1000: 100 });
      const aborted = await cli('rollback', '--stage', 'canary', '--json');
      expect(aborted.code, aborted.stdout).toBe(0);
      expect(JSON.parse(aborted.stdout).models[0].handoff).toEqual([
        {
          platform: 'vertex',
          files: [],
          outputs: {},
          servesNothing: true,
          note: 'nothing is served now: modelgate removes no vertex resource; take it down if it should stop serving',
        },
      ]);
      await expect(readFile(traffic, 'utf8')).rejects.toThrow(/ENOENT/);
    } finally {
      await cleanup();
    }
  });
});

describe('the hand-off where a platform cannot say what the registry says', () => {
  let dir: string;
  let repo: string;
  let cleanup: () => Promise<void>;
  const cli = (...args: string[]) => runCli(args, { cwd: repo });
  const deploy = (extra = '') => `promotion:
  canary:
    steps: [10, 50]
deploy:
  hook: 'env | grep "^MODELGATE_" > "hook-$MODELGATE_REVISION.env"'
  out: handoff
  kserve: { model_format: sklearn }
  vertex: { project: p, location: l, endpoint: "9", deployed_models: { "1.0.0": "1000", "1.1.0": "1100", "1.2.0": "1200"${extra} } }`;
  const write = (version: string, extra = deploy()) =>
    modelDir(repo, { version, artifactBytes: Buffer.from(`w ${version}`), extra });
  const sha = (v: string) =>
    createHash('sha256')
      .update(Buffer.from(`w ${v}`))
      .digest('hex');
  const file = (f: string) => join(repo, 'handoff/demo', f);
  async function release(version: string, toProduction: boolean) {
    await write(version);
    for (const args of [['publish'], ['promote', '--to', 'staging'], ['promote', '--to', 'canary']])
      expect((await cli(...args)).code, args.join(' ')).toBe(0);
    if (toProduction) expect((await cli('promote', '--to', 'production')).code).toBe(0);
  }

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-handoff-edges-'));
    repo = join(dir, 'repo');
    await release('1.0.0', true);
    await release('1.1.0', true);
    await release('1.2.0', false);
  });
  afterAll(() => cleanup());

  it('a production rollback under a running canary: KServe gets production alone, and says why', async () => {
    const r = await cli('rollback', '--reason', 'bad', '--json');
    expect(r.code, r.stdout).toBe(0);
    const doc = JSON.parse(r.stdout).models[0];
    const isvc = parse(await readFile(file('kserve/inferenceservice.yaml'), 'utf8'));
    // KServe would keep sending 90 % to 1.1.0, its last revision at 100 %, for any resource
    // naming the canary: production alone is what it can be told.
    expect(isvc.spec.predictor.model.storageUri).toMatch(new RegExp(`${sha('1.0.0')}$`));
    expect(isvc.spec.predictor.canaryTrafficPercent).toBeUndefined();
    expect(doc.handoff[0].note).toBe(
      'KServe rolls out one revision at a time: production 1.0.0 is rendered at 100 % and the canary left out until its next step',
    );
    // The platforms that split by name say the registry's split.
    const vertex = JSON.parse(await readFile(file('vertex/endpoint-traffic.json'), 'utf8'));
    expect(vertex.body.trafficSplit).toEqual({ 1000: 90, 1200: 10 });
    // The canary's next step names it to KServe again.
    expect((await cli('promote', '--to', 'canary')).code).toBe(0);
    const next = parse(await readFile(file('kserve/inferenceservice.yaml'), 'utf8'));
    expect(next.spec.predictor.canaryTrafficPercent).toBe(50);
  });

  it('one platform that cannot be rendered: no file is written, so none holds a newer split', async () => {
    const before = await readFile(file('kserve/inferenceservice.yaml'), 'utf8');
    await write('1.3.0', deploy().replace('"1.2.0": "1200"', '"1.2.0": "1200", "9.9.9": "9"'));
    for (const args of [['publish'], ['promote', '--to', 'staging']])
      expect((await cli(...args)).code).toBe(0);
    const r = await cli('promote', '--to', 'canary', '--json');
    expect(r.code).toBe(1);
    const handoff = JSON.parse(r.stdout).models[0].handoff;
    expect(handoff[0].error).toBe(
      "not written: the vertex hand-off could not be rendered, and the platforms' files are written together or not at all",
    );
    expect(handoff[1].error).toMatch(/names no deployed model ID for version 1\.3\.0/);
    expect(await readFile(file('kserve/inferenceservice.yaml'), 'utf8')).toBe(before);
    // Fixed and rerun: both written.
    await write('1.3.0', deploy(', "1.3.0": "1300"'));
    const rerun = await cli('promote', '--to', 'canary', '--json');
    expect(rerun.code, rerun.stdout).toBe(0);
    const isvc = parse(await readFile(file('kserve/inferenceservice.yaml'), 'utf8'));
    expect(isvc.metadata.labels['modelgate/version']).toBe('1.3.0');
  });

  it('a platform dropped from the manifest keeps no file of an old split', async () => {
    await write('1.3.0', deploy(', "1.3.0": "1300"').replace(/\n {2}kserve: .*\n/, '\n'));
    const r = await cli('promote', '--to', 'canary', '--weight', '20');
    expect(r.code, r.stdout).toBe(0);
    await expect(readFile(file('kserve/inferenceservice.yaml'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('a file that cannot be written fails the deploy, recorded, not the program', async () => {
    await write(
      '1.3.0',
      deploy(', "1.3.0": "1300"').replace('out: handoff', 'out: modelgate.yaml'),
    );
    const r = await cli('promote', '--to', 'canary', '--weight', '30', '--json');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/internal error/);
    const h = JSON.parse(r.stdout).models[0].handoff;
    expect(h[0].error).toMatch(
      /^cannot (write|remove) the hand-off (file|folder) .*modelgate\.yaml\/demo\//,
    );
    const status = JSON.parse((await cli('status', '--json')).stdout).models[0];
    expect(status.deploys.canary).toMatchObject({ status: 'failed' });
  });

  it('the hook sees no hand-off variable a parent process set', async () => {
    await write('1.3.0', deploy(', "1.3.0": "1300"'));
    // Resumes the deploy the test before left failed.
    const r = await runCli(['promote', '--to', 'canary', '--weight', '30', '--json'], {
      cwd: repo,
      env: {
        ...process.env,
        GITHUB_ACTIONS: '',
        MODELGATE_AZURE_TRAFFIC: 'stale=100',
        MODELGATE_MINE: 'kept',
      },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const revision = JSON.parse(r.stdout).models[0].revision;
    const env = await readFile(join(repo, `hook-${revision}.env`), 'utf8');
    expect(env).not.toMatch(/MODELGATE_AZURE_TRAFFIC/);
    expect(env).toMatch(/^MODELGATE_MINE=kept$/m);
    expect(env).toMatch(/^MODELGATE_VERTEX_TRAFFIC_SPLIT=1000=70,1300=30$/m);
  });

  it('handoff writes the files of the state as it is, changing nothing and running no hook', async () => {
    const revision = JSON.parse((await cli('status', '--json')).stdout).models[0].revision;
    await rm(join(repo, 'handoff'), { recursive: true, force: true });
    const hooks = (await readdir(repo)).filter((f) => f.startsWith('hook-')).length;
    const r = await cli('handoff', '--json');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.models[0].handoff.map((h: { platform: string }) => h.platform)).toEqual([
      'kserve',
      'vertex',
    ]);
    const vertex = JSON.parse(await readFile(file('vertex/endpoint-traffic.json'), 'utf8'));
    expect(vertex.body.trafficSplit).toEqual({ 1000: 70, 1300: 30 });
    expect(JSON.parse((await cli('status', '--json')).stdout).models[0].revision).toBe(revision);
    expect((await readdir(repo)).filter((f) => f.startsWith('hook-')).length).toBe(hooks);
    const text = await cli('handoff');
    expect(text.stdout).toContain(`✓ demo vertex: ${file('vertex/endpoint-traffic.json')}`);
  });
});

describe('validate: the hand-off settings a manifest alone decides', () => {
  it('reports each at its file:line', async () => {
    const { dir, cleanup } = await tempDir('modelgate-handoff-validate-');
    try {
      const repo = await modelDir(join(dir, 'repo'), {
        artifactBytes: Buffer.from('w'),
        extra: `    - path: model/extra.bin
deploy:
  kserve: { model_format: sklearn }
  sagemaker:
    endpoint: demo
    instance_type: ml.m5.large
    image: 123.dkr.ecr.us-east-1.amazonaws.com/x:1
  vertex:
    project: p
    location: l
    endpoint: "1"
    deployed_models:
      "0.9.0": "7"
      "0.9.1": "7"
  azure: { endpoint: demo-online, deployments: { "0.9.0": blue } }`,
      });
      await writeFile(join(repo, 'model/extra.bin'), 'x');
      const r = await runCli(['validate'], { cwd: repo });
      expect(r.code).toBe(1);
      const at = (line: number, severity: string, text: string) =>
        expect(r.stdout).toMatch(new RegExp(`modelgate\\.yaml:${line}:\\d+: ${severity}: ${text}`));
      at(
        10,
        'error',
        'deploy\\.kserve needs deploy\\.storage_uri for a model with several artifacts',
      );
      at(14, 'error', 'deploy\\.sagemaker has image without execution_role_arn');
      at(
        21,
        'error',
        'deploy\\.vertex\\.deployed_models gives 0\\.9\\.1 the deployed model ID 7 of 0\\.9\\.0',
      );
      at(
        19,
        'warning',
        'deploy\\.vertex\\.deployed_models names no deployed model ID for 1\\.0\\.0',
      );
      at(22, 'warning', 'deploy\\.azure\\.deployments names no deployment for 1\\.0\\.0');

      await writeFile(
        join(repo, 'modelgate.yaml'),
        (await readFile(join(repo, 'modelgate.yaml'), 'utf8')).replace(
          'deploy:\n',
          'deploy:\n  storage_uri: gs://models/{{model}}/{{revision}}/\n',
        ),
      );
      const again = await runCli(['validate'], { cwd: repo });
      expect(again.stdout).toMatch(
        /modelgate\.yaml:10:\d+: error: deploy\.storage_uri uses \{\{revision\}\}; only \{\{model\}\} and \{\{version\}\} are filled in/,
      );
      expect(again.stdout).toMatch(
        /modelgate\.yaml:10:\d+: error: deploy\.storage_uri has no \{\{version\}\}/,
      );
      expect(again.stdout).not.toMatch(/needs deploy\.storage_uri/);
    } finally {
      await cleanup();
    }
  });
});
