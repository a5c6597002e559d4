import { GateError, InfraError } from '../errors.js';

/** The store answered with something other than success, absence or a lost create race. */
export class StoreError extends InfraError {}

/**
 * The store does not honour create-if-absent, so two concurrent writers could overwrite each
 * other's events. Writing is refused unless the user declares a single writer.
 */
export class UnsafeStoreError extends InfraError {}

/**
 * What the registry holds cannot be trusted: an event that does not parse, a gap in the log,
 * a blob whose bytes do not match its digest. Nothing is written on top of it.
 */
export class CorruptRegistryError extends InfraError {}

/** An immutable record already exists with other contents (a version re-published with other bytes). */
export class ConflictError extends GateError {}

/** A write the run is not allowed to make (a pull-request run, a production policy). */
export class RefusedError extends GateError {}
