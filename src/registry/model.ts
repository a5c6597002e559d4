import semver from 'semver';
import type { Digest } from '../digest.js';
import { UsageError } from '../errors.js';
import { CorruptRegistryError } from './errors.js';
import type { Verdict } from '../findings.js';
import type { Signature } from '../manifest/types.js';

export const STAGES = ['staging', 'canary', 'production'] as const;
export type Stage = (typeof STAGES)[number];

const MODEL_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const EVIDENCE_KIND = /^[a-z0-9][a-z0-9._-]{0,100}$/;

/** Names become registry keys: anything that could climb out of a folder is refused here. */
export function checkModelName(name: string): string {
  if (!MODEL_NAME.test(name)) {
    throw new UsageError(
      `model name ${JSON.stringify(name)} is not valid`,
      'use 1 to 63 lowercase letters, digits and hyphens, starting with a letter or digit (no "/" or "..")',
    );
  }
  return name;
}

export function checkVersion(version: string): string {
  if (semver.valid(version) !== version) {
    throw new UsageError(
      `version ${JSON.stringify(version)} is not a semantic version`,
      'write MAJOR.MINOR.PATCH, e.g. 1.2.0 or 1.2.0-rc.1 (no leading "v")',
    );
  }
  return version;
}

export function checkEvidenceKind(kind: string): string {
  if (!EVIDENCE_KIND.test(kind)) {
    throw new UsageError(
      `evidence kind ${JSON.stringify(kind)} is not valid`,
      'use lowercase letters, digits, ".", "_" and "-" (e.g. validate, compat-py311)',
    );
  }
  return kind;
}

/** Who did something, from where, and when. */
export interface Provenance {
  actor: string;
  runUrl?: string;
  /** The commit the run built, in Actions. */
  sha?: string;
  at: string;
}

export interface ArtifactRecord {
  path: string;
  sha256: Digest;
  size: number;
  format?: string;
}

/** Immutable once created: a version is its artifacts' digests. */
export interface VersionRecord {
  format: 1;
  model: string;
  version: string;
  framework: string;
  artifacts: ArtifactRecord[];
  signature?: Partial<Signature>;
  /** Evidence kinds `promote --to staging` needs, fixed when the version was published. */
  requiredEvidence: string[];
  published: Provenance;
}

/**
 * One check's result for one version, immutable. A check run again is a new attempt
 * (`<kind>@<n>.json`) so that every attempt stays in the audit trail; gates read the latest.
 */
export interface EvidenceRecord {
  format: 1;
  model: string;
  version: string;
  kind: string;
  attempt: number;
  verdict: Verdict;
  /** The digests the check saw: evidence only counts for exactly these bytes. */
  artifacts: { path: string; sha256: Digest }[];
  details?: unknown;
  recorded: Provenance;
}

export interface GateResult {
  gate: string;
  passed: boolean;
  detail: string;
  /** Failed, and let through by `--force` with a reason. */
  waived?: boolean;
}

export type EventChange =
  | { type: 'publish'; version: string }
  | { type: 'promote'; stage: Stage; version: string; weight?: number; previous?: string }
  | { type: 'rollback'; stage: 'production'; version: string; previous: string }
  | { type: 'abort'; stage: 'canary'; previous: string };

/** One entry of the append-only log, the source of truth. */
export interface RegistryEvent {
  format: 1;
  model: string;
  revision: number;
  at: string;
  actor: string;
  runUrl?: string;
  reason?: string;
  forced: boolean;
  gates: GateResult[];
  change: EventChange;
}

export type EventDraft = Pick<RegistryEvent, 'change' | 'gates' | 'forced' | 'reason'>;

export interface StagePointer {
  version: string;
  /** Canary traffic in percent. */
  weight?: number;
  revision: number;
  at: string;
}

export interface ModelState {
  model: string;
  revision: number;
  versionCount: number;
  /**
   * The last RECENT_VERSIONS versions published, oldest first. Bounded so that the snapshot,
   * and with it `status`, costs the same however long the model's history.
   */
  recentVersions: string[];
  stages: Partial<Record<Stage, StagePointer>>;
  /** Production versions before the current one, newest last: what rollback restores. */
  previousProduction: string[];
}

export const RECENT_VERSIONS = 100;

/** Rollback depth kept in the state; older versions stay in the log and can be promoted again. */
const ROLLBACK_DEPTH = 50;

export function emptyState(model: string): ModelState {
  return {
    model,
    revision: 0,
    versionCount: 0,
    recentVersions: [],
    stages: {},
    previousProduction: [],
  };
}

/**
 * The state after one more event. Pure: the registry's whole state is this function folded
 * over the log, which is what makes the snapshot a cache that can always be rebuilt.
 */
export function applyEvent(s: ModelState, e: RegistryEvent): ModelState {
  if (e.revision !== s.revision + 1) {
    throw new CorruptRegistryError(
      `event revision ${e.revision} of ${s.model} cannot follow revision ${s.revision}: the log has a gap`,
      'restore the missing event from a backup',
    );
  }
  const next: ModelState = {
    model: s.model,
    revision: e.revision,
    versionCount: s.versionCount,
    recentVersions: s.recentVersions,
    stages: { ...s.stages },
    previousProduction: s.previousProduction,
  };
  const c = e.change;
  const pointer = (version: string, weight?: number): StagePointer => ({
    version,
    ...(weight === undefined ? {} : { weight }),
    revision: e.revision,
    at: e.at,
  });
  switch (c.type) {
    case 'publish':
      if (!s.recentVersions.includes(c.version)) {
        next.versionCount = s.versionCount + 1;
        next.recentVersions = [...s.recentVersions, c.version].slice(-RECENT_VERSIONS);
      }
      break;
    case 'promote': {
      if (c.stage === 'production') {
        const old = s.stages.production?.version;
        if (old !== undefined && old !== c.version)
          next.previousProduction = [...s.previousProduction, old].slice(-ROLLBACK_DEPTH);
        if (s.stages.canary?.version === c.version) delete next.stages.canary;
      }
      next.stages[c.stage] = pointer(c.version, c.weight);
      break;
    }
    case 'rollback':
      next.stages.production = pointer(c.version);
      next.previousProduction = s.previousProduction.slice(0, -1);
      break;
    case 'abort':
      delete next.stages.canary;
      break;
  }
  return next;
}

type Digested = readonly { path: string; sha256: string }[];

/** The same files with the same bytes, in any order. */
export function sameDigests(a: Digested, b: Digested): boolean {
  return (
    a.length === b.length &&
    a.every((x) => b.some((y) => y.path === x.path && y.sha256 === x.sha256))
  );
}

/**
 * Whether publishing `version` must still append its publish event. `recordCreated` is false
 * when the version record already existed: then the event is missing only if a run died between
 * the two writes, which leaves the version out of an unfilled recent window.
 */
export function needsPublishEvent(s: ModelState, version: string, recordCreated: boolean): boolean {
  if (s.recentVersions.includes(version)) return false;
  return recordCreated || s.versionCount < RECENT_VERSIONS;
}

export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}
