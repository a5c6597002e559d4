/**
 * A client of the Open Inference Protocol (KServe v2) REST API, as its specification gives it
 * (kserve.github.io, "Open Inference Protocol (V2 Inference Protocol)"; Triton, MLServer,
 * KServe's runtimes and TorchServe serve it):
 *
 * - health: `GET v2/health/live`, `GET v2/health/ready`, `GET v2/models/<m>[/versions/<v>]/ready`;
 *   the status says it (200 true, 4xx false), the body is empty;
 * - model metadata: `GET v2/models/<m>[/versions/<v>]` → `{name, versions?, platform,
 *   inputs: [{name, datatype, shape}], outputs: [...]}`;
 * - inference: `POST v2/models/<m>[/versions/<v>]/infer` with `{inputs: [{name, shape,
 *   datatype, data}], outputs?: [{name}]}` → `{model_name, model_version?, outputs: [{name,
 *   shape, datatype, data}]}`, tensor data flat in row-major order;
 * - errors: a non-2xx status with `{"error": "<message>"}`.
 *
 * Every call names the version: the one modelgate laid out is the one it tests.
 */
import type { SampleTensor } from '../manifest/samples.js';
import type { BatchAnswer } from './batch.js';
import { exchange, isObject, json, READY_TIMEOUT_MS, ServingError } from './http.js';

/** A tensor's description in model metadata. */
export interface V2TensorMetadata {
  name: string;
  datatype: string;
  /** -1 for a dimension of any size. */
  shape: number[];
}

export interface V2ModelMetadata {
  name: string;
  versions?: string[];
  platform: string;
  inputs: V2TensorMetadata[];
  outputs: V2TensorMetadata[];
}

/** An output tensor of an inference response. */
export interface V2Tensor {
  name: string;
  datatype: string;
  shape: number[];
  data: unknown[];
}

const tensorMeta = (v: unknown, where: string): V2TensorMetadata => {
  if (
    !isObject(v) ||
    typeof v.name !== 'string' ||
    typeof v.datatype !== 'string' ||
    !Array.isArray(v.shape)
  )
    throw new ServingError(
      `${where}: a tensor's metadata lacks name, datatype or shape: ${JSON.stringify(v)}`,
    );
  return { name: v.name, datatype: v.datatype, shape: v.shape.map(Number) };
};

export class KServeClient {
  /** `<base>/v2/models/<m>/versions/<v>` */
  readonly modelUrl: string;

  constructor(
    readonly baseUrl: string,
    readonly model: string,
    readonly version: number,
  ) {
    this.modelUrl = `${baseUrl}/v2/models/${encodeURIComponent(model)}/versions/${version}`;
  }

  /** Whether the server and this version of the model say they are ready (both 200). */
  async ready(): Promise<{ ready: boolean; why: string }> {
    const server = await exchange(`${this.baseUrl}/v2/health/ready`, undefined, READY_TIMEOUT_MS);
    if (server.status !== 200)
      return { ready: false, why: `GET /v2/health/ready: HTTP ${server.status}` };
    const model = await exchange(`${this.modelUrl}/ready`, undefined, READY_TIMEOUT_MS);
    if (model.status !== 200)
      return {
        ready: false,
        why: `GET ${new URL(this.modelUrl).pathname}/ready: HTTP ${model.status}`,
      };
    return { ready: true, why: '' };
  }

  async metadata(): Promise<V2ModelMetadata> {
    const body = await json(this.modelUrl);
    const where = `GET ${new URL(this.modelUrl).pathname}`;
    if (!isObject(body)) throw new ServingError(`${where}: the metadata is not a JSON object`);
    return {
      name: String(body.name ?? ''),
      versions: Array.isArray(body.versions) ? body.versions.map(String) : undefined,
      platform: String(body.platform ?? ''),
      inputs: (Array.isArray(body.inputs) ? body.inputs : []).map((t) => tensorMeta(t, where)),
      outputs: (Array.isArray(body.outputs) ? body.outputs : []).map((t) => tensorMeta(t, where)),
    };
  }

  get inferUrl(): string {
    return `${this.modelUrl}/infer`;
  }

  /** The request body of an inference with these inputs. */
  static request(inputs: readonly SampleTensor[]): unknown {
    return {
      inputs: inputs.map((t) => ({
        name: t.name,
        shape: t.shape,
        datatype: t.datatype,
        data: t.data,
      })),
    };
  }

  /**
   * Whether an answer to the load test's request is a valid inference response; to a batch,
   * one whose batched outputs each have the batch's rows (the leading dimension of `shape`).
   */
  static validResponse(body: Buffer, batch?: BatchAnswer): boolean {
    try {
      const r = JSON.parse(body.toString('utf8')) as unknown;
      if (!isObject(r) || !Array.isArray(r.outputs)) return false;
      const outputs = r.outputs as unknown[];
      return (batch?.outputs ?? []).every((name) =>
        outputs.some(
          (o) =>
            isObject(o) &&
            o.name === name &&
            Array.isArray(o.shape) &&
            Number(o.shape[0]) === batch!.rows,
        ),
      );
    } catch {
      return false;
    }
  }

  async infer(inputs: readonly SampleTensor[]): Promise<V2Tensor[]> {
    const body = await json(this.inferUrl, KServeClient.request(inputs));
    const where = `POST ${new URL(this.inferUrl).pathname}`;
    if (!isObject(body) || !Array.isArray(body.outputs))
      throw new ServingError(`${where}: the response has no \`outputs\` array`);
    return body.outputs.map((o) => {
      if (
        !isObject(o) ||
        typeof o.name !== 'string' ||
        !Array.isArray(o.shape) ||
        !Array.isArray(o.data)
      )
        throw new ServingError(
          `${where}: an output lacks name, shape or data: ${JSON.stringify(o).slice(0, 200)}`,
        );
      return {
        name: o.name,
        datatype: String(o.datatype ?? ''),
        shape: o.shape.map(Number),
        data: o.data.flat(Infinity),
      };
    });
  }
}
