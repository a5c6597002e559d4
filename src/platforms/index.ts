/**
 * The hand-off to serving platforms: what the registry's stages serve, rendered as each
 * platform's own resource (a KServe InferenceService, a SageMaker endpoint configuration, a
 * Vertex AI traffic split, an Azure ML online endpoint). The renderers are pure: they read
 * only their input, so the same registry state always gives the same files. Only
 * `sagemaker-apply.ts` talks to a platform.
 */
import type { ModelState } from '../registry/model.js';
import { renderAzure, type AzureSettings } from './azure.js';
import { renderKServe, type KServeSettings } from './kserve.js';
import { renderSageMaker, type SageMakerSettings } from './sagemaker.js';
import { renderVertex, type VertexSettings } from './vertex.js';
import { trafficShares, type ServedVersion } from './traffic.js';

export { trafficShares, type Role, type ServedVersion, type Share } from './traffic.js';

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
