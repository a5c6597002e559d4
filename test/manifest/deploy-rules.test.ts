// The hand-off's manifest rules (src/manifest/deploy-rules.ts), in-process through
// loadManifest: each a setting that would make a transition's hand-off fail or mislead.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
let n = 0;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'model'));
  await writeFile(join(dir, 'model/a.bin'), 'a');
  await writeFile(join(dir, 'model/b.bin'), 'b');
});
afterAll(() => cleanup());

async function rules(deploy: string, artifacts = '[{ path: model/a.bin }]') {
  const file = join(dir, `m${++n}.yaml`);
  await writeFile(
    file,
    [
      'apiVersion: modelgate/v1',
      'model:',
      '  name: iris',
      '  version: 1.0.0',
      '  framework: custom',
      `  artifacts: ${artifacts}`,
      'deploy:',
      deploy,
    ].join('\n') + '\n',
  );
  return (await loadManifest(file, { cwd: dir })).findings.map((f) => [
    f.rule,
    f.severity,
    f.message,
  ]);
}

describe('deploy rules', () => {
  it('one artifact needs no storage_uri; several do, for the platforms that read model files', async () => {
    expect(await rules('  kserve: { model_format: sklearn }')).toEqual([]);
    expect(
      await rules(
        '  kserve: { model_format: sklearn }',
        '[{ path: model/a.bin }, { path: model/b.bin }]',
      ),
    ).toEqual([
      [
        'deploy-needs-storage-uri',
        'error',
        'deploy.kserve needs deploy.storage_uri for a model with several artifacts: the registry keeps each artifact as a blob of its own, and KServe reads one location',
      ],
    ]);
    expect(
      await rules(
        '  storage_uri: s3://m/{{model}}/{{version}}/\n  kserve: { model_format: sklearn }',
        '[{ path: model/a.bin }, { path: model/b.bin }]',
      ),
    ).toEqual([]);
  });

  it('storage_uri names the version, with known placeholders only', async () => {
    expect(
      await rules('  storage_uri: s3://m/{{model}}/\n  kserve: { model_format: sklearn }'),
    ).toEqual([
      [
        'deploy-storage-uri-version',
        'error',
        'deploy.storage_uri has no {{version}}: every version would be read from the same place',
      ],
    ]);
    expect(await rules('  storage_uri: s3://m/{{name}}/{{version}}/')).toEqual([
      [
        'deploy-storage-uri-placeholder',
        'error',
        'deploy.storage_uri uses {{name}}; only {{model}} and {{version}} are filled in',
      ],
    ]);
  });

  it('SageMaker creates models with an image and a role together, reading from S3', async () => {
    const sm = (extra: string) =>
      `  sagemaker: { endpoint: e, instance_type: ml.m5.large${extra} }`;
    expect(await rules(sm(', image: i'))).toEqual([
      [
        'deploy-sagemaker-create',
        'error',
        'deploy.sagemaker has image without execution_role_arn: modelgate creates the SageMaker models only with both',
      ],
    ]);
    expect(
      (await rules(sm(', execution_role_arn: arn:aws:iam::123456789012:role/r')))[0]![2],
    ).toMatch(/has execution_role_arn without image/);
    expect(
      await rules(
        `  storage_uri: gs://m/{{version}}/\n${sm(', image: i, execution_role_arn: arn:aws:iam::123456789012:role/r')}`,
      ),
    ).toEqual([
      [
        'deploy-sagemaker-storage-uri',
        'error',
        'SageMaker reads model data from S3 only, and deploy.storage_uri is gs://m/{{version}}/',
      ],
    ]);
    expect(
      await rules(
        `  storage_uri: s3://m/{{version}}/\n${sm(', image: i, execution_role_arn: arn:aws:iam::123456789012:role/r')}`,
      ),
    ).toEqual([]);
  });

  it('Vertex and Azure name the version this manifest promotes, and no name twice', async () => {
    expect(
      await rules('  azure: { endpoint: shop-online, deployments: { "0.9.0": blue } }'),
    ).toEqual([
      [
        'deploy-version-unnamed',
        'warning',
        'deploy.azure.deployments names no deployment for 1.0.0 (model.version): its hand-off would fail once it is promoted',
      ],
    ]);
    expect(
      await rules(
        '  vertex: { project: p, location: l, endpoint: "1", deployed_models: { "1.0.0": "7", "0.9.0": "7" } }',
      ),
    ).toEqual([
      [
        'deploy-duplicate-name',
        'error',
        'deploy.vertex.deployed_models gives 0.9.0 the deployed model ID 7 of 1.0.0: a split between them could not be told apart',
      ],
    ]);
  });

  it('deploy.out stays inside the repository', async () => {
    for (const out of ['/tmp/x', '../x', 'a/../../x'])
      expect(await rules(`  out: ${out}`)).toEqual([
        [
          'deploy-out-outside',
          'error',
          `deploy.out (${out}) must be a folder inside the repository, relative to the manifest, without ..`,
        ],
      ]);
    expect(await rules('  out: build/handoff')).toEqual([]);
  });
});
