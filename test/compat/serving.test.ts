import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { CLI, REPO } from '../helpers/cli.js';
import {
  containersLabelled,
  containersNamed,
  describeContainers,
  removeContainers,
  runTestJson,
  type TargetJson,
} from './containers.js';

/** The protocol stand-in (test/fixtures/serving/standin.py), not Triton or TF Serving. */
const STANDIN = 'localhost/modelgate-serving-standin:latest';

/** The parts of a serving target's `test --json` these tests read. */
interface ServingTargetJson extends TargetJson {
  samples?: { total: number; passed: number };
  serving?: { protocol: string; ready_ms: number; served_version: number; metadata: unknown };
  load?: {
    mode: string;
    requests: number;
    errors: number;
    p50_ms: number;
    p95_ms: number;
    p99_ms: number;
    throughput_rps: number;
    batch_size?: number;
    rows?: number;
    rows_per_s?: number;
  };
  serverLog?: string;
  durationMs: number;
}

const target = (out: Awaited<ReturnType<typeof runTestJson>>, manifest: string) => {
  const m = out.models.find((x) =>
    (x as unknown as { manifest: string }).manifest.endsWith(manifest),
  );
  expect(m, manifest).toBeDefined();
  return m!.targets[0] as ServingTargetJson;
};

describeContainers('serving targets against the protocol stand-ins', [STANDIN], (engine) => {
  const leftovers = () => [
    ...containersNamed(engine, 'modelgate-triton-standin'),
    ...containersNamed(engine, 'modelgate-tfserving-standin'),
  ];

  it('a good ONNX model passes over the Open Inference Protocol and TF Serving REST, with its load figures, and a server slow to start is waited for; no container is left', async () => {
    const out = await runTestJson(
      engine,
      'test/fixtures/serving/{kserve-good,tfserving-good,slow-start}.yaml',
      0,
    );
    expect(out.verdict).toBe('pass');
    for (const [file, protocol] of [
      ['kserve-good.yaml', 'kserve-v2'],
      ['tfserving-good.yaml', 'tfserving'],
    ] as const) {
      const t = target(out, file);
      expect(t.verdict, JSON.stringify(t.findings)).toBe('pass');
      expect(t.findings).toEqual([]);
      expect(t.samples).toEqual({ total: 8, passed: 8 });
      expect(t.serving).toMatchObject({ protocol, served_version: expect.any(Number) });
      expect(t.serving!.ready_ms).toBeGreaterThan(0);
      expect(t.serving!.metadata).toBeTruthy();
      expect(t.load!.requests).toBeGreaterThan(20);
      // TF Serving's target runs open loop at 200 requests/s for 2 s: about 400 requests.
      expect(t.load!.mode).toBe(protocol === 'tfserving' ? 'open' : 'closed');
      if (protocol === 'tfserving') expect(t.load!.requests).toBeGreaterThan(300);
      expect(t.load!.errors).toBe(0);
      expect(t.load!.p50_ms).toBeGreaterThan(0);
      expect(t.load!.p95_ms).toBeGreaterThanOrEqual(t.load!.p50_ms);
      expect(t.load!.p99_ms).toBeGreaterThanOrEqual(t.load!.p95_ms);
      expect(t.load!.throughput_rps).toBeGreaterThan(10);
      // A passing target carries no server log.
      expect(t.serverLog).toBeUndefined();
    }
    // A server that takes 3 s to be ready is waited for; its version 0.4.0 is served as 4000.
    const late = target(out, 'slow-start.yaml');
    expect(late.verdict, JSON.stringify(late.findings)).toBe('pass');
    expect(late.serving!.ready_ms).toBeGreaterThanOrEqual(3000);
    expect(late.serving!.served_version).toBe(4000);
    expect(late.samples).toEqual({ total: 8, passed: 8 });
    expect(leftovers()).toEqual([]);
  }, 200_000);

  it('fails a server never ready (stopped at the timeout, its log in the report), one that exits at once, a metadata mismatch, wrong outputs, a slow and an erroring server, each with its finding; no container is left', async () => {
    const out = await runTestJson(engine, 'test/fixtures/serving/bad-*.yaml', 1);
    expect(out.verdict).toBe('fail');
    const rules = (t: ServingTargetJson) => t.findings.map((f) => f.rule);

    const never = target(out, 'bad-never-ready.yaml');
    expect(never.verdict).toBe('error');
    expect(never.findings).toEqual([
      expect.objectContaining({
        rule: 'serve-not-ready',
        message: expect.stringMatching(
          /not ready within 4 s \(serve\.ready_timeout_s\).*HTTP 400.*stopped/,
        ),
        location: expect.objectContaining({ file: 'test/fixtures/serving/bad-never-ready.yaml' }),
      }),
    ]);
    // Stopped at the timeout, not at the target's own timeout_s.
    expect(never.durationMs).toBeLessThan(20_000);
    expect(never.serverLog).toMatch(/kserve-v2 stand-in listening on 0\.0\.0\.0:8000/);

    // A server that exits at once is reported with its log, not waited for (and not restarted).
    const crash = target(out, 'bad-crash.yaml');
    expect(crash.verdict).toBe('error');
    expect(crash.findings).toEqual([
      expect.objectContaining({
        rule: 'serve-exited',
        message: expect.stringMatching(
          /the server exited with code 3 as it started, before it was ready/,
        ),
      }),
    ]);
    expect(crash.serverLog).toBe('tritonserver: cannot load model\n');

    const dtype = target(out, 'bad-wrong-datatype.yaml');
    expect(dtype.verdict).toBe('fail');
    expect(dtype.findings).toContainEqual(
      expect.objectContaining({
        rule: 'serve-metadata-dtype',
        message: expect.stringMatching(
          /input `x` is served as float64; the signature says float32/,
        ),
      }),
    );
    expect(dtype.serverLog).toMatch(/stand-in listening/);

    const renamed = target(out, 'bad-renamed-input.yaml');
    expect(renamed.verdict).toBe('fail');
    expect(renamed.findings).toContainEqual(
      expect.objectContaining({
        rule: 'serve-metadata-missing',
        message: expect.stringMatching(/the server has no input `x` \(it serves `x_renamed`\)/),
      }),
    );

    const wrong = target(out, 'bad-wrong-outputs.yaml');
    expect(wrong.verdict).toBe('fail');
    expect(wrong.findings).toEqual([
      expect.objectContaining({
        rule: 'serve-output-mismatch',
        message: expect.stringMatching(
          /output `y` differs .*max abs error 0\.5\b.*\(8 of 8 samples\)/,
        ),
        location: { file: 'test/fixtures/compat/onnx/samples.jsonl', line: 1 },
      }),
    ]);

    const slow = target(out, 'bad-slow.yaml');
    expect(slow.verdict).toBe('fail');
    expect(rules(slow)).toEqual(['load-p95']);
    expect(slow.findings[0]!.message).toMatch(
      /p95 latency .* over serving\.slo\.p95_latency_ms 30/,
    );
    expect(slow.load!.p95_ms).toBeGreaterThan(60);

    const erroring = target(out, 'bad-erroring.yaml');
    expect(erroring.verdict).toBe('fail');
    expect(rules(erroring)).toContain('load-error-rate');
    expect(erroring.findings.find((f) => f.rule === 'load-error-rate')!.message).toMatch(
      /requests failed \(\d+(\.\d+)? %\), over serving\.slo\.max_error_rate 0\.05/,
    );
    expect(erroring.load!.errors / erroring.load!.requests).toBeGreaterThan(0.15);

    expect(leftovers()).toEqual([]);
  }, 200_000);

  it('batch mode sends batches of rows on both protocols and judges rows per second: a reachable serving.slo.min_rows_per_s passes, one out of reach fails; no container is left', async () => {
    const out = await runTestJson(engine, 'test/fixtures/serving/batch-*.yaml', 1);
    for (const [file, rows] of [
      ['batch-kserve.yaml', 64],
      // TF Serving's target gives no batch_size: batch mode's default.
      ['batch-tfserving.yaml', 256],
    ] as const) {
      const t = target(out, file);
      expect(t.verdict, JSON.stringify(t.findings)).toBe('pass');
      expect(t.samples).toEqual({ total: 8, passed: 8 });
      const l = t.load!;
      expect(l.batch_size).toBe(rows);
      expect(l.errors).toBe(0);
      expect(l.requests).toBeGreaterThan(10);
      // Every successful request carried the whole batch, each answered with all its rows.
      expect(l.rows).toBe(rows * l.requests);
      expect(l.rows_per_s).toBeGreaterThan(100);
      // Both rates are rounded to 0.1: at 20 requests a second their ratio is rows only to 1 %.
      expect(l.rows_per_s! / l.throughput_rps / rows).toBeCloseTo(1, 2);
      expect(t.throughputRps).toBe(l.rows_per_s);
    }
    const slow = target(out, 'batch-unreachable.yaml');
    expect(slow.verdict).toBe('fail');
    expect(slow.findings.map((f) => f.rule)).toEqual(['load-rows-throughput']);
    expect(slow.findings[0]!.message).toMatch(
      /rows\/s under serving\.slo\.min_rows_per_s 1000000000 under 2 concurrent connections in batches of 128 rows/,
    );
    expect(slow.load!.rows_per_s).toBeGreaterThan(0);
    expect(leftovers()).toEqual([]);
  }, 200_000);

  it('SIGTERM while waiting for the server to be ready removes the server and its relay', async () => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'test',
        '--manifest',
        join(REPO, 'test/fixtures/serving/never-ready-long.yaml'),
        '--engine',
        engine.name,
      ],
      { cwd: REPO, env: engine.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const label = `modelgate.pid=${child.pid}`;
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await new Promise<void>((resolve) =>
        child.stderr.setEncoding('utf8').on('data', (d: string) => {
          stderr += d;
          if (/laid out triton repository/.test(stderr)) resolve();
        }),
      );
      // Both containers come up well within the 30 s readiness wait, however slow the machine.
      const until = Date.now() + 25_000;
      while (Date.now() < until && containersLabelled(engine, label).length < 2) await sleep(50);
      expect(containersLabelled(engine, label)).toHaveLength(2);
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(143);
      expect(stderr).toMatch(/SIGTERM: removing 2 containers/);
      expect(containersLabelled(engine, label)).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      removeContainers(engine, containersLabelled(engine, label));
    }
  }, 60_000);
});
