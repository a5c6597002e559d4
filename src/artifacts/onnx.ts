import protobuf from 'protobufjs/light.js';
import { resolveInside } from '../manifest/paths.js';
import type { Dtype, TensorSpec } from '../manifest/types.js';
import type { ByteReader } from './bytes.js';
import type { Content, ScanContext } from './content.js';
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

class OnnxError extends Error {}

async function varint(r: ByteReader): Promise<number> {
  const b = await r.peek(10);
  let v = 0;
  let mul = 1;
  for (let i = 0; i < b.length; i++) {
    v += (b[i]! & 0x7f) * mul;
    mul *= 128;
    if ((b[i]! & 0x80) === 0) {
      await r.skip(i + 1);
      return v;
    }
  }
  throw new OnnxError(b.length < 10 ? 'the data ends inside a number' : 'a malformed varint');
}

type Visit = (field: number, wire: number, value: number) => Promise<void>;

/** Visits each field of a message that ends at `end`; unvisited length-delimited bytes are skipped. */
async function fields(r: ByteReader, end: number, visit: Visit): Promise<void> {
  while (end === Infinity ? (await r.peek(1)).length > 0 : r.position < end) {
    const key = await varint(r);
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) await visit(field, 0, await varint(r));
    else if (wire === 1) await r.skip(8);
    else if (wire === 5) await r.skip(4);
    else if (wire === 2) {
      const len = await varint(r);
      const stop = r.position + len;
      if (stop > end) throw new OnnxError(`field ${field} runs past the end of its message`);
      await visit(field, 2, len);
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
  const external: { tensor: string; location: string }[] = [];

  const tensor: (end: number) => Promise<void> = async (end) => {
    let name = '';
    let location: string | undefined;
    let where = 0;
    await fields(r, end, async (f, wire, v) => {
      if (f === 8 && wire === 2) name = await text(r, v);
      else if (f === 14 && wire === 0) where = v;
      else if (f === 13 && wire === 2) {
        const e = await small<{ key: string; value: string }>(r, v, StringStringEntry);
        if (e.key === 'location') location = e.value;
      }
    });
    initializers.add(name);
    if (where === EXTERNAL) external.push({ tensor: name, location: location ?? '' });
  };
  const node: (end: number) => Promise<void> = (end) =>
    fields(r, end, async (f, wire, v) => {
      if (f === 7 && wire === 2) domains.add(await text(r, v));
    });
  const graph: (end: number) => Promise<void> = (end) =>
    fields(r, end, async (f, wire, v) => {
      if (wire !== 2) return;
      if (f === 1) await node(r.position + v);
      else if (f === 5) await tensor(r.position + v);
      else if (f === 11) inputs.push(await small<ValueInfoObject>(r, v, ValueInfo));
      else if (f === 12) outputs.push(await small<ValueInfoObject>(r, v, ValueInfo));
    });

  try {
    await fields(r, c.size ?? Infinity, async (f, wire, v) => {
      if (f === 1 && wire === 0) ir = v;
      else if (f === 2 && wire === 2) producer = await text(r, v);
      else if (f === 3 && wire === 2) producer += ` ${await text(r, v)}`;
      else if (f === 7 && wire === 2) await graph(r.position + v);
      else if (f === 8 && wire === 2) opsets.push(await small(r, v, OperatorSetId));
    });
  } catch (err) {
    if (!(err instanceof OnnxError)) throw err;
    ctx.add({
      verdict: 'error',
      rule: 'onnx-invalid',
      message: `not a readable ONNX model: ${err.message}`,
    });
    return 'onnx';
  }

  const bad = (rule: string, message: string) => ctx.add({ verdict: 'error', rule, message });
  if (ir === 0) bad('onnx-invalid', 'the model has no IR version');
  if (opsets.length === 0) bad('onnx-invalid', 'the model imports no operator set');
  const custom = [...domains].filter((d) => !KNOWN_DOMAINS.has(d));
  if (custom.length) {
    ctx.add({
      verdict: 'suspicious',
      rule: 'onnx-custom-op',
      message: `uses operators from ${custom.join(', ')}, which need a custom library to run`,
    });
  }
  for (const e of external) {
    if (ctx.depth > 1) {
      bad(
        'onnx-external-data',
        `tensor ${JSON.stringify(e.tensor)} keeps its data in ${JSON.stringify(e.location)}, which cannot be found from inside an archive`,
      );
      continue;
    }
    const res = await resolveInside(ctx.dir, ctx.dir, e.location);
    if (!res.ok) {
      ctx.add({
        verdict: 'unsafe',
        rule: 'onnx-external-data-escape',
        message: `tensor ${JSON.stringify(e.tensor)} reads external data outside the model folder: ${res.reason}`,
      });
    } else if (!res.exists) {
      bad(
        'onnx-external-data',
        `tensor ${JSON.stringify(e.tensor)} keeps its data in ${JSON.stringify(e.location)}, which does not exist`,
      );
    }
  }
  const opsetText = opsets.map((o) => `${o.domain || 'ai.onnx'} ${o.version}`).join(', ');
  ctx.add({
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
