import { describe, expect, it } from 'vitest';
import {
  importable,
  importedNames,
  judgeGlobal,
  looksLikeClass,
} from '../../src/artifacts/policy.js';

// Each test names the refusal it protects: what a loosened policy would let through.

const verdict = (module: string, name: string, allow: string[] = [], protocol = 4) =>
  judgeGlobal(module, name, protocol, allow).verdict;

describe('the policy refuses', () => {
  it('a name that is not a Python identifier path, even when allow_globals names it', () => {
    for (const [m, n] of <[string, string][]>[
      ['my mod', 'Thing'],
      ['mylib', 'Thing x'],
      ['9lib', 'Thing'],
      ['mylib', '9Thing'],
      ['mylib.', 'Thing'],
      ['.mylib', 'Thing'],
      ['my..lib', 'Thing'],
      ['mylib', 'Thing.'],
      ['mylib', '.Thing'],
      ['mylib', ''],
      ['', 'Thing'],
      ['my-lib', 'Thing'],
      ['mylib', 'Thing\n'],
      ['mylib\nx', 'Thing'],
    ]) {
      const j = judgeGlobal(m, n, 4, [`${m}.${n}`]);
      expect(j, JSON.stringify([m, n])).toMatchObject({
        verdict: 'unknown',
        rule: 'pickle-unknown-global',
        why: 'is not a Python name the scanner can resolve',
      });
    }
  });

  it('nothing that is a Python identifier path for that reason', () => {
    for (const [m, n] of <[string, string][]>[
      ['a', 'B'],
      ['_a.b_2.c', 'D_e.F9'],
      ['mylib', 'Thing'],
      ['Z', '_'],
    ])
      expect(judgeGlobal(m, n, 4, [`${m}.${n}`]).verdict, `${m}.${n}`).toBe('safe');
  });

  it('a deny-listed global, which allow_globals cannot unlock', () => {
    for (const full of ['builtins.eval', 'builtins.exec', 'builtins.open']) {
      const dot = full.lastIndexOf('.');
      const j = judgeGlobal(full.slice(0, dot), full.slice(dot + 1), 4, [full]);
      expect(j).toMatchObject({
        verdict: 'unsafe',
        rule: 'pickle-unsafe-global',
        why: 'can run code or touch the system when loaded',
        full,
      });
    }
  });

  it('anything in or below a deny-listed module, however the name is split', () => {
    const cases: [string, string][] = [
      ['os', 'system'],
      ['os.path', 'join'],
      ['torch', 'hub.load'],
      ['torch.hub', 'load'],
      ['sklearn.utils._testing', 'check_output'],
      ['sklearn.utils', '_testing.check_output'],
      ['sklearn', 'utils._testing.check_output'],
      ['numpy', 'testing.Tester'],
      ['pandas', 'io.pickle.Reader'],
      ['logging', 'config.Listener'],
    ];
    for (const [m, n] of cases) {
      const j = judgeGlobal(m, n, 4, [`${m}.${n}`]);
      expect(j, `${m}.${n}`).toMatchObject({
        verdict: 'unsafe',
        why: 'can run code or touch the system when loaded',
      });
    }
    // The whole name a denied module, split after its first part.
    for (const [m, n] of <[string, string][]>[
      ['torch', 'hub'],
      ['logging', 'config'],
      ['numpy', 'f2py'],
    ])
      expect(verdict(m, n, [`${m}.${n}`]), `${m}.${n}`).toBe('unsafe');
    // Only whole module names: a prefix that is not one is not denied.
    expect(verdict('ossify', 'Thing', ['ossify.Thing'])).toBe('safe');
    expect(verdict('torch', 'hubble.Thing', ['torch.hubble.Thing'])).toBe('safe');
    expect(verdict('logging', 'Thing', ['logging.Thing'])).toBe('safe');
  });

  it('a dotted name that walks through an attribute named like a denied module', () => {
    for (const [m, n, via] of [
      ['mylib', 'os.system', 'os'],
      ['mylib', 'helpers.subprocess.Popen', 'subprocess'],
      ['mylib', 'Thing.pickle', 'pickle'],
    ]) {
      const j = judgeGlobal(m!, n!, 4, [`${m}.${n}`]);
      expect(j, `${m}.${n}`).toMatchObject({
        verdict: 'unsafe',
        rule: 'pickle-unsafe-global',
        why: `walks through an attribute named like the module ${via}`,
      });
    }
    // A single name is the attribute itself, not a walk through it.
    expect(judgeGlobal('mylib', 'pickle', 4, ['mylib.pickle'])).toMatchObject({
      verdict: 'safe',
      rule: 'allow-globals',
    });
  });

  it('an unknown global unless allow_globals names it exactly', () => {
    expect(judgeGlobal('mylib', 'Thing', 4)).toMatchObject({
      verdict: 'unknown',
      rule: 'pickle-unknown-global',
      why: 'is not on the allow-list of proven-benign objects',
      full: 'mylib.Thing',
    });
    expect(verdict('mylib', 'Thing', ['mylib.Thin', 'mylib', 'mylib.Thing.x'])).toBe('unknown');
    expect(judgeGlobal('mylib', 'Thing', 4, ['mylib.Thing'])).toMatchObject({
      verdict: 'safe',
      rule: 'allow-globals',
      entry: { kind: 'class', object: 'mylib.Thing' },
    });
  });

  it('an allow-listed object only as the allow-list records it', () => {
    expect(judgeGlobal('collections', 'OrderedDict', 4)).toMatchObject({
      verdict: 'safe',
      rule: 'allow-list',
      entry: { kind: 'class', object: 'collections.OrderedDict' },
    });
  });

  it('a re-exported standard-library function, which allow_globals cannot unlock', () => {
    const dangerous = [
      'system',
      'popen',
      'popen3',
      'spawn',
      'spawnv',
      'exec',
      'execvp',
      'eval',
      'compile',
      'open',
      'load',
      'loads',
      'load_model',
      'dump',
      'dumps',
      'save',
      'save_model',
      'getattr',
      'setattr',
      'delattr',
      'attrgetter',
      'methodcaller',
      'import_module',
      'check_output',
      'check_call',
      'call',
      'run',
      'Popen',
      'getoutput',
      'getstatusoutput',
      'urlopen',
      'urlretrieve',
      'remove',
      'unlink',
      'rmtree',
      'makedirs',
    ];
    for (const n of dangerous) {
      for (const [m, name] of [
        ['sklearn.utils.fixes', n],
        ['mylib', `Helpers.${n}`],
      ]) {
        const j = judgeGlobal(m!, name!, 4, [`${m}.${name}`]);
        expect(j, `${m}.${name}`).toMatchObject({
          verdict: 'unsafe',
          rule: 'pickle-unsafe-global',
          why: 'is named like a standard-library function that runs, imports or loads something, which allow_globals cannot unlock',
        });
      }
    }
    // Whole names only: these are not those functions.
    for (const n of ['mysystem', 'system2', 'reload', 'Opener', 'runner_', 'xcall', 'evaluate'])
      expect(verdict('mylib', n, [`mylib.${n}`]), n).toBe('safe');
    // The last part is what is checked, not the first.
    expect(verdict('mylib', 'load.Thing', ['mylib.load.Thing'])).toBe('safe');
  });

  it('a walk through a dunder attribute to the interpreter', () => {
    for (const n of [
      '__reduce__',
      'Thing.__init__',
      'Thing.__init__.__globals__',
      'Thing.__class__.mro',
      '__x__.Thing',
      '____',
    ]) {
      expect(judgeGlobal('mylib', n, 4), n).toMatchObject({
        verdict: 'unsafe',
        rule: 'pickle-unsafe-global',
        why: 'walks through a dunder attribute to reach the interpreter',
      });
    }
    for (const n of ['a__init__', '__init__x', 'x__init__.y', 'Thing._init__', '__init_'])
      expect(verdict('mylib', n), n).toBe('unknown');
  });
});

describe('Python 2 names', () => {
  it('are mapped only under protocols 0–2, as find_class maps them', () => {
    for (const p of [0, 1, 2]) {
      expect(importedNames('__builtin__', 'basestring', p)).toEqual([['builtins', 'str']]);
      expect(importedNames('copy_reg', '_reconstructor', p)).toEqual([
        ['copyreg', '_reconstructor'],
      ]);
    }
    for (const p of [3, 4, 5]) {
      expect(importedNames('__builtin__', 'basestring', p)).toEqual([
        ['__builtin__', 'basestring'],
      ]);
      expect(importedNames('copy_reg', '_reconstructor', p)).toEqual([
        ['copy_reg', '_reconstructor'],
      ]);
    }
    expect(importedNames('mylib', 'Thing', 2)).toEqual([['mylib', 'Thing']]);
  });

  it('reach a denied global through the mapping under protocol 2', () => {
    expect(judgeGlobal('__builtin__', 'intern', 2)).toMatchObject({
      verdict: 'unsafe',
      full: 'sys.intern',
    });
    expect(judgeGlobal('__builtin__', 'eval', 2)).toMatchObject({
      verdict: 'unsafe',
      full: 'builtins.eval',
    });
    expect(judgeGlobal('__builtin__', 'eval', 3)).toMatchObject({
      verdict: 'unknown',
      full: '__builtin__.eval',
    });
  });

  it('are judged by the worst reading when a loader may import either', () => {
    // _elementtree is a Python 3 module too: fix_imports off imports it as written.
    expect(importedNames('_elementtree', 'Element', 2)).toEqual([
      ['xml.etree.ElementTree', 'Element'],
      ['_elementtree', 'Element'],
    ]);
    expect(
      judgeGlobal('_elementtree', 'Element', 2, ['xml.etree.ElementTree.Element']),
    ).toMatchObject({ verdict: 'unknown', full: '_elementtree.Element' });
    expect(judgeGlobal('_elementtree', 'Element', 2, ['_elementtree.Element'])).toMatchObject({
      verdict: 'unknown',
      full: 'xml.etree.ElementTree.Element',
    });
    expect(
      judgeGlobal('_elementtree', 'Element', 2, [
        '_elementtree.Element',
        'xml.etree.ElementTree.Element',
      ]),
    ).toMatchObject({ verdict: 'safe', full: 'xml.etree.ElementTree.Element' });
    expect(judgeGlobal('dbm', 'open', 2, ['dbm.ndbm.open', 'dbm.open'])).toMatchObject({
      verdict: 'unsafe',
      full: 'dbm.ndbm.open',
    });
    // Two readings judged alike: the first (the mapped name) is the one named.
    expect(judgeGlobal('_elementtree', 'Thing', 2, [])).toMatchObject({
      verdict: 'unknown',
      full: 'xml.etree.ElementTree.Thing',
    });
  });
});

describe('the lenient policy', () => {
  it('takes only CamelCase names for classes', () => {
    for (const n of ['mylib.Thing', 'Thing', '_Thing', 'a.b.Cd', 'mylib.F1a', 'x.AbC9'])
      expect(looksLikeClass(n), n).toBe(true);
    for (const n of [
      'mylib.thing',
      'mylib.THING',
      'mylib.T',
      'mylib.__Thing',
      'mylib.Thing_x',
      'mylib.Thing.run',
      'Thing.run',
      'mylib.9Thing',
      'mylib.Th-ing',
      'mylib.',
      'mylib.x Thing',
      'mylib.Thing x',
    ])
      expect(looksLikeClass(n), n).toBe(false);
  });
});

describe('importable', () => {
  it('knows the standard library, the allow-list and the deny-list, nothing else', () => {
    for (const n of ['os.system', 'collections.OrderedDict', 'sklearn.Thing', 'torch.x', 'dill.x'])
      expect(importable(n), n).toBe(true);
    for (const n of ['nosuchmodule.x', 'xos.system', 'x', 'Sklearn.x', ''])
      expect(importable(n), n).toBe(false);
    expect(importable('os')).toBe(true);
    // Top-level modules only the deny-list names: `transformers` through one of its submodules.
    expect(importable('transformers.AutoModel')).toBe(true);
    expect(importable('paramiko.SSHClient')).toBe(true);
  });
});

describe('allow_globals and dunder walks', () => {
  it('cannot unlock a walk through a dunder attribute to the interpreter', () => {
    const walk = 'BaseEstimator.__init__.__globals__';
    expect(judgeGlobal('sklearn.base', walk, 4, [`sklearn.base.${walk}`])).toMatchObject({
      verdict: 'unsafe',
      rule: 'pickle-unsafe-global',
    });
  });
});
