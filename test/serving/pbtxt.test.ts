// The protobuf text-format reader (src/serving/pbtxt.ts) against the Text Format Language
// Specification's own examples, and its errors at file:line:column.
import { describe, expect, it } from 'vitest';
import {
  fieldsNamed,
  parsePbtxt,
  PbtxtError,
  valuesOf,
  type PbMessage,
  type PbValue,
} from '../../src/serving/pbtxt.js';

/** The tree without positions: scalars as their value, messages as { field: [values] }. */
function plain(m: PbMessage): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const f of m.fields) (out[f.name] ??= []).push(...f.values.map(plainValue));
  return out;
}
function plainValue(v: PbValue): unknown {
  return v.kind === 'message' ? plain(v.message) : v.value;
}

function errorOf(text: string): string {
  try {
    parsePbtxt(text, 'c.pbtxt');
  } catch (err) {
    expect(err).toBeInstanceOf(PbtxtError);
    return (err as Error).message;
  }
  throw new Error('parsed without an error');
}

describe('parsePbtxt', () => {
  it('reads a Triton configuration with lines and columns of every field', () => {
    const m = parsePbtxt(
      [
        'name: "lin"  # the model',
        'platform: "onnxruntime_onnx"',
        'max_batch_size: 8',
        'input [',
        '  {',
        '    name: "x"',
        '    data_type: TYPE_FP32',
        '    dims: [ 4, -1 ]',
        '  }',
        ']',
        'output { name: "y" data_type: TYPE_FP32 dims: 1 reshape: { shape: [ ] } }',
      ].join('\n'),
      'c.pbtxt',
    );
    expect(plain(m)).toEqual({
      name: ['lin'],
      platform: ['onnxruntime_onnx'],
      max_batch_size: [8],
      input: [{ name: ['x'], data_type: ['TYPE_FP32'], dims: [4, -1] }],
      output: [{ name: ['y'], data_type: ['TYPE_FP32'], dims: [1], reshape: [{ shape: [] }] }],
    });
    const input = fieldsNamed(m, 'input')[0]!;
    expect(input).toMatchObject({ line: 4, column: 1, list: true });
    const x = input.values[0]!;
    if (x.kind !== 'message') throw new Error('not a message');
    expect(fieldsNamed(x.message, 'dims')[0]).toMatchObject({ line: 8, column: 5 });
    expect(valuesOf(x.message, 'dims').map((v) => [v.line, v.column])).toEqual([
      [8, 13],
      [8, 16],
    ]);
    const reshape = fieldsNamed(
      (fieldsNamed(m, 'output')[0]!.values[0] as { message: PbMessage }).message,
      'reshape',
    )[0]!;
    expect(reshape).toMatchObject({ line: 11, column: 49, list: false });
    expect(
      fieldsNamed((reshape.values[0] as { message: PbMessage }).message, 'shape')[0],
    ).toMatchObject({ list: true, values: [] });
  });

  it('follows the specification: separators, angle brackets, repeated fields, numbers', () => {
    const m = parsePbtxt(
      [
        'a: 1; a: [2, 3], a: 0x1F a: 017 a: -2.5e1 a: 10f a: .5 a: - 4',
        'b <c: inf d: -inf e: nan>',
        'f: { } f { }',
        'g: [{ h: true }, < h: false >]',
        '[com.foo.ext] { i: 1 }',
        'j { [type.googleapis.com/com.foo.any] { k: "v" } }',
      ].join('\n'),
      'c.pbtxt',
    );
    expect(plain(m)).toEqual({
      a: [1, 2, 3, 31, 15, -25, 10, 0.5, -4],
      b: [{ c: ['inf'], d: ['-inf'], e: ['nan'] }],
      f: [{}, {}],
      g: [{ h: ['true'] }, { h: ['false'] }],
      '[com.foo.ext]': [{ i: [1] }],
      j: [{ '[type.googleapis.com/com.foo.any]': [{ k: ['v'] }] }],
    });
    const a = valuesOf(m, 'a');
    expect(a.map((v) => v.kind === 'number' && v.integer)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
    expect(a[4]).toMatchObject({ text: '017' });
    expect(a[8]).toMatchObject({ text: '-4', column: 59 });
  });

  it('decodes string escapes and joins adjacent strings', () => {
    const m = parsePbtxt(
      String.raw`s: "a\n\t\"\'\\\?" 'b' "\101\x42\u00e9\U0001F600" "\1234" "\x213"` + '\nt: "é😀x"',
      'c.pbtxt',
    );
    expect(valuesOf(m, 's')[0]).toMatchObject({ value: 'a\n\t"\'\\?bABé😀S4!3' });
    expect(valuesOf(m, 't')[0]).toMatchObject({ value: 'é😀x', line: 2, column: 4 });
  });

  it('counts lines through comments and keeps a # inside a string', () => {
    const m = parsePbtxt('# header\n\n  x: "# not a comment" # a comment\ny: 2', 'c.pbtxt');
    expect(valuesOf(m, 'x')[0]).toMatchObject({ value: '# not a comment', line: 3, column: 6 });
    expect(fieldsNamed(m, 'y')[0]).toMatchObject({ line: 4, column: 1 });
  });

  it('refuses what the specification refuses, at file:line:column', () => {
    expect(errorOf('scalar 10')).toBe('c.pbtxt:1:8: expected `:` after `scalar`, found `10`');
    expect(errorOf('scalars [1, 2]')).toBe(
      'c.pbtxt:1:9: a list of values needs `:` after `scalars`',
    );
    expect(errorOf('foo: 10bar: 20')).toBe('c.pbtxt:1:6: a number must not run into a name: "10b"');
    expect(errorOf('a {\n  b: 1\n')).toBe('c.pbtxt:1:3: this message is not closed with `}`');
    expect(errorOf('a: 1\nb: "open\n"')).toBe('c.pbtxt:2:4: the string is not closed on its line');
    expect(errorOf('a: "\\q"')).toBe('c.pbtxt:1:5: unknown escape \\q');
    expect(errorOf('a: 09')).toBe(
      'c.pbtxt:1:4: an octal number (leading 0) has only digits 0 to 7',
    );
    expect(errorOf('a: [1 2]')).toBe('c.pbtxt:1:7: expected `,` or `]` in the list, found `2`');
    expect(errorOf('a: [1, {}]')).toBe(
      'c.pbtxt:1:8: a list holds either messages or values, not both',
    );
    expect(errorOf('}')).toBe('c.pbtxt:1:1: expected a field name, found `}`');
    expect(errorOf('a: }')).toBe('c.pbtxt:1:4: expected a value, found `}`');
    expect(errorOf('a { b: 1 >')).toBe('c.pbtxt:1:10: expected a field name, found `>`');
    expect(errorOf('a: @')).toBe('c.pbtxt:1:4: unexpected character "@"');
    expect(errorOf('a: 1e')).toBe('c.pbtxt:1:4: an exponent needs digits');
    expect(errorOf('a: "\\ud800"')).toBe('c.pbtxt:1:5: \\ud800 is not a Unicode scalar value');
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    expect(errorOf('a {'.repeat(5000))).toMatch(
      /^c\.pbtxt:1:\d+: messages are nested more than 100 deep$/,
    );
  });

  it('reads an empty file as an empty message', () => {
    expect(parsePbtxt('# nothing\n', 'c.pbtxt').fields).toEqual([]);
  });
});
