// The canary analysis's and the experiment's manifest rules (src/manifest/analysis-rules.ts),
// through loadManifest: each a configuration that would make the analysis never fail, never
// pass, or compare the canary with itself.
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
  await mkdir(join(dir, 'model'));
  await writeFile(join(dir, 'model/a.bin'), 'x');
});
afterAll(() => cleanup());

/** The findings (rule, severity, line) of a manifest whose promotion block is `promotion`. */
async function findings(promotion: string) {
  const file = join(dir, `m${++n}.yaml`);
  await writeFile(
    file,
    [
      'apiVersion: modelgate/v1',
      'model:',
      '  name: iris',
      '  version: 1.0.0',
      '  framework: custom',
      '  artifacts: [{ path: model/a.bin }]',
      'promotion:',
      promotion,
    ].join('\n') + '\n',
  );
  const r = await loadManifest(file, { cwd: dir });
  return r.findings.map((f) => [f.rule, f.severity, f.location?.line]);
}

const analysis = (settings: string, metrics: string) =>
  findings(
    `  canary:\n    analysis:\n      provider: prometheus\n      url: http://prom\n${settings}      metrics:\n${metrics}`,
  );
const latency = (baseline: string, extra = '') =>
  `        - name: p95\n          query: 'p95{version="{{version}}"}'\n          baseline: '${baseline}'\n${extra}`;

describe('analysis rules', () => {
  it('a well-formed analysis against production passes', async () => {
    expect(
      await analysis('      step: 1m\n', latency('p95{version="{{baseline_version}}"}')),
    ).toEqual([]);
  });

  it('a baseline that is the canary query, or selects {{version}}, is refused', async () => {
    expect(await analysis('', latency('p95{version="{{version}}"}'))).toEqual([
      ['analysis-baseline-is-canary', 'error', 15],
    ]);
    const same = `        - name: p95\n          query: 'p95'\n          baseline: 'p95'\n`;
    expect(await analysis('', same)).toEqual([['analysis-baseline-is-canary', 'error', 15]]);
    // A fixed reference series, without placeholders, is a baseline.
    expect(await analysis('', latency('p95_reference'))).toEqual([]);
  });

  it('an unknown placeholder is refused where it is written', async () => {
    expect(await analysis('', latency('p95{version="{{versoin}}"}'))).toEqual([
      ['analysis-placeholder', 'error', 15],
    ]);
  });

  it('ranges longer than the step warn that the samples overlap', async () => {
    const q = `        - name: err\n          query: 'sum(rate(e{version="{{version}}"}[1m30s]))'\n          max: 1\n`;
    expect(await analysis('      step: 15s\n', q)).toEqual([
      ['analysis-overlapping-samples', 'warning', 15],
    ]);
    expect(await analysis('      step: 90s\n', q)).toEqual([]);
    // A subquery's range counts, and its resolution does not.
    const sub = `        - name: err\n          query: 'max_over_time(e[10m:1m])'\n          max: 1\n`;
    expect(await analysis('      step: 5m\n      window: 1h\n', sub)).toEqual([
      ['analysis-overlapping-samples', 'warning', 16],
    ]);
  });

  it('durations of zero or past 30 days are refused', async () => {
    const m = `        - { name: err, query: up, max: 1 }\n`;
    // The step is the schema's default, so its finding points at the analysis.
    expect(await analysis('      window: 0s\n', m)).toEqual([
      ['analysis-duration', 'error', 12],
      ['analysis-step-beyond-window', 'error', 10],
    ]);
    expect(await analysis('      interval: 0ms\n', m)).toEqual([
      ['analysis-duration', 'error', 12],
    ]);
    expect(await analysis('      window: 99999999999h\n', m)).toEqual([
      ['analysis-duration', 'error', 12],
    ]);
    expect(await analysis('      window: 30d\n', m)).not.toEqual([]);
    expect(await analysis('      interval: 720h\n', m)).toEqual([]);
  });

  it('thresholds of 0 are refused by the schema: a pass of nothing, an analysis that never fails', async () => {
    const m = `        - { name: err, query: up, max: 1 }\n`;
    const f = await analysis('      thresholds: { pass: 0, marginal: 0 }\n', m);
    expect(f.map((x) => x[0])).toEqual(['schema-exclusiveMinimum', 'schema-exclusiveMinimum']);
  });

  it('a failure limit of every measurement is refused', async () => {
    const m = `        - { name: err, query: up, max: 1 }\n`;
    expect(await analysis('      count: 2\n      failure_limit: 2\n', m)).toEqual([
      ['analysis-failure-limit', 'error', 13],
    ]);
    expect(await analysis('      count: 3\n      failure_limit: 2\n', m)).toEqual([]);
  });
});
