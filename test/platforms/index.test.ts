import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { renderAll, trafficShares, type PlatformInput } from '../../src/platforms/index.js';
import { perVersion } from '../../src/platforms/traffic.js';
import { fold, input, rollout, SETTINGS, uriOf } from './inputs.js';

const split = (i: PlatformInput) => trafficShares(i).map((s) => [s.role, s.version, s.percent]);

describe('the traffic split from the registry state', () => {
  const r = rollout();

  it('gives the canary its weight and production the rest', () => {
    expect(split(input(r.canary10))).toEqual([
      ['production', '1.0.0', 90],
      ['canary', '1.1.0', 10],
    ]);
    expect(split(input(r.canary50))).toEqual([
      ['production', '1.0.0', 50],
      ['canary', '1.1.0', 50],
    ]);
  });

  it('gives production everything once the canary is promoted or rolled back', () => {
    expect(split(input(r.promoted))).toEqual([['production', '1.1.0', 100]]);
    expect(split(input(r.rolledBack))).toEqual([['production', '1.0.0', 100]]);
  });

  it('carries each version with the URI the registry gives it', () => {
    expect(trafficShares(input(r.canary10)).map((s) => s.uri)).toEqual([
      uriOf('1.0.0'),
      uriOf('1.1.0'),
    ]);
  });

  it('gives a canary with no production everything, and a canary of the production version no second share', () => {
    const [canaryAlone] = fold([
      { type: 'promote', stage: 'staging', version: '1.1.0' },
      { type: 'promote', stage: 'canary', version: '1.1.0', weight: 10 },
    ]).slice(-1);
    expect(split(input(canaryAlone!))).toEqual([['canary', '1.1.0', 100]]);
    const same = input(r.production);
    same.canary = { ...same.production!, weight: 25 };
    expect(split(same)).toEqual([['production', '1.0.0', 100]]);
  });

  it('gives a canary promoted without a weight none of the traffic, as promote records it', () => {
    const [, , noWeight] = fold([
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.1.0' },
      { type: 'promote', stage: 'canary', version: '1.1.0' },
    ]);
    expect(split(input(noWeight!))).toEqual([
      ['production', '1.0.0', 100],
      ['canary', '1.1.0', 0],
    ]);
  });

  it('refuses a weight that is not a whole percent', () => {
    for (const weight of [-1, 101, 12.5]) {
      const i = input(r.canary10);
      i.canary!.weight = weight;
      expect(() => trafficShares(i)).toThrow(ConfigError);
      expect(() => trafficShares(i)).toThrow(`is ${weight}, not a whole percent`);
      expect(() => trafficShares(i)).toThrow(
        expect.objectContaining({
          hint: expect.stringContaining('promote --to canary --weight N'),
        }),
      );
    }
    // The bounds themselves are whole percents: all or none of the traffic.
    for (const [weight, production] of [
      [100, 0],
      [0, 100],
    ] as const) {
      const i = input(r.canary10);
      i.canary!.weight = weight;
      expect(split(i)).toEqual([
        ['production', '1.0.0', production],
        ['canary', '1.1.0', weight],
      ]);
    }
  });
});

describe('perVersion', () => {
  it('gives the name a version has, and refuses a missing or empty one naming the key to add', () => {
    const key = 'deploy.vertex.deployed_models';
    expect(perVersion({ '1.0.0': 'dm-1' }, '1.0.0', key, 'deployed model')).toBe('dm-1');
    for (const names of [{}, { '1.0.0': '' }] as Record<string, string>[])
      expect(() => perVersion(names, '1.0.0', key, 'deployed model')).toThrow(
        expect.objectContaining({
          message: `${key} names no deployed model for version 1.0.0, which the registry serves`,
          hint: `add it to the manifest: ${key}: { "1.0.0": ... }`,
        }),
      );
  });
});

describe('renderAll', () => {
  it('renders every configured platform, and only those', () => {
    const all = renderAll(input(rollout().canary10));
    expect(all.map((x) => x.platform)).toEqual(['kserve', 'sagemaker', 'vertex', 'azure']);
    expect(all.flatMap((x) => x.files.map((f) => f.name))).toEqual([
      'kserve/inferenceservice.yaml',
      'sagemaker/endpoint-config.json',
      'sagemaker/endpoint-weights.json',
      'vertex/endpoint-traffic.json',
      'azure/online-endpoint.yaml',
    ]);
    const some = renderAll(input(rollout().canary10, { azure: SETTINGS.azure }));
    expect(some.map((x) => x.platform)).toEqual(['azure']);
  });

  it('renders nothing while only staging holds a version', () => {
    const [staged] = fold([{ type: 'promote', stage: 'staging', version: '1.1.0' }]);
    expect(renderAll(input(staged!))).toEqual([]);
  });
});
