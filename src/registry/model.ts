import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';
import { sha256Bytes, type Digest } from '../digest.js';
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
  if (valid(version) !== version) {
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
  /** The step of the run (see stepIdFromEnv), the same when it is re-run. */
  step?: string;
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
  /** The identity of the write that created the record (see Registry.createOwn). */
  nonce?: string;
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
  /** The identity of the write that created the record (see Registry.createOwn). */
  nonce?: string;
}

export interface GateResult {
  gate: string;
  passed: boolean;
  detail: string;
  /** Failed, and let through by `--force` with a reason. */
  waived?: boolean;
}

/**
 * A change of what a stage holds. `hook` says the deploy hook runs for it: until a `deploy`
 * event records that it succeeded, the stage's deploy is pending, and a rerun resumes it.
 */
export type StageChange =
  | {
      type: 'promote';
      stage: Stage;
      version: string;
      weight?: number;
      previous?: string;
      hook?: true;
    }
  | { type: 'rollback'; stage: 'production'; version: string; previous: string; hook?: true }
  | { type: 'abort'; stage: 'canary'; previous: string; hook?: true };

/** A publish binds the version to its record's content: no other artifacts can be handed out for it. */
export type EventChange = { type: 'publish'; version: string; record: string } | StageChange;

/**
 * One entry of the append-only log, the source of truth. The entries form a hash chain: each
 * names the digest of the bytes of the one before and of the state it leads to, so an edited,
 * removed or reordered entry (or a snapshot that is not the fold of the log) is detected.
 */
export interface RegistryEvent {
  format: 2;
  model: string;
  revision: number;
  /** sha256 of the bytes of event `revision - 1`; absent on the first event. */
  previous?: string;
  /** sha256 of the canonical JSON of the state after this event (see stateDigest). */
  state: string;
  /** This write's own identity: a create answered "exists" is ours when the stored nonce is. */
  nonce: string;
  at: string;
  actor: string;
  runUrl?: string;
  /** The step of the run that made the change, when it is known (see stepIdFromEnv). */
  step?: string;
  reason?: string;
  forced: boolean;
  gates: GateResult[];
  change: EventChange;
}

export type EventDraft = Pick<RegistryEvent, 'change' | 'gates' | 'forced' | 'reason'>;

/** A stage's latest change, made with a deploy hook to run for it. */
export interface DeployExpected {
  /** The revision of the stage change to deploy. */
  revision: number;
  change: StageChange['type'];
  /** The version the stage holds by that change (none for an aborted canary). */
  version?: string;
  weight?: number;
}

export type DeployOutcome = 'succeeded' | 'failed';

/**
 * How one run of the deploy hook for a stage change ended, immutable, one record per run
 * (`models/<m>/deploys/<revision>/<attempt>.json`). Kept beside the log rather than in it,
 * so that a transition stays one event.
 */
export interface DeployRecord {
  format: 1;
  model: string;
  stage: Stage;
  /** The revision of the stage change deployed. */
  revision: number;
  attempt: number;
  outcome: DeployOutcome;
  detail: string;
  recorded: Provenance;
  nonce: string;
}

/** Where the deploy of a stage's latest change stands. */
export interface DeployState extends DeployExpected {
  status: 'pending' | DeployOutcome;
  /** Hook runs recorded so far (a run killed before it was recorded is not counted). */
  attempts: number;
}

/** The state with where each stage's deploy stands, as `status` shows it. */
export type ModelStatus = Omit<ModelState, 'deploys'> & {
  deploys: Partial<Record<Stage, DeployState>>;
};

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
  /** Each stage's latest change, when a deploy hook runs for it (see DeployRecord for how it went). */
  deploys: Partial<Record<Stage, DeployExpected>>;
  /** Each stage's latest change, when the step that made it is known: what a rerun of that step finds. */
  madeBy: Partial<Record<Stage, MadeBy>>;
}

export interface MadeBy {
  revision: number;
  step: string;
  change: StageChange['type'];
  version?: string;
  weight?: number;
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
    deploys: {},
    madeBy: {},
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
    deploys: { ...s.deploys },
    madeBy: { ...s.madeBy },
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
        // The canary's traffic goes to production: its change, and its deploy, are moot.
        if (s.stages.canary?.version === c.version) {
          delete next.stages.canary;
          delete next.deploys.canary;
          delete next.madeBy.canary;
        }
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
  if (c.type !== 'publish') {
    if (c.hook) {
      next.deploys[c.stage] = {
        revision: e.revision,
        change: c.type,
        ...(c.type === 'abort' ? {} : { version: c.version }),
        ...(c.type === 'promote' && c.weight !== undefined ? { weight: c.weight } : {}),
      };
    } else delete next.deploys[c.stage];
    if (e.step)
      next.madeBy[c.stage] = {
        revision: e.revision,
        step: e.step,
        change: c.type,
        ...(c.type === 'abort' ? {} : { version: c.version }),
        ...(c.type === 'promote' && c.weight !== undefined ? { weight: c.weight } : {}),
      };
    else delete next.madeBy[c.stage];
  }
  return next;
}

/**
 * What a version record says, without who published it when: the same manifest published
 * again has the same digest, and an edit of its artifacts or required evidence another.
 */
export function recordDigest(r: VersionRecord): string {
  return sha256Bytes(canonicalJson({ ...r, published: undefined, nonce: undefined }));
}

/** What an event names as the state it leads to, and a snapshot is checked against. */
export function stateDigest(s: ModelState): string {
  return sha256Bytes(canonicalJson(s));
}

/**
 * JSON with every object's keys sorted: the state's digest must not depend on the order in
 * which a fold happened to add keys, nor on how a reader parsed them.
 */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

type Digested = readonly { path: string; sha256: string }[];

/** The same files with the same bytes, in any order. */
export function sameDigests(a: Digested, b: Digested): boolean {
  return (
    a.length === b.length &&
    a.every((x) => b.some((y) => y.path === x.path && y.sha256 === x.sha256))
  );
}

export function compareVersions(a: string, b: string): number {
  return compare(a, b);
}
