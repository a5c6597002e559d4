import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { renderKServe } from '../../src/platforms/kserve.js';
import { input, rollout, SETTINGS, thrown, uriOf } from './inputs.js';
import { errorsOf, kserveValidator } from './schemas.js';

const kserve = SETTINGS.kserve!;

describe('the KServe InferenceService', () => {
  const r = rollout();

  it("is valid against KServe's own CRD schema in every state of a rollout", () => {
    for (const [name, state] of Object.entries(r)) {
      const { resource, rendering } = renderKServe(input(state), kserve);
      const fromFile = parse(rendering.files[0]!.content);
      expect(fromFile).toEqual(resource);
      expect(kserveValidator(fromFile), `${name}: ${errorsOf(kserveValidator)}`).toBe(true);
    }
  });

  it('runs a canary as the latest revision: its URI, with its weight as canaryTrafficPercent', () => {
    const { predictor } = renderKServe(input(r.canary10), kserve).resource.spec;
    expect(predictor.model.storageUri).toBe(uriOf('1.1.0'));
    expect(predictor.canaryTrafficPercent).toBe(10);
    expect(
      renderKServe(input(r.canary50), kserve).resource.spec.predictor.canaryTrafficPercent,
    ).toBe(50);
  });

  it('rolls production out at 100 % with no canaryTrafficPercent when no canary runs', () => {
    for (const [state, version] of [
      [r.production, '1.0.0'],
      [r.promoted, '1.1.0'],
      [r.rolledBack, '1.0.0'],
    ] as const) {
      const { resource, rendering } = renderKServe(input(state), kserve);
      expect(resource.spec.predictor.model.storageUri).toBe(uriOf(version));
      expect(resource.spec.predictor).not.toHaveProperty('canaryTrafficPercent');
      expect(rendering.outputs['kserve-canary-traffic-percent']).toBe('100');
    }
  });

  it('names the manifest settings in the resource', () => {
    const { resource } = renderKServe(input(r.canary10), {
      ...kserve,
      runtime: 'kserve-sklearnserver',
      protocol_version: 'v2',
    });
    expect(resource.metadata).toMatchObject({ name: 'fraud', namespace: 'serving' });
    expect(resource.spec.predictor.serviceAccountName).toBe('registry-reader');
    expect(resource.spec.predictor.model).toMatchObject({
      modelFormat: { name: 'sklearn' },
      runtime: 'kserve-sklearnserver',
      protocolVersion: 'v2',
    });
    expect(kserveValidator(resource), errorsOf(kserveValidator)).toBe(true);
  });

  it('fails the schema check for a field KServe does not know', () => {
    const { resource } = renderKServe(input(r.canary10), kserve);
    const misspelt = {
      ...resource,
      spec: { predictor: { ...resource.spec.predictor, canaryTraficPercent: 10 } },
    };
    expect(kserveValidator(misspelt)).toBe(false);
    expect(errorsOf(kserveValidator)).toMatch(/additional properties/);
  });

  it('refuses a name that is no DNS label, naming the setting to change', () => {
    for (const name of ['9fraud', 'Fraud', 'a'.repeat(64)]) {
      const err = thrown(() => renderKServe(input(r.production), { ...kserve, name }));
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).hint).toMatch(/deploy\.kserve\.name/);
    }
    expect(
      renderKServe(input(r.production), { ...kserve, name: 'a'.repeat(63) }).resource.metadata.name,
    ).toHaveLength(63);
  });
});
