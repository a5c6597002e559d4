import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  descrToDtype,
  NpyHeaderError,
  parsePyLiteral,
  readNpyHeader,
  type NpyDtype,
} from '../../src/artifacts/npy.js';
import { scanFile } from '../../src/artifacts/scan.js';

/**
 * The oracle is numpy itself: generate.py (run in the bookworm image, numpy 1.24, and the
 * trixie image, numpy 2.x) recorded how each descriptor, header and string literal is read,
 * wrote real arrays with np.save / np.savez, and hand-made files whose object field hides
 * somewhere, recording whether numpy.load(allow_pickle=True) ran their payload.
 */
const EXTRA = join(import.meta.dirname, '../fixtures/artifacts/npy-extra');
type Answer = { ok: boolean; object?: boolean; size?: number; written?: boolean; error?: string };
interface Oracle {
  numpy: string;
  descrs: Record<string, Answer>;
  headers: Record<string, Answer & { shape?: number[] }>;
  strings: Record<string, { ok: boolean; value?: string | null; type?: string }>;
  files: Record<string, { loaded: boolean; ran?: boolean; object?: boolean }>;
}
const ORACLES = ['numpy1', 'numpy2'].map(
  (dir) =>
    [dir, JSON.parse(readFileSync(join(EXTRA, dir, 'oracle.json'), 'utf8')) as Oracle] as const,
);
const standard = { pickle: 'strict', allowGlobals: [] } as const;

function ours(read: () => NpyDtype): NpyDtype | 'error' {
  try {
    return read();
  } catch (err) {
    if (err instanceof NpyHeaderError) return 'error';
    throw err;
  }
}

/**
 * The scanner may refuse what numpy reads (an error, never a pass), but it may never read as
 * plain data what numpy reads as objects, nor give a size numpy does not.
 */
function agrees(mine: NpyDtype | 'error', numpy: Answer): string | undefined {
  if (mine === 'error') return undefined;
  if (numpy.ok && numpy.object && !mine.object) return 'numpy reads objects, the scanner does not';
  if (numpy.ok && !numpy.object && mine.object) return 'the scanner reads objects, numpy does not';
  if (numpy.ok && !mine.object && mine.size !== numpy.size)
    return `size ${mine.size}, numpy ${numpy.size}`;
  return undefined;
}

describe.each(ORACLES)('descriptors as %s reads them', (_dir, oracle) => {
  const cases = Object.entries(oracle.descrs);

  it('has the cases generate.py wrote', () => {
    expect(cases.length).toBeGreaterThan(1500);
    expect(Object.keys(oracle.headers).length).toBeGreaterThan(150);
  });

  it('never reads an object dtype as plain data, nor a plain one at another size', () => {
    const wrong = cases
      .map(([src, numpy]) => {
        const mine = ours(() => descrToDtype(parsePyLiteral(src)));
        const why = agrees(mine, numpy);
        return why && `${src}: ${why}`;
      })
      .filter(Boolean);
    expect(wrong).toEqual([]);
  });

  it('accepts every descriptor numpy itself writes, and reads its objects', () => {
    const written = cases.filter(([, a]) => a.written);
    expect(written.length).toBeGreaterThan(30);
    for (const [src, numpy] of written) {
      const mine = ours(() => descrToDtype(parsePyLiteral(src)));
      expect(mine, src).toEqual({ object: numpy.object, size: numpy.size, ...pick(mine) });
    }
  });

  it('accepts the plain spellings numpy reads (refusals are few and listed)', () => {
    // Forms numpy accepts that the scanner refuses: byte orders before sctypeDict names that
    // numpy 1.24 drops, strtol's spaces and signs, and shapes spelled as lists.
    const refused = cases
      .filter(([, a]) => a.ok && !a.object)
      .filter(([src]) => ours(() => descrToDtype(parsePyLiteral(src))) === 'error')
      .map(([src]) => src);
    expect(refused.length, refused.join('\n')).toBeLessThan(60);
  });

  it('reads whole headers as _read_array_header does', () => {
    const wrong: string[] = [];
    for (const [key, numpy] of Object.entries(oracle.headers)) {
      const major = Number(key.slice(0, 1));
      const text = key.slice(2);
      const mine = ours(() => readNpyHeader(text, major).dtype);
      const why = agrees(mine, numpy);
      if (why) wrong.push(`${JSON.stringify(key)}: ${why}`);
      if (mine !== 'error' && numpy.ok) {
        expect(readNpyHeader(text, major).shape.map(Number), key).toEqual(numpy.shape);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('decodes string literals as ast.literal_eval does, or refuses them', () => {
    for (const [src, python] of Object.entries(oracle.strings)) {
      let mine: { t: string; v?: unknown } | 'error';
      try {
        mine = parsePyLiteral(src);
      } catch (err) {
        if (!(err instanceof NpyHeaderError)) throw err;
        mine = 'error';
      }
      if (mine === 'error') continue;
      expect(python.ok, `${src} is refused by Python, read by the scanner`).toBe(true);
      if (python.type === 'str') expect(mine, src).toEqual({ t: 'str', v: python.value });
      else expect(mine.t, src).not.toBe('str');
    }
  });
});

/** The fields of ours beyond `object` and `size` (`unsized`, `record`, `void`). */
function pick(d: NpyDtype | 'error'): Partial<NpyDtype> {
  if (d === 'error') return {};
  return Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'object' && k !== 'size'));
}

describe.each(ORACLES)('files written by %s', (dir, oracle) => {
  it.each(Object.entries(oracle.files).filter(([f]) => f.startsWith('real/')))(
    '%s',
    async (file, numpy) => {
      const r = await scanFile(join(EXTRA, dir, file), standard);
      expect(r.verdict, JSON.stringify(r.findings)).toBe('safe');
      expect(r.format).toMatch(/^np[yz]$/);
      // Object arrays load only with allow_pickle=True; their pickles are benign.
      expect(numpy.loaded || numpy.object).toBe(true);
    },
  );

  it.each(Object.entries(oracle.files).filter(([f]) => f.startsWith('hidden/')))(
    '%s: an object field numpy unpickles is found, or the header refused',
    async (file, numpy) => {
      const r = await scanFile(join(EXTRA, dir, file), standard);
      if (numpy.ran) expect(r.verdict, JSON.stringify(r.findings)).toMatch(/^(unsafe|error)$/);
      const rules = r.findings.map((f) => f.rule);
      if (r.verdict === 'error') expect(rules).toContain('npy-descr-unproven');
      else expect(rules).toContain('pickle-unsafe-global');
      for (const f of r.findings.filter((x) => x.rule.startsWith('npy-')))
        expect(f.loader).toBe('numpy.load');
    },
  );

  it('has real payloads that ran', () => {
    const ran = Object.values(oracle.files).filter((f) => f.ran).length;
    expect(ran).toBeGreaterThanOrEqual(25);
    expect(readdirSync(join(EXTRA, dir, 'real')).length).toBeGreaterThan(100);
  });
});

describe('the header grammar', () => {
  const header = (descr: string, shape = '(1,)') =>
    `{'descr': ${descr}, 'fortran_order': False, 'shape': ${shape}, }`;
  it.each([
    ["'ob' 'ject'", true],
    ["'\\x4f'", true],
    ["'f8,(2)O'", true],
    ["[('a', [('b', ('O', 2))])]", true],
    ["'<f8'", false],
    ["'(2,3)f8'", false],
  ] as const)('%s holds objects: %s', (descr, object) => {
    expect(readNpyHeader(header(descr), 1).dtype.object).toBe(object);
  });

  it.each([
    "['xO']", // a two-character string unpacks as (name, descr)
    "[{'x': 0, 'O': 1}]", // so does a dict, by its keys
    "{'xO': 1}",
    "'\\N{LATIN CAPITAL LETTER O}'",
    "'O 8'",
    "'T'", // numpy 2's StringDType
    "('<f8', 'O')",
  ])('%s is refused', (descr) => {
    expect(() => readNpyHeader(header(descr), 1)).toThrow(NpyHeaderError);
  });

  it('takes the last of repeated keys, drops a Python 2 L only in version 1 and 2 headers', () => {
    const twice = "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'descr': '|O'}";
    expect(readNpyHeader(twice, 1).dtype.object).toBe(true);
    expect(readNpyHeader(header("'<f8'", '(3L,)'), 2).shape).toEqual([3n]);
    expect(() => readNpyHeader(header("'<f8'", '(3L,)'), 3)).toThrow(NpyHeaderError);
  });
});
