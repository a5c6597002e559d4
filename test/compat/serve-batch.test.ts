// A serving target in batch mode and under a target's limits (src/compat/serve.ts), without
// containers: a stand-in engine hands runServingTarget a loopback server that answers the Open
// Inference Protocol as its document gives it, so the requests it sends can be read.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerEngine, ServerSpec } from '../../src/compat/engine.js';
import { runServingTarget } from '../../src/compat/serve.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { GoldenSample } from '../../src/manifest/samples.js';
import { tempDir } from '../helpers/cli.js';
import { protocolServer, type Seen } from '../serving/kserve-tfserving-server.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, '.git'));
  await writeFile(join(dir, 'model.onnx'), 'onnx bytes');
});
afterAll(() => cleanup());

/** Two golden samples of a model whose output `y` is the first column of `x`. */
const SAMPLES: GoldenSample[] = [
  {
    line: 1,
    inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 2], data: [1, 2] }],
    expected: [{ name: 'y', datatype: 'FP32', shape: [1, 1], data: [1] }],
  },
  {
    line: 2,
    inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 2], data: [3, 4] }],
    expected: [{ name: 'y', datatype: 'FP32', shape: [1, 1], data: [3] }],
  },
];

const METADATA = {
  name: 'lin',
  versions: ['1002003'],
  platform: 'onnxruntime_onnx',
  inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 2] }],
  outputs: [{ name: 'y', datatype: 'FP32', shape: [-1, 1] }],
};

interface V2Request {
  inputs: { shape: number[]; data: number[] }[];
}

/**
 * The model's server: ready, its metadata, and `y` for every row of `x`; `short` drops the
 * last row of an answer to more than two rows (a server that loses part of a batch).
 */
function answer(short = false) {
  return (s: Seen) => {
    if (s.method === 'GET')
      return { status: 200, body: s.path.endsWith('/ready') ? undefined : METADATA };
    const x = (s.body as V2Request).inputs[0]!;
    let rows = x.shape[0]!;
    if (short && rows > 2) rows--;
    const data = Array.from({ length: rows }, (_, i) => x.data[i * 2]!);
    return {
      status: 200,
      body: {
        model_name: 'lin',
        outputs: [{ name: 'y', datatype: 'FP32', shape: [rows, 1], data }],
      },
    };
  };
}

async function run(opts: { slo: string; short?: boolean }) {
  const file = join(dir, `m-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(
    file,
    [
      'apiVersion: modelgate/v1',
      'model:',
      '  name: lin',
      '  version: 1.2.3',
      '  framework: onnx',
      '  artifacts: [{ path: model.onnx }]',
      '  signature:',
      '    inputs: [{ name: x, dtype: float32, shape: [-1, 2] }]',
      '    outputs: [{ name: y, dtype: float32, shape: [-1, 1] }]',
      'serving:',
      '  mode: batch',
      `  slo: ${opts.slo}`,
      'compatibility:',
      '  targets:',
      '    - name: tri',
      '      image: img',
      '      cpus: 0.5',
      '      memory_mb: 256',
      '      serve: { protocol: kserve-v2, layout: triton }',
      '      load: { concurrency: 2, duration_s: 0.3, warmup_s: 0, batch_size: 5 }',
      '',
    ].join('\n'),
  );
  const loaded = (await loadManifest(file, { cwd: dir })).loaded!;
  const server = await protocolServer(answer(opts.short));
  const started: ServerSpec[] = [];
  const engine = {
    name: 'podman',
    startServer: async (spec: ServerSpec) => {
      started.push(spec);
      return {
        name: 'srv',
        url: server.url,
        logs: async () => 'server log',
        running: async () => true,
        stop: async () => {},
      };
    },
  } as unknown as ContainerEngine;
  try {
    const result = await runServingTarget({
      loaded,
      artifacts: [
        {
          path: 'model.onnx',
          shown: 'model.onnx',
          absolute: join(dir, 'model.onnx'),
          verdict: 'safe',
          findings: [],
        },
      ],
      target: loaded.manifest.compatibility.targets[0]!,
      image: 'img',
      places: { target: { file: 'm.yaml', line: 15 }, samples: 'samples.jsonl' },
      samples: SAMPLES,
      engine,
    });
    return { result, started, seen: server.seen };
  } finally {
    await server.close();
  }
}

describe('a serving target in batch mode', () => {
  it("sends batches of the samples' rows and reports rows per second, under the target's limits", async () => {
    const { result, started, seen } = await run({ slo: '{ min_rows_per_s: 1 }' });
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe('pass');
    // The edge of a target: its cpus and memory_mb are the server container's.
    expect(started[0]!.limits).toMatchObject({ cpus: 0.5, memoryMb: 256 });
    // The golden samples went one by one; the load test's requests carry 5 rows, round again.
    const infers = seen
      .filter((s) => s.method === 'POST')
      .map((s) => (s.body as V2Request).inputs[0]!);
    expect(infers.slice(0, 2).map((x) => x.shape)).toEqual([
      [1, 2],
      [1, 2],
    ]);
    const load = infers.slice(2);
    expect(load.length).toBeGreaterThan(2);
    for (const x of load)
      expect(x).toMatchObject({ shape: [5, 2], data: [1, 2, 3, 4, 1, 2, 3, 4, 1, 2] });
    const l = result.load!;
    expect(l.batch_size).toBe(5);
    expect(l.errors).toBe(0);
    expect(l.rows).toBe(5 * l.requests);
    expect(l.rows_per_s).toBeCloseTo(5 * l.throughput_rps, -1);
    expect(result.throughputRps).toBe(l.rows_per_s);
  });

  it('fails when serving.slo.min_rows_per_s is out of reach', async () => {
    const { result } = await run({ slo: '{ min_rows_per_s: 1.0e9 }' });
    expect(result.verdict).toBe('fail');
    expect(result.findings.map((f) => f.rule)).toEqual(['load-rows-throughput']);
    expect(result.findings[0]!.message).toMatch(
      /^tri: \d+(\.\d+)? rows\/s under serving\.slo\.min_rows_per_s 1000000000 under 2 concurrent connections in batches of 5 rows for/,
    );
  });

  it('counts an answer that lost rows of the batch as an error', async () => {
    const { result } = await run({ slo: '{ min_rows_per_s: 1 }', short: true });
    // The samples (one row each) pass; no batch is answered whole.
    expect(result.samples).toEqual({ total: 2, passed: 2 });
    expect(result.findings.map((f) => f.rule)).toEqual(['load-no-success']);
    expect(result.load!.rows).toBe(0);
  });
});
