#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  closest
} from "./chunk-4OFAA5JN.js";
import {
  ConfigError
} from "./chunk-HVXGMGJV.js";

// src/serving/pbtxt.ts
var PbtxtError = class extends Error {
  constructor(file, line, column, reason) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.name = "PbtxtError";
  }
  file;
  line;
  column;
  reason;
};
function fieldsNamed(m, name) {
  return m.fields.filter((f) => f.name === name);
}
function valuesOf(m, name) {
  return fieldsNamed(m, name).flatMap((f) => f.values);
}
var WHITESPACE = /* @__PURE__ */ new Set([" ", "\n", "	", "\v", "\f", "\r"]);
var PUNCT = /* @__PURE__ */ new Set([":", "{", "}", "<", ">", "[", "]", ",", ";", "-", "/", "."]);
var isLetter = (c) => c !== void 0 && /^[A-Za-z_]$/.test(c);
var isDec = (c) => c !== void 0 && c >= "0" && c <= "9";
var isHex = (c) => c !== void 0 && /^[0-9A-Fa-f]$/.test(c);
var isOct = (c) => c !== void 0 && c >= "0" && c <= "7";
var SIMPLE_ESCAPES = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "?": 63,
  "\\": 92,
  "'": 39,
  '"': 34
};
var Lexer = class {
  constructor(src, file) {
    this.src = src;
    this.file = file;
  }
  src;
  file;
  i = 0;
  line = 1;
  lineStart = 0;
  fail(at, reason) {
    throw new PbtxtError(this.file, at.line, at.column, reason);
  }
  here() {
    return { line: this.line, column: this.i - this.lineStart + 1 };
  }
  advance() {
    const c = this.src[this.i++];
    if (c === "\n") {
      this.line++;
      this.lineStart = this.i;
    }
    return c;
  }
  next() {
    for (; ; ) {
      const c2 = this.src[this.i];
      if (c2 === void 0) return { kind: "eof", text: "", ...this.here() };
      if (WHITESPACE.has(c2)) this.advance();
      else if (c2 === "#") {
        while (this.i < this.src.length && this.src[this.i] !== "\n") this.i++;
      } else break;
    }
    const at = this.here();
    const c = this.src[this.i];
    if (c === "\0") this.fail(at, "a NUL character is not allowed");
    if (isLetter(c)) {
      const start = this.i;
      while (isLetter(this.src[this.i]) || isDec(this.src[this.i])) this.i++;
      return { kind: "ident", text: this.src.slice(start, this.i), ...at };
    }
    if (isDec(c) || c === "." && isDec(this.src[this.i + 1])) return this.number(at);
    if (c === '"' || c === "'") return this.string(at);
    if (PUNCT.has(c)) {
      this.i++;
      return { kind: "punct", text: c, ...at };
    }
    this.fail(at, `unexpected character ${JSON.stringify(c)}`);
  }
  number(at) {
    const s = this.src;
    const start = this.i;
    let integer = true;
    if (s[this.i] === "0" && (s[this.i + 1] === "x" || s[this.i + 1] === "X")) {
      this.i += 2;
      if (!isHex(s[this.i])) this.fail(at, "a hexadecimal number needs digits after 0x");
      while (isHex(s[this.i])) this.i++;
    } else if (s[this.i] === "0" && isDec(s[this.i + 1])) {
      this.i++;
      while (isOct(s[this.i])) this.i++;
      if (isDec(s[this.i])) this.fail(at, "an octal number (leading 0) has only digits 0 to 7");
    } else {
      while (isDec(s[this.i])) this.i++;
      if (s[this.i] === ".") {
        integer = false;
        this.i++;
        while (isDec(s[this.i])) this.i++;
      }
      if (s[this.i] === "e" || s[this.i] === "E") {
        integer = false;
        this.i++;
        if (s[this.i] === "+" || s[this.i] === "-") this.i++;
        if (!isDec(s[this.i])) this.fail(at, "an exponent needs digits");
        while (isDec(s[this.i])) this.i++;
      }
      if (s[this.i] === "f" || s[this.i] === "F") {
        integer = false;
        this.i++;
      }
    }
    const text = s.slice(start, this.i);
    if (isLetter(s[this.i]) || isDec(s[this.i])) {
      this.fail(at, `a number must not run into a name: ${JSON.stringify(text + s[this.i])}`);
    }
    return { kind: "number", text, integer, ...at };
  }
  string(at) {
    const quote2 = this.src[this.i++];
    const bytes = [];
    const push = (codePoint) => bytes.push(...Buffer.from(String.fromCodePoint(codePoint)));
    for (; ; ) {
      const c = this.src[this.i];
      if (c === void 0 || c === "\n") this.fail(at, "the string is not closed on its line");
      this.i++;
      if (c === quote2) break;
      if (c !== "\\") {
        const cp = this.src.codePointAt(this.i - 1);
        if (cp > 65535) this.i++;
        push(cp);
        continue;
      }
      const escAt = { line: this.line, column: this.i - this.lineStart };
      const e = this.src[this.i++];
      if (e !== void 0 && e in SIMPLE_ESCAPES) bytes.push(SIMPLE_ESCAPES[e]);
      else if (isOct(e)) {
        let v = Number(e);
        for (let k = 0; k < 2 && isOct(this.src[this.i]); k++)
          v = v * 8 + Number(this.src[this.i++]);
        if (v > 255) this.fail(escAt, `the octal escape \\${v.toString(8)} is above \\377`);
        bytes.push(v);
      } else if (e === "x") {
        if (!isHex(this.src[this.i])) this.fail(escAt, "\\x needs a hexadecimal digit");
        let h = this.src[this.i++];
        if (isHex(this.src[this.i])) h += this.src[this.i++];
        bytes.push(parseInt(h, 16));
      } else if (e === "u" || e === "U") {
        const n = e === "u" ? 4 : 8;
        const h = this.src.slice(this.i, this.i + n);
        if (h.length !== n || ![...h].every(isHex)) {
          this.fail(escAt, `\\${e} needs ${n} hexadecimal digits`);
        }
        this.i += n;
        const cp = parseInt(h, 16);
        if (cp > 1114111 || cp >= 55296 && cp <= 57343) {
          this.fail(escAt, `\\${e}${h} is not a Unicode scalar value`);
        }
        push(cp);
      } else this.fail(escAt, `unknown escape \\${e ?? ""}`);
    }
    return { kind: "string", text: Buffer.from(bytes).toString("utf8"), ...at };
  }
};
var Parser = class {
  constructor(lex) {
    this.lex = lex;
    this.tok = lex.next();
  }
  lex;
  tok;
  /** Messages open around the current one; the file's own message is 0. */
  depth = -1;
  take() {
    const t = this.tok;
    this.tok = this.lex.next();
    return t;
  }
  is(text) {
    return this.tok.kind === "punct" && this.tok.text === text;
  }
  expect(text, what) {
    if (!this.is(text)) this.lex.fail(this.tok, `expected ${what}, found ${this.describe()}`);
    return this.take();
  }
  describe(t = this.tok) {
    if (t.kind === "eof") return "the end of the file";
    if (t.kind === "string") return "a string";
    return `\`${t.text}\``;
  }
  /** Fields until `close` (a punctuation mark) or, for the file's top message, the end. */
  message(at, close) {
    if (++this.depth > 100) this.lex.fail(at, "messages are nested more than 100 deep");
    const fields = [];
    for (; ; ) {
      if (close === void 0 ? this.tok.kind === "eof" : this.is(close)) break;
      if (this.tok.kind === "eof")
        this.lex.fail(at, `this message is not closed with \`${close}\``);
      fields.push(this.field());
    }
    this.depth--;
    return { fields, ...at };
  }
  fieldName() {
    if (this.tok.kind === "ident") return this.take();
    if (this.is("[")) {
      const open = this.take();
      let name = "";
      for (; ; ) {
        const part = this.take();
        if (part.kind !== "ident")
          this.lex.fail(part, `expected a type name, found ${this.describe(part)}`);
        name += part.text;
        if (this.is(".") || this.is("/")) name += this.take().text;
        else break;
      }
      this.expect("]", "`]` after the extension name");
      return { kind: "ident", text: `[${name}]`, line: open.line, column: open.column };
    }
    this.lex.fail(this.tok, `expected a field name, found ${this.describe()}`);
  }
  field() {
    const name = this.fieldName();
    const colon = this.is(":");
    if (colon) this.take();
    let values;
    let list2 = false;
    if (this.is("{") || this.is("<")) {
      values = [this.messageValue()];
    } else if (this.is("[")) {
      list2 = true;
      values = this.list(name.text, colon);
    } else {
      if (!colon) {
        this.lex.fail(this.tok, `expected \`:\` after \`${name.text}\`, found ${this.describe()}`);
      }
      values = [this.scalar()];
    }
    if (this.is(";") || this.is(",")) this.take();
    return { name: name.text, values, list: list2, line: name.line, column: name.column };
  }
  messageValue() {
    const open = this.take();
    const close = open.text === "{" ? "}" : ">";
    const message = this.message({ line: open.line, column: open.column }, close);
    this.take();
    return { kind: "message", message, line: open.line, column: open.column };
  }
  list(name, colon) {
    const open = this.take();
    const values = [];
    while (!this.is("]")) {
      if (values.length > 0) this.expect(",", "`,` or `]` in the list");
      const v = this.is("{") || this.is("<") ? this.messageValue() : this.scalar();
      if (v.kind !== "message" && !colon) {
        this.lex.fail(open, `a list of values needs \`:\` after \`${name}\``);
      }
      if (values.length > 0 && v.kind === "message" !== (values[0].kind === "message")) {
        this.lex.fail(v, "a list holds either messages or values, not both");
      }
      values.push(v);
    }
    this.take();
    return values;
  }
  scalar() {
    const t = this.tok;
    if (t.kind === "string") {
      let value = "";
      while (this.tok.kind === "string") value += this.take().text;
      return { kind: "string", value, line: t.line, column: t.column };
    }
    let sign = "";
    if (this.is("-")) {
      this.take();
      sign = "-";
    }
    const v = this.take();
    if (v.kind === "number") {
      const text = sign + v.text;
      return {
        kind: "number",
        value: numberValue(v.text, v.integer) * (sign ? -1 : 1),
        text,
        integer: v.integer,
        line: t.line,
        column: t.column
      };
    }
    if (v.kind === "ident") {
      return { kind: "identifier", value: sign + v.text, line: t.line, column: t.column };
    }
    this.lex.fail(v, `expected a value, found ${this.describe(v)}`);
  }
};
function numberValue(text, integer) {
  if (!integer) return parseFloat(text.replace(/[fF]$/, ""));
  if (/^0[xX]/.test(text)) return parseInt(text.slice(2), 16);
  if (text.length > 1 && text.startsWith("0")) return parseInt(text.slice(1), 8);
  return Number(text);
}
function parsePbtxt(text, file) {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return new Parser(new Lexer(source, file)).message({ line: 1, column: 1 });
}

// src/serving/triton-config.ts
var TRITON_DATA_TYPE = {
  bool: "TYPE_BOOL",
  uint8: "TYPE_UINT8",
  uint16: "TYPE_UINT16",
  uint32: "TYPE_UINT32",
  uint64: "TYPE_UINT64",
  int8: "TYPE_INT8",
  int16: "TYPE_INT16",
  int32: "TYPE_INT32",
  int64: "TYPE_INT64",
  float16: "TYPE_FP16",
  float32: "TYPE_FP32",
  float64: "TYPE_FP64",
  string: "TYPE_STRING",
  bfloat16: "TYPE_BF16"
};
var DATA_TYPE_BY_NUMBER = [
  "TYPE_INVALID",
  "TYPE_BOOL",
  "TYPE_UINT8",
  "TYPE_UINT16",
  "TYPE_UINT32",
  "TYPE_UINT64",
  "TYPE_INT8",
  "TYPE_INT16",
  "TYPE_INT32",
  "TYPE_INT64",
  "TYPE_FP16",
  "TYPE_FP32",
  "TYPE_FP64",
  "TYPE_STRING",
  "TYPE_BF16"
];
var TRITON_PLATFORM = {
  onnx: { platform: "onnxruntime_onnx", backend: "onnxruntime" },
  pytorch: { platform: "pytorch_libtorch", backend: "pytorch" },
  tensorflow: { platform: "tensorflow_savedmodel", backend: "tensorflow" },
  tensorrt: { platform: "tensorrt_plan", backend: "tensorrt" }
};
var TRITON_UNSUPPORTED = {
  onnx: ["bfloat16"],
  pytorch: ["uint16", "uint32", "uint64", "float16", "string", "bfloat16"],
  tensorrt: ["uint16", "uint32", "uint64", "int16", "float64", "string"]
};
var GENERATED_MAX_BATCH_SIZE = 1024;
var MODEL_CONFIG_FIELDS = [
  "name",
  "platform",
  "backend",
  "runtime",
  "version_policy",
  "max_batch_size",
  "input",
  "output",
  "batch_input",
  "batch_output",
  "optimization",
  "dynamic_batching",
  "sequence_batching",
  "ensemble_scheduling",
  "instance_group",
  "default_model_filename",
  "cc_model_filenames",
  "metric_tags",
  "parameters",
  "model_warmup",
  "model_operations",
  "model_transaction_policy",
  "model_repository_agents",
  "response_cache",
  "model_metrics"
];
var REPEATED_CONFIG_FIELDS = /* @__PURE__ */ new Set([
  "input",
  "output",
  "batch_input",
  "batch_output",
  "instance_group",
  "cc_model_filenames",
  "metric_tags",
  "parameters",
  "model_warmup"
]);
var TENSOR_FIELDS = {
  input: [
    "name",
    "data_type",
    "format",
    "dims",
    "reshape",
    "is_shape_tensor",
    "allow_ragged_batch",
    "optional",
    "is_non_linear_format_io"
  ],
  output: [
    "name",
    "data_type",
    "dims",
    "reshape",
    "label_filename",
    "is_shape_tensor",
    "is_non_linear_format_io"
  ]
};
function signatureBatches(signature) {
  return [...signature.inputs, ...signature.outputs].every(
    (t) => t.shape[0] === -1 && t.shape.length >= 2
  );
}
function quote(s) {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (cp < 32 || cp === 127) out += "\\" + cp.toString(8).padStart(3, "0");
    else out += ch;
  }
  return out + '"';
}
var list = (xs) => xs.length === 0 ? "[ ]" : `[ ${xs.join(", ")} ]`;
function generateTritonConfig(modelName, signature, framework) {
  const platform = TRITON_PLATFORM[framework];
  if (platform === void 0) {
    throw new Error(`Triton's model repository has no platform for framework ${framework}`);
  }
  const batches = signatureBatches(signature);
  const tensors = (side, ts) => {
    const blocks = ts.map((t) => {
      const shape = batches ? t.shape.slice(1) : t.shape;
      const lines = [
        "  {",
        `    name: ${quote(t.name)}`,
        `    data_type: ${TRITON_DATA_TYPE[t.dtype]}`,
        `    dims: ${list(shape.length === 0 ? [1] : shape)}`
      ];
      if (shape.length === 0) lines.push("    reshape: { shape: [ ] }");
      return [...lines, "  }"].join("\n");
    });
    return `${side} [
${blocks.join(",\n")}
]`;
  };
  return [
    "# Written by modelgate from model.signature (the manifest gave no serve.config).",
    `name: ${quote(modelName)}`,
    `platform: ${quote(platform.platform)}`,
    `max_batch_size: ${batches ? GENERATED_MAX_BATCH_SIZE : 0}`,
    tensors("input", signature.inputs),
    tensors("output", signature.outputs),
    ""
  ].join("\n");
}
function checkTritonConfig(text, file, signature, modelName, framework) {
  const findings = [];
  const error = (rule, message, at) => findings.push({
    severity: "error",
    rule,
    message,
    location: { file, line: at.line, column: at.column }
  });
  let config;
  try {
    config = parsePbtxt(text, file);
  } catch (err) {
    if (!(err instanceof PbtxtError)) throw err;
    error("triton-config-syntax", `config.pbtxt does not parse: ${err.reason}`, err);
    return findings;
  }
  checkFields(config, MODEL_CONFIG_FIELDS, REPEATED_CONFIG_FIELDS, "ModelConfig", error);
  const name = singleString(config, "name", error);
  if (name !== void 0 && name.value !== modelName) {
    error(
      "triton-config-name",
      `config name "${name.value}" is not the model's name "${modelName}": Triton requires the name of the model's folder, which modelgate names after model.name`,
      name.at
    );
  }
  const expected = framework === void 0 ? void 0 : TRITON_PLATFORM[framework];
  if (expected !== void 0) {
    const platform = singleString(config, "platform", error);
    if (platform !== void 0 && platform.value !== expected.platform) {
      error(
        "triton-config-platform",
        `platform "${platform.value}" does not load a ${framework} model; it is "${expected.platform}"`,
        platform.at
      );
    }
    const backend = singleString(config, "backend", error);
    if (backend !== void 0 && backend.value !== expected.backend) {
      error(
        "triton-config-backend",
        `backend "${backend.value}" does not load a ${framework} model; it is "${expected.backend}"`,
        backend.at
      );
    }
  }
  const mbs = readMaxBatchSize(config, error);
  const maxBatch = mbs?.value ?? 0;
  const maxBatchAt = mbs?.at;
  for (const side of ["input", "output"]) {
    const occurrences = fieldsNamed(config, side);
    const tensors = readTensors(config, side, error);
    if (signature === void 0) continue;
    const promised = side === "input" ? signature.inputs : signature.outputs;
    const byName = /* @__PURE__ */ new Map();
    for (const t of tensors) {
      if (t.name === void 0) continue;
      if (byName.has(t.name)) {
        error(
          "triton-config-duplicate-tensor",
          `${side} "${t.name}" is configured twice`,
          t.nameAt
        );
        continue;
      }
      byName.set(t.name, t);
      const spec = promised.find((s) => s.name === t.name);
      if (spec === void 0) {
        error(
          "triton-config-extra-tensor",
          `${side} "${t.name}" is not in the signature's ${side}s (${promised.map((s) => s.name).join(", ")})`,
          t.nameAt
        );
        continue;
      }
      compareTensor(side, t, spec, maxBatch, maxBatchAt, error);
    }
    for (const s of promised) {
      if (byName.has(s.name)) continue;
      error(
        "triton-config-missing-tensor",
        `the signature's ${side} "${s.name}" (${s.dtype} ${list(s.shape)}) is not in config.pbtxt`,
        occurrences[0] ?? { line: 1, column: 1 }
      );
    }
  }
  return findings;
}
function readMaxBatchSize(config, error) {
  const mbs = fieldsNamed(config, "max_batch_size")[0];
  if (mbs === void 0) return void 0;
  const v = mbs.values[0];
  if (mbs.list || v?.kind !== "number" || !v.integer || v.value < 0) {
    error("triton-config-value", "max_batch_size must be an integer of 0 or more", v ?? mbs);
    return void 0;
  }
  return { value: v.value, at: { line: mbs.line, column: mbs.column } };
}
function maxBatchSizeOf(text, file) {
  let config;
  try {
    config = parsePbtxt(text, file);
  } catch (err) {
    if (err instanceof PbtxtError) return void 0;
    throw err;
  }
  let valid = true;
  const mbs = readMaxBatchSize(config, () => valid = false);
  return valid ? mbs ?? { value: 0 } : void 0;
}
function checkFields(m, known, repeated, what, error) {
  const seen = /* @__PURE__ */ new Set();
  for (const f of m.fields) {
    if (!known.includes(f.name)) {
      const guess = closest(f.name, [...known]);
      error(
        "triton-config-unknown-field",
        `${what} has no field \`${f.name}\`${guess ? `; did you mean \`${guess}\`?` : ""} (Triton refuses to load the model)`,
        f
      );
      continue;
    }
    if (repeated.has(f.name)) continue;
    if (f.list) {
      error("triton-config-value", `\`${f.name}\` takes one value, not a list`, f);
    } else if (seen.has(f.name)) {
      error("triton-config-duplicate-field", `\`${f.name}\` is given more than once`, f);
    }
    seen.add(f.name);
  }
}
function singleString(m, name, error) {
  const f = fieldsNamed(m, name)[0];
  if (f === void 0 || f.list) return void 0;
  const v = f.values[0];
  if (v.kind !== "string") {
    error("triton-config-value", `\`${name}\` must be a quoted string`, v);
    return void 0;
  }
  return { value: v.value, at: v };
}
function integers(f, what, error) {
  const out = [];
  for (const v of f.values) {
    if (v.kind !== "number" || !v.integer || v.value < -1) {
      error("triton-config-value", `${what} must be integers, -1 for a dimension of any size`, v);
      return void 0;
    }
    out.push(v.value);
  }
  return out;
}
function readTensors(config, side, error) {
  const tensors = [];
  for (const v of valuesOf(config, side)) {
    if (v.kind !== "message") {
      error("triton-config-value", `each ${side} must be a message { name: \u2026 }`, v);
      continue;
    }
    const m = v.message;
    checkFields(
      m,
      TENSOR_FIELDS[side],
      /* @__PURE__ */ new Set(["dims"]),
      `Model${side === "input" ? "Input" : "Output"}`,
      error
    );
    const t = { at: v };
    const name = singleString(m, "name", error);
    if (name === void 0) {
      if (fieldsNamed(m, "name").length === 0)
        error("triton-config-tensor-name", `this ${side} has no name`, v);
    } else {
      t.name = name.value;
      t.nameAt = name.at;
    }
    const dt = fieldsNamed(m, "data_type")[0];
    const dtv = dt?.values[0];
    if (dtv !== void 0 && !dt.list) {
      const type = dtv.kind === "identifier" ? dtv.value : dtv.kind === "number" && dtv.integer ? DATA_TYPE_BY_NUMBER[dtv.value] : void 0;
      if (type === void 0 || !DATA_TYPE_BY_NUMBER.includes(type)) {
        const guess = dtv.kind === "identifier" ? closest(dtv.value, DATA_TYPE_BY_NUMBER.slice(1)) : void 0;
        error(
          "triton-config-data-type",
          `data_type must be a DataType such as TYPE_FP32${guess ? `; did you mean \`${guess}\`?` : ""}`,
          dtv
        );
      } else t.dataType = type;
      t.dataTypeAt = dtv;
    }
    const dims = fieldsNamed(m, "dims");
    if (dims.length > 0) {
      const all = dims.map((f) => integers(f, "dims", error));
      if (all.every((d) => d !== void 0)) t.dims = all.flat();
      t.dimsAt = dims[0];
    }
    const reshape = fieldsNamed(m, "reshape")[0];
    const rv = reshape?.values[0];
    if (rv !== void 0) {
      if (rv.kind !== "message")
        error("triton-config-value", "reshape must be a message { shape: [ \u2026 ] }", rv);
      else {
        checkFields(rv.message, ["shape"], /* @__PURE__ */ new Set(["shape"]), "ModelTensorReshape", error);
        const shape = fieldsNamed(rv.message, "shape").map(
          (f) => integers(f, "reshape shape", error)
        );
        if (shape.every((d) => d !== void 0)) t.reshape = shape.flat();
        t.reshapeAt = reshape;
      }
    }
    tensors.push(t);
  }
  return tensors;
}
function compareTensor(side, t, spec, maxBatch, maxBatchAt, error) {
  const want = TRITON_DATA_TYPE[spec.dtype];
  if (t.dataType === void 0) {
    if (t.dataTypeAt === void 0) {
      error(
        "triton-config-data-type",
        `${side} "${t.name}" has no data_type; the signature's ${spec.dtype} is ${want}`,
        t.nameAt ?? t.at
      );
    }
  } else if (t.dataType !== want) {
    error(
      "triton-config-data-type",
      `${side} "${t.name}" has data_type ${t.dataType}; the signature's ${spec.dtype} is ${want}`,
      t.dataTypeAt
    );
  }
  if (t.dims === void 0) {
    if (t.dimsAt === void 0) {
      error(
        "triton-config-dims",
        `${side} "${t.name}" has no dims (Triton requires at least one)`,
        t.nameAt ?? t.at
      );
    }
    return;
  }
  if (t.dims.length === 0) {
    error(
      "triton-config-dims",
      `${side} "${t.name}" has empty dims; Triton requires at least one (write dims: [ 1 ] with reshape: { shape: [ ] })`,
      t.dimsAt
    );
    return;
  }
  const batch = maxBatch > 0 ? [-1] : [];
  const model = t.reshape ?? t.dims;
  const shape = [...batch, ...model];
  if (shape.length === spec.shape.length && shape.every((d, i) => d === spec.shape[i])) return;
  const at = t.reshape !== void 0 ? t.reshapeAt : t.dimsAt;
  const written = t.reshape !== void 0 ? `reshape ${list(t.reshape)}` : `dims ${list(t.dims)}`;
  let why;
  if (maxBatch > 0 && spec.shape[0] !== -1) {
    why = `max_batch_size ${maxBatch}${maxBatchAt ? ` (line ${maxBatchAt.line})` : ""} adds a batch dimension the signature's shape ${list(spec.shape)} does not have`;
  } else if (maxBatch === 0 && spec.shape[0] === -1 && model.length === spec.shape.length - 1) {
    why = `with max_batch_size 0 dims are the whole shape; the signature's ${list(spec.shape)} starts with a batch dimension (set max_batch_size above 0, or write the -1 in dims)`;
  } else {
    why = `the signature's shape is ${list(spec.shape)}${maxBatch > 0 ? ` (dims exclude the batch dimension: ${list(spec.shape.slice(1))})` : ""}`;
  }
  error(
    "triton-config-shape",
    `${side} "${t.name}": ${written} with max_batch_size ${maxBatch} is the shape ${list(shape)}; ${why}`,
    at
  );
}

// src/serving/layout.ts
import { chmod, copyFile, link, mkdir, readdir, realpath, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, sep } from "node:path";
var LayoutError = class extends ConfigError {
};
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function servedVersion(semver) {
  const m = SEMVER.exec(semver);
  if (m === null) {
    throw new LayoutError(
      `version ${JSON.stringify(semver)} is not a semantic version (such as 1.2.0)`
    );
  }
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  for (const [part, value] of [
    ["minor", minor],
    ["patch", patch]
  ]) {
    if (value >= 1e3) {
      throw new LayoutError(
        `version ${semver} has ${part} ${value}; a served version number is major\xD71000000 + minor\xD71000 + patch, so minor and patch must be below 1000`
      );
    }
  }
  const n = major * 1e6 + minor * 1e3 + patch;
  if (!Number.isSafeInteger(n)) {
    throw new LayoutError(`version ${semver} has a major version too large to number (${major})`);
  }
  if (n === 0) {
    throw new LayoutError(
      "version 0.0.0 would be served as version 0, which Triton ignores; use 0.0.1 or later"
    );
  }
  return n;
}
var TRITON_MODEL_FILE = {
  onnx: "model.onnx",
  pytorch: "model.pt",
  tensorflow: "model.savedmodel",
  tensorrt: "model.plan"
};
var MODEL_FILES = {
  onnx: { exts: [".onnx"], what: "ONNX model" },
  pytorch: { exts: [".pt", ".pth"], what: "TorchScript model" },
  tensorrt: { exts: [".plan", ".engine"], what: "TensorRT engine" }
};
var shown = (a) => a.path ?? a.absolute;
function single(artifacts, exts, what) {
  const found = artifacts.filter((a) => exts.includes(extname(a.absolute).toLowerCase()));
  if (found.length === 1) return found[0];
  const listed = artifacts.map(shown).join(", ");
  if (found.length === 0) {
    throw new LayoutError(`no ${what} (${exts.join(" or ")}) among the artifacts (${listed})`);
  }
  throw new LayoutError(
    `${found.length} ${what}s among the artifacts (${found.map(shown).join(", ")}); the server loads one`
  );
}
function savedModel(artifacts, into) {
  const pbs = artifacts.filter((a) => basename(a.absolute) === "saved_model.pb");
  if (pbs.length === 0) {
    throw new LayoutError(
      `a SavedModel needs saved_model.pb among the artifacts (${artifacts.map(shown).join(", ")})`
    );
  }
  if (pbs.length > 1) {
    throw new LayoutError(
      `${pbs.length} saved_model.pb among the artifacts (${pbs.map(shown).join(", ")}); the server loads one SavedModel`
    );
  }
  const home = dirname(pbs[0].absolute);
  const placed = /* @__PURE__ */ new Map();
  return artifacts.map((a) => {
    const rel = relative(home, a.absolute);
    const inside = !(rel.startsWith(".." + sep) || rel === ".." || isAbsolute(rel));
    const to = inside ? rel : basename(a.absolute);
    const clash = placed.get(to);
    if (clash !== void 0) {
      throw new LayoutError(
        `artifacts ${shown(clash)} and ${shown(a)} would both be ${to} in the SavedModel folder`
      );
    }
    placed.set(to, a);
    return { from: a.absolute, to: into === "" ? to : join(into, to) };
  });
}
function placeArtifacts(layout, framework, artifacts, modelFile) {
  if (layout === "tfserving") {
    if (framework !== "tensorflow") {
      throw new LayoutError(`TF Serving loads TensorFlow SavedModels, not framework ${framework}`);
    }
    return savedModel(artifacts, "");
  }
  const file = modelFile ?? TRITON_MODEL_FILE[framework];
  const kind = MODEL_FILES[framework];
  if (file === void 0 || kind === void 0 && framework !== "tensorflow") {
    throw new LayoutError(`modelgate lays out no Triton model for framework ${framework}`);
  }
  if (kind === void 0) return savedModel(artifacts, file);
  const main = single(artifacts, kind.exts, kind.what);
  const placed = [{ from: main.absolute, to: file }];
  const names = /* @__PURE__ */ new Map([[file, main]]);
  for (const a of artifacts) {
    if (a === main) continue;
    const name = basename(a.absolute);
    const clash = names.get(name);
    if (clash !== void 0) {
      throw new LayoutError(
        `artifacts ${shown(clash)} and ${shown(a)} would both be ${name} in the version folder`
      );
    }
    names.set(name, a);
    placed.push({ from: a.absolute, to: name });
  }
  return placed;
}
function configModelFile(configText) {
  let config;
  try {
    config = parsePbtxt(configText, "config.pbtxt");
  } catch (err) {
    if (err instanceof PbtxtError)
      throw new LayoutError(`serve.config does not parse: ${err.message}`);
    throw err;
  }
  const v = fieldsNamed(config, "default_model_filename")[0]?.values[0];
  if (v?.kind !== "string") return void 0;
  if (v.value === "" || v.value === "." || v.value === ".." || /[/\\]/.test(v.value)) {
    throw new LayoutError(
      `default_model_filename ${JSON.stringify(v.value)} must be a file name in the version folder`
    );
  }
  return v.value;
}
async function layOutRepository(input, dir) {
  const version = servedVersion(input.version);
  if (input.configText !== void 0 && input.layout !== "triton") {
    throw new LayoutError(`serve.config is a Triton config.pbtxt; layout ${input.layout} has none`);
  }
  const modelFile = input.configText === void 0 ? void 0 : configModelFile(input.configText);
  const placements = placeArtifacts(input.layout, input.framework, input.artifacts, modelFile);
  let config;
  if (input.layout === "triton") {
    if (input.configText !== void 0) config = input.configText;
    else if (input.signature === void 0) {
      throw new LayoutError(
        "layout triton needs model.signature to write config.pbtxt (or a serve.config of your own)"
      );
    } else config = generateTritonConfig(input.modelName, input.signature, input.framework);
  }
  await mkdir(dir, { recursive: true, mode: 493 });
  if ((await readdir(dir)).length > 0) {
    throw new LayoutError(`the repository folder ${dir} is not empty`);
  }
  await chmod(dir, 493);
  const modelDir = join(dir, input.modelName);
  const versionDir = join(modelDir, String(version));
  await makeDir(versionDir, dir);
  const files = [];
  if (config !== void 0) {
    const path = join(modelDir, "config.pbtxt");
    await writeFile(path, config, { mode: 420 });
    await chmod(path, 420);
    files.push(relative(dir, path));
  }
  for (const p of placements) {
    const to = join(versionDir, p.to);
    await makeDir(dirname(to), dir);
    await place(p.from, to);
    files.push(relative(dir, to));
  }
  if (input.framework === "tensorflow") {
    const saved = input.layout === "tfserving" ? versionDir : join(versionDir, modelFile ?? "model.savedmodel");
    await makeDir(join(saved, "variables"), dir);
  }
  return {
    root: dir,
    modelDir,
    modelName: input.modelName,
    servedVersion: version,
    files: files.sort()
  };
}
async function makeDir(path, root) {
  await mkdir(path, { recursive: true });
  for (let d = path; d !== root && d.startsWith(root + sep); d = dirname(d)) await chmod(d, 493);
}
async function place(artifact, to) {
  const from = await realpath(artifact);
  const st = await stat(from);
  if (!st.isFile()) throw new LayoutError(`artifact ${from} is not a regular file`);
  if ((st.mode & 292) === 292) {
    try {
      await link(from, to);
      return;
    } catch (err) {
      const code = err.code;
      if (code !== "EXDEV" && code !== "EPERM" && code !== "EACCES" && code !== "EMLINK") throw err;
    }
  }
  await copyFile(from, to);
  await chmod(to, 420);
}

export {
  TRITON_DATA_TYPE,
  TRITON_UNSUPPORTED,
  GENERATED_MAX_BATCH_SIZE,
  signatureBatches,
  checkTritonConfig,
  maxBatchSizeOf,
  LayoutError,
  servedVersion,
  placeArtifacts,
  layOutRepository
};
