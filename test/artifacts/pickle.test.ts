import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PickleWalker } from '../../src/artifacts/pickle.js';
import { importedNames, judgeGlobal } from '../../src/artifacts/policy.js';

const classifyGlobal = (module: string, name: string, allow: string[] = [], protocol = 4) =>
  judgeGlobal(module, name, protocol, allow).verdict;

const FIXTURES = join(import.meta.dirname, '../fixtures/artifacts');
const expected: Record<string, { format: string }> = JSON.parse(
  readFileSync(join(FIXTURES, 'expected.json'), 'utf8'),
);
const pickles = Object.entries(expected)
  .filter(([, e]) => /^(pickle|joblib|pytorch-legacy)$/.test(e.format))
  .map(([name]) => name);

function walk(bytes: Buffer | string, chunk = Infinity) {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
  const w = new PickleWalker();
  for (let i = 0; i < b.length; i += Math.min(chunk, b.length)) w.write(b.subarray(i, i + chunk));
  return w.end();
}

const rules = (r: ReturnType<typeof walk>) => r.problems.map((p) => p.rule);

describe('the pickle walker', () => {
  it.each(pickles)('gives the same answer whatever the chunk size: %s', (name) => {
    const bytes = readFileSync(join(FIXTURES, 'corpus', name));
    const whole = walk(bytes);
    for (const chunk of [1, 3, 64, 4096])
      expect(walk(bytes, chunk), `chunks of ${chunk}`).toEqual(whole);
  });

  it('gives the same answer when chunks longer than its join split opcodes (and a fork)', () => {
    const strings = '\x8c\x05abcde\x94'.repeat(40_000);
    const array =
      'cjoblib.numpy_pickle\nNumpyArrayWrapper\n)\x81}(U\x08subclasscnumpy\nndarray\nU\x05shapeK\x09\x85' +
      'U\x05orderU\x01CU\x05dtypecnumpy\ndtype\n(U\x02u1\x89\x88tR(K\x03U\x01|NNNJ\xff\xff\xff\xffJ' +
      '\xff\xff\xff\xffK\x00tbU\x0aallow_mmap\x88ubcos\nsystem\n0';
    const bytes = Buffer.from(`\x80\x04(${strings}${array}${strings}l.`, 'latin1');
    const whole = walk(bytes);
    expect(whole.plain?.globals.map((g) => g.global)).toContain('os.system');
    for (const chunk of [65_537, 70_001, 100_003, 262_147])
      expect(walk(bytes, chunk), `chunks of ${chunk}`).toEqual(whole);
  });

  it('attributes INST and OBJ calls to the class they name', () => {
    const inst = walk("(S'id'\nios\nsystem\n.");
    expect(inst.globals).toEqual([
      expect.objectContaining({ global: 'os.system', verdict: 'unsafe', calls: 1 }),
    ]);
    const obj = walk("(cposix\nsystem\nS'id'\no.");
    expect(obj.globals).toEqual([expect.objectContaining({ global: 'posix.system', calls: 1 })]);
  });

  it('gives INST the arguments above its MARK', () => {
    const r = walk("(S'a'\nS'b'\nicollections\nOrderedDict\n0N.");
    expect(r).toMatchObject({ pickles: 1, problems: [] });
    expect(rules(walk("(S'a'\nicollections\nOrderedDict\nt."))).toEqual(['pickle-parse-error']);
  });

  it('follows the memo through text PUT and GET, and MEMOIZE', () => {
    const r = walk("cos\nsystem\np0\n0g0\n(S'id'\ntR.");
    expect(r.globals).toEqual([
      expect.objectContaining({ global: 'os.system', imports: 1, calls: 1 }),
    ]);
    const memoized = walk('\x80\x04\x8c\x02os\x94\x8c\x06system\x94h\x00h\x01\x93\x8c\x02id\x85R.');
    expect(memoized.globals[0]).toMatchObject({ global: 'os.system', calls: 1 });
  });

  it('counts NEWOBJ_EX as an instance of its class', () => {
    const m = 'sklearn.linear_model._logistic';
    const r = walk(`\x80\x04\x8c\x1e${m}\x8c\x12LogisticRegression\x93)}\x92.`);
    expect(r.globals).toEqual([
      expect.objectContaining({
        global: `${m}.LogisticRegression`,
        verdict: 'safe',
        instances: 1,
        calls: 0,
      }),
    ]);
    expect(r.problems).toEqual([]);
  });

  it('reads numbers and memo keys as _pickle.c does: up to the first NUL', () => {
    const r = walk("I1\0x\np0\0junk\n0cos\nsystem\n(S'id'\ntR.");
    expect(r.problems).toEqual([]);
    expect(r.globals).toEqual([
      expect.objectContaining({ global: 'os.system', verdict: 'unsafe' }),
    ]);
  });

  it('starts each pickle of a stream at protocol 0, where Python 2 names are mapped', () => {
    const r = walk('\x80\x04K\x01.c__builtin__\nexec\n(tR.');
    expect(r.globals).toEqual([
      expect.objectContaining({ global: 'builtins.exec', verdict: 'unsafe' }),
    ]);
  });

  it('reports what it cannot resolve as errors, and keeps walking', () => {
    expect(rules(walk('\x80\x04K\x01K\x02\x93.'))).toEqual(['pickle-unresolved-global']);
    expect(rules(walk('\x80\x02X\x01\x00\x00\x00aQ)R.'))).toEqual(['pickle-unresolved-call']);
    const ext = walk('\x80\x02\x82\x05)R\x80\x02cos\nsystem\n)R.');
    expect(rules(ext)).toContain('pickle-extension');
    expect(ext.globals[0]).toMatchObject({ global: 'os.system' });
  });

  it('fails on what Python would refuse: unknown opcodes, protocol 6, missing memo keys, underflow', () => {
    expect(rules(walk('\x80\x02\xff'))).toEqual(['pickle-parse-error']);
    expect(rules(walk('\x80\x06N.'))).toEqual(['pickle-parse-error']);
    expect(rules(walk('\x80\x02h\x07.'))).toEqual(['pickle-parse-error']);
    expect(rules(walk('\x80\x02R.'))).toEqual(['pickle-parse-error']);
    expect(rules(walk(''))).toEqual(['pickle-empty']);
  });

  it('refuses a stream that would grow the simulated stack without bound', () => {
    const flood = Buffer.concat([
      Buffer.from('\x80\x02', 'latin1'),
      Buffer.alloc((1 << 23) + (1 << 16), 'N'),
      Buffer.from('.'),
    ]);
    const r = walk(flood, 1 << 20);
    expect(rules(r)).toEqual(['pickle-parse-error']);
    expect(r.problems[0]!.message).toContain('values on the stack');
  });

  it('bounds what a hostile stream makes it keep: marks, memoized containers, names, strings', () => {
    const flood = (unit: string, count: number) =>
      Buffer.concat([
        Buffer.from('\x80\x04', 'latin1'),
        Buffer.alloc(unit.length * count, unit, 'latin1'),
        Buffer.from('N.'),
      ]);
    // One byte per mark, one ~100-byte list per three bytes: both would grow with the file.
    for (const r of [
      walk(flood('(', (1 << 21) + (1 << 16)), 1 << 20),
      walk(flood(']\x940', 1 << 22), 1 << 20),
    ]) {
      expect(rules(r)).toEqual(['pickle-parse-error']);
      expect(r.problems[0]!.message).toMatch(/values on the stack|objects\) in the memo/);
    }
    const names = Array.from({ length: 10_001 }, (_, i) => `cm${i}\nn\n0`).join('');
    const many = walk(`\x80\x02${names}N.`);
    expect(many.globals).toHaveLength(10_000);
    expect(many.problems.at(-1)!.message).toContain('distinct globals');
    // A 1000-byte string memoized each time: the strings kept are bounded in bytes.
    const unit = Buffer.concat([
      Buffer.from('X\xe8\x03\x00\x00', 'latin1'),
      Buffer.alloc(1000, 'a'),
      Buffer.from('\x94', 'latin1'),
    ]);
    const w = new PickleWalker();
    w.write(Buffer.from('\x80\x04', 'latin1'));
    const chunk = Buffer.concat(Array.from({ length: 1024 }, () => unit));
    for (let i = 0; i < 300 && !w.finished; i++) w.write(chunk);
    expect(w.end().problems[0]!.message).toContain('bytes of strings and names');
  });

  it('reads a UNICODE escape past U+10FFFF without throwing (Python refuses the pickle)', () => {
    expect(() => walk('V\\U00110000\n.')).not.toThrow();
  });

  it('walks protocol 5 buffers and skips large payloads split across chunks', () => {
    expect(walk('\x80\x05\x97\x98.').problems).toEqual([]);
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(100_000n);
    const big = Buffer.concat([
      Buffer.from('\x80\x05\x95\x00\x00\x00\x00\x00\x00\x00\x00\x96', 'latin1'),
      len,
      Buffer.alloc(100_000, 7),
      Buffer.from('.'),
    ]);
    const r = walk(big, 1000);
    expect(r).toMatchObject({ pickles: 1, problems: [], protocol: 5 });
  });

  it('scans every pickle of a stream, and flags methods called on imported objects', () => {
    const two = walk('\x80\x02N.\x80\x02cbuiltins\nexec\n.');
    expect(two.pickles).toBe(2);
    expect(two.globals[0]).toMatchObject({ global: 'builtins.exec', verdict: 'unsafe' });
    expect(rules(walk('\x80\x02csys\npath\nN\x61.'))).toEqual(['pickle-mutates-global']);
  });
});

describe('the global policy', () => {
  it.each([
    ['os', 'system'],
    ['posix', 'system'],
    ['nt', 'spawnv'],
    ['subprocess', 'Popen'],
    ['builtins', 'eval'],
    ['__builtin__', 'getattr'],
    ['importlib', 'import_module'],
    ['socket', 'create_connection'],
    ['shutil', 'rmtree'],
    ['_pickle', 'loads'],
    ['dill', 'loads'],
    ['runpy', 'run_path'],
    ['ctypes', 'CDLL'],
    ['marshal', 'loads'],
    ['types', 'FunctionType'],
    ['operator', 'attrgetter'],
    ['torch', 'load'],
    ['numpy', 'load'],
    ['joblib', 'load'],
    ['webbrowser', 'open'],
    ['pty', 'spawn'],
    ['asyncio.subprocess', 'create_subprocess_shell'],
    ['torch', 'serialization.os.system'],
    ['sklearn.externals.joblib', 'load'],
    // Standard-library and file-writing functions re-exported under allowed prefixes.
    ['sklearn.utils._testing', 'check_output'],
    ['sklearn.utils.metaestimators', 'attrgetter'],
    ['sklearn.utils.discovery', 'import_module'],
    ['scipy.sparse._matrix_io', 'save_npz'],
    ['scipy.sparse._matrix_io', 'load_npz'],
  ])('never allows %s.%s, not even through allow_globals', (module, name) => {
    expect(classifyGlobal(module, name)).not.toBe('safe');
    expect(classifyGlobal(module, name, [`${module}.${name}`])).toBe('unsafe');
  });

  it.each([
    ['sklearn.linear_model._logistic', 'LogisticRegression'],
    ['numpy.core.multiarray', '_reconstruct'],
    ['numpy', 'dtype'],
    ['collections', 'OrderedDict'],
    ['torch._utils', '_rebuild_tensor_v2'],
    ['torch.storage', 'UntypedStorage'],
    ['joblib.numpy_pickle', 'NumpyArrayWrapper'],
    ['scipy.sparse._csr', 'csr_matrix'],
  ])('allows %s.%s, which the generated allow-list holds', (module, name) => {
    expect(classifyGlobal(module, name)).toBe('safe');
  });

  it('judges the name Python 3 imports: Python 2 names are mapped under protocols 0-2 only', () => {
    // Python 3 has no builtins.raw_input: not proven safe, like any name not on the list.
    expect(classifyGlobal('__builtin__', 'raw_input', [], 2)).toBe('unknown');
    expect(classifyGlobal('__builtin__', 'intern', [], 2)).toBe('unsafe');
    expect(judgeGlobal('__builtin__', 'xrange', 2).full).toBe('builtins.range');
    expect(judgeGlobal('copy_reg', '_reconstructor', 2)).toMatchObject({
      full: 'copyreg._reconstructor',
      verdict: 'safe',
    });
    // Under protocol 3+ the name is imported as written, and `copy_reg` is no Python 3 module.
    expect(classifyGlobal('copy_reg', '_reconstructor', [], 4)).toBe('unknown');
    // `dbm` is a Python 3 module too: a loader without fix_imports imports it as written, so
    // allowing the mapped name is not enough.
    expect(importedNames('dbm', 'open', 2)).toEqual([
      ['dbm.ndbm', 'open'],
      ['dbm', 'open'],
    ]);
  });

  it('never admits attributes reached through an allowed object', () => {
    expect(classifyGlobal('sklearn.base', 'BaseEstimator.set_params')).toBe('unknown');
    expect(classifyGlobal('sklearn.base', 'BaseEstimator.__reduce__')).toBe('unsafe');
    expect(
      classifyGlobal('sklearn.linear_model._logistic', 'LogisticRegression.__init__.__globals__'),
    ).toBe('unsafe');
  });

  it('leaves the rest unknown until allow_globals names it exactly', () => {
    expect(classifyGlobal('mypkg.transformers', 'Scaler')).toBe('unknown');
    expect(classifyGlobal('mypkg.transformers', 'Scaler', ['mypkg.transformers.Scaler'])).toBe(
      'safe',
    );
    expect(classifyGlobal('mypkg.transformers', 'Scaler.x', ['mypkg.transformers.Scaler'])).toBe(
      'unknown',
    );
    expect(classifyGlobal('mypkg.transformers', 'Scaler', ['mypkg.transformers'])).toBe('unknown');
  });
});
