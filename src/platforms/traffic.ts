/**
 * The traffic split every platform is given, and the per-version names some of them need: the
 * part of the hand-off the renderers share, apart from index.ts, which imports the renderers.
 */
import { ConfigError } from '../errors.js';
import type { PlatformInput } from './index.js';

/** A version a stage holds, with where its model lives. */
export interface ServedVersion {
  version: string;
  uri: string;
}

export type Role = 'production' | 'canary';

/** One version's share of the endpoint's traffic, the split every platform is given. */
export interface Share extends ServedVersion {
  role: Role;
  /** Whole percent; the shares of a split add up to 100. */
  percent: number;
}

/**
 * How the traffic is split: production gets what the canary does not. A stage alone gets all
 * of it whatever its weight (a platform sends everything to its only model), and a canary of
 * the version production already serves is no second model. Empty when nothing is served.
 * Throws ConfigError for a weight that is not a whole percent.
 */
export function trafficShares(input: PlatformInput): Share[] {
  const { production, canary } = input;
  if (canary && (!Number.isInteger(canary.weight) || canary.weight < 0 || canary.weight > 100))
    throw new ConfigError(
      `the canary weight of ${input.model} ${canary.version} is ${canary.weight}, not a whole percent from 0 to 100`,
      undefined,
      'set the weight again with `modelgate promote --to canary --weight N`',
    );
  if (production && canary && canary.version !== production.version)
    return [
      {
        role: 'production',
        version: production.version,
        uri: production.uri,
        percent: 100 - canary.weight,
      },
      { role: 'canary', version: canary.version, uri: canary.uri, percent: canary.weight },
    ];
  if (production)
    return [{ role: 'production', version: production.version, uri: production.uri, percent: 100 }];
  if (canary) return [{ role: 'canary', version: canary.version, uri: canary.uri, percent: 100 }];
  return [];
}

/**
 * Looks up the name a platform gives a served version (a Vertex deployed model ID, an Azure
 * deployment), naming the manifest key to add when it is missing.
 */
export function perVersion(
  names: Record<string, string>,
  version: string,
  key: string,
  what: string,
): string {
  const name = names[version];
  if (name === undefined || name === '')
    throw new ConfigError(
      `${key} names no ${what} for version ${version}, which the registry serves`,
      undefined,
      `add it to the manifest: ${key}: { "${version}": ... }`,
    );
  return name;
}
