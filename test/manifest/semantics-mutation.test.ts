// The semantic refusals of a manifest (src/manifest/semantics.ts), in-process through
// loadManifest, each named for what a removed check would let through
// (npm run mutate -- semantics).
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
  await writeFile(join(dir, 'm/model/a.pkl'), 'x');
  await writeFile(join(dir, 'outside.jsonl'), '{"inputs": [1]}\n');
});
afterAll(() => cleanup());

interface Parts {
  framework?: string;
  artifacts?: string;
  samples?: string;
  targets?: string;
  serving?: string;
  promotion?: string;
  signature?: string;
}

/** Loads a manifest built from parts (each a YAML block or flow value), in m/ of a repository. */
async function load(p: Parts = {}) {
  const lines = [
    'apiVersion: modelgate/v1',
    'model:',
    '  name: iris',
    '  version: 1.0.0',
    `  framework: ${p.framework ?? 'sklearn'}`,
    `  artifacts: ${p.artifacts ?? '[{ path: model/a.pkl }]'}`,
    ...(p.samples ? [`  samples: ${p.samples}`] : []),
    ...(p.signature ? ['  signature:', p.signature] : []),
    'compatibility:',
    `  targets: ${p.targets ?? '[{ name: t, image: i }]'}`,
    ...(p.serving ? ['serving:', p.serving] : []),
    ...(p.promotion ? ['promotion:', '  canary:', p.promotion] : []),
  ];
  const file = `m/manifest-${n++}.yaml`;
  await writeFile(join(dir, file), lines.join('\n') + '\n');
  const r = await loadManifest(file, { cwd: dir });
  expect(r.loaded, JSON.stringify(r.findings)).toBeDefined();
  return r.findings;
}

const rules = (f: { rule: string }[]) => f.map((x) => x.rule);

async function samples(text: string) {
  const name = `s-${n++}.jsonl`;
  await writeFile(join(dir, 'm', name), text);
  return load({ samples: name });
}

it('a well-formed manifest has no finding', async () => {
  expect(await load()).toEqual([]);
});

describe('artifacts', () => {
  it('an artifact outside the repository is refused, and at its path', async () => {
    const f = await load({ artifacts: '[{ path: model/a.pkl }, { path: ../../etc/passwd }]' });
    expect(rules(f)).toEqual(['path-outside-repository']);
    expect(f[0]!.message).toMatch(/^artifact `..\/..\/etc\/passwd` is refused: /);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.location).toMatchObject({ line: 6 });
  });

  it('the same artifact listed twice is refused, even spelled differently', async () => {
    const f = await load({
      artifacts: '[{ path: model/a.pkl }, { path: ./model/../model/a.pkl }]',
    });
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'duplicate-artifact',
        message: 'artifact `./model/../model/a.pkl` is listed twice (first at artifacts[0])',
      }),
    ]);
  });

  it('a third listing of one artifact names the first, not the second', async () => {
    const f = await load({
      artifacts: '[{ path: model/a.pkl }, { path: model/a.pkl }, { path: ./model/a.pkl }]',
    });
    expect(f.map((x) => x.message)).toEqual([
      'artifact `model/a.pkl` is listed twice (first at artifacts[0])',
      'artifact `./model/a.pkl` is listed twice (first at artifacts[0])',
    ]);
  });

  it('two different artifacts are not duplicates', async () => {
    await writeFile(join(dir, 'm/model/b.pkl'), 'y');
    expect(await load({ artifacts: '[{ path: model/a.pkl }, { path: model/b.pkl }]' })).toEqual([]);
  });
});

describe('samples', () => {
  it('a samples file outside the repository is refused', async () => {
    const f = await load({ samples: '../../outside.jsonl' });
    expect(rules(f)).toEqual(['path-outside-repository']);
    expect(f[0]!.message).toMatch(/^samples file `..\/..\/outside.jsonl` is refused: /);
  });

  it('a samples file that does not exist is refused', async () => {
    const f = await load({ samples: 'none.jsonl' });
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'samples-missing',
        message: 'samples file `none.jsonl` does not exist',
      }),
    ]);
  });

  it('good samples pass, blank lines skipped', async () => {
    expect(await samples('{"inputs": [1]}\n\n   \n{"inputs": [2], "expected": 1}\n')).toEqual([]);
  });

  it('an empty samples file, or only blank lines, is refused', async () => {
    for (const text of ['', '\n  \n\n']) {
      const f = await samples(text);
      expect(f).toEqual([
        {
          severity: 'error',
          rule: 'samples-empty',
          message: 'the samples file holds no samples',
          location: { file: expect.stringMatching(/s-\d+\.jsonl$/), line: 1, column: 1 },
        },
      ]);
    }
  });

  it('a line that is not JSON is refused, at its line', async () => {
    const f = await samples('{"inputs": [1]}\n\nnot json\n');
    expect(f).toEqual([
      {
        severity: 'error',
        rule: 'samples-json',
        message: expect.stringMatching(/^not valid JSON: ./),
        location: { file: expect.stringMatching(/^m\/s-\d+\.jsonl$/), line: 3, column: 1 },
      },
    ]);
  });

  it('a sample that is not an object with inputs is refused, whatever JSON it is', async () => {
    const f = await samples('1\n"s"\nnull\n[{"inputs": 1}]\n{"expected": 1}\n{"inputs": 1}\n');
    expect(f.map((x) => [x.rule, x.location?.line])).toEqual([
      ['samples-shape', 1],
      ['samples-shape', 2],
      ['samples-shape', 3],
      ['samples-shape', 4],
      ['samples-shape', 5],
    ]);
    expect(f[0]!.message).toBe(
      'each sample must be an object with an `inputs` field (and usually `expected`)',
    );
  });

  it('only bad lines: their findings, not "holds no samples" besides', async () => {
    expect(rules(await samples('nope\n'))).toEqual(['samples-json']);
    expect(rules(await samples('{}\n'))).toEqual(['samples-shape']);
  });

  it('stops at 20 findings, of either kind', async () => {
    expect(await samples('x\n'.repeat(30))).toHaveLength(20);
    expect(await samples('{}\n'.repeat(30))).toHaveLength(20);
    expect(await samples('x\n{}\n'.repeat(15))).toHaveLength(20);
  });

  it('a line over 16 MiB is refused and ends the reading; one of exactly 16 MiB is read', async () => {
    const max = 16 * 1024 * 1024;
    const exact = `{"inputs": "${'a'.repeat(max - 14)}"}`;
    expect(exact).toHaveLength(max);
    expect(await samples(exact + '\n')).toEqual([]);
    const f = await samples(`{"inputs": "${'a'.repeat(max - 13)}"}\nnot json\n`);
    expect(f).toEqual([
      {
        severity: 'error',
        rule: 'samples-line-too-long',
        message: `sample line is longer than ${max} characters`,
        location: expect.objectContaining({ line: 1, column: 1 }),
      },
    ]);
  }, 30_000);
});

describe('compatibility targets', () => {
  it('a target name used twice is refused, naming the first', async () => {
    const f = await load({
      targets:
        '[{ name: t, image: i }, { name: u, image: i }, { name: t, image: j }, { name: t, image: k }]',
    });
    expect(f.map((x) => x.message)).toEqual([
      'target name `t` is used twice (first at targets[0])',
      'target name `t` is used twice (first at targets[0])',
    ]);
    expect(rules(f)).toEqual(['duplicate-target', 'duplicate-target']);
  });

  it('a custom framework target without command is refused; with one it is not', async () => {
    const f = await load({
      framework: 'custom',
      targets: '[{ name: a, image: i, command: "python load.py" }, { name: b, image: i }]',
    });
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'custom-target-command',
        message: 'target `b` needs a `command`: framework custom has no built-in loader',
      }),
    ]);
  });

  it('another framework needs no command', async () => {
    expect(await load({ framework: 'sklearn', targets: '[{ name: a, image: i }]' })).toEqual([]);
  });
});

describe('serving', () => {
  it('edge mode without a size limit is refused', async () => {
    const f = await load({ serving: '  mode: edge' });
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'edge-needs-size-limit',
        message: 'serving mode `edge` requires `serving.max_artifact_mb`',
      }),
    ]);
  });

  it('edge mode with a limit, or another mode without, passes', async () => {
    expect(await load({ serving: '  mode: edge\n  max_artifact_mb: 10' })).toEqual([]);
    expect(await load({ serving: '  mode: batch' })).toEqual([]);
  });

  it('a rows-per-second bound is refused outside batch mode, at its key, and kept in it', async () => {
    const slo = '  slo: { min_rows_per_s: 500 }';
    for (const mode of ['realtime', 'edge\n  max_artifact_mb: 10']) {
      const f = await load({ serving: `  mode: ${mode}\n${slo}` });
      expect(f).toEqual([
        expect.objectContaining({
          rule: 'slo-rows-needs-batch',
          message: `\`serving.slo.min_rows_per_s\` is judged in serving.mode \`batch\`, where requests carry batches of rows; this manifest's mode is \`${mode.split('\n')[0]}\``,
          location: expect.objectContaining({ column: 10 }),
        }),
      ]);
    }
    expect(await load({ serving: `  mode: batch\n${slo}` })).toEqual([]);
    expect(await load({ serving: '  mode: realtime\n  slo: { p95_latency_ms: 5 }' })).toEqual([]);
  });
});

describe('canary steps', () => {
  const steps = async (list: string) =>
    (await load({ promotion: `    steps: ${list}` })).map((x) => [x.rule, x.message]);

  it('a step of 0, of 100, negative or above 100 is refused', async () => {
    for (const s of [0, 100, -5, 150]) {
      expect(await steps(`[${s}]`)).toEqual([
        ['canary-step-range', `canary step ${s} must be greater than 0 and less than 100`],
      ]);
    }
  });

  it('steps just inside (0, 100) pass', async () => {
    expect(await steps('[0.5, 1, 99, 99.5]')).toEqual([]);
  });

  it('a repeated step ([10, 10]) or a decreasing one is refused', async () => {
    expect(await steps('[10, 10]')).toEqual([
      ['canary-step-order', 'canary steps must be strictly increasing: 10 follows 10'],
    ]);
    expect(await steps('[10, 50, 20]')).toEqual([
      ['canary-step-order', 'canary steps must be strictly increasing: 20 follows 50'],
    ]);
  });

  it('a step out of range is reported as such, not as out of order', async () => {
    expect(await steps('[50, 0]')).toEqual([
      ['canary-step-range', 'canary step 0 must be greater than 0 and less than 100'],
    ]);
  });

  it('names the step it refuses', async () => {
    const f = await load({ promotion: '    steps:\n      - 10\n      - 10' });
    expect(f[0]!.location?.line).toBe(13);
  });
});

describe('canary analysis', () => {
  const analysis = (body: string) =>
    load({
      promotion: `    analysis:\n${body}\n      metrics: [{ name: err, query: up, max: 1 }]`,
    });

  it('a prometheus analysis without url is refused', async () => {
    const f = await analysis('      provider: prometheus\n      path: m.json');
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'analysis-needs-url',
        message: 'analysis provider `prometheus` needs a `url`',
      }),
    ]);
  });

  it('a file analysis without path is refused', async () => {
    const f = await analysis('      provider: file\n      url: http://prom');
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'analysis-needs-path',
        message: 'analysis provider `file` needs a `path`',
      }),
    ]);
  });

  it('each provider with what it needs passes', async () => {
    expect(await analysis('      provider: prometheus\n      url: http://prom')).toEqual([]);
    expect(await analysis('      provider: file\n      path: m.json')).toEqual([]);
  });
});

describe('signature', () => {
  it('a tensor name used twice on one side is refused; across sides it is not', async () => {
    const f = await load({
      signature: [
        '    inputs:',
        '      - { name: x, dtype: float32, shape: [-1] }',
        '      - { name: x, dtype: float32, shape: [-1] }',
        '    outputs:',
        '      - { name: x, dtype: float32, shape: [-1] }',
        '      - { name: y, dtype: float32, shape: [-1] }',
        '      - { name: y, dtype: float32, shape: [-1] }',
      ].join('\n'),
    });
    expect(f.map((x) => [x.rule, x.message])).toEqual([
      ['duplicate-tensor', 'signature inputs name `x` is used twice'],
      ['duplicate-tensor', 'signature outputs name `y` is used twice'],
    ]);
  });
});

describe('where each refusal points', () => {
  /** [rule, line, column, the text from there on] of each finding of a manifest. */
  async function pointed(name: string, yaml: string) {
    await writeFile(join(dir, 'm', name), yaml);
    const r = await loadManifest(`m/${name}`, { cwd: dir });
    const lines = yaml.split('\n');
    return r.findings.map((f) => {
      expect(f.severity).toBe('error');
      expect(f.location?.file).toBe(`m/${name}`);
      const { line, column } = f.location!;
      return [f.rule, line, column, lines[line! - 1]!.slice(column! - 1)];
    });
  }

  it('at the offending value, not its key nor the top of the file', async () => {
    const yaml = `apiVersion: modelgate/v1
model:
  name: iris
  version: 1.0.0
  framework: custom
  artifacts:
    - path: model/a.pkl
    - path: model/a.pkl
  samples: nope.jsonl
  signature:
    inputs:
      - { name: x, dtype: float32, shape: [-1] }
      - { name: x, dtype: float32, shape: [-1] }
    outputs:
      - { name: y, dtype: float32, shape: [-1] }
      - { name: y, dtype: float32, shape: [-1] }
compatibility:
  targets:
    - name: t
      image: i
      command: c
    - name: t
      image: j
serving:
  mode: edge
promotion:
  canary:
    steps: [10, 10]
    analysis:
      provider: prometheus
      metrics: [{ name: e, query: up, max: 1 }]
`;
    expect(await pointed('where-1.yaml', yaml)).toEqual([
      ['duplicate-artifact', 8, 13, 'model/a.pkl'],
      ['samples-missing', 9, 12, 'nope.jsonl'],
      ['duplicate-target', 22, 13, 't'],
      ['custom-target-command', 22, 7, 'name: t'],
      ['edge-needs-size-limit', 25, 9, 'edge'],
      ['canary-step-order', 28, 17, '10]'],
      ['analysis-needs-url', 30, 17, 'prometheus'],
      ['duplicate-tensor', 13, 17, 'x, dtype: float32, shape: [-1] }'],
      ['duplicate-tensor', 16, 17, 'y, dtype: float32, shape: [-1] }'],
    ]);
  });

  it('the outside paths, the step range and the file analysis too', async () => {
    const yaml = `apiVersion: modelgate/v1
model:
  name: iris
  version: 1.0.0
  framework: sklearn
  artifacts:
    - path: model/a.pkl
    - path: ../../etc/passwd
  samples: ../../outside.jsonl
compatibility:
  targets: [{ name: t, image: i }]
promotion:
  canary:
    steps: [0]
    analysis:
      provider: file
      metrics: [{ name: e, query: up, max: 1 }]
`;
    expect(await pointed('where-2.yaml', yaml)).toEqual([
      ['path-outside-repository', 8, 13, '../../etc/passwd'],
      ['path-outside-repository', 9, 12, '../../outside.jsonl'],
      ['canary-step-range', 14, 13, '0]'],
      ['analysis-needs-path', 16, 17, 'file'],
    ]);
  });

  it('a bad sample is refused with severity error', async () => {
    const f = await samples('{}\n');
    expect(f[0]).toMatchObject({ severity: 'error', rule: 'samples-shape' });
  });
});
