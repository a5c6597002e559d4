import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import type { Finding } from '../findings.js';
import { ByteReader, fileRandomAccess, READ_CHUNK } from './bytes.js';
import { MAX_DEPTH, type Content, type ScanContext, type ScanFinding } from './content.js';
import {
  worstVerdict,
  type ArtifactVerdict,
  type Inspection,
  type InspectContext,
  type ScanPolicy,
} from './inspect.js';
import { scanNpy } from './npy.js';
import { scanOnnx } from './onnx.js';
import { PickleWalker } from './pickle.js';
import { scanGguf, scanSafetensors } from './tensors.js';
import { HEAD_BYTES, sniff } from './sniff.js';
import { scanHdf5, scanJson, scanSavedModel } from './tf.js';
import { scanZip } from './zip.js';

/** A decompressed stream may not grow beyond this many times its compressed size… */
const MAX_INFLATE_RATIO = 1000;
/** …once it is larger than this. */
const INFLATE_RATIO_FLOOR = 1024 ** 3;

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
    scan: async (content, name) => {
      const child = name === '' ? member : member ? `${member}!${name}` : name;
      const ctx = makeContext(
        policy,
        dir,
        out,
        signature,
        child,
        depth + 1,
        depth === 0 ? hint : undefined,
      );
      try {
        if (ctx.depth > MAX_DEPTH) {
          ctx.add({
            verdict: 'error',
            rule: 'nesting-too-deep',
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
  const kind = ctx.hint === 'tf-savedmodel' ? 'tf-savedmodel' : sniff(head, c.size);
  switch (kind) {
    case 'pickle':
      return scanPickleStream(c, ctx);
    case 'zip':
      return scanZip(c, ctx);
    case 'npy':
      return scanNpy(c, ctx, (rest) => scanPickleStream(rest, ctx));
    case 'safetensors':
      return scanSafetensors(c, ctx);
    case 'gguf':
      return scanGguf(c, ctx);
    case 'onnx':
      return scanOnnx(c, ctx, ctx.signature);
    case 'tf-savedmodel':
      return scanSavedModel(c, ctx);
    case 'hdf5':
      return scanHdf5(c, ctx);
    case 'json':
      return scanJson(c, ctx);
    case 'gzip':
    case 'zlib':
      return scanCompressed(c, ctx, kind);
    case 'bz2':
    case 'xz':
    case 'lzma':
    case 'lz4':
    case 'zstd':
    case 'joblib-zfile':
      ctx.add({
        verdict: 'error',
        rule: 'compression-unsupported',
        message: `${kind}-compressed data cannot be decompressed here, so its content cannot be proven safe`,
      });
      return kind;
    case 'tar':
      ctx.add({
        verdict: 'error',
        rule: 'tar-not-inspected',
        message:
          'a tar archive (torch.load reads legacy tar checkpoints, whose members are pickles): its members are not inspected, so it cannot be proven safe',
      });
      return 'tar';
    case 'empty':
      return 'empty';
    default:
      return 'unknown';
  }
}

/** Walks every pickle in the stream and turns its imports and problems into findings. */
async function scanPickleStream(c: Content, ctx: ScanContext): Promise<string> {
  const w = new PickleWalker({ allowGlobals: ctx.policy.allowGlobals });
  for await (const chunk of c.bytes.chunks()) {
    w.write(chunk);
    if (w.finished) break;
  }
  const r = w.end();
  for (const g of r.globals) {
    if (g.verdict === 'safe') continue;
    const how = g.calls > 0 ? 'calls' : 'imports';
    ctx.add(
      g.verdict === 'unsafe'
        ? {
            verdict: 'unsafe',
            rule: 'pickle-unsafe-global',
            message: `${how} ${g.global}, which can run code or touch the system when loaded`,
            global: g.global,
          }
        : {
            verdict: 'suspicious',
            rule: 'pickle-unknown-global',
            message: `${how} ${g.global}, which is not a known model type (add it to security.allow_globals if you trust it)`,
            global: g.global,
          },
    );
  }
  for (const p of r.problems) ctx.add(p);
  return r.legacyTorch ? 'pytorch-legacy' : r.joblib ? 'joblib' : 'pickle';
}

async function scanCompressed(
  c: Content,
  ctx: ScanContext,
  kind: 'gzip' | 'zlib',
): Promise<string> {
  const inflater =
    kind === 'gzip'
      ? createGunzip({ chunkSize: READ_CHUNK })
      : createInflate({ chunkSize: READ_CHUNK });
  const input = Readable.from(c.bytes.chunks());
  input.on('error', (err) => inflater.destroy(err));
  const limit =
    c.size === undefined
      ? INFLATE_RATIO_FLOOR
      : Math.max(INFLATE_RATIO_FLOOR, c.size * MAX_INFLATE_RATIO);
  let total = 0;
  let bomb = false;
  const limited = Readable.from(
    (async function* () {
      for await (const chunk of input.pipe(inflater) as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limit) {
          bomb = true;
          inflater.destroy();
          return;
        }
        yield chunk;
      }
    })(),
  );
  const inner = await ctx.scan({ bytes: new ByteReader(limited) }, '');
  if (bomb) {
    ctx.add({
      verdict: 'unsafe',
      rule: 'decompression-bomb',
      message: `${kind} data inflates beyond ${limit} bytes, over ${MAX_INFLATE_RATIO}× its size`,
    });
  }
  return `${inner}+${kind}`;
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

/** Severity follows the policy: `suspicious` fails only under `security.pickle: strict`. */
export function toFindings(
  findings: readonly ScanFinding[],
  shown: string,
  policy: ScanPolicy,
): Finding[] {
  return findings.map((f) => ({
    severity:
      f.verdict === 'suspicious'
        ? policy.pickle === 'strict'
          ? 'error'
          : 'warning'
        : f.verdict === 'safe'
          ? 'notice'
          : 'error',
    rule: f.rule,
    message: f.member ? `${f.member}: ${f.message}` : f.message,
    location: { file: shown },
    ...(f.global ? { global: f.global } : {}),
  }));
}
