/**
 * A KServe `InferenceService` (serving.kserve.io/v1beta1) for the registry's stages.
 *
 * KServe keeps the revisions itself: on a spec change the latest revision gets
 * `canaryTrafficPercent` of the traffic and the last revision it rolled out at 100 % gets the
 * rest (https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary).
 * Our stages map onto that: production is the revision last rolled out at 100 %, and the
 * canary is the latest one, so a running canary renders its own URI with its weight. Without a
 * canary the spec names production's URI and no `canaryTrafficPercent`, which KServe rolls out
 * at 100 %: after a promotion the spec is the canary's already and only the percent goes; after
 * an abort or a rollback production's URI comes back as a new revision. Each transition must be
 * applied in order for KServe's previous revision to be production's; a canary that never got
 * 100 % is never KServe's rolled-out revision, so replacing one canary with another keeps it.
 */
import { stringify } from 'yaml';
import { ConfigError } from '../errors.js';
import type { PlatformInput, Rendering } from './index.js';
import { trafficShares } from './traffic.js';

/** `deploy.kserve` in the manifest. */
export interface KServeSettings {
  /** The InferenceService's name; default the model's name. */
  name?: string;
  namespace?: string;
  /** `predictor.model.modelFormat.name`, e.g. `sklearn`, `onnx`, `pytorch`. */
  model_format: string;
  model_format_version?: string;
  /** A ServingRuntime to use instead of the one KServe picks for the format. */
  runtime?: string;
  /** `v1`, `v2` or `grpc-v2`. */
  protocol_version?: string;
  /** The account the predictor runs as, e.g. one that may read the registry's bucket. */
  service_account_name?: string;
}

/** The fields of an InferenceService that modelgate sets. */
export interface InferenceService {
  apiVersion: 'serving.kserve.io/v1beta1';
  kind: 'InferenceService';
  metadata: { name: string; namespace?: string; labels: Record<string, string> };
  spec: {
    predictor: {
      canaryTrafficPercent?: number;
      serviceAccountName?: string;
      model: {
        modelFormat: { name: string; version?: string };
        runtime?: string;
        protocolVersion?: string;
        storageUri: string;
      };
    };
  };
}

/** KServe names become Knative services and DNS labels: RFC 1035, at most 63 characters. */
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The InferenceService for the stages, and its file. Throws ConfigError for an unusable name. */
export function renderKServe(
  input: PlatformInput,
  s: KServeSettings,
): { resource: InferenceService; rendering: Rendering } {
  const name = s.name ?? input.model;
  if (!DNS_1035_LABEL.test(name))
    throw new ConfigError(
      `KServe cannot name an InferenceService ${JSON.stringify(name)}: it must be a DNS label (RFC 1035)`,
      undefined,
      'set deploy.kserve.name to 1 to 63 lowercase letters, digits and hyphens, starting with a letter',
    );
  const shares = trafficShares(input);
  // The latest revision is the canary's when one runs beside production, else the only one.
  const latest = shares.find((x) => x.role === 'canary') ?? shares[0];
  if (!latest)
    throw new ConfigError(
      `no stage of ${input.model} serves a version to KServe`,
      undefined,
      'promote a version to canary or production first',
    );
  const splitting = shares.length === 2;
  const resource: InferenceService = {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name,
      ...(s.namespace && { namespace: s.namespace }),
      labels: { 'app.kubernetes.io/managed-by': 'modelgate', 'modelgate/version': latest.version },
    },
    spec: {
      predictor: {
        ...(splitting && { canaryTrafficPercent: latest.percent }),
        ...(s.service_account_name && { serviceAccountName: s.service_account_name }),
        model: {
          modelFormat: {
            name: s.model_format,
            ...(s.model_format_version && { version: s.model_format_version }),
          },
          ...(s.runtime && { runtime: s.runtime }),
          ...(s.protocol_version && { protocolVersion: s.protocol_version }),
          storageUri: latest.uri,
        },
      },
    },
  };
  return {
    resource,
    rendering: {
      platform: 'kserve',
      files: [{ name: 'kserve/inferenceservice.yaml', content: stringify(resource) }],
      outputs: {
        'kserve-storage-uri': latest.uri,
        'kserve-canary-traffic-percent': String(splitting ? latest.percent : 100),
      },
    },
  };
}
