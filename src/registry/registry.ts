import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sha256Bytes, type Digest } from '../digest.js';
import type { Verdict } from '../findings.js';
import { copyBlob, storeBlob } from './blobs.js';
import { ConflictError, CorruptRegistryError, StoreError, UnsafeStoreError } from './errors.js';
import {
  applyEvent,
  checkEvidenceKind,
  checkModelName,
  checkVersion,
  emptyState,
  recordDigest,
  sameDigests,
  STAGES,
  stateDigest,
  type DeployRecord,
  type DeployState,
  type EventDraft,
  type EvidenceRecord,
  type ModelState,
  type ModelStatus,
  type Provenance,
  type RegistryEvent,
  type VersionRecord,
} from './model.js';
import {
  decodeDeploy,
  decodeEvent,
  decodeEvidence,
  decodeSnapshot,
  decodeVersion,
  encode,
  makeSnapshot,
  sealEvent,
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
  deployDir: (m: string, revision: number) => `models/${m}/deploys/${revision}/`,
  deploy: (m: string, revision: number, attempt: number) =>
    `models/${m}/deploys/${revision}/${attempt}.json`,
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
  /** Each model's log as far as this run has read it whole and checked it (see read). */
  private readonly checkedLogs = new Map<string, LogView>();

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

  /**
   * A create whose "exists" is checked: every record carries a nonce of its own, so when the
   * stored bytes are the ones sent, the write was ours and succeeded — its answer was lost
   * (a 500 or a reset after the store kept it) and the SDK's retry met our own object.
   */
  private async createOwn(key: string, body: Uint8Array): Promise<CreateResult> {
    if ((await this.create(key, body)) === 'created') return 'created';
    const stored = await this.store.get(key);
    return stored && Buffer.from(body).equals(Buffer.from(stored)) ? 'created' : 'exists';
  }

  /** Reads an immutable record, or creates it; a lost race is followed by a read of the winner. */
  private async createOrRead<T>(
    key: string,
    record: T,
    decode: (b: Uint8Array, where: string) => T,
  ): Promise<{ created: boolean; record: T }> {
    const body = encode(record);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const existing = await this.store.get(key);
      if (existing) return { created: false, record: decode(existing, this.store.uriOf(key)) };
      if ((await this.createOwn(key, body)) === 'created') return { created: true, record };
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
    await this.atomicCreates();
    const expect = { sha256, size, onProgress };
    return storeBlob(this.store, keys.blob(sha256), file, expect, this.opts.warn);
  }

  /**
   * Copies a blob to `dest`, verifying its digest and reading no further than `size` (the
   * version record's; without it, the store's). A corrupt blob never replaces a good file, nor
   * leaves one.
   */
  async readBlob(sha256: Digest, dest: string, size?: number): Promise<{ size: number }> {
    return copyBlob(this.store, keys.blob(sha256), { sha256, size }, dest);
  }

  async version(model: string, version: string): Promise<VersionRecord | undefined> {
    const key = keys.version(checkModelName(model), checkVersion(version));
    const bytes = await this.store.get(key);
    return bytes && decodeVersion(bytes, this.store.uriOf(key), model, version);
  }

  /** The whole log read and checked, for what the state does not keep (see LogFacts). */
  async facts(model: string): Promise<LogFacts> {
    checkModelName(model);
    return { published: (await this.read(model, true)).published! };
  }

  /**
   * A version's record as its publish event bound it, for use: undefined when it is not
   * published (no record, or no event); a record whose content is not what the event bound
   * (edited artifacts or required evidence, a record put back with other contents) is an error.
   * Reads the whole log.
   */
  async publishedVersion(model: string, version: string): Promise<VersionRecord | undefined> {
    const record = await this.version(model, version);
    if (!record) return undefined;
    const bound = (await this.facts(model)).published.get(version);
    if (bound === undefined) return undefined;
    if (recordDigest(record) !== bound)
      throw new CorruptRegistryError(
        `${this.versionUri(model, version)} is not the record its publish event bound: its artifacts, signature or required evidence were changed`,
        "restore it from a backup or from the store's object versions; modelgate hands out nothing for it until then",
      );
    return record;
  }

  /** Where the registry lives, for messages. */
  get uri(): string {
    return this.store.uriOf('');
  }

  versionUri(model: string, version: string): string {
    return this.store.uriOf(keys.version(model, version));
  }

  /** Where an artifact's bytes are, by their digest: what a serving platform can read a one-file model from. */
  blobUri(sha256: Digest): string {
    return this.store.uriOf(keys.blob(sha256));
  }

  /**
   * Refuses, before any byte is uploaded, a version already published with other artifacts.
   * `createVersion` checks again, for the publisher that loses a race.
   */
  async assertPublishable(record: VersionRecord): Promise<void> {
    // The whole log first: nothing is written on top of a broken one, not even a blob.
    const bound = (await this.facts(record.model)).published.get(record.version);
    const existing = await this.version(record.model, record.version);
    if (existing) assertSameVersion(existing, record);
    if (bound === undefined) return;
    if (existing ? recordDigest(existing) !== bound : recordDigest(record) !== bound)
      throw new CorruptRegistryError(
        `${this.versionUri(record.model, record.version)} is ${existing ? 'not the record' : 'missing, and this manifest does not describe the record'} its publish event bound`,
        "restore the record from a backup or from the store's object versions; a published version is immutable",
      );
  }

  /**
   * Creates the version record. The same version with the same digests changes nothing;
   * with other digests it is a conflict that shows both.
   */
  async createVersion(record: VersionRecord): Promise<'created' | 'unchanged'> {
    const { model, version } = record;
    const key = keys.version(checkModelName(model), checkVersion(version));
    const r = await this.createOrRead(key, { ...record, nonce: nonce() }, (b, where) =>
      decodeVersion(b, where, model, version),
    );
    if (r.created) return 'created';
    assertSameVersion(r.record, record);
    return 'unchanged';
  }

  /** The latest attempt of every evidence kind recorded for a version. */
  async evidence(model: string, version: string): Promise<EvidenceRecord[]> {
    const byKind = await this.evidenceAttempts(model, version);
    const out: EvidenceRecord[] = [];
    for (const [kind, attempt] of byKind) {
      const record = await this.evidenceAttempt(model, version, kind, attempt);
      if (record) out.push(record);
    }
    return out.sort((a, b) => a.kind.localeCompare(b.kind));
  }

  private async evidenceAttempt(
    model: string,
    version: string,
    kind: string,
    attempt: number,
  ): Promise<EvidenceRecord | undefined> {
    const key = keys.evidence(model, version, kind, attempt);
    const bytes = await this.store.get(key);
    return bytes && decodeEvidence(bytes, this.store.uriOf(key), { model, version, kind, attempt });
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
    // Evidence opens gates: none is written beside a broken log.
    await this.read(checkModelName(model), true);
    // One identity for every attempt at this record: an attempt number taken by our own
    // write, whose answer was lost, is found as ours and not written again under the next.
    const id = nonce();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const last = (await this.evidenceAttempts(model, version)).get(kind) ?? 0;
      const prev = last > 0 ? await this.evidenceAttempt(model, version, kind, last) : undefined;
      if (prev?.nonce === id) return { record: prev, created: true, uri: this.evidenceUri(prev) };
      if (prev && !input.everyRun) {
        const same = prev.verdict === input.verdict && sameDigests(prev.artifacts, input.artifacts);
        if (same) return { record: prev, created: false, uri: this.evidenceUri(prev) };
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
        nonce: id,
      };
      const key = keys.evidence(model, version, kind, record.attempt);
      if ((await this.createOwn(key, encode(record))) === 'created')
        return { record, created: true, uri: this.store.uriOf(key) };
    }
    throw new StoreError(
      `cannot record ${kind} evidence for ${model} ${version}: too many concurrent writers`,
    );
  }

  private evidenceUri(r: EvidenceRecord): string {
    return this.store.uriOf(keys.evidence(r.model, r.version, r.kind, r.attempt));
  }

  /**
   * The state of a model's stages: the snapshot, checked against the event it names (and that
   * event against the state it names), then caught up from the log, each new event checked
   * against the one before. Costs one read per event newer than the snapshot, whatever the
   * log's length; the events before the snapshot's are checked by every write (see transition)
   * and by `history`.
   */
  async state(model: string): Promise<ModelState> {
    checkModelName(model);
    return (await this.read(model, false)).state;
  }

  /** The state with the whole log checked (see transition), for what must not act on a broken one. */
  async verifiedState(model: string): Promise<ModelState> {
    checkModelName(model);
    return (await this.read(model, true)).state;
  }

  /** The snapshot, proven to be the fold of the log up to the event it names; undefined when absent. */
  private async snapshot(model: string): Promise<LogView | undefined> {
    const key = keys.stages(model);
    const where = this.store.uriOf(key);
    const bytes = await this.store.get(key);
    if (!bytes) return undefined;
    const { state, eventSha256 } = decodeSnapshot(bytes, where, model);
    const eventKey = keys.event(model, state.revision);
    const head = await this.store.get(eventKey);
    const broken = (what: string) =>
      new CorruptRegistryError(
        `${where} ${what}`,
        `restore the log from a backup or from the store's object versions; if the log is right, delete ${where} and it is rebuilt from the log (modelgate writes nothing on top of a broken log)`,
      );
    if (!head)
      throw broken(
        `is folded up to revision ${state.revision}, but the log holds no ${this.store.uriOf(eventKey)}: the log was truncated`,
      );
    if (sha256Bytes(head) !== eventSha256)
      throw broken(`does not match event ${state.revision} of the log (either was edited)`);
    const event = decodeEvent(head, this.store.uriOf(eventKey), model, state.revision);
    if (event.state !== stateDigest(state))
      throw broken(`holds a state that event ${state.revision} does not lead to (edited by hand?)`);
    return { state, head, published: undefined };
  }

  /**
   * The log read and checked. `full`: every event from the first, each checked against the one
   * before and against the state it names, and the snapshot against them; otherwise from the
   * snapshot on. A snapshot that does not match is an error, never silently rebuilt.
   */
  private async read(model: string, full: boolean, nonce?: string): Promise<LogView> {
    // Events are immutable: once this run has checked a log whole, a later full read (a
    // command checks, then transitions, then deploys) checks only what was appended since.
    const checked = full ? this.checkedLogs.get(model) : undefined;
    if (checked) return this.remember(model, await this.readOn(model, checked, { nonce }));
    const snapshot = await this.snapshot(model);
    if (snapshot && !full) return this.readOn(model, snapshot, { nonce });
    const folded = await this.readOn(
      model,
      { state: emptyState(model), published: new Map() },
      { nonce, until: snapshot?.state.revision, check: snapshot },
    );
    return this.remember(model, folded);
  }

  private remember(model: string, view: LogView): LogView {
    this.checkedLogs.set(model, { state: view.state, head: view.head, published: view.published });
    return view;
  }

  /**
   * Folds the events after `from`, checking each link of the chain. With `check`, the fold must
   * pass through the snapshot's event (the same bytes); with `nonce`, the event carrying it, if
   * one is read, is returned as `ours`.
   */
  private async readOn(
    model: string,
    from: LogView,
    opts: { nonce?: string; until?: number; check?: LogView; events?: RegistryEvent[] } = {},
  ): Promise<LogView> {
    const view: LogView = {
      state: from.state,
      head: from.head,
      published: from.published && new Map(from.published),
    };
    const apply = (bytes: Uint8Array) => {
      const revision = view.state.revision + 1;
      const where = this.store.uriOf(keys.event(model, revision));
      const e = decodeEvent(bytes, where, model, revision);
      const broken = (what: string) =>
        new CorruptRegistryError(
          `the event log of ${model} is broken at revision ${revision}: ${where} ${what}`,
          "restore the log from a backup or from the store's object versions; modelgate writes nothing on top of a broken log",
        );
      if (view.head && e.previous !== sha256Bytes(view.head))
        throw broken(`does not follow event ${revision - 1} (that event or this one was edited)`);
      const after = applyEvent(view.state, e);
      if (e.state !== stateDigest(after))
        throw broken('does not lead to the state it names (edited by hand?)');
      if (opts.check && revision === opts.check.state.revision) {
        if (!Buffer.from(bytes).equals(Buffer.from(opts.check.head!)))
          throw broken(`is not the event ${this.store.uriOf(keys.stages(model))} was folded from`);
      }
      const c = e.change;
      if (view.published && c.type === 'publish') {
        const earlier = view.published.get(c.version);
        if (earlier !== undefined && earlier !== c.record)
          throw broken(`publishes ${c.version} a second time, with another record`);
        view.published.set(c.version, c.record);
      }
      // A full read knows every version published: a stage cannot hold one that never was.
      if (
        view.published &&
        (c.type === 'promote' || c.type === 'rollback') &&
        !view.published.has(c.version)
      )
        throw broken(`moves ${c.stage} to ${c.version}, which no event published`);
      if (opts.nonce !== undefined && e.nonce === opts.nonce)
        view.ours = { event: e, before: view.state, after };
      opts.events?.push(e);
      view.state = after;
      view.head = bytes;
    };
    // A snapshot is rarely more than a few events behind: read those key by key, then list
    // what follows (one request on S3, whatever the log's length before). From the start,
    // list, so that a missing event is a gap, not the log's end.
    // The list also runs when a probe finds the end: an event missing before later ones is a
    // gap to report, not the end of the log (an old snapshot and a deleted event would
    // otherwise turn reads back in time).
    for (let i = 0; i < (view.state.revision === 0 ? 0 : PROBE_AHEAD); i++) {
      const next = await this.store.get(keys.event(model, view.state.revision + 1));
      if (!next) break;
      apply(next);
    }
    const listed = await this.store.list(
      keys.eventsDir(model),
      keys.event(model, view.state.revision),
    );
    for (let i = 0; i < listed.length; i += READ_BATCH) {
      const batch = listed.slice(i, i + READ_BATCH);
      batch.forEach((key, j) => {
        const expected = keys.event(model, view.state.revision + 1 + j);
        if (key !== expected) {
          throw new CorruptRegistryError(
            `the event log of ${model} has a gap or a stray entry: found ${this.store.uriOf(key)} where ${this.store.uriOf(expected)} was expected`,
            "restore the missing event from a backup or from the store's object versions; modelgate writes nothing on top of a broken log",
          );
        }
      });
      const bodies = await mapBounded(batch, READ_CONCURRENCY, (key) => this.store.get(key));
      for (const [j, bytes] of bodies.entries()) {
        if (!bytes)
          throw new CorruptRegistryError(
            `event ${this.store.uriOf(batch[j]!)} was listed but cannot be read: it was deleted while being read, or the store is inconsistent`,
            'run the command again; if it persists, restore the event from a backup',
          );
        apply(bytes);
      }
    }
    return this.ended(model, view, opts.until);
  }

  /** A full read must reach the snapshot's event: a log that ends before it was truncated. */
  private ended(model: string, view: LogView, until: number | undefined): LogView {
    if (until !== undefined && view.state.revision < until)
      throw new CorruptRegistryError(
        `the event log of ${model} ends at revision ${view.state.revision}, but ${this.store.uriOf(keys.stages(model))} was folded up to revision ${until}: the log was truncated`,
        "restore the missing events from a backup or from the store's object versions; modelgate writes nothing on top of a broken log",
      );
    return view;
  }

  /** One event as stored (its place in the chain is checked by the reads that fold it). */
  async event(model: string, revision: number): Promise<RegistryEvent> {
    const key = keys.event(checkModelName(model), revision);
    const bytes = await this.store.get(key);
    if (!bytes)
      throw new CorruptRegistryError(
        `event ${this.store.uriOf(key)} is missing from the log`,
        "restore it from a backup or from the store's object versions",
      );
    return decodeEvent(bytes, this.store.uriOf(key), model, revision);
  }

  /** Every event of a model, oldest first (or the newest `limit`), the whole chain checked. */
  async events(model: string, limit?: number): Promise<RegistryEvent[]> {
    checkModelName(model);
    const snapshot = await this.snapshot(model);
    const events: RegistryEvent[] = [];
    await this.readOn(
      model,
      { state: emptyState(model), published: new Map() },
      { until: snapshot?.state.revision, check: snapshot, events },
    );
    return limit === undefined ? events : events.slice(-limit);
  }

  /**
   * Writes the snapshot, then looks for a newer event: a slower writer may have put an older
   * snapshot over a newer one, and whoever writes last must leave the latest state. Once the
   * writers stop, the snapshot equals the fold of the whole log.
   */
  private async refreshSnapshot(model: string, view: LogView): Promise<void> {
    let current = view;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await this.store.put(keys.stages(model), encode(makeSnapshot(current.state, current.head!)));
      const next = await this.readOn(model, current);
      if (next.state.revision === current.state.revision) return;
      current = next;
    }
  }

  /**
   * Appends one event decided from the current state: read the state at revision r, decide,
   * create event r+1; whoever creates it first wins and the others decide again on the newer
   * state. The whole log is checked first: nothing is written on top of a broken one. The
   * event carries a nonce, so a create whose answer was lost is recognised as ours, and a
   * transition is decided once: a retry never decides again on top of its own event.
   * `decide` returns undefined when nothing needs to change and throws to refuse.
   */
  async transition(
    model: string,
    provenance: Provenance,
    decide: (state: ModelState, log: LogFacts) => EventDraft | undefined,
  ): Promise<TransitionResult> {
    checkModelName(model);
    await this.atomicCreates();
    const id = nonce();
    let view = await this.read(model, true, id);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      if (view.ours)
        return { event: view.ours.event, before: view.ours.before, after: view.ours.after };
      const before = view.state;
      const draft = decide(before, { published: view.published! });
      if (!draft) return { before, after: before };
      const { event, bytes, after } = sealEvent(before, view.head, {
        nonce: id,
        at: provenance.at,
        actor: provenance.actor,
        ...(provenance.runUrl ? { runUrl: provenance.runUrl } : {}),
        ...(provenance.step ? { step: provenance.step } : {}),
        ...(draft.reason ? { reason: draft.reason } : {}),
        forced: draft.forced,
        gates: draft.gates,
        change: draft.change,
      });
      if ((await this.createOwn(keys.event(model, event.revision), bytes)) === 'created') {
        this.opts.afterEventCreated?.(event);
        await this.refreshSnapshot(model, { state: after, head: bytes }).catch((err: unknown) => {
          this.opts.warn?.(
            `the event was recorded but the snapshot could not be refreshed: ${(err as Error).message}`,
          );
        });
        return { event, before, after };
      }
      // Another writer got there first (or our own create is still in flight): read what it
      // wrote, checked like the rest, and decide again.
      await sleep(Math.random() * Math.min(50, 2 * (i + 1)));
      view = await this.readOn(model, view, { nonce: id });
    }
    throw new StoreError(
      `gave up appending to the event log of ${model} after ${MAX_ATTEMPTS} attempts: too many concurrent writers`,
    );
  }

  /**
   * Records how one run of the deploy hook for the stage change at revision `of` ended, as an
   * immutable record beside the log. An attempt number another run took is left to it: the
   * record goes under the next free one.
   */
  async recordDeploy(
    model: string,
    deploy: Omit<DeployRecord, 'format' | 'model' | 'nonce'>,
  ): Promise<DeployRecord> {
    const record: DeployRecord = { format: 1, model, ...deploy, nonce: nonce() };
    for (let attempt = deploy.attempt; attempt < deploy.attempt + MAX_ATTEMPTS; attempt++) {
      const r = { ...record, attempt };
      if (
        (await this.createOwn(keys.deploy(model, deploy.revision, attempt), encode(r))) ===
        'created'
      )
        return r;
    }
    throw new StoreError(
      `cannot record the deploy of ${model} revision ${deploy.revision}: too many concurrent writers`,
    );
  }

  /** Where the deploy of each stage's latest change stands: the state, with its deploy records read. */
  async deployStatus(state: ModelState): Promise<ModelStatus> {
    const deploys: ModelStatus['deploys'] = {};
    for (const stage of STAGES) {
      const expected = state.deploys[stage];
      if (!expected) continue;
      const dir = keys.deployDir(state.model, expected.revision);
      let attempts = 0;
      for (const key of await this.store.list(dir)) {
        const m = /^(\d+)\.json$/.exec(key.slice(dir.length));
        if (m) attempts = Math.max(attempts, Number(m[1]));
      }
      let status: DeployState['status'] = 'pending';
      if (attempts > 0) {
        const key = keys.deploy(state.model, expected.revision, attempts);
        const bytes = await this.store.get(key);
        if (bytes) {
          const where = this.store.uriOf(key);
          const record = decodeDeploy(bytes, where, {
            model: state.model,
            revision: expected.revision,
            attempt: attempts,
          });
          if (record.stage !== stage)
            throw new CorruptRegistryError(
              `${where} records a deploy to ${record.stage}, but revision ${expected.revision} changed ${stage}`,
              'restore the deploy records from a backup, or delete the wrong one',
            );
          status = record.outcome;
        }
      }
      deploys[stage] = { ...expected, status, attempts };
    }
    return { ...state, deploys };
  }
}

/** Facts about the whole log that the state does not keep, for decisions that need them. */
export interface LogFacts {
  /** Every version with a publish event, however long ago, with the digest of its record. */
  published: ReadonlyMap<string, string>;
}

/** The log as far as it was read and checked. */
interface LogView {
  state: ModelState;
  /** The bytes of the event at `state.revision` (absent at revision 0). */
  head?: Uint8Array;
  /** Versions published by the events read, with their records' digests, when the read started from the first event. */
  published?: Map<string, string>;
  /** The event carrying the nonce looked for, with the states around it. */
  ours?: { event: RegistryEvent; before: ModelState; after: ModelState };
}

/** Events fetched at once when reading a long log; its checks run in order after each batch. */
const READ_BATCH = 256;
const READ_CONCURRENCY = 16;

const nonce = () => randomBytes(16).toString('hex');

/** `f` over `items` with at most `limit` calls in flight, results in order. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  f: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
