/**
 * An Azure ML managed online endpoint's traffic for the registry's stages: the endpoint YAML
 * `az ml online-endpoint create|update --file` reads, and the `--traffic` form of
 * `az ml online-endpoint update`. Each version must already be a deployment of the endpoint.
 */
import { stringify } from 'yaml';
import { ConfigError } from '../errors.js';
import type { PlatformInput, Rendering } from './index.js';
import { perVersion, trafficShares } from './traffic.js';

/** `deploy.azure` in the manifest. */
export interface AzureSettings {
  /** The online endpoint's name. */
  endpoint: string;
  /** How clients authenticate; default `key`, as Azure ML's. */
  auth_mode?: 'key' | 'aml_token' | 'aad_token';
  /** The deployment of each version the registry may serve, e.g. `{ "1.2.0": "green" }`. */
  deployments: Record<string, string>;
}

/** The fields of the endpoint YAML that modelgate sets. */
export interface ManagedOnlineEndpoint {
  $schema: typeof SCHEMA;
  name: string;
  auth_mode: NonNullable<AzureSettings['auth_mode']>;
  traffic: Record<string, number>;
}

const KEY = 'deploy.azure.deployments';
const SCHEMA = 'https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json';
/** Azure ML's rule for endpoint names (azure-ai-ml EndpointConfigurations): 3 to 32 characters. */
const ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]{1,30}[a-zA-Z0-9])$/;

/** The endpoint YAML and the CLI's traffic argument. */
export function renderAzure(
  input: PlatformInput,
  s: AzureSettings,
): { endpoint: ManagedOnlineEndpoint; rendering: Rendering } {
  if (!ENDPOINT_NAME.test(s.endpoint))
    throw new ConfigError(
      `Azure ML cannot name an online endpoint ${JSON.stringify(s.endpoint)}`,
      undefined,
      'set deploy.azure.endpoint to 3 to 32 letters, digits and hyphens, starting with a letter and not ending with a hyphen',
    );
  const traffic: Record<string, number> = {};
  for (const share of trafficShares(input)) {
    const deployment = perVersion(s.deployments, share.version, KEY, 'deployment');
    if (deployment in traffic)
      throw new ConfigError(
        `${KEY} gives two served versions the deployment ${deployment}`,
        undefined,
        'give each version a deployment of its own (blue and green, say)',
      );
    traffic[deployment] = share.percent;
  }
  const endpoint: ManagedOnlineEndpoint = {
    $schema: SCHEMA,
    name: s.endpoint,
    auth_mode: s.auth_mode ?? 'key',
    traffic,
  };
  const cliTraffic = Object.entries(traffic)
    .map(([deployment, percent]) => `${deployment}=${percent}`)
    .join(' ');
  return {
    endpoint,
    rendering: {
      platform: 'azure',
      files: [{ name: 'azure/online-endpoint.yaml', content: stringify(endpoint) }],
      outputs: {
        'azure-endpoint': s.endpoint,
        'azure-traffic': cliTraffic,
      },
    },
  };
}
