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
  return (await loaded(promotion)).map((f) => [f.rule, f.severity, f.location?.line]);
}

/** The findings' rules and messages. */
async function messages(promotion: string) {
  return (await loaded(promotion)).map((f) => [f.rule, f.message]);
}

async function loaded(promotion: string) {
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
  return (await loadManifest(file, { cwd: dir })).findings;
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

  const metric = `        - { name: err, query: up, max: 1 }\n`;
  const prom = (settings: string, metrics = metric) =>
    messages(
      `  canary:\n    analysis:\n      provider: prometheus\n      url: http://prom\n${settings}      metrics:\n${metrics}`,
    );

  it('says what is wrong, in words a user can act on', async () => {
    expect(await prom('      window: 0s\n      step: 0s\n')).toEqual([
      ['analysis-duration', '`window` (0s) must be longer than 0 and at most 30 days'],
      ['analysis-duration', '`step` (0s) must be longer than 0 and at most 30 days'],
    ]);
    expect(await prom('      step: 10m\n')).toEqual([
      [
        'analysis-step-beyond-window',
        '`step` (10m) is longer than `window` (5m): a range query would return at most one sample',
      ],
    ]);
    // A step as long as the window gives two samples, the window's two ends: allowed.
    expect(await prom('      step: 5m\n')).toEqual([]);
    expect(await prom('      thresholds: { pass: 70, marginal: 80 }\n')).toEqual([
      [
        'analysis-thresholds-order',
        '`thresholds.marginal` (80) must not exceed `thresholds.pass` (70)',
      ],
    ]);
    expect(await prom('      thresholds: { pass: 80, marginal: 80 }\n')).toEqual([]);
    expect(await prom('      count: 2\n      failure_limit: 2\n')).toEqual([
      [
        'analysis-failure-limit',
        '`failure_limit` 2 tolerates every one of the 2 measurements failing: the analysis could never fail',
      ],
    ]);
  });

  it('each metric needs a query for prometheus, and something to be judged by', async () => {
    expect(await prom('', '        - { name: err, max: 1 }\n')).toEqual([
      ['analysis-metric-needs-query', 'metric `err` needs a `query` for the prometheus provider'],
    ]);
    expect(await prom('', '        - { name: err, query: up }\n')).toEqual([
      [
        'analysis-metric-unjudged',
        'metric `err` has no `baseline`, `min` or `max`: nothing could ever fail it',
      ],
    ]);
    expect(await prom('', '        - { name: err, query: up, min: 0 }\n')).toEqual([]);
    expect(await prom('', '        - { name: err, query: up, baseline: ref }\n')).toEqual([]);
    // The file provider needs no query.
    expect(
      await messages(
        `  canary:\n    analysis:\n      provider: file\n      path: m.json\n      metrics:\n        - { name: err, max: 1 }\n        - { name: p95, baseline: p95, max: 1, query: 'x[1h]' }\n`,
      ),
    ).toEqual([]);
  });

  it('a tolerance for the other direction is refused at its key', async () => {
    expect(
      await prom('', '        - { name: p, query: up, max: 1, max_decrease_pct: 5 }\n'),
    ).toEqual([
      [
        'analysis-tolerance-direction',
        '`max_decrease_pct` does not apply to a metric whose bad direction is `increase`',
      ],
    ]);
    expect(
      await prom(
        '',
        '        - { name: p, query: up, max: 1, direction: decrease, max_increase_pct: 5 }\n',
      ),
    ).toEqual([
      [
        'analysis-tolerance-direction',
        '`max_increase_pct` does not apply to a metric whose bad direction is `decrease`',
      ],
    ]);
    expect(
      await prom(
        '',
        '        - { name: p, query: up, max: 1, direction: decrease, max_decrease_pct: 5 }\n',
      ),
    ).toEqual([]);
    expect(
      await prom('', '        - { name: p, query: up, max: 1, max_increase_pct: 5 }\n'),
    ).toEqual([]);
    const at = await findings(
      `  canary:\n    analysis:\n      provider: prometheus\n      url: http://prom\n      metrics:\n        - name: p\n          query: up\n          max: 1\n          max_decrease_pct: 5\n`,
    );
    expect(at).toEqual([['analysis-tolerance-direction', 'error', 16]]);
  });

  it('names the placeholder, the baseline that is the canary, and the overlap, in its message', async () => {
    expect(await prom('', latency('p95{v="{{ modle }}",w="{{baseline_version}}"}'))).toEqual([
      [
        'analysis-placeholder',
        '`{{modle}}` in the baseline of `p95` is not a placeholder; the ones filled in are {{model}}, {{version}} and {{baseline_version}}',
      ],
    ]);
    expect(await prom('', latency('{{model}}{{baseline_version}}'))).toEqual([]);
    expect(await prom('', latency('p95_slow{version="{{version}}"}'))).toEqual([
      [
        'analysis-baseline-is-canary',
        'the baseline of `p95` selects {{version}}, the canary: the canary would be compared with itself; select the production version with {{baseline_version}}',
      ],
    ]);
    // Both placeholders: a ratio against production, not the canary alone.
    expect(await prom('', latency('p95{v="{{version}}"} / p95{v="{{baseline_version}}"}'))).toEqual(
      [],
    );
    const same = `        - { name: p95, query: 'p95', baseline: 'p95' }\n`;
    expect(await prom('', same)).toEqual([
      [
        'analysis-baseline-is-canary',
        'the baseline of `p95` is its canary query: the canary would be compared with itself; select the production version with {{baseline_version}}',
      ],
    ]);
    const overlap = `        - { name: e, query: 'rate(e[2m])', max: 1 }\n`;
    expect(await prom('      step: 30s\n', overlap)).toEqual([
      [
        'analysis-overlapping-samples',
        'the query of `e` reads ranges of 120 s at a step of 30 s: neighbouring samples share most of their data, which a rank test takes for more evidence than there is, and equal canaries then fail more often than 1 - confidence; set `step` to at least 120 s',
      ],
    ]);
    // [ 2m ] with spaces, and the longest of several ranges, in the baseline too.
    const spaced = `        - { name: e, query: 'rate(e[ 1m ])', baseline: 'rate(e[30s]) + rate(e[3m])', max: 1 }\n`;
    expect((await prom('      step: 90s\n', spaced)).map((f) => f[1])).toEqual([
      expect.stringContaining('the baseline of `e` reads ranges of 180 s at a step of 90 s'),
    ]);
  });

  it('the experiment: provider needs, its durations, and the queries its kind needs', async () => {
    const experiment = (body: string) => messages(`  experiment:\n${body}`);
    expect(
      await experiment(
        '    provider: prometheus\n    metric: { name: c, kind: proportion, successes: s }\n',
      ),
    ).toEqual([
      ['experiment-needs-url', 'experiment provider `prometheus` needs a `url`'],
      [
        'experiment-metric-needs-query',
        'an experiment metric of kind `proportion` needs `trials` for the prometheus provider',
      ],
    ]);
    expect(
      await experiment(
        '    provider: prometheus\n    url: http://p\n    metric: { name: c, kind: mean }\n',
      ),
    ).toEqual([
      [
        'experiment-metric-needs-query',
        'an experiment metric of kind `mean` needs `query` for the prometheus provider',
      ],
    ]);
    expect(
      await experiment(
        '    provider: prometheus\n    url: http://p\n    metric: { name: c, kind: proportion, successes: s, trials: t }\n',
      ),
    ).toEqual([]);
    expect(
      await experiment('    provider: file\n    window: 0s\n    metric: { name: c, kind: mean }\n'),
    ).toEqual([
      ['experiment-needs-path', 'experiment provider `file` needs a `path`'],
      ['experiment-duration', '`window` (0s) must be longer than 0 and at most 30 days'],
      [
        'experiment-step-beyond-window',
        '`step` (1m) is longer than `window` (0s): a range query would return at most one sample',
      ],
    ]);
    // The file provider reads no queries.
    expect(
      await experiment(
        '    provider: file\n    path: m.json\n    metric: { name: c, kind: mean }\n',
      ),
    ).toEqual([]);
  });
});
