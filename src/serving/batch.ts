/**
 * The request of a batch-mode load test (`serving.mode: batch`): `rows` rows stacked along the
 * leading (batch) dimension of every input, taken from the golden samples' rows in file order,
 * and from the first again until there are enough. A sample of shape [3, 4] gives three rows
 * of [4]. Both protocols carry the batch as it is: KServe v2 as shape [rows, …] with the data
 * flat, TF Serving's columnar `inputs` as nested arrays of `rows` entries.
 */
import type { GoldenSample, SampleTensor } from '../manifest/samples.js';

/**
 * The most values one batch may hold (4 Mi: some 80 MB of JSON). The request body is built
 * whole in memory and sent over and over; a batch of large rows must not exhaust the runner.
 */
export const MAX_BATCH_VALUES = 4 * 1024 * 1024;

/** A batch the golden samples cannot make; `line` is the samples file's line it is about. */
export class BatchError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** What a valid answer to a batch holds: `rows` rows of each output named (the batched ones). */
export interface BatchAnswer {
  rows: number;
  outputs: readonly string[];
}

const list = (xs: readonly number[]) => `[${xs.join(', ')}]`;

/**
 * The inputs of one batch of `rows` rows (see the top of this file). Throws BatchError for
 * samples whose rows cannot be stacked: an input missing from a line, a scalar (no batch
 * dimension), rows of another shape than the first line's, inputs of one line with different
 * numbers of rows; and for a batch over MAX_BATCH_VALUES.
 */
export function batchOf(samples: readonly GoldenSample[], rows: number): SampleTensor[] {
  const first = samples[0];
  if (first === undefined) throw new BatchError('there is no golden sample to make a batch of');
  const columns = first.inputs.map((t) => {
    const row = t.shape.slice(1);
    return {
      name: t.name,
      datatype: t.datatype,
      row,
      size: row.reduce((a, b) => a * b, 1),
      data: [] as SampleTensor['data'],
    };
  });
  let total = 0;
  for (const s of samples) {
    let n: number | undefined;
    for (const c of columns) {
      const t = s.inputs.find((x) => x.name === c.name);
      if (t === undefined)
        throw new BatchError(`the sample has no input \`${c.name}\` to stack`, s.line);
      if (t.shape.length === 0)
        throw new BatchError(
          `input \`${c.name}\` is a scalar: it has no batch dimension to stack rows along`,
          s.line,
        );
      const row = t.shape.slice(1);
      if (list(row) !== list(c.row))
        throw new BatchError(
          `input \`${c.name}\` has rows of shape ${list(row)}; line ${first.line}'s are ${list(c.row)}, and rows of different shapes cannot be stacked into one batch`,
          s.line,
        );
      if (n !== undefined && t.shape[0] !== n)
        throw new BatchError(
          `the sample's inputs have different numbers of rows (${n} and ${t.shape[0]} in \`${c.name}\`)`,
          s.line,
        );
      n = t.shape[0]!;
      for (const v of t.data) c.data.push(v);
    }
    total += n ?? 0;
  }
  if (total === 0) throw new BatchError('the golden samples hold no rows to make a batch of');
  const values = rows * columns.reduce((a, c) => a + c.size, 0);
  if (values > MAX_BATCH_VALUES)
    throw new BatchError(
      `a batch of ${rows} rows (load.batch_size) holds ${values} values, over the ${MAX_BATCH_VALUES} one request may hold; lower load.batch_size`,
    );
  return columns.map((c) => {
    const data: SampleTensor['data'] = new Array(rows * c.size);
    for (let i = 0; i < rows; i++) {
      const from = (i % total) * c.size;
      for (let j = 0; j < c.size; j++) data[i * c.size + j] = c.data[from + j]!;
    }
    return { name: c.name, datatype: c.datatype, shape: [rows, ...c.row], data };
  });
}
