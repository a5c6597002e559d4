import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../src/artifacts/scan.js';

/**
 * Models built by the real onnx library (generate.py, in the trixie image), each with one
 * external-data tensor in one of the places a TensorProto can live; expected.json lists the
 * external tensors onnx itself finds after parsing. The files their locations name are made
 * here: a weights file, links in and out of the folder, a folder, a FIFO.
 */
const EXTRA = join(import.meta.dirname, '../fixtures/artifacts/onnx-extra');
const expected: Record<string, { tensor: string; locations: string[]; path: string }[]> =
  JSON.parse(readFileSync(join(EXTRA, 'expected.json'), 'utf8')).models;
const policy = { pickle: 'strict', allowGlobals: [] } as const;

/** What each location must come to, in a folder laid out as beforeAll lays it out. */
const VERDICT: Record<string, 'safe' | 'unsafe' | 'error'> = {
  'weights.bin': 'safe',
  'link-in.bin': 'safe',
  'sub/weights.bin': 'safe',
  '/etc/hostname': 'unsafe',
  '../outside.bin': 'unsafe', // the file exists: '..' alone is refused
  'sub/../weights.bin': 'unsafe',
  'link-out.bin': 'unsafe',
  'dir.bin': 'unsafe',
  'fifo.bin': 'unsafe',
  'missing.bin': 'error',
  '': 'unsafe', // the model's folder itself
  '.': 'unsafe',
  '*/_ORT_MEM_ADDR_/*': 'unsafe',
  'parentlink/x.bin': 'unsafe',
  '..\\..\\etc\\hostname': 'unsafe',
};

let root: string;
let dir: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'modelgate-onnx-'));
  dir = join(root, 'model');
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  mkdirSync(join(dir, 'dir.bin'));
  mkdirSync(elsewhere);
  for (const f of readdirSync(EXTRA).filter((n) => n.endsWith('.onnx')))
    copyFileSync(join(EXTRA, f), join(dir, f));
  writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(8));
  writeFileSync(join(dir, 'sub/weights.bin'), Buffer.alloc(8));
  writeFileSync(join(root, 'outside.bin'), Buffer.alloc(8));
  symlinkSync('weights.bin', join(dir, 'link-in.bin'));
  symlinkSync('/etc/hostname', join(dir, 'link-out.bin'));
  symlinkSync(elsewhere, join(dir, 'parentlink'));
  execFileSync('mkfifo', [join(dir, 'fifo.bin')]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const worst = (vs: string[]) => ['unsafe', 'error', 'safe'].find((v) => vs.includes(v)) ?? 'safe';

describe('external data, wherever a tensor lives', () => {
  const models = Object.entries(expected);

  it('covers every place and location kind', () => {
    expect(models.length).toBeGreaterThanOrEqual(55);
    const places = new Set(models.map(([, ts]) => ts[0]?.path.replace(/\[\d+\]/g, '')));
    for (const p of [
      '.graph.initializer',
      '.graph.sparse_initializer.values',
      '.graph.sparse_initializer.indices',
      '.graph.node.attribute.t',
      '.graph.node.attribute.tensors',
      '.graph.node.attribute.sparse_tensor.values',
      '.graph.node.attribute.sparse_tensors.values',
      '.graph.node.attribute.g.initializer',
      '.graph.node.attribute.g.node.attribute.t',
      '.graph.node.attribute.graphs.initializer',
      '.functions.node.attribute.t',
      '.functions.attribute_proto.t',
      '.functions.node.attribute.g.initializer',
      '.training_info.initialization.initializer',
    ])
      expect(places, p).toContain(p);
  });

  it.each(models)('%s', async (name, tensors) => {
    const r = await scanFile(join(dir, name), policy);
    // The loaders take the last location entry; the scanner checks them all.
    const want = worst(
      tensors.flatMap((t) => (t.locations.length ? t.locations : ['']).map((l) => VERDICT[l]!)),
    );
    expect(r.verdict, JSON.stringify(r.findings, null, 1)).toBe(want);
    const external = r.findings.filter((f) => f.rule.startsWith('onnx-external-data'));
    for (const t of tensors)
      for (const l of t.locations.length ? t.locations : [''])
        if (VERDICT[l] !== 'safe')
          expect(external.map((f) => f.message).join('\n')).toContain(JSON.stringify(l));
    for (const f of r.findings) expect(f.loader).toBe('onnx');
    if (want === 'unsafe')
      expect(external.map((f) => f.rule)).toContain('onnx-external-data-escape');
  });

  it('names where the tensor lives', async () => {
    const r = await scanFile(join(dir, 'function-if-branch-escape.onnx'), policy);
    expect(r.findings.find((f) => f.verdict === 'unsafe')?.message).toMatch(
      /^the graph in function "local\.Fn", node "" \(If\), attribute "then_branch", initializer: tensor "w"/,
    );
  });

  it('still reports the signature of the main graph only', async () => {
    const r = await scanFile(join(dir, 'if-then-initializer-inside.onnx'), policy);
    expect(r.signature?.inputs?.map((i) => i.name)).toEqual(['x']);
    expect(r.signature?.outputs?.map((o) => o.name)).toEqual(['y']);
  });

  it('does not count operators of a model-local function as a custom library', async () => {
    const r = await scanFile(join(dir, 'function-constant-inside.onnx'), policy);
    expect(r.findings.map((f) => f.rule)).not.toContain('onnx-custom-op');
  });
});
