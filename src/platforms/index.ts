/**
 * The hand-off to serving platforms: what the registry's stages serve, rendered as each
 * platform's own resource (a KServe InferenceService, a SageMaker endpoint configuration, a
 * Vertex AI traffic split, an Azure ML online endpoint). The renderers are pure: they read
 * only their input, so the same registry state always gives the same files. Only
 * `sagemaker-apply.ts` talks to a platform.
 */
import { ConfigError } from '../errors.js';
import type { ModelState } from '../registry/model.js';
import { renderAzure, type AzureSettings } from './azure.js';
import { renderKServe, type KServeSettings } from './kserve.js';
import { renderSageMaker, type SageMakerSettings } from './sagemaker.js';
import { renderVertex, type VertexSettings } from './vertex.js';

/** A version a stage holds, with where its model lives. */
export interface ServedVersion {
  version: string;
  uri: string;
}

/** Each platform's options, as the manifest gives them under `deploy:`; an absent key renders nothing. */
export interface PlatformSettings {
  kserve?: KServeSettings;
  sagemaker?: SageMakerSettings;
  vertex?: VertexSettings;
  azure?: AzureSettings;
}

/** What the renderers read: the production and canary stages of one model, and the options. */
export interface PlatformInput {
  model: string;
  production?: ServedVersion;
  /** `weight` is the canary's share of the traffic in percent, 0 to 100. */
  canary?: ServedVersion & { weight: number };
  settings: PlatformSettings;
}

export type Role = 'production' | 'canary';

/** One version's share of the endpoint's traffic, the split every platform is given. */
export interface Share extends ServedVersion {
  role: Role;
  /** Whole percent; the shares of a split add up to 100. */
  percent: number;
}

export type Platform = keyof PlatformSettings;

export interface RenderedFile {
  /** A path relative to the folder the hand-off is written to, e.g. `kserve/inferenceservice.yaml`. */
  name: string;
  content: string;
}

/** One platform's hand-off: files to write and step outputs to set. */
export interface Rendering {
  platform: Platform;
  files: RenderedFile[];
  outputs: Record<string, string>;
}

/**
 * The renderers' input from the registry's state after a transition: the lead's one call.
 * `uriOf` says where a version's model lives (the registry decides; see `Registry.versionUri`).
 * A canary without a weight gets none of the traffic, as `promote` records it.
 */
export function platformInput(
  state: ModelState,
  uriOf: (version: string) => string,
  settings: PlatformSettings,
): PlatformInput {
  const { production, canary } = state.stages;
  return {
    model: state.model,
    ...(production && {
      production: { version: production.version, uri: uriOf(production.version) },
    }),
    ...(canary && {
      canary: { version: canary.version, uri: uriOf(canary.version), weight: canary.weight ?? 0 },
    }),
    settings,
  };
}

/**
 * How the traffic is split: production gets what the canary does not. A stage alone gets all
 * of it whatever its weight (a platform sends everything to its only model), and a canary of
 * the version production already serves is no second model. Empty when nothing is served.
 * Throws ConfigError for a weight that is not a whole percent.
 */
export function trafficShares(input: PlatformInput): Share[] {
  const { production, canary } = input;
  if (canary && (!Number.isInteger(canary.weight) || canary.weight < 0 || canary.weight > 100))
    throw new ConfigError(
      `the canary weight of ${input.model} ${canary.version} is ${canary.weight}, not a whole percent from 0 to 100`,
      undefined,
      'set the weight again with `modelgate promote --to canary --weight N`',
    );
  if (production && canary && canary.version !== production.version)
    return [
      {
        role: 'production',
        version: production.version,
        uri: production.uri,
        percent: 100 - canary.weight,
      },
      { role: 'canary', version: canary.version, uri: canary.uri, percent: canary.weight },
    ];
  if (production)
    return [{ role: 'production', version: production.version, uri: production.uri, percent: 100 }];
  if (canary) return [{ role: 'canary', version: canary.version, uri: canary.uri, percent: 100 }];
  return [];
}

/**
 * Every configured platform's hand-off, in the order kserve, sagemaker, vertex, azure. Empty
 * when no platform is configured or no stage serves a version (only staging holds one).
 */
export function renderAll(input: PlatformInput): Rendering[] {
  if (trafficShares(input).length === 0) return [];
  const { kserve, sagemaker, vertex, azure } = input.settings;
  return [
    kserve && renderKServe(input, kserve).rendering,
    sagemaker && renderSageMaker(input, sagemaker).rendering,
    vertex && renderVertex(input, vertex).rendering,
    azure && renderAzure(input, azure).rendering,
  ].filter((r): r is Rendering => r !== undefined);
}

/**
 * Looks up the name a platform gives a served version (a Vertex deployed model ID, an Azure
 * deployment), naming the manifest key to add when it is missing.
 */
export function perVersion(
  names: Record<string, string>,
  version: string,
  key: string,
  what: string,
): string {
  const name = names[version];
  if (name === undefined || name === '')
    throw new ConfigError(
      `${key} names no ${what} for version ${version}, which the registry serves`,
      undefined,
      `add it to the manifest: ${key}: { "${version}": ... }`,
    );
  return name;
}
