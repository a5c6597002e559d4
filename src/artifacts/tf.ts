import { TextDecoder } from 'node:util';
import type { ByteReader } from './bytes.js';
import type { Content, ScanContext } from './content.js';

/**
 * Keras and TensorFlow formats. Their risk is code stored as data: Keras `Lambda` layers carry
 * marshalled Python bytecode, and a SavedModel graph may read or write files or call back
 * into Python when it is served.
 */

/** Graph operations a served model has no business running. NodeDef.op is field 2. */
const SAVEDMODEL_OPS: { op: string; verdict: 'unsafe' | 'suspicious'; why: string }[] = [
  { op: 'WriteFile', verdict: 'unsafe', why: 'writes files' },
  { op: 'PyFunc', verdict: 'unsafe', why: 'calls back into Python code' },
  { op: 'PyFuncStateless', verdict: 'unsafe', why: 'calls back into Python code' },
  { op: 'EagerPyFunc', verdict: 'unsafe', why: 'calls back into Python code' },
  { op: 'ReadFile', verdict: 'suspicious', why: 'reads files' },
  { op: 'MatchingFiles', verdict: 'suspicious', why: 'lists files' },
  { op: 'ImmutableConst', verdict: 'suspicious', why: 'maps a file into memory' },
];

/** Which of `patterns` occur anywhere in the stream; reads it once, with a small overlap. */
async function findPatterns(bytes: ByteReader, patterns: readonly Buffer[]): Promise<Set<number>> {
  const found = new Set<number>();
  const keep = Math.max(...patterns.map((p) => p.length)) - 1;
  let tail = Buffer.alloc(0);
  for await (const chunk of bytes.chunks()) {
    const window = tail.length ? Buffer.concat([tail, chunk]) : chunk;
    patterns.forEach((p, i) => {
      if (!found.has(i) && window.includes(p)) found.add(i);
    });
    tail = Buffer.from(window.subarray(Math.max(0, window.length - keep)));
  }
  return found;
}

export async function scanSavedModel(c: Content, ctx: ScanContext): Promise<string> {
  const patterns = SAVEDMODEL_OPS.map((o) =>
    Buffer.concat([Buffer.from([0x12, o.op.length]), Buffer.from(o.op)]),
  );
  for (const i of await findPatterns(c.bytes, patterns)) {
    const o = SAVEDMODEL_OPS[i]!;
    ctx.add({
      verdict: o.verdict,
      rule: 'savedmodel-op',
      message: `the graph runs ${o.op}, which ${o.why}`,
      loader: 'tensorflow',
    });
  }
  return 'tf-savedmodel';
}

/** A JSON string of `text` as Python's json reads it: any character may be a \u escape. */
const jsonText = (text: string): string =>
  Array.from(text, (ch) => {
    const hex = ch.charCodeAt(0).toString(16).padStart(4, '0');
    return `(?:${ch}|\\\\u${hex.replace(/[a-f]/g, (x) => `[${x}${x.toUpperCase()}]`)})`;
  }).join('');
/** `"class_name": "Lambda"`, with JSON whitespace runs already collapsed to one space. */
const LAMBDA = new RegExp(`"${jsonText('class_name')}" ?: ?"${jsonText('Lambda')}"`);

/**
 * Whether the stream holds a Keras Lambda layer in JSON, however it is spaced or escaped
 * (`"\u004cambda"` is `"Lambda"` to json.loads). Whitespace runs are collapsed as the chunks
 * pass, so a run of any length cannot push the two halves apart.
 */
async function hasLambda(bytes: ByteReader): Promise<boolean> {
  let tail = '';
  for await (const chunk of bytes.chunks()) {
    // NULs dropped: json.loads also reads UTF-16 and UTF-32, where ASCII is padded with them.
    const text = (tail + chunk.toString('latin1')).replace(/\0/g, '').replace(/[ \t\n\r]+/g, ' ');
    if (LAMBDA.test(text)) return true;
    tail = text.slice(-256);
  }
  return false;
}

/** Legacy Keras `.h5` models keep their config as a JSON attribute, found here by its bytes. */
export async function scanHdf5(c: Content, ctx: ScanContext): Promise<string> {
  if (await hasLambda(c.bytes)) {
    ctx.add({
      verdict: 'unsafe',
      rule: 'keras-lambda',
      message: 'the Keras model has a Lambda layer, which runs stored Python bytecode when loaded',
      loader: LOADER,
    });
  }
  return 'hdf5';
}

/** Why json.loads refuses a document, where, as its JSONDecodeError says it. */
export class JsonError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
    readonly char: number,
  ) {
    super(`${reason}: line ${line} column ${column} (char ${char})`);
  }
}

/** The bytes are not text in the encoding json.loads picked for them. */
class DecodeError extends Error {}

type Encoding =
  | 'utf-8'
  | 'utf-8-sig'
  | 'utf-16'
  | 'utf-16-le'
  | 'utf-16-be'
  | 'utf-32'
  | 'utf-32-le'
  | 'utf-32-be';

/** `json.detect_encoding`, which json.loads applies to bytes, from their first four. */
export function detectEncoding(b: Buffer): Encoding {
  const starts = (...m: number[]) => b.length >= m.length && m.every((x, i) => b[i] === x);
  if (starts(0, 0, 0xfe, 0xff) || starts(0xff, 0xfe, 0, 0)) return 'utf-32';
  if (starts(0xfe, 0xff) || starts(0xff, 0xfe)) return 'utf-16';
  if (starts(0xef, 0xbb, 0xbf)) return 'utf-8-sig';
  if (b.length >= 4) {
    if (!b[0]) return b[1] ? 'utf-16-be' : 'utf-32-be';
    if (!b[1]) return b[2] || b[3] ? 'utf-16-le' : 'utf-32-le';
  } else if (b.length === 2) {
    if (!b[0]) return 'utf-16-be';
    if (!b[1]) return 'utf-16-le';
  }
  return 'utf-8';
}

/**
 * Bytes to text as `bytes.decode(encoding, 'surrogatepass')` does, chunk by chunk. UTF-8 is
 * decoded strictly, so an encoded surrogate (which surrogatepass lets through) is refused.
 */
class Decoder {
  private rest = Buffer.alloc(0);
  private utf8?: TextDecoder;
  private unit: 2 | 4 = 2;
  private big = false;
  /** Bytes of byte-order mark still to drop. */
  private bom = 0;

  constructor(private readonly encoding: Encoding) {
    if (encoding === 'utf-8' || encoding === 'utf-8-sig') {
      this.utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      this.bom = encoding === 'utf-8-sig' ? 3 : 0;
    } else {
      this.unit = encoding.startsWith('utf-32') ? 4 : 2;
      this.big = encoding.endsWith('-be');
      this.bom = encoding === 'utf-16' || encoding === 'utf-32' ? this.unit : 0;
    }
  }

  push(chunk: Buffer, last = false): string {
    let b = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk;
    if (this.bom) {
      const k = Math.min(this.bom, b.length);
      if (this.encoding === 'utf-16' || this.encoding === 'utf-32') {
        // The mark says the byte order: FE FF / 00 00 FE FF is big-endian.
        if (b.length < this.unit && !last) {
          this.rest = Buffer.from(b);
          return '';
        }
        this.big = b[0] === 0 || b[0] === 0xfe;
      }
      b = b.subarray(k);
      this.bom -= k;
    }
    if (this.utf8) {
      this.rest = Buffer.alloc(0);
      try {
        return this.utf8.decode(b, { stream: !last });
      } catch {
        throw new DecodeError(`the bytes are not valid ${this.encoding}`);
      }
    }
    const whole = b.length - (b.length % this.unit);
    this.rest = Buffer.from(b.subarray(whole));
    if (last && this.rest.length)
      throw new DecodeError(`the ${this.encoding} text ends mid-character`);
    const units: number[] = [];
    for (let i = 0; i < whole; i += this.unit) {
      if (this.unit === 2) units.push(this.big ? b.readUInt16BE(i) : b.readUInt16LE(i));
      else {
        const cp = this.big ? b.readUInt32BE(i) : b.readUInt32LE(i);
        if (cp > 0x10ffff) throw new DecodeError(`code point ${cp} is beyond U+10FFFF`);
        if (cp < 0x10000) units.push(cp);
        else units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      }
    }
    let out = '';
    for (let i = 0; i < units.length; i += 8192)
      out += String.fromCharCode(...units.slice(i, i + 8192));
    return out;
  }
}

/** What json.loads builds, kept only as far as the Keras checks need it. */
interface Frame {
  array: boolean;
  /** The key whose value is being read, in an object. */
  key?: string;
  /** The key this container is the value of, in its parent object. */
  parentKey?: string;
  /** Last values (later keys win, as in a dict) of the keys Keras decides by; null: not a string. */
  class_name?: string | null;
  module?: string | null;
  name?: string | null;
  /** `config.name` of the last `config` object. */
  configName?: string | null;
}

/** Strings longer than this are validated, not kept: no key or class name Keras reads is. */
const MAX_KEPT = 4096;
/** json.loads stops at Python's recursion limit, about this deep. */
const MAX_JSON_DEPTH = 1000;
const WORDS: Record<string, string> = { n: 'null', t: 'true', f: 'false', N: 'NaN', I: 'Infinity' };

const enum S {
  Value,
  ArrayFirst,
  ObjectFirst,
  ObjectKey,
  Colon,
  After,
  End,
  String,
  Escape,
  Hex,
  Word,
  Minus,
  Int,
  Zero,
  Dot,
  Fraction,
  Exp,
  ExpSign,
  ExpDigits,
}

/**
 * A JSON document read as Python's `json.loads` reads it (NaN, Infinity and -Infinity
 * included, control characters in strings refused, later keys winning), streaming and in
 * constant memory. Every object is shown to `onObject` when it closes.
 */
export class JsonReader {
  private state = S.Value;
  private stack: Frame[] = [];
  private str = '';
  private strLong = false;
  private strIsKey = false;
  private strStart = 0;
  private hex = 0;
  private word = '';
  private wordAt = 0;
  /** Code points read, and where the current line began, for JSONDecodeError's position. */
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private high = false;
  /** Where the last `.`/`e` of a number and the last comma were. */
  private markAt = 0;
  private commaAt = 0;

  constructor(private readonly onObject: (f: Frame) => void) {}

  private fail(reason: string, at = this.pos): never {
    throw new JsonError(reason, this.line, at - this.lineStart + 1, at);
  }

  feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Python counts code points; a surrogate pair is one.
      const low = code >= 0xdc00 && code <= 0xdfff && this.high;
      this.high = code >= 0xd800 && code <= 0xdbff;
      if (low) {
        if (this.state === S.String && !this.strLong) this.str += text[i];
        continue;
      }
      this.step(text[i]!, code);
      this.pos++;
      if (code === 10) {
        this.line++;
        this.lineStart = this.pos;
      }
    }
  }

  end(): void {
    // A number or word at the very end is complete; anything else open is cut off.
    if (this.state === S.Dot || this.state === S.Exp || this.state === S.ExpSign)
      this.strayAfterNumber(this.markAt);
    if (this.state >= S.Minus || this.state === S.Word) this.step('', -1);
    if (this.state === S.Hex) this.fail('Invalid \\uXXXX escape', this.pos - 1 - this.hex);
    if (this.state === S.String || this.state === S.Escape)
      this.fail('Unterminated string starting at', this.strStart);
    if (this.state !== S.End) this.fail('Expecting value');
  }

  private step(c: string, code: number): void {
    const ws = c === ' ' || c === '\t' || c === '\n' || c === '\r';
    switch (this.state) {
      case S.String:
        if (c === '"') return this.endString();
        if (c === '\\') this.state = S.Escape;
        else if (code < 0x20) this.fail('Invalid control character at');
        else this.keep(c);
        return;
      case S.Escape: {
        const e = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[
          c
        ];
        if (e !== undefined) {
          this.keep(e);
          this.state = S.String;
        } else if (c === 'u') {
          this.hex = 0;
          this.word = '';
          this.state = S.Hex;
        } else this.fail('Invalid \\escape', this.pos - 1);
        return;
      }
      case S.Hex:
        if (!/^[0-9a-fA-F]$/.test(c)) this.fail('Invalid \\uXXXX escape', this.pos - 1 - this.hex);
        this.word += c;
        if (++this.hex === 4) {
          this.keep(String.fromCharCode(parseInt(this.word, 16)));
          this.state = S.String;
        }
        return;
      case S.Word:
        if (c === this.word[this.wordAt]) {
          if (++this.wordAt === this.word.length) this.scalar();
          return;
        }
        this.fail('Expecting value', this.pos - this.wordAt);
        return;
      case S.Minus:
        if (c === 'I') {
          this.word = 'Infinity';
          this.wordAt = 1;
          this.state = S.Word;
        } else if (c === '0') this.state = S.Zero;
        else if (c >= '1' && c <= '9') this.state = S.Int;
        else this.fail('Expecting value', this.pos - 1);
        return;
      case S.Int:
      case S.Zero:
        if (this.state === S.Int && c >= '0' && c <= '9') return;
        if (c === '.' || c === 'e' || c === 'E') {
          this.markAt = this.pos;
          this.state = c === '.' ? S.Dot : S.Exp;
        } else return this.afterNumber(c, code);
        return;
      case S.Dot:
        // json.loads takes `1.` for the number 1 followed by a stray point.
        if (c >= '0' && c <= '9') this.state = S.Fraction;
        else this.strayAfterNumber(this.markAt);
        return;
      case S.Fraction:
        if (c >= '0' && c <= '9') return;
        if (c === 'e' || c === 'E') {
          this.markAt = this.pos;
          this.state = S.Exp;
        } else return this.afterNumber(c, code);
        return;
      case S.Exp:
      case S.ExpSign:
        if (c >= '0' && c <= '9') this.state = S.ExpDigits;
        else if (this.state === S.Exp && (c === '+' || c === '-')) this.state = S.ExpSign;
        else this.strayAfterNumber(this.markAt);
        return;
      case S.ExpDigits:
        if (c >= '0' && c <= '9') return;
        return this.afterNumber(c, code);
      case S.End:
        if (!ws) this.fail('Extra data');
        return;
      case S.Colon:
        if (ws) return;
        if (c !== ':') this.fail("Expecting ':' delimiter");
        this.state = S.Value;
        return;
      case S.ObjectFirst:
      case S.ObjectKey:
        if (ws) return;
        if (c === '}' && this.state === S.ObjectFirst) return this.close();
        if (c === '}') this.fail('Illegal trailing comma before end of object', this.commaAt);
        if (c !== '"') this.fail('Expecting property name enclosed in double quotes');
        return this.startString(true);
      case S.After: {
        if (ws) return;
        const top = this.stack[this.stack.length - 1]!;
        if (c === ',') {
          this.commaAt = this.pos;
          this.state = top.array ? S.Value : S.ObjectKey;
        } else if (c === (top.array ? ']' : '}')) this.close();
        else this.fail("Expecting ',' delimiter");
        return;
      }
      case S.ArrayFirst:
        if (ws) return;
        if (c === ']') return this.close();
        this.state = S.Value;
        return this.step(c, code);
      case S.Value:
        if (ws) return;
        // ArrayFirst took `[]`: here `]` follows a comma.
        if (c === ']' && this.stack[this.stack.length - 1]?.array)
          this.fail('Illegal trailing comma before end of array', this.commaAt);
        if (c === '"') return this.startString(false);
        if (c === '{' || c === '[') return this.open(c === '[');
        if (c === '-') this.state = S.Minus;
        else if (c === '0') this.state = S.Zero;
        else if (c >= '1' && c <= '9') this.state = S.Int;
        else if (WORDS[c]) {
          this.word = WORDS[c]!;
          this.wordAt = 1;
          this.state = S.Word;
        } else this.fail('Expecting value');
        return;
    }
  }

  /** A number ended before `.`, `e` or `E` at `at`, which cannot follow a value. */
  private strayAfterNumber(at: number): never {
    this.fail(this.stack.length ? "Expecting ',' delimiter" : 'Extra data', at);
  }

  private keep(ch: string): void {
    if (this.strLong) return;
    if (this.str.length >= MAX_KEPT) {
      this.strLong = true;
      this.str = '';
    } else this.str += ch;
  }

  private startString(key: boolean): void {
    this.str = '';
    this.strLong = false;
    this.strIsKey = key;
    this.strStart = this.pos;
    this.state = S.String;
  }

  private endString(): void {
    const value = this.strLong ? null : this.str;
    if (this.strIsKey) {
      // A key too long to keep is none of the keys Keras decides by.
      this.stack[this.stack.length - 1]!.key = value ?? '\0long';
      this.state = S.Colon;
    } else this.value(value);
  }

  private afterNumber(c: string, code: number): void {
    this.scalar();
    if (code >= 0) this.step(c, code);
  }

  /** A number, word or string value has ended: it sets its key in the object around it. */
  private scalar(): void {
    this.value(null);
  }

  private value(v: string | null): void {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.array) {
      const k = top.key;
      if (k === 'class_name' || k === 'module' || k === 'name') top[k] = v;
      else if (k === 'config') top.configName = null;
    }
    this.state = top ? S.After : S.End;
  }

  private open(array: boolean): void {
    if (this.stack.length >= MAX_JSON_DEPTH)
      this.fail(`Nested more than ${MAX_JSON_DEPTH} deep, beyond json.loads`);
    const parent = this.stack[this.stack.length - 1];
    this.stack.push({ array, parentKey: parent && !parent.array ? parent.key : undefined });
    this.state = array ? S.ArrayFirst : S.ObjectFirst;
  }

  private close(): void {
    const f = this.stack.pop()!;
    if (!f.array) this.onObject(f);
    const parent = this.stack[this.stack.length - 1];
    if (parent && !parent.array) {
      const k = parent.key;
      if (k === 'class_name' || k === 'module' || k === 'name') parent[k] = null;
      else if (k === 'config') parent.configName = f.array ? null : (f.name ?? null);
    }
    this.state = parent ? S.After : S.End;
  }
}

const LOADER = 'keras';
/** Keras 3 serialises a Python lambda as this class; deserialising it runs its bytecode. */
const CODE_CLASSES = new Set(['Lambda', '__lambda__']);

/**
 * A JSON document, e.g. the `config.json` of a `.keras` archive, read as json.loads reads its
 * bytes: Lambda layers, serialised lambdas and custom code. A document json.loads cannot read,
 * or that is cut off, is an error: what it would configure cannot be proven safe.
 */
export async function scanJson(c: Content, ctx: ScanContext): Promise<string> {
  const lambdas = new Set<string>();
  const custom = new Set<string>();
  const reader = new JsonReader((o) => {
    if (typeof o.class_name === 'string' && CODE_CLASSES.has(o.class_name))
      lambdas.add(`${o.class_name} ${JSON.stringify(o.name ?? o.configName ?? 'unnamed')}`);
    if (
      typeof o.module === 'string' &&
      typeof o.class_name === 'string' &&
      !/^(keras|tensorflow|tf_keras)(\.|$)/.test(o.module) &&
      o.module !== 'builtins'
    )
      custom.add(`${o.module}.${o.class_name}`);
  });
  let problem: string | undefined;
  try {
    const decoder = new Decoder(detectEncoding(await c.bytes.peek(4)));
    for await (const chunk of c.bytes.chunks()) reader.feed(decoder.push(chunk));
    reader.feed(decoder.push(Buffer.alloc(0), true));
    reader.end();
  } catch (err) {
    if (!(err instanceof JsonError) && !(err instanceof DecodeError)) throw err;
    problem = err.message;
  }
  for (const name of lambdas) {
    ctx.add({
      verdict: 'unsafe',
      rule: 'keras-lambda',
      message: `Keras ${name} runs stored Python bytecode when loaded`,
      loader: LOADER,
    });
  }
  for (const name of custom) {
    ctx.add({
      verdict: 'suspicious',
      rule: 'keras-custom-object',
      message: `Keras config refers to ${name}, code outside Keras`,
      loader: LOADER,
    });
  }
  if (problem !== undefined)
    ctx.add({
      verdict: 'error',
      rule: 'json-invalid',
      message: `json.loads cannot read this JSON (${problem}), so what it configures cannot be proven safe`,
      loader: LOADER,
    });
  return 'json';
}
