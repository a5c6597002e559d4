import { isDigest, sha256Bytes } from '../digest.js';
import { CorruptRegistryError } from './errors.js';
import {
  STAGES,
  type EvidenceRecord,
  type ModelState,
  type RegistryEvent,
  type VersionRecord,
} from './model.js';

/** Records are stored as stable, readable JSON: people inspect registries with `aws s3 cp -`. */
export function encode(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value, null, 2) + '\n');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isRevision = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function parse(bytes: Uint8Array, where: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw new CorruptRegistryError(
      `${where} is not valid JSON (${(err as Error).message}); it may be truncated or edited by hand`,
      "restore it from a backup or from the store's object versions; modelgate writes nothing on top of it",
    );
  }
}

function corrupt(where: string, what: string): CorruptRegistryError {
  return new CorruptRegistryError(
    `${where} is not a valid modelgate record: ${what}`,
    "restore it from a backup or from the store's object versions; modelgate writes nothing on top of it",
  );
}

function stagesValid(stages: unknown): boolean {
  return (
    isObject(stages) &&
    Object.entries(stages).every(
      ([k, p]) =>
        (STAGES as readonly string[]).includes(k) &&
        isObject(p) &&
        isString(p.version) &&
        isRevision(p.revision) &&
        isString(p.at),
    )
  );
}

const CHANGE_TYPES = ['publish', 'promote', 'rollback', 'abort'];

export function decodeEvent(
  bytes: Uint8Array,
  where: string,
  model: string,
  revision: number,
): RegistryEvent {
  const e = parse(bytes, where);
  if (!isObject(e) || e.format !== 1) throw corrupt(where, 'format is not 1');
  if (e.model !== model) throw corrupt(where, `it belongs to model ${JSON.stringify(e.model)}`);
  if (e.revision !== revision)
    throw corrupt(where, `it says revision ${JSON.stringify(e.revision)}`);
  const c = e.change;
  if (!isObject(c) || !CHANGE_TYPES.includes(c.type as string))
    throw corrupt(where, 'unknown change');
  if (c.type !== 'abort' && !isString(c.version))
    throw corrupt(where, 'the change names no version');
  if (
    (c.type === 'promote' || c.type === 'abort') &&
    !(STAGES as readonly unknown[]).includes(c.stage)
  )
    throw corrupt(where, 'unknown stage');
  if (!isString(e.at) || !isString(e.actor) || !Array.isArray(e.gates))
    throw corrupt(where, 'missing at, actor or gates');
  return e as unknown as RegistryEvent;
}

/** Digests become blob keys: a record that names anything but a sha256 is refused, never followed. */
function artifactsValid(artifacts: unknown, sized: boolean): boolean {
  return (
    Array.isArray(artifacts) &&
    artifacts.every(
      (a) =>
        isObject(a) &&
        isString(a.path) &&
        isString(a.sha256) &&
        isDigest(a.sha256) &&
        (!sized || Number.isSafeInteger(a.size)),
    )
  );
}

export function decodeVersion(bytes: Uint8Array, where: string): VersionRecord {
  const r = parse(bytes, where);
  if (
    !isObject(r) ||
    r.format !== 1 ||
    !isString(r.version) ||
    !Array.isArray(r.requiredEvidence)
  ) {
    throw corrupt(where, 'missing version or requiredEvidence');
  }
  if (!artifactsValid(r.artifacts, true))
    throw corrupt(where, 'its artifacts need a path, a sha256 and a size each');
  return r as unknown as VersionRecord;
}

export function decodeEvidence(bytes: Uint8Array, where: string): EvidenceRecord {
  const r = parse(bytes, where);
  if (
    !isObject(r) ||
    r.format !== 1 ||
    !isString(r.kind) ||
    !['pass', 'fail'].includes(r.verdict as string) ||
    !artifactsValid(r.artifacts, false)
  ) {
    throw corrupt(where, 'missing kind, verdict or artifacts');
  }
  return r as unknown as EvidenceRecord;
}

/**
 * The snapshot carries the digest of its state and of the event it was folded up to, so a
 * hand-edited or stale-after-restore snapshot is noticed and rebuilt from the log.
 */
export interface Snapshot {
  format: 1;
  state: ModelState;
  stateSha256: string;
  eventSha256: string;
}

export function makeSnapshot(state: ModelState, eventBytes: Uint8Array): Snapshot {
  return {
    format: 1,
    state,
    stateSha256: sha256Bytes(JSON.stringify(state)),
    eventSha256: sha256Bytes(eventBytes),
  };
}

/** The reason a snapshot cannot be used, or its state; the event digest is checked by the caller. */
export function decodeSnapshot(
  bytes: Uint8Array,
  model: string,
): { state: ModelState; eventSha256: string } | { invalid: string } {
  let s: unknown;
  try {
    s = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return { invalid: 'it is not valid JSON' };
  }
  if (!isObject(s) || s.format !== 1 || !isObject(s.state) || !isString(s.eventSha256))
    return { invalid: 'it is not a modelgate snapshot' };
  const st = s.state;
  if (
    st.model !== model ||
    !isRevision(st.revision) ||
    !isRevision(st.versionCount) ||
    !Array.isArray(st.recentVersions) ||
    !st.recentVersions.every(isString) ||
    !Array.isArray(st.previousProduction) ||
    !st.previousProduction.every(isString) ||
    !stagesValid(st.stages)
  ) {
    return { invalid: 'its state has the wrong shape' };
  }
  if (sha256Bytes(JSON.stringify(st)) !== s.stateSha256)
    return { invalid: 'its state does not match its digest (edited by hand?)' };
  return { state: st as unknown as ModelState, eventSha256: s.eventSha256 };
}
