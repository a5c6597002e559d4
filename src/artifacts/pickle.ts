import { PYTHON_ESCAPES } from './escapes.js';
import type { ArtifactVerdict } from './inspect.js';
import { Judge, MAX_GLOBALS, type GlobalUse, type PickleProblem } from './judge.js';
import type { NestedLoad } from './rules.js';
import type { PicklePolicy } from './policy.js';
import { Bytes, Call, Dict, Global, LongText, Opaque, Seq, type Value } from './values.js';

export type { GlobalUse, PickleProblem } from './judge.js';

/**
 * A streaming walker over pickle opcodes (protocols 0–5) that simulates the unpickler's
 * stack, mark stack and memo without executing anything. Every import is resolved to the
 * `module.name` Python would really import, whatever fed it (memo gets, STACK_GLOBAL
 * arguments); every call site is attributed to what is called. Bytes arrive in chunks of any
 * size: an opcode split across chunks waits for the rest, and large payloads (array data) are
 * skipped without being kept, so memory stays flat.
 */

export interface PickleScan {
  /** Complete pickles walked (a stream may hold several). */
  pickles: number;
  globals: GlobalUse[];
  problems: PickleProblem[];
  /** Highest PROTO seen; 0 or 1 when there was none. */
  protocol: number;
  /** The stream is a legacy (pre-zip) `torch.save` file: five pickles, then raw storages. */
  legacyTorch: boolean;
  /** Arrays written by joblib's NumpyPickler were found and their raw data skipped. */
  joblib: boolean;
  /** Bytes of the stream that the pickle hands to another loader (torch.storage._load_from_bytes). */
  loads: NestedLoad[];
  /** Where joblib skipped bytes: how pickle.load reads the stream, from the first skip on. */
  plain?: PickleScan;
  /** The walk stopped where Python would carry on (a limit, an unsizable joblib array). */
  gaveUp: boolean;
  /** Opcodes walked. */
  opcodes: number;
}

/** Strings longer than this are never module or attribute names: kept as opaque. */
const KEEP_STRING = 1024;
/** Protocol 0 text lines longer than this are not a real pickle. */
const MAX_LINE = 1 << 20;
/**
 * Simulation limits, far above real models (a large tokenizer memoizes about a million
 * values): past them memory would grow with the file, so the stream is refused. Marks count
 * with the stack (a byte each in the file); containers and calls cost about 100 bytes each,
 * so fewer of them may be memoized than strings and numbers; and the bytes of the strings and
 * global names kept are bounded on their own, since one opcode can keep a KiB.
 */
const MAX_STACK = 1 << 21;
const MAX_MEMO = 1 << 23;
const MAX_MEMO_OBJECTS = 1 << 21;
const MAX_KEPT_BYTES = 1 << 28;
/** A dotted path of Python identifiers (Unicode letters and digits, as Python allows them). */
const PYTHON_NAME =
  /^[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*(\.[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*)*$/u;
/** How much of the next chunk finishes an opcode split across chunks (see write). */
const JOIN_BYTES = 1 << 16;
/** What every BINFLOAT pushes: a number that is no integer. */
const FLOAT = 0.5;
const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const EMPTY = Buffer.alloc(0);

class Fatal extends Error {
  /** The walker cannot follow what Python would: no sign that the bytes are not a pickle. */
  constructor(
    message: string,
    readonly beyondWalker = false,
  ) {
    super(message);
  }
}

/**
 * The memo: keys are small dense integers in practice, so an array (with a count of distinct
 * keys, which MEMOIZE uses as its index, as Python's `len(memo)` does) beats a Map.
 */
class Memo {
  private values: Value[] = [];
  size = 0;
  /** Values stored that are objects (containers, calls, globals), overwritten or not. */
  objects = 0;
  set(k: number, v: Value): void {
    if (this.values[k] === undefined) this.size++;
    if (typeof v === 'object' && v !== null) this.objects++;
    // `undefined` marks an empty slot; no simulated value is ever undefined on the stack.
    this.values[k] = v;
  }
  has(k: number): boolean {
    return this.values[k] !== undefined;
  }
  get(k: number): Value {
    return this.values[k];
  }
  clone(): Memo {
    const m = new Memo();
    // slice, not push(...values): a tokenizer's memo holds more values than a call has arguments.
    m.values = this.values.slice();
    m.size = this.size;
    m.objects = this.objects;
    return m;
  }
}

interface Frame {
  stack: Value[];
  marks: number[];
  memo: Memo;
  /** The PROTO in force in the suspended pickle. */
  protocol: number;
}

/** Buffer's own latin1 decoder, without the argument checks of toString on the hot path. */
const latin1 = (b: Buffer, start: number, end: number): string =>
  (b as Buffer & { latin1Slice(s: number, e: number): string }).latin1Slice(start, end);
/** Little-endian reads inlined: Buffer's own check their arguments on every opcode. */
const u16 = (b: Buffer, p: number): number => b[p]! | (b[p + 1]! << 8);
const i32 = (b: Buffer, p: number): number =>
  b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24);

export interface WalkerOptions {
  policy?: PicklePolicy;
  allowGlobals?: readonly string[];
  /**
   * Read as joblib.load does (default): the raw array bytes after a NumpyArrayWrapper are skipped.
   * Where that happens, the same bytes are also walked as pickle.load, torch.load and numpy.load
   * read them — as opcodes — by a second walker forked at that point (`PickleScan.plain`).
   */
  joblib?: boolean;
  /**
   * Persistent ids are resolved as torch.load resolves them (default). pickle.load, joblib and
   * numpy have no persistent_load: for them a PERSID or BINPERSID raises, and the reading ends.
   */
  persistentLoad?: boolean;
}

export class PickleWalker {
  private stack: Value[] = [];
  private marks: number[] = [];
  private memo = new Memo();
  /** Stack height at the innermost MARK: nothing below it can be popped. */
  private fence = 0;
  /** Outer pickles suspended while a pickle nested in the stream (joblib object arrays) is walked. */
  private outer: Frame[] = [];
  private pending: Buffer = EMPTY;
  /** Absolute stream offset of `pending[0]`. */
  private base = 0;
  private skip = 0;
  /** Stream offset where the current FRAME ends (joblib reads raw array bytes from there). */
  private frameEnd = -1;
  /** Array bytes joblib reads after the current frame, once the walk reaches its end. */
  private deferred: { at: number; skip: number; padding: boolean } | undefined;
  /** joblib writes one byte of padding length before aligned array data. */
  private paddingByte = false;
  private inPickle = false;
  /**
   * pickle.load, joblib and numpy read one pickle; torch's legacy format five. A scan of a
   * pickle file walks every pickle in it (a stream may be loaded pickle after pickle), but a
   * reading of what one plain pickle.load would run ends at its first STOP.
   */
  private maxPickles: number;
  private fatal = false;
  /** The walk stopped where Python would carry on (a limit, an unsizable joblib array). */
  gaveUp = false;
  private readonly judge: Judge;
  private readonly joblibReading: boolean;
  /** Persistent ids resolve (torch); pickle.load, joblib and numpy have no persistent_load. */
  private persistent: boolean;
  /** pickle.load's reading of the bytes joblib skips, from the first array on. */
  private shadow: PickleWalker | undefined;
  /** Bytes of strings and global names kept so far (see MAX_KEPT_BYTES). */
  private kept = 0;
  private pickles = 0;
  private protocol = 0;
  private legacyTorch = false;
  private joblib = false;
  opcodes = 0;

  /** Bytes of the current opcode's payload still to come. */
  get skipping(): number {
    return this.skip;
  }

  /** Bytes of an opcode that has not arrived whole (a text line without its newline). */
  get waiting(): number {
    return this.pending.length;
  }

  constructor(private readonly opts: WalkerOptions = {}) {
    this.judge = new Judge(opts);
    this.joblibReading = opts.joblib !== false;
    this.persistent = opts.persistentLoad !== false;
    this.maxPickles = this.persistent ? Infinity : 1;
  }

  /** A plain (pickle.load) walker in this one's state, to read on where joblib skips. */
  private fork(): PickleWalker {
    const w = new PickleWalker({ ...this.opts, joblib: false, persistentLoad: false });
    w.stack = this.stack.slice();
    w.marks = this.marks.slice();
    w.memo = this.memo.clone();
    w.fence = this.fence;
    w.inPickle = this.inPickle;
    w.pickles = this.pickles;
    w.maxPickles = this.pickles + 1;
    w.protocol = this.protocol;
    w.judge.protocol = this.judge.protocol;
    w.base = this.base;
    return w;
  }

  /** True once nothing more will be read: a fatal parse error, or the last expected pickle. */
  get finished(): boolean {
    return this.fatal || this.pickles >= this.maxPickles;
  }

  write(chunk: Buffer): void {
    if (this.shadow && !this.shadow.finished) this.shadow.write(chunk);
    this.walk(chunk);
  }

  private walk(chunk: Buffer): void {
    if (this.finished || chunk.length === 0) return;
    if (this.pending.length && chunk.length > JOIN_BYTES) {
      // An opcode split across chunks is finished from a short join, not by copying the whole
      // next chunk behind it; only an opcode longer than that needs the long way.
      const pending = this.pending.length;
      const forked = this.shadow !== undefined;
      const p = this.feed(Buffer.concat([this.pending, chunk.subarray(0, JOIN_BYTES)]));
      // A fork made in the join has the join's bytes; it needs the rest of the chunk too.
      if (!forked && this.shadow) this.shadow.write(chunk.subarray(JOIN_BYTES));
      if (p === undefined) return;
      if (p >= pending) {
        this.pending = EMPTY;
        this.base += p;
        this.walk(chunk.subarray(p - pending));
        return;
      }
      this.pending = Buffer.from(this.pending.subarray(p));
      this.base += p;
    }
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const p = this.feed(buf);
    if (p === undefined) return;
    // Keep only the unfinished opcode; copy it so the caller's chunk can be reused.
    this.pending = p < buf.length ? Buffer.from(buf.subarray(p)) : EMPTY;
    this.base += p;
  }

  /** Runs `buf`; how far it got, or undefined once a fatal error ended the walk. */
  private feed(buf: Buffer): number | undefined {
    let p: number;
    try {
      p = this.run(buf);
    } catch (err) {
      if (!(err instanceof Fatal)) throw err;
      this.fatal = true;
      this.gaveUp = err.beyondWalker;
      this.problem('error', 'pickle-parse-error', err.message);
      return undefined;
    }
    // The unfinished opcode was counted as it started, and will be again when it is whole.
    if (p < buf.length) this.opcodes--;
    return p;
  }

  end(): PickleScan {
    if (!this.fatal && this.pickles < this.maxPickles) {
      if (
        this.inPickle ||
        this.pending.length ||
        this.skip ||
        this.deferred ||
        this.paddingByte ||
        this.outer.length
      ) {
        this.problem(
          'error',
          'pickle-truncated',
          `the pickle stream ends in the middle of a pickle (offset ${this.base + this.pending.length})`,
        );
      } else if (this.pickles === 0) {
        this.problem('error', 'pickle-empty', 'the stream holds no complete pickle');
      }
    }
    const { globals, problems, loads } = this.judge.findings();
    return {
      pickles: this.pickles,
      globals,
      problems,
      loads,
      plain: this.shadow?.end(),
      gaveUp: this.gaveUp,
      opcodes: this.opcodes,
      protocol: this.protocol,
      legacyTorch: this.legacyTorch,
      joblib: this.joblib,
    };
  }

  private problem(verdict: ArtifactVerdict, rule: string, message: string): void {
    this.judge.problem(verdict, rule, message);
  }

  private fail(at: number, message: string, beyondWalker = false): never {
    throw new Fatal(`${message} at offset ${this.base + at}`, beyondWalker);
  }

  private pop(at: number): Value {
    if (this.stack.length <= this.fence) this.fail(at, 'stack underflow');
    return this.stack.pop();
  }

  private top(at: number): Value {
    if (this.stack.length <= this.fence) this.fail(at, 'stack underflow');
    return this.stack[this.stack.length - 1];
  }

  /** The value just below a popped mark's items (what APPENDS or SETITEMS fills). */
  private below(m: number, at: number): Value {
    if (m <= this.fence) this.fail(at, 'stack underflow');
    return this.stack[m - 1];
  }

  private popMark(at: number): Value[] {
    return this.stack.splice(this.unmark(at));
  }

  /**
   * Pops the innermost mark and returns where it stood: the items above it are still on the
   * stack, to be read in place and then dropped (`stack.length = m`), which spares copying a
   * large APPENDS or SETITEMS batch into an array of its own.
   */
  private unmark(at: number): number {
    const m = this.marks.pop();
    if (m === undefined) this.fail(at, 'no MARK to pop to');
    this.fence = this.marks.length ? this.marks[this.marks.length - 1]! : 0;
    return m;
  }

  private importGlobal(module: string, name: string, at: number): Global {
    // find_class imports and getattrs: a name with spaces, control bytes or empty parts is no
    // module or attribute anything defines, so Python raises here, having imported nothing.
    if (!PYTHON_NAME.test(module) || !PYTHON_NAME.test(name))
      this.fail(
        at,
        `${JSON.stringify(`${module}.${name}`.slice(0, 80))} is not a name Python can import`,
      );
    const before = this.judge.distinctGlobals;
    // Each distinct name is kept and reported: a stream of a million names is refused.
    if (before >= MAX_GLOBALS)
      this.fail(at, `more than ${MAX_GLOBALS} distinct globals imported`, true);
    const g = this.judge.imported(module, name, this.base + at);
    if (this.judge.distinctGlobals > before) this.keep(g.full, at);
    return g;
  }

  /**
   * joblib's NumpyPickler writes each array's bytes straight into the pickle stream after the
   * wrapper's BUILD; joblib's unpickler reads exactly as many as the wrapper's dtype and shape
   * say. The walker must skip exactly that many too, or it would walk array bytes as opcodes
   * or skip opcodes Python runs: anything it cannot size exactly is a fatal error.
   */
  private startRaw(state: Value, at: number, pos: number): void {
    // joblib's unpickler is pickle's pure-Python one: with framing, it has already read the whole
    // current frame, so the array's bytes come from the file after the frame, while the opcodes
    // after BUILD still come from the frame.
    const inFrame = this.frameEnd > pos;
    if (inFrame && this.deferred) this.fail(at, 'two joblib arrays read past one frame', true);
    this.joblib = true;
    if (!(state instanceof Dict) || state.dropped)
      this.fail(at, 'joblib NumpyArrayWrapper without a state dictionary it can read whole', true);
    const shape = state.get('shape');
    const layout = dtypeLayout(state.get('dtype'));
    if (!(shape instanceof Seq) || shape.dropped || !layout) {
      this.fail(at, 'joblib NumpyArrayWrapper whose shape or dtype cannot be sized exactly', true);
    }
    if (layout === 'object') {
      if (inFrame) this.fail(at, 'a joblib object array read past the current frame', true);
      // Object arrays are written as a pickle of their own, in the middle of this one.
      this.outer.push({
        stack: this.stack,
        marks: this.marks,
        memo: this.memo,
        protocol: this.judge.protocol,
      });
      // joblib loads it with a pickle.load of its own: a new unpickler, at protocol 0.
      this.judge.protocol = 0;
      this.stack = [];
      this.marks = [];
      this.fence = 0;
      this.memo = new Memo();
      this.inPickle = false;
      return;
    }
    let count = 1;
    for (const d of shape.items) {
      // A float (2.5) or a product past 2^53 would leave the walker mid-byte or miscounted.
      if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0)
        this.fail(at, 'joblib array shape is not a tuple of sizes', true);
      count *= d;
    }
    if (!Number.isSafeInteger(count * layout))
      this.fail(at, 'joblib array larger than the walker can count', true);
    this.skip = count * layout;
    const alignment = state.get('numpy_array_alignment_bytes');
    this.paddingByte = alignment !== undefined && alignment !== null;
    if (inFrame) {
      this.deferred = { at: this.frameEnd, skip: this.skip, padding: this.paddingByte };
      this.skip = 0;
      this.paddingByte = false;
    }
  }

  /** Counts a string the walker keeps (and what keeping it costs) against MAX_KEPT_BYTES. */
  private keep(text: string, at: number, overhead = 16): string {
    this.kept += text.length + overhead;
    if (this.kept > MAX_KEPT_BYTES)
      this.fail(at, `more than ${MAX_KEPT_BYTES} bytes of strings and names to keep`, true);
    return text;
  }

  private memoKey(line: string, at: number): number {
    // Python reads the key as int(line, 10): surrounding spaces and `1_0` are keys too.
    // `-0` is key 0 to int(); any other negative key Python refuses.
    const k = /^\s*[+-]?\d(_?\d)*\s*$/.test(line) ? Number(line.replace(/_/g, '')) : NaN;
    if (!Number.isInteger(k) || k < 0)
      this.fail(at, `memo key ${JSON.stringify(line)} is not a number`);
    return k + 0;
  }

  private get(k: number, at: number): void {
    if (!this.memo.has(k)) this.fail(at, `memo key ${k} was never stored`);
    this.stack.push(this.memo.get(k));
  }

  /** Walks as many whole opcodes of `b` as it holds; returns where the first incomplete one starts. */
  private run(b: Buffer): number {
    const n = b.length;
    let p = 0;
    while (p < n) {
      if (this.deferred && this.base + p >= this.deferred.at) {
        if (this.base + p > this.deferred.at)
          this.fail(p, 'an opcode runs past the end of its frame');
        this.skip = this.deferred.skip;
        this.paddingByte = this.deferred.padding;
        this.deferred = undefined;
      }
      if (this.skip > 0 || this.paddingByte) {
        if (this.paddingByte) {
          this.paddingByte = false;
          this.skip += b[p]!;
          p++;
          continue;
        }
        const k = Math.min(this.skip, n - p);
        p += k;
        this.skip -= k;
        continue;
      }
      if (this.pickles >= this.maxPickles) return n;
      const at = p;
      const op = b[p]!;
      // A hostile stream can grow the stack or memo without bound; check now and then.
      if (
        (++this.opcodes & 0xffff) === 0 &&
        (this.stack.length + this.marks.length > MAX_STACK ||
          this.memo.size > MAX_MEMO ||
          this.memo.objects > MAX_MEMO_OBJECTS)
      ) {
        this.fail(
          at,
          `more than ${MAX_STACK} values on the stack (marks included) or ${MAX_MEMO} values (${MAX_MEMO_OBJECTS} objects) in the memo`,
          true,
        );
      }
      this.inPickle = true;
      // Fixed-size arguments: wait for all of them before acting.
      const need = ARG_BYTES[op]!;
      if (need === UNKNOWN)
        this.fail(
          at,
          `unknown opcode 0x${op.toString(16).padStart(2, '0')}${this.pickles ? ` after ${this.pickles} complete pickle(s)` : ''}`,
        );
      if (need > 0 && p + 1 + need > n) return at;
      const s = this.stack;
      switch (op) {
        case 0x28: // MARK
          this.marks.push(s.length);
          this.fence = s.length;
          p++;
          break;
        case 0x2e: {
          // STOP
          const result = this.pop(at);
          p++;
          // A reader that loaded the frame whole (pure-Python pickle, _pickle.c past 8 KiB) goes
          // on after the frame; one that did not, right after the STOP: ambiguous.
          if (this.frameEnd > this.base + p && this.outer.length === 0)
            this.problem(
              'error',
              'pickle-stop-in-frame',
              `a pickle ends inside a frame (offset ${this.base + p}): readers disagree on where the next one starts`,
            );
          this.endPickle(result);
          break;
        }
        case 0x30: // POP
          if (s.length > this.fence) s.pop();
          else this.popMark(at);
          p++;
          break;
        case 0x31: // POP_MARK
          this.popMark(at);
          p++;
          break;
        case 0x32: // DUP
          s.push(this.top(at));
          p++;
          break;
        case 0x4e: // NONE
          s.push(null);
          p++;
          break;
        case 0x88: // NEWTRUE
        case 0x89: // NEWFALSE
          s.push(op === 0x88);
          p++;
          break;
        case 0x4b: // BININT1
          s.push(b[p + 1]!);
          p += 2;
          break;
        case 0x4d: // BININT2
          s.push(u16(b, p + 1));
          p += 3;
          break;
        case 0x4a: // BININT
          s.push(i32(b, p + 1));
          p += 5;
          break;
        case 0x47: // BINFLOAT
          // No rule reads a float's value, only that it is not an integer (a joblib shape), and
          // a model holds millions: one shared stand-in spares allocating each.
          s.push(FLOAT);
          p += 9;
          break;
        case 0x8a: // LONG1
        case 0x8b: {
          // LONG4
          const lenBytes = op === 0x8a ? 1 : 4;
          const len = op === 0x8a ? b[p + 1]! : b.readInt32LE(p + 1);
          if (len < 0) this.fail(at, 'negative LONG4 length');
          const startData = p + 1 + lenBytes;
          if (len > 64) {
            s.push(new Opaque('a very large integer'));
            p = this.skipTo(startData + len, n);
            break;
          }
          if (startData + len > n) return at;
          s.push(readLong(b, startData, len));
          p = startData + len;
          break;
        }
        case 0x54: // BINSTRING
        case 0x58: // BINUNICODE
        case 0x42: // BINBYTES
        case 0x55: // SHORT_BINSTRING
        case 0x43: // SHORT_BINBYTES
        case 0x8c: // SHORT_BINUNICODE
        case 0x8d: // BINUNICODE8
        case 0x8e: // BINBYTES8
        case 0x96: {
          // BYTEARRAY8
          const lenBytes = need;
          let len: number;
          if (lenBytes === 1) len = b[p + 1]!;
          else if (lenBytes === 4) len = op === 0x54 ? i32(b, p + 1) : i32(b, p + 1) >>> 0;
          else len = Number(b.readBigUInt64LE(p + 1));
          if (len < 0 || !Number.isSafeInteger(len)) this.fail(at, 'invalid length');
          const startData = p + 1 + lenBytes;
          const isText = op === 0x54 || op === 0x58 || op === 0x55 || op === 0x8c || op === 0x8d;
          if (!isText || len > KEEP_STRING) {
            s.push(isText ? new LongText() : new Bytes(len, this.base + startData));
            p = this.skipTo(startData + len, n);
            break;
          }
          if (startData + len > n) return at;
          s.push(this.keep(latin1(b, startData, startData + len), at));
          p = startData + len;
          break;
        }
        case 0x49: // INT
        case 0x4c: // LONG
        case 0x46: // FLOAT
        case 0x53: // STRING
        case 0x56: // UNICODE
        case 0x67: // GET
        case 0x70: // PUT
        case 0x50: {
          // PERSID
          const eol = b.indexOf(10, p + 1);
          if (eol < 0) {
            if (n - p > MAX_LINE) this.fail(at, 'text argument longer than 1 MiB');
            return at;
          }
          const line = b.toString('latin1', p + 1, eol);
          p = eol + 1;
          this.textOp(op, line, at);
          break;
        }
        case 0x63: // GLOBAL
        case 0x69: {
          // INST
          const eol1 = b.indexOf(10, p + 1);
          const eol2 = eol1 < 0 ? -1 : b.indexOf(10, eol1 + 1);
          if (eol2 < 0) {
            if (n - p > MAX_LINE) this.fail(at, 'GLOBAL argument longer than 1 MiB');
            return at;
          }
          const module = b.toString('utf8', p + 1, eol1);
          const name = b.toString('utf8', eol1 + 1, eol2);
          p = eol2 + 1;
          const g = this.importGlobal(module, name, at);
          if (op === 0x63) s.push(g);
          else {
            const args = new Seq('tuple');
            for (const v of this.popMark(at)) args.add(v);
            this.stack.push(this.judge.called(g, args, 'INST'));
          }
          break;
        }
        case 0x93: {
          // STACK_GLOBAL
          const name = this.pop(at);
          const module = this.pop(at);
          if (module instanceof LongText || name instanceof LongText) {
            // Python imports a dotted name of any length; no real one runs past a KiB.
            this.problem(
              'unsafe',
              'pickle-long-name',
              `STACK_GLOBAL at offset ${this.base + at} imports a name longer than ${KEEP_STRING} bytes, which the scanner does not keep`,
            );
            s.push(new Opaque('an unresolved import'));
          } else if (typeof module !== 'string' || typeof name !== 'string') {
            this.problem(
              'error',
              'pickle-unresolved-global',
              `STACK_GLOBAL at offset ${this.base + at} imports a name the scanner cannot resolve`,
            );
            s.push(new Opaque('an unresolved import'));
          } else {
            s.push(this.importGlobal(utf8(module), utf8(name), at));
          }
          p++;
          break;
        }
        case 0x68: // BINGET
          this.get(b[p + 1]!, at);
          p += 2;
          break;
        case 0x6a: // LONG_BINGET
          this.get(i32(b, p + 1) >>> 0, at);
          p += 5;
          break;
        case 0x71: // BINPUT
          this.memo.set(b[p + 1]!, this.top(at));
          p += 2;
          break;
        case 0x72: // LONG_BINPUT
          this.memo.set(i32(b, p + 1) >>> 0, this.top(at));
          p += 5;
          break;
        case 0x94: // MEMOIZE
          this.memo.set(this.memo.size, this.top(at));
          p++;
          break;
        case 0x29: // EMPTY_TUPLE
          s.push(new Seq('tuple'));
          p++;
          break;
        case 0x5d: // EMPTY_LIST
          s.push(new Seq('list'));
          p++;
          break;
        case 0x7d: // EMPTY_DICT
          s.push(new Dict());
          p++;
          break;
        case 0x8f: // EMPTY_SET
          s.push(new Seq('set'));
          p++;
          break;
        case 0x85: // TUPLE1
        case 0x86: // TUPLE2
        case 0x87: {
          // TUPLE3
          const t = new Seq('tuple');
          const k = op - 0x84;
          const items: Value[] = [];
          for (let i = 0; i < k; i++) items.unshift(this.pop(at));
          for (const v of items) t.add(v);
          s.push(t);
          p++;
          break;
        }
        case 0x74: // TUPLE
        case 0x6c: // LIST
        case 0x91: {
          // FROZENSET
          const t = new Seq(op === 0x6c ? 'list' : op === 0x74 ? 'tuple' : 'set');
          const m = this.unmark(at);
          for (let i = m; i < s.length; i++) t.add(s[i]);
          s.length = m;
          s.push(t);
          p++;
          break;
        }
        case 0x64: {
          // DICT
          const m = this.unmark(at);
          const d = new Dict();
          for (let i = m; i + 1 < s.length; i += 2) d.set(s[i], s[i + 1]);
          s.length = m;
          s.push(d);
          p++;
          break;
        }
        case 0x61: {
          // APPEND
          const v = this.pop(at);
          const target = this.top(at);
          if (target instanceof Seq) target.add(v);
          else this.judge.mutated(target, 'APPEND');
          p++;
          break;
        }
        case 0x65: // APPENDS
        case 0x90: {
          // ADDITEMS
          const m = this.unmark(at);
          const target = this.below(m, at);
          if (target instanceof Seq) for (let i = m; i < s.length; i++) target.add(s[i]);
          else this.judge.mutated(target, op === 0x65 ? 'APPENDS' : 'ADDITEMS');
          s.length = m;
          p++;
          break;
        }
        case 0x73: {
          // SETITEM
          const v = this.pop(at);
          const k = this.pop(at);
          const target = this.top(at);
          if (target instanceof Dict) target.set(k, v);
          else this.judge.mutated(target, 'SETITEM');
          p++;
          break;
        }
        case 0x75: {
          // SETITEMS
          const m = this.unmark(at);
          const target = this.below(m, at);
          if (target instanceof Dict)
            for (let i = m; i + 1 < s.length; i += 2) target.set(s[i], s[i + 1]);
          else this.judge.mutated(target, 'SETITEMS');
          s.length = m;
          p++;
          break;
        }
        case 0x52: // REDUCE
        case 0x81: {
          // NEWOBJ
          const args = this.pop(at);
          const fn = this.pop(at);
          s.push(
            op === 0x52
              ? this.judge.called(fn, args, 'REDUCE')
              : this.judge.instantiated(fn, args, 'NEWOBJ'),
          );
          p++;
          break;
        }
        case 0x92: {
          // NEWOBJ_EX
          this.pop(at);
          const args = this.pop(at);
          const cls = this.pop(at);
          s.push(this.judge.instantiated(cls, args, 'NEWOBJ_EX'));
          p++;
          break;
        }
        case 0x6f: {
          // OBJ
          const items = this.popMark(at);
          if (items.length === 0) this.fail(at, 'OBJ without a class');
          const args = new Seq('tuple');
          for (const v of items.slice(1)) args.add(v);
          this.stack.push(this.judge.called(items[0], args, 'OBJ'));
          p++;
          break;
        }
        case 0x62: {
          // BUILD
          const state = this.pop(at);
          const target = this.top(at);
          p++;
          this.judge.built(target, state);
          if (this.joblibReading && target instanceof Call && isJoblibWrapper(target)) {
            if (!this.shadow) {
              this.shadow = this.fork();
              this.shadow.base = this.base + p;
              this.shadow.write(b.subarray(p));
            }
            // A wrapper has no __setstate__: each BUILD merges into its __dict__, and joblib
            // sizes the read from all the attributes it has by then.
            this.startRaw(mergeAttributes(target, state), at, this.base + p);
          }
          break;
        }
        case 0x51: {
          // BINPERSID: torch's legacy persistent_load hands back the class of a
          // ('module', cls, source_file, source) id; everything else is a reference the walker
          // cannot know (a storage). pickle.load itself has no persistent_load and raises.
          if (!this.persistent)
            this.fail(at, 'BINPERSID without a persistent_load (pickle.load raises here)');
          const pid = this.pop(at);
          // torch decodes a bytes typename as ASCII, and hands back whatever value follows it.
          const typename = pid instanceof Seq && pid.kind === 'tuple' ? pid.items[0] : undefined;
          const module =
            typename === 'module' || (typename instanceof Bytes && typename.length === 6);
          s.push(
            module && (pid as Seq).items.length > 1
              ? (pid as Seq).items[1]
              : new Opaque('a persistent reference'),
          );
          p++;
          break;
        }
        case 0x82: // EXT1
        case 0x83: // EXT2
        case 0x84: {
          // EXT4
          const code =
            op === 0x82 ? b[p + 1]! : op === 0x83 ? b.readUInt16LE(p + 1) : b.readInt32LE(p + 1);
          this.problem(
            'error',
            'pickle-extension',
            `EXT${need} imports extension code ${code} from the copyreg registry, which the scanner cannot resolve`,
          );
          s.push(new Opaque(`extension code ${code}`));
          p += 1 + need;
          break;
        }
        case 0x80: {
          // PROTO
          const v = b[p + 1]!;
          if (v > 5) this.fail(at, `unsupported pickle protocol ${v}`);
          this.protocol = Math.max(this.protocol, v);
          this.judge.protocol = v;
          p += 2;
          break;
        }
        case 0x95: {
          // FRAME: the opcodes inside are walked as usual; where it ends matters to joblib only.
          const len = b.readBigUInt64LE(p + 1);
          // joblib reads the next frame from the file, after array bytes it read past this one.
          if (this.deferred) this.fail(at, 'a frame begins while joblib reads past the last', true);
          this.frameEnd =
            len > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : this.base + p + 9 + Number(len);
          p += 9;
          break;
        }
        case 0x97: // NEXT_BUFFER
          s.push(new Opaque('an out-of-band buffer'));
          p++;
          break;
        case 0x98: // READONLY_BUFFER
          this.top(at);
          p++;
          break;
        default:
          this.fail(at, `unknown opcode 0x${op.toString(16)}`);
      }
    }
    return p;
  }

  /** Moves past a payload that may end beyond this chunk; the rest is skipped as it arrives. */
  private skipTo(end: number, n: number): number {
    if (end <= n) return end;
    this.skip = end - n;
    return n;
  }

  private endPickle(result: Value): void {
    this.inPickle = false;
    const resume = this.outer.pop();
    if (resume) {
      this.stack = resume.stack;
      this.marks = resume.marks;
      this.fence = this.marks.length ? this.marks[this.marks.length - 1]! : 0;
      this.memo = resume.memo;
      this.judge.protocol = resume.protocol;
      this.inPickle = true;
      return;
    }
    // torch.load of a file that is no zip reads a pickle and goes on when `magic != MAGIC` is
    // false: the magic itself, or any object whose comparison the walker cannot evaluate (a
    // Decimal of it compares equal). Then come the protocol, system info, the object (with
    // persistent ids) and the storage keys.
    if (
      this.pickles === 0 &&
      (result === TORCH_LEGACY_MAGIC ||
        result instanceof Call ||
        result instanceof Global ||
        result instanceof Opaque)
    ) {
      if (result === TORCH_LEGACY_MAGIC) {
        this.legacyTorch = true;
        this.maxPickles = 5;
      } else this.maxPickles = Math.max(this.maxPickles, 5);
      this.persistent = true;
    }
    this.pickles++;
    this.stack = [];
    this.marks = [];
    this.fence = 0;
    this.memo = new Memo();
    // Each pickle of a stream is read by a new unpickler, whose protocol starts at 0 (Python 2
    // names mapped) until its own PROTO.
    this.judge.protocol = 0;
  }

  private textOp(op: number, whole: string, at: number): void {
    const s = this.stack;
    // _pickle.c parses the numbers of INT, LONG, FLOAT, GET and PUT as C strings: they end at
    // the first NUL, whatever follows it on the line.
    const line = op === 0x53 || op === 0x56 || op === 0x50 ? whole : whole.split('\0', 1)[0]!;
    switch (op) {
      case 0x49: {
        // INT (also True/False in protocol 0)
        if (line === '01' || line === '00') s.push(line === '01');
        else s.push(parseInteger(line, at, this, true));
        break;
      }
      case 0x4c:
        s.push(parseInteger(line.replace(/L$/, ''), at, this, false));
        break;
      case 0x46: {
        const v = Number(line);
        // C's strtod, as Python reads it, also spells infinity `inf`.
        const inf = /^([+-]?)inf(inity)?$/i.exec(line);
        if (Number.isNaN(v) && !inf && !/^[+-]?nan$/i.test(line.trim()))
          this.fail(at, `FLOAT ${JSON.stringify(line)} is not a number`);
        s.push(inf ? (inf[1] === '-' ? -Infinity : Infinity) : v);
        break;
      }
      case 0x53: {
        const m = /^(['"])(.*)\1$/s.exec(line);
        if (!m) this.fail(at, 'STRING argument is not quoted');
        s.push(m[2]!.length > KEEP_STRING ? new LongText() : this.keep(unescapeString(m[2]!), at));
        break;
      }
      case 0x56:
        s.push(line.length > KEEP_STRING ? new LongText() : this.keep(rawUnicode(line), at));
        break;
      case 0x67:
        this.get(this.memoKey(line, at), at);
        break;
      case 0x70:
        this.memo.set(this.memoKey(line, at), this.top(at));
        break;
      case 0x50:
        if (!this.persistent)
          this.fail(at, 'PERSID without a persistent_load (pickle.load raises here)');
        s.push(new Opaque('a persistent reference'));
        break;
    }
  }

  /** Exposed for the text opcodes' number parsing. */
  failAt(at: number, message: string): never {
    return this.fail(at, message);
  }
}

const JOBLIB_WRAPPER = 'joblib.numpy_pickle.NumpyArrayWrapper';
/** How copyreg makes an instance of the class that is its first argument. */
const COPYREG_NEW = new Set([
  'copyreg._reconstructor',
  'copyreg.__newobj__',
  'copyreg.__newobj_ex__',
]);

/**
 * joblib reads raw array bytes after a BUILD on anything that is a NumpyArrayWrapper
 * (isinstance), however it was made: NEWOBJ on the class, or copyreg's helpers given it.
 */
function isJoblibWrapper(c: Call): boolean {
  // joblib tests isinstance after BUILD, however the object was made: what the judge knows the
  // call produced (NEWOBJ, copyreg's helpers, numpy's _mareconstruct, any rule-checked helper).
  if (c.produces?.of === JOBLIB_WRAPPER) return true;
  if (!(c.fn instanceof Global)) return false;
  if (c.fn.full === JOBLIB_WRAPPER) return true;
  const cls = c.args instanceof Seq ? c.args.items[0] : undefined;
  return COPYREG_NEW.has(c.fn.full) && cls instanceof Global && cls.full === JOBLIB_WRAPPER;
}

/**
 * The attributes an object without `__setstate__` has after a BUILD: the state dict (and the
 * slot state of a `(state, slotstate)` pair) merged into what earlier BUILDs set. A state the
 * walker cannot read leaves them unknown (a dropped Dict).
 */
function mergeAttributes(target: Call, state: Value): Dict {
  const attrs = (target.attributes ??= new Dict());
  const parts =
    state instanceof Seq && state.kind === 'tuple' && state.items.length === 2
      ? state.items
      : [state];
  for (const part of parts) {
    if (part === null) continue;
    if (!(part instanceof Dict) || part.dropped) attrs.dropped = true;
    else for (let i = 0; i < part.keys.length; i++) attrs.set(part.keys[i], part.values[i]);
  }
  return attrs;
}

/**
 * Bytes per item of a simulated `numpy.dtype(descr, align, copy)` call and its BUILD state
 * (version, byteorder, subdtype, names, fields, elsize, alignment, flags), or `object` when
 * numpy would hold Python objects; undefined when the two disagree or cannot be known.
 */
function dtypeLayout(dtype: Value, depth = 0): number | 'object' | undefined {
  if (!(dtype instanceof Call) || !(dtype.fn instanceof Global) || dtype.fn.full !== 'numpy.dtype')
    return undefined;
  if (depth > 8) return undefined;
  const descr = dtype.args instanceof Seq ? dtype.args.items[0] : undefined;
  if (typeof descr !== 'string') return undefined;
  const m = /^[<>|=]?([a-zA-Z])(\d*)$/.exec(descr);
  if (!m) return undefined;
  const state = dtype.state;
  let elsize = -1;
  let hasObject = m[1] === 'O';
  if (state !== undefined) {
    if (!(state instanceof Seq) || state.items.length < 8) return undefined;
    const [, , sub, names, fields, size, , flags] = state.items;
    if (typeof size !== 'number' || typeof flags !== 'number') return undefined;
    // Structured and sub-array dtypes are sized by their state alone.
    if ((sub !== null || names !== null || fields !== null) && size <= 0) return undefined;
    elsize = size;
    // NPY_ITEM_HASOBJECT: a structured (V) dtype holds objects when its flags say so, and numpy
    // recomputes it from the fields of an older state version: either counts. Any other
    // disagreement of the flags with the descr is a forgery.
    const flagged = (flags & 1) === 1;
    if (m[1] !== 'V' && flagged !== hasObject) return undefined;
    const inner = innerLayouts(sub, fields, depth);
    if (inner === undefined) return undefined;
    hasObject = flagged || inner === 'object';
  }
  if (hasObject) return 'object';
  if (m[2] === '') return undefined;
  const itemSize = Number(m[2]) * (m[1] === 'U' ? 4 : 1);
  return elsize > 0 && elsize !== itemSize ? undefined : itemSize;
}

/**
 * Whether a dtype state's sub-array dtype or fields hold objects: `object`, `plain`, or
 * undefined when the walker cannot tell (a field it did not keep, a shape it cannot read).
 */
function innerLayouts(sub: Value, fields: Value, depth: number): 'object' | 'plain' | undefined {
  const inner: Value[] = [];
  if (sub !== null) {
    const t = sub instanceof Seq && !sub.dropped ? sub.items : undefined;
    if (!t) return undefined;
    inner.push(t[0]);
  }
  if (fields !== null) {
    if (!(fields instanceof Dict) || fields.dropped) return undefined;
    for (const f of fields.values) {
      if (!(f instanceof Seq) || f.dropped) return undefined;
      inner.push(f.items[0]);
    }
  }
  let object = false;
  for (const d of inner) {
    const layout = dtypeLayout(d, depth + 1);
    if (layout === undefined) return undefined;
    object ||= layout === 'object';
  }
  return object ? 'object' : 'plain';
}

/**
 * An INT or LONG argument as Python reads it: `int(text, 0)` (prefixes 0x, 0o, 0b and
 * underscores), and for INT first C's strtol, for which a leading 0 means octal. Stricter than
 * Python, the walker would call a real pickle unparseable, and the sniffer would not call it
 * a pickle at all.
 */
function parseInteger(text: string, at: number, w: PickleWalker, cOctal: boolean): number | bigint {
  const m =
    /^\s*([+-]?)(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0(?:_?0)*|[1-9](?:_?\d)*|0[0-7]+)\s*$/.exec(
      text,
    );
  if (!m || (!cOctal && /^0[0-7]+$/.test(m[2]!) && /[1-7]/.test(m[2]!)))
    w.failAt(at, `integer ${JSON.stringify(text.slice(0, 40))} is not a number`);
  const digits = m[2]!.replace(/_/g, '');
  const abs = BigInt(/^0\d/.test(digits) ? `0o${digits.slice(1)}` : digits);
  const v = m[1] === '-' ? -abs : abs;
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : v;
}

function readLong(b: Buffer, start: number, len: number): number | bigint {
  if (len === 0) return 0;
  let v = 0n;
  for (let i = len - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[start + i]!);
  if (b[start + len - 1]! & 0x80) v -= 1n << BigInt(len * 8);
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : v;
}

/** Text kept as latin1 (one char per byte) for speed, decoded as Python does when it matters. */
function utf8(latin1: string): string {
  return /^[ -~\t\n\r]*$/.test(latin1) ? latin1 : Buffer.from(latin1, 'latin1').toString('utf8');
}

/** `codecs.escape_decode` also drops a backslash before a newline. */
const STRING_ESCAPES: Readonly<Record<string, string>> = { ...PYTHON_ESCAPES, '\n': '' };

/**
 * The body of a protocol 0 STRING as Python's `codecs.escape_decode` reads it. Every escape
 * counts: `'\157s'` is `os`, and a scanner that reads it otherwise can be walked around.
 */
function unescapeString(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\([0-7]{1,3}|x[0-9a-fA-F]{2}|[\s\S])/g, (all, e: string) => {
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8) & 0xff);
    if (e.length === 3 && e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    return STRING_ESCAPES[e] ?? all;
  });
}

/**
 * The body of a protocol 0 UNICODE, as `raw-unicode-escape` decodes it (bytes are code points,
 * only backslash-u and backslash-U escapes), kept like every other string as the latin1 view
 * of its UTF-8 bytes.
 */
function rawUnicode(line: string): string {
  // Past U+10FFFF Python refuses the escape (and the pickle); fromCodePoint would throw.
  const text = line.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/g, (all, e: string) => {
    const cp = parseInt(e.slice(1), 16);
    return cp > 0x10ffff ? all : String.fromCodePoint(cp);
  });
  return /^[ -~]*$/.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1');
}

const UNKNOWN = -1;
/** Bytes of fixed-size argument after each opcode; 0 for none or a text line; UNKNOWN for invalid. */
const ARG_BYTES: Int8Array = (() => {
  const t = new Int8Array(256).fill(UNKNOWN);
  const none = '(.012NRabdelostu})]' + '\x81\x85\x86\x87\x88\x89\x8f\x90\x91\x92\x93\x94\x97\x98Q';
  for (const c of none) t[c.charCodeAt(0)] = 0;
  for (const c of 'IFLSVPgpci') t[c.charCodeAt(0)] = 0; // text lines
  for (const c of 'KhqUC\x8a\x8c\x80\x82') t[c.charCodeAt(0)] = 1;
  for (const c of 'M\x83') t[c.charCodeAt(0)] = 2;
  for (const c of 'JjrTXB\x8b\x84') t[c.charCodeAt(0)] = 4;
  for (const c of 'G\x8d\x8e\x96\x95') t[c.charCodeAt(0)] = 8;
  return t;
})();

/** Opcodes a protocol 0 or 1 pickle (which has no PROTO header) can start with. */
// Python checks no protocol: a stream may open with FRAME or protocol 2–5 opcodes and no PROTO.
const FIRST_OPCODES = new Set(
  Array.from('(]})cNIJKLMFGSTUVXltBC\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x95\x96').map((c) =>
    c.charCodeAt(0),
  ),
);

/**
 * Whether `head` (the first bytes of a stream) starts a pickle: a PROTO header, or for old
 * protocols a walk of the head that meets no error before it runs out or stops.
 */
export function looksLikePickle(head: Buffer, size?: number): boolean {
  if (head.length >= 2 && head[0] === 0x80 && head[1]! <= 5) return true;
  if (head.length === 0 || !FIRST_OPCODES.has(head[0]!)) return false;
  const w = new PickleWalker();
  w.write(head);
  const r = w.end();
  // Python would walk on where the walker gave up: a pickle the scanner must report, not text.
  if (w.gaveUp) return true;
  if (r.problems.some((p) => p.rule === 'pickle-parse-error')) return false;
  // A stream that parses but ends early is a truncated pickle (reported as such), not text.
  if (r.pickles > 0 || w.opcodes >= 2) return true;
  // A first string longer than the head: a pickle if the stream holds all of it (text read as
  // a length, `These`, claims more than a GiB), and whenever the size is unknown.
  if (w.opcodes === 1 && w.skipping > 0)
    return size === undefined || head.length + w.skipping <= size;
  // A first text line longer than the head that Python reads as a value: a STRING is quoted, an
  // INT, LONG or FLOAT is a number, a UNICODE may be anything.
  const more = size === undefined || size > head.length;
  const value = /^(S['"]|V|[IL][\s+\-\dxXoObB_a-fA-F]*$|F[\d.eE+-]*$)/.test(
    head.toString('latin1'),
  );
  // The line is still waiting: an opcode started, not yet counted.
  return w.opcodes === 0 && w.waiting === head.length && more && value;
}
