#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import "./chunk-WJXHPGZE.js";

// src/artifacts/tf.ts
import { TextDecoder } from "node:util";
var SAVEDMODEL_OPS = [
  { op: "WriteFile", verdict: "unsafe", why: "writes files" },
  { op: "PyFunc", verdict: "unsafe", why: "calls back into Python code" },
  { op: "PyFuncStateless", verdict: "unsafe", why: "calls back into Python code" },
  { op: "EagerPyFunc", verdict: "unsafe", why: "calls back into Python code" },
  { op: "ReadFile", verdict: "suspicious", why: "reads files" },
  { op: "MatchingFiles", verdict: "suspicious", why: "lists files" },
  { op: "ImmutableConst", verdict: "suspicious", why: "maps a file into memory" }
];
async function findPatterns(bytes, patterns) {
  const found = /* @__PURE__ */ new Set();
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
async function scanSavedModel(c, ctx) {
  const patterns = SAVEDMODEL_OPS.map(
    (o) => Buffer.concat([Buffer.from([18, o.op.length]), Buffer.from(o.op)])
  );
  for (const i of await findPatterns(c.bytes, patterns)) {
    const o = SAVEDMODEL_OPS[i];
    ctx.add({
      verdict: o.verdict,
      rule: "savedmodel-op",
      message: `the graph runs ${o.op}, which ${o.why}`,
      loader: "tensorflow"
    });
  }
  return "tf-savedmodel";
}
var jsonText = (text) => Array.from(text, (ch) => {
  const hex = ch.charCodeAt(0).toString(16).padStart(4, "0");
  return `(?:${ch}|\\\\u${hex.replace(/[a-f]/g, (x) => `[${x}${x.toUpperCase()}]`)})`;
}).join("");
var LAMBDA = new RegExp(`"${jsonText("class_name")}" ?: ?"${jsonText("Lambda")}"`);
async function hasLambda(bytes) {
  let tail = "";
  for await (const chunk of bytes.chunks()) {
    const text = (tail + chunk.toString("latin1")).replace(/\0/g, "").replace(/[ \t\n\r]+/g, " ");
    if (LAMBDA.test(text)) return true;
    tail = text.slice(-256);
  }
  return false;
}
async function scanHdf5(c, ctx) {
  if (await hasLambda(c.bytes)) {
    ctx.add({
      verdict: "unsafe",
      rule: "keras-lambda",
      message: "the Keras model has a Lambda layer, which runs stored Python bytecode when loaded",
      loader: LOADER
    });
  }
  return "hdf5";
}
var JsonError = class extends Error {
  constructor(reason, line, column, char) {
    super(`${reason}: line ${line} column ${column} (char ${char})`);
    this.reason = reason;
    this.line = line;
    this.column = column;
    this.char = char;
  }
  reason;
  line;
  column;
  char;
};
var DecodeError = class extends Error {
};
function detectEncoding(b) {
  const starts = (...m) => b.length >= m.length && m.every((x, i) => b[i] === x);
  if (starts(0, 0, 254, 255) || starts(255, 254, 0, 0)) return "utf-32";
  if (starts(254, 255) || starts(255, 254)) return "utf-16";
  if (starts(239, 187, 191)) return "utf-8-sig";
  if (b.length >= 4) {
    if (!b[0]) return b[1] ? "utf-16-be" : "utf-32-be";
    if (!b[1]) return b[2] || b[3] ? "utf-16-le" : "utf-32-le";
  } else if (b.length === 2) {
    if (!b[0]) return "utf-16-be";
    if (!b[1]) return "utf-16-le";
  }
  return "utf-8";
}
var Decoder = class {
  constructor(encoding) {
    this.encoding = encoding;
    if (encoding === "utf-8" || encoding === "utf-8-sig") {
      this.utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      this.bom = encoding === "utf-8-sig" ? 3 : 0;
    } else {
      this.unit = encoding.startsWith("utf-32") ? 4 : 2;
      this.big = encoding.endsWith("-be");
      this.bom = encoding === "utf-16" || encoding === "utf-32" ? this.unit : 0;
    }
  }
  encoding;
  rest = Buffer.alloc(0);
  utf8;
  unit = 2;
  big = false;
  /** Bytes of byte-order mark still to drop. */
  bom = 0;
  push(chunk, last = false) {
    let b = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk;
    if (this.bom) {
      const k = Math.min(this.bom, b.length);
      if (this.encoding === "utf-16" || this.encoding === "utf-32") {
        if (b.length < this.unit && !last) {
          this.rest = Buffer.from(b);
          return "";
        }
        this.big = b[0] === 0 || b[0] === 254;
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
    const whole = b.length - b.length % this.unit;
    this.rest = Buffer.from(b.subarray(whole));
    if (last && this.rest.length)
      throw new DecodeError(`the ${this.encoding} text ends mid-character`);
    const units = [];
    for (let i = 0; i < whole; i += this.unit) {
      if (this.unit === 2) units.push(this.big ? b.readUInt16BE(i) : b.readUInt16LE(i));
      else {
        const cp = this.big ? b.readUInt32BE(i) : b.readUInt32LE(i);
        if (cp > 1114111) throw new DecodeError(`code point ${cp} is beyond U+10FFFF`);
        if (cp < 65536) units.push(cp);
        else units.push(55296 + (cp - 65536 >> 10), 56320 + (cp - 65536 & 1023));
      }
    }
    let out = "";
    for (let i = 0; i < units.length; i += 8192)
      out += String.fromCharCode(...units.slice(i, i + 8192));
    return out;
  }
};
var MAX_KEPT = 4096;
var MAX_JSON_DEPTH = 1e3;
var WORDS = { n: "null", t: "true", f: "false", N: "NaN", I: "Infinity" };
var JsonReader = class {
  constructor(onObject) {
    this.onObject = onObject;
  }
  onObject;
  state = 0 /* Value */;
  stack = [];
  str = "";
  strLong = false;
  strIsKey = false;
  strStart = 0;
  hex = 0;
  word = "";
  wordAt = 0;
  /** Code points read, and where the current line began, for JSONDecodeError's position. */
  pos = 0;
  line = 1;
  lineStart = 0;
  high = false;
  /** Where the last `.`/`e` of a number and the last comma were. */
  markAt = 0;
  commaAt = 0;
  fail(reason, at = this.pos) {
    throw new JsonError(reason, this.line, at - this.lineStart + 1, at);
  }
  feed(text) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const low = code >= 56320 && code <= 57343 && this.high;
      this.high = code >= 55296 && code <= 56319;
      if (low) {
        if (this.state === 7 /* String */ && !this.strLong) this.str += text[i];
        continue;
      }
      this.step(text[i], code);
      this.pos++;
      if (code === 10) {
        this.line++;
        this.lineStart = this.pos;
      }
    }
  }
  end() {
    if (this.state === 14 /* Dot */ || this.state === 16 /* Exp */ || this.state === 17 /* ExpSign */)
      this.strayAfterNumber(this.markAt);
    if (this.state >= 11 /* Minus */ || this.state === 10 /* Word */) this.step("", -1);
    if (this.state === 9 /* Hex */) this.fail("Invalid \\uXXXX escape", this.pos - 1 - this.hex);
    if (this.state === 7 /* String */ || this.state === 8 /* Escape */)
      this.fail("Unterminated string starting at", this.strStart);
    if (this.state !== 6 /* End */) this.fail("Expecting value");
  }
  step(c, code) {
    const ws = c === " " || c === "	" || c === "\n" || c === "\r";
    switch (this.state) {
      case 7 /* String */:
        if (c === '"') return this.endString();
        if (c === "\\") this.state = 8 /* Escape */;
        else if (code < 32) this.fail("Invalid control character at");
        else this.keep(c);
        return;
      case 8 /* Escape */: {
        const e = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" }[c];
        if (e !== void 0) {
          this.keep(e);
          this.state = 7 /* String */;
        } else if (c === "u") {
          this.hex = 0;
          this.word = "";
          this.state = 9 /* Hex */;
        } else this.fail("Invalid \\escape", this.pos - 1);
        return;
      }
      case 9 /* Hex */:
        if (!/^[0-9a-fA-F]$/.test(c)) this.fail("Invalid \\uXXXX escape", this.pos - 1 - this.hex);
        this.word += c;
        if (++this.hex === 4) {
          this.keep(String.fromCharCode(parseInt(this.word, 16)));
          this.state = 7 /* String */;
        }
        return;
      case 10 /* Word */:
        if (c === this.word[this.wordAt]) {
          if (++this.wordAt === this.word.length) this.scalar();
          return;
        }
        this.fail("Expecting value", this.pos - this.wordAt);
        return;
      case 11 /* Minus */:
        if (c === "I") {
          this.word = "Infinity";
          this.wordAt = 1;
          this.state = 10 /* Word */;
        } else if (c === "0") this.state = 13 /* Zero */;
        else if (c >= "1" && c <= "9") this.state = 12 /* Int */;
        else this.fail("Expecting value", this.pos - 1);
        return;
      case 12 /* Int */:
      case 13 /* Zero */:
        if (this.state === 12 /* Int */ && c >= "0" && c <= "9") return;
        if (c === "." || c === "e" || c === "E") {
          this.markAt = this.pos;
          this.state = c === "." ? 14 /* Dot */ : 16 /* Exp */;
        } else return this.afterNumber(c, code);
        return;
      case 14 /* Dot */:
        if (c >= "0" && c <= "9") this.state = 15 /* Fraction */;
        else this.strayAfterNumber(this.markAt);
        return;
      case 15 /* Fraction */:
        if (c >= "0" && c <= "9") return;
        if (c === "e" || c === "E") {
          this.markAt = this.pos;
          this.state = 16 /* Exp */;
        } else return this.afterNumber(c, code);
        return;
      case 16 /* Exp */:
      case 17 /* ExpSign */:
        if (c >= "0" && c <= "9") this.state = 18 /* ExpDigits */;
        else if (this.state === 16 /* Exp */ && (c === "+" || c === "-")) this.state = 17 /* ExpSign */;
        else this.strayAfterNumber(this.markAt);
        return;
      case 18 /* ExpDigits */:
        if (c >= "0" && c <= "9") return;
        return this.afterNumber(c, code);
      case 6 /* End */:
        if (!ws) this.fail("Extra data");
        return;
      case 4 /* Colon */:
        if (ws) return;
        if (c !== ":") this.fail("Expecting ':' delimiter");
        this.state = 0 /* Value */;
        return;
      case 2 /* ObjectFirst */:
      case 3 /* ObjectKey */:
        if (ws) return;
        if (c === "}" && this.state === 2 /* ObjectFirst */) return this.close();
        if (c === "}") this.fail("Illegal trailing comma before end of object", this.commaAt);
        if (c !== '"') this.fail("Expecting property name enclosed in double quotes");
        return this.startString(true);
      case 5 /* After */: {
        if (ws) return;
        const top = this.stack[this.stack.length - 1];
        if (c === ",") {
          this.commaAt = this.pos;
          this.state = top.array ? 0 /* Value */ : 3 /* ObjectKey */;
        } else if (c === (top.array ? "]" : "}")) this.close();
        else this.fail("Expecting ',' delimiter");
        return;
      }
      case 1 /* ArrayFirst */:
        if (ws) return;
        if (c === "]") return this.close();
        this.state = 0 /* Value */;
        return this.step(c, code);
      case 0 /* Value */:
        if (ws) return;
        if (c === "]" && this.stack[this.stack.length - 1]?.array)
          this.fail("Illegal trailing comma before end of array", this.commaAt);
        if (c === '"') return this.startString(false);
        if (c === "{" || c === "[") return this.open(c === "[");
        if (c === "-") this.state = 11 /* Minus */;
        else if (c === "0") this.state = 13 /* Zero */;
        else if (c >= "1" && c <= "9") this.state = 12 /* Int */;
        else if (WORDS[c]) {
          this.word = WORDS[c];
          this.wordAt = 1;
          this.state = 10 /* Word */;
        } else this.fail("Expecting value");
        return;
    }
  }
  /** A number ended before `.`, `e` or `E` at `at`, which cannot follow a value. */
  strayAfterNumber(at) {
    this.fail(this.stack.length ? "Expecting ',' delimiter" : "Extra data", at);
  }
  keep(ch) {
    if (this.strLong) return;
    if (this.str.length >= MAX_KEPT) {
      this.strLong = true;
      this.str = "";
    } else this.str += ch;
  }
  startString(key) {
    this.str = "";
    this.strLong = false;
    this.strIsKey = key;
    this.strStart = this.pos;
    this.state = 7 /* String */;
  }
  endString() {
    const value = this.strLong ? null : this.str;
    if (this.strIsKey) {
      this.stack[this.stack.length - 1].key = value ?? "\0long";
      this.state = 4 /* Colon */;
    } else this.value(value);
  }
  afterNumber(c, code) {
    this.scalar();
    if (code >= 0) this.step(c, code);
  }
  /** A number, word or string value has ended: it sets its key in the object around it. */
  scalar() {
    this.value(null);
  }
  value(v) {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.array) {
      const k = top.key;
      if (k === "class_name" || k === "module" || k === "name") top[k] = v;
      else if (k === "config") top.configName = null;
    }
    this.state = top ? 5 /* After */ : 6 /* End */;
  }
  open(array) {
    if (this.stack.length >= MAX_JSON_DEPTH)
      this.fail(`Nested more than ${MAX_JSON_DEPTH} deep, beyond json.loads`);
    const parent = this.stack[this.stack.length - 1];
    this.stack.push({ array, parentKey: parent && !parent.array ? parent.key : void 0 });
    this.state = array ? 1 /* ArrayFirst */ : 2 /* ObjectFirst */;
  }
  close() {
    const f = this.stack.pop();
    if (!f.array) this.onObject(f);
    const parent = this.stack[this.stack.length - 1];
    if (parent && !parent.array) {
      const k = parent.key;
      if (k === "class_name" || k === "module" || k === "name") parent[k] = null;
      else if (k === "config") parent.configName = f.array ? null : f.name ?? null;
    }
    this.state = parent ? 5 /* After */ : 6 /* End */;
  }
};
var LOADER = "keras";
var CODE_CLASSES = /* @__PURE__ */ new Set(["Lambda", "__lambda__"]);
async function scanJson(c, ctx) {
  const lambdas = /* @__PURE__ */ new Set();
  const custom = /* @__PURE__ */ new Set();
  const reader = new JsonReader((o) => {
    if (typeof o.class_name === "string" && CODE_CLASSES.has(o.class_name))
      lambdas.add(`${o.class_name} ${JSON.stringify(o.name ?? o.configName ?? "unnamed")}`);
    if (typeof o.module === "string" && typeof o.class_name === "string" && !/^(keras|tensorflow|tf_keras)(\.|$)/.test(o.module) && o.module !== "builtins")
      custom.add(`${o.module}.${o.class_name}`);
  });
  let problem;
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
      verdict: "unsafe",
      rule: "keras-lambda",
      message: `Keras ${name} runs stored Python bytecode when loaded`,
      loader: LOADER
    });
  }
  for (const name of custom) {
    ctx.add({
      verdict: "suspicious",
      rule: "keras-custom-object",
      message: `Keras config refers to ${name}, code outside Keras`,
      loader: LOADER
    });
  }
  if (problem !== void 0)
    ctx.add({
      verdict: "error",
      rule: "json-invalid",
      message: `json.loads cannot read this JSON (${problem}), so what it configures cannot be proven safe`,
      loader: LOADER
    });
  return "json";
}
export {
  JsonError,
  JsonReader,
  detectEncoding,
  scanHdf5,
  scanJson,
  scanSavedModel
};
