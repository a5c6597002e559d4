import type { Content, ScanContext } from './content.js';
import { PYTHON_ESCAPES } from './escapes.js';

/**
 * NumPy `.npy` arrays, read as `numpy.load` reads them (numpy/lib/format.py in numpy 1.24 and
 * 2.x): the header is a Python literal (`ast.literal_eval`), its `descr` goes through
 * `descr_to_dtype` and `numpy.dtype`, and when that dtype holds Python objects anywhere the
 * data is a pickle that `numpy.load(allow_pickle=True)` unpickles. The grammar here is an
 * allow-list: what it does not positively recognise is an error, never an array with no
 * findings, so a spelling numpy reads as `object` and the scanner does not know cannot pass.
 */

const LOADER = 'numpy.load';
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** numpy itself refuses headers over 10 000 characters unless `allow_pickle=True`. */
const MAX_HEADER = 1024 * 1024;
/** numpy keeps item sizes and subarray element counts in a C int. */
const MAX_INT = 2 ** 31 - 1;
/** NPY_MAXDIMS in numpy 1.x (numpy 2 allows 64; fewer is the safe reading). */
const MAX_DIMS = 32;
/** Nesting of brackets in a header; CPython's parser stops at 200. */
const MAX_NESTING = 100;

/** Why a header or descriptor cannot be read exactly as numpy reads it. */
export class NpyHeaderError extends Error {}

// ---------------------------------------------------------------------------------------------
// Python literals, as ast.literal_eval reads them

/** A Python literal, reduced to what numpy.load looks at; other constants are `other`. */
export type PyValue =
  | { t: 'str'; v: string }
  | { t: 'int'; v: bigint }
  | { t: 'bool'; v: boolean }
  | { t: 'tuple' | 'list' | 'set'; items: PyValue[] }
  | { t: 'dict'; entries: [PyValue, PyValue][] }
  | { t: 'other'; what: 'bytes' | 'float' | 'complex' | 'None' | 'Ellipsis' };

/** Python's tokenize: imaginary, then float, then integer literals (underscores allowed). */
const DIGITS = '[0-9](?:_?[0-9])*';
const EXPONENT = `[eE][-+]?${DIGITS}`;
const POINTFLOAT = `(?:${DIGITS}\\.(?:${DIGITS})?|\\.${DIGITS})(?:${EXPONENT})?`;
const EXPFLOAT = `${DIGITS}${EXPONENT}`;
const FLOAT = `(?:${POINTFLOAT}|${EXPFLOAT})`;
const NUMBER = new RegExp(
  [
    `(?<imag>(?:${FLOAT}|${DIGITS})[jJ])`,
    `(?<float>${FLOAT})`,
    '(?<hex>0[xX](?:_?[0-9a-fA-F])+)',
    '(?<oct>0[oO](?:_?[0-7])+)',
    '(?<bin>0[bB](?:_?[01])+)',
    '(?<dec>0(?:_?0)*|[1-9](?:_?[0-9])*)',
  ].join('|'),
  'y',
);
const IDENT_CHAR = /[A-Za-z0-9_\u0080-\uffff]/;
const LONG_SUFFIX = /[ \t\f]*L(?![A-Za-z0-9_\u0080-\uffff])/y;

class LiteralParser {
  private i = 0;
  /** Open brackets: inside them newlines are only whitespace, as in Python. */
  private depth = 0;

  constructor(
    private readonly s: string,
    /** numpy's `_filter_header` for version 1 and 2 headers: drops an `L` after a number. */
    private readonly dropLong: boolean,
  ) {}

  private fail(what: string): never {
    throw new NpyHeaderError(`${what} at offset ${this.i} of the header`);
  }

  /** Spaces, tabs, form feeds and comments; newlines too inside brackets. */
  private space(): void {
    for (;;) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t' || c === '\f') this.i++;
      else if (c === '\n' && this.depth > 0) this.i++;
      else if (c === '#') while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      else if (c === '\\') this.fail('a line continuation outside a string');
      else return;
    }
  }

  /** The whole header: one literal, then only blank space (literal_eval strips " \t" first). */
  document(): PyValue {
    this.space();
    if (this.s[this.i] === '\n') this.fail('a blank line before the literal');
    let v = this.value();
    this.space();
    if (this.s[this.i] === ',') {
      // `2, 3` is a tuple in eval mode, as _commastring's repeats may be.
      const items = [v];
      for (;;) {
        this.i++;
        this.space();
        if (this.i >= this.s.length || this.s[this.i] === '\n') break;
        items.push(this.value());
        this.space();
        if (this.s[this.i] !== ',') break;
      }
      v = { t: 'tuple', items };
    }
    for (;;) {
      this.space();
      if (this.s[this.i] === '\n') this.i++;
      else break;
    }
    if (this.i < this.s.length) this.fail('text after the literal');
    return v;
  }

  private value(): PyValue {
    this.space();
    const c = this.s[this.i];
    if (c === undefined) this.fail('the header ends inside the literal');
    if (c === '+' || c === '-') {
      // ast.literal_eval takes one sign before a number constant, nothing else.
      this.i++;
      this.space();
      const n = this.number();
      if (!n) this.fail(`a sign before something other than a number`);
      this.afterValue();
      return n.t === 'int' && c === '-' ? { t: 'int', v: -n.v } : n;
    }
    const v = this.atom();
    this.afterValue();
    return v;
  }

  /** `1+2j` is a literal too; the scanner never needs one, so it refuses the form. */
  private afterValue(): void {
    this.space();
    const c = this.s[this.i];
    if (c === '+' || c === '-') this.fail('an arithmetic expression');
  }

  private atom(): PyValue {
    const c = this.s[this.i]!;
    if (c === '(' || c === '[' || c === '{') return this.display(c);
    if (c === "'" || c === '"') return this.strings();
    const n = this.number();
    if (n) return n;
    if (this.s.startsWith('...', this.i)) {
      this.i += 3;
      return { t: 'other', what: 'Ellipsis' };
    }
    const name = /[A-Za-z_][A-Za-z0-9_]*/y;
    name.lastIndex = this.i;
    const m = name.exec(this.s);
    if (m) {
      const after = this.s[this.i + m[0].length];
      if (after === "'" || after === '"') return this.strings();
      if (after !== undefined && IDENT_CHAR.test(after))
        this.fail('a name the scanner cannot read');
      this.i += m[0].length;
      if (m[0] === 'True' || m[0] === 'False') return { t: 'bool', v: m[0] === 'True' };
      if (m[0] === 'None') return { t: 'other', what: 'None' };
      this.fail(`the name ${m[0]}, which is not a literal`);
    }
    this.fail(`${JSON.stringify(c)}, which does not start a literal`);
  }

  private number(): Extract<PyValue, { t: 'int' } | { t: 'other' }> | undefined {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    if (this.dropLong && m.groups!.imag === undefined && m.groups!.float === undefined) {
      // tokenize reads `3L` as the number 3 and the name L, which _filter_header drops.
      LONG_SUFFIX.lastIndex = this.i;
      if (LONG_SUFFIX.test(this.s)) this.i = LONG_SUFFIX.lastIndex;
    }
    if (this.i < this.s.length && IDENT_CHAR.test(this.s[this.i]!))
      this.fail('a number run together with a name');
    const g = m.groups!;
    if (g.imag) return { t: 'other', what: 'complex' };
    if (g.float) return { t: 'other', what: 'float' };
    const text = m[0].replace(/_/g, '');
    const radix = g.hex ? '0x' : g.oct ? '0o' : g.bin ? '0b' : '';
    return { t: 'int', v: BigInt(radix ? radix + text.slice(2) : text) };
  }

  /** Adjacent string literals are one string (`'ob' 'ject'` is `'object'`). */
  private strings(): PyValue {
    let text = '';
    let kind: 'str' | 'bytes' | undefined;
    for (;;) {
      const one = this.string();
      if (kind && kind !== one.kind) this.fail('bytes and str literals run together');
      kind = one.kind;
      text += one.text;
      const save = this.i;
      this.space();
      const c = this.s[this.i];
      const prefixed = /[rRbBuUfF]{1,2}['"]/y;
      prefixed.lastIndex = this.i;
      if (c === "'" || c === '"' || (c !== undefined && prefixed.test(this.s))) continue;
      this.i = save;
      break;
    }
    return kind === 'bytes' ? { t: 'other', what: 'bytes' } : { t: 'str', v: text };
  }

  private string(): { kind: 'str' | 'bytes'; text: string } {
    const pm = /[A-Za-z]*/y;
    pm.lastIndex = this.i;
    const prefix = pm.exec(this.s)![0].toLowerCase();
    if (!['', 'r', 'u', 'b', 'br', 'rb'].includes(prefix))
      this.fail(
        prefix.includes('f') ? 'an f-string, which is not a literal' : `a ${prefix}'' string`,
      );
    this.i += prefix.length;
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    const q = this.s[this.i]!;
    const triple = this.s.startsWith(q.repeat(3), this.i);
    this.i += triple ? 3 : 1;
    let out = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('an unterminated string');
      if (c === q && (!triple || this.s.startsWith(q.repeat(3), this.i))) {
        this.i += triple ? 3 : 1;
        return { kind: bytes ? 'bytes' : 'str', text: out };
      }
      if (c === '\n' && !triple) this.fail('a newline inside a string');
      if (bytes && c > '\x7f') this.fail('a non-ASCII character in a bytes literal');
      if (c !== '\\') {
        out += c;
        this.i++;
        continue;
      }
      const e = this.s[this.i + 1];
      if (e === undefined) this.fail('an unterminated string');
      if (raw) {
        out += c + e;
        this.i += 2;
        continue;
      }
      this.i += 2;
      if (e === '\n') continue;
      if (e in PYTHON_ESCAPES) {
        out += PYTHON_ESCAPES[e];
      } else if (e >= '0' && e <= '7') {
        const m = /[0-7]{0,2}/y;
        m.lastIndex = this.i;
        const more = m.exec(this.s)![0];
        this.i += more.length;
        out += String.fromCodePoint(parseInt(e + more, 8));
      } else if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = this.s.slice(this.i, this.i + n);
        if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) this.fail(`a truncated \\${e} escape`);
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) this.fail('an escape beyond U+10FFFF');
        this.i += n;
        out += String.fromCodePoint(code);
      } else if (e === 'N' && !bytes) {
        this.fail('a \\N{…} escape, which the scanner does not decode');
      } else {
        out += c + e; // an unknown escape keeps its backslash
      }
    }
  }

  /** `(…)`, `[…]` and `{…}`: tuples (or a parenthesised value), lists, dicts and sets. */
  private display(open: '(' | '[' | '{'): PyValue {
    const close = open === '(' ? ')' : open === '[' ? ']' : '}';
    if (++this.depth > MAX_NESTING) this.fail('brackets nested too deep');
    this.i++;
    const items: PyValue[] = [];
    const entries: [PyValue, PyValue][] = [];
    let dict: boolean | undefined = open === '{' ? undefined : false;
    let comma = false;
    for (;;) {
      this.space();
      if (this.s[this.i] === close) break;
      if (items.length + entries.length > 0 && !comma) this.fail(`a missing ${close} or comma`);
      if (this.s[this.i] === '*') this.fail('unpacking, which is not a literal');
      const v = this.value();
      this.space();
      if (dict === undefined) dict = this.s[this.i] === ':';
      if (dict) {
        if (this.s[this.i] !== ':') this.fail('a dict entry without a colon');
        this.i++;
        entries.push([v, this.value()]);
      } else items.push(v);
      this.space();
      comma = this.s[this.i] === ',';
      if (comma) this.i++;
    }
    this.i++;
    this.depth--;
    if (open === '[') return { t: 'list', items };
    if (open === '{') return dict ? { t: 'dict', entries } : { t: 'set', items };
    // `(x)` is x itself; a tuple needs a comma, or nothing at all.
    return items.length === 1 && !comma ? items[0]! : { t: 'tuple', items };
  }
}

/**
 * Reads `src` as `ast.literal_eval` does, or throws NpyHeaderError. Forms it does not model
 * exactly (`\N{…}` escapes, complex sums, line continuations) are refused, never guessed.
 */
export function parsePyLiteral(src: string, dropLong = false): PyValue {
  if (src.includes('\0')) throw new NpyHeaderError('the header holds a NUL character');
  // Python reads source with universal newlines.
  return new LiteralParser(src.replace(/\r\n?/g, '\n'), dropLong).document();
}

// ---------------------------------------------------------------------------------------------
// numpy.dtype, as numpy/_core/src/multiarray/descriptor.c and _internal.py build it

/** What numpy.load needs to know of a dtype. */
export interface NpyDtype {
  /** Python objects anywhere in it: the array data is a pickle. */
  object: boolean;
  /** Bytes per element. */
  size: number;
  /** `S`, `U`, `V` with no size: a following tuple element is their size, not a shape. */
  unsized?: 'S' | 'U' | 'V';
  /** A record (it has fields, maybe none): never unsized, even with no bytes. */
  record?: boolean;
  /** `dt.type is numpy.void` and no fields: `V` and subarrays, which may be record padding. */
  void?: boolean;
}

function unproven(why: string): never {
  throw new NpyHeaderError(why);
}
const OBJECT: NpyDtype = { object: true, size: 8 };
const plain = (size: number): NpyDtype => ({ object: false, size });

/**
 * One-character type codes (`PyArray_DescrFromType`) and the `sctypeDict` names of numpy
 * 1.24 and 2.x, with their sizes on 64-bit Linux. `a` and the `*0` aliases exist only in 1.24.
 */
// prettier-ignore
const NAMED: Record<string, NpyDtype> = {
  '?': plain(1), b: plain(1), B: plain(1), h: plain(2), H: plain(2), i: plain(4), I: plain(4),
  l: plain(8), L: plain(8), q: plain(8), Q: plain(8), p: plain(8), P: plain(8), n: plain(8),
  N: plain(8), e: plain(2), f: plain(4), d: plain(8), g: plain(16), F: plain(8), D: plain(16),
  G: plain(32), c: plain(1), M: plain(8), m: plain(8),
  S: { object: false, size: 0, unsized: 'S' }, a: { object: false, size: 0, unsized: 'S' },
  U: { object: false, size: 0, unsized: 'U' }, V: { object: false, size: 0, unsized: 'V', void: true },
  O: OBJECT, object: OBJECT, object_: OBJECT, object0: OBJECT,
  bool: plain(1), bool8: plain(1), bool_: plain(1), byte: plain(1), ubyte: plain(1),
  int8: plain(1), uint8: plain(1), short: plain(2), ushort: plain(2), int16: plain(2),
  uint16: plain(2), half: plain(2), float16: plain(2), intc: plain(4), uintc: plain(4),
  int32: plain(4), uint32: plain(4), single: plain(4), float32: plain(4), int: plain(8),
  int_: plain(8), int0: plain(8), intp: plain(8), uint: plain(8), uint0: plain(8),
  uintp: plain(8), long: plain(8), ulong: plain(8), longlong: plain(8), ulonglong: plain(8),
  int64: plain(8), uint64: plain(8), double: plain(8), float: plain(8), float_: plain(8),
  float64: plain(8), longdouble: plain(16), longfloat: plain(16), float128: plain(16),
  csingle: plain(8), singlecomplex: plain(8), complex64: plain(8), cdouble: plain(16),
  cfloat: plain(16), complex: plain(16), complex_: plain(16), complex128: plain(16),
  clongdouble: plain(32), clongfloat: plain(32), longcomplex: plain(32), complex256: plain(32),
  bytes: { object: false, size: 0, unsized: 'S' }, bytes_: { object: false, size: 0, unsized: 'S' },
  bytes0: { object: false, size: 0, unsized: 'S' }, string_: { object: false, size: 0, unsized: 'S' },
  str: { object: false, size: 0, unsized: 'U' }, str_: { object: false, size: 0, unsized: 'U' },
  str0: { object: false, size: 0, unsized: 'U' }, unicode: { object: false, size: 0, unsized: 'U' },
  unicode_: { object: false, size: 0, unsized: 'U' }, void: { object: false, size: 0, unsized: 'V', void: true },
  void0: { object: false, size: 0, unsized: 'V', void: true },
};
/** Kind and size (`f8`, `c16`, `b1`): `PyArray_TypestrConvert`. `O4` is a 32-bit build's. */
const SIZED: Record<string, number[]> = {
  b: [1],
  i: [1, 2, 4, 8],
  u: [1, 2, 4, 8],
  f: [2, 4, 8, 16],
  c: [8, 16, 32],
};
const DATETIME =
  /^(?:M8|m8|datetime64|timedelta64)(?:\[(?:[1-9][0-9]{0,8})?(?:Y|M|W|D|h|m|s|ms|us|\u03bcs|ns|ps|fs|as|generic)\])?$/;
/** `numpy/_core/_internal.py` `format_re`, `sep_re` and `space_re`, for comma strings. */
const FORMAT_RE =
  /([<>|=]?)( *[(]?[ ,0-9]*[)]? *)([<>|=]?)([A-Za-z0-9.?]*(?:\[[a-zA-Z0-9,.]+\])?)/y;
const SEP_RE = / *, */y;
const SPACE_RE = / +$/y;
/** Little-endian: the machines the scanner's users load models on. */
const NATIVE = '<';

/** `numpy.dtype(str)`: `_convert_from_str`. */
export function dtypeFromString(s: string): NpyDtype {
  if (!/^[\x20-\x7e]+$/.test(s))
    unproven(`the type string ${JSON.stringify(s)} is empty or not plain ASCII`);
  if (isCommaString(s)) return dtypeFromCommaString(s);
  let rest = s;
  if ('<>=|'.includes(rest[0]!)) rest = rest.slice(1);
  if (rest === '') unproven(`the type string ${JSON.stringify(s)} has only a byte order`);
  if (DATETIME.test(rest)) return plain(8);
  const sized = /^([a-zA-Z])([0-9]+)$/.exec(rest);
  if (sized) {
    const [, kind, digits] = sized as unknown as [string, string, string];
    const n = Number(digits);
    if (n > MAX_INT) unproven(`the type string ${JSON.stringify(s)} has an item size over 2^31`);
    if (kind === 'V') return n === 0 ? { ...NAMED.V!, void: true } : { ...plain(n), void: true };
    if (kind === 'S' || kind === 'a') return n === 0 ? { ...NAMED[kind]! } : plain(n);
    if (kind === 'U') {
      if (n * 4 > MAX_INT) unproven(`the type string ${JSON.stringify(s)} is over 2^31 bytes`);
      return n === 0 ? { ...NAMED.U! } : plain(n * 4);
    }
    if (kind === 'O' && (n === 4 || n === 8)) return OBJECT;
    if (SIZED[kind]?.includes(n)) return plain(n);
  }
  // The remaining spellings are `sctypeDict` names, looked up whole; a byte order before
  // them makes numpy refuse the string, which the scanner reads as the name itself.
  const named = Object.hasOwn(NAMED, rest) ? NAMED[rest] : undefined;
  if (named) return { ...named };
  return unproven(`numpy.dtype(${JSON.stringify(s)}) is not a type the scanner knows`);
}

/** `_check_for_commastring`: a leading digit (after a byte order), `()`, or a comma outside []. */
function isCommaString(s: string): boolean {
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const order = (c: string | undefined) => c !== undefined && '<>|='.includes(c);
  if (digit(s[0]) || (s.length > 1 && order(s[0]) && digit(s[1]))) return true;
  if (s.startsWith('()') || (s.length > 3 && order(s[0]) && s.startsWith('()', 1))) return true;
  let brackets = 0;
  for (const c of s) {
    if (c === ',' && brackets === 0) return true;
    if (c === '[') brackets++;
    else if (c === ']') brackets--;
  }
  return false;
}

/**
 * `_commastring`, then `_convert_from_list` (or the one item itself): `'(2,3)f8'`, `'3i4'`,
 * `'f8, i4'`. A byte order other than the native one stays on the item, as numpy leaves it.
 */
function dtypeFromCommaString(s: string): NpyDtype {
  const items: NpyDtype[] = [];
  let at = 0;
  while (at < s.length) {
    FORMAT_RE.lastIndex = at;
    const m = FORMAT_RE.exec(s)!; // every group may be empty: it always matches
    const [, order1, repeats, order2, type] = m as unknown as string[];
    at = FORMAT_RE.lastIndex;
    if (at < s.length) {
      SPACE_RE.lastIndex = at;
      if (SPACE_RE.test(s)) at = s.length;
      else {
        SEP_RE.lastIndex = at;
        if (!SEP_RE.test(s))
          unproven(`format ${items.length + 1} of ${JSON.stringify(s)} is not recognised`);
        at = SEP_RE.lastIndex;
      }
    }
    let order: string;
    if (order2 === '') order = order1!;
    else if (order1 === '') order = order2!;
    else {
      const o1 = order1 === '=' ? NATIVE : order1;
      const o2 = order2 === '=' ? NATIVE : order2;
      if (o1 !== o2) unproven(`inconsistent byte orders in ${JSON.stringify(s)}`);
      order = o1!;
    }
    if (order === '|' || order === '=' || order === NATIVE) order = '';
    const base = dtypeFromString(order + type);
    items.push(
      repeats === '' ? base : withShape(base, parsePyLiteral(repeats!.replace(/^[ \t]+/, ''))),
    );
  }
  if (items.length === 1) return items[0]!;
  return struct(items);
}

function struct(fields: NpyDtype[]): NpyDtype {
  const size = fields.reduce((a, f) => a + f.size, 0);
  if (size > MAX_INT) unproven('a record of more than 2^31 bytes');
  return { object: fields.some((f) => f.object), size, record: true };
}

/**
 * `numpy.dtype((base, val))`, `_convert_from_tuple`: a size for an unsized `S`/`U`/`V`, else a
 * shape. The other readings of `val` (a second dtype, a metadata dict) are refused.
 */
function withShape(base: NpyDtype, val: PyValue): NpyDtype {
  const dims =
    val.t === 'int'
      ? [val.v]
      : val.t === 'tuple' && val.items.every((x) => x.t === 'int')
        ? val.items.map((x) => (x as { v: bigint }).v)
        : undefined;
  if (!dims) unproven(`a subarray shape that is not an int or a tuple of ints (${val.t})`);
  if (base.unsized) {
    if (val.t !== 'int') unproven(`a tuple size for an unsized ${base.unsized}`);
    if (val.v < 0n || val.v > BigInt(MAX_INT)) unproven(`an item size of ${val.v}`);
    const size = Number(val.v) * (base.unsized === 'U' ? 4 : 1);
    if (size > MAX_INT) unproven(`an item size of ${size}`);
    return { ...plain(size), void: base.void };
  }
  // numpy takes `val` for an item size when the base has no bytes and no fields.
  if (base.size === 0 && !base.record) unproven('a shape or size for a subarray of no bytes');
  if (dims.length > MAX_DIMS) unproven(`a subarray of ${dims.length} dimensions`);
  let count = 1n;
  for (const d of dims) {
    if (d < 0n) unproven('a negative subarray dimension');
    count *= d;
  }
  const size = count * BigInt(base.size);
  if (count > BigInt(MAX_INT) || size > BigInt(MAX_INT))
    unproven('a subarray of more than 2^31 bytes');
  // `(t, ())` is t itself, and so is numpy 1's `(t, 1)`; other shapes make a void subarray.
  const same = dims.length === 0 || (val.t === 'int' && val.v === 1n);
  return same ? base : { object: base.object, size: Number(size), void: true };
}

/** `numpy.lib.format.descr_to_dtype`: a string, a `(descr, shape)` tuple, or a field list. */
export function descrToDtype(d: PyValue, depth = 0): NpyDtype {
  if (depth > MAX_NESTING) unproven('a descriptor nested too deep');
  if (d.t === 'str') return dtypeFromString(d.v);
  if (d.t === 'tuple') {
    if (d.items.length < 2) unproven('a subarray descriptor without a shape');
    return withShape(descrToDtype(d.items[0]!, depth + 1), d.items[1]!);
  }
  if (d.t !== 'list') return unproven(`a descriptor that is a ${d.t}`);
  const fields = d.items.map((entry) => {
    if (
      (entry.t !== 'tuple' && entry.t !== 'list') ||
      entry.items.length < 2 ||
      entry.items.length > 3
    )
      unproven(`a field that is not a (name, descr[, shape]) tuple`);
    const [name, descr, shape] = entry.items as [PyValue, PyValue, PyValue | undefined];
    const titled = name.t === 'tuple' && name.items.length === 2 && name.items[1]!.t === 'str';
    if (name.t !== 'str' && !titled) unproven('a field name that is not a string or (title, name)');
    const dt = descrToDtype(descr, depth + 1);
    const field = shape === undefined ? dt : withShape(dt, shape);
    // Padding (a void named ''): numpy keeps its bytes and drops the field, objects and all.
    const padding = name.t === 'str' && name.v === '' && field.void === true;
    return padding ? plain(field.size) : field;
  });
  return struct(fields);
}

/** What numpy.load takes from the header. */
export interface NpyHeader {
  dtype: NpyDtype;
  shape: bigint[];
  fortranOrder: boolean;
}

/**
 * `_read_array_header`: the header text of a version `major` file, read to the dtype numpy
 * would build from it. Throws NpyHeaderError for whatever numpy would refuse or the scanner
 * cannot read exactly.
 */
export function readNpyHeader(text: string, major: number): NpyHeader {
  const d = parsePyLiteral(text, major <= 2);
  if (d.t !== 'dict') unproven('the header is not a dict');
  const keys = new Map<string, PyValue>();
  for (const [k, v] of d.entries) {
    if (k.t !== 'str') unproven('the header has a key that is not a string');
    keys.set(k.v, v); // a repeated key: the last one wins, as in Python
  }
  const want = ['descr', 'fortran_order', 'shape'];
  if (keys.size !== 3 || !want.every((k) => keys.has(k)))
    unproven(`the header has the keys ${JSON.stringify([...keys.keys()].sort())}`);
  const shape = keys.get('shape')!;
  if (shape.t !== 'tuple' || !shape.items.every((x) => x.t === 'int' || x.t === 'bool'))
    unproven('the shape is not a tuple of ints');
  const fortran = keys.get('fortran_order')!;
  if (fortran.t !== 'bool') unproven('fortran_order is not a bool');
  return {
    dtype: descrToDtype(keys.get('descr')!),
    shape: shape.items.map((x) => (x.t === 'int' ? x.v : x.t === 'bool' && x.v ? 1n : 0n)),
    fortranOrder: fortran.v,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * A NumPy `.npy` array: its header read as numpy reads it, then either raw data (whose size
 * must match the header) or, for a dtype that holds objects, a pickle, scanned like any other.
 */
export async function scanNpy(
  c: Content,
  ctx: ScanContext,
  scanPickle: (rest: Content) => Promise<unknown>,
): Promise<string> {
  const bad = (rule: string, message: string) =>
    ctx.add({ verdict: 'error', rule, message, loader: LOADER });
  const pre = await c.bytes.read(8);
  const major = pre[6]!;
  const minor = pre[7]!;
  if (major < 1 || major > 3 || minor !== 0) {
    bad('npy-invalid', `unsupported .npy version ${major}.${minor}`);
    return 'npy';
  }
  const lenBytes = major === 1 ? 2 : 4;
  const lb = await c.bytes.read(lenBytes);
  const headerLen = lenBytes === 2 ? lb.readUInt16LE(0) : lb.readUInt32LE(0);
  if (headerLen > MAX_HEADER) {
    bad('npy-invalid', `the header claims ${headerLen} bytes`);
    return 'npy';
  }
  const raw = await c.bytes.read(headerLen);
  let text: string;
  try {
    text = major === 3 ? UTF8.decode(raw) : raw.toString('latin1');
  } catch {
    bad('npy-invalid', 'the version 3 header is not UTF-8');
    return 'npy';
  }
  let header: NpyHeader;
  try {
    header = readNpyHeader(text, major);
  } catch (err) {
    if (!(err instanceof NpyHeaderError)) throw err;
    bad(
      'npy-descr-unproven',
      `numpy.load would read this header in a way the scanner cannot prove safe: ${(err as Error).message}`,
    );
    return 'npy';
  }
  if (header.dtype.object) {
    await scanPickle({ bytes: c.bytes });
    return 'npy';
  }
  if (header.shape.some((d) => d < 0n)) {
    bad('npy-invalid', 'the shape has a negative dimension');
    return 'npy';
  }
  const expected = header.shape.reduce((a, d) => a * d, 1n) * BigInt(header.dtype.size);
  const dataSize = c.size !== undefined ? c.size - c.bytes.position : await c.bytes.drain();
  if (BigInt(dataSize) !== expected)
    bad(
      'npy-invalid',
      `the header describes ${expected} bytes of data, the file holds ${dataSize}`,
    );
  return 'npy';
}
