#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  PYTHON_ESCAPES
} from "./chunk-KBFD3HU4.js";
import "./chunk-WJXHPGZE.js";

// src/artifacts/npy.ts
var LOADER = "numpy.load";
var UTF8 = new TextDecoder("utf-8", { fatal: true });
var MAX_HEADER = 1024 * 1024;
var MAX_INT = 2 ** 31 - 1;
var MAX_DIMS = 32;
var MAX_NESTING = 100;
var NpyHeaderError = class extends Error {
};
var DIGITS = "[0-9](?:_?[0-9])*";
var EXPONENT = `[eE][-+]?${DIGITS}`;
var POINTFLOAT = `(?:${DIGITS}\\.(?:${DIGITS})?|\\.${DIGITS})(?:${EXPONENT})?`;
var EXPFLOAT = `${DIGITS}${EXPONENT}`;
var FLOAT = `(?:${POINTFLOAT}|${EXPFLOAT})`;
var NUMBER = new RegExp(
  [
    `(?<imag>(?:${FLOAT}|${DIGITS})[jJ])`,
    `(?<float>${FLOAT})`,
    "(?<hex>0[xX](?:_?[0-9a-fA-F])+)",
    "(?<oct>0[oO](?:_?[0-7])+)",
    "(?<bin>0[bB](?:_?[01])+)",
    "(?<dec>0(?:_?0)*|[1-9](?:_?[0-9])*)"
  ].join("|"),
  "y"
);
var IDENT_CHAR = /[A-Za-z0-9_\u0080-\uffff]/;
var LONG_SUFFIX = /[ \t\f]*L(?![A-Za-z0-9_\u0080-\uffff])/y;
var LiteralParser = class {
  constructor(s, dropLong) {
    this.s = s;
    this.dropLong = dropLong;
  }
  s;
  dropLong;
  i = 0;
  /** Open brackets: inside them newlines are only whitespace, as in Python. */
  depth = 0;
  fail(what) {
    throw new NpyHeaderError(`${what} at offset ${this.i} of the header`);
  }
  /** Spaces, tabs, form feeds and comments; newlines too inside brackets. */
  space() {
    for (; ; ) {
      const c = this.s[this.i];
      if (c === " " || c === "	" || c === "\f") this.i++;
      else if (c === "\n" && this.depth > 0) this.i++;
      else if (c === "#") while (this.i < this.s.length && this.s[this.i] !== "\n") this.i++;
      else if (c === "\\") this.fail("a line continuation outside a string");
      else return;
    }
  }
  /** The whole header: one literal, then only blank space (literal_eval strips " \t" first). */
  document() {
    this.space();
    if (this.s[this.i] === "\n") this.fail("a blank line before the literal");
    let v = this.value();
    this.space();
    if (this.s[this.i] === ",") {
      const items = [v];
      for (; ; ) {
        this.i++;
        this.space();
        if (this.i >= this.s.length || this.s[this.i] === "\n") break;
        items.push(this.value());
        this.space();
        if (this.s[this.i] !== ",") break;
      }
      v = { t: "tuple", items };
    }
    for (; ; ) {
      this.space();
      if (this.s[this.i] === "\n") this.i++;
      else break;
    }
    if (this.i < this.s.length) this.fail("text after the literal");
    return v;
  }
  value() {
    this.space();
    const c = this.s[this.i];
    if (c === void 0) this.fail("the header ends inside the literal");
    if (c === "+" || c === "-") {
      this.i++;
      this.space();
      const n = this.number();
      if (!n) this.fail(`a sign before something other than a number`);
      this.afterValue();
      return n.t === "int" && c === "-" ? { t: "int", v: -n.v } : n;
    }
    const v = this.atom();
    this.afterValue();
    return v;
  }
  /** `1+2j` is a literal too; the scanner never needs one, so it refuses the form. */
  afterValue() {
    this.space();
    const c = this.s[this.i];
    if (c === "+" || c === "-") this.fail("an arithmetic expression");
  }
  atom() {
    const c = this.s[this.i];
    if (c === "(" || c === "[" || c === "{") return this.display(c);
    if (c === "'" || c === '"') return this.strings();
    const n = this.number();
    if (n) return n;
    if (this.s.startsWith("...", this.i)) {
      this.i += 3;
      return { t: "other", what: "Ellipsis" };
    }
    const name = /[A-Za-z_][A-Za-z0-9_]*/y;
    name.lastIndex = this.i;
    const m = name.exec(this.s);
    if (m) {
      const after = this.s[this.i + m[0].length];
      if (after === "'" || after === '"') return this.strings();
      if (after !== void 0 && IDENT_CHAR.test(after))
        this.fail("a name the scanner cannot read");
      this.i += m[0].length;
      if (m[0] === "True" || m[0] === "False") return { t: "bool", v: m[0] === "True" };
      if (m[0] === "None") return { t: "other", what: "None" };
      this.fail(`the name ${m[0]}, which is not a literal`);
    }
    this.fail(`${JSON.stringify(c)}, which does not start a literal`);
  }
  number() {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m) return void 0;
    this.i += m[0].length;
    if (this.dropLong && m.groups.imag === void 0 && m.groups.float === void 0) {
      LONG_SUFFIX.lastIndex = this.i;
      if (LONG_SUFFIX.test(this.s)) this.i = LONG_SUFFIX.lastIndex;
    }
    if (this.i < this.s.length && IDENT_CHAR.test(this.s[this.i]))
      this.fail("a number run together with a name");
    const g = m.groups;
    if (g.imag) return { t: "other", what: "complex" };
    if (g.float) return { t: "other", what: "float" };
    const text = m[0].replace(/_/g, "");
    const radix = g.hex ? "0x" : g.oct ? "0o" : g.bin ? "0b" : "";
    return { t: "int", v: BigInt(radix ? radix + text.slice(2) : text) };
  }
  /** Adjacent string literals are one string (`'ob' 'ject'` is `'object'`). */
  strings() {
    let text = "";
    let kind;
    for (; ; ) {
      const one = this.string();
      if (kind && kind !== one.kind) this.fail("bytes and str literals run together");
      kind = one.kind;
      text += one.text;
      const save = this.i;
      this.space();
      const c = this.s[this.i];
      const prefixed = /[rRbBuUfF]{1,2}['"]/y;
      prefixed.lastIndex = this.i;
      if (c === "'" || c === '"' || c !== void 0 && prefixed.test(this.s)) continue;
      this.i = save;
      break;
    }
    return kind === "bytes" ? { t: "other", what: "bytes" } : { t: "str", v: text };
  }
  string() {
    const pm = /[A-Za-z]*/y;
    pm.lastIndex = this.i;
    const prefix = pm.exec(this.s)[0].toLowerCase();
    if (!["", "r", "u", "b", "br", "rb"].includes(prefix))
      this.fail(
        prefix.includes("f") ? "an f-string, which is not a literal" : `a ${prefix}'' string`
      );
    this.i += prefix.length;
    const raw = prefix.includes("r");
    const bytes = prefix.includes("b");
    const q = this.s[this.i];
    const triple = this.s.startsWith(q.repeat(3), this.i);
    this.i += triple ? 3 : 1;
    let out = "";
    for (; ; ) {
      const c = this.s[this.i];
      if (c === void 0) this.fail("an unterminated string");
      if (c === q && (!triple || this.s.startsWith(q.repeat(3), this.i))) {
        this.i += triple ? 3 : 1;
        return { kind: bytes ? "bytes" : "str", text: out };
      }
      if (c === "\n" && !triple) this.fail("a newline inside a string");
      if (bytes && c > "\x7F") this.fail("a non-ASCII character in a bytes literal");
      if (c !== "\\") {
        out += c;
        this.i++;
        continue;
      }
      const e = this.s[this.i + 1];
      if (e === void 0) this.fail("an unterminated string");
      if (raw) {
        out += c + e;
        this.i += 2;
        continue;
      }
      this.i += 2;
      if (e === "\n") continue;
      if (e in PYTHON_ESCAPES) {
        out += PYTHON_ESCAPES[e];
      } else if (e >= "0" && e <= "7") {
        const m = /[0-7]{0,2}/y;
        m.lastIndex = this.i;
        const more = m.exec(this.s)[0];
        this.i += more.length;
        out += String.fromCodePoint(parseInt(e + more, 8));
      } else if (e === "x" || !bytes && (e === "u" || e === "U")) {
        const n = e === "x" ? 2 : e === "u" ? 4 : 8;
        const hex = this.s.slice(this.i, this.i + n);
        if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) this.fail(`a truncated \\${e} escape`);
        const code = parseInt(hex, 16);
        if (code > 1114111) this.fail("an escape beyond U+10FFFF");
        this.i += n;
        out += String.fromCodePoint(code);
      } else if (e === "N" && !bytes) {
        this.fail("a \\N{\u2026} escape, which the scanner does not decode");
      } else {
        out += c + e;
      }
    }
  }
  /** `(…)`, `[…]` and `{…}`: tuples (or a parenthesised value), lists, dicts and sets. */
  display(open) {
    const close = open === "(" ? ")" : open === "[" ? "]" : "}";
    if (++this.depth > MAX_NESTING) this.fail("brackets nested too deep");
    this.i++;
    const items = [];
    const entries = [];
    let dict = open === "{" ? void 0 : false;
    let comma = false;
    for (; ; ) {
      this.space();
      if (this.s[this.i] === close) break;
      if (items.length + entries.length > 0 && !comma) this.fail(`a missing ${close} or comma`);
      if (this.s[this.i] === "*") this.fail("unpacking, which is not a literal");
      const v = this.value();
      this.space();
      if (dict === void 0) dict = this.s[this.i] === ":";
      if (dict) {
        if (this.s[this.i] !== ":") this.fail("a dict entry without a colon");
        this.i++;
        entries.push([v, this.value()]);
      } else items.push(v);
      this.space();
      comma = this.s[this.i] === ",";
      if (comma) this.i++;
    }
    this.i++;
    this.depth--;
    if (open === "[") return { t: "list", items };
    if (open === "{") return dict ? { t: "dict", entries } : { t: "set", items };
    return items.length === 1 && !comma ? items[0] : { t: "tuple", items };
  }
};
function parsePyLiteral(src, dropLong = false) {
  if (src.includes("\0")) throw new NpyHeaderError("the header holds a NUL character");
  return new LiteralParser(src.replace(/\r\n?/g, "\n"), dropLong).document();
}
function unproven(why) {
  throw new NpyHeaderError(why);
}
var OBJECT = { object: true, size: 8 };
var plain = (size) => ({ object: false, size });
var NAMED = {
  "?": plain(1),
  b: plain(1),
  B: plain(1),
  h: plain(2),
  H: plain(2),
  i: plain(4),
  I: plain(4),
  l: plain(8),
  L: plain(8),
  q: plain(8),
  Q: plain(8),
  p: plain(8),
  P: plain(8),
  n: plain(8),
  N: plain(8),
  e: plain(2),
  f: plain(4),
  d: plain(8),
  g: plain(16),
  F: plain(8),
  D: plain(16),
  G: plain(32),
  c: plain(1),
  M: plain(8),
  m: plain(8),
  S: { object: false, size: 0, unsized: "S" },
  a: { object: false, size: 0, unsized: "S" },
  U: { object: false, size: 0, unsized: "U" },
  V: { object: false, size: 0, unsized: "V", void: true },
  O: OBJECT,
  object: OBJECT,
  object_: OBJECT,
  object0: OBJECT,
  bool: plain(1),
  bool8: plain(1),
  bool_: plain(1),
  byte: plain(1),
  ubyte: plain(1),
  int8: plain(1),
  uint8: plain(1),
  short: plain(2),
  ushort: plain(2),
  int16: plain(2),
  uint16: plain(2),
  half: plain(2),
  float16: plain(2),
  intc: plain(4),
  uintc: plain(4),
  int32: plain(4),
  uint32: plain(4),
  single: plain(4),
  float32: plain(4),
  int: plain(8),
  int_: plain(8),
  int0: plain(8),
  intp: plain(8),
  uint: plain(8),
  uint0: plain(8),
  uintp: plain(8),
  long: plain(8),
  ulong: plain(8),
  longlong: plain(8),
  ulonglong: plain(8),
  int64: plain(8),
  uint64: plain(8),
  double: plain(8),
  float: plain(8),
  float_: plain(8),
  float64: plain(8),
  longdouble: plain(16),
  longfloat: plain(16),
  float128: plain(16),
  csingle: plain(8),
  singlecomplex: plain(8),
  complex64: plain(8),
  cdouble: plain(16),
  cfloat: plain(16),
  complex: plain(16),
  complex_: plain(16),
  complex128: plain(16),
  clongdouble: plain(32),
  clongfloat: plain(32),
  longcomplex: plain(32),
  complex256: plain(32),
  bytes: { object: false, size: 0, unsized: "S" },
  bytes_: { object: false, size: 0, unsized: "S" },
  bytes0: { object: false, size: 0, unsized: "S" },
  string_: { object: false, size: 0, unsized: "S" },
  str: { object: false, size: 0, unsized: "U" },
  str_: { object: false, size: 0, unsized: "U" },
  str0: { object: false, size: 0, unsized: "U" },
  unicode: { object: false, size: 0, unsized: "U" },
  unicode_: { object: false, size: 0, unsized: "U" },
  void: { object: false, size: 0, unsized: "V", void: true },
  void0: { object: false, size: 0, unsized: "V", void: true }
};
var SIZED = {
  b: [1],
  i: [1, 2, 4, 8],
  u: [1, 2, 4, 8],
  f: [2, 4, 8, 16],
  c: [8, 16, 32]
};
var DATETIME = /^(?:M8|m8|datetime64|timedelta64)(?:\[(?:[1-9][0-9]{0,8})?(?:Y|M|W|D|h|m|s|ms|us|\u03bcs|ns|ps|fs|as|generic)\])?$/;
var FORMAT_RE = /([<>|=]?)( *[(]?[ ,0-9]*[)]? *)([<>|=]?)([A-Za-z0-9.?]*(?:\[[a-zA-Z0-9,.]+\])?)/y;
var SEP_RE = / *, */y;
var SPACE_RE = / +$/y;
var NATIVE = "<";
function dtypeFromString(s) {
  if (!/^[\x20-\x7e]+$/.test(s))
    unproven(`the type string ${JSON.stringify(s)} is empty or not plain ASCII`);
  if (isCommaString(s)) return dtypeFromCommaString(s);
  let rest = s;
  if ("<>=|".includes(rest[0])) rest = rest.slice(1);
  if (rest === "") unproven(`the type string ${JSON.stringify(s)} has only a byte order`);
  if (DATETIME.test(rest)) return plain(8);
  const sized = /^([a-zA-Z])([0-9]+)$/.exec(rest);
  if (sized) {
    const [, kind, digits] = sized;
    const n = Number(digits);
    if (n > MAX_INT) unproven(`the type string ${JSON.stringify(s)} has an item size over 2^31`);
    if (kind === "V") return n === 0 ? { ...NAMED.V, void: true } : { ...plain(n), void: true };
    if (kind === "S" || kind === "a") return n === 0 ? { ...NAMED[kind] } : plain(n);
    if (kind === "U") {
      if (n * 4 > MAX_INT) unproven(`the type string ${JSON.stringify(s)} is over 2^31 bytes`);
      return n === 0 ? { ...NAMED.U } : plain(n * 4);
    }
    if (kind === "O" && (n === 4 || n === 8)) return OBJECT;
    if (SIZED[kind]?.includes(n)) return plain(n);
  }
  const named = Object.hasOwn(NAMED, rest) ? NAMED[rest] : void 0;
  if (named) return { ...named };
  return unproven(`numpy.dtype(${JSON.stringify(s)}) is not a type the scanner knows`);
}
function isCommaString(s) {
  const digit = (c) => c !== void 0 && c >= "0" && c <= "9";
  const order = (c) => c !== void 0 && "<>|=".includes(c);
  if (digit(s[0]) || s.length > 1 && order(s[0]) && digit(s[1])) return true;
  if (s.startsWith("()") || s.length > 3 && order(s[0]) && s.startsWith("()", 1)) return true;
  let brackets = 0;
  for (const c of s) {
    if (c === "," && brackets === 0) return true;
    if (c === "[") brackets++;
    else if (c === "]") brackets--;
  }
  return false;
}
function dtypeFromCommaString(s) {
  const items = [];
  let at = 0;
  while (at < s.length) {
    FORMAT_RE.lastIndex = at;
    const m = FORMAT_RE.exec(s);
    const [, order1, repeats, order2, type] = m;
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
    let order;
    if (order2 === "") order = order1;
    else if (order1 === "") order = order2;
    else {
      const o1 = order1 === "=" ? NATIVE : order1;
      const o2 = order2 === "=" ? NATIVE : order2;
      if (o1 !== o2) unproven(`inconsistent byte orders in ${JSON.stringify(s)}`);
      order = o1;
    }
    if (order === "|" || order === "=" || order === NATIVE) order = "";
    const base = dtypeFromString(order + type);
    items.push(
      repeats === "" ? base : withShape(base, parsePyLiteral(repeats.replace(/^[ \t]+/, "")))
    );
  }
  if (items.length === 1) return items[0];
  return struct(items);
}
function struct(fields) {
  const size = fields.reduce((a, f) => a + f.size, 0);
  if (size > MAX_INT) unproven("a record of more than 2^31 bytes");
  return { object: fields.some((f) => f.object), size, record: true };
}
function withShape(base, val) {
  const dims = val.t === "int" ? [val.v] : val.t === "tuple" && val.items.every((x) => x.t === "int") ? val.items.map((x) => x.v) : void 0;
  if (!dims) unproven(`a subarray shape that is not an int or a tuple of ints (${val.t})`);
  if (base.unsized) {
    if (val.t !== "int") unproven(`a tuple size for an unsized ${base.unsized}`);
    if (val.v < 0n || val.v > BigInt(MAX_INT)) unproven(`an item size of ${val.v}`);
    const size2 = Number(val.v) * (base.unsized === "U" ? 4 : 1);
    if (size2 > MAX_INT) unproven(`an item size of ${size2}`);
    return { ...plain(size2), void: base.void };
  }
  if (base.size === 0 && !base.record) unproven("a shape or size for a subarray of no bytes");
  if (dims.length > MAX_DIMS) unproven(`a subarray of ${dims.length} dimensions`);
  let count = 1n;
  for (const d of dims) {
    if (d < 0n) unproven("a negative subarray dimension");
    count *= d;
  }
  const size = count * BigInt(base.size);
  if (count > BigInt(MAX_INT) || size > BigInt(MAX_INT))
    unproven("a subarray of more than 2^31 bytes");
  const same = dims.length === 0 || val.t === "int" && val.v === 1n;
  return same ? base : { object: base.object, size: Number(size), void: true };
}
function descrToDtype(d, depth = 0) {
  if (depth > MAX_NESTING) unproven("a descriptor nested too deep");
  if (d.t === "str") return dtypeFromString(d.v);
  if (d.t === "tuple") {
    if (d.items.length < 2) unproven("a subarray descriptor without a shape");
    return withShape(descrToDtype(d.items[0], depth + 1), d.items[1]);
  }
  if (d.t !== "list") return unproven(`a descriptor that is a ${d.t}`);
  const fields = d.items.map((entry) => {
    if (entry.t !== "tuple" && entry.t !== "list" || entry.items.length < 2 || entry.items.length > 3)
      unproven(`a field that is not a (name, descr[, shape]) tuple`);
    const [name, descr, shape] = entry.items;
    const titled = name.t === "tuple" && name.items.length === 2 && name.items[1].t === "str";
    if (name.t !== "str" && !titled) unproven("a field name that is not a string or (title, name)");
    const dt = descrToDtype(descr, depth + 1);
    const field = shape === void 0 ? dt : withShape(dt, shape);
    const padding = name.t === "str" && name.v === "" && field.void === true;
    return padding ? plain(field.size) : field;
  });
  return struct(fields);
}
function readNpyHeader(text, major) {
  const d = parsePyLiteral(text, major <= 2);
  if (d.t !== "dict") unproven("the header is not a dict");
  const keys = /* @__PURE__ */ new Map();
  for (const [k, v] of d.entries) {
    if (k.t !== "str") unproven("the header has a key that is not a string");
    keys.set(k.v, v);
  }
  const want = ["descr", "fortran_order", "shape"];
  if (keys.size !== 3 || !want.every((k) => keys.has(k)))
    unproven(`the header has the keys ${JSON.stringify([...keys.keys()].sort())}`);
  const shape = keys.get("shape");
  if (shape.t !== "tuple" || !shape.items.every((x) => x.t === "int" || x.t === "bool"))
    unproven("the shape is not a tuple of ints");
  const fortran = keys.get("fortran_order");
  if (fortran.t !== "bool") unproven("fortran_order is not a bool");
  return {
    dtype: descrToDtype(keys.get("descr")),
    shape: shape.items.map((x) => x.t === "int" ? x.v : x.t === "bool" && x.v ? 1n : 0n),
    fortranOrder: fortran.v
  };
}
async function scanNpy(c, ctx, scanPickle) {
  const bad = (rule, message) => ctx.add({ verdict: "error", rule, message, loader: LOADER });
  const pre = await c.bytes.read(8);
  const major = pre[6];
  const minor = pre[7];
  if (major < 1 || major > 3 || minor !== 0) {
    bad("npy-invalid", `unsupported .npy version ${major}.${minor}`);
    return "npy";
  }
  const lenBytes = major === 1 ? 2 : 4;
  const lb = await c.bytes.read(lenBytes);
  const headerLen = lenBytes === 2 ? lb.readUInt16LE(0) : lb.readUInt32LE(0);
  if (headerLen > MAX_HEADER) {
    bad("npy-invalid", `the header claims ${headerLen} bytes`);
    return "npy";
  }
  const raw = await c.bytes.read(headerLen);
  let text;
  try {
    text = major === 3 ? UTF8.decode(raw) : raw.toString("latin1");
  } catch {
    bad("npy-invalid", "the version 3 header is not UTF-8");
    return "npy";
  }
  let header;
  try {
    header = readNpyHeader(text, major);
  } catch (err) {
    if (!(err instanceof NpyHeaderError)) throw err;
    bad(
      "npy-descr-unproven",
      `numpy.load would read this header in a way the scanner cannot prove safe: ${err.message}`
    );
    return "npy";
  }
  if (header.dtype.object) {
    await scanPickle({ bytes: c.bytes });
    return "npy";
  }
  if (header.shape.some((d) => d < 0n)) {
    bad("npy-invalid", "the shape has a negative dimension");
    return "npy";
  }
  const expected = header.shape.reduce((a, d) => a * d, 1n) * BigInt(header.dtype.size);
  const dataSize = c.size !== void 0 ? c.size - c.bytes.position : await c.bytes.drain();
  if (BigInt(dataSize) !== expected)
    bad(
      "npy-invalid",
      `the header describes ${expected} bytes of data, the file holds ${dataSize}`
    );
  return "npy";
}
export {
  NpyHeaderError,
  descrToDtype,
  dtypeFromString,
  parsePyLiteral,
  readNpyHeader,
  scanNpy
};
