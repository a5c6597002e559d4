// The lexical corners of the protobuf text-format reader (src/serving/pbtxt.ts): whitespace,
// numbers, escapes, names, nesting, and the place of each error.
import { describe, expect, it } from 'vitest';
import { parsePbtxt, PbtxtError, valuesOf } from '../../src/serving/pbtxt.js';

const value = (text: string, name = 'a') => {
  const v = valuesOf(parsePbtxt(text, 'c.pbtxt'), name)[0]!;
  return v.kind === 'message' ? v.message : v.value;
};
function errorOf(text: string): string {
  try {
    parsePbtxt(text, 'c.pbtxt');
  } catch (err) {
    expect(err).toBeInstanceOf(PbtxtError);
    expect((err as Error).name).toBe('PbtxtError');
    return (err as Error).message;
  }
  throw new Error('parsed without an error');
}

describe('pbtxt lexical elements', () => {
  it('separates by every whitespace character of the specification', () => {
    const m = parsePbtxt('a:\t1\vb:\f2\rc: 3\r\nd: 4', 'c.pbtxt');
    expect(m.fields.map((f) => [f.name, f.line, f.column])).toEqual([
      ['a', 1, 1],
      ['b', 1, 6],
      ['c', 1, 11],
      ['d', 2, 1],
    ]);
    expect(m).toMatchObject({ line: 1, column: 1 });
  });

  it('reads the numbers of the specification', () => {
    expect(value('a: 0X1f')).toBe(31);
    expect(value('a: 1E+3')).toBe(1000);
    expect(value('a: 2e-2')).toBe(0.02);
    expect(value('a: 1.')).toBe(1);
    expect(value('a: 3F')).toBe(3);
    expect(value('a: 0')).toBe(0);
    expect(value('a: 0.5')).toBe(0.5);
    expect(value('a: -0x10')).toBe(-16);
    expect(value('a: 1 # comment at the end')).toBe(1);
    expect(errorOf('a: 0x')).toBe('c.pbtxt:1:4: a hexadecimal number needs digits after 0x');
    expect(errorOf('a: 0b1')).toBe('c.pbtxt:1:4: a number must not run into a name: "0b"');
    expect(errorOf('a: 1e+')).toBe('c.pbtxt:1:4: an exponent needs digits');
    expect(errorOf('a: 12.5fx')).toBe('c.pbtxt:1:4: a number must not run into a name: "12.5fx"');
  });

  it('reads every escape and refuses the broken ones where they are', () => {
    expect(value(String.raw`a: "\a\b\f\v\r"`)).toBe('\x07\b\f\v\r');
    expect(value(String.raw`a: "\x4g\7x"`)).toBe('\x04g\x07x');
    expect(value(String.raw`a: "\377"`)).toBe(Buffer.from([0xff]).toString('utf8'));
    expect(value(String.raw`a: "\uE000\U0010FFFF"`)).toBe('\uE000\u{10FFFF}');
    expect(value(String.raw`a: 'it''s' "\""`)).toBe('its"');
    expect(errorOf('b: 1\n  a: "x\\400"')).toBe(
      'c.pbtxt:2:8: the octal escape \\400 is above \\377',
    );
    expect(errorOf('b: 1\n  a: "\\xg"')).toBe('c.pbtxt:2:7: \\x needs a hexadecimal digit');
    expect(errorOf('b: 1\n  a: "\\u12"')).toBe('c.pbtxt:2:7: \\u needs 4 hexadecimal digits');
    expect(errorOf('a: "\\u12g4"')).toBe('c.pbtxt:1:5: \\u needs 4 hexadecimal digits');
    expect(errorOf('a: "\\U00110000"')).toBe(
      'c.pbtxt:1:5: \\U00110000 is not a Unicode scalar value',
    );
    expect(errorOf('a: "\\uDFFF"')).toBe('c.pbtxt:1:5: \\uDFFF is not a Unicode scalar value');
    expect(errorOf('a: "abc\\')).toBe('c.pbtxt:1:8: unknown escape \\');
    expect(errorOf('a: "abc')).toBe('c.pbtxt:1:4: the string is not closed on its line');
    expect(errorOf('a: \0')).toBe('c.pbtxt:1:4: a NUL character is not allowed');
  });

  it('names what it found in place of what it expected', () => {
    expect(errorOf('a:')).toBe('c.pbtxt:1:3: expected a value, found the end of the file');
    expect(errorOf('a ":"')).toBe('c.pbtxt:1:3: expected `:` after `a`, found a string');
    expect(errorOf('[1] {}')).toBe('c.pbtxt:1:2: expected a type name, found `1`');
    expect(errorOf('[a.b {}')).toBe(
      'c.pbtxt:1:6: expected `]` after the extension name, found `{`',
    );
  });

  it('skips a byte order mark and keeps nesting to 100', () => {
    expect(value('\uFEFFa: 1')).toBe(1);
    expect(() => parsePbtxt('a {'.repeat(100) + '}'.repeat(100), 'c.pbtxt')).not.toThrow();
    expect(errorOf('a {'.repeat(101))).toBe(
      'c.pbtxt:1:303: messages are nested more than 100 deep',
    );
    // Siblings do not add up to depth.
    expect(parsePbtxt('a { b { } } '.repeat(150), 'c.pbtxt').fields).toHaveLength(150);
  });
});
