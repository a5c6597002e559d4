/**
 * A Vertex AI endpoint's traffic split for the registry's stages: the body of
 * `projects.locations.endpoints.patch` with `updateMask=trafficSplit`, an `Endpoint` that
 * sets `trafficSplit` alone (deployed model ID → percent, adding up to 100). Both versions must
 * already be deployed to the endpoint (`deployModel`): a split names deployed models only.
 */
import { ConfigError } from '../errors.js';
import type { PlatformInput, Rendering } from './index.js';
import { perVersion, trafficShares } from './traffic.js';

/** `deploy.vertex` in the manifest. */
export interface VertexSettings {
  project: string;
  /** The region, e.g. `us-central1`. */
  location: string;
  /** The endpoint's ID (the last part of its resource name). */
  endpoint: string;
  /** The deployed model ID of each version the registry may serve, e.g. `{ "1.2.0": "4829" }`. */
  deployed_models: Record<string, string>;
}

/** The `endpoints.patch` request. */
export interface VertexTrafficPatch {
  /** `projects/{project}/locations/{location}/endpoints/{endpoint}` */
  name: string;
  updateMask: 'trafficSplit';
  body: { trafficSplit: Record<string, number> };
}

/** Deployed model IDs are digits: 1 to 10 when chosen at deployment, more when Vertex AI picks them. */
const DEPLOYED_MODEL_ID = /^[0-9]+$/;
const KEY = 'deploy.vertex.deployed_models';

/** The traffic split, its patch request file and `gcloud`'s `--traffic-split` form. */
export function renderVertex(
  input: PlatformInput,
  s: VertexSettings,
): { patch: VertexTrafficPatch; rendering: Rendering } {
  const trafficSplit: Record<string, number> = {};
  for (const share of trafficShares(input)) {
    const id = perVersion(s.deployed_models, share.version, KEY, 'deployed model ID');
    if (!DEPLOYED_MODEL_ID.test(id))
      throw new ConfigError(
        `${KEY} gives version ${share.version} the ID ${JSON.stringify(id)}, and Vertex AI's deployed model IDs are digits`,
        undefined,
        'copy the ID from `gcloud ai endpoints describe` (deployedModels[].id)',
      );
    if (id in trafficSplit)
      throw new ConfigError(
        `${KEY} gives two served versions the deployed model ID ${id}`,
        undefined,
        'give each version the ID of its own deployment',
      );
    trafficSplit[id] = share.percent;
  }
  const name = `projects/${s.project}/locations/${s.location}/endpoints/${s.endpoint}`;
  const patch: VertexTrafficPatch = { name, updateMask: 'trafficSplit', body: { trafficSplit } };
  const gcloud = Object.entries(trafficSplit)
    .map(([id, percent]) => `${id}=${percent}`)
    .join(',');
  return {
    patch,
    rendering: {
      platform: 'vertex',
      files: [
        { name: 'vertex/endpoint-traffic.json', content: `${JSON.stringify(patch, null, 2)}\n` },
      ],
      outputs: { 'vertex-endpoint': name, 'vertex-traffic-split': gcloud },
    },
  };
}
