import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { sha256Bytes, type Digest } from '../digest.js';
import type { Verdict } from '../findings.js';
import { ConflictError, CorruptRegistryError, StoreError, UnsafeStoreError } from './errors.js';
import { hashingStream } from './hashing.js';
import {
  applyEvent,
  checkEvidenceKind,
  checkModelName,
  checkVersion,
  emptyState,
  sameDigests,
  type EventDraft,
  type EvidenceRecord,
  type ModelState,
  type Provenance,
  type RegistryEvent,
  type VersionRecord,
} from './model.js';
import {
  decodeEvent,
  decodeEvidence,
  decodeSnapshot,
  decodeVersion,
  encode,
  makeSnapshot,
} from './records.js';
import type { BlobStore, CreateResult } from './store.js';

/** Written twice before the first write of a run: a store that lets the second create through is unsafe. */
export const PROBE_KEY = '_modelgate/probe';

/** Revisions are zero-padded so that the store's lexical order is the log's order. */
const REVISION_DIGITS = 12;

export const keys = {
  blob: (d: Digest) => `blobs/sha256/${d}`,
  version: (m: string, v: string) => `models/${m}/versions/${v}.json`,
  evidenceDir: (m: string, v: string) => `models/${m}/evidence/${v}/`,
  evidence: (m: string, v: string, kind: string, attempt: number) =>
    `models/${m}/evidence/${v}/${kind}${attempt === 1 ? '' : `@${attempt}`}.json`,
  eventsDir: (m: string) => `models/${m}/events/`,
  event: (m: string, r: number) => `models/${m}/events/${String(r).padStart(REVISION_DIGITS, '0')}`,
  stages: (m: string) => `models/${m}/stages.json`,
};

export interface RegistryOptions {
  /** The user declared that one writer at a time uses the registry (a workflow concurrency group). */
  singleWriter?: boolean;
  /** Where the registry reports what it repaired or tolerated; it never prints. */
  warn?: (message: string) => void;
  /**
   * Test seam: called after an event is created and before the snapshot is refreshed, to
   * simulate a process that dies between the two writes.
   */
  afterEventCreated?: (event: RegistryEvent) => void;
}

export interface EvidenceInput {
  verdict: Verdict;
  artifacts: readonly { path: string; sha256: Digest }[];
  details?: unknown;
  recorded: Provenance;
  /**
   * Record a new attempt even when the latest one says the same: for observations whose
   * time matters (a canary analysis), where an unchanged verdict is still a newer result.
   */
  everyRun?: boolean;
}

export interface TransitionResult {
  /** The event written, or undefined when the decision was that nothing changes. */
  event?: RegistryEvent;
  /** The state before the event (the one the decision was made on). */
  before: ModelState;
  after: ModelState;
}

function assertSameVersion(published: VersionRecord, now: VersionRecord): void {
  if (sameDigests(published.artifacts, now.artifacts)) return;
  const fmt = (v: VersionRecord) =>
    v.artifacts.map((a) => `${a.path} sha256:${a.sha256}`).join(', ') || 'no artifacts';
  throw new ConflictError(
    `${now.model} ${now.version} is already published with other artifacts.\n  published: ${fmt(published)}\n  now:       ${fmt(now)}`,
    'a published version is immutable: bump model.version in the manifest and publish again',
  );
}

/** Events read one by one when catching up, before listing the rest. */
const PROBE_AHEAD = 4;

/** Attempts at the next revision before giving up; each loss means another writer progressed. */
const MAX_ATTEMPTS = 200;

/**
 * The registry over a BlobStore: content-addressed blobs, immutable version and evidence
 * records, and per model an append-only event log whose fold is the state of the stages.
 */
export class Registry {
  private checked?: Promise<boolean>;

  constructor(
    readonly store: BlobStore,
    private readonly opts: RegistryOptions = {},
  ) {}

  /**
   * Proves, once per run and before the first write, that the store honours create-if-absent.
   * Resolves true when creates are atomic, false when the user vouched for a single writer.
   */
  private atomicCreates(): Promise<boolean> {
    this.checked ??= (async () => {
      const body = encode({
        probe: 'modelgate checks that this store refuses a second create of this key',
      });
      await this.store.create(PROBE_KEY, body);
      if ((await this.store.create(PROBE_KEY, body)) === 'exists') return true;
      if (this.opts.singleWriter) {
        this.opts.warn?.(
          `${this.store.uriOf('')} does not honour conditional writes; relying on --single-writer`,
        );
        return false;
      }
      throw new UnsafeStoreError(
        `the registry store ${this.store.uriOf('')} does not honour create-if-absent (If-None-Match: *): a second create of ` +
          `the same key succeeded, so two runs writing at once could overwrite each other's events. Nothing was written.`,
        'if only one run at a time writes to this registry, pass --single-writer (action input single-writer: true) and ' +
          'serialise the workflows with a `concurrency:` group, e.g. `concurrency: { group: modelgate-registry, cancel-in-progress: false }`',
      );
    })();
    return this.checked;
  }

  private async create(key: string, body: Uint8Array): Promise<CreateResult> {
    if (await this.atomicCreates()) return this.store.create(key, body);
    // Single writer: nobody else can create between the check and the write.
    if (await this.store.exists(key)) return 'exists';
    await this.store.put(key, body);
    return 'created';
  }

  /** Reads an immutable record, or creates it; a lost race is followed by a read of the winner. */
  private async createOrRead<T>(
    key: string,
    record: T,
    decode: (b: Uint8Array, where: string) => T,
  ): Promise<{ created: boolean; record: T }> {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const existing = await this.store.get(key);
      if (existing) return { created: false, record: decode(existing, this.store.uriOf(key)) };
      if ((await this.create(key, encode(record))) === 'created') return { created: true, record };
      // S3 answers 409 while a competing create is in flight: the object may not be readable yet.
      await sleep(5 + Math.random() * 20);
    }
    throw new StoreError(
      `cannot read or create ${this.store.uriOf(key)}: another writer keeps it in flight`,
    );
  }

  /** Stores an artifact unless the registry has it already; returns the bytes uploaded. */
  async putBlob(
    file: string,
    sha256: Digest,
    size: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<number> {
    const key = keys.blob(sha256);
    await this.atomicCreates();
    if (await this.store.exists(key)) return 0;
    await this.store.upload(key, file, { sha256, size, onProgress });
    return size;
  }

  /**
   * Copies a blob to `dest`, verifying its digest. The bytes go to a temporary file renamed
   * over `dest` only once verified: a corrupt blob never replaces a good file, nor leaves one.
   */
  async readBlob(sha256: Digest, dest: string): Promise<{ size: number }> {
    const key = keys.blob(sha256);
    const src = await this.store.read(key);
    if (!src) {
      throw new CorruptRegistryError(
        `blob sha256:${sha256} is missing from ${this.store.uriOf(key)}`,
        'publish the version again to restore it',
      );
    }
    const tmp = `${dest}.modelgate-${process.pid}-${randomBytes(4).toString('hex')}`;
    const hashed = hashingStream();
    try {
      try {
        await pipeline(src, hashed.stream, createWriteStream(tmp, { flags: 'wx' }));
      } catch (err) {
        throw new StoreError(
          `cannot copy ${this.store.uriOf(key)} to ${dest}: ${(err as Error).message}`,
        );
      }
      const got = hashed.result();
      if (got.sha256 !== sha256) {
        throw new CorruptRegistryError(
          `blob ${this.store.uriOf(key)} is corrupt: its bytes hash to ${got.sha256}`,
          'publish the version again from its artifacts to replace it',
        );
      }
      try {
        await rename(tmp, dest);
      } catch (err) {
        // A folder in the way of `dest`, say: the user's to fix, never a crash.
        throw new StoreError(`cannot write ${dest}: ${(err as Error).message}`);
      }
      return { size: got.size };
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
  }

  async version(model: string, version: string): Promise<VersionRecord | undefined> {
    const key = keys.version(checkModelName(model), checkVersion(version));
    const bytes = await this.store.get(key);
    return bytes && decodeVersion(bytes, this.store.uriOf(key));
  }

  /** Where the registry lives, for messages. */
  get uri(): string {
    return this.store.uriOf('');
  }

  versionUri(model: string, version: string): string {
    return this.store.uriOf(keys.version(model, version));
  }

  /**
   * Refuses, before any byte is uploaded, a version already published with other artifacts.
   * `createVersion` checks again, for the publisher that loses a race.
   */
  async assertPublishable(record: VersionRecord): Promise<void> {
    const existing = await this.version(record.model, record.version);
    if (existing) assertSameVersion(existing, record);
  }

  /**
   * Creates the version record. The same version with the same digests changes nothing;
   * with other digests it is a conflict that shows both.
   */
  async createVersion(record: VersionRecord): Promise<'created' | 'unchanged'> {
    const key = keys.version(checkModelName(record.model), checkVersion(record.version));
    const r = await this.createOrRead(key, record, decodeVersion);
    if (r.created) return 'created';
    assertSameVersion(r.record, record);
    return 'unchanged';
  }

  /** The latest attempt of every evidence kind recorded for a version. */
  async evidence(model: string, version: string): Promise<EvidenceRecord[]> {
    const byKind = await this.evidenceAttempts(model, version);
    const out: EvidenceRecord[] = [];
    for (const [kind, attempt] of byKind) {
      const key = keys.evidence(model, version, kind, attempt);
      const bytes = await this.store.get(key);
      if (bytes) out.push(decodeEvidence(bytes, this.store.uriOf(key)));
    }
    return out.sort((a, b) => a.kind.localeCompare(b.kind));
  }

  private async evidenceAttempts(model: string, version: string): Promise<Map<string, number>> {
    const dir = keys.evidenceDir(checkModelName(model), checkVersion(version));
    const latest = new Map<string, number>();
    for (const key of await this.store.list(dir)) {
      const m = /^([a-z0-9][a-z0-9._-]*?)(?:@(\d+))?\.json$/.exec(key.slice(dir.length));
      if (!m) continue;
      const attempt = m[2] ? Number(m[2]) : 1;
      if (attempt > (latest.get(m[1]!) ?? 0)) latest.set(m[1]!, attempt);
    }
    return latest;
  }

  /**
   * Records one check's result for a version as a new immutable attempt. Recording the same
   * verdict on the same digests as the latest attempt again changes nothing.
   */
  async recordEvidence(
    model: string,
    version: string,
    kind: string,
    input: EvidenceInput,
  ): Promise<{ record: EvidenceRecord; created: boolean; uri: string }> {
    checkEvidenceKind(kind);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const last = (await this.evidenceAttempts(model, version)).get(kind) ?? 0;
      if (last > 0 && !input.everyRun) {
        const key = keys.evidence(model, version, kind, last);
        const bytes = await this.store.get(key);
        const prev = bytes && decodeEvidence(bytes, this.store.uriOf(key));
        const same =
          prev && prev.verdict === input.verdict && sameDigests(prev.artifacts, input.artifacts);
        if (same) return { record: prev, created: false, uri: this.store.uriOf(key) };
      }
      const record: EvidenceRecord = {
        format: 1,
        model,
        version,
        kind,
        attempt: last + 1,
        verdict: input.verdict,
        artifacts: input.artifacts.map((a) => ({ path: a.path, sha256: a.sha256 })),
        ...(input.details === undefined ? {} : { details: input.details }),
        recorded: input.recorded,
      };
      const key = keys.evidence(model, version, kind, record.attempt);
      if ((await this.create(key, encode(record))) === 'created')
        return { record, created: true, uri: this.store.uriOf(key) };
    }
    throw new StoreError(
      `cannot record ${kind} evidence for ${model} ${version}: too many concurrent writers`,
    );
  }

  /**
   * The state of a model's stages: the snapshot, checked against its digests and the event it
   * claims to be folded up to, then caught up from the log. Costs one read per event newer
   * than the snapshot, whatever the log's length.
   */
  async state(model: string): Promise<ModelState> {
    checkModelName(model);
    return (await this.catchUp(await this.snapshot(model))).state;
  }

  private async snapshot(model: string): Promise<ModelState> {
    const key = keys.stages(model);
    const bytes = await this.store.get(key);
    if (!bytes) return emptyState(model);
    const decoded = decodeSnapshot(bytes, model);
    let problem = 'invalid' in decoded ? decoded.invalid : undefined;
    if (!('invalid' in decoded)) {
      const event =
        decoded.state.revision === 0
          ? undefined
          : await this.store.get(keys.event(model, decoded.state.revision));
      if (!event || sha256Bytes(event) !== decoded.eventSha256)
        problem = `it does not match event ${decoded.state.revision} of the log`;
      else return decoded.state;
    }
    this.opts.warn?.(
      `ignoring ${this.store.uriOf(key)}: ${problem}; the state is rebuilt from the event log`,
    );
    return emptyState(model);
  }

  /** Folds the events after `from`; `last` is the newest event's bytes, when there was one. */
  private async catchUp(from: ModelState): Promise<{ state: ModelState; last?: Uint8Array }> {
    const model = from.model;
    let state = from;
    let last: Uint8Array | undefined;
    const apply = (bytes: Uint8Array) => {
      const revision = state.revision + 1;
      state = applyEvent(
        state,
        decodeEvent(bytes, this.store.uriOf(keys.event(model, revision)), model, revision),
      );
      last = bytes;
    };
    // A snapshot is rarely more than a few events behind: read those key by key, and list
    // (one request on S3, whatever the log's length before) only when far behind. Without a
    // snapshot, list from the start, so that a missing event is a gap, not the log's end.
    for (let i = 0; i < (from.revision === 0 ? 0 : PROBE_AHEAD); i++) {
      const next = await this.store.get(keys.event(model, state.revision + 1));
      if (!next) return { state, last };
      apply(next);
    }
    for (const key of await this.store.list(
      keys.eventsDir(model),
      keys.event(model, state.revision),
    )) {
      const expected = keys.event(model, state.revision + 1);
      if (key !== expected) {
        throw new CorruptRegistryError(
          `the event log of ${model} has a gap or a stray entry: found ${this.store.uriOf(key)} where ${expected} was expected`,
          'restore the missing event from a backup; modelgate writes nothing on top of a broken log',
        );
      }
      const bytes = await this.store.get(key);
      if (!bytes) break;
      apply(bytes);
    }
    return { state, last };
  }

  /** Every event of a model, oldest first (or the newest `limit`). */
  async events(model: string, limit?: number): Promise<RegistryEvent[]> {
    checkModelName(model);
    const state = await this.state(model);
    const first = limit === undefined ? 1 : Math.max(1, state.revision - limit + 1);
    const out: RegistryEvent[] = [];
    for (let r = first; r <= state.revision; r++) {
      const key = keys.event(model, r);
      const bytes = await this.store.get(key);
      if (!bytes)
        throw new CorruptRegistryError(
          `event ${this.store.uriOf(key)} is missing from the log`,
          'restore it from a backup',
        );
      out.push(decodeEvent(bytes, this.store.uriOf(key), model, r));
    }
    return out;
  }

  /**
   * Writes the snapshot, then looks for a newer event: a slower writer may have put an older
   * snapshot over a newer one, and whoever writes last must leave the latest state. Once the
   * writers stop, the snapshot equals the fold of the whole log.
   */
  private async refreshSnapshot(state: ModelState, eventBytes: Uint8Array): Promise<void> {
    let current: { state: ModelState; last?: Uint8Array } = { state, last: eventBytes };
    for (let i = 0; i < MAX_ATTEMPTS && current.last; i++) {
      await this.store.put(
        keys.stages(state.model),
        encode(makeSnapshot(current.state, current.last)),
      );
      current = await this.catchUp(current.state);
    }
  }

  /**
   * Appends one event decided from the current state: read the state at revision r, decide,
   * create event r+1; whoever creates it first wins and the others decide again on the newer
   * state. `decide` returns undefined when nothing needs to change and throws to refuse.
   */
  async transition(
    model: string,
    provenance: Provenance,
    decide: (state: ModelState) => EventDraft | undefined,
  ): Promise<TransitionResult> {
    checkModelName(model);
    await this.atomicCreates();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const before = await this.state(model);
      const draft = decide(before);
      if (!draft) return { before, after: before };
      const event: RegistryEvent = {
        format: 1,
        model,
        revision: before.revision + 1,
        at: provenance.at,
        actor: provenance.actor,
        ...(provenance.runUrl ? { runUrl: provenance.runUrl } : {}),
        ...(draft.reason ? { reason: draft.reason } : {}),
        forced: draft.forced,
        gates: draft.gates,
        change: draft.change,
      };
      const bytes = encode(event);
      if ((await this.create(keys.event(model, event.revision), bytes)) === 'exists') {
        await sleep(Math.random() * Math.min(50, 2 * (i + 1)));
        continue;
      }
      this.opts.afterEventCreated?.(event);
      const after = applyEvent(before, event);
      await this.refreshSnapshot(after, bytes).catch((err: unknown) => {
        this.opts.warn?.(
          `the event was recorded but the snapshot could not be refreshed: ${(err as Error).message}`,
        );
      });
      return { event, before, after };
    }
    throw new StoreError(
      `gave up appending to the event log of ${model} after ${MAX_ATTEMPTS} attempts: too many concurrent writers`,
    );
  }
}
