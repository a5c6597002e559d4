import { afterEach, describe, expect, it } from 'vitest';
import { nest, TfServingClient, unnest } from '../../src/serving/tfserving.js';
import { protocolServer } from './kserve-tfserving-server.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const METADATA = {
  model_spec: { name: 'm', signature_name: '', version: '3' },
  metadata: {
    signature_def: {
      signature_def: {
        serving_default: {
          inputs: {
            x: {
              dtype: 'DT_FLOAT',
              tensor_shape: {
                dim: [
                  { size: '-1', name: '' },
                  { size: '2', name: '' },
                ],
                unknown_rank: false,
              },
              name: 'serving_default_x:0',
            },
          },
          outputs: {
            y: {
              dtype: 'DT_FLOAT',
              tensor_shape: { dim: [], unknown_rank: true },
              name: 'StatefulPartitionedCall:0',
            },
          },
          method_name: 'tensorflow/serving/predict',
        },
      },
    },
  },
};

describe('the TF Serving REST client', () => {
  it('is ready only when GET /v1/models/<m>/versions/<v> lists the version AVAILABLE', async () => {
    let state = 'LOADING';
    const s = await protocolServer(({ path }) =>
      path === '/v1/models/m/versions/3'
        ? {
            status: 200,
            body: {
              model_version_status: [
                { version: '3', state, status: { error_code: 'OK', error_message: '' } },
              ],
            },
          }
        : { status: 404, body: { error: 'Servable not found' } },
    );
    close = s.close;
    const c = new TfServingClient(s.url, 'm', 3);
    expect(await c.ready()).toEqual({ ready: false, why: 'version 3 is LOADING' });
    state = 'AVAILABLE';
    expect((await c.ready()).ready).toBe(true);
  });

  it('reads serving_default from signature_def, an unknown rank as no shape', async () => {
    const s = await protocolServer(({ path }) =>
      path === '/v1/models/m/versions/3/metadata'
        ? { status: 200, body: METADATA }
        : { status: 404, body: { error: 'no' } },
    );
    close = s.close;
    const m = await new TfServingClient(s.url, 'm', 3).metadata();
    expect(m.signatureName).toBe('serving_default');
    expect(m.signature.inputs).toEqual([{ name: 'x', dtype: 'DT_FLOAT', shape: [-1, 2] }]);
    expect(m.signature.outputs).toEqual([{ name: 'y', dtype: 'DT_FLOAT', shape: undefined }]);
  });

  it('predicts in the columnar format, every input named, and names a bare `outputs` after the only output', async () => {
    const s = await protocolServer(({ path, body }) => {
      if (path !== '/v1/models/m/versions/3:predict') return { status: 404, body: { error: 'no' } };
      const x = (body as { inputs: { x: number[][] } }).inputs.x;
      return { status: 200, body: { outputs: x.map((r) => [r[0]! * r[1]!]) } };
    });
    close = s.close;
    const out = await new TfServingClient(s.url, 'm', 3).predict(
      [{ name: 'x', datatype: 'FP32', shape: [2, 2], data: [1, 2, 3, 4] }],
      ['y'],
    );
    expect(s.seen[0]!.body).toEqual({
      signature_name: 'serving_default',
      inputs: {
        x: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    expect(out).toEqual([{ name: 'y', shape: [2, 1], data: [2, 12] }]);
  });

  it("takes an answer to a batch as valid only when every batched output holds the batch's rows", () => {
    const body = (outputs: unknown) => Buffer.from(JSON.stringify({ outputs }));
    const rows = (n: number) => Array.from({ length: n }, () => [0, 1, 2]);
    const batch = { rows: 4, outputs: ['y'] };
    // A bare `outputs` is the only output's value; several come keyed by name.
    expect(TfServingClient.validResponse(body(rows(4)), batch)).toBe(true);
    expect(TfServingClient.validResponse(body(rows(3)), batch)).toBe(false);
    expect(TfServingClient.validResponse(body({ y: rows(4), z: 1 }), batch)).toBe(true);
    expect(TfServingClient.validResponse(body({ z: rows(4) }), batch)).toBe(false);
    expect(TfServingClient.validResponse(body(rows(1)))).toBe(true);
    expect(
      TfServingClient.validResponse(Buffer.from(JSON.stringify({ predictions: rows(4) })), batch),
    ).toBe(false);
  });

  it('nests flat row-major data by its shape and back', () => {
    expect(nest([1, 2, 3, 4, 5, 6], [2, 3])).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(
      unnest([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual({ shape: [2, 3], data: [1, 2, 3, 4, 5, 6] });
    expect(unnest(5)).toEqual({ shape: [], data: [5] });
  });
});
