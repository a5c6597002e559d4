/**
 * Sends a SageMaker plan (see sagemaker.ts) to SageMaker, when `deploy.sagemaker.apply` is
 * true: the models, the endpoint configuration, then the endpoint. Safe to rerun: what exists
 * already is left as it is, and an endpoint that serves the plan is not touched.
 */
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  type DescribeEndpointConfigOutput,
  type DescribeEndpointOutput,
  type SageMakerClientConfig,
} from '@aws-sdk/client-sagemaker';
import { ConfigError, InfraError } from '../errors.js';
import type { SageMakerPlan, SageMakerSettings } from './sagemaker.js';

/** What an apply did to the endpoint. */
export type SageMakerAction =
  /** The endpoint did not exist and was created with the plan's configuration. */
  | 'created'
  /** The variants' models changed: the endpoint moves to the plan's configuration. */
  | 'updated'
  /** Only the weights changed: a weight step, with no new deployment. */
  | 'weights'
  | 'unchanged';

export interface SageMakerApplied {
  action: SageMakerAction;
  endpointName: string;
  /** The configuration the endpoint serves (or is moving to) after the apply. */
  endpointConfigName: string;
  createdModels: string[];
}

/**
 * A client for the settings' region. `overrides` are the SDK's own options, e.g. `endpoint`
 * for a VPC endpoint or a test server.
 */
export function sageMakerClient(
  s: SageMakerSettings,
  overrides: SageMakerClientConfig = {},
): SageMakerClient {
  return new SageMakerClient({ ...(s.region && { region: s.region }), ...overrides });
}

/**
 * Makes the endpoint serve the plan. Throws ConfigError when a model is missing and modelgate
 * may not create it, or when SageMaker refuses the plan as invalid; InfraError when the
 * endpoint is busy or failed, or SageMaker cannot be reached or refuses access.
 */
export async function applySageMaker(
  client: SageMakerClient,
  plan: SageMakerPlan,
): Promise<SageMakerApplied> {
  const { endpointName } = plan;
  const createdModels = await ensureModels(client, plan);
  const configName = plan.endpointConfig.EndpointConfigName;
  const applied = (action: SageMakerAction, endpointConfigName = configName) => ({
    action,
    endpointName,
    endpointConfigName,
    createdModels,
  });
  const endpoint = await describe('DescribeEndpoint', endpointName, () =>
    client.send(new DescribeEndpointCommand({ EndpointName: endpointName })),
  );
  if (!endpoint) {
    await ensureConfig(client, plan);
    await call('CreateEndpoint', endpointName, () =>
      client.send(
        new CreateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: configName }),
      ),
    );
    return applied('created');
  }
  const currentName = endpoint.EndpointConfigName ?? '';
  const current = await describe('DescribeEndpointConfig', currentName, () =>
    client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: currentName })),
  );
  const step = nextStep(endpoint, current, plan);
  if (step === 'unchanged') return applied('unchanged', currentName);
  assertInService(endpoint, endpointName);
  if (step === 'weights') {
    await call('UpdateEndpointWeightsAndCapacities', endpointName, () =>
      client.send(new UpdateEndpointWeightsAndCapacitiesCommand(plan.weights)),
    );
    return applied('weights', currentName);
  }
  await ensureConfig(client, plan);
  await call('UpdateEndpoint', endpointName, () =>
    client.send(
      new UpdateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: configName }),
    ),
  );
  return applied('updated');
}

/**
 * What an existing endpoint needs to serve the plan: a new configuration when any variant's
 * name, model or instance type differs from the one it serves (or that one is gone), a weight
 * step when only the weights do. Instance counts are not compared: autoscaling owns them.
 */
export function nextStep(
  endpoint: Pick<DescribeEndpointOutput, 'ProductionVariants'>,
  current: Pick<DescribeEndpointConfigOutput, 'ProductionVariants'> | undefined,
  plan: SageMakerPlan,
): Exclude<SageMakerAction, 'created'> {
  const key = (v: { VariantName?: string; ModelName?: string; InstanceType?: string }) =>
    `${v.VariantName}\0${v.ModelName}\0${v.InstanceType}`;
  const want = plan.endpointConfig.ProductionVariants;
  const have = (current?.ProductionVariants ?? []).map(key).sort();
  if (have.join('\n') !== want.map(key).sort().join('\n')) return 'updated';
  const weights = new Map(
    (endpoint.ProductionVariants ?? []).map((v) => [
      v.VariantName,
      v.DesiredWeight ?? v.CurrentWeight,
    ]),
  );
  return want.every((v) => weights.get(v.VariantName) === v.InitialVariantWeight)
    ? 'unchanged'
    : 'weights';
}

/** SageMaker refuses any change to an endpoint that is not InService. */
function assertInService(endpoint: DescribeEndpointOutput, name: string): void {
  const status = endpoint.EndpointStatus;
  if (status === 'InService') return;
  if (status === 'Failed')
    throw new InfraError(
      `the SageMaker endpoint ${name} has failed${endpoint.FailureReason ? `: ${endpoint.FailureReason}` : ''}`,
      `delete it (aws sagemaker delete-endpoint --endpoint-name ${name}) and run the deploy again: modelgate creates it anew`,
    );
  throw new InfraError(
    `the SageMaker endpoint ${name} is ${status ?? 'in an unknown state'}, and SageMaker changes an endpoint only when it is InService`,
    `wait for it (aws sagemaker wait endpoint-in-service --endpoint-name ${name}), then run the deploy again`,
  );
}

/** Creates the missing models the plan may create; the names of those created. */
async function ensureModels(client: SageMakerClient, plan: SageMakerPlan): Promise<string[]> {
  const created: string[] = [];
  const missing: string[] = [];
  for (const m of plan.models) {
    const found = await describe('DescribeModel', m.name, () =>
      client.send(new DescribeModelCommand({ ModelName: m.name })),
    );
    const wanted = m.create?.PrimaryContainer?.ModelDataUrl;
    // A model modelgate manages must hold the version's bytes: a name is no proof of that.
    if (found && wanted && found.PrimaryContainer?.ModelDataUrl !== wanted)
      throw new ConfigError(
        `the SageMaker model ${m.name} serves ${found.PrimaryContainer?.ModelDataUrl ?? 'other model data'}, not version ${m.version} at ${wanted}`,
        undefined,
        `delete the model (aws sagemaker delete-model --model-name ${m.name}) or change deploy.sagemaker.model_prefix`,
      );
    if (found) continue;
    if (!m.create) {
      missing.push(m.name);
      continue;
    }
    const input = m.create;
    await call('CreateModel', m.name, () => client.send(new CreateModelCommand(input)));
    created.push(m.name);
  }
  if (missing.length > 0)
    throw new ConfigError(
      `SageMaker has no model ${missing.join(' or ')}, and modelgate creates models only with deploy.sagemaker.image and execution_role_arn`,
      undefined,
      'create the models (aws sagemaker create-model), or set both keys so that modelgate creates them from the registry',
    );
  return created;
}

/** Configurations are immutable and named by their content: one that exists is the plan's. */
async function ensureConfig(client: SageMakerClient, plan: SageMakerPlan): Promise<void> {
  const name = plan.endpointConfig.EndpointConfigName;
  const found = await describe('DescribeEndpointConfig', name, () =>
    client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })),
  );
  if (!found)
    await call('CreateEndpointConfig', name, () =>
      client.send(new CreateEndpointConfigCommand(plan.endpointConfig)),
    );
}

interface AwsError {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** One SageMaker call, its failure turned into an error that names the call and the next step. */
async function call<T>(op: string, target: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (err) {
    throw failure(op, target, err);
  }
}

/** A Describe call: undefined when the resource does not exist. */
async function describe<T>(
  op: string,
  target: string,
  send: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await send();
  } catch (err) {
    const e = err as AwsError;
    // SageMaker has no not-found error code: a Describe of a missing resource is a
    // ValidationException that says "Could not find".
    if (e?.name === 'ValidationException' && /could not find/i.test(e.message ?? ''))
      return undefined;
    throw failure(op, target, err);
  }
}

function failure(op: string, target: string, err: unknown): ConfigError | InfraError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as AwsError;
  const status = e.$metadata?.httpStatusCode;
  const said = `${e.name ?? 'error'}${status ? ` (HTTP ${status})` : ''}: ${e.message ?? String(err)}`;
  if (e.name === 'CredentialsProviderError')
    return new InfraError(
      `no AWS credentials were found for SageMaker ${op}`,
      'give the job credentials, e.g. with aws-actions/configure-aws-credentials before modelgate runs',
    );
  if (e.name === 'AccessDeniedException' || status === 403)
    return new InfraError(
      `SageMaker refused ${op} on ${target}: ${said}`,
      `allow sagemaker:${op} on it for the role modelgate runs as`,
    );
  if (e.name === 'ResourceLimitExceeded')
    return new InfraError(
      `SageMaker ${op} on ${target} is over a quota: ${said}`,
      'raise the quota in Service Quotas, or lower deploy.sagemaker.initial_instance_count',
    );
  if (e.name === 'ValidationException')
    return new ConfigError(
      `SageMaker refused ${op} on ${target} as invalid: ${said}`,
      undefined,
      'check deploy.sagemaker in the manifest (instance_type, image, execution_role_arn)',
    );
  return new InfraError(
    `SageMaker ${op} on ${target} failed: ${said}`,
    'run the deploy again: it resumes where this one stopped',
  );
}
