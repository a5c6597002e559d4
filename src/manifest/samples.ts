/**
 * Golden samples in the forms users already have, one JSON value a line, normalized into typed
 * tensors and checked against `model.signature` before any container starts.
 *
 * A line may be:
 *
 * - modelgate's named form: `{"inputs": {name: nested}, "expected": {name: nested}}`;
 * - a KServe v2 (Open Inference Protocol) request: `{"inputs": [{"name", "shape", "datatype",
 *   "data"}], "outputs"?: [...]}`, `data` flat or nested, row-major;
 * - a TF Serving predict request: row format `{"instances": [row, …]}` (each row a value, or an
 *   object keyed by input name; rows stack along a new leading dimension) or columnar format
 *   `{"inputs": value | {name: value}}` (which for named inputs is the named form above);
 * - a bare array (or any JSON tensor value): the value of a model's only input.
 *
 * The expected outputs, when the line has them:
 *
 * - `expected`, in any form: an object keyed by output name, an array of v2 tensors with
 *   `data`, or a bare value for a model's only output;
 * - in a v2 request, `outputs` entries that carry `data` (the shape of a v2 response's
 *   `outputs`, so a recorded response can be pasted); entries without `data` only request
 *   an output by name;
 * - in a TF Serving request, `predictions` (the row-format response: one entry per instance,
 *   a value or an object keyed by output name) or `outputs` (the columnar response: a value or
 *   an object keyed by output name).
 *
 * A line gives its expected outputs in one of these places at most.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Finding } from '../findings.js';
import type { Dtype, Signature, TensorSpec } from './types.js';

export type V2Datatype =
  | 'BOOL'
  | 'UINT8'
  | 'UINT16'
  | 'UINT32'
  | 'UINT64'
  | 'INT8'
  | 'INT16'
  | 'INT32'
  | 'INT64'
  | 'FP16'
  | 'FP32'
  | 'FP64'
  | 'BYTES';

/** One tensor of a sample; `data` is flat, in row-major order. */
export interface SampleTensor {
  name: string;
  datatype: V2Datatype;
  shape: number[];
  data: (number | boolean | string)[];
}

/** One line of the samples file, normalized. `line` is the user's file's line (1-based). */
export interface GoldenSample {
  line: number;
  inputs: SampleTensor[];
  expected?: SampleTensor[];
}

/** A sample line this long is not a golden sample; refuse rather than buffer it. */
export const MAX_SAMPLE_LINE = 16 * 1024 * 1024;
/** After this many findings the rest of the file is not read: the first ones say enough. */
export const MAX_SAMPLE_FINDINGS = 20;

/** The name a tensor gets when the line does not name it and no signature can. */
export const UNNAMED = '';

const V2_DATATYPES: readonly V2Datatype[] = [
  'BOOL',
  'UINT8',
  'UINT16',
  'UINT32',
  'UINT64',
  'INT8',
  'INT16',
  'INT32',
  'INT64',
  'FP16',
  'FP32',
  'FP64',
  'BYTES',
];

const BY_DTYPE: Record<Dtype, V2Datatype> = {
  bool: 'BOOL',
  int8: 'INT8',
  int16: 'INT16',
  int32: 'INT32',
  int64: 'INT64',
  uint8: 'UINT8',
  uint16: 'UINT16',
  uint32: 'UINT32',
  uint64: 'UINT64',
  float16: 'FP16',
  // The protocol's datatype table has no bfloat16 (Triton's BF16 is its own extension); JSON
  // carries its values as plain numbers, checked here as FP32 values.
  bfloat16: 'FP32',
  float32: 'FP32',
  float64: 'FP64',
  string: 'BYTES',
};

/** A signature dtype (float32, int64, …) as a KServe v2 datatype (FP32, INT64, …). */
export function datatypeOf(dtype: string): V2Datatype {
  const d = BY_DTYPE[dtype as Dtype];
  if (d === undefined) throw new Error(`no KServe v2 datatype for dtype ${dtype}`);
  return d;
}

/** Integer ranges; 64-bit bounds are as close as a double gets. */
const INT_RANGE: Partial<Record<V2Datatype, [number, number]>> = {
  INT8: [-128, 127],
  INT16: [-32768, 32767],
  INT32: [-2147483648, 2147483647],
  INT64: [-(2 ** 63), 2 ** 63],
  UINT8: [0, 255],
  UINT16: [0, 65535],
  UINT32: [0, 4294967295],
  UINT64: [0, 2 ** 64],
};
const FLOAT_MAX: Partial<Record<V2Datatype, number>> = {
  FP16: 65504,
  FP32: 3.4028234663852886e38,
  FP64: Number.MAX_VALUE,
};

type Scalar = number | boolean | string;

/** A line-level refusal: the rule, the message, and where in the line when known. */
class LineError extends Error {
  readonly rule: string;
  readonly column: number;
  constructor(rule: string, message: string, column = 1) {
    super(message);
    this.rule = rule;
    this.column = column;
  }
}

/** A tensor as the line wrote it, before names and types are settled. */
interface RawTensor {
  /** Undefined when the line does not name it (a bare value). */
  name?: string;
  shape: number[];
  data: Scalar[];
  /** A v2 tensor's own datatype. */
  datatype?: string;
  /** The line wrote a whole number of it as a float (`1.0`, `1e3`): numpy reads it as float. */
  floatToken?: boolean;
  /** What the line calls it in messages: `input \`x\``, `the bare array`, … */
  what: string;
}

/**
 * Reads a samples file's text: every non-blank line is one sample, normalized and checked
 * against the signature when there is one (names, dims, datatypes, values), else for internal
 * consistency (shape against data, the same input names on every line). Findings name `file`
 * and the line. Stops after MAX_SAMPLE_FINDINGS findings, or at a line over MAX_SAMPLE_LINE.
 */
export function parseSamples(
  text: string,
  signature: Signature | undefined,
  file: string,
): { samples: GoldenSample[]; findings: Finding[] } {
  const samples: GoldenSample[] = [];
  const findings: Finding[] = [];
  const sig =
    signature && signature.inputs.length + signature.outputs.length > 0 ? signature : undefined;
  let firstNames: { line: number; names: string[] } | undefined;
  let start = 0;
  for (let n = 1; start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    const at = (column = 1) => ({ file, line: n, column });
    if (line.length > MAX_SAMPLE_LINE) {
      findings.push({
        severity: 'error',
        rule: 'samples-line-too-long',
        message: `sample line is longer than ${MAX_SAMPLE_LINE} characters`,
        location: at(),
      });
      break;
    }
    let value: unknown;
    try {
      value = markFloatTokens(JSON.parse(line), line);
    } catch (err) {
      findings.push({
        severity: 'error',
        rule: 'samples-json',
        message: `not valid JSON: ${(err as Error).message}`,
        location: at(),
      });
      if (findings.length >= MAX_SAMPLE_FINDINGS) break;
      continue;
    }
    try {
      const sample = readLine(value, sig, n, line);
      if (sig === undefined) {
        const names = sample.inputs.map((t) => t.name).sort();
        if (firstNames === undefined) firstNames = { line: n, names };
        else if (names.join('\0') !== firstNames.names.join('\0')) {
          throw new LineError(
            'samples-names',
            `this sample's inputs are ${list(names)}; line ${firstNames.line}'s are ${list(firstNames.names)} (without a signature every line must name the same inputs)`,
          );
        }
      }
      samples.push(sample);
    } catch (err) {
      if (!(err instanceof LineError)) throw err;
      findings.push({
        severity: 'error',
        rule: err.rule,
        message: err.message,
        location: at(err.column),
      });
      if (findings.length >= MAX_SAMPLE_FINDINGS) break;
    }
  }
  if (samples.length === 0 && findings.length === 0) {
    findings.push({
      severity: 'error',
      rule: 'samples-empty',
      message: 'the samples file holds no samples',
      location: { file, line: 1, column: 1 },
    });
  }
  return { samples, findings };
}

function list(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.map((x) => `\`${x}\``).join(', ');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof FloatToken);

/**
 * A whole number the line wrote as a float (`5.0`). JSON.parse reads `5.0` as 5, where Python,
 * and so numpy without a signature, reads a float: the token keeps what the user wrote.
 */
class FloatToken {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

/** Whether each number of valid JSON text, in document order, is written as a float. */
function floatTokens(text: string): boolean[] {
  const out: boolean[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: skip to its closing quote, past escapes.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      i++;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      let float = false;
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 46 || d === 101 || d === 69) float = true;
        else if (!((d >= 48 && d <= 57) || d === 43 || d === 45)) break;
      }
      out.push(float);
      i = j;
    } else i++;
  }
  return out;
}

/** An object key JavaScript orders before the others, out of document order. */
const INDEX_KEY = /^(?:0|[1-9][0-9]{0,9})$/;

/**
 * Wraps the whole numbers `text` writes as floats in FloatToken, when the parsed value's order
 * is the text's (no index-like keys, no repeated key dropping numbers); otherwise leaves all.
 */
function markFloatTokens(value: unknown, text: string): unknown {
  if (!/[0-9][.eE]/.test(text)) return value;
  const tokens = floatTokens(text);
  let count = 0;
  let ordered = true;
  const visit = (v: unknown) => {
    if (typeof v === 'number') count++;
    else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) {
        if (INDEX_KEY.test(k)) ordered = false;
        visit(x);
      }
  };
  visit(value);
  if (!ordered || count !== tokens.length) return value;
  let k = 0;
  const wrap = (v: unknown): unknown => {
    if (typeof v === 'number') return tokens[k++] && Number.isInteger(v) ? new FloatToken(v) : v;
    if (Array.isArray(v)) return v.map(wrap);
    if (typeof v === 'object' && v !== null)
      return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, wrap(x)]));
    return v;
  };
  return wrap(value);
}

/** 1-based column of `"key"` in the line, for pointing at a name; 1 when not found. */
function columnOf(line: string, key: string): number {
  const i = line.indexOf(JSON.stringify(key));
  return i === -1 ? 1 : i + 1;
}

/**
 * Kept word for word from before the other forms were read (tests and users search for it);
 * the README lists the forms.
 */
const SHAPE_MESSAGE =
  'each sample must be an object with an `inputs` field (and usually `expected`)';
const FORMS =
  'a line is an object with `inputs` (named tensors, KServe v2 tensors or a TF Serving columnar value) or `instances` (TF Serving rows), or a bare array for a single-input model';

function readLine(
  value: unknown,
  sig: Signature | undefined,
  n: number,
  line: string,
): GoldenSample {
  let inputs: RawTensor[];
  const found: { place: string; read: () => RawTensor[] }[] = [];
  const expect = (place: string, read: () => RawTensor[]) => found.push({ place, read });
  if (Array.isArray(value)) {
    if (value.some(isObject))
      throw new LineError('samples-shape', `${FORMS}; this array holds objects`);
    inputs = [nested(value, undefined, 'the bare array')];
  } else if (!isObject(value) || (!('inputs' in value) && !('instances' in value))) {
    throw new LineError(
      'samples-shape',
      isObject(value)
        ? `${FORMS}; this object has neither \`inputs\` nor \`instances\``
        : SHAPE_MESSAGE,
    );
  } else if ('inputs' in value && 'instances' in value) {
    throw new LineError(
      'samples-shape',
      'a sample has `inputs` or `instances`, not both',
      columnOf(line, 'instances'),
    );
  } else if (isV2Tensors(value.inputs)) {
    inputs = v2Tensors(value.inputs, 'inputs', line, false);
    if (value.outputs !== undefined) {
      if (!Array.isArray(value.outputs) || !value.outputs.every(isObject))
        throw new LineError(
          'samples-shape',
          "a KServe v2 request's `outputs` must be an array of objects with a `name`",
          columnOf(line, 'outputs'),
        );
      for (const [i, o] of value.outputs.entries())
        if (typeof o.name !== 'string')
          throw new LineError(
            'samples-shape',
            `outputs[${i}] has no string \`name\``,
            columnOf(line, 'outputs'),
          );
      const withData = value.outputs.filter((o) => o.data !== undefined);
      if (withData.length > 0) expect('outputs', () => v2Tensors(withData, 'outputs', line, true));
      checkNames(
        value.outputs.map((o) => o.name as string),
        sig?.outputs,
        'output',
        line,
      );
    }
  } else if ('instances' in value) {
    inputs = rows(value.instances, 'instances', line);
    const { instances, predictions } = value;
    if (predictions !== undefined)
      expect('predictions', () => {
        if (Array.isArray(predictions) && Array.isArray(instances))
          if (predictions.length !== instances.length)
            throw new LineError(
              'samples-dims',
              `\`predictions\` has ${predictions.length} ${predictions.length === 1 ? 'entry' : 'entries'} for ${instances.length} instances`,
              columnOf(line, 'predictions'),
            );
        return rows(predictions, 'predictions', line);
      });
    if (value.outputs !== undefined) expect('outputs', () => columns(value.outputs, 'outputs'));
  } else {
    inputs = columns(value.inputs, 'inputs');
    if (value.outputs !== undefined) expect('outputs', () => columns(value.outputs, 'outputs'));
    if (value.predictions !== undefined)
      expect('predictions', () => rows(value.predictions, 'predictions', line));
  }
  if (isObject(value) && value.expected !== undefined) {
    const e = value.expected;
    expect('expected', () =>
      isV2Tensors(e) ? v2Tensors(e, 'expected', line, true) : columns(e, 'expected'),
    );
  }
  if (found.length > 1)
    throw new LineError(
      'samples-shape',
      `the expected outputs are given twice (${found.map((f) => `\`${f.place}\``).join(' and ')}); give them once`,
      columnOf(line, found[1]!.place),
    );
  const sample: GoldenSample = { line: n, inputs: settle(inputs, sig?.inputs, 'input', line) };
  if (found[0] !== undefined)
    sample.expected = settle(found[0].read(), sig?.outputs, 'output', line);
  return sample;
}

/** A KServe v2 tensor list: a non-empty array of objects (with name and datatype, checked later). */
function isV2Tensors(v: unknown): v is Record<string, unknown>[] {
  return Array.isArray(v) && v.length > 0 && v.every(isObject);
}

function v2Tensors(
  list: Record<string, unknown>[],
  key: string,
  line: string,
  output: boolean,
): RawTensor[] {
  return list.map((t, i) => {
    const where = `${key}[${i}]`;
    const col = columnOf(line, key);
    if (typeof t.name !== 'string')
      throw new LineError(
        'samples-shape',
        `${where} has no string \`name\` (a KServe v2 tensor has name, shape, datatype and data)`,
        col,
      );
    const what = `${output ? 'output' : 'input'} \`${t.name}\``;
    const nameCol = columnOf(line, t.name);
    if (typeof t.datatype !== 'string')
      throw new LineError(
        'samples-shape',
        `${what} (${where}) has no string \`datatype\``,
        nameCol,
      );
    const dims = Array.isArray(t.shape)
      ? t.shape.map((d: unknown) => (d instanceof FloatToken ? d.value : d))
      : undefined;
    if (dims === undefined || !dims.every((d) => Number.isInteger(d) && (d as number) >= 0))
      throw new LineError(
        'samples-shape',
        `${what} (${where}) needs a \`shape\`: an array of non-negative integers`,
        nameCol,
      );
    if (!Array.isArray(t.data))
      throw new LineError(
        'samples-shape',
        `${what} (${where}) needs its \`data\` as an array`,
        nameCol,
      );
    const flat = nested(t.data, t.name, what);
    const shape = dims as number[];
    const count = shape.reduce((a, b) => a * b, 1);
    if (flat.data.length !== count)
      throw new LineError(
        'samples-dims',
        `${what} has ${flat.data.length} elements; its shape [${shape.join(', ')}] holds ${count}`,
        nameCol,
      );
    if (flat.shape.length > 1 && flat.shape.join() !== shape.join())
      throw new LineError(
        'samples-dims',
        `${what}'s nested data has shape [${flat.shape.join(', ')}]; its \`shape\` says [${shape.join(', ')}]`,
        nameCol,
      );
    return { name: t.name, shape: [...shape], data: flat.data, datatype: t.datatype, what };
  });
}

/** TF Serving's row format: instances stack along a new leading dimension. */
function rows(v: unknown, key: string, line: string): RawTensor[] {
  if (!Array.isArray(v))
    throw new LineError(
      'samples-shape',
      `\`${key}\` must be an array, one entry per instance`,
      columnOf(line, key),
    );
  if (v.length === 0)
    throw new LineError('samples-shape', `\`${key}\` holds no instances`, columnOf(line, key));
  const named = v.filter(isObject).length;
  if (named === 0) return [nested(v, undefined, `\`${key}\``)];
  if (named !== v.length)
    throw new LineError(
      'samples-shape',
      `\`${key}\` mixes objects (named tensors) and values; use one or the other`,
      columnOf(line, key),
    );
  const names = Object.keys(v[0] as object);
  return names.map((name) => {
    const what = `${key === 'instances' ? 'input' : 'output'} \`${name}\` (in \`${key}\`)`;
    const parts = (v as Record<string, unknown>[]).map((row, i) => {
      if (!(name in row))
        throw new LineError(
          'samples-shape',
          `${key}[${i}] has no \`${name}\` (${key}[0] has it)`,
          columnOf(line, name),
        );
      return row[name];
    });
    for (const [i, row] of (v as Record<string, unknown>[]).entries())
      for (const k of Object.keys(row))
        if (!names.includes(k))
          throw new LineError(
            'samples-shape',
            `${key}[${i}] has \`${k}\`; ${key}[0] does not`,
            columnOf(line, k),
          );
    const t = nested(parts, name, what);
    return t;
  });
}

/** A columnar value: one tensor, or an object of named tensors. */
function columns(v: unknown, key: string): RawTensor[] {
  if (isObject(v)) {
    if (isB64(v)) throw b64Error(`\`${key}\``);
    return Object.entries(v).map(([name, t]) =>
      nested(t, name, `${key === 'inputs' ? 'input' : 'output'} \`${name}\``),
    );
  }
  return [nested(v, undefined, `\`${key}\``)];
}

const isB64 = (v: Record<string, unknown>) => Object.keys(v).length === 1 && 'b64' in v;
const b64Error = (what: string) =>
  new LineError(
    'samples-value',
    `${what} holds a {"b64": …} binary value; golden samples take text and numbers only`,
  );

/** A nested JSON array (or a scalar) as shape and flat row-major data; refuses ragged arrays. */
function nested(v: unknown, name: string | undefined, what: string): RawTensor {
  const shape: number[] = [];
  let probe = v;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0];
  }
  const data: Scalar[] = [];
  let floatToken = false;
  const walk = (x: unknown, depth: number, path: string) => {
    if (depth < shape.length) {
      if (!Array.isArray(x) || x.length !== shape[depth])
        throw new LineError(
          'samples-dims',
          `${what} is ragged: ${path || 'the value'} ${Array.isArray(x) ? `has ${x.length} entries, not ${shape[depth]}` : 'is not an array like its neighbours'}`,
        );
      for (let i = 0; i < x.length; i++) walk(x[i], depth + 1, `${path}[${i}]`);
      return;
    }
    if (Array.isArray(x))
      throw new LineError(
        'samples-dims',
        `${what} is ragged: ${path} is an array where its neighbours are values`,
      );
    if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'string') {
      data.push(x);
      return;
    }
    if (x instanceof FloatToken) {
      data.push(x.value);
      floatToken = true;
      return;
    }
    if (isObject(x) && isB64(x)) throw b64Error(what);
    throw new LineError(
      'samples-value',
      `${what} holds ${x === null ? 'null' : 'an object'}${path ? ` at ${path}` : ''}; a tensor holds numbers, booleans or strings`,
    );
  };
  walk(v, 0, '');
  return { name, shape, data, what, floatToken };
}

/**
 * Names the unnamed, checks names, dims and datatypes against the signature side (when there
 * is one), and gives each tensor its datatype.
 */
function settle(
  raw: RawTensor[],
  specs: readonly TensorSpec[] | undefined,
  side: 'input' | 'output',
  line: string,
): SampleTensor[] {
  const sides = `${side}s`;
  const hasSpecs = specs !== undefined && specs.length > 0;
  const out: SampleTensor[] = [];
  for (const t of raw) {
    let name = t.name;
    if (name === undefined) {
      if (raw.length !== 1) throw new Error('unreachable: several unnamed tensors');
      if (!hasSpecs) name = UNNAMED;
      else if (specs.length === 1) name = specs[0]!.name;
      else
        throw new LineError(
          side === 'input' ? 'samples-missing-input' : 'samples-unknown-output',
          `${t.what} does not say which ${side} it is, and the signature has ${specs.length} ${sides} (${list(specs.map((s) => s.name))}); name them`,
        );
    }
    const col = t.name === undefined ? 1 : columnOf(line, t.name);
    const spec = specs?.find((s) => s.name === name);
    if (hasSpecs && spec === undefined)
      throw new LineError(
        side === 'input' ? 'samples-unknown-input' : 'samples-unknown-output',
        `${side} \`${name}\` is not in the signature (its ${sides}: ${list(specs.map((s) => s.name))})`,
        col,
      );
    const label =
      t.name === undefined && name !== UNNAMED ? `${t.what} (${side} \`${name}\`)` : t.what;
    let datatype: V2Datatype;
    if (t.datatype !== undefined) {
      if (!V2_DATATYPES.includes(t.datatype as V2Datatype) && t.datatype !== 'BF16')
        throw new LineError(
          'samples-datatype',
          `${label} has datatype ${t.datatype}, which is not a KServe v2 datatype (${V2_DATATYPES.join(', ')})`,
          col,
        );
      datatype = t.datatype === 'BF16' ? 'FP32' : (t.datatype as V2Datatype);
      if (spec !== undefined) {
        const want = datatypeOf(spec.dtype);
        const bf16 = spec.dtype === 'bfloat16' && (t.datatype === 'BF16' || t.datatype === 'FP32');
        if (!bf16 && (t.datatype === 'BF16' || datatype !== want))
          throw new LineError(
            'samples-datatype',
            `${label} has datatype ${t.datatype}; the signature says ${spec.dtype} (${spec.dtype === 'bfloat16' ? 'BF16' : want})`,
            col,
          );
      }
    } else if (spec !== undefined) {
      datatype = datatypeOf(spec.dtype);
    } else {
      datatype = inferred(t, label, col);
    }
    checkValues(t.data, datatype, label, spec?.dtype, col);
    if (spec !== undefined) checkDims(t.shape, spec.shape, label, col);
    out.push({ name, datatype, shape: t.shape, data: t.data });
  }
  const seen = new Set<string>();
  for (const t of out) {
    if (seen.has(t.name))
      throw new LineError(
        'samples-shape',
        `${side} \`${t.name}\` is given twice`,
        columnOf(line, t.name),
      );
    seen.add(t.name);
  }
  if (side === 'input' && hasSpecs) {
    const missing = specs.filter((s) => !seen.has(s.name)).map((s) => s.name);
    if (missing.length > 0)
      throw new LineError(
        'samples-missing-input',
        `the sample lacks input${missing.length > 1 ? 's' : ''} ${list(missing)} of the signature`,
      );
  }
  return out;
}

/** Requested output names (a v2 `outputs` entry without data) must be in the signature too. */
function checkNames(
  names: readonly string[],
  specs: readonly TensorSpec[] | undefined,
  side: string,
  line: string,
) {
  if (specs === undefined || specs.length === 0) return;
  for (const name of names)
    if (!specs.some((s) => s.name === name))
      throw new LineError(
        'samples-unknown-output',
        `${side} \`${name}\` is not in the signature (its ${side}s: ${list(specs.map((s) => s.name))})`,
        columnOf(line, name),
      );
}

/** The datatype of values no signature types: how numpy would read them. */
function inferred(t: RawTensor, label: string, col: number): V2Datatype {
  const data = t.data;
  const kinds = new Set(data.map((x) => typeof x));
  if (kinds.size > 1)
    throw new LineError(
      'samples-value',
      `${label} mixes ${[...kinds].sort().join(' and ')} values`,
      col,
    );
  const kind = [...kinds][0];
  if (kind === 'boolean') return 'BOOL';
  if (kind === 'string') return 'BYTES';
  if (kind === 'number' && !t.floatToken && data.every((x) => Number.isInteger(x))) return 'INT64';
  return 'FP64';
}

function checkValues(
  data: readonly Scalar[],
  datatype: V2Datatype,
  label: string,
  dtype: string | undefined,
  col: number,
) {
  const type = dtype ?? datatype;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    const bad = (why: string) =>
      new LineError('samples-value', `${label}: element ${i} (${JSON.stringify(x)}) ${why}`, col);
    if (datatype === 'BOOL') {
      if (typeof x !== 'boolean') throw bad(`is not a boolean (${type})`);
    } else if (datatype === 'BYTES') {
      if (typeof x !== 'string') throw bad(`is not a string (${type})`);
    } else if (typeof x !== 'number') {
      throw bad(`is not a number (${type})`);
    } else {
      const range = INT_RANGE[datatype];
      if (range !== undefined) {
        if (!Number.isInteger(x)) throw bad(`is not an integer (${type})`);
        if (x < range[0] || x > range[1]) throw bad(`does not fit ${type}`);
      } else if (Math.abs(x) > FLOAT_MAX[datatype]!) {
        throw bad(`does not fit ${type}`);
      }
    }
  }
}

function checkDims(shape: readonly number[], spec: readonly number[], label: string, col: number) {
  const say = `${label} has shape [${shape.join(', ')}]; the signature says [${spec.join(', ')}]`;
  if (shape.length !== spec.length)
    throw new LineError('samples-dims', `${say} (rank ${shape.length}, not ${spec.length})`, col);
  for (let i = 0; i < spec.length; i++)
    if (spec[i] !== -1 && spec[i] !== shape[i])
      throw new LineError(
        'samples-dims',
        `${say} (dimension ${i} is ${shape[i]}, not ${spec[i]})`,
        col,
      );
}

/** One sample in the named form harness.py reads, with its user's line: one JSON line. */
export function toNamedLine(sample: GoldenSample): string {
  const obj = (ts: readonly SampleTensor[]) =>
    `{${ts.map((t) => `${JSON.stringify(t.name)}:${nestedText(t)}`).join(',')}}`;
  let out = `{"line":${sample.line},"inputs":${obj(sample.inputs)}`;
  if (sample.expected !== undefined) out += `,"expected":${obj(sample.expected)}`;
  return out + '}';
}

/** A tensor's data nested by its shape; floats keep a decimal point so Python reads floats. */
function nestedText(t: SampleTensor): string {
  const float = t.datatype.startsWith('FP');
  const scalar = (x: Scalar) =>
    float && typeof x === 'number' && Number.isInteger(x) && Math.abs(x) < 1e21
      ? `${x}.0`
      : JSON.stringify(x);
  let k = 0;
  const build = (depth: number): string => {
    if (depth === t.shape.length) return scalar(t.data[k++]!);
    const parts: string[] = [];
    for (let i = 0; i < t.shape[depth]!; i++) parts.push(build(depth + 1));
    return `[${parts.join(',')}]`;
  };
  return build(0);
}

/** A samples file larger than this is refused before reading: golden samples are a handful. */
export const MAX_SAMPLES_FILE = 256 * 1024 * 1024;

/**
 * parseSamples on a file: `shown` is how findings name it. A file over MAX_SAMPLES_FILE is
 * refused whole (rule samples-too-large) rather than read into memory.
 */
export async function readSamplesFile(
  path: string,
  signature: Signature | undefined,
  shown: string,
): Promise<{ samples: GoldenSample[]; findings: Finding[] }> {
  const { size } = await stat(path);
  if (size > MAX_SAMPLES_FILE) {
    return {
      samples: [],
      findings: [
        {
          severity: 'error',
          rule: 'samples-too-large',
          message: `the samples file is ${size} bytes; the limit is ${MAX_SAMPLES_FILE}`,
          location: { file: shown, line: 1, column: 1 },
        },
      ],
    };
  }
  return parseSamples(await readFile(path, 'utf8'), signature, shown);
}
