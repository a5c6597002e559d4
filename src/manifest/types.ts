import type { Digest } from '../digest.js';

export const FRAMEWORKS = [
  'sklearn',
  'onnx',
  'pytorch',
  'tensorflow',
  'xgboost',
  'safetensors',
  'gguf',
  /** A serialized TensorRT engine (`.plan`, `.engine`), served by Triton's TensorRT backend. */
  'tensorrt',
  'custom',
] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export type Dtype =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'float16'
  | 'bfloat16'
  | 'float32'
  | 'float64'
  | 'string';

export interface TensorSpec {
  name: string;
  dtype: Dtype;
  /** -1 is a dimension of any size. */
  shape: number[];
}

export interface Signature {
  inputs: TensorSpec[];
  outputs: TensorSpec[];
}

export interface ArtifactSpec {
  /** As written in the manifest, relative to the manifest's folder. */
  path: string;
  sha256?: Digest;
}

export type ServeProtocol = 'kserve-v2' | 'tfserving';
export type ServeLayout = 'triton' | 'tfserving';

/** The HTTP port each layout's server listens on unless `serve.port` says otherwise. */
export const DEFAULT_SERVE_PORT: Record<ServeLayout, number> = { triton: 8000, tfserving: 8501 };

/** Where the model repository is mounted (read-only) inside a serving target's container. */
export const SERVE_MODELS_DIR = '/models';

/**
 * A serving target: modelgate lays out a model repository and starts the image's own server.
 * `port` and `command` are filled with their per-layout defaults by the manifest loader
 * (`defaultServeCommand`), so they are never missing here.
 */
export interface ServeSpec {
  protocol: ServeProtocol;
  layout: ServeLayout;
  port: number;
  command: string[];
  /** Layout triton only: the user's config.pbtxt, as written (relative to the manifest). */
  config?: string;
  ready_timeout_s: number;
}

/** A load test: exactly one of `concurrency` (closed loop) and `rate_rps` (open loop). */
export interface LoadSpec {
  concurrency?: number;
  rate_rps?: number;
  duration_s: number;
  warmup_s: number;
  /**
   * Rows each request carries along the leading batch dimension: serving mode batch only,
   * where the manifest loader fills DEFAULT_BATCH_SIZE (so it is set exactly in batch mode).
   */
  batch_size?: number;
}

/** Rows a batch-mode load-test request carries unless `load.batch_size` says otherwise. */
export const DEFAULT_BATCH_SIZE = 256;

/** The server command a layout starts when `serve.command` is not given. */
export function defaultServeCommand(
  layout: ServeLayout,
  modelName: string,
  port: number,
): string[] {
  if (layout === 'triton') return ['tritonserver', `--model-repository=${SERVE_MODELS_DIR}`];
  return [
    'tensorflow_model_server',
    `--rest_api_port=${port}`,
    `--model_name=${modelName}`,
    `--model_base_path=${SERVE_MODELS_DIR}/${modelName}`,
  ];
}

export interface Target {
  name: string;
  image: string;
  setup?: string;
  command?: string;
  python: string;
  required: boolean;
  timeout_s: number;
  cpus: number;
  memory_mb: number;
  serve?: ServeSpec;
  load?: LoadSpec;
}

/** Seconds as a number, or a number with a unit: `30s`, `5m`, `1h`, `500ms`. */
export type Duration = number | string;

export interface AnalysisMetric {
  name: string;
  /** The canary's query ({{model}}, {{version}}, {{baseline_version}}). */
  query?: string;
  /** The baseline's query, fetched over the same window as the canary's. */
  baseline?: string;
  /** Which change is bad; the schema defaults it to `increase`. */
  direction?: 'increase' | 'decrease';
  max_increase_pct?: number;
  max_decrease_pct?: number;
  /** The metric's share of the score; the schema defaults it to 1. */
  weight?: number;
  max?: number;
  min?: number;
}

/** promotion.canary.analysis, with the schema's defaults filled in. */
export interface AnalysisSpec {
  provider: 'file' | 'prometheus';
  url?: string;
  path?: string;
  window: Duration;
  step: Duration;
  interval: Duration;
  count: number;
  failure_limit: number;
  inconclusive_limit: number;
  thresholds: { pass: number; marginal: number };
  confidence: number;
  auto_rollback: boolean;
  metrics: AnalysisMetric[];
}

/** promotion.experiment: production (A) against the canary (B) on a business metric. */
export interface ExperimentSpec {
  provider: 'file' | 'prometheus';
  url?: string;
  path?: string;
  window: Duration;
  step: Duration;
  confidence: number;
  power: number;
  metric: {
    name: string;
    kind: 'proportion' | 'mean';
    better: 'higher' | 'lower';
    successes?: string;
    trials?: string;
    query?: string;
  };
}

export interface Manifest {
  apiVersion: 'modelgate/v1';
  model: {
    name: string;
    version: string;
    framework: Framework;
    artifacts: ArtifactSpec[];
    signature?: Signature;
    samples?: string;
  };
  serving: {
    mode: 'realtime' | 'batch' | 'edge';
    slo?: {
      p95_latency_ms?: number;
      p50_latency_ms?: number;
      min_throughput_rps?: number;
      /** Largest share (0..1) of a load test's requests that may fail. */
      max_error_rate?: number;
      /** Batch mode: the fewest rows per second a target must answer. */
      min_rows_per_s?: number;
    };
    max_artifact_mb?: number;
  };
  compatibility: {
    tolerance: { atol: number; rtol: number };
    max_parallel: number;
    /**
     * What `validate` does with a breaking signature change against production: `warn` (the
     * default) reports it and passes, `fail` fails the check.
     */
    breaking_changes?: 'warn' | 'fail';
    targets: Target[];
  };
  security: {
    /** `standard` is the former default, read as `strict`. */
    pickle: 'strict' | 'warn-unknown-classes' | 'standard';
    allow_globals: string[];
  };
  promotion: {
    canary: {
      steps: number[];
      analysis?: AnalysisSpec;
    };
    experiment?: ExperimentSpec;
    production: {
      allowed_events: string[];
      allowed_refs: string[];
      /** A failing `analyze --stage production` rolls production back in the same run. */
      auto_rollback: boolean;
    };
    /** Events whose runs may write to the registry besides the write guard's own list (default none). */
    write_events?: string[];
  };
  /**
   * After each transition: the hand-off files of each platform named (see src/platforms/),
   * then `hook`. Tracked as one deploy: a failure leaves it failed and a rerun retries it.
   */
  deploy?: import('../platforms/index.js').PlatformSettings & {
    hook?: string;
    /** Folder for the hand-off files, relative to the manifest's folder (default `.modelgate/deploy`). */
    out?: string;
    /** Where a platform reads a version's model files: `{{model}}` and `{{version}}` filled in. */
    storage_uri?: string;
  };
}
