// Registry states for the platform tests, folded from real events with applyEvent, so that
// the renderers are fed what the registry holds after each transition.
import {
  applyEvent,
  emptyState,
  type EventChange,
  type ModelState,
} from '../../src/registry/model.js';
import {
  platformInput,
  type PlatformInput,
  type PlatformSettings,
} from '../../src/platforms/index.js';

export const MODEL = 'fraud';

/** Where the registry says a version is, as an S3 registry's `versionUri` gives it. */
export const uriOf = (version: string) =>
  `s3://models-bucket/reg/models/${MODEL}/versions/${version}.json`;

export const SETTINGS: PlatformSettings = {
  kserve: {
    namespace: 'serving',
    model_format: 'sklearn',
    service_account_name: 'registry-reader',
  },
  sagemaker: {
    endpoint: 'fraud-endpoint',
    instance_type: 'ml.m5.large',
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/sklearn-inference:1.2-1',
    execution_role_arn: 'arn:aws:iam::123456789012:role/modelgate-sagemaker',
    apply: true,
  },
  vertex: {
    project: 'acme-ml',
    location: 'us-central1',
    endpoint: '4567890123',
    deployed_models: { '1.0.0': '1001', '1.1.0': '1101' },
  },
  azure: { endpoint: 'fraud-online', deployments: { '1.0.0': 'blue', '1.1.0': 'green' } },
};

/** The states after each change, in order, starting from 1.0.0 and 1.1.0 published. */
export function fold(changes: EventChange[]): ModelState[] {
  let s = emptyState(MODEL);
  const states: ModelState[] = [];
  for (const change of [
    { type: 'publish', version: '1.0.0', record: 'r1' } as const,
    { type: 'publish', version: '1.1.0', record: 'r2' } as const,
    ...changes,
  ]) {
    s = applyEvent(s, {
      format: 2,
      model: MODEL,
      revision: s.revision + 1,
      state: '',
      nonce: `n${s.revision + 1}`,
      at: '2026-12-01T00:00:00Z',
      actor: 'test',
      forced: false,
      gates: [],
      change,
    });
    states.push(s);
  }
  return states.slice(2);
}

export const input = (s: ModelState, settings: PlatformSettings = SETTINGS): PlatformInput =>
  platformInput(s, uriOf, settings);

/**
 * A rollout and its undoing, each state named: 1.0.0 in production, 1.1.0 at 10 % then 50 %,
 * 1.1.0 promoted (the canary gone), then rolled back to 1.0.0.
 */
export function rollout(): Record<
  'production' | 'canary10' | 'canary50' | 'promoted' | 'rolledBack',
  ModelState
> {
  const [production, , canary10, canary50, promoted, rolledBack] = fold([
    { type: 'promote', stage: 'production', version: '1.0.0' },
    { type: 'promote', stage: 'staging', version: '1.1.0' },
    { type: 'promote', stage: 'canary', version: '1.1.0', weight: 10 },
    { type: 'promote', stage: 'canary', version: '1.1.0', weight: 50, previous: '1.1.0' },
    { type: 'promote', stage: 'production', version: '1.1.0', previous: '1.0.0' },
    { type: 'rollback', stage: 'production', version: '1.0.0', previous: '1.1.0' },
  ]);
  return {
    production: production!,
    canary10: canary10!,
    canary50: canary50!,
    promoted: promoted!,
    rolledBack: rolledBack!,
  };
}

/** The error `f` throws (the expectation fails when it throws none). */
export function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (err) {
    if (err instanceof Error) return err;
    throw err;
  }
  throw new Error('expected an error, and none was thrown');
}
