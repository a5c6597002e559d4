import { describe, expect, it } from 'vitest';
import { evaluate, parseHarnessResult } from '../../src/compat/result.js';
import type { Manifest, Target } from '../../src/manifest/types.js';

const target: Target = {
  name: 't1',
  image: 'img',
  python: 'python3',
  required: true,
  timeout_s: 60,
  cpus: 1,
  memory_mb: 512,
};
const at = { target: { file: 'modelgate.yaml', line: 9, column: 5 }, samples: 'samples.jsonl' };

function manifest(over: { slo?: Manifest['serving']['slo']; samples?: string } = {}): Manifest {
  return {
    apiVersion: 'modelgate/v1',
    model: {
      name: 'm',
      version: '1.0.0',
      framework: 'sklearn',
      artifacts: [{ path: 'm.pkl' }],
      samples: 'samples' in over ? over.samples : 'samples.jsonl',
    },
    serving: { mode: 'realtime', slo: over.slo },
    compatibility: { tolerance: { atol: 1e-6, rtol: 1e-5 }, max_parallel: 2, targets: [target] },
    security: { pickle: 'strict', allow_globals: [] },
    promotion: {
      canary: { steps: [10] },
      production: { allowed_events: [], allowed_refs: [], auto_rollback: false },
    },
  };
}

/** A harness result as harness.py writes it, with `extra` merged in. */
function result(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    harness: 1,
    runtime: {
      python: '3.11.2',
      numpy: '1.24.2',
      framework: 'scikit-learn',
      framework_version: '1.2.1',
    },
    load_ms: 12.5,
    warnings: [],
    problems: [],
    outputs: { label: { max_abs_error: 0, max_rel_error: 0 } },
    errors: [],
    samples: { total: 3, passed: 3 },
    latency_ms: { p50: 1, p95: 2, calls: 100 },
    ...extra,
  });
}

describe('evaluate', () => {
  it('passes a clean result and carries its runtime and numbers', () => {
    const r = evaluate(parseHarnessResult(result()), target, manifest(), at);
    expect(r).toMatchObject({
      verdict: 'pass',
      findings: [],
      loadMs: 12.5,
      maxAbsError: 0,
      latency: { p95: 2 },
    });
    expect(r.runtime).toEqual({
      python: '3.11.2',
      numpy: '1.24.2',
      framework: 'scikit-learn',
      frameworkVersion: '1.2.1',
    });
  });

  it('fails on p95 over serving.slo, naming both numbers', () => {
    const r = evaluate(
      parseHarnessResult(result({ latency_ms: { p50: 1, p95: 75, calls: 50 } })),
      target,
      manifest({ slo: { p95_latency_ms: 50 } }),
      at,
    );
    expect(r.verdict).toBe('fail');
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'slo-p95-latency',
        message: 't1: p95 latency 75 ms is over serving.slo.p95_latency_ms (50 ms)',
      }),
    ]);
  });

  it("judges a batch's rows per second against serving.slo.min_rows_per_s", () => {
    const batch = parseHarnessResult(result({ throughput_rps: 900 }));
    const slo = { min_rows_per_s: 1000 };
    expect(evaluate(batch, target, manifest({ slo }), at).findings).toEqual([
      {
        severity: 'error',
        rule: 'slo-rows-throughput',
        message: 't1: throughput 900 rows/s is under serving.slo.min_rows_per_s (1000)',
        location: at.target,
      },
    ]);
    expect(
      evaluate(batch, target, manifest({ slo: { min_rows_per_s: 900 } }), at).findings,
    ).toEqual([]);
  });

  it('makes a library-version warning a warning finding and other load warnings notices', () => {
    const warnings = [
      {
        category: 'InconsistentVersionWarning',
        message:
          'Trying to unpickle estimator X from version 1.2.1 when using version 1.4.2.\nmore',
        source: 'base.py:1',
      },
      { category: 'UserWarning', message: 'something odd' },
    ];
    const r = evaluate(parseHarnessResult(result({ warnings })), target, manifest(), at);
    expect(r.verdict).toBe('pass');
    expect(r.findings.map((f) => [f.severity, f.rule])).toEqual([
      ['warning', 'compat-version-warning'],
      ['notice', 'compat-load-warning'],
    ]);
    expect(r.findings[0]!.message).toBe(
      't1: loading raised InconsistentVersionWarning: Trying to unpickle estimator X from version 1.2.1 when using version 1.4.2. more',
    );
  });

  it('reports one finding per output and kind, counting distinct samples, at the first sample line', () => {
    const problems = [
      {
        kind: 'shape',
        output: 'y',
        sample: 2,
        message: 'output `y` has shape [1, 2]; the signature says [-1, 3]',
      },
      {
        kind: 'shape',
        output: 'y',
        sample: 2,
        message: 'output `y` has shape [1, 2]; the sample expects [1, 3]',
      },
      {
        kind: 'shape',
        output: 'y',
        sample: 4,
        message: 'output `y` has shape [1, 2]; the signature says [-1, 3]',
      },
      { kind: 'not-a-kind', output: 'y', message: 'ignored' },
    ];
    const r = evaluate(
      parseHarnessResult(result({ problems, samples: { total: 4, passed: 2 } })),
      target,
      manifest(),
      at,
    );
    expect(r.verdict).toBe('fail');
    expect(r.findings).toEqual([
      {
        severity: 'error',
        rule: 'compat-output-shape',
        message: 't1: output `y` has shape [1, 2]; the signature says [-1, 3] (2 of 4 samples)',
        location: { file: 'samples.jsonl', line: 2 },
      },
    ]);
  });

  it('is an error, not a fail, when the model does not load', () => {
    const errors = [
      { stage: 'load', type: 'ModuleNotFoundError', message: "No module named 'sklearn'" },
    ];
    const r = evaluate(
      parseHarnessResult(result({ errors, samples: undefined, latency_ms: undefined })),
      target,
      manifest(),
      at,
    );
    expect(r.verdict).toBe('error');
    expect(r.findings[0]).toMatchObject({
      rule: 'compat-load-error',
      message: "t1: cannot load the model: ModuleNotFoundError: No module named 'sklearn'",
      location: at.target,
    });
  });

  it('warns that only loading was tested when the manifest has no samples', () => {
    const r = evaluate(
      parseHarnessResult(result({ samples: { total: 0, passed: 0 }, latency_ms: undefined })),
      target,
      manifest({ samples: undefined }),
      at,
    );
    expect(r.verdict).toBe('pass');
    expect(r.findings.map((f) => f.rule)).toEqual(['compat-no-samples']);
  });
});

describe('parseHarnessResult', () => {
  it('refuses what is not a JSON object', () => {
    expect(() => parseHarnessResult('{"runtime": ')).toThrow(/result.json is not valid JSON/);
    expect(() => parseHarnessResult('[1, 2]')).toThrow('result.json is not a JSON object');
  });

  it('drops fields of the wrong type instead of trusting them', () => {
    const r = parseHarnessResult(
      JSON.stringify({
        runtime: { python: 3 },
        load_ms: 'fast',
        latency_ms: { p50: 1 },
        warnings: 'none',
        errors: [{}],
      }),
    );
    expect(r.runtime.python).toBeUndefined();
    expect(r.loadMs).toBeUndefined();
    expect(r.latency).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.errors).toEqual([{ stage: 'harness', type: 'Error', message: '', sample: undefined }]);
  });
});
