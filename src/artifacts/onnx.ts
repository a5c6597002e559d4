import protobuf from 'protobufjs/light.js';
import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Dtype, TensorSpec } from '../manifest/types.js';
import type { ByteReader } from './bytes.js';
import type { Content, ScanContext, ScanFinding } from './content.js';
import type { Inspection } from './inspect.js';

/**
 * ONNX `ModelProto`, walked field by field from the stream: the graph's structure (inputs,
 * outputs, operators, initializer names and their external-data locations) is read, weights
 * are skipped, so a multi-gigabyte model costs what its header costs. The small messages are
 * decoded with protobufjs from the subset of onnx.proto below.
 */
const root = protobuf.Root.fromJSON({
  nested: {
    OperatorSetIdProto: {
      fields: { domain: { type: 'string', id: 1 }, version: { type: 'int64', id: 2 } },
    },
    StringStringEntryProto: {
      fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } },
    },
    ValueInfoProto: {
      fields: { name: { type: 'string', id: 1 }, type: { type: 'TypeProto', id: 2 } },
    },
    TypeProto: {
      fields: { tensorType: { type: 'Tensor', id: 1 } },
      nested: {
        Tensor: {
          fields: {
            elemType: { type: 'int32', id: 1 },
            shape: { type: 'TensorShapeProto', id: 2 },
          },
        },
      },
    },
    TensorShapeProto: {
      fields: { dim: { rule: 'repeated', type: 'Dimension', id: 1 } },
      nested: {
        Dimension: {
          fields: { dimValue: { type: 'int64', id: 1 }, dimParam: { type: 'string', id: 2 } },
        },
      },
    },
  },
});
const OperatorSetId = root.lookupType('OperatorSetIdProto');
const StringStringEntry = root.lookupType('StringStringEntryProto');
const ValueInfo = root.lookupType('ValueInfoProto');

/** TensorProto.DataType → the manifest's dtype names. */
// prettier-ignore
const ONNX_DTYPES: Record<number, Dtype> = {
  1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string',
  9: 'bool', 10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 16: 'bfloat16',
};
/** Operator domains served by onnxruntime itself; anything else needs a custom library. */
const KNOWN_DOMAINS = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'com.microsoft',
  'ai.onnx.preview.training',
  'com.microsoft.nchwc',
]);
/** Small messages (a graph input, an opset) are decoded whole; none is anywhere near this. */
const MAX_SMALL_MESSAGE = 1024 * 1024;
const EXTERNAL = 1;
const LOADER = 'onnx';

class OnnxError extends Error {}

/** A varint: its value (exact to 2^53) and its low 32 bits, which is what an enum field keeps. */
async function varint(r: ByteReader): Promise<{ value: number; low32: number }> {
  const b = await r.peek(10);
  let v = 0;
  let low = 0;
  let mul = 1;
  for (let i = 0; i < b.length; i++) {
    v += (b[i]! & 0x7f) * mul;
    if (i < 5) low = (low + (b[i]! & 0x7f) * mul) % 2 ** 32;
    mul *= 128;
    if ((b[i]! & 0x80) === 0) {
      await r.skip(i + 1);
      return { value: v, low32: low };
    }
  }
  throw new OnnxError(b.length < 10 ? 'the data ends inside a number' : 'a malformed varint');
}

/** `value` is the varint of a wire-0 field, the length of a wire-2 one; `low32` its low bits. */
type Visit = (field: number, wire: number, value: number, low32: number) => Promise<void>;

/** Visits each field of a message that ends at `end`; unvisited length-delimited bytes are skipped. */
async function fields(r: ByteReader, end: number, visit: Visit): Promise<void> {
  while (end === Infinity ? (await r.peek(1)).length > 0 : r.position < end) {
    const key = (await varint(r)).value;
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) {
      const n = await varint(r);
      await visit(field, 0, n.value, n.low32);
    } else if (wire === 1) await r.skip(8);
    else if (wire === 5) await r.skip(4);
    else if (wire === 2) {
      const len = (await varint(r)).value;
      const stop = r.position + len;
      if (stop > end) throw new OnnxError(`field ${field} runs past the end of its message`);
      await visit(field, 2, len, 0);
      if (r.position > stop) throw new OnnxError(`field ${field} is malformed`);
      await r.skip(stop - r.position);
    } else throw new OnnxError(`wire type ${wire} in field ${field}`);
  }
  if (end !== Infinity && r.position !== end) throw new OnnxError('a message runs past its end');
}

async function text(r: ByteReader, len: number): Promise<string> {
  if (len > MAX_SMALL_MESSAGE) throw new OnnxError(`a string of ${len} bytes`);
  return (await r.read(len)).toString('utf8');
}

async function small<T>(r: ByteReader, len: number, type: protobuf.Type): Promise<T> {
  if (len > MAX_SMALL_MESSAGE) throw new OnnxError(`a ${type.name} of ${len} bytes`);
  const bytes = await r.read(len);
  try {
    return type.toObject(type.decode(bytes), { longs: Number, defaults: true }) as T;
  } catch (err) {
    throw new OnnxError(`a malformed ${type.name}: ${(err as Error).message}`);
  }
}

interface ValueInfoObject {
  name: string;
  type?: {
    tensorType?: { elemType: number; shape?: { dim: { dimValue?: number; dimParam?: string }[] } };
  };
}

function tensorSpec(
  v: ValueInfoObject,
): TensorSpec | { name: string; dtype: undefined; shape: number[] } {
  const t = v.type?.tensorType;
  return {
    name: v.name,
    dtype: t ? ONNX_DTYPES[t.elemType] : undefined,
    shape: (t?.shape?.dim ?? []).map((d) => (d.dimParam || !d.dimValue ? -1 : d.dimValue)),
  } as TensorSpec;
}

/** One TensorProto as protobuf builds it: occurrences of a singular field merge into one. */
interface TensorRef {
  name: string;
  /** `data_location`, as the int32 an enum keeps; undefined when never set. */
  location?: number;
  /** Every `external_data` entry keyed `location` (loaders take the last; all are checked). */
  paths: string[];
}

function merge(a: TensorRef | undefined, b: TensorRef): TensorRef {
  if (!a) return b;
  return {
    name: b.name || a.name,
    location: b.location ?? a.location,
    paths: [...a.paths, ...b.paths],
  };
}

/** A tensor somewhere in the model, and words for where. */
interface Placed {
  tensor: TensorRef;
  where: () => string;
}

/** onnxruntime reads `offset` as a memory address when the location is this tag. */
const ORT_MEMORY_TAG = '*/_ORT_MEM_ADDR_/*';
/** Graphs inside attributes inside graphs; protobuf itself stops parsing at 100 messages deep. */
const MAX_GRAPH_NESTING = 30;

/**
 * Whether an external-data `location`, relative to the model's folder, is a regular file
 * inside it. Absolute paths and `..` segments are refused before the file system is asked;
 * links are followed (realpath), and nothing is opened.
 */
async function checkLocation(
  dir: string,
  location: string,
  inArchive: boolean,
): Promise<{ verdict: 'unsafe' | 'error'; why: string } | undefined> {
  const unsafe = (why: string) => ({ verdict: 'unsafe' as const, why });
  if (location === ORT_MEMORY_TAG)
    return unsafe('onnxruntime reads this location as a memory address to copy from');
  if (location.includes('\0'))
    return unsafe('it holds a NUL byte, where C++ loaders cut the path short');
  if (isAbsolute(location) || /^[A-Za-z]:/.test(location) || location.startsWith('\\'))
    return unsafe('it is an absolute path');
  if (location.split(/[\\/]/).includes('..')) return unsafe('it climbs out with ".."');
  if (inArchive) return { verdict: 'error', why: 'it cannot be found from inside an archive' };
  const realDir = await realpath(dir);
  const full = resolve(dir, location);
  let real: string;
  try {
    real = await realpath(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      return { verdict: 'error', why: `it cannot be resolved: ${(err as Error).message}` };
    // A missing file can still hide behind a link in a parent folder.
    const parent = await realpath(dirname(full)).catch(() => undefined);
    if (parent !== undefined && !within(realDir, parent))
      return unsafe(`a link in its path leads to ${parent}, outside the model folder`);
    return { verdict: 'error', why: 'it does not exist' };
  }
  if (!within(realDir, real)) return unsafe(`it resolves to ${real}, outside the model folder`);
  const st = await stat(real);
  if (!st.isFile())
    return unsafe(
      `it is ${st.isDirectory() ? 'a directory' : 'not a regular file (a device, FIFO or socket)'}, which the loader would read as data`,
    );
  return undefined;
}

function within(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * An ONNX model. Every TensorProto is found wherever it may live — graph initializers, sparse
 * initializers (values and indices), tensor and sparse-tensor attributes of any node, the
 * graphs of If, Loop, Scan and any other graph attribute to any depth, model-local functions
 * and their attribute defaults, and training graphs — and each one that keeps its data in an
 * external file is checked: onnx.load and onnxruntime read that file, whatever it is.
 */
export async function scanOnnx(
  c: Content,
  ctx: ScanContext,
  signature: NonNullable<Inspection['signature']>,
): Promise<string> {
  const r = c.bytes;
  let ir = 0;
  let producer = '';
  const opsets: { domain: string; version: number }[] = [];
  const initializers = new Set<string>();
  const inputs: ValueInfoObject[] = [];
  const outputs: ValueInfoObject[] = [];
  const domains = new Set<string>();
  const functionDomains = new Set<string>();
  const tensors: Placed[] = [];

  const tensor = async (end: number): Promise<TensorRef> => {
    const t: TensorRef = { name: '', paths: [] };
    await fields(r, end, async (f, wire, v, low32) => {
      if (f === 8 && wire === 2) t.name = await text(r, v);
      // onnx.proto is proto2: a value that is no DataLocation goes to the unknown fields and
      // leaves the field as it was.
      else if (f === 14 && wire === 0 && (low32 === 0 || low32 === EXTERNAL)) t.location = low32;
      else if (f === 13 && wire === 2) {
        const e = await small<{ key: string; value: string }>(r, v, StringStringEntry);
        if (e.key === 'location') t.paths.push(e.value);
      }
    });
    return t;
  };
  const sparse = async (end: number, where: () => string): Promise<void> => {
    let values: TensorRef | undefined;
    let indices: TensorRef | undefined;
    await fields(r, end, async (f, wire, v) => {
      if (f === 1 && wire === 2) values = merge(values, await tensor(r.position + v));
      else if (f === 2 && wire === 2) indices = merge(indices, await tensor(r.position + v));
    });
    if (values) tensors.push({ tensor: values, where: () => `${where()} (values)` });
    if (indices) tensors.push({ tensor: indices, where: () => `${where()} (indices)` });
  };
  const attribute = async (end: number, owner: () => string, depth: number): Promise<void> => {
    let name = '';
    let t: TensorRef | undefined;
    const here = () => `${owner()}, attribute ${JSON.stringify(name)}`;
    await fields(r, end, async (f, wire, v) => {
      if (wire !== 2) return;
      if (f === 1) name = await text(r, v);
      else if (f === 5) t = merge(t, await tensor(r.position + v));
      else if (f === 10) {
        const one = await tensor(r.position + v);
        tensors.push({ tensor: one, where: here });
      } else if (f === 22 || f === 23) await sparse(r.position + v, here);
      else if (f === 6 || f === 11)
        await graph(r.position + v, () => `the graph in ${here()}`, depth + 1);
    });
    if (t) tensors.push({ tensor: t, where: here });
  };
  const node = async (end: number, owner: () => string, depth: number): Promise<void> => {
    let name = '';
    let op = '';
    const here = () => `${owner()}, node ${JSON.stringify(name)} (${op || 'no op'})`;
    await fields(r, end, async (f, wire, v) => {
      if (wire !== 2) return;
      if (f === 3) name = await text(r, v);
      else if (f === 4) op = await text(r, v);
      else if (f === 7) domains.add(await text(r, v));
      else if (f === 5) await attribute(r.position + v, here, depth);
    });
  };
  const graph = async (
    end: number,
    where: () => string,
    depth: number,
    main = false,
  ): Promise<void> => {
    if (depth > MAX_GRAPH_NESTING)
      throw new OnnxError(`graphs nest more than ${MAX_GRAPH_NESTING} deep`);
    await fields(r, end, async (f, wire, v) => {
      if (wire !== 2) return;
      if (f === 1) await node(r.position + v, where, depth);
      else if (f === 5) {
        const t = await tensor(r.position + v);
        if (main) initializers.add(t.name);
        tensors.push({ tensor: t, where: () => `${where()}, initializer` });
      } else if (f === 15) await sparse(r.position + v, () => `${where()}, sparse initializer`);
      else if (main && f === 11) inputs.push(await small<ValueInfoObject>(r, v, ValueInfo));
      else if (main && f === 12) outputs.push(await small<ValueInfoObject>(r, v, ValueInfo));
    });
  };
  const func = async (end: number): Promise<void> => {
    let name = '';
    let domain = '';
    const here = () => `function ${JSON.stringify(`${domain}.${name}`)}`;
    await fields(r, end, async (f, wire, v) => {
      if (wire !== 2) return;
      if (f === 1) name = await text(r, v);
      else if (f === 10) domain = await text(r, v);
      else if (f === 7) await node(r.position + v, here, 1);
      else if (f === 11) await attribute(r.position + v, () => `${here()} default`, 1);
    });
    functionDomains.add(domain);
  };
  const training = (end: number): Promise<void> =>
    fields(r, end, async (f, wire, v) => {
      if (wire !== 2) return;
      if (f === 1) await graph(r.position + v, () => 'the training initialization graph', 1);
      else if (f === 2) await graph(r.position + v, () => 'the training algorithm graph', 1);
    });

  const add = (f: Omit<ScanFinding, 'member' | 'loader'>) => ctx.add({ ...f, loader: LOADER });
  try {
    await fields(r, c.size ?? Infinity, async (f, wire, v) => {
      if (f === 1 && wire === 0) ir = v;
      else if (f === 2 && wire === 2) producer = await text(r, v);
      else if (f === 3 && wire === 2) producer += ` ${await text(r, v)}`;
      else if (f === 7 && wire === 2) await graph(r.position + v, () => 'the graph', 0, true);
      else if (f === 8 && wire === 2) opsets.push(await small(r, v, OperatorSetId));
      else if (f === 20 && wire === 2) await training(r.position + v);
      else if (f === 25 && wire === 2) await func(r.position + v);
    });
  } catch (err) {
    if (!(err instanceof OnnxError)) throw err;
    add({
      verdict: 'error',
      rule: 'onnx-invalid',
      message: `not a readable ONNX model: ${err.message}`,
    });
    return 'onnx';
  }

  const bad = (rule: string, message: string) => add({ verdict: 'error', rule, message });
  if (ir === 0) bad('onnx-invalid', 'the model has no IR version');
  if (opsets.length === 0) bad('onnx-invalid', 'the model imports no operator set');
  const custom = [...domains].filter((d) => !KNOWN_DOMAINS.has(d) && !functionDomains.has(d));
  if (custom.length) {
    add({
      verdict: 'suspicious',
      rule: 'onnx-custom-op',
      message: `uses operators from ${custom.join(', ')}, which need a custom library to run`,
    });
  }
  for (const { tensor: t, where } of tensors) {
    if (t.location !== EXTERNAL) continue;
    // ExternalDataInfo's default location is "": the model's folder itself.
    for (const location of t.paths.length ? t.paths : ['']) {
      const problem = await checkLocation(ctx.dir, location, ctx.depth > 1);
      if (!problem) continue;
      const what = `${where()}: tensor ${JSON.stringify(t.name)} keeps its data in ${JSON.stringify(location)}`;
      add(
        problem.verdict === 'unsafe'
          ? {
              verdict: 'unsafe',
              rule: 'onnx-external-data-escape',
              message: `${what}, which makes onnx.load and onnxruntime read a file they should not: ${problem.why}`,
            }
          : { verdict: 'error', rule: 'onnx-external-data', message: `${what}: ${problem.why}` },
      );
    }
  }
  const opsetText = opsets.map((o) => `${o.domain || 'ai.onnx'} ${o.version}`).join(', ');
  add({
    verdict: 'safe',
    rule: 'onnx-model',
    message: `ONNX IR version ${ir}, opsets ${opsetText || 'none'}${producer ? `, produced by ${producer.trim()}` : ''}`,
  });
  if (ctx.depth === 1) {
    signature.inputs = inputs
      .filter((i) => !initializers.has(i.name))
      .map(tensorSpec) as TensorSpec[];
    signature.outputs = outputs.map(tensorSpec) as TensorSpec[];
  }
  return 'onnx';
}
