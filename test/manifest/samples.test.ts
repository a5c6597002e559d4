// Golden samples in the forms users have (src/manifest/samples.ts): each form read into the same
// typed tensors, each refusal at its line, and the named line the harness reads.
import { describe, expect, it } from 'vitest';
import {
  datatypeOf,
  parseSamples,
  toNamedLine,
  type GoldenSample,
} from '../../src/manifest/samples.js';
import type { Signature } from '../../src/manifest/types.js';

const IRIS: Signature = {
  inputs: [{ name: 'features', dtype: 'float64', shape: [-1, 4] }],
  outputs: [{ name: 'label', dtype: 'int64', shape: [-1] }],
};
const TWO: Signature = {
  inputs: [
    { name: 'ids', dtype: 'int64', shape: [-1, 3] },
    { name: 'mask', dtype: 'bool', shape: [-1, 3] },
  ],
  outputs: [
    { name: 'score', dtype: 'float32', shape: [-1] },
    { name: 'tag', dtype: 'string', shape: [-1] },
  ],
};

const ROW = [5.1, 3.5, 1.4, 0.2];
/** The one sample every iris form below means. */
const IRIS_SAMPLE = (line: number): GoldenSample => ({
  line,
  inputs: [{ name: 'features', datatype: 'FP64', shape: [1, 4], data: ROW }],
  expected: [{ name: 'label', datatype: 'INT64', shape: [1], data: [0] }],
});

const parse = (lines: string[], sig: Signature | null = IRIS) =>
  parseSamples(lines.join('\n') + '\n', sig ?? undefined, 's.jsonl');
/** [rule, line, column] of each finding. */
const where = (lines: string[], sig: Signature | null = IRIS) =>
  parse(lines, sig).findings.map((f) => [f.rule, f.location?.line, f.location?.column]);
const one = (line: string, sig: Signature | null = IRIS) => {
  const r = parse([line], sig);
  expect(r.findings).toEqual([]);
  return r.samples[0]!;
};
const refusal = (line: string, sig: Signature | null = IRIS) => {
  const r = parse(['', line], sig);
  expect(r.samples).toEqual([]);
  expect(r.findings).toHaveLength(1);
  expect(r.findings[0]!.location).toMatchObject({ file: 's.jsonl', line: 2 });
  expect(r.findings[0]!.severity).toBe('error');
  return r.findings[0]!;
};

describe('each form reads into the same tensors', () => {
  const forms: [string, string][] = [
    ['named', '{"inputs": {"features": [[5.1, 3.5, 1.4, 0.2]]}, "expected": {"label": [0]}}'],
    [
      'v2, flat data, expected as v2 outputs with data',
      '{"inputs": [{"name": "features", "shape": [1, 4], "datatype": "FP64", "data": [5.1, 3.5, 1.4, 0.2]}], "outputs": [{"name": "label", "shape": [1], "datatype": "INT64", "data": [0]}]}',
    ],
    [
      'v2, nested data, expected named',
      '{"id": "a", "inputs": [{"name": "features", "shape": [1, 4], "datatype": "FP64", "data": [[5.1, 3.5, 1.4, 0.2]]}], "expected": {"label": [0]}}',
    ],
    [
      'v2, expected as a v2 tensor list in expected',
      '{"inputs": [{"name": "features", "shape": [1, 4], "datatype": "FP64", "data": [5.1, 3.5, 1.4, 0.2]}], "expected": [{"name": "label", "shape": [1], "datatype": "INT64", "data": [0]}]}',
    ],
    ['tf rows, values', '{"instances": [[5.1, 3.5, 1.4, 0.2]], "predictions": [0]}'],
    [
      'tf rows, objects',
      '{"instances": [{"features": [5.1, 3.5, 1.4, 0.2]}], "predictions": [{"label": 0}]}',
    ],
    ['tf columnar, a value', '{"inputs": [[5.1, 3.5, 1.4, 0.2]], "outputs": [0]}'],
    [
      'tf columnar, named',
      '{"inputs": {"features": [[5.1, 3.5, 1.4, 0.2]]}, "outputs": {"label": [0]}}',
    ],
    [
      'bare array, expected bare in a named line',
      '{"inputs": [[5.1, 3.5, 1.4, 0.2]], "expected": [0]}',
    ],
  ];
  for (const [what, line] of forms) {
    it(what, () => {
      expect(one(line)).toEqual(IRIS_SAMPLE(1));
    });
  }

  it('a bare array, for a single-input model, without expected outputs', () => {
    expect(one('[[5.1, 3.5, 1.4, 0.2]]')).toEqual({
      line: 1,
      inputs: IRIS_SAMPLE(1).inputs,
    });
  });

  it('keeps the user file line numbers, blank and CRLF lines included', () => {
    const r = parseSamples(
      '\r\n[[5.1, 3.5, 1.4, 0.2]]\r\n\n  \n{"instances": [[1, 2, 3, 4]]}',
      IRIS,
      's',
    );
    expect(r.findings).toEqual([]);
    expect(r.samples.map((s) => s.line)).toEqual([2, 5]);
  });

  it('tf rows stack along a new leading dimension, per named input', () => {
    const s = one(
      '{"instances": [{"ids": [1, 2, 3], "mask": [true, false, true]}, {"ids": [4, 5, 6], "mask": [false, false, true]}], "predictions": [{"score": 0.5, "tag": "a"}, {"score": 1, "tag": "b"}]}',
      TWO,
    );
    expect(s.inputs).toEqual([
      { name: 'ids', datatype: 'INT64', shape: [2, 3], data: [1, 2, 3, 4, 5, 6] },
      {
        name: 'mask',
        datatype: 'BOOL',
        shape: [2, 3],
        data: [true, false, true, false, false, true],
      },
    ]);
    expect(s.expected).toEqual([
      { name: 'score', datatype: 'FP32', shape: [2], data: [0.5, 1] },
      { name: 'tag', datatype: 'BYTES', shape: [2], data: ['a', 'b'] },
    ]);
  });

  it('a v2 outputs entry without data only requests an output: no expected values', () => {
    const s = one(
      '{"inputs": [{"name": "features", "shape": [1, 4], "datatype": "FP64", "data": [5.1, 3.5, 1.4, 0.2]}], "outputs": [{"name": "label"}]}',
    );
    expect(s.expected).toBeUndefined();
  });

  it('without a signature: names from the line, datatypes as numpy reads JSON', () => {
    const s = one(
      '{"inputs": {"a": [[1, 2]], "b": [0.5], "c": ["x"], "d": [true]}, "expected": 1}',
      null,
    );
    expect(s.inputs.map((t) => [t.name, t.datatype, t.shape])).toEqual([
      ['a', 'INT64', [1, 2]],
      ['b', 'FP64', [1]],
      ['c', 'BYTES', [1]],
      ['d', 'BOOL', [1]],
    ]);
    expect(s.expected).toEqual([{ name: '', datatype: 'INT64', shape: [], data: [1] }]);
    expect(one('[1, 2]', null).inputs).toEqual([
      { name: '', datatype: 'INT64', shape: [2], data: [1, 2] },
    ]);
  });
});

describe('without a signature, a whole number written as a float stays a float', () => {
  it('as Python reads it: 5.0 and 1e3 are floats, 5 is an integer', () => {
    const s = one('{"inputs": {"a": [[5.0, 3.0]], "b": [1e3], "c": [5, 3], "d": "5.0"}}', null);
    expect(s.inputs.map((t) => [t.name, t.datatype])).toEqual([
      ['a', 'FP64'],
      ['b', 'FP64'],
      ['c', 'INT64'],
      ['d', 'BYTES'],
    ]);
    expect(toNamedLine(s)).toBe(
      '{"line":1,"inputs":{"a":[[5.0,3.0]],"b":[1000.0],"c":[5,3],"d":"5.0"}}',
    );
  });

  it('in every form, and strings holding digits do not shift the count', () => {
    expect(one('[[1.0, 2]]', null).inputs[0]!.datatype).toBe('FP64');
    expect(
      one('{"instances": [{"s": "x1.5", "n": 2.0, "m": 2}]}', null).inputs.map((t) => t.datatype),
    ).toEqual(['BYTES', 'FP64', 'INT64']);
    expect(one('{"k": "a\\"1.0", "instances": [[2.0]], "predictions": [3]}', null)).toMatchObject({
      inputs: [{ datatype: 'FP64', data: [2] }],
      expected: [{ datatype: 'INT64', data: [3] }],
    });
    expect(
      one(
        '{"inputs": [{"name": "x", "shape": [1.0, 2], "datatype": "FP32", "data": [1, 2]}]}',
        null,
      ).inputs[0]!.shape,
    ).toEqual([1, 2]);
  });
});

describe('each refusal at its line', () => {
  it('not JSON', () => {
    expect(where(['[[5.1, 3.5, 1.4, 0.2]]', '{"inputs": {"features": [1,, 2]}}', 'nope'])).toEqual([
      ['samples-json', 2, 1],
      ['samples-json', 3, 1],
    ]);
  });

  it('neither an object with inputs or instances nor a bare array', () => {
    for (const line of ['1', '"s"', 'null', '{"expected": {"label": [0]}}', '[{"a": 1}]'])
      expect(refusal(line).rule).toBe('samples-shape');
    expect(refusal('{"inputs": {}, "instances": []}').message).toMatch(/not both/);
  });

  it('TF Serving predictions that are not one per instance', () => {
    expect(
      refusal('{"instances": [[5.1, 3.5, 1.4, 0.2], [5.1, 3.5, 1.4, 0.2]], "predictions": [0]}'),
    ).toMatchObject({
      rule: 'samples-dims',
      message: '`predictions` has 1 entry for 2 instances',
    });
  });

  it('the expected outputs given twice', () => {
    const f = refusal(
      '{"instances": [[5.1, 3.5, 1.4, 0.2]], "predictions": [0], "expected": {"label": [0]}}',
    );
    expect(f.rule).toBe('samples-shape');
    expect(f.message).toMatch(/`predictions` and `expected`/);
  });

  it('a v2 tensor without name, datatype, shape or data', () => {
    for (const t of [
      '{"shape": [1, 4], "datatype": "FP64", "data": [1, 2, 3, 4]}',
      '{"name": "features", "shape": [1, 4], "data": [1, 2, 3, 4]}',
      '{"name": "features", "shape": [1, -4], "datatype": "FP64", "data": [1, 2, 3, 4]}',
      '{"name": "features", "shape": [1, 4], "datatype": "FP64"}',
    ])
      expect(refusal(`{"inputs": [${t}]}`).rule).toBe('samples-shape');
  });

  it('an unknown input, at its name', () => {
    const f = refusal('{"inputs": {"petals": [[5.1, 3.5, 1.4, 0.2]]}}');
    expect(f).toMatchObject({
      rule: 'samples-unknown-input',
      message: 'input `petals` is not in the signature (its inputs: `features`)',
      location: { line: 2, column: 13 },
    });
  });

  it('a missing input', () => {
    const f = refusal('{"inputs": {"ids": [[1, 2, 3]]}}', TWO);
    expect(f).toMatchObject({
      rule: 'samples-missing-input',
      message: 'the sample lacks input `mask` of the signature',
    });
  });

  it('a bare array for a two-input model', () => {
    const f = refusal('[[1, 2, 3]]', TWO);
    expect(f.rule).toBe('samples-missing-input');
    expect(f.message).toMatch(/the signature has 2 inputs \(`ids`, `mask`\); name them/);
  });

  it('an unknown output, expected or requested', () => {
    expect(
      refusal('{"inputs": {"features": [[1, 2, 3, 4]]}, "expected": {"proba": [0]}}').rule,
    ).toBe('samples-unknown-output');
    expect(
      refusal(
        '{"inputs": [{"name": "features", "shape": [1, 4], "datatype": "FP64", "data": [1, 2, 3, 4]}], "outputs": [{"name": "proba"}]}',
      ).rule,
    ).toBe('samples-unknown-output');
  });

  it('a rank or a fixed dimension the signature does not allow; -1 takes any size', () => {
    expect(refusal('{"inputs": {"features": [5.1, 3.5, 1.4, 0.2]}}')).toMatchObject({
      rule: 'samples-dims',
      message: 'input `features` has shape [4]; the signature says [-1, 4] (rank 1, not 2)',
    });
    expect(refusal('{"inputs": {"features": [[5.1, 3.5, 1.4]]}}')).toMatchObject({
      rule: 'samples-dims',
      message:
        'input `features` has shape [1, 3]; the signature says [-1, 4] (dimension 1 is 3, not 4)',
    });
    expect(
      one('{"inputs": {"features": [[1, 2, 3, 4], [5, 6, 7, 8], [1, 1, 1, 1]]}}').inputs[0]!.shape,
    ).toEqual([3, 4]);
    expect(
      refusal('{"expected": {"label": [[0]]}, "inputs": {"features": [[1, 2, 3, 4]]}}').rule,
    ).toBe('samples-dims');
  });

  it('an element count that does not match the v2 shape, or nested data of another shape', () => {
    expect(
      refusal(
        '{"inputs": [{"name": "features", "shape": [2, 4], "datatype": "FP64", "data": [1, 2, 3, 4]}]}',
      ),
    ).toMatchObject({
      rule: 'samples-dims',
      message: 'input `features` has 4 elements; its shape [2, 4] holds 8',
    });
    expect(
      refusal(
        '{"inputs": [{"name": "features", "shape": [1, 4], "datatype": "FP64", "data": [[1, 2], [3, 4]]}]}',
      ).rule,
    ).toBe('samples-dims');
  });

  it('a ragged nested array', () => {
    expect(refusal('{"inputs": {"features": [[1, 2, 3, 4], [1, 2]]}}')).toMatchObject({
      rule: 'samples-dims',
      message: 'input `features` is ragged: [1] has 2 entries, not 4',
    });
    expect(refusal('[[1, 2, 3, 4], 5]').rule).toBe('samples-dims');
  });

  it('a v2 datatype that disagrees with the signature, or is not a v2 datatype', () => {
    expect(
      refusal(
        '{"inputs": [{"name": "features", "shape": [1, 4], "datatype": "FP32", "data": [1, 2, 3, 4]}]}',
      ),
    ).toMatchObject({
      rule: 'samples-datatype',
      message: 'input `features` has datatype FP32; the signature says float64 (FP64)',
      location: { line: 2, column: 22 },
    });
    expect(
      refusal(
        '{"inputs": [{"name": "features", "shape": [1, 4], "datatype": "FLOAT", "data": [1, 2, 3, 4]}]}',
      ).rule,
    ).toBe('samples-datatype');
  });

  it('values that do not fit the datatype', () => {
    const cases: [string, RegExp][] = [
      [
        '{"inputs": {"ids": [[1, 1.5, 3]], "mask": [[true, true, true]]}}',
        /element 1 \(1\.5\) is not an integer \(int64\)/,
      ],
      [
        '{"inputs": {"ids": [[1, 2, 3]], "mask": [[1, 0, 1]]}}',
        /element 0 \(1\) is not a boolean \(bool\)/,
      ],
      [
        '{"inputs": {"ids": [[1, "2", 3]], "mask": [[true, true, true]]}}',
        /is not a number \(int64\)/,
      ],
      [
        '{"inputs": {"ids": [[1, null, 3]], "mask": [[true, true, true]]}}',
        /holds null at \[0\]\[1\]/,
      ],
      [
        '{"inputs": {"ids": [[1, 2, 3]], "mask": [[true, true, true]]}, "expected": {"tag": [7]}}',
        /is not a string \(string\)/,
      ],
      [
        '{"inputs": {"ids": [[1, 2, 3]], "mask": [[true, true, true]]}, "expected": {"score": [1e39]}}',
        /does not fit float32/,
      ],
    ];
    for (const [line, message] of cases) {
      const f = refusal(line, TWO);
      expect(f.rule).toBe('samples-value');
      expect(f.message).toMatch(message);
    }
    expect(refusal('{"inputs": {"features": [[5.1, "x", 1.4, 0.2]]}}').message).toMatch(
      /element 1 \("x"\) is not a number \(float64\)/,
    );
    expect(
      refusal('{"inputs": [{"name": "u", "shape": [1], "datatype": "UINT8", "data": [256]}]}', null)
        .message,
    ).toMatch(/does not fit UINT8/);
  });

  it('without a signature: only internal consistency, the same inputs on every line', () => {
    expect(
      where(
        [
          '{"inputs": {"a": [1], "b": [2]}}',
          '{"inputs": {"b": [2], "a": [1]}}',
          '{"inputs": {"a": [1]}}',
          '[1]',
        ],
        null,
      ),
    ).toEqual([
      ['samples-names', 3, 1],
      ['samples-names', 4, 1],
    ]);
    expect(where(['{"inputs": {"a": [1, "x"]}}'], null)).toEqual([['samples-value', 1, 13]]);
  });

  it('every line is checked, each finding at its own line', () => {
    expect(
      where([
        '{"inputs": {"features": [[5.1, 3.5, 1.4, 0.2]]}}',
        '{"inputs": {"features": [[5.1, 3.5, 1.4]]}}',
        '',
        '{"inputs": {"petals": [[5.1, 3.5, 1.4, 0.2]]}}',
        '[[5.1, 3.5, 1.4, 0.2]]',
        '{"instances": [[5.1, 3.5, 1.4, true]]}',
      ]),
    ).toEqual([
      ['samples-dims', 2, 13],
      ['samples-unknown-input', 4, 13],
      ['samples-value', 6, 1],
    ]);
  });
});

describe('toNamedLine', () => {
  it('writes the named form with the user line, nested by shape, floats as floats', () => {
    const s = one(
      '{"inputs": [{"name": "features", "shape": [2, 4], "datatype": "FP64", "data": [5, 3.5, 1.4, 0.2, 6, 3, 4.5, 1]}], "outputs": [{"name": "label", "shape": [2], "datatype": "INT64", "data": [0, 1]}]}',
    );
    expect(toNamedLine({ ...s, line: 7 })).toBe(
      '{"line":7,"inputs":{"features":[[5.0,3.5,1.4,0.2],[6.0,3.0,4.5,1.0]]},"expected":{"label":[0,1]}}',
    );
    expect(
      toNamedLine({
        line: 1,
        inputs: [{ name: 's', datatype: 'BYTES', shape: [], data: ['a"b'] }],
      }),
    ).toBe('{"line":1,"inputs":{"s":"a\\"b"}}');
    expect(
      toNamedLine({ line: 1, inputs: [{ name: 'e', datatype: 'FP32', shape: [2, 0], data: [] }] }),
    ).toBe('{"line":1,"inputs":{"e":[[],[]]}}');
  });

  it('round-trips: the named line reads back as the same sample', () => {
    const s = one('{"instances": [[5.1, 3.5, 1.4, 0.2]], "predictions": [0]}');
    const back = JSON.parse(toNamedLine(s)) as { line: number; inputs: object; expected: object };
    expect(back.line).toBe(1);
    expect(one(JSON.stringify({ inputs: back.inputs, expected: back.expected }))).toEqual(s);
  });
});

describe('datatypeOf', () => {
  it('maps every signature dtype to its KServe v2 datatype', () => {
    expect(
      [
        'bool',
        'int8',
        'int16',
        'int32',
        'int64',
        'uint8',
        'uint16',
        'uint32',
        'uint64',
        'float16',
        'float32',
        'float64',
        'string',
      ].map(datatypeOf),
    ).toEqual([
      'BOOL',
      'INT8',
      'INT16',
      'INT32',
      'INT64',
      'UINT8',
      'UINT16',
      'UINT32',
      'UINT64',
      'FP16',
      'FP32',
      'FP64',
      'BYTES',
    ]);
    expect(() => datatypeOf('complex64')).toThrow(/complex64/);
  });
});
