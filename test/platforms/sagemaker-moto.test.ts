// The SageMaker apply against moto's SageMaker (5.1.1): what the endpoint serves after each
// transition, read back with DescribeEndpoint and DescribeEndpointConfig.
import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConfigError, InfraError } from '../../src/errors.js';
import { applySageMaker, sageMakerClient } from '../../src/platforms/sagemaker-apply.js';
import { renderSageMaker, type SageMakerSettings } from '../../src/platforms/sagemaker.js';
import type { ModelState } from '../../src/registry/model.js';
import { describeMoto, MOTO_ENV, startMoto, type Moto } from '../helpers/moto.js';
import { input, rollout, SETTINGS, uriOf } from './inputs.js';

/**
 * moto 5.1.1 sends CreationTime and LastModifiedTime of endpoints and their configurations as
 * "2026-12-02 05:54:53" where SageMaker sends epoch seconds, and the SDK refuses the whole
 * response. This rewrites them before the SDK parses it; nothing else is touched.
 */
function acceptMotoTimestamps(client: SageMakerClient): SageMakerClient {
  client.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      const res = out.response as { body?: AsyncIterable<Buffer>; headers: Record<string, string> };
      if (!res.body) return out;
      const chunks: Buffer[] = [];
      for await (const c of res.body) chunks.push(Buffer.from(c));
      const text = Buffer.concat(chunks)
        .toString('utf8')
        .replace(
          /"(CreationTime|LastModifiedTime)": "(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)"/g,
          (_, key: string, day: string, time: string) =>
            `"${key}": ${Date.parse(`${day}T${time}Z`) / 1000}`,
        );
      delete res.headers['content-length'];
      res.body = Readable.from([Buffer.from(text)]);
      return out;
    },
    // Below the SDK's deserializer: it gets the response as rewritten.
    { step: 'deserialize', priority: 'low', name: 'acceptMotoTimestamps' },
  );
  return client;
}

describeMoto("the SageMaker apply against moto's SageMaker", () => {
  let moto: Moto;
  let client: SageMakerClient;
  const r = rollout();
  const settings = (
    endpoint: string,
    more: Partial<SageMakerSettings> = {},
  ): SageMakerSettings => ({
    ...SETTINGS.sagemaker!,
    endpoint,
    ...more,
  });
  const apply = (state: ModelState, s: SageMakerSettings) =>
    applySageMaker(client, renderSageMaker(input(state), s).plan);

  /** What the endpoint serves: each variant's model (from its configuration) and weight. */
  async function serving(endpoint: string) {
    const e = await client.send(new DescribeEndpointCommand({ EndpointName: endpoint }));
    const c = await client.send(
      new DescribeEndpointConfigCommand({ EndpointConfigName: e.EndpointConfigName }),
    );
    const models = new Map(c.ProductionVariants?.map((v) => [v.VariantName, v.ModelName]));
    return {
      config: e.EndpointConfigName,
      variants: (e.ProductionVariants ?? []).map((v) => ({
        variant: v.VariantName,
        model: models.get(v.VariantName),
        weight: v.CurrentWeight,
      })),
    };
  }

  beforeAll(async () => {
    moto = await startMoto();
    client = acceptMotoTimestamps(
      sageMakerClient(settings('unused', { region: MOTO_ENV.AWS_REGION }), {
        endpoint: moto.endpoint,
        credentials: {
          accessKeyId: MOTO_ENV.AWS_ACCESS_KEY_ID,
          secretAccessKey: MOTO_ENV.AWS_SECRET_ACCESS_KEY,
        },
      }),
    );
  });
  afterAll(() => moto?.stop());

  it('creates the models and the endpoint for a canary at 10 %, then steps its weight to 50 %', async () => {
    const s = settings('fraud-rollout');
    const created = await apply(r.canary10, s);
    expect(created).toMatchObject({
      action: 'created',
      createdModels: ['fraud-1-0-0', 'fraud-1-1-0'],
    });
    const model = await client.send(new DescribeModelCommand({ ModelName: 'fraud-1-1-0' }));
    expect(model.PrimaryContainer).toMatchObject({ Image: s.image, ModelDataUrl: uriOf('1.1.0') });
    expect(await serving('fraud-rollout')).toEqual({
      config: created.endpointConfigName,
      variants: [
        { variant: 'production', model: 'fraud-1-0-0', weight: 90 },
        { variant: 'canary', model: 'fraud-1-1-0', weight: 10 },
      ],
    });

    expect(await apply(r.canary10, s)).toMatchObject({ action: 'unchanged', createdModels: [] });

    const stepped = await apply(r.canary50, s);
    expect(stepped).toMatchObject({
      action: 'weights',
      endpointConfigName: created.endpointConfigName,
    });
    expect(await serving('fraud-rollout')).toEqual({
      config: created.endpointConfigName,
      variants: [
        { variant: 'production', model: 'fraud-1-0-0', weight: 50 },
        { variant: 'canary', model: 'fraud-1-1-0', weight: 50 },
      ],
    });
    expect(await apply(r.canary50, s)).toMatchObject({ action: 'unchanged' });
  });

  it('moves the endpoint to a new configuration for the promotion and the rollback (moto has no UpdateEndpoint)', async () => {
    const s = settings('fraud-rollout');
    for (const [state, model] of [
      [r.promoted, 'fraud-1-1-0'],
      [r.rolledBack, 'fraud-1-0-0'],
    ] as const) {
      const { plan } = renderSageMaker(input(state), s);
      // moto 5.1.1 answers UpdateEndpoint with a bare HTTP 500: the configuration is created
      // first, and the refusal names the call that failed.
      const err = await applySageMaker(client, plan).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InfraError);
      expect((err as InfraError).message).toMatch(
        /^SageMaker UpdateEndpoint on fraud-rollout failed: .*HTTP 500/,
      );
      const config = await client.send(
        new DescribeEndpointConfigCommand({
          EndpointConfigName: plan.endpointConfig.EndpointConfigName,
        }),
      );
      expect(config.ProductionVariants).toEqual([
        expect.objectContaining({
          VariantName: 'production',
          ModelName: model,
          InitialVariantWeight: 100,
        }),
      ]);
    }
  });

  it('creates an endpoint that serves production alone after a promotion or a rollback', async () => {
    for (const [state, endpoint, model] of [
      [r.promoted, 'fraud-promoted', 'fraud-1-1-0'],
      [r.rolledBack, 'fraud-rolled-back', 'fraud-1-0-0'],
    ] as const) {
      // The models exist from the first test: they are reused, not created again.
      expect(await apply(state, settings(endpoint))).toMatchObject({
        action: 'created',
        createdModels: [],
      });
      expect((await serving(endpoint)).variants).toEqual([
        { variant: 'production', model, weight: 100 },
      ]);
    }
  });

  it('creates nothing when a model is missing and modelgate may not create it', async () => {
    const s = settings('fraud-unmanaged', { model_prefix: 'unmanaged', image: undefined });
    const err = await apply(r.canary10, s).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/no model unmanaged-1-0-0 or unmanaged-1-1-0/);
    expect((err as ConfigError).hint).toMatch(/image and execution_role_arn|set both keys/);
    await expect(
      client.send(new DescribeEndpointCommand({ EndpointName: 'fraud-unmanaged' })),
    ).rejects.toThrow(/Could not find endpoint/);
  });

  it('refuses a model of the same name that holds other model data', async () => {
    const moved = input(r.production);
    moved.production!.uri = 's3://elsewhere/model.tar.gz';
    const err = await applySageMaker(
      client,
      renderSageMaker(moved, settings('fraud-moved')).plan,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(
      /fraud-1-0-0 serves .*1\.0\.0\.json, not version 1\.0\.0 at s3:\/\/elsewhere/,
    );
  });
});
