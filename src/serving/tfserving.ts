/**
 * A client of TensorFlow Serving's REST API, as its documentation gives it
 * (tensorflow.org/tfx/serving/api_rest):
 *
 * - model status: `GET /v1/models/<m>[/versions/<v>]` → `{model_version_status: [{version,
 *   state, status: {error_code, error_message}}]}`; a version serves once its state is
 *   `AVAILABLE` (before: START, LOADING; after: UNLOADING, END);
 * - model metadata: `GET /v1/models/<m>[/versions/<v>]/metadata` → `{model_spec,
 *   metadata: {signature_def: {signature_def: {<name>: {inputs, outputs, method_name}}}}}`,
 *   each tensor `{dtype: "DT_FLOAT", tensor_shape: {dim: [{size: "-1"}], unknown_rank}, name}`;
 * - predict: `POST /v1/models/<m>[/versions/<v>]:predict` with `{signature_name?, instances}`
 *   (row format) or `{signature_name?, inputs}` (columnar) → `{predictions}` or `{outputs}`;
 * - errors: a non-2xx status with `{"error": "<message>"}`.
 *
 * modelgate sends the columnar format with every input named: it carries any batch size and
 * several inputs alike, and the answer's `outputs` is the value of the only output or an
 * object keyed by output name. Every call names the version modelgate laid out.
 */
import type { SampleTensor } from '../manifest/samples.js';
import type { BatchAnswer } from './batch.js';
import { exchange, isObject, json, READY_TIMEOUT_MS, ServingError } from './http.js';

/** The signature TF Serving serves unless told otherwise. */
export const DEFAULT_SIGNATURE = 'serving_default';

export interface TfTensorInfo {
  name: string;
  /** `DT_FLOAT`, `DT_INT64`, … */
  dtype: string;
  /** Undefined for an unknown rank; -1 for a dimension of any size. */
  shape?: number[];
}

export interface TfSignature {
  inputs: TfTensorInfo[];
  outputs: TfTensorInfo[];
  method_name: string;
}

/** An output of a predict call, flattened in row-major order. */
export interface TfOutput {
  name: string;
  shape: number[];
  data: unknown[];
}

/** A nested JSON array as its shape and its flat data. */
export function unnest(value: unknown): { shape: number[]; data: unknown[] } {
  const shape: number[] = [];
  let v = value;
  while (Array.isArray(v)) {
    shape.push(v.length);
    v = v[0];
  }
  return { shape, data: Array.isArray(value) ? value.flat(Infinity) : [value] };
}

/** Flat row-major data as the nested arrays of `shape`. */
export function nest(data: readonly unknown[], shape: readonly number[]): unknown {
  if (shape.length === 0) return data[0];
  const [n, ...rest] = shape;
  const size = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: n! }, (_, i) => nest(data.slice(i * size, (i + 1) * size), rest));
}

function tensorInfo(name: string, v: unknown): TfTensorInfo {
  const t = isObject(v) ? v : {};
  const shape = isObject(t.tensor_shape) ? t.tensor_shape : {};
  const dims = Array.isArray(shape.dim) ? shape.dim : undefined;
  return {
    name,
    dtype: String(t.dtype ?? ''),
    shape:
      shape.unknown_rank === true || dims === undefined
        ? dims === undefined && shape.unknown_rank !== true
          ? []
          : undefined
        : dims.map((d) => Number(isObject(d) ? d.size : NaN)),
  };
}

export class TfServingClient {
  /** `<base>/v1/models/<m>/versions/<v>` */
  readonly modelUrl: string;

  constructor(
    readonly baseUrl: string,
    readonly model: string,
    readonly version: number,
  ) {
    this.modelUrl = `${baseUrl}/v1/models/${encodeURIComponent(model)}/versions/${version}`;
  }

  /** Whether the version's state is AVAILABLE; `why` gives the state (or error) otherwise. */
  async ready(): Promise<{ ready: boolean; why: string }> {
    const r = await exchange(this.modelUrl, undefined, READY_TIMEOUT_MS);
    const path = new URL(this.modelUrl).pathname;
    if (r.status !== 200) return { ready: false, why: `GET ${path}: HTTP ${r.status}` };
    let body: unknown;
    try {
      body = JSON.parse(r.text);
    } catch {
      return { ready: false, why: `GET ${path}: not JSON` };
    }
    const list =
      isObject(body) && Array.isArray(body.model_version_status) ? body.model_version_status : [];
    const mine = list.find((s) => isObject(s) && String(s.version) === String(this.version));
    if (!isObject(mine))
      return { ready: false, why: `GET ${path}: version ${this.version} not listed` };
    const state = String(mine.state);
    const status = isObject(mine.status) ? mine.status : {};
    const error =
      status.error_code && status.error_code !== 'OK'
        ? ` (${String(status.error_code)}: ${String(status.error_message ?? '')})`
        : '';
    return { ready: state === 'AVAILABLE', why: `version ${this.version} is ${state}${error}` };
  }

  /** The served signature `serving_default` (or the only one), from the metadata endpoint. */
  async metadata(): Promise<{ raw: unknown; signatureName: string; signature: TfSignature }> {
    const url = `${this.modelUrl}/metadata`;
    const raw = await json(url);
    const where = `GET ${new URL(url).pathname}`;
    const meta = isObject(raw) && isObject(raw.metadata) ? raw.metadata : {};
    const outer = isObject(meta.signature_def) ? meta.signature_def : {};
    const defs = isObject(outer.signature_def) ? outer.signature_def : {};
    const names = Object.keys(defs);
    const signatureName = names.includes(DEFAULT_SIGNATURE)
      ? DEFAULT_SIGNATURE
      : names.length === 1
        ? names[0]!
        : undefined;
    if (signatureName === undefined)
      throw new ServingError(
        `${where}: no signature ${DEFAULT_SIGNATURE} in signature_def (it has ${names.join(', ') || 'none'})`,
      );
    const def = defs[signatureName] as Record<string, unknown>;
    const side = (v: unknown) =>
      Object.entries(isObject(v) ? v : {}).map(([n, t]) => tensorInfo(n, t));
    return {
      raw,
      signatureName,
      signature: {
        inputs: side(def.inputs),
        outputs: side(def.outputs),
        method_name: String(def.method_name ?? ''),
      },
    };
  }

  get predictUrl(): string {
    return `${this.modelUrl}:predict`;
  }

  /** The columnar predict request for these inputs. */
  static request(inputs: readonly SampleTensor[], signatureName = DEFAULT_SIGNATURE): unknown {
    return {
      signature_name: signatureName,
      inputs: Object.fromEntries(inputs.map((t) => [t.name, nest(t.data, t.shape)])),
    };
  }

  /**
   * Whether an answer to the load test's request is a valid predict response; to a batch, one
   * whose batched outputs each hold the batch's rows (a bare `outputs` is the only output's).
   */
  static validResponse(body: Buffer, batch?: BatchAnswer): boolean {
    try {
      const r = JSON.parse(body.toString('utf8')) as unknown;
      // The requests are columnar, and predict() takes only `outputs`: the load test counts as
      // valid only what the sample test would.
      if (!isObject(r) || !('outputs' in r)) return false;
      const outputs = r.outputs;
      return (batch?.outputs ?? []).every((name) => {
        const v = isObject(outputs) ? outputs[name] : outputs;
        return Array.isArray(v) && v.length === batch!.rows;
      });
    } catch {
      return false;
    }
  }

  /**
   * Predicts; `outputNames` are the signature's outputs, which name the answer's value when
   * there is only one (the columnar answer then gives it bare).
   */
  async predict(
    inputs: readonly SampleTensor[],
    outputNames: readonly string[],
    signatureName = DEFAULT_SIGNATURE,
  ): Promise<TfOutput[]> {
    const body = await json(this.predictUrl, TfServingClient.request(inputs, signatureName));
    const where = `POST ${new URL(this.predictUrl).pathname}`;
    if (!isObject(body) || !('outputs' in body))
      throw new ServingError(`${where}: the response has no \`outputs\``);
    const outputs = body.outputs;
    const named: [string, unknown][] = isObject(outputs)
      ? Object.entries(outputs)
      : [[outputNames.length === 1 ? outputNames[0]! : '', outputs]];
    return named.map(([name, v]) => ({ name, ...unnest(v) }));
  }
}
