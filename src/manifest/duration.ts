import type { Duration } from './types.js';

const UNIT_S = { ms: 0.001, s: 1, m: 60, h: 3600 } as const;

/**
 * A manifest duration in seconds. The schema admits only a positive number or `<n><unit>`,
 * so anything else here is a programming error, not a user's.
 */
export function seconds(d: Duration): number {
  if (typeof d === 'number') return d;
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)$/.exec(d);
  if (!m) throw new TypeError(`not a duration: ${d}`);
  return Number(m[1]) * UNIT_S[m[2] as keyof typeof UNIT_S];
}
