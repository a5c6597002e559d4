import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { renderVertex } from '../../src/platforms/vertex.js';
import { input, rollout, SETTINGS } from './inputs.js';
import { errorsOf, vertexValidator } from './schemas.js';

const vertex = SETTINGS.vertex!;
const endpointSchema = vertexValidator('GoogleCloudAiplatformV1Endpoint');

describe('the Vertex AI traffic split', () => {
  const r = rollout();

  it("is a valid Endpoint body for endpoints.patch against the discovery document's schema", () => {
    for (const [name, state] of Object.entries(r)) {
      const { patch, rendering } = renderVertex(input(state), vertex);
      expect(JSON.parse(rendering.files[0]!.content)).toEqual(patch);
      expect(endpointSchema(patch.body), `${name}: ${errorsOf(endpointSchema)}`).toBe(true);
      expect(Object.values(patch.body.trafficSplit).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('maps each deployed model ID to its version’s percent', () => {
    const { patch, rendering } = renderVertex(input(r.canary10), vertex);
    expect(patch).toEqual({
      name: 'projects/acme-ml/locations/us-central1/endpoints/4567890123',
      updateMask: 'trafficSplit',
      body: { trafficSplit: { '1001': 90, '1101': 10 } },
    });
    expect(rendering.outputs['vertex-traffic-split']).toBe('1001=90,1101=10');
    expect(renderVertex(input(r.promoted), vertex).patch.body.trafficSplit).toEqual({
      '1101': 100,
    });
  });

  it('fails the schema check for an output-only or unknown field', () => {
    expect(endpointSchema({ trafficSplit: { '1': 100 }, deployedModels: [] })).toBe(false);
    expect(endpointSchema({ traffic_split: { '1': 100 } })).toBe(false);
    expect(endpointSchema({ trafficSplit: { '1': 'all' } })).toBe(false);
  });

  it('names the manifest key for a served version with no deployed model ID, or a bad one', () => {
    const missing = { ...vertex, deployed_models: { '1.0.0': '1001' } };
    expect(() => renderVertex(input(r.canary10), missing)).toThrow(ConfigError);
    expect(() => renderVertex(input(r.canary10), missing)).toThrow(
      'deploy.vertex.deployed_models names no deployed model ID for version 1.1.0',
    );
    const bad = { ...vertex, deployed_models: { '1.0.0': '1001', '1.1.0': 'green' } };
    expect(() => renderVertex(input(r.canary10), bad)).toThrow(/IDs are digits/);
    const shared = { ...vertex, deployed_models: { '1.0.0': '1001', '1.1.0': '1001' } };
    expect(() => renderVertex(input(r.canary10), shared)).toThrow(/two served versions/);
  });
});
