import { afterEach, describe, expect, it } from 'vitest';
import { ServingError } from '../../src/serving/http.js';
import { KServeClient } from '../../src/serving/kserve.js';
import { protocolServer } from './kserve-tfserving-server.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('the Open Inference Protocol client', () => {
  it('is ready only when the server (GET /v2/health/ready) and this version of the model (…/versions/<v>/ready) answer 200', async () => {
    let modelReady = 400;
    const s = await protocolServer(({ path }) =>
      path === '/v2/health/ready'
        ? { status: 200 }
        : path === '/v2/models/m/versions/7/ready'
          ? { status: modelReady }
          : { status: 404, body: { error: 'unknown' } },
    );
    close = s.close;
    const c = new KServeClient(s.url, 'm', 7);
    expect(await c.ready()).toEqual({
      ready: false,
      why: 'GET /v2/models/m/versions/7/ready: HTTP 400',
    });
    modelReady = 200;
    expect((await c.ready()).ready).toBe(true);
  });

  it('reads model metadata and sends typed tensors to /infer, reading the outputs flat', async () => {
    const s = await protocolServer(({ method, path, body }) => {
      if (method === 'GET' && path === '/v2/models/m/versions/1')
        return {
          status: 200,
          body: {
            name: 'm',
            versions: ['1'],
            platform: 'onnxruntime_onnx',
            inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 2] }],
            outputs: [{ name: 'y', datatype: 'FP32', shape: [-1, 1] }],
          },
        };
      if (method === 'POST' && path === '/v2/models/m/versions/1/infer') {
        const x = (body as { inputs: { data: number[] }[] }).inputs[0]!.data;
        return {
          status: 200,
          body: {
            model_name: 'm',
            outputs: [
              {
                name: 'y',
                datatype: 'FP32',
                shape: [2, 1],
                data: [[x[0]! + x[1]!], [x[2]! + x[3]!]],
              },
            ],
          },
        };
      }
      return { status: 404, body: { error: 'no' } };
    });
    close = s.close;
    const c = new KServeClient(s.url, 'm', 1);
    expect((await c.metadata()).inputs).toEqual([{ name: 'x', datatype: 'FP32', shape: [-1, 2] }]);
    const out = await c.infer([{ name: 'x', datatype: 'FP32', shape: [2, 2], data: [1, 2, 3, 4] }]);
    expect(out).toEqual([{ name: 'y', datatype: 'FP32', shape: [2, 1], data: [3, 7] }]);
    expect(s.seen.at(-1)!.body).toEqual({
      inputs: [{ name: 'x', shape: [2, 2], datatype: 'FP32', data: [1, 2, 3, 4] }],
    });
  });

  it("turns the protocol error body into an error carrying the status and the server's message", async () => {
    const s = await protocolServer(() => ({
      status: 400,
      body: { error: "unexpected inference input 'z'" },
    }));
    close = s.close;
    const err = await new KServeClient(s.url, 'm', 1).infer([]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServingError);
    expect((err as ServingError).status).toBe(400);
    expect((err as Error).message).toBe(
      "/v2/models/m/versions/1/infer: HTTP 400: unexpected inference input 'z'",
    );
  });

  it("takes an answer to a batch as valid only when every batched output has the batch's rows", () => {
    const body = (outputs: unknown) => Buffer.from(JSON.stringify({ model_name: 'm', outputs }));
    const y = (rows: number) => ({ name: 'y', datatype: 'FP32', shape: [rows, 3], data: [] });
    const label = { name: 'label', datatype: 'INT64', shape: [1], data: [0] };
    const batch = { rows: 256, outputs: ['y'] };
    expect(KServeClient.validResponse(body([y(256), label]), batch)).toBe(true);
    expect(KServeClient.validResponse(body([y(255), label]), batch)).toBe(false);
    expect(KServeClient.validResponse(body([label]), batch)).toBe(false);
    expect(KServeClient.validResponse(body([y(1)]))).toBe(true);
    expect(KServeClient.validResponse(Buffer.from('{"error":"x"}'), batch)).toBe(false);
  });

  it('says no answer when nothing listens', async () => {
    const s = await protocolServer(() => ({ status: 200 }));
    await s.close();
    await expect(new KServeClient(s.url, 'm', 1).metadata()).rejects.toThrow(
      /no answer \(ECONNREFUSED\)/,
    );
  });
});
