import type {
  CreateEndpointConfigCommandInput,
  CreateModelCommandInput,
  UpdateEndpointWeightsAndCapacitiesCommandInput,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ConfigError, InfraError } from '../../src/errors.js';
import { applySageMaker, nextStep } from '../../src/platforms/sagemaker-apply.js';
import { renderSageMaker, sageMakerModelName } from '../../src/platforms/sagemaker.js';
import { input, rollout, SETTINGS, thrown, uriOf } from './inputs.js';

const sagemaker = SETTINGS.sagemaker!;
const plan = (state: Parameters<typeof input>[0], s = sagemaker) =>
  renderSageMaker(input(state), s).plan;

describe('the SageMaker endpoint configuration', () => {
  const r = rollout();

  it("is the SDK's CreateEndpointConfig input: two variants weighted by the canary", () => {
    const { endpointConfig, weights, models } = plan(r.canary10);
    // Type-checked by tsc: the renderings are the SDK's own command inputs.
    const config = endpointConfig satisfies CreateEndpointConfigCommandInput;
    const step = weights satisfies UpdateEndpointWeightsAndCapacitiesCommandInput;
    const create = models.map((m) => m.create) satisfies (CreateModelCommandInput | undefined)[];
    expect(config.ProductionVariants).toEqual([
      {
        VariantName: 'production',
        ModelName: 'fraud-1-0-0',
        InstanceType: 'ml.m5.large',
        InitialInstanceCount: 1,
        InitialVariantWeight: 90,
      },
      {
        VariantName: 'canary',
        ModelName: 'fraud-1-1-0',
        InstanceType: 'ml.m5.large',
        InitialInstanceCount: 1,
        InitialVariantWeight: 10,
      },
    ]);
    expect(step).toEqual({
      EndpointName: 'fraud-endpoint',
      DesiredWeightsAndCapacities: [
        { VariantName: 'production', DesiredWeight: 90 },
        { VariantName: 'canary', DesiredWeight: 10 },
      ],
    });
    expect(create).toEqual([
      {
        ModelName: 'fraud-1-0-0',
        ExecutionRoleArn: sagemaker.execution_role_arn,
        PrimaryContainer: { Image: sagemaker.image, ModelDataUrl: uriOf('1.0.0') },
      },
      {
        ModelName: 'fraud-1-1-0',
        ExecutionRoleArn: sagemaker.execution_role_arn,
        PrimaryContainer: { Image: sagemaker.image, ModelDataUrl: uriOf('1.1.0') },
      },
    ]);
  });

  it('serves production alone at 100 once the canary is promoted', () => {
    expect(plan(r.promoted).endpointConfig.ProductionVariants).toEqual([
      expect.objectContaining({
        VariantName: 'production',
        ModelName: 'fraud-1-1-0',
        InitialVariantWeight: 100,
      }),
    ]);
  });

  it('names each configuration by its content, within SageMaker’s rules', () => {
    const names = Object.values(r).map((s) => plan(s).endpointConfig.EndpointConfigName);
    expect(new Set(names).size).toBe(4); // production and rolledBack hold the same
    expect(names[0]).toBe(names[4]);
    const long = plan(r.canary10, { ...sagemaker, endpoint: 'e'.repeat(63) }).endpointConfig
      .EndpointConfigName;
    for (const n of [...names, long]) expect(n).toMatch(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/);
  });

  it('names models by version with only letters, digits and hyphens', () => {
    expect(sageMakerModelName('fraud', '1.2.0-rc.1')).toBe('fraud-1-2-0-rc-1');
    const i = input(r.canary10);
    i.production!.version = '1.2.0-rc.1';
    i.canary!.version = '1.2.0-rc-1';
    expect(() => renderSageMaker(i, sagemaker)).toThrow(
      /would both be the SageMaker model fraud-1-2-0-rc-1/,
    );
  });

  it('creates models only from S3, and leaves them to the user without image and role', () => {
    const local = input(r.production, SETTINGS);
    local.production!.uri = 'file:///srv/reg/models/fraud/versions/1.0.0.json';
    const err = thrown(() => renderSageMaker(local, sagemaker));
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).hint).toMatch(/s3:\/\/ registry/);
    expect(renderSageMaker(local, { ...sagemaker, image: undefined }).plan.models).toEqual([
      { name: 'fraud-1-0-0', version: '1.0.0' },
    ]);
  });

  it('refuses names SageMaker refuses, naming the key', () => {
    expect(() => plan(r.production, { ...sagemaker, endpoint: 'fraud_endpoint' })).toThrow(
      /deploy\.sagemaker\.endpoint/,
    );
    expect(() => plan(r.production, { ...sagemaker, model_prefix: '-x' })).toThrow(
      /deploy\.sagemaker\.model_prefix/,
    );
  });
});

describe('what an existing endpoint needs', () => {
  const r = rollout();
  const served = (state: Parameters<typeof input>[0]) => {
    const p = plan(state);
    return {
      endpoint: {
        ProductionVariants: p.endpointConfig.ProductionVariants.map((v) => ({
          VariantName: v.VariantName,
          DesiredWeight: v.InitialVariantWeight,
        })),
      },
      config: { ProductionVariants: p.endpointConfig.ProductionVariants },
    };
  };

  it('is nothing when it serves the plan, a weight step when only weights differ', () => {
    const now = served(r.canary10);
    expect(nextStep(now.endpoint, now.config, plan(r.canary10))).toBe('unchanged');
    expect(nextStep(now.endpoint, now.config, plan(r.canary50))).toBe('weights');
  });

  it('is a new configuration when a variant’s model changes or its configuration is gone', () => {
    const now = served(r.canary50);
    expect(nextStep(now.endpoint, now.config, plan(r.promoted))).toBe('updated');
    const after = served(r.promoted);
    expect(nextStep(after.endpoint, after.config, plan(r.rolledBack))).toBe('updated');
    expect(nextStep(now.endpoint, undefined, plan(r.canary50))).toBe('updated');
  });

  it('is a new configuration for a new instance type, not for a new instance count', () => {
    const now = served(r.canary10);
    expect(
      nextStep(
        now.endpoint,
        now.config,
        plan(r.canary10, { ...sagemaker, instance_type: 'ml.c5.xlarge' }),
      ),
    ).toBe('updated');
    expect(
      nextStep(
        now.endpoint,
        now.config,
        plan(r.canary10, { ...sagemaker, initial_instance_count: 3 }),
      ),
    ).toBe('unchanged');
  });
});

/**
 * A SageMaker that answers each command by its name from `answers` (a function may throw), for
 * the states moto cannot be put in. Records the commands it was sent.
 */
function sageMaker(answers: Record<string, (input: unknown) => unknown>) {
  const sent: string[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: unknown }) => {
      const op = command.constructor.name.replace(/Command$/, '');
      sent.push(op);
      const answer = answers[op];
      if (!answer) throw new Error(`unexpected ${op}`);
      return answer(command.input);
    },
  } as unknown as SageMakerClient;
  return { client, sent };
}

const awsError = (name: string, message: string, httpStatusCode = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode } });

describe('the SageMaker apply', () => {
  const r = rollout();
  const p = plan(r.promoted);
  const existing = {
    DescribeModel: () => ({ PrimaryContainer: { ModelDataUrl: uriOf('1.1.0') } }),
    DescribeEndpointConfig: () => ({
      ProductionVariants: plan(r.canary50).endpointConfig.ProductionVariants,
    }),
  };

  it('changes nothing on an endpoint that is not InService, and says to wait', async () => {
    const { client, sent } = sageMaker({
      ...existing,
      DescribeEndpoint: () => ({ EndpointStatus: 'Updating', EndpointConfigName: 'old' }),
    });
    const err = await applySageMaker(client, p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InfraError);
    expect((err as InfraError).message).toMatch(/fraud-endpoint is Updating/);
    expect((err as InfraError).hint).toMatch(
      /aws sagemaker wait endpoint-in-service --endpoint-name fraud-endpoint/,
    );
    expect(sent).toEqual(['DescribeModel', 'DescribeEndpoint', 'DescribeEndpointConfig']);
  });

  it('says to recreate a failed endpoint, with SageMaker’s reason', async () => {
    const { client } = sageMaker({
      ...existing,
      DescribeEndpoint: () => ({
        EndpointStatus: 'Failed',
        FailureReason: 'image not found',
        EndpointConfigName: 'old',
      }),
    });
    const err = await applySageMaker(client, p).catch((e: unknown) => e);
    expect((err as InfraError).message).toMatch(/has failed: image not found/);
    expect((err as InfraError).hint).toMatch(/delete-endpoint --endpoint-name fraud-endpoint/);
  });

  it('names the permission a refused call needs, and the missing credentials', async () => {
    const denied = sageMaker({
      DescribeModel: () => {
        throw awsError('AccessDeniedException', 'not authorized', 403);
      },
    });
    const err = await applySageMaker(denied.client, p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InfraError);
    expect((err as InfraError).hint).toBe(
      'allow sagemaker:DescribeModel on it for the role modelgate runs as',
    );
    const anonymous = sageMaker({
      DescribeModel: () => {
        throw awsError('CredentialsProviderError', 'Could not load credentials from any providers');
      },
    });
    const none = await applySageMaker(anonymous.client, p).catch((e: unknown) => e);
    expect((none as InfraError).message).toBe(
      'no AWS credentials were found for SageMaker DescribeModel',
    );
  });

  it('takes a refused configuration for a manifest error', async () => {
    const { client } = sageMaker({
      ...existing,
      DescribeEndpoint: () => {
        throw awsError('ValidationException', "Could not find endpoint 'fraud-endpoint'.");
      },
      DescribeEndpointConfig: () => {
        throw awsError('ValidationException', 'Could not find endpoint configuration.');
      },
      CreateEndpointConfig: () => {
        throw awsError(
          'ValidationException',
          "Value 'ml.m5.huge' at 'instanceType' failed to satisfy constraint",
        );
      },
    });
    const err = await applySageMaker(client, p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(
      /refused CreateEndpointConfig .* as invalid: .*ml\.m5\.huge/,
    );
  });
});
