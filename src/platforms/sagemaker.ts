/**
 * An Amazon SageMaker endpoint for the registry's stages: one production variant per served
 * stage, weighted by the canary. Pure; `sagemaker-apply.ts` sends it.
 *
 * Variants are named by role (`production`, `canary`), not by version: SageMaker's CloudWatch
 * metrics carry the variant name, so alarms and dashboards on `VariantName=canary` keep working
 * from one rollout to the next. A weight step leaves the variants' models alone and is an
 * `UpdateEndpointWeightsAndCapacities`; a promotion, abort or rollback changes them and needs
 * a new endpoint configuration.
 */
import type {
  CreateEndpointConfigInput,
  CreateModelInput,
  ProductionVariant,
  ProductionVariantInstanceType,
  UpdateEndpointWeightsAndCapacitiesInput,
} from '@aws-sdk/client-sagemaker';
import { sha256Bytes } from '../digest.js';
import { ConfigError } from '../errors.js';
import { canonicalJson } from '../registry/model.js';
import type { PlatformInput, Rendering } from './index.js';
import { trafficShares } from './traffic.js';

/** `deploy.sagemaker` in the manifest. */
export interface SageMakerSettings {
  /** The endpoint's name. */
  endpoint: string;
  /** e.g. `ml.m5.large`. */
  instance_type: string;
  /** Instances per variant when the configuration is created (autoscaling may change them); default 1. */
  initial_instance_count?: number;
  /** Models are named `<model_prefix>-<version with dots as dashes>`; default the model's name. */
  model_prefix?: string;
  /**
   * With `image`, the role SageMaker runs a model as: `apply` then creates the models that are
   * missing, from the version's URI (an S3 one). Without both, the models must exist.
   */
  execution_role_arn?: string;
  /** The inference container's image, e.g. a SageMaker framework image in ECR. */
  image?: string;
  /** Send the rendering to SageMaker after each transition (see sagemaker-apply.ts); default false. */
  apply?: boolean;
  /** The AWS region; default the SDK's (AWS_REGION). */
  region?: string;
}

/** Everything `applySageMaker` needs, and nothing it must look up in the manifest again. */
export interface SageMakerPlan {
  endpointName: string;
  /** The models the variants name, each with the input that creates it when modelgate may. */
  models: { name: string; version: string; create?: CreateModelInput }[];
  endpointConfig: CreateEndpointConfigInput & {
    EndpointConfigName: string;
    ProductionVariants: (ProductionVariant & { ModelName: string; InitialVariantWeight: number })[];
  };
  weights: UpdateEndpointWeightsAndCapacitiesInput;
}

/** SageMaker's pattern for model, endpoint and endpoint configuration names. */
const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/** Hex digits of the configuration's digest in its name: unique enough per endpoint. */
const CONFIG_DIGEST_CHARS = 12;

/**
 * The model name of a version: `prefix-1-2-0-rc-1` for 1.2.0-rc.1. SageMaker names allow
 * only letters, digits and hyphens, so every other character becomes a hyphen.
 */
export function sageMakerModelName(prefix: string, version: string): string {
  return `${prefix}-${version.replace(/[^a-zA-Z0-9]/g, '-')}`;
}

function checkName(name: string, what: string, key: string): string {
  if (!NAME.test(name))
    throw new ConfigError(
      `SageMaker cannot name ${what} ${JSON.stringify(name)} (from ${key})`,
      undefined,
      `change ${key}: SageMaker names are 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit`,
    );
  return name;
}

/**
 * The endpoint configuration, the weight step and the models for the stages. The
 * configuration's name ends in a digest of what it holds: configurations cannot be changed
 * once created, and a rerun of the same transition finds the one it created. Throws
 * ConfigError for names SageMaker refuses and for a model to create from a non-S3 URI.
 */
export function renderSageMaker(
  input: PlatformInput,
  s: SageMakerSettings,
): { plan: SageMakerPlan; rendering: Rendering } {
  const endpointName = checkName(s.endpoint, 'an endpoint', 'deploy.sagemaker.endpoint');
  const prefix = s.model_prefix ?? input.model;
  const shares = trafficShares(input);
  const models = shares.map(({ version, uri }) => {
    const name = checkName(
      sageMakerModelName(prefix, version),
      'a model',
      'deploy.sagemaker.model_prefix',
    );
    return {
      name,
      version,
      ...(s.image && s.execution_role_arn && { create: createModel(name, version, uri, s) }),
    };
  });
  if (models.length === 2 && models[0]!.name === models[1]!.name)
    throw new ConfigError(
      `versions ${models[0]!.version} and ${models[1]!.version} would both be the SageMaker model ${models[0]!.name}`,
      undefined,
      'SageMaker model names keep only letters and digits of a version: promote a version whose name differs in those',
    );
  const variants = shares.map((share, i) => ({
    VariantName: share.role,
    ModelName: models[i]!.name,
    // SageMaker checks the type; the SDK's list of types lags behind the instances it offers.
    InstanceType: s.instance_type as ProductionVariantInstanceType,
    InitialInstanceCount: s.initial_instance_count ?? 1,
    InitialVariantWeight: share.percent,
  }));
  const digest = sha256Bytes(canonicalJson({ endpointName, variants })).slice(
    0,
    CONFIG_DIGEST_CHARS,
  );
  const endpointConfig = {
    EndpointConfigName: `${endpointName.slice(0, 63 - CONFIG_DIGEST_CHARS - 1)}-${digest}`,
    ProductionVariants: variants,
  };
  const weights: UpdateEndpointWeightsAndCapacitiesInput = {
    EndpointName: endpointName,
    // No DesiredInstanceCount: a weight step must not undo what autoscaling chose.
    DesiredWeightsAndCapacities: variants.map((v) => ({
      VariantName: v.VariantName,
      DesiredWeight: v.InitialVariantWeight,
    })),
  };
  const plan: SageMakerPlan = { endpointName, models, endpointConfig, weights };
  return {
    plan,
    rendering: {
      platform: 'sagemaker',
      files: [
        {
          name: 'sagemaker/endpoint-config.json',
          content: `${JSON.stringify(endpointConfig, null, 2)}\n`,
        },
        {
          name: 'sagemaker/endpoint-weights.json',
          content: `${JSON.stringify(weights, null, 2)}\n`,
        },
      ],
      outputs: {
        'sagemaker-endpoint': endpointName,
        'sagemaker-endpoint-config': endpointConfig.EndpointConfigName,
      },
    },
  };
}

function createModel(
  name: string,
  version: string,
  uri: string,
  s: SageMakerSettings,
): CreateModelInput {
  if (!uri.startsWith('s3://'))
    throw new ConfigError(
      `SageMaker reads model data from S3 only, and version ${version} is at ${uri}`,
      undefined,
      'use an s3:// registry, or create the model yourself and drop deploy.sagemaker.image',
    );
  return {
    ModelName: name,
    ExecutionRoleArn: s.execution_role_arn,
    PrimaryContainer: { Image: s.image, ModelDataUrl: uri },
  };
}
