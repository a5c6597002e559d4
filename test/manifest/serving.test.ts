// Serving targets in the manifest (issue 14, point 1): the schema's `serve` and `load`, the
// per-layout defaults the loader fills, and the semantic refusals, each at the manifest's line.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
let n = 0;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'm/model'), { recursive: true });
  await writeFile(join(dir, 'm/model/model.onnx'), 'x');
  await writeFile(join(dir, 'm/model/model.pt'), 'x');
  await writeFile(join(dir, 'm/model/model.plan'), 'x');
  await writeFile(join(dir, 'm/model/other.onnx'), 'x');
  await mkdir(join(dir, 'm/model/saved/variables'), { recursive: true });
  await writeFile(join(dir, 'm/model/saved/saved_model.pb'), 'x');
  await writeFile(join(dir, 'm/model/saved/variables/variables.index'), 'x');
});
afterAll(() => cleanup());

const SIGNATURE = [
  '  signature:',
  '    inputs: [{ name: x, dtype: float32, shape: [-1, 4] }]',
  '    outputs: [{ name: y, dtype: float32, shape: [-1, 1] }]',
];

/** Artifacts that make each framework's model folder. */
const ARTIFACTS: Record<string, string> = {
  onnx: '[{ path: model/model.onnx }]',
  pytorch: '[{ path: model/model.pt }]',
  tensorrt: '[{ path: model/model.plan }]',
  tensorflow:
    '[{ path: model/saved/saved_model.pb }, { path: model/saved/variables/variables.index }]',
};

/** Loads a manifest whose `compatibility.targets` is `targets` (a YAML block at indent 4). */
async function load(
  targets: string[],
  opts: {
    framework?: string;
    extra?: string[];
    signature?: false | string[];
    artifacts?: string;
    version?: string;
  } = {},
) {
  const lines = [
    'apiVersion: modelgate/v1',
    'model:',
    '  name: lin',
    `  version: ${opts.version ?? '1.2.3'}`,
    `  framework: ${opts.framework ?? 'onnx'}`,
    `  artifacts: ${opts.artifacts ?? ARTIFACTS[opts.framework ?? 'onnx'] ?? '[{ path: model/model.onnx }]'}`,
    ...(opts.signature === false ? [] : (opts.signature ?? SIGNATURE)),
    'compatibility:',
    '  targets:',
    ...targets,
    ...(opts.extra ?? []),
  ];
  const file = `m/manifest-${n++}.yaml`;
  await writeFile(join(dir, file), lines.join('\n') + '\n');
  return loadManifest(file, { cwd: dir });
}

/** The manifest's line of the first target (9 without the signature lines). */
const T = 12;

/** `line rule` of each finding of the manifest `load` writes. */
const rules = async (targets: string[], opts?: Parameters<typeof load>[1]) =>
  (await load(targets, opts)).findings.map((f) => `${f.location?.line} ${f.rule}`);

describe('serving targets in the manifest', () => {
  it('accepts the issue example and keeps every key', async () => {
    const r = await load(
      [
        '    - name: triton-24-08',
        '      image: nvcr.io/nvidia/tritonserver:24.08-py3',
        '      serve:',
        '        protocol: kserve-v2',
        '        layout: triton',
        '        port: 8000',
        '        command: [tritonserver, --model-repository=/models]',
        '        ready_timeout_s: 60',
        '      load: { concurrency: 8, duration_s: 10 }',
      ],
      { extra: ['serving:', '  slo: { p95_latency_ms: 50, max_error_rate: 0.01 }'] },
    );
    expect(r.findings).toEqual([]);
    const t = r.loaded!.manifest.compatibility.targets[0]!;
    expect(t.serve).toEqual({
      protocol: 'kserve-v2',
      layout: 'triton',
      port: 8000,
      command: ['tritonserver', '--model-repository=/models'],
      ready_timeout_s: 60,
    });
    expect(t.load).toEqual({ concurrency: 8, duration_s: 10, warmup_s: 2 });
    expect(r.loaded!.manifest.serving.slo?.max_error_rate).toBe(0.01);
  });

  it('fills the per-layout port and command, and the timeout', async () => {
    const r = await load(
      [
        '    - { name: tri, image: i, serve: { protocol: kserve-v2, layout: triton } }',
        '    - { name: tfs, image: i, serve: { protocol: tfserving, layout: tfserving }, load: { rate_rps: 50 } }',
      ],
      { framework: 'tensorflow' },
    );
    expect(r.findings).toEqual([]);
    const [tri, tfs] = r.loaded!.manifest.compatibility.targets;
    expect(tri!.serve).toEqual({
      protocol: 'kserve-v2',
      layout: 'triton',
      port: 8000,
      command: ['tritonserver', '--model-repository=/models'],
      ready_timeout_s: 120,
    });
    expect(tfs!.serve).toEqual({
      protocol: 'tfserving',
      layout: 'tfserving',
      port: 8501,
      command: [
        'tensorflow_model_server',
        '--rest_api_port=8501',
        '--model_name=lin',
        '--model_base_path=/models/lin',
      ],
      ready_timeout_s: 120,
    });
    expect(tfs!.load).toEqual({ rate_rps: 50, duration_s: 10, warmup_s: 2 });
  });

  it('puts a given port into the default TF Serving command', async () => {
    const r = await load(
      [
        '    - { name: tfs, image: i, serve: { protocol: tfserving, layout: tfserving, port: 9000 } }',
      ],
      { framework: 'tensorflow' },
    );
    expect(r.loaded!.manifest.compatibility.targets[0]!.serve!.command[1]).toBe(
      '--rest_api_port=9000',
    );
  });

  it('refuses unknown protocols and keys, and out-of-range numbers, at their lines', async () => {
    const r = await load(
      [
        '    - name: t',
        '      image: i',
        '      serve:',
        '        protocol: grpc',
        '        layout: triton',
        '        ports: 1',
        '      load: { concurrency: 0, duration_s: 0 }',
      ],
      { extra: ['serving:', '  slo: { max_error_rate: 1.5 }'] },
    );
    const at = r.findings.map((f) => `${f.location?.line} ${f.rule}`);
    expect(at).toEqual(
      expect.arrayContaining([
        `${T + 3} schema-enum`,
        `${T + 5} schema-additionalProperties`,
        `${T + 6} schema-minimum`,
        `${T + 6} schema-exclusiveMinimum`,
        `${T + 8} schema-maximum`,
      ]),
    );
    expect(r.findings.find((f) => f.rule === 'schema-additionalProperties')!.message).toContain(
      'did you mean `port`?',
    );
  });

  it('requires protocol and layout', async () => {
    const r = await load(['    - { name: t, image: i, serve: { layout: triton } }']);
    expect(r.findings.map((f) => f.message)).toEqual([
      '`compatibility.targets[0].serve` is missing the required field `protocol`',
    ]);
  });

  it('refuses load without serve, at the load key', async () => {
    expect(
      await rules(['    - name: t', '      image: i', '      load: { concurrency: 2 }']),
    ).toEqual([`${T + 2} load-needs-serve`]);
  });

  it('refuses both concurrency and rate_rps, and neither', async () => {
    const serve = '      serve: { protocol: kserve-v2, layout: triton }';
    expect(
      await rules([
        '    - name: t',
        '      image: i',
        serve,
        '      load: { concurrency: 2, rate_rps: 9 }',
      ]),
    ).toEqual([`${T + 3} load-concurrency-and-rate`]);
    expect(
      await rules(['    - name: t', '      image: i', serve, '      load: { duration_s: 3 }']),
    ).toEqual([`${T + 3} load-needs-concurrency-or-rate`]);
  });

  it('warns of a protocol no server of the layout speaks, without failing', async () => {
    const r = await load([
      '    - { name: t, image: i, serve: { protocol: tfserving, layout: triton } }',
    ]);
    expect(r.findings.map((f) => `${f.severity} ${f.location?.line} ${f.rule}`)).toEqual([
      `warning ${T} serve-protocol-layout`,
    ]);
    expect(r.findings[0]!.message).toContain('Triton speaks kserve-v2');
  });

  it('refuses config with layout tfserving', async () => {
    expect(
      await rules(
        [
          '    - name: t',
          '      image: i',
          '      serve:',
          '        protocol: tfserving',
          '        layout: tfserving',
          '        config: config.pbtxt',
        ],
        { framework: 'tensorflow' },
      ),
    ).toEqual([`${T + 5} serve-config-layout`]);
  });

  it('refuses a framework the layout cannot serve, at the layout', async () => {
    const tfs = [
      '    - name: t',
      '      image: i',
      '      serve:',
      '        protocol: tfserving',
      '        layout: tfserving',
    ];
    expect(await rules(tfs)).toEqual([`${T + 4} serve-layout-framework`]);
    expect(await rules(tfs, { framework: 'tensorflow' })).toEqual([]);
    const tri = [
      '    - name: t',
      '      image: i',
      '      serve:',
      '        protocol: kserve-v2',
      '        layout: triton',
    ];
    for (const ok of ['onnx', 'pytorch', 'tensorflow'])
      expect(await rules(tri, { framework: ok })).toEqual([]);
    expect(await rules(tfs, { framework: 'tensorrt' })).toEqual([
      `${T + 4} serve-layout-framework`,
    ]);
    for (const no of ['sklearn', 'xgboost', 'custom']) {
      expect(await rules(tri, { framework: no })).toEqual([`${T + 4} serve-layout-framework`]);
    }
  });

  it("refuses artifacts that do not make the layout's model folder, at the artifacts", async () => {
    const tri = ['    - { name: t, image: i, serve: { protocol: kserve-v2, layout: triton } }'];
    const r = await load(tri, {
      artifacts: '[{ path: model/model.onnx }, { path: model/other.onnx }]',
    });
    expect(r.findings.map((f) => `${f.location?.line} ${f.rule} ${f.message}`)).toEqual([
      '6 serve-artifacts-layout target `t`: 2 ONNX models among the artifacts (model/model.onnx, model/other.onnx); the server loads one',
    ]);
    const two = await load(tri, {
      framework: 'tensorflow',
      artifacts: '[{ path: model/model.pt }]',
    });
    expect(two.findings.map((f) => `${f.location?.line} ${f.rule} ${f.message}`)).toEqual([
      '6 serve-artifacts-layout target `t`: a SavedModel needs saved_model.pb among the artifacts (model/model.pt)',
    ]);
  });

  it('refuses a version no served version number can hold, at the version', async () => {
    const tri = ['    - { name: t, image: i, serve: { protocol: kserve-v2, layout: triton } }'];
    expect((await load(tri)).findings).toEqual([]);
    const bad = await load(tri, { version: '1.1000.0' });
    expect(bad.findings.map((f) => `${f.location?.line} ${f.rule}`)).toEqual([
      '4 serve-version-number',
    ]);
    expect(bad.findings[0]!.message).toContain('minor and patch must be below 1000');
  });

  it('needs the signature to generate a Triton config, and refuses the harness command', async () => {
    const tri = [
      '    - name: t',
      '      image: i',
      '      command: run.sh',
      '      serve: { protocol: kserve-v2, layout: triton }',
    ];
    expect(await rules(tri, { signature: false })).toEqual([
      `${T - 1} serve-target-command`,
      `${T} serve-needs-signature`,
    ]);
  });
});

describe('batch mode in validate', () => {
  const BATCH = ['serving:', '  mode: batch'];
  const target = (load: string) => [
    '    - name: t',
    '      image: i',
    '      serve: { protocol: kserve-v2, layout: triton }',
    `      load: ${load}`,
  ];

  it('sends 256 rows a request unless load.batch_size says otherwise, and only in batch mode', async () => {
    const batch = await load(target('{ concurrency: 2 }'), { extra: BATCH });
    expect(batch.findings).toEqual([]);
    expect(batch.loaded!.manifest.compatibility.targets[0]!.load!.batch_size).toBe(256);
    const given = await load(target('{ concurrency: 2, batch_size: 64 }'), { extra: BATCH });
    expect(given.loaded!.manifest.compatibility.targets[0]!.load!.batch_size).toBe(64);
    const realtime = await load(target('{ concurrency: 2 }'));
    expect(realtime.loaded!.manifest.compatibility.targets[0]!.load!.batch_size).toBeUndefined();
  });

  it('refuses a rows-per-second bound that a serving target without a load test would never judge', async () => {
    const noLoad = [
      '    - name: t',
      '      image: i',
      '      serve: { protocol: kserve-v2, layout: triton }',
    ];
    const r = await load(noLoad, {
      extra: ['serving:', '  mode: batch', '  slo: { min_rows_per_s: 1000 }'],
    });
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'slo-rows-needs-load',
        'serving target `t` runs no load test, so `serving.slo.min_rows_per_s` would never be judged on it; give it `load`',
      ],
    ]);
    expect(
      (
        await load(target('{ concurrency: 2 }'), {
          extra: ['serving:', '  mode: batch', '  slo: { min_rows_per_s: 1000 }'],
        })
      ).findings,
    ).toEqual([]);
  });

  it('refuses load.batch_size and serving.slo.min_rows_per_s outside batch mode, at their keys', async () => {
    const r = await load(target('{ concurrency: 2, batch_size: 64 }'), {
      extra: ['serving:', '  slo: { min_rows_per_s: 1000 }'],
    });
    expect(r.findings.map((f) => `${f.location?.line}:${f.location?.column} ${f.rule}`)).toEqual([
      `${T + 3}:31 load-batch-size-mode`,
      `${T + 5}:10 slo-rows-needs-batch`,
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      "target `t`: `load.batch_size` sends batches, which only serving.mode `batch` judges (rows per second); this manifest's mode is `realtime`",
      "`serving.slo.min_rows_per_s` is judged in serving.mode `batch`, where requests carry batches of rows; this manifest's mode is `realtime`",
    ]);
    expect(
      (
        await load(target('{ concurrency: 2, batch_size: 64 }'), {
          extra: ['serving:', '  mode: batch', '  slo: { min_rows_per_s: 1000 }'],
        })
      ).findings,
    ).toEqual([]);
  });

  it('refuses a model whose input has no leading batch dimension, naming the input', async () => {
    const signature = [
      '  signature:',
      '    inputs: [{ name: x, dtype: float32, shape: [4] }]',
      '    outputs: [{ name: y, dtype: float32, shape: [1] }]',
    ];
    const r = await load(target('{ concurrency: 2 }'), { extra: BATCH, signature });
    // The default batch size is found at the `load` it belongs to; a written one at its key.
    expect(r.findings.map((f) => `${f.location?.line} ${f.rule} ${f.message}`)).toEqual([
      `${T + 3} load-batch-dimension target \`t\`: serving.mode batch sends 256 rows a request (load.batch_size) along the leading batch dimension, but input \`x\` has shape [4], which starts with none (-1); batch mode needs a model that takes a batch`,
    ]);
    const given = await load(target('{\n        concurrency: 2,\n        batch_size: 8 }'), {
      extra: BATCH,
      signature,
    });
    expect(given.findings.map((f) => `${f.location?.line} ${f.rule}`)).toEqual([
      `${T + 5} load-batch-dimension`,
    ]);
  });

  it('refuses batch mode without a signature to find the batch dimension in', async () => {
    const r = await load(
      [
        '    - name: t',
        '      image: i',
        '      serve: { protocol: tfserving, layout: tfserving }',
        '      load: { concurrency: 2 }',
      ],
      { extra: BATCH, signature: false, framework: 'tensorflow' },
    );
    // Without the signature's three lines, `load` is on line T.
    expect(r.findings.map((f) => `${f.location?.line} ${f.rule}`)).toEqual([
      `${T} load-batch-needs-signature`,
    ]);
  });

  it("refuses a batch over the generated config's max_batch_size, which Triton would refuse", async () => {
    expect(await rules(target('{ concurrency: 2, batch_size: 1024 }'), { extra: BATCH })).toEqual(
      [],
    );
    const r = await load(target('{ concurrency: 2, batch_size: 1025 }'), { extra: BATCH });
    expect(r.findings.map((f) => `${f.location?.line} ${f.rule} ${f.message}`)).toEqual([
      `${T + 3} load-batch-over-max-batch-size target \`t\`: load.batch_size 1025 is over max_batch_size 1024 of the config.pbtxt modelgate generates, and Triton refuses a request of more rows; lower load.batch_size or give serve.config`,
    ]);
    // TF Serving has no max_batch_size of its own.
    const tfs = [
      '    - name: t',
      '      image: i',
      '      serve: { protocol: tfserving, layout: tfserving }',
      '      load: { concurrency: 2, batch_size: 5000 }',
    ];
    expect(await rules(tfs, { extra: BATCH, framework: 'tensorflow' })).toEqual([]);
  });
});

describe('a TensorRT engine on layout triton', () => {
  const tri = ['    - { name: t, image: i, serve: { protocol: kserve-v2, layout: triton } }'];

  it('is served, with a warning that the generated max_batch_size may exceed the engine', async () => {
    const r = await load(tri, { framework: 'tensorrt' });
    expect(r.findings.map((f) => `${f.severity} ${f.location?.line} ${f.rule}`)).toEqual([
      `warning ${T} serve-tensorrt-max-batch`,
    ]);
    expect(r.findings[0]!.message).toContain('max_batch_size 1024');
    // A signature without a batch dimension is generated with max_batch_size 0: no warning.
    const unbatched = [
      '  signature:',
      '    inputs: [{ name: x, dtype: float32, shape: [1, 4] }]',
      '    outputs: [{ name: y, dtype: float32, shape: [1, 1] }]',
    ];
    expect(await rules(tri, { framework: 'tensorrt', signature: unbatched })).toEqual([]);
  });

  it('needs one .plan or .engine among the artifacts, and refuses dtypes TensorRT lacks', async () => {
    expect(
      await rules(tri, { framework: 'tensorrt', artifacts: '[{ path: model/model.onnx }]' }),
    ).toEqual([`${T} serve-tensorrt-max-batch`, '6 serve-artifacts-layout']);
    const signature = [
      '  signature:',
      '    inputs: [{ name: x, dtype: float64, shape: [-1, 4] }]',
      '    outputs: [{ name: y, dtype: float32, shape: [-1, 1] }]',
    ];
    const r = await load(tri, { framework: 'tensorrt', signature });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      "target `t`: Triton's tensorrt backend does not support float64 (TYPE_FP64), the dtype of input `x`",
    ]);
  });
});

describe('a user config.pbtxt in validate', () => {
  const CONFIG = [
    'name: "lin"',
    'platform: "onnxruntime_onnx"',
    'max_batch_size: 8',
    'input [ { name: "x", data_type: TYPE_FP32, dims: [ 4 ] } ]',
    'output [ { name: "y", data_type: TYPE_FP32, dims: [ 1 ] } ]',
    '',
  ];
  const target = (config: string) => [
    '    - name: t',
    '      image: i',
    '      serve:',
    '        protocol: kserve-v2',
    '        layout: triton',
    `        config: ${config}`,
  ];

  it('passes a config that serves the signature', async () => {
    await mkdir(join(dir, 'm/serving'), { recursive: true });
    await writeFile(join(dir, 'm/serving/good.pbtxt'), CONFIG.join('\n'));
    expect((await load(target('serving/good.pbtxt'))).findings).toEqual([]);
  });

  it('fails a config that disagrees with the signature at the config line', async () => {
    const bad = [...CONFIG];
    bad[3] = 'input [ { name: "x", data_type: TYPE_INT64, dims: [ 4 ] } ]';
    await writeFile(join(dir, 'm/serving/bad.pbtxt'), bad.join('\n'));
    const r = await load([
      ...target('serving/bad.pbtxt'),
      ...target('serving/bad.pbtxt').map((l) => l.replace('name: t', 'name: t2')),
    ]);
    // Two targets sharing the file: reported once.
    expect(r.findings).toEqual([
      {
        severity: 'error',
        rule: 'triton-config-data-type',
        message: 'input "x" has data_type TYPE_INT64; the signature\'s float32 is TYPE_FP32',
        location: { file: 'm/serving/bad.pbtxt', line: 4, column: 33 },
      },
    ]);
  });

  it('refuses a config outside the repository or missing, at the manifest line', async () => {
    const out = await load(target('../../outside.pbtxt'));
    expect(out.findings.map((f) => `${f.location?.line} ${f.rule}`)).toEqual([
      `${T + 5} path-outside-repository`,
    ]);
    const missing = await load(target('serving/none.pbtxt'));
    expect(missing.findings.map((f) => `${f.location?.line} ${f.rule} ${f.message}`)).toEqual([
      `${T + 5} serve-config-missing serve.config \`serving/none.pbtxt\` does not exist`,
    ]);
  });

  it('refuses a config that is a folder or larger than a config can be', async () => {
    await mkdir(join(dir, 'm/serving/folder.pbtxt'), { recursive: true });
    await writeFile(join(dir, 'm/serving/huge.pbtxt'), '#'.repeat(1_000_001));
    const rules = async (config: string) =>
      (await load(target(config))).findings.map((f) => `${f.location?.line} ${f.rule}`);
    expect(await rules('serving/folder.pbtxt')).toEqual([`${T + 5} serve-config-missing`]);
    expect(await rules('serving/huge.pbtxt')).toEqual([`${T + 5} serve-config-too-large`]);
  });

  it("refuses a batch over the user config's max_batch_size, naming the config's line", async () => {
    await mkdir(join(dir, 'm/serving'), { recursive: true });
    await writeFile(join(dir, 'm/serving/good.pbtxt'), CONFIG.join('\n'));
    const batched = (name: string, size: number) => [
      ...target('serving/good.pbtxt').map((l) => l.replace('name: t', `name: ${name}`)),
      `      load: { concurrency: 2, batch_size: ${size} }`,
    ];
    const r = await load([...batched('t', 8), ...batched('t2', 9)], {
      extra: ['serving:', '  mode: batch'],
    });
    // A config that cannot be read bounds nothing (it is reported itself).
    const missing = await load(
      [...target('serving/none.pbtxt'), '      load: { concurrency: 2, batch_size: 2000 }'],
      { extra: ['serving:', '  mode: batch'] },
    );
    expect(missing.findings.map((f) => f.rule)).toEqual(['serve-config-missing']);
    // The second target shares the file: its batch is still checked against it.
    expect(r.findings.map((f) => `${f.location?.line} ${f.rule} ${f.message}`)).toEqual([
      `${T + 13} load-batch-over-max-batch-size target \`t2\`: load.batch_size 9 is over max_batch_size 8 of m/serving/good.pbtxt (line 3), and Triton refuses a request of more rows; lower load.batch_size or raise max_batch_size`,
    ]);
  });

  it('refuses signature dtypes the Triton backend does not support', async () => {
    const tri = ['    - { name: t, image: i, serve: { protocol: kserve-v2, layout: triton } }'];
    const signature = [
      '  signature:',
      '    inputs: [{ name: x, dtype: float16, shape: [-1, 4] }]',
      '    outputs: [{ name: y, dtype: float32, shape: [-1, 1] }]',
    ];
    const r = await load(tri, { framework: 'pytorch', signature });
    expect(r.findings.map((f) => `${f.location?.line} ${f.rule} ${f.message}`)).toEqual([
      "8 serve-triton-data-type target `t`: Triton's pytorch backend does not support float16 (TYPE_FP16), the dtype of input `x`",
    ]);
    expect((await load(tri, { framework: 'onnx', signature })).findings).toEqual([]);
  });
});
