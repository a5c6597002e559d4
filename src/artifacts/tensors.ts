import type { ByteReader } from './bytes.js';
import type { Content, ScanContext } from './content.js';
import { judgeTemplate } from './template.js';

/**
 * Readers for the two tensor-table formats. Only headers are read; tensor data is never
 * loaded, but every extent is checked against the file so that no byte is unaccounted for.
 */

/** What the safetensors library itself accepts as a header. */
const MAX_SAFETENSORS_HEADER = 100 * 1024 * 1024;
/**
 * JSON values (counted by their `:` and `,`) a header may hold: four per tensor, so a quarter
 * million tensors. Parsed, 100 MB of tiny values would take gigabytes of memory.
 */
const MAX_SAFETENSORS_TOKENS = 1 << 20;
// prettier-ignore
const SAFETENSORS_DTYPE_BYTES: Record<string, number> = {
  BOOL: 1, U8: 1, I8: 1, F8_E5M2: 1, F8_E4M3: 1, F8_E8M0: 1, I16: 2, U16: 2, F16: 2, BF16: 2,
  I32: 4, U32: 4, F32: 4, F64: 8, I64: 8, U64: 8,
};
/** A file with many problems is reported with this many, then a count. */
const MAX_REPORTED = 5;

interface Extent {
  name: string;
  start: number;
  end: number;
}

function problems(ctx: ScanContext, rule: string) {
  let n = 0;
  return {
    add(message: string) {
      if (n++ < MAX_REPORTED) ctx.add({ verdict: 'error', rule, message });
    },
    finish() {
      if (n > MAX_REPORTED)
        ctx.add({
          verdict: 'error',
          rule,
          message: `…and ${n - MAX_REPORTED} more problems of this kind`,
        });
    },
  };
}

function isSize(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** Checks that extents neither overlap nor leave gaps, and end exactly at `total`. */
function checkExtents(
  extents: Extent[],
  total: number | undefined,
  bad: (m: string) => void,
): void {
  extents.sort((a, b) => a.start - b.start || a.end - b.end);
  let cursor = 0;
  let last = '(start of data)';
  for (const e of extents) {
    if (e.start < cursor)
      bad(
        `tensor ${JSON.stringify(e.name)} overlaps ${JSON.stringify(last)} (bytes ${e.start}–${cursor})`,
      );
    else if (e.start > cursor)
      bad(
        `${e.start - cursor} bytes between ${JSON.stringify(last)} and ${JSON.stringify(e.name)} belong to no tensor`,
      );
    cursor = Math.max(cursor, e.end);
    last = e.name;
  }
  if (total !== undefined && cursor !== total) {
    bad(
      cursor < total
        ? `${total - cursor} bytes after the last tensor belong to no tensor`
        : `tensor data ends at ${cursor}, beyond the file's ${total} bytes of data`,
    );
  }
}

export async function scanSafetensors(c: Content, ctx: ScanContext): Promise<string> {
  const p = problems(ctx, 'safetensors-invalid');
  const n = (await c.bytes.read(8)).readBigUInt64LE(0);
  if (n > BigInt(MAX_SAFETENSORS_HEADER)) {
    p.add(`the header claims ${n} bytes; the limit is ${MAX_SAFETENSORS_HEADER}`);
    p.finish();
    return 'safetensors';
  }
  const raw = await c.bytes.read(Number(n));
  let tokens = 0;
  for (let i = 0; i < raw.length && tokens <= MAX_SAFETENSORS_TOKENS; i++)
    if (raw[i] === 0x3a || raw[i] === 0x2c) tokens++;
  if (tokens > MAX_SAFETENSORS_TOKENS) {
    p.add(`the header holds more than ${MAX_SAFETENSORS_TOKENS} JSON values`);
    p.finish();
    return 'safetensors';
  }
  let header: unknown;
  try {
    header = JSON.parse(raw.toString('utf8'));
  } catch (err) {
    p.add(`the header is not valid JSON: ${(err as Error).message}`);
  }
  if (
    header !== undefined &&
    (typeof header !== 'object' || header === null || Array.isArray(header))
  ) {
    p.add('the header is not a JSON object');
    header = undefined;
  }
  if (header === undefined) {
    p.finish();
    return 'safetensors';
  }
  const extents: Extent[] = [];
  for (const [name, t] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (
        typeof t !== 'object' ||
        t === null ||
        Object.values(t).some((v) => typeof v !== 'string')
      ) {
        p.add('__metadata__ must map names to strings');
      }
      continue;
    }
    const spec = t as { dtype?: unknown; shape?: unknown; data_offsets?: unknown } | null;
    const itemSize =
      typeof spec?.dtype === 'string' ? SAFETENSORS_DTYPE_BYTES[spec.dtype] : undefined;
    const shape = spec?.shape;
    const offsets = spec?.data_offsets;
    if (itemSize === undefined) {
      p.add(`tensor ${JSON.stringify(name)} has an unknown dtype ${JSON.stringify(spec?.dtype)}`);
      continue;
    }
    if (!Array.isArray(shape) || !shape.every(isSize)) {
      p.add(`tensor ${JSON.stringify(name)} has a shape that is not a list of sizes`);
      continue;
    }
    if (
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !isSize(offsets[0]) ||
      !isSize(offsets[1]) ||
      offsets[0] > offsets[1]
    ) {
      p.add(`tensor ${JSON.stringify(name)} has data_offsets that are not [begin, end]`);
      continue;
    }
    const expected = shape.reduce((a: number, d: number) => a * d, 1) * itemSize;
    const [start, end] = offsets as [number, number];
    if (end - start !== expected) {
      p.add(
        `tensor ${JSON.stringify(name)} (${spec!.dtype as string} ${JSON.stringify(shape)}) needs ${expected} bytes, its offsets give ${end - start}`,
      );
    }
    extents.push({ name, start, end });
  }
  const dataSize = c.size !== undefined ? c.size - 8 - Number(n) : await c.bytes.drain();
  checkExtents(extents, dataSize, (m) => p.add(m));
  p.finish();
  return 'safetensors';
}

/** ggml tensor types: [elements per block, bytes per block]. */
// prettier-ignore
const GGML_TYPES: Record<number, [number, number]> = {
  0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
  10: [256, 84], 11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 15: [256, 292],
  24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 30: [1, 2],
};
/** Bytes of each fixed-size GGUF metadata value type. */
// prettier-ignore
const GGUF_SCALAR: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
const GGUF_STRING = 8;
const GGUF_ARRAY = 9;
/** Real models have thousands of tensors and keys; millions means a forged header. */
const MAX_GGUF_COUNT = 1 << 20;
const MAX_GGUF_KEY = 1 << 16;

class GgufError extends Error {}

/** Chat templates are a few kilobytes of Jinja; the largest real ones a few dozen. */
const MAX_TEMPLATE = 1024 * 1024;

/**
 * The keys loaders render as chat templates: llama-cpp-python reads `tokenizer.chat_template`
 * and every `tokenizer.chat_template.<name>` (`tokenizer.chat_templates` lists the names).
 */
function isTemplateKey(full: string): boolean {
  // llama.cpp reads keys as C strings: a NUL ends one.
  const key = full.split('\0', 1)[0]!;
  return key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.');
}

/** Real files carry one to three templates; each is parsed, so their number is bounded. */
const MAX_TEMPLATES = 64;

/** The loader a template finding is about: jinja2 rendering the template without a sandbox. */
const TEMPLATE_LOADER = 'jinja2';

/**
 * Judges a chat template on its Jinja syntax tree ({@link judgeTemplate}): llama-cpp-python
 * rendered it with a plain jinja2 Environment (CVE-2024-34359), where reaching Python's
 * internals from a template value runs code.
 */
function checkTemplate(key: string, raw: Buffer, ctx: ScanContext): void {
  let template: string;
  try {
    template = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    ctx.add({
      verdict: 'error',
      rule: 'gguf-template-invalid',
      message: `${key} is not valid UTF-8, so how a loader decodes it cannot be known`,
      loader: TEMPLATE_LOADER,
    });
    return;
  }
  for (const p of judgeTemplate(template)) {
    ctx.add(
      p.verdict === 'unsafe'
        ? {
            verdict: 'unsafe',
            rule: 'gguf-template-injection',
            message: `${key} uses what the template allow-list does not: ${p.message}; rendered without a sandbox, such a template can run code`,
            loader: TEMPLATE_LOADER,
          }
        : {
            verdict: 'error',
            rule: 'gguf-template-invalid',
            message: `${key} cannot be proven safe: ${p.message}`,
            loader: TEMPLATE_LOADER,
          },
    );
  }
}

class GgufReader {
  constructor(
    private readonly r: ByteReader,
    private readonly wide: boolean,
  ) {}
  async u32(): Promise<number> {
    return (await this.r.read(4)).readUInt32LE(0);
  }
  async u64(): Promise<number> {
    const v = (await this.r.read(8)).readBigUInt64LE(0);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
      throw new GgufError(`a size of ${v} is beyond any real file`);
    return Number(v);
  }
  async count(): Promise<number> {
    return this.wide ? this.u64() : this.u32();
  }
  async string(keep: boolean, limit = MAX_GGUF_KEY): Promise<string> {
    if (keep) return (await this.bytes(limit)).toString('utf8');
    await this.r.skip(await this.count());
    return '';
  }
  /** A string's bytes, refused past `limit`. */
  async bytes(limit: number): Promise<Buffer> {
    const n = await this.count();
    if (n > limit)
      throw new GgufError(`a string of ${n} bytes where at most ${limit} are expected`);
    return this.r.read(n);
  }
  async value(type: number, depth = 0): Promise<number | undefined> {
    const scalar = GGUF_SCALAR[type];
    if (scalar !== undefined) {
      const b = await this.r.read(scalar);
      return scalar === 4 ? b.readUInt32LE(0) : undefined;
    }
    if (type === GGUF_STRING) {
      await this.string(false);
      return undefined;
    }
    if (type !== GGUF_ARRAY || depth > 2)
      throw new GgufError(`unknown metadata value type ${type}`);
    const itemType = await this.u32();
    const n = await this.count();
    if (n > MAX_GGUF_COUNT * 16) throw new GgufError(`an array of ${n} items`);
    const item = GGUF_SCALAR[itemType];
    if (item !== undefined) await this.r.skip(n * item);
    else for (let i = 0; i < n; i++) await this.value(itemType, depth + 1);
    return undefined;
  }
}

export async function scanGguf(c: Content, ctx: ScanContext): Promise<string> {
  const p = problems(ctx, 'gguf-invalid');
  const head = await c.bytes.read(8);
  const version = head.readUInt32LE(4);
  if (version < 1 || version > 3) {
    p.add(`unsupported GGUF version ${version}`);
    p.finish();
    return 'gguf';
  }
  const g = new GgufReader(c.bytes, version > 1);
  try {
    const tensors = await g.count();
    const kvs = await g.count();
    if (tensors > MAX_GGUF_COUNT || kvs > MAX_GGUF_COUNT)
      throw new GgufError(`${tensors} tensors and ${kvs} metadata entries`);
    let alignment = 32;
    let templates = 0;
    for (let i = 0; i < kvs; i++) {
      const key = await g.string(true);
      const type = await g.u32();
      if (isTemplateKey(key) && ++templates > MAX_TEMPLATES) {
        if (templates === MAX_TEMPLATES + 1)
          ctx.add({
            verdict: 'error',
            rule: 'gguf-template-invalid',
            message: `the file holds more than ${MAX_TEMPLATES} chat templates; the rest are not judged`,
            loader: TEMPLATE_LOADER,
          });
      } else if (isTemplateKey(key)) {
        if (type === GGUF_STRING) {
          checkTemplate(key, await g.bytes(MAX_TEMPLATE), ctx);
          continue;
        }
        // llama.cpp turns any value into text for the loader (an array of strings becomes
        // `["…"]`, its Jinja intact), so a template of another type is not proven safe.
        ctx.add({
          verdict: 'error',
          rule: 'gguf-template-invalid',
          message: `${key} is of metadata type ${type}, not a string, so the text a loader renders from it is not known`,
          loader: TEMPLATE_LOADER,
        });
      }
      const v = await g.value(type);
      if (key === 'general.alignment' && v !== undefined) alignment = v;
    }
    if (alignment === 0 || (alignment & (alignment - 1)) !== 0)
      throw new GgufError(`general.alignment ${alignment} is not a power of two`);
    const extents: Extent[] = [];
    for (let i = 0; i < tensors; i++) {
      const name = await g.string(true);
      const dims = await g.u32();
      if (dims > 8) throw new GgufError(`tensor ${JSON.stringify(name)} has ${dims} dimensions`);
      let elements = 1;
      for (let d = 0; d < dims; d++) elements *= await g.u64();
      const type = await g.u32();
      const offset = await g.u64();
      if (offset % alignment !== 0)
        p.add(
          `tensor ${JSON.stringify(name)} starts at ${offset}, not a multiple of the alignment ${alignment}`,
        );
      const layout = GGML_TYPES[type];
      if (!layout) {
        p.add(
          `tensor ${JSON.stringify(name)} has an unknown ggml type ${type}, so its size cannot be checked`,
        );
        continue;
      }
      if (elements % layout[0] !== 0)
        p.add(
          `tensor ${JSON.stringify(name)} has ${elements} elements, not whole blocks of ${layout[0]}`,
        );
      extents.push({
        name,
        start: offset,
        end: offset + Math.ceil(elements / layout[0]) * layout[1],
      });
    }
    const headerEnd = c.bytes.position;
    const dataStart = Math.ceil(headerEnd / alignment) * alignment;
    const total = c.size ?? headerEnd + (await c.bytes.drain());
    // Tensors are padded to the alignment, so only overlap and overrun are errors here.
    extents.sort((a, b) => a.start - b.start);
    for (let i = 0; i < extents.length; i++) {
      const e = extents[i]!;
      if (i > 0 && e.start < extents[i - 1]!.end)
        p.add(`tensor ${JSON.stringify(e.name)} overlaps ${JSON.stringify(extents[i - 1]!.name)}`);
      if (dataStart + e.end > total)
        p.add(
          `tensor ${JSON.stringify(e.name)} ends at ${dataStart + e.end}, beyond the file's ${total} bytes`,
        );
    }
  } catch (err) {
    if (!(err instanceof GgufError)) throw err;
    p.add(err.message);
  }
  p.finish();
  return 'gguf';
}
