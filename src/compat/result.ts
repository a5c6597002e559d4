import type { Digest } from '../digest.js';
import type { Finding, SourceLocation, Verdict } from '../findings.js';
import type { EngineName } from './engine.js';
import type { Manifest, ServeProtocol, Target } from '../manifest/types.js';
import type { LoadResult } from '../serving/load.js';

/**
 * What the harness (or a custom target's command) writes to result.json. It comes out of a
 * container running code we do not trust, so it is read field by field: anything missing or
 * of the wrong type is simply absent here.
 */
export interface HarnessResult {
  runtime: Runtime;
  loadMs?: number;
  warnings: { category: string; message: string; source?: string }[];
  problems: Problem[];
  /** Largest error seen per output across the samples. */
  outputs: Record<string, { maxAbsError: number; maxRelError: number }>;
  samples?: { total: number; passed: number };
  latency?: { p50: number; p95: number; calls: number };
  throughputRps?: number;
  /** Why the samples were not run although the model loaded. */
  skipped?: string;
  errors: { stage: string; type: string; message: string; sample?: number }[];
}

export interface Runtime {
  python?: string;
  numpy?: string;
  framework?: string;
  frameworkVersion?: string;
}

export type ProblemKind = 'mismatch' | 'non-finite' | 'shape' | 'dtype' | 'missing-output';

export interface Problem {
  kind: ProblemKind;
  output: string;
  /** Line of the samples file. */
  sample?: number;
  message: string;
}

const PROBLEM_KINDS: readonly ProblemKind[] = [
  'mismatch',
  'non-finite',
  'shape',
  'dtype',
  'missing-output',
];

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Reads result.json's text; throws a plain Error saying what is wrong with it. */
export function parseHarnessResult(text: string): HarnessResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`result.json is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('result.json is not a JSON object');
  const r = raw as Json;
  const rt = obj(r.runtime);
  const latency = obj(r.latency_ms);
  const samples = obj(r.samples);
  const p50 = num(latency.p50);
  const p95 = num(latency.p95);
  const total = num(samples.total);
  const outputs: HarnessResult['outputs'] = {};
  for (const [name, v] of Object.entries(obj(r.outputs))) {
    const o = obj(v);
    outputs[name] = {
      maxAbsError: num(o.max_abs_error) ?? 0,
      maxRelError: num(o.max_rel_error) ?? 0,
    };
  }
  return {
    runtime: {
      python: str(rt.python),
      numpy: str(rt.numpy),
      framework: str(rt.framework),
      frameworkVersion: str(rt.framework_version),
    },
    loadMs: num(r.load_ms),
    warnings: list(r.warnings)
      .map(obj)
      .map((w) => ({
        category: str(w.category) ?? 'Warning',
        message: str(w.message) ?? '',
        source: str(w.source),
      })),
    problems: list(r.problems)
      .map(obj)
      .filter((p) => PROBLEM_KINDS.includes(p.kind as ProblemKind))
      .map((p) => ({
        kind: p.kind as ProblemKind,
        output: str(p.output) ?? '?',
        sample: num(p.sample),
        message: str(p.message) ?? String(p.kind),
      })),
    outputs,
    samples: total === undefined ? undefined : { total, passed: num(samples.passed) ?? 0 },
    latency:
      p50 === undefined || p95 === undefined
        ? undefined
        : { p50, p95, calls: num(latency.calls) ?? 0 },
    throughputRps: num(r.throughput_rps),
    skipped: str(r.skipped),
    errors: list(r.errors)
      .map(obj)
      .map((e) => ({
        stage: str(e.stage) ?? 'harness',
        type: str(e.type) ?? 'Error',
        message: str(e.message) ?? '',
        sample: num(e.sample),
      })),
  };
}

/**
 * `error`: no trustworthy answer (timeout, crash, no result). `fail`: the model ran and a
 * check said no. Both fail a required target.
 */
export type TargetVerdict = 'pass' | 'fail' | 'error';

export interface TargetResult {
  target: string;
  image: string;
  required: boolean;
  verdict: TargetVerdict;
  runtime: Runtime;
  loadMs?: number;
  latency?: { p50: number; p95: number; calls: number };
  throughputRps?: number;
  maxAbsError?: number;
  maxRelError?: number;
  samples?: { total: number; passed: number };
  /** A serving target's server (`serve:`): how long it took to be ready, what it served. */
  serving?: ServingFigures;
  /** A serving target's load test (`load:`), when it ran. */
  load?: LoadResult;
  /** The last lines of a serving target's server log, when the target did not pass. */
  serverLog?: string;
  findings: Finding[];
  durationMs: number;
}

export interface ServingFigures {
  protocol: ServeProtocol;
  /** From the container's start to the server and the model saying they are ready. */
  ready_ms: number;
  /** The version number modelgate laid the model out under (the server's, not semver). */
  served_version: number;
  /** The model metadata as the server answered it (`/v2/models/<m>`, `/v1/models/<m>/metadata`). */
  metadata: unknown;
}

/** What a run found, before the orchestration adds which target, image and how long. */
export type TargetOutcome = Omit<TargetResult, 'target' | 'image' | 'required' | 'durationMs'>;

/** Where a target's findings point: its entry in the manifest, and the samples file. */
export interface FindingPlaces {
  target: SourceLocation;
  samples?: string;
}

/** Matches sklearn's InconsistentVersionWarning and the like from other libraries. */
const VERSION_WARNING = /version/i;

/**
 * Turns a harness result into a verdict and findings: samples, signature, load errors,
 * warnings raised while loading, and the serving SLO.
 */
export function evaluate(
  r: HarnessResult,
  t: Target,
  m: Manifest,
  at: FindingPlaces,
): TargetOutcome {
  const findings: Finding[] = [];
  const add = (
    severity: Finding['severity'],
    rule: string,
    message: string,
    location: SourceLocation = at.target,
  ) => findings.push({ severity, rule, message: `${t.name}: ${message}`, location });

  for (const e of r.errors) {
    const where =
      e.sample !== undefined && at.samples ? { file: at.samples, line: e.sample } : at.target;
    add(
      'error',
      `compat-${e.stage}-error`,
      `${e.stage === 'load' ? 'cannot load the model' : `${e.stage} failed`}: ${e.type}: ${e.message}`,
      where,
    );
  }

  const groups = new Map<string, Problem[]>();
  for (const p of r.problems) {
    const key = `${p.kind}\0${p.output}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const total = r.samples?.total ?? 0;
  for (const ps of groups.values()) {
    const first = ps[0]!;
    const worst = r.outputs[first.output];
    const message =
      first.kind === 'mismatch' && worst
        ? `output \`${first.output}\` differs from the expected values: max abs error ${fmt(worst.maxAbsError)}, max rel error ${fmt(worst.maxRelError)} (tolerance atol ${m.compatibility.tolerance.atol}, rtol ${m.compatibility.tolerance.rtol})`
        : first.message;
    const where =
      first.sample !== undefined && at.samples
        ? { file: at.samples, line: first.sample }
        : at.target;
    const n = new Set(ps.map((p) => p.sample)).size;
    add(
      'error',
      `compat-output-${first.kind}`,
      `${message} (${n} of ${total} sample${total === 1 ? '' : 's'})`,
      where,
    );
  }

  for (const w of r.warnings) {
    const isVersion = VERSION_WARNING.test(w.category) || VERSION_WARNING.test(w.message);
    add(
      isVersion ? 'warning' : 'notice',
      isVersion ? 'compat-version-warning' : 'compat-load-warning',
      `loading raised ${w.category}: ${w.message.replace(/\s+/g, ' ').trim()}`,
    );
  }
  if (r.skipped) add('warning', 'compat-samples-skipped', r.skipped);
  else if (m.model.samples === undefined)
    add(
      'warning',
      'compat-no-samples',
      'the manifest has no `model.samples`: only loading was tested',
    );
  else if (r.errors.length === 0 && r.samples === undefined)
    add('error', 'compat-no-samples-run', 'the result reports no samples run');

  const slo = m.serving.slo;
  if (slo && r.latency) {
    if (slo.p95_latency_ms !== undefined && r.latency.p95 > slo.p95_latency_ms) {
      add(
        'error',
        'slo-p95-latency',
        `p95 latency ${fmt(r.latency.p95)} ms is over serving.slo.p95_latency_ms (${slo.p95_latency_ms} ms)`,
      );
    }
    if (slo.p50_latency_ms !== undefined && r.latency.p50 > slo.p50_latency_ms) {
      add(
        'error',
        'slo-p50-latency',
        `p50 latency ${fmt(r.latency.p50)} ms is over serving.slo.p50_latency_ms (${slo.p50_latency_ms} ms)`,
      );
    }
  }
  // The harness measures rows/s only in batch mode, the one mode min_rows_per_s is for.
  for (const [key, rule] of [
    ['min_throughput_rps', 'slo-throughput'],
    ['min_rows_per_s', 'slo-rows-throughput'],
  ] as const) {
    const bound = slo?.[key];
    if (bound !== undefined && r.throughputRps !== undefined && r.throughputRps < bound)
      add(
        'error',
        rule,
        `throughput ${fmt(r.throughputRps)} rows/s is under serving.slo.${key} (${bound})`,
      );
  }

  const errs = Object.values(r.outputs);
  const loaded = !r.errors.some((e) => e.stage === 'load' || e.stage === 'harness');
  return {
    verdict: !loaded ? 'error' : findings.some((f) => f.severity === 'error') ? 'fail' : 'pass',
    runtime: r.runtime,
    loadMs: r.loadMs,
    latency: r.latency,
    throughputRps: r.throughputRps,
    maxAbsError: errs.length ? Math.max(...errs.map((e) => e.maxAbsError)) : undefined,
    maxRelError: errs.length ? Math.max(...errs.map((e) => e.maxRelError)) : undefined,
    samples: r.samples,
    findings,
  };
}

/** Three significant digits: enough to compare errors and latencies, short in a table. */
export function fmt(n: number): string {
  const a = Math.abs(n);
  if (n === 0) return '0';
  if (a >= 1e6 || a < 1e-3) return n.toExponential(2);
  return a >= 1000 ? n.toFixed(0) : String(Number(n.toPrecision(3)));
}

/** `test` for one manifest: its targets' results on the digests they ran on. */
export interface ModelCompat {
  manifest: string;
  model?: string;
  version?: string;
  verdict: Verdict;
  /** The digests the targets ran on: recorded evidence counts for exactly these bytes. */
  artifacts: { path: string; sha256: Digest }[];
  /** About the manifest and artifacts; when they have errors no container runs. */
  findings: Finding[];
  targets: TargetResult[];
}

export interface CompatReport {
  verdict: Verdict;
  /** Absent when nothing needed a container. */
  engine?: EngineName;
  /** `--target`, when one was chosen. */
  target?: string;
  models: ModelCompat[];
}
