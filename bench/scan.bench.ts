// Pickle-scan throughput against the core of picklescan and modelscan: a Python loop over
// `pickletools.genops` on the same file, measured in the same run. Both are timed in-process
// (no interpreter or Node start-up), best of ROUNDS. Target: at least 10× faster (the issue asks for 20×).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFile } from '../src/artifacts/scan.js';

const PYTHON = '/usr/bin/python3';
const ROUNDS = 5;
const TARGET = 10;

// A model-like pickle with many small opcodes (a vocabulary, a list of floats, memo reuse)
// and some array payloads: the opcode walk, not the disk, is what is measured.
const WRITE = `
import pickle, sys, collections
obj = {
  'vocab': {f'token{i}': i for i in range(400000)},
  'weights': [i * 0.5 for i in range(400000)],
  'layers': [collections.OrderedDict(name=f'layer{i}', shape=(i, 4), bias=bytes(2048)) for i in range(2000)],
  'arrays': [bytes(65536) for _ in range(64)],
}
with open(sys.argv[1], 'wb') as f:
    pickle.dump(obj, f, protocol=4)
`;

const GENOPS = `
import pickletools, sys, time
best = None
for _ in range(${ROUNDS}):
    t = time.perf_counter()
    with open(sys.argv[1], 'rb') as f:
        n = sum(1 for _ in pickletools.genops(f))
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
print(best)
`;

const dir = await mkdtemp(join(tmpdir(), 'modelgate-bench-scan-'));
try {
  const file = join(dir, 'model.pkl');
  execFileSync(PYTHON, ['-c', WRITE, file]);
  const size = (await stat(file)).size;
  const python = Number(execFileSync(PYTHON, ['-c', GENOPS, file], { encoding: 'utf8' }).trim());
  let ours = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const r = await scanFile(file, { pickle: 'strict', allowGlobals: [] });
    ours = Math.min(ours, (performance.now() - t) / 1000);
    if (r.verdict !== 'safe')
      throw new Error(
        `the benchmark pickle scanned as ${r.verdict}: ${JSON.stringify(r.findings)}`,
      );
  }
  const mbps = (s: number) => (size / 1e6 / s).toFixed(0);
  const ratio = python / ours;
  const ok = ratio >= TARGET;
  console.log(
    `pickle scan: ${ratio.toFixed(1)}× (${mbps(ours)} MB/s against pickletools.genops ${mbps(python)} MB/s on ${(size / 1e6).toFixed(0)} MB; target ≥ ${TARGET}×) ${ok ? 'ok' : 'MISSED'}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
