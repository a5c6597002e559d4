import type { ByteReader } from './bytes.js';
import type { Content, ScanContext } from './content.js';

/**
 * Keras and TensorFlow formats. Their risk is code stored as data: Keras `Lambda` layers carry
 * marshalled Python bytecode, and a SavedModel graph may read or write files or call back
 * into Python when it is served.
 */

/** Keras configs larger than this are not configs. */
const MAX_JSON = 16 * 1024 * 1024;

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

const LARGE_LAMBDA = {
  verdict: 'unsafe',
  rule: 'keras-lambda',
  message: 'the JSON has a Keras Lambda layer, which runs stored Python bytecode when loaded',
} as const;

/** Legacy Keras `.h5` models keep their config as a JSON attribute, found here by its bytes. */
export async function scanHdf5(c: Content, ctx: ScanContext): Promise<string> {
  if (await hasLambda(c.bytes)) {
    ctx.add({
      verdict: 'unsafe',
      rule: 'keras-lambda',
      message: 'the Keras model has a Lambda layer, which runs stored Python bytecode when loaded',
    });
  }
  return 'hdf5';
}

/** A JSON document, e.g. the `config.json` of a `.keras` archive: Lambda layers and custom code. */
export async function scanJson(c: Content, ctx: ScanContext): Promise<string> {
  const raw = await c.bytes.peek(MAX_JSON + 1);
  if (raw.length > MAX_JSON) {
    // Too large to parse (a tokenizer), but still read for Lambda layers.
    if (await hasLambda(c.bytes)) ctx.add(LARGE_LAMBDA);
    return 'json';
  }
  let doc: unknown;
  try {
    doc = JSON.parse(raw.toString('utf8'));
  } catch {
    // json.loads also reads NaN, UTF-16 and UTF-32, which JSON.parse refuses: search it instead.
    if (await hasLambda(c.bytes)) ctx.add(LARGE_LAMBDA);
    return 'unknown';
  }
  const lambdas = new Set<string>();
  const custom = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 200 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (o.class_name === 'Lambda')
      lambdas.add(
        typeof o.name === 'string' ? o.name : ((o.config as { name?: string })?.name ?? 'unnamed'),
      );
    if (
      typeof o.module === 'string' &&
      typeof o.class_name === 'string' &&
      !/^(keras|tensorflow|tf_keras)(\.|$)/.test(o.module) &&
      o.module !== 'builtins'
    ) {
      custom.add(`${o.module}.${o.class_name}`);
    }
    for (const x of Object.values(o)) visit(x, depth + 1);
  };
  visit(doc, 0);
  for (const name of lambdas) {
    ctx.add({
      verdict: 'unsafe',
      rule: 'keras-lambda',
      message: `Keras Lambda layer ${JSON.stringify(name)} runs stored Python bytecode when loaded`,
    });
  }
  for (const name of custom) {
    ctx.add({
      verdict: 'suspicious',
      rule: 'keras-custom-object',
      message: `Keras config refers to ${name}, code outside Keras`,
    });
  }
  return 'json';
}
