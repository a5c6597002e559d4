import { describe, expect, it } from 'vitest';
import type { CompatReport } from '../../src/compat/result.js';
import type { TargetResult } from '../../src/compat/result.js';
import { renderCompatMarkdown, renderCompatText } from '../../src/report/compat.js';

const target = (over: Partial<TargetResult>): TargetResult => ({
  target: 'triton',
  image: 'img',
  required: true,
  verdict: 'pass',
  runtime: {},
  findings: [],
  durationMs: 1000,
  serving: { protocol: 'kserve-v2', ready_ms: 1530, served_version: 1002003, metadata: {} },
  load: {
    mode: 'closed',
    concurrency: 4,
    requests: 200,
    errors: 2,
    p50_ms: 4.2,
    p95_ms: 9.8,
    p99_ms: 12.5,
    max_ms: 20,
    throughput_rps: 99,
    duration_s: 2,
    histogram: [
      { le_ms: 5, count: 120 },
      { le_ms: 20, count: 78 },
    ],
  },
  ...over,
});

const report = (t: TargetResult): CompatReport => ({
  verdict: t.verdict === 'pass' ? 'pass' : 'fail',
  engine: 'podman',
  models: [
    {
      manifest: 'm.yaml',
      model: 'm',
      version: '1.2.3',
      verdict: 'pass',
      artifacts: [],
      findings: [],
      targets: [t],
    },
  ],
});

describe('the report of a serving target', () => {
  it('shows the protocol, served version and readiness, the load table and the latency chart beside it', () => {
    const md = renderCompatMarkdown(report(target({})));
    expect(md).toContain('kserve-v2, version 1002003, ready in 1.53 s');
    expect(md).toContain('#### Load test of `triton`');
    expect(md).toContain('| load | closed loop, 4 concurrent |');
    expect(md).toContain('| errors | 2 (1 %) |');
    expect(md).toContain('| p95 | 9.8 ms |');
    expect(md).toContain('| throughput | 99 requests/s |');
    // The chart follows the table.
    expect(md.indexOf('```mermaid')).toBeGreaterThan(md.indexOf('| throughput |'));
    expect(md).toMatch(/xychart-beta[\s\S]*bar \[120, 78\]/);
    expect(md).not.toContain("server's log");
  });

  it('shows the batch size, rows and rows/s of a batch-mode load test, and no rows/s otherwise', () => {
    const batch = target({
      load: { ...target({}).load!, batch_size: 256, rows: 50_688, rows_per_s: 25_344 },
      throughputRps: 25_344,
    });
    const md = renderCompatMarkdown(report(batch));
    expect(md).toContain('| load | closed loop, 4 concurrent, batches of 256 rows |');
    expect(md).toContain('| rows | 50688 |');
    expect(md).toContain('| rows/s | 25344 |');
    expect(md).toMatch(/\| p95 \| rows\/s \| max abs error \|/);
    const text = renderCompatText(report(batch));
    expect(text).toContain(
      'triton: load test: closed loop, 4 concurrent, batches of 256 rows, requests 200',
    );
    expect(text).toContain('rows 50688, rows/s 25344');
    const single = renderCompatMarkdown(report(target({})));
    expect(single).not.toContain('rows');
  });

  it("carries the server's log of a failed target in a fence its text cannot close", () => {
    const log = 'standin: loading\nbad ``` fence\nstandin: listening';
    const md = renderCompatMarkdown(
      report(target({ verdict: 'error', load: undefined, serverLog: log })),
    );
    expect(md).toContain(
      "<details><summary>Last lines of the server's log (<code>triton</code>)</summary>",
    );
    expect(md).toContain(['````', log, '````'].join('\n'));
    const text = renderCompatText(report(target({ verdict: 'error', serverLog: log })));
    expect(text).toContain("triton: last lines of the server's log:\n    standin: loading");
    expect(text).toContain(
      'triton: load test: closed loop, 4 concurrent, requests 200, errors 2 (1 %), p50 4.2 ms',
    );
  });
});
