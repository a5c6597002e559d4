// deploy.sagemaker.apply through the CLI against moto's SageMaker (5.1.1): the first canary
// step creates the endpoint, a weight step is an UpdateEndpointWeightsAndCapacities, and an
// apply that fails fails the command, leaves the change standing and is retried by a rerun.
//
// What moto cannot show: moto 5.1.1 has no UpdateEndpoint (a bare HTTP 500), so the move of
// an endpoint to a new configuration (the promotion to production, a rollback, an abort) is
// applied only as far as the new configuration here; sagemaker-moto.test.ts checks that
// configuration's variants, and the refusal is what this test sees of it. Nor does moto run a
// model: that the container reads the storage URI is SageMaker's part.
import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { describeMoto, MOTO_ENV, startMoto, type Moto } from '../helpers/moto.js';
import { modelDir } from '../registry/helpers.js';

const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/sklearn-inference:1.2-1';
const ROLE = 'arn:aws:iam::123456789012:role/modelgate-sagemaker';
const manifest = (apply: boolean) => `promotion:
  canary:
    steps: [10, 50]
deploy:
  storage_uri: s3://models-bucket/{{model}}/{{version}}/model.tar.gz
  sagemaker:
    endpoint: demo-rollout
    instance_type: ml.m5.large
    image: ${IMAGE}
    execution_role_arn: ${ROLE}
    region: us-east-1
    apply: ${apply}`;

/**
 * moto 5.1.1 sends endpoints' CreationTime and LastModifiedTime as "2026-12-02 05:54:53"
 * where SageMaker sends epoch seconds, and the SDK refuses the whole response (see
 * sagemaker-moto.test.ts). The CLI's client cannot be given a middleware, so this proxy in
 * front of moto rewrites them; everything else passes through as it is.
 */
function timestampProxy(target: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const to = new URL(req.url ?? '/', target);
    const forward = request(
      to,
      { method: req.method, headers: { ...req.headers, host: to.host } },
      (upstream) => {
        const chunks: Buffer[] = [];
        upstream.on('data', (c: Buffer) => chunks.push(c));
        upstream.on('end', () => {
          const body = Buffer.from(
            Buffer.concat(chunks)
              .toString('utf8')
              .replace(
                /"(CreationTime|LastModifiedTime)": "(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)"/g,
                (_, key: string, day: string, time: string) =>
                  `"${key}": ${Date.parse(`${day}T${time}Z`) / 1000}`,
              ),
          );
          const headers = { ...upstream.headers, 'content-length': String(body.length) };
          res.writeHead(upstream.statusCode ?? 502, headers).end(body);
        });
      },
    );
    forward.on('error', (err) => res.writeHead(502).end(err.message));
    req.pipe(forward);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server }),
    ),
  );
}

describeMoto('deploy.sagemaker.apply through the CLI, against moto', () => {
  let moto: Moto;
  let proxy: { url: string; server: Server };
  let repo: string;
  let cleanup: () => Promise<void>;
  let client: SageMakerClient;
  const cli = (endpoint: string, ...args: string[]) =>
    runCli(args, {
      cwd: repo,
      env: {
        ...process.env,
        GITHUB_ACTIONS: '',
        ...MOTO_ENV,
        // The AWS SDK's own setting for a service's endpoint: modelgate needs none of its own.
        AWS_ENDPOINT_URL_SAGEMAKER: endpoint,
      },
      timeoutMs: 60_000,
    });
  const status = async () =>
    JSON.parse((await cli(proxy.url, 'status', '--json')).stdout).models[0];

  /** What moto's endpoint serves: each variant's model and weight. */
  async function serving() {
    const e = await client.send(new DescribeEndpointCommand({ EndpointName: 'demo-rollout' }));
    const c = await client.send(
      new DescribeEndpointConfigCommand({ EndpointConfigName: e.EndpointConfigName }),
    );
    const models = new Map(c.ProductionVariants?.map((v) => [v.VariantName, v.ModelName]));
    return (e.ProductionVariants ?? []).map((v) => [
      v.VariantName,
      models.get(v.VariantName),
      v.CurrentWeight,
    ]);
  }

  beforeAll(async () => {
    moto = await startMoto();
    proxy = await timestampProxy(moto.endpoint);
    client = new SageMakerClient({
      endpoint: proxy.url,
      region: MOTO_ENV.AWS_REGION,
      credentials: {
        accessKeyId: MOTO_ENV.AWS_ACCESS_KEY_ID,
        secretAccessKey: MOTO_ENV.AWS_SECRET_ACCESS_KEY,
      },
    });
    const t = await tempDir('modelgate-handoff-moto-');
    cleanup = t.cleanup;
    repo = join(t.dir, 'repo');
    // 1.0.0 reaches production with the files alone: applying it would need UpdateEndpoint.
    await modelDir(repo, {
      version: '1.0.0',
      artifactBytes: Buffer.from('a'),
      extra: manifest(false),
    });
    for (const args of [
      ['publish'],
      ['promote', '--to', 'staging'],
      ['promote', '--to', 'canary'],
      ['promote', '--to', 'production'],
    ])
      expect((await cli(proxy.url, ...args)).code, args.join(' ')).toBe(0);
    await modelDir(repo, {
      version: '1.1.0',
      artifactBytes: Buffer.from('b'),
      extra: manifest(true),
    });
    for (const args of [['publish'], ['promote', '--to', 'staging']])
      expect((await cli(proxy.url, ...args)).code, args.join(' ')).toBe(0);
  }, 180_000);
  afterAll(async () => {
    proxy?.server.close();
    await moto?.stop();
    await cleanup?.();
  });

  it('an unreachable SageMaker fails the command and leaves the canary standing; the rerun creates the endpoint', async () => {
    // Nothing listens on port 9 (discard) of loopback: the connection is refused.
    const failed = await cli('http://127.0.0.1:9', 'promote', '--to', 'canary', '--json');
    expect(failed.code).toBe(1);
    const doc = JSON.parse(failed.stdout).models[0];
    expect(doc.status).toBe('changed');
    const sm = doc.handoff.find((h: { platform: string }) => h.platform === 'sagemaker');
    expect(sm.error).toMatch(
      /^SageMaker DescribeModel on demo-1-0-0 failed: .+\n {2}hint: run the deploy again/,
    );
    // The files were written all the same: they say what the registry decided.
    expect(sm.files).toHaveLength(2);
    const s = await status();
    expect(s.stages.canary).toMatchObject({ version: '1.1.0', weight: 10 });
    expect(s.deploys.canary).toMatchObject({ status: 'failed', attempts: 1 });

    const rerun = await cli(proxy.url, 'promote', '--to', 'canary', '--json');
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    const resumed = JSON.parse(rerun.stdout).models[0];
    expect(resumed.status).toBe('resumed');
    expect(resumed.handoff[0].applied).toMatchObject({
      action: 'created',
      endpointName: 'demo-rollout',
      createdModels: ['demo-1-0-0', 'demo-1-1-0'],
    });
    expect(await serving()).toEqual([
      ['production', 'demo-1-0-0', 90],
      ['canary', 'demo-1-1-0', 10],
    ]);
    const model = await client.send(new DescribeModelCommand({ ModelName: 'demo-1-1-0' }));
    expect(model.PrimaryContainer).toMatchObject({
      Image: IMAGE,
      ModelDataUrl: 's3://models-bucket/demo/1.1.0/model.tar.gz',
    });
    expect((await status()).deploys.canary).toMatchObject({ status: 'succeeded', attempts: 2 });
  }, 120_000);

  it('the next canary step is a weight step on the same configuration', async () => {
    const before = await client.send(new DescribeEndpointCommand({ EndpointName: 'demo-rollout' }));
    const r = await cli(proxy.url, 'promote', '--to', 'canary', '--json');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).models[0].handoff[0].applied).toMatchObject({
      action: 'weights',
      endpointConfigName: before.EndpointConfigName,
      createdModels: [],
    });
    expect(await serving()).toEqual([
      ['production', 'demo-1-0-0', 50],
      ['canary', 'demo-1-1-0', 50],
    ]);
  }, 60_000);

  it('the promotion needs UpdateEndpoint, which moto refuses: the command fails, production stands, the deploy is failed', async () => {
    const r = await cli(proxy.url, 'promote', '--to', 'production');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /✗ sagemaker hand-off FAILED: SageMaker UpdateEndpoint on demo-rollout failed: .*HTTP 500/,
    );
    const s = await status();
    expect(s.stages.production.version).toBe('1.1.0');
    expect(s.deploys.production).toMatchObject({ status: 'failed' });
  }, 60_000);
});
