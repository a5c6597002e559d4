import type { Digest } from '../digest.js';

export const FRAMEWORKS = [
  'sklearn',
  'onnx',
  'pytorch',
  'tensorflow',
  'xgboost',
  'safetensors',
  'gguf',
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
}

export interface AnalysisMetric {
  name: string;
  query?: string;
  max?: number;
  min?: number;
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
    slo?: { p95_latency_ms?: number; p50_latency_ms?: number; min_throughput_rps?: number };
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
      analysis?: {
        provider: 'file' | 'prometheus';
        url?: string;
        path?: string;
        metrics: AnalysisMetric[];
      };
    };
    production: { allowed_events: string[]; allowed_refs: string[] };
    /** Events whose runs may write to the registry besides the write guard's own list (default none). */
    write_events?: string[];
  };
  deploy?: { hook?: string };
}
