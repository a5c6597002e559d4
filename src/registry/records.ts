import valid from 'semver/functions/valid.js';
import { isDigest, sha256Bytes } from '../digest.js';
import { CorruptRegistryError } from './errors.js';
import {
  applyEvent,
  STAGES,
  stateDigest,
  type DeployRecord,
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
const isDigestText = (v: unknown): v is string => isString(v) && /^[0-9a-f]{64}$/.test(v);

function changeProblem(c: unknown): string | undefined {
  if (!isObject(c) || !CHANGE_TYPES.includes(c.type as string)) return 'unknown change';
  if (c.type !== 'abort' && (!isString(c.version) || valid(c.version) !== c.version))
    return 'the change names no semantic version';
  if (c.type === 'publish' && !isDigestText(c.record))
    return "the publish names no digest of the version's record";
  if (c.type === 'publish' && c.hook !== undefined) return 'a publish runs no hook';
  if (c.type !== 'publish' && !(STAGES as readonly unknown[]).includes(c.stage))
    return 'unknown stage';
  if (c.hook !== undefined && c.hook !== true) return 'hook is not true';
  return undefined;
}

/**
 * An event as stored at `revision`, checked for shape only; the chain (its `previous` and
 * `state` digests) is checked by the reader that folds it.
 */
export function decodeEvent(
  bytes: Uint8Array,
  where: string,
  model: string,
  revision: number,
): RegistryEvent {
  const e = parse(bytes, where);
  if (isObject(e) && e.format === 1)
    throw corrupt(where, 'it was written by a pre-release of modelgate (format 1, no hash chain)');
  if (!isObject(e) || e.format !== 2) throw corrupt(where, 'format is not 2');
  if (e.model !== model) throw corrupt(where, `it belongs to model ${JSON.stringify(e.model)}`);
  if (e.revision !== revision)
    throw corrupt(where, `it says revision ${JSON.stringify(e.revision)}`);
  if (revision > 1 ? !isDigestText(e.previous) : e.previous !== undefined)
    throw corrupt(where, 'it does not name the digest of the event before it');
  if (!isDigestText(e.state)) throw corrupt(where, 'it names no state digest');
  if (!isString(e.nonce) || e.nonce === '') throw corrupt(where, 'it has no nonce');
  if (e.step !== undefined && !isString(e.step)) throw corrupt(where, 'its step is not text');
  const problem = changeProblem(e.change);
  if (problem) throw corrupt(where, problem);
  if (!isString(e.at) || !isString(e.actor) || !Array.isArray(e.gates))
    throw corrupt(where, 'missing at, actor or gates');
  return e as unknown as RegistryEvent;
}

/** What a writer decides; the rest of an event is its place in the chain. */
export type EventBody = Omit<RegistryEvent, 'format' | 'model' | 'revision' | 'previous' | 'state'>;

/**
 * The next event of the log after `before`, whose head event's bytes are `head`: linked to
 * them by digest, and naming the digest of the state it leads to.
 */
export function sealEvent(
  before: ModelState,
  head: Uint8Array | undefined,
  body: EventBody,
): { event: RegistryEvent; bytes: Uint8Array; after: ModelState } {
  const unsealed: RegistryEvent = {
    format: 2,
    model: before.model,
    revision: before.revision + 1,
    ...(head ? { previous: sha256Bytes(head) } : {}),
    state: '',
    ...body,
  };
  const after = applyEvent(before, unsealed);
  const event = { ...unsealed, state: stateDigest(after) };
  return { event, bytes: encode(event), after };
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

/** A version record, checked against the key it was read from. */
export function decodeVersion(
  bytes: Uint8Array,
  where: string,
  model: string,
  version: string,
): VersionRecord {
  const r = parse(bytes, where);
  if (
    !isObject(r) ||
    r.format !== 1 ||
    !isString(r.version) ||
    !Array.isArray(r.requiredEvidence)
  ) {
    throw corrupt(where, 'missing version or requiredEvidence');
  }
  if (r.model !== model || r.version !== version)
    throw corrupt(
      where,
      `it describes ${JSON.stringify(r.model)} ${JSON.stringify(r.version)}, not the ${model} ${version} its key names`,
    );
  if (!artifactsValid(r.artifacts, true))
    throw corrupt(where, 'its artifacts need a path, a sha256 and a size each');
  return r as unknown as VersionRecord;
}

/** An evidence record, checked against the key it was read from. */
export function decodeEvidence(
  bytes: Uint8Array,
  where: string,
  key: { model: string; version: string; kind: string; attempt: number },
): EvidenceRecord {
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
  if (
    r.model !== key.model ||
    r.version !== key.version ||
    r.kind !== key.kind ||
    r.attempt !== key.attempt
  )
    throw corrupt(
      where,
      `it is ${JSON.stringify(r.kind)} attempt ${JSON.stringify(r.attempt)} of ${JSON.stringify(r.model)} ${JSON.stringify(r.version)}, not what its key names`,
    );
  return r as unknown as EvidenceRecord;
}

/** A deploy record, checked against the key it was read from. */
export function decodeDeploy(
  bytes: Uint8Array,
  where: string,
  key: { model: string; revision: number; attempt: number },
): DeployRecord {
  const r = parse(bytes, where);
  if (
    !isObject(r) ||
    r.format !== 1 ||
    !(STAGES as readonly unknown[]).includes(r.stage) ||
    !['succeeded', 'failed'].includes(r.outcome as string) ||
    !isString(r.detail)
  )
    throw corrupt(where, 'missing stage, outcome or detail');
  if (r.model !== key.model || r.revision !== key.revision || r.attempt !== key.attempt)
    throw corrupt(
      where,
      `it is attempt ${JSON.stringify(r.attempt)} for revision ${JSON.stringify(r.revision)} of ${JSON.stringify(r.model)}, not what its key names`,
    );
  return r as unknown as DeployRecord;
}

/**
 * The snapshot: the fold of the log up to `state.revision`, bound to that event by the
 * event's digest; the event in turn names the digest of the state it leads to. A reader
 * trusts the snapshot only when both match, and then reads on from the next event.
 */
export interface Snapshot {
  format: 2;
  state: ModelState;
  eventSha256: string;
}

export function makeSnapshot(state: ModelState, eventBytes: Uint8Array): Snapshot {
  return { format: 2, state, eventSha256: sha256Bytes(eventBytes) };
}

/** The snapshot's state and the digest of the event it claims; the caller checks that event. */
export function decodeSnapshot(
  bytes: Uint8Array,
  where: string,
  model: string,
): { state: ModelState; eventSha256: string } {
  const s = parse(bytes, where);
  if (!isObject(s) || s.format !== 2 || !isObject(s.state) || !isDigestText(s.eventSha256))
    throw corrupt(where, 'it is not a modelgate snapshot (format 2)');
  const st = s.state;
  if (
    st.model !== model ||
    !isRevision(st.revision) ||
    st.revision === 0 ||
    !isRevision(st.versionCount) ||
    !Array.isArray(st.recentVersions) ||
    !st.recentVersions.every(isString) ||
    !Array.isArray(st.previousProduction) ||
    !st.previousProduction.every(isString) ||
    !stagesValid(st.stages) ||
    !isObject(st.deploys) ||
    !isObject(st.madeBy)
  ) {
    throw corrupt(where, 'its state has the wrong shape');
  }
  return { state: st as unknown as ModelState, eventSha256: s.eventSha256 };
}
