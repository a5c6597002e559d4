/**
 * The registry's public API for other commands (`test --record`, reports). Stable: callers
 * outside src/registry import from here only.
 */
import type { Digest } from '../digest.js';
import type { Verdict } from '../findings.js';
import type { Provenance, VersionRecord } from './model.js';
import type { Registry } from './registry.js';

export type {
  EvidenceRecord,
  GateResult,
  ModelState,
  Provenance,
  RegistryEvent,
  Stage,
  VersionRecord,
} from './model.js';
export { STAGES } from './model.js';
export type { Registry } from './registry.js';

export interface EvidencePayload {
  verdict: Verdict;
  /** The artifacts the check ran on, as the version record names them (manifest paths). */
  artifacts: readonly { path: string; sha256: Digest }[];
  /** Anything the check wants kept with it (per-target results, metrics…). */
  details?: unknown;
  recorded: Provenance;
  /** A new attempt even when the verdict and digests equal the latest attempt's. */
  everyRun?: boolean;
}

/**
 * Stores a check's result as immutable evidence `models/<model>/evidence/<version>/<kind>.json`
 * (a later attempt becomes `<kind>@<n>.json`). `kind` is `validate`, `compat-<target>` or
 * `analysis-<n>`; `promote --to staging` needs a passing `validate` and `compat-<target>` for
 * every required target, made on exactly the version's digests. Recording the same verdict on
 * the same digests again changes nothing (`created: false`).
 */
export function recordEvidence(
  registry: Registry,
  model: string,
  version: string,
  kind: string,
  payload: EvidencePayload,
) {
  return registry.recordEvidence(model, version, kind, payload);
}

/**
 * The version production serves now, with its artifacts (paths, sizes, digests) and
 * signature, for diffs against a candidate; undefined when nothing is in production.
 */
export async function productionBaseline(
  registry: Registry,
  model: string,
): Promise<VersionRecord | undefined> {
  const state = await registry.state(model);
  const prod = state.stages.production;
  return prod && registry.publishedVersion(model, prod.version);
}
