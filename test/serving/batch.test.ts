// The batch of a batch-mode load test (src/serving/batch.ts): the golden samples' rows stacked
// along the leading dimension, in file order and round again, and refusals naming the line.
import { describe, expect, it } from 'vitest';
import type { GoldenSample, SampleTensor } from '../../src/manifest/samples.js';
import { BatchError, batchOf, MAX_BATCH_VALUES } from '../../src/serving/batch.js';

const x = (shape: number[], data: number[]): SampleTensor => ({
  name: 'x',
  datatype: 'FP32',
  shape,
  data,
});
const id = (shape: number[], data: number[]): SampleTensor => ({
  name: 'id',
  datatype: 'INT64',
  shape,
  data,
});
const sample = (line: number, ...inputs: SampleTensor[]): GoldenSample => ({ line, inputs });

describe('batchOf', () => {
  it("stacks every sample's rows in order, round again until the batch is full, for every input", () => {
    const samples = [
      sample(1, x([1, 2], [1, 2]), id([1], [10])),
      sample(2, x([2, 2], [3, 4, 5, 6]), id([2], [20, 30])),
    ];
    expect(batchOf(samples, 5)).toEqual([
      { name: 'x', datatype: 'FP32', shape: [5, 2], data: [1, 2, 3, 4, 5, 6, 1, 2, 3, 4] },
      { name: 'id', datatype: 'INT64', shape: [5], data: [10, 20, 30, 10, 20] },
    ]);
    // Fewer rows than the samples hold: the first ones.
    expect(batchOf(samples, 2)[0]).toMatchObject({ shape: [2, 2], data: [1, 2, 3, 4] });
  });

  it('keeps the rows of higher rank whole', () => {
    const img = x([1, 2, 2], [1, 2, 3, 4]);
    const [b] = batchOf([sample(1, img)], 3);
    expect(b!.shape).toEqual([3, 2, 2]);
    expect(b!.data).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]);
  });

  const refusal = (samples: GoldenSample[], rows = 4) => {
    try {
      batchOf(samples, rows);
    } catch (e) {
      expect(e).toBeInstanceOf(BatchError);
      return { message: (e as BatchError).message, line: (e as BatchError).line };
    }
    throw new Error('batchOf did not refuse');
  };

  it('refuses rows of another shape than the first line, naming the line', () => {
    expect(refusal([sample(1, x([1, 2], [1, 2])), sample(3, x([1, 3], [1, 2, 3]))])).toEqual({
      message:
        "input `x` has rows of shape [3]; line 1's are [2], and rows of different shapes cannot be stacked into one batch",
      line: 3,
    });
  });

  it('refuses a scalar, a missing input and inputs of different row counts', () => {
    expect(refusal([sample(2, x([], [1]))]).message).toMatch(/scalar: it has no batch dimension/);
    expect(
      refusal([sample(1, x([1, 2], [1, 2]), id([1], [1])), sample(4, x([1, 2], [1, 2]))]),
    ).toEqual({ message: 'the sample has no input `id` to stack', line: 4 });
    expect(refusal([sample(5, x([2, 2], [1, 2, 3, 4]), id([1], [1]))])).toEqual({
      message: "the sample's inputs have different numbers of rows (2 and 1 in `id`)",
      line: 5,
    });
  });

  it('refuses no samples, no rows, and a batch over MAX_BATCH_VALUES', () => {
    expect(refusal([]).message).toBe('there is no golden sample to make a batch of');
    expect(refusal([sample(1, x([0, 2], []))]).message).toBe(
      'the golden samples hold no rows to make a batch of',
    );
    const wide = sample(1, x([1, 1024], new Array<number>(1024).fill(0)));
    const rows = MAX_BATCH_VALUES / 1024;
    expect(batchOf([wide], rows)[0]!.data).toHaveLength(MAX_BATCH_VALUES);
    expect(refusal([wide], rows + 1).message).toBe(
      `a batch of ${rows + 1} rows (load.batch_size) holds ${MAX_BATCH_VALUES + 1024} values, over the ${MAX_BATCH_VALUES} one request may hold; lower load.batch_size`,
    );
  });
});
