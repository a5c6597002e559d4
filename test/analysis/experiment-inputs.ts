import type { ExperimentSpec } from '../../src/manifest/types.js';

/** An experiment's spec and arms as the decision and its renderings take them. */

export const spec = (metric: Partial<ExperimentSpec['metric']> = {}): ExperimentSpec => ({
  provider: 'file',
  path: 'metrics.json',
  window: '1h',
  step: '1m',
  confidence: 0.95,
  power: 0.8,
  metric: { name: 'conversion', kind: 'proportion', better: 'higher', ...metric },
});
export const prop = (version: string, successes: number, trials: number) => ({
  version,
  data: { kind: 'proportion' as const, successes, trials },
});
export const mean = (version: string, samples: number[]) => ({
  version,
  data: { kind: 'mean' as const, samples },
});
