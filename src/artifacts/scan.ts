import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Finding } from '../findings.js';
import { ByteReader, fileRandomAccess, sliceRandomAccess } from './bytes.js';
import { MAX_DEPTH, type Content, type ScanContext, type ScanFinding } from './content.js';
import {
  worstVerdict,
  type ArtifactVerdict,
  type Inspection,
  type InspectContext,
  type ScanPolicy,
} from './inspect.js';
import { PickleWalker, type PickleScan } from './pickle.js';
import type { NestedLoad } from './rules.js';
import { importable } from './policy.js';
import { HEAD_BYTES, sniff, type Sniffed } from './sniff.js';

export interface FileScan {
  format: string;
  verdict: ArtifactVerdict;
  findings: ScanFinding[];
  signature?: Inspection['signature'];
}

/** Scans one file on disk by its content. Never throws for what is in the file: that is a finding. */
export async function scanFile(
  path: string,
  policy: ScanPolicy,
  hint?: ScanContext['hint'],
): Promise<FileScan> {
  const fh = await open(path, 'r');
  const findings: ScanFinding[] = [];
  const signature: NonNullable<FileScan['signature']> = {};
  try {
    const size = (await fh.stat()).size;
    const random = fileRandomAccess(path, fh, size);
    const root = makeContext(policy, dirname(path), findings, signature, '', 0, hint);
    const format = await root.scan(
      { size, random, bytes: new ByteReader(random.stream(0, size)) },
      '',
    );
    const verdict = worstVerdict(findings.map((f) => f.verdict));
    return {
      format,
      verdict,
      findings,
      signature: signature.inputs || signature.outputs ? signature : undefined,
    };
  } finally {
    await fh.close();
  }
}

function makeContext(
  policy: ScanPolicy,
  dir: string,
  out: ScanFinding[],
  signature: NonNullable<FileScan['signature']>,
  member: string,
  depth: number,
  hint: ScanContext['hint'],
): ScanContext & { signature: NonNullable<FileScan['signature']> } {
  return {
    policy,
    member,
    depth,
    dir,
    hint,
    signature,
    add: (f) => out.push(member ? { ...f, member } : f),
    scan: async (content, name, childHint) => {
      const child = name === '' ? member : member ? `${member}!${name}` : name;
      const ctx = makeContext(
        policy,
        dir,
        out,
        signature,
        child,
        depth + 1,
        childHint ?? (depth === 0 ? hint : undefined),
      );
      try {
        if (ctx.depth > MAX_DEPTH) {
          ctx.add({
            verdict: 'error',
            rule: 'nesting-too-deep',
            loader: 'scan',
            message: `archives nested more than ${MAX_DEPTH} deep are not inspected`,
          });
          return 'nested';
        }
        return await scanContent(content, ctx);
      } catch (err) {
        if (isBug(err)) throw err;
        ctx.add({
          verdict: 'error',
          rule: 'unreadable',
          loader: 'scan',
          message: `cannot be read completely: ${(err as Error).message}`,
        });
        return 'unreadable';
      } finally {
        content.bytes.close();
      }
    },
  };
}

/**
 * Mistakes in modelgate's own code, which must surface (the fuzz tests look for them). Every
 * other error while reading content (a truncated stream, a corrupt deflate stream, a zip
 * reader's complaint) describes the data: the content cannot be proven safe.
 */
function isBug(err: unknown): boolean {
  return err instanceof TypeError || err instanceof ReferenceError || !(err instanceof Error);
}

async function scanContent(
  c: Content,
  ctx: ScanContext & { signature: NonNullable<FileScan['signature']> },
): Promise<string> {
  // Random access reads just the head: a checkpoint's thousand tensor members are sniffed
  // without streaming a megabyte of each.
  const head = c.random ? await c.random.read(0, HEAD_BYTES) : await c.bytes.peek(HEAD_BYTES);
  // numpy.load of the same archive reads any member that opens with the .npy magic as an array.
  if (ctx.hint === 'raw-storage' && !head.subarray(0, 6).equals(NPY_MAGIC))
    return readRaw(c, head, ctx);
  const kind =
    ctx.hint === 'tf-savedmodel' || ctx.hint === 'json' || ctx.hint === 'pickle'
      ? ctx.hint
      : sniff(head, c.size);
  if (kind === 'pickle' || kind === 'empty') return readAs(kind, c, ctx);
  // pickle.load — and numpy.load with allow_pickle, and torch.load, on anything that is not a
  // zip or an .npy — runs whatever opcodes the bytes begin with, whatever else they are (a GGUF
  // header is a valid pickle prefix). That reading is walked beside the format's own.
  const incidental = newWalker(ctx, 'foreign');
  if (c.random) incidental.write(head);
  else c.bytes.tap((chunk) => incidental.write(chunk));
  try {
    return await readAs(kind, c, ctx);
  } finally {
    await readOn(incidental, c, head.length);
    const r = incidental.end();
    for (const f of foreign(r)) ctx.add(f);
    for (const load of [...r.loads, ...(r.plain?.loads ?? [])]) await scanNested(load, c, ctx);
  }
}

/**
 * What joblib.load and pickle.load (with numpy.load and torch.load, which fall back to it) would
 * run of bytes that are not a pickle file. A walk that went on for many opcodes before it
 * stopped is a pickle the walker could not follow, where Python may carry on: an error.
 */
function foreign(r: PickleScan): Omit<ScanFinding, 'member'>[] {
  const out = [...executed(r), ...(r.plain ? executed(r.plain) : [])];
  const stop = r.problems.find((p) => p.rule === 'pickle-parse-error');
  if (stop && !r.gaveUp && r.opcodes >= FOREIGN_OPCODES)
    out.push({
      verdict: 'error',
      rule: 'pickle-unreadable',
      message: `read as a pickle, the bytes run ${r.opcodes} opcodes before the scanner stops (${stop.message}), where Python may not`,
      loader: 'pickle.load',
    });
  return out;
}

/** Random bytes and other formats' headers stop a pickle reading within a few opcodes. */
const FOREIGN_OPCODES = 16;
const NPY_MAGIC = Buffer.from('\x93NUMPY', 'latin1');

/**
 * A torch storage record: torch.load copies its bytes into a tensor and reads nothing in them.
 * Tensor data may look like anything, a pickle included, so only what a pickle reading would
 * run counts, as for any bytes meant for another loader.
 */
async function readRaw(c: Content, head: Buffer, ctx: ScanContext): Promise<string> {
  const w = newWalker(ctx, 'foreign');
  w.write(head);
  if (!c.random) {
    await c.bytes.skip(Math.min(head.length, c.size ?? head.length)).catch(() => undefined);
    for await (const chunk of c.bytes.chunks()) {
      if (w.finished) break;
      w.write(chunk);
    }
  } else await readOn(w, c, head.length);
  for (const f of executed(w.end())) ctx.add(f);
  return 'raw';
}

/**
 * `file`: the reading of a pickle file (joblib's, with pickle.load's forked where joblib skips;
 * persistent ids resolved as torch.load does; every pickle of the stream). `foreign`: how
 * joblib.load and pickle.load read bytes meant for another loader: one pickle, no
 * persistent_load.
 */
function newWalker(ctx: ScanContext, reading: 'file' | 'foreign'): PickleWalker {
  return new PickleWalker({
    policy: ctx.policy.pickle,
    allowGlobals: ctx.policy.allowGlobals,
    persistentLoad: reading === 'file',
  });
}

/** Feeds `w` the rest of the content, which the format's reader may not have read. */
async function readOn(w: PickleWalker, c: Content, from: number): Promise<void> {
  if (w.finished) return;
  try {
    const rest = c.random ? new ByteReader(c.random.stream(from, c.random.size)) : c.bytes;
    for await (const chunk of rest.chunks()) {
      if (c.random) w.write(chunk);
      if (w.finished) break;
    }
  } catch {
    // The stream itself is broken (the format's reader said so): a loader stops there too.
  }
}

/**
 * Problems that mean Python raises at that point: in a reading that is not the file's own
 * format they end the reading, harmlessly. What ran before them still counts.
 */
const RAISES = new Set([
  'pickle-parse-error',
  'pickle-truncated',
  'pickle-empty',
  'pickle-invalid-call',
  'pickle-unresolved-call',
  'pickle-unresolved-global',
  'pickle-extension',
]);

/** What a pickle reading of bytes meant for another loader would run, as findings. */
function executed(r: PickleScan, loader = 'pickle.load'): Omit<ScanFinding, 'member'>[] {
  const out: Omit<ScanFinding, 'member'>[] = [];
  for (const g of r.globals)
    if (g.verdict !== 'safe' && (g.rule !== 'pickle-unknown-global' || importable(g.global)))
      out.push({
        verdict: g.verdict,
        rule: g.rule,
        message: `read as a pickle, ${g.message}`,
        global: g.global,
        loader,
      });
  for (const p of r.problems)
    if (!RAISES.has(p.rule) || (r.gaveUp && p.rule === 'pickle-parse-error'))
      out.push({ ...p, message: `read as a pickle: ${p.message}`, loader });
  return out;
}

/** The loader whose reading a format's findings are about, unless a finding names its own. */
const LOADER: Partial<Record<Sniffed, string>> = {
  pickle: 'pickle.load',
  zip: 'zipfile',
  npy: 'numpy.load',
  safetensors: 'safetensors',
  gguf: 'gguf',
  onnx: 'onnx',
  'tf-savedmodel': 'tensorflow',
  hdf5: 'h5py',
  json: 'json',
  gzip: 'joblib.load',
  zlib: 'joblib.load',
  bz2: 'joblib.load',
  xz: 'joblib.load',
  lzma: 'joblib.load',
  lz4: 'joblib.load',
  zstd: 'joblib.load',
  'joblib-zfile': 'joblib.load',
  tar: 'torch.load',
};

async function readAs(
  kind: Sniffed,
  c: Content,
  outer: ScanContext & { signature: NonNullable<FileScan['signature']> },
): Promise<string> {
  const loader = LOADER[kind];
  const ctx = loader
    ? { ...outer, add: (f: Omit<ScanFinding, 'member'>) => outer.add({ loader, ...f }) }
    : outer;
  // Each format's reader is loaded when a file of that format is met: most runs see one or two.
  switch (kind) {
    case 'pickle':
      return scanPickleStream(c, ctx);
    case 'zip':
      return (await import('./zip.js')).scanZip(c, ctx);
    case 'npy':
      return (await import('./npy.js')).scanNpy(c, ctx, (rest) =>
        scanPickleStream(rest, ctx, 'numpy.load'),
      );
    case 'safetensors':
      return (await import('./tensors.js')).scanSafetensors(c, ctx);
    case 'gguf':
      return (await import('./tensors.js')).scanGguf(c, ctx);
    case 'onnx':
      return (await import('./onnx.js')).scanOnnx(c, ctx, ctx.signature);
    case 'tf-savedmodel':
      return (await import('./tf.js')).scanSavedModel(c, ctx);
    case 'hdf5':
      return (await import('./tf.js')).scanHdf5(c, ctx);
    case 'json':
      return (await import('./tf.js')).scanJson(c, ctx);
    case 'gzip':
    case 'zlib':
    case 'bz2':
    case 'xz':
    case 'lzma':
    case 'lz4':
    case 'zstd':
    case 'joblib-zfile':
      return (await import('./compressed.js')).scanCompressed(c, ctx, kind);
    case 'tar':
      return (await import('./tar.js')).scanTar(c, ctx);
    case 'empty':
      return 'empty';
    default:
      return 'unknown';
  }
}

/** Walks every pickle in the stream and turns its imports and problems into findings. */
async function scanPickleStream(c: Content, ctx: ScanContext, as?: string): Promise<string> {
  const w = newWalker(ctx, 'file');
  for await (const chunk of c.bytes.chunks()) {
    w.write(chunk);
    if (w.finished) break;
  }
  const r = w.end();
  const loader = as ?? (r.legacyTorch ? 'torch.load' : r.joblib ? 'joblib.load' : 'pickle.load');
  for (const g of r.globals) {
    if (g.verdict === 'safe') continue;
    ctx.add({ verdict: g.verdict, rule: g.rule, message: g.message, global: g.global, loader });
  }
  for (const p of r.problems) ctx.add({ ...p, loader });
  // joblib skips its arrays' bytes; pickle.load, torch.load and numpy.load run them as opcodes.
  if (r.plain) for (const f of executed(r.plain)) ctx.add(f);
  // What a reading hands to torch.load is scanned, whichever reading (joblib's or pickle.load's).
  for (const load of [...r.loads, ...(r.plain?.loads ?? [])]) await scanNested(load, c, ctx);
  return r.legacyTorch ? 'pytorch-legacy' : r.joblib ? 'joblib' : 'pickle';
}

/**
 * Bytes a pickle hands to another loader (a torch storage that pickle or joblib wrote), scanned
 * as a file of their own where they can be read again; inside a compressed stream they cannot.
 */
async function scanNested(load: NestedLoad, c: Content, ctx: ScanContext): Promise<void> {
  const name = `${load.loader} of bytes at offset ${load.offset}`;
  if (!c.random || load.offset + load.length > c.random.size) {
    ctx.add({
      verdict: 'error',
      rule: 'pickle-nested-load',
      message: `${name}: the bytes cannot be read again here (a compressed or streamed pickle), so they are not inspected`,
      loader: load.loader,
    });
    return;
  }
  const random = sliceRandomAccess(c.random, load.offset, load.length);
  await ctx.scan(
    { size: load.length, random, bytes: new ByteReader(random.stream(0, load.length)) },
    name,
  );
}

/** The Inspector `validate` uses: findings located at the artifact file. */
export async function inspectArtifact(path: string, ctx: InspectContext): Promise<Inspection> {
  const r = await scanFile(path, ctx.policy);
  return {
    format: r.format,
    verdict: r.verdict,
    findings: toFindings(r.findings, ctx.shown, ctx.policy),
    signature: r.signature,
  };
}

/** Severity follows the policy: `suspicious` is a warning only under `warn-unknown-classes`. */
export function toFindings(
  findings: readonly ScanFinding[],
  shown: string,
  policy: ScanPolicy,
): Finding[] {
  return findings.map((f) => ({
    severity:
      f.verdict === 'suspicious'
        ? policy.pickle === 'warn-unknown-classes'
          ? 'warning'
          : 'error'
        : f.verdict === 'safe'
          ? 'notice'
          : 'error',
    rule: f.rule,
    message: f.member ? `${f.member}: ${f.message}` : f.message,
    location: { file: shown },
    ...(f.global ? { global: f.global } : {}),
    ...(f.loader ? { loader: f.loader } : {}),
    ...(f.member ? { member: f.member } : {}),
  }));
}
