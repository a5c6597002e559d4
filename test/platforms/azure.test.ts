import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { renderAzure } from '../../src/platforms/azure.js';
import { input, rollout, SETTINGS } from './inputs.js';
import { azureValidator, errorsOf } from './schemas.js';

const azure = SETTINGS.azure!;

describe('the Azure ML online endpoint', () => {
  const r = rollout();

  it("is valid against azure-ai-ml's managed online endpoint schema, its traffic adding up to 100", () => {
    for (const [name, state] of Object.entries(r)) {
      const { endpoint, rendering } = renderAzure(input(state), azure);
      const fromFile = parse(rendering.files[0]!.content);
      expect(fromFile).toEqual(endpoint);
      expect(azureValidator(fromFile), `${name}: ${errorsOf(azureValidator)}`).toBe(true);
      expect(Object.values(endpoint.traffic).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('maps each deployment to its version’s percent, also in the --traffic form', () => {
    const { endpoint, rendering } = renderAzure(input(r.canary10), azure);
    expect(endpoint).toEqual({
      $schema: 'https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json',
      name: 'fraud-online',
      auth_mode: 'key',
      traffic: { blue: 90, green: 10 },
    });
    expect(rendering.outputs['azure-traffic']).toBe('blue=90 green=10');
    expect(renderAzure(input(r.rolledBack), azure).rendering.outputs['azure-traffic']).toBe(
      'blue=100',
    );
  });

  it('fails the schema check for a field the CLI does not load or a bad auth mode', () => {
    const { endpoint } = renderAzure(input(r.canary10), azure);
    expect(azureValidator({ ...endpoint, kind: 'Managed' })).toBe(false);
    expect(azureValidator({ ...endpoint, auth_mode: 'Key' })).toBe(false);
  });

  it('refuses an endpoint name Azure ML refuses, and a version with no deployment', () => {
    expect(() => renderAzure(input(r.production), { ...azure, endpoint: 'ep' })).toThrow(
      ConfigError,
    );
    expect(() => renderAzure(input(r.production), { ...azure, endpoint: '1fraud' })).toThrow(
      /deploy\.azure\.endpoint|cannot name/,
    );
    expect(() =>
      renderAzure(input(r.canary10), { ...azure, deployments: { '1.0.0': 'blue' } }),
    ).toThrow('deploy.azure.deployments names no deployment for version 1.1.0');
  });
});
