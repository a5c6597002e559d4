import { describe, expect, it } from 'vitest';
import { Judge, type JudgeOptions } from '../../src/artifacts/judge.js';
import { PickleWalker } from '../../src/artifacts/pickle.js';
import { Call, Dict, Opaque, Seq, type Value } from '../../src/artifacts/values.js';

// Each test names the refusal it protects: what a loosened judge would let through. Pickles
// are written by hand (protocol 0 text opcodes unless a PROTO says otherwise).

function walk(text: string, opts: JudgeOptions = {}) {
  const w = new PickleWalker(opts);
  w.write(Buffer.from(text, 'latin1'));
  return w.end();
}
const problems = (r: ReturnType<typeof walk>) =>
  r.problems.map((p) => ({ verdict: p.verdict, rule: p.rule, message: p.message }));
const rules = (r: ReturnType<typeof walk>) => r.problems.map((p) => p.rule);

function dict(entries: [Value, Value][]): Dict {
  const d = new Dict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
function tuple(...items: Value[]): Seq {
  const s = new Seq('tuple');
  for (const i of items) s.add(i);
  return s;
}
/** A judge with a called collections.OrderedDict (no __setstate__) and numpy.dtype (one). */
function judged(opts: JudgeOptions = {}) {
  const j = new Judge(opts);
  j.protocol = 4;
  const od = j.called(j.imported('collections', 'OrderedDict', 0), tuple(), 'REDUCE');
  const dt = j.called(j.imported('numpy', 'dtype', 10), tuple('f8', false, true), 'REDUCE');
  return { j, od, dt };
}

describe('pickle-unproven-use: an allowed object used as no real file uses it', () => {
  it('calling a class real files only instantiate', () => {
    expect(problems(walk('cargparse\nNamespace\n)R.'))).toEqual([
      {
        verdict: 'unsafe',
        rule: 'pickle-unproven-use',
        message:
          "REDUCE calls argparse.Namespace, which real models only instantiated: its code would run with the pickle's arguments",
      },
    ]);
  });

  it('instantiating a class real files only call', () => {
    expect(problems(walk('\x80\x02cbuiltins\nbytes\n)\x81.'))).toEqual([
      {
        verdict: 'unsafe',
        rule: 'pickle-unproven-use',
        message:
          "NEWOBJ instantiates builtins.bytes, which real models only called: its constructor would run with the pickle's arguments",
      },
    ]);
    expect(problems(walk('\x80\x02ccollections\nOrderedDict\n)\x81.'))[0]).toMatchObject({
      message: expect.stringContaining('which real models only called and filled:'),
    });
  });

  it('calling an object real files only reference', () => {
    const r = walk('cnumpy\nadd\n(I1\nI2\ntR.');
    expect(problems(r)).toContainEqual({
      verdict: 'unsafe',
      rule: 'pickle-unproven-use',
      message:
        "REDUCE calls numpy.add, which real models only referenced, never called: its code would run with the pickle's arguments",
    });
  });

  it('is not reported for a use real files make', () => {
    expect(walk('ccollections\nOrderedDict\n)R.').problems).toEqual([]);
    expect(walk('\x80\x02cargparse\nNamespace\n)\x81.').problems).toEqual([]);
  });

  it('filling an instance of a class real files never fill', () => {
    for (const [ops, op] of [
      ['(I1\ne', 'APPENDS'],
      ['I1\na', 'APPEND'],
      ["S'k'\nI1\ns", 'SETITEM'],
      ["(S'k'\nI1\nu", 'SETITEMS'],
    ]) {
      expect(problems(walk(`cbuiltins\nbytearray\n)R${ops}.`)), op).toEqual([
        {
          verdict: 'unsafe',
          rule: 'pickle-unproven-use',
          message: `${op} calls methods of builtins.bytearray with the pickle's data, which real files never do to it`,
        },
      ]);
    }
    expect(problems(walk('\x80\x04cbuiltins\nbytearray\n)R(K\x01\x90.'))[0]).toMatchObject({
      rule: 'pickle-unproven-use',
      message: expect.stringMatching(/^ADDITEMS calls methods of builtins\.bytearray/),
    });
  });

  it('filling what the scanner cannot name', () => {
    const r = walk('cmylib\nThing\n)R(I1\ne.');
    expect(problems(r)).toContainEqual({
      verdict: 'unsafe',
      rule: 'pickle-unproven-use',
      message:
        "APPENDS calls methods of an object the scanner cannot name with the pickle's data, which real files never do to it",
    });
  });

  it('but not filling a class real files fill', () => {
    expect(walk("ccollections\nOrderedDict\n)R(S'a'\nI1\nu.").problems).toEqual([]);
    expect(walk('ccollections\nOrderedDict\n)R}b.').problems).toEqual([]);
  });

  it('once per use: the same refusal is not repeated, another is', () => {
    const r = walk(
      'cargparse\nNamespace\n)R0cargparse\nNamespace\n)R0cbuiltins\nbytearray\n)RI1\na.',
    );
    expect(rules(r)).toEqual(['pickle-unproven-use', 'pickle-unproven-use']);
    expect(r.problems.map((p) => p.global)).toEqual(['argparse.Namespace', undefined]);
  });
});

describe('a change to an imported object itself', () => {
  it('filling or BUILDing a global is refused', () => {
    expect(problems(walk('cbuiltins\nlist\nI1\na.'))).toEqual([
      {
        verdict: 'unsafe',
        rule: 'pickle-mutates-global',
        message: 'APPEND changes the imported object builtins.list itself',
      },
    ]);
    expect(problems(walk('ccollections\nOrderedDict\n}b.'))).toEqual([
      {
        verdict: 'unsafe',
        rule: 'pickle-mutates-global',
        message: 'BUILD changes the imported object collections.OrderedDict itself',
      },
    ]);
  });

  it('filling or BUILDing what the scanner cannot resolve is an error', () => {
    const j = new Judge();
    j.built(new Opaque('a persistent id'), dict([]));
    j.mutated(new Opaque('a buffer'), 'APPENDS');
    expect(j.findings().problems).toEqual([
      {
        verdict: 'error',
        rule: 'pickle-unresolved-call',
        message: 'BUILD acts on a persistent id, which the scanner cannot resolve',
        global: undefined,
      },
      {
        verdict: 'error',
        rule: 'pickle-unresolved-call',
        message: 'APPENDS acts on a buffer, which the scanner cannot resolve',
        global: undefined,
      },
    ]);
  });
});

describe('calls the judge cannot resolve', () => {
  it('calling what a call returned', () => {
    expect(problems(walk('ccollections\nOrderedDict\n)R)R.'))).toEqual([
      {
        verdict: 'error',
        rule: 'pickle-indirect-call',
        message: 'REDUCE calls the result of calling collections.OrderedDict',
      },
    ]);
    const j = new Judge();
    j.called(new Call('x', tuple()), tuple(), 'REDUCE');
    expect(j.findings().problems[0]).toMatchObject({
      rule: 'pickle-indirect-call',
      message: 'REDUCE calls the result of calling an unknown callable',
    });
  });

  it('calling an opaque value or one that is not callable', () => {
    const j = new Judge();
    j.called(new Opaque('a persistent id'), tuple(), 'REDUCE');
    j.called('text', tuple(), 'OBJ');
    expect(j.findings().problems).toEqual([
      {
        verdict: 'error',
        rule: 'pickle-unresolved-call',
        message: 'REDUCE calls a persistent id, which the scanner cannot resolve',
        global: undefined,
      },
      {
        verdict: 'error',
        rule: 'pickle-invalid-call',
        message: 'OBJ calls a value that is not callable',
        global: undefined,
      },
    ]);
  });

  it('instantiating an allowed function, or what the scanner cannot name', () => {
    expect(problems(walk('\x80\x02cnumpy\nadd\n)\x81.'))).toContainEqual({
      verdict: 'error',
      rule: 'pickle-rule-argument',
      message: 'NEWOBJ instantiates numpy.add, which is not a class',
    });
    expect(problems(walk("\x80\x02S'x'\n)\x81."))).toEqual([
      {
        verdict: 'error',
        rule: 'pickle-rule-argument',
        message: 'NEWOBJ instantiates a class the scanner cannot name',
      },
    ]);
    // An unknown class is a finding of its own import, not a rule problem.
    expect(walk('\x80\x02cmylib\nThing\n)\x81.').problems).toEqual([]);
  });

  it('an instance of an allowed class made by NEWOBJ is known, and filled as such', () => {
    expect(walk("\x80\x02cargparse\nNamespace\n)\x81S'k'\nI1\ns.").problems).toEqual([
      {
        verdict: 'unsafe',
        rule: 'pickle-unproven-use',
        message:
          "SETITEM calls methods of argparse.Namespace with the pickle's data, which real files never do to it",
        global: undefined,
      },
    ]);
  });
});

describe('BUILD', () => {
  it('refuses a __class__ swap in the state, in the dict or the slot state', () => {
    const swap = {
      verdict: 'unsafe',
      rule: 'pickle-class-swap',
      message:
        'BUILD gives an object a __class__, which turns it into another class than it was made as',
    };
    expect(
      problems(walk("ccollections\nOrderedDict\n)R}S'__class__'\ncnumpy\nndarray\nsb.")),
    ).toContainEqual(swap);
    expect(problems(walk("ccollections\nOrderedDict\n)R(}S'__class__'\nI1\ns}tb."))).toContainEqual(
      swap,
    );
    expect(problems(walk("ccollections\nOrderedDict\n)R(N}S'__class__'\nI1\nstb."))).toContainEqual(
      swap,
    );
    // Through __setstate__ as well.
    const { j, dt } = judged();
    j.built(dt, dict([['__class__', 1]]));
    expect(j.findings().problems.map((p) => p.rule)).toEqual(['pickle-class-swap']);
  });

  it('refuses a slot state it cannot read on an object without __setstate__', () => {
    const cannot = (s: Value) => {
      const { j, od } = judged();
      j.built(od, s);
      return j.findings().problems.map((p) => [p.verdict, p.rule, p.message]);
    };
    const setattr = [
      'error',
      'pickle-unresolved-state',
      'BUILD sets __class__ (or an attribute it cannot name) through setattr',
    ];
    const unread = [
      'error',
      'pickle-unresolved-state',
      'BUILD sets attributes from a value the scanner cannot read',
    ];
    expect(cannot(tuple(null, dict([[1, 2]])))).toEqual([setattr]);
    expect(cannot(tuple(null, dict([['__class__', 2]])))).toContainEqual(setattr);
    expect(cannot(tuple(null, new Opaque('x')))).toEqual([unread]);
    expect(cannot(tuple(null, new Call('x', tuple())))).toEqual([unread]);
    const g = new Judge().imported('collections', 'OrderedDict', 0);
    expect(cannot(tuple(null, g))).toEqual([unread]);
    // Readable slot states, and states that are not a (state, slotstate) pair.
    expect(cannot(tuple(null, dict([['a', 1]])))).toEqual([]);
    expect(cannot(tuple(null, null))).toEqual([]);
    expect(cannot(tuple(null, new Opaque('x'), null))).toEqual([]);
    const list = new Seq('list');
    list.add(null);
    list.add(new Opaque('x'));
    expect(cannot(list)).toEqual([]);
    // __setstate__ takes the pair whole: no setattr.
    const { j, dt } = judged();
    j.built(dt, tuple(null, new Opaque('x')));
    expect(j.findings().problems).toEqual([]);
  });

  it('refuses a functools.partial state whose function is not allowed', () => {
    const partial = (fn: string) => walk(`cfunctools\npartial\n(cnumpy\nadd\ntR(${fn}(t}Ntb.`);
    expect(problems(partial('I1\n'))).toEqual([
      {
        verdict: 'unsafe',
        rule: 'pickle-rule-argument',
        message:
          'BUILD gives functools.partial a function to call later that is not an allowed function or class',
      },
    ]);
    expect(partial('cnumpy\nadd\n').problems).toEqual([]);
    // Not another class's state.
    expect(walk('ccollections\nOrderedDict\n)R(I1\n(t}Ntb.').problems).toEqual([]);
  });

  it('refuses a scipy _parse_arg_template that runs code on load', () => {
    const template = (code: Value, pair = false) => {
      const { j, dt } = judged();
      const d = dict([
        ['a', 1],
        ['_parse_arg_template', code],
      ]);
      j.built(dt, pair ? tuple(d, null) : d);
      return j.findings().problems.map((p) => [p.verdict, p.rule, p.message]);
    };
    const runs = [
      'unsafe',
      'pickle-exec-state',
      'BUILD gives a scipy.stats distribution an _parse_arg_template that runs code when it is executed on load',
    ];
    const unread = [
      'error',
      'pickle-exec-state',
      'BUILD gives a scipy.stats distribution an _parse_arg_template the scanner cannot read, which is executed on load',
    ];
    const benign = [
      'def _parse_args(self, loc=0, scale=1):\n    return loc, scale\n',
      "def _parse_args_stats(self, a, b=-1.5, moments='mv'):\n    return a\n\n",
      'def f(self):',
      'def f(self,):',
      "def f(self, a=''):",
      'def f(self, a = np.inf ):',
      'def f(self, a,b):',
      '   \n\t\n',
      '',
      "def f(self, c, loc=0):\n    import os; os.system('id')\n",
    ];
    for (const code of benign) {
      expect(template(code), JSON.stringify(code)).toEqual([]);
      expect(template(code, true), JSON.stringify(code)).toEqual([]);
    }
    const bad = [
      "import os; os.system('id')",
      'def f(self):\nimport os',
      "def f(self):\n  os.system('id')",
      'def f(self, a=g()):',
      "def f(self, a='a b'):",
      'def f(self, *a):',
      'def f(self) :',
      'def  f(self):',
      'def f(self):x',
      'xdef f(self):',
      'def f(cls):',
      'def f(self, a=1)',
      'def (self):',
      'x\t',
    ];
    for (const code of bad) {
      expect(template(code), JSON.stringify(code)).toEqual([runs]);
      expect(template(code, true), JSON.stringify(code)).toEqual([runs]);
    }
    expect(template(3)).toEqual([unread]);
    expect(template(new Opaque('a long string'))).toEqual([unread]);
    // No template, or a state that is not a dict: nothing to execute.
    const { j, dt } = judged();
    j.built(dt, dict([['b', 'import os']]));
    j.built(dt, 'import os');
    j.built(dt, tuple('import os', null));
    expect(j.findings().problems).toEqual([]);
  });
});

describe('the findings', () => {
  it('count imports, calls and instances of each global, from its first offset', () => {
    const r = walk(
      'ccollections\nOrderedDict\n)R0ccollections\nOrderedDict\n)R0\x80\x02cargparse\nNamespace\n)\x81.',
    );
    expect(r.globals).toEqual([
      {
        global: 'collections.OrderedDict',
        verdict: 'safe',
        rule: 'allow-list',
        message: 'calls collections.OrderedDict',
        imports: 2,
        calls: 2,
        instances: 0,
        offset: 0,
      },
      expect.objectContaining({
        global: 'argparse.Namespace',
        message: 'instantiates argparse.Namespace',
        imports: 1,
        calls: 0,
        instances: 1,
      }),
    ]);
    expect(walk('ccollections\nOrderedDict\n.').globals[0]).toMatchObject({
      message: 'imports collections.OrderedDict',
      verdict: 'safe',
    });
    expect(r.globals[1]!.offset).toBeGreaterThan(0);
  });

  it('refuse a deny-listed global whatever the policy', () => {
    for (const policy of ['strict', 'warn-unknown-classes'] as const) {
      const r = walk('\x80\x02cos\nPathLike\n)\x81.', { policy });
      expect(r.globals[0], policy).toMatchObject({
        global: 'os.PathLike',
        verdict: 'unsafe',
        message: 'instantiates os.PathLike, which can run code or touch the system when loaded',
      });
    }
  });

  it('refuse an unknown global, naming allow_globals as the way to trust it', () => {
    expect(walk('\x80\x02cmylib\nThing\n)\x81.').globals[0]).toMatchObject({
      verdict: 'unsafe',
      rule: 'pickle-unknown-global',
      message:
        'instantiates mylib.Thing, which is not on the allow-list of proven-benign objects; if you trust it, add it to security.allow_globals',
    });
  });

  it('lenient mode: a warning only for an unknown class instantiated, never a function called', () => {
    const policy = 'warn-unknown-classes' as const;
    expect(walk('\x80\x02cmylib\nThing\n)\x81.', { policy }).globals[0]).toMatchObject({
      verdict: 'suspicious',
      message:
        'instantiates mylib.Thing, which is not on the allow-list of proven-benign objects (an unknown class: a warning under security.pickle: warn-unknown-classes)',
    });
    // Called as a function, even once beside an instantiation: unsafe.
    expect(walk('cmylib\nThing\n)R.', { policy }).globals[0]).toMatchObject({
      verdict: 'unsafe',
      message: expect.stringContaining('add it to security.allow_globals'),
    });
    expect(
      walk('\x80\x02cmylib\nThing\n)\x81cmylib\nThing\n)R.', { policy }).globals[0],
    ).toMatchObject({ verdict: 'unsafe', calls: 1, instances: 1 });
    // Not named like a class.
    expect(walk('\x80\x02cmylib\nthing\n)\x81.', { policy }).globals[0]).toMatchObject({
      verdict: 'unsafe',
    });
    // Only imported, named like a class: a warning too.
    expect(walk('cmylib\nThing\n.', { policy }).globals[0]).toMatchObject({
      verdict: 'suspicious',
    });
  });

  it('allow_globals makes a name safe, and only that name', () => {
    const r = walk('\x80\x02cmylib\nThing\n)\x81cmylib\nOther\n)\x81.', {
      allowGlobals: ['mylib.Thing'],
    });
    expect(r.globals.map((g) => [g.global, g.verdict])).toEqual([
      ['mylib.Thing', 'safe'],
      ['mylib.Other', 'unsafe'],
    ]);
  });
});

describe('Python 2 names', () => {
  it('are mapped under the PROTO in force, not under protocol 3 and later', () => {
    expect(walk('\x80\x02c__builtin__\neval\n.').globals[0]).toMatchObject({
      global: 'builtins.eval',
      verdict: 'unsafe',
    });
    expect(walk('c__builtin__\neval\n.').globals[0]).toMatchObject({ global: 'builtins.eval' });
    expect(walk('\x80\x03c__builtin__\nbasestring\n.').globals[0]).toMatchObject({
      global: '__builtin__.basestring',
      verdict: 'unsafe',
    });
    expect(new Judge().protocol).toBe(0);
  });
});

describe('what rules hand back to the judge', () => {
  it('a name a rule looks up that is not safe is refused, even under the lenient policy', () => {
    const r = walk("cbuiltins\ngetattr\n(ctorch.optim.lr_scheduler\nCyclicLR\nS'Foo'\ntR.", {
      policy: 'warn-unknown-classes',
    });
    expect(r.problems).toContainEqual({
      verdict: 'unsafe',
      rule: 'pickle-rule-argument',
      message: 'builtins.getattr reaches torch.optim.lr_scheduler.CyclicLR.Foo',
      global: 'torch.optim.lr_scheduler.CyclicLR.Foo',
    });
    // Derived from arguments, not imported at an offset of the stream.
    expect(r.globals.find((g) => g.global.endsWith('CyclicLR.Foo'))).toMatchObject({ offset: -1 });
  });

  it("a rule that calls another function hands it to that function's rule", () => {
    const j = new Judge();
    j.protocol = 2;
    const inner = tuple(null, 0, tuple(1), tuple(1), false, 'hooks');
    j.called(
      j.imported('torch._tensor', '_rebuild_from_type_v2', 0),
      tuple(j.imported('torch._utils', '_rebuild_tensor_v2', 1), null, inner, dict([])),
      'REDUCE',
    );
    const { problems, globals } = j.findings();
    expect(problems).toContainEqual(
      expect.objectContaining({
        verdict: 'unsafe',
        rule: 'pickle-rule-argument',
        message: expect.stringContaining('is given backward hooks'),
      }),
    );
    expect(globals.find((g) => g.global === 'torch._utils._rebuild_tensor_v2')).toMatchObject({
      calls: 1,
    });
  });

  it('a global imported before a fork and called after it is still counted and refused', () => {
    const g = new Judge().imported('os', 'system', 0);
    const fork = new Judge();
    fork.called(g, tuple('id'), 'REDUCE');
    expect(fork.findings().globals).toEqual([
      expect.objectContaining({
        global: 'os.system',
        verdict: 'unsafe',
        imports: 0,
        calls: 1,
        offset: -1,
      }),
    ]);
  });
});

describe('BUILD with a state that is not a tuple', () => {
  it('a None state is read without failing the walk', () => {
    expect(walk('ccollections\nOrderedDict\n)RNb.').problems).toEqual([]);
    const { j, dt } = judged();
    j.built(dt, null);
    j.built(dt, undefined);
    expect(j.findings().problems).toEqual([]);
  });

  it('functools.partial given a state that is not its 4-tuple keeps no allowed function', () => {
    for (const state of ['N', '}']) {
      const r = walk(`cfunctools\npartial\n(cnumpy\nadd\ntR${state}b.`);
      expect(problems(r), state).toEqual([
        {
          verdict: 'unsafe',
          rule: 'pickle-rule-argument',
          message:
            'BUILD gives functools.partial a function to call later that is not an allowed function or class',
        },
      ]);
    }
  });
});

describe('BUILD marks what it fills', () => {
  it('torch backward hooks given a state by BUILD are not the empty OrderedDict real files pass', () => {
    const j = new Judge();
    j.protocol = 2;
    const hooks = j.called(j.imported('collections', 'OrderedDict', 0), tuple(), 'REDUCE');
    j.built(hooks, dict([['a', 1]]));
    j.called(
      j.imported('torch._utils', '_rebuild_tensor_v2', 1),
      tuple(null, 0, tuple(1), tuple(1), false, hooks),
      'REDUCE',
    );
    expect(j.findings().problems).toEqual([
      expect.objectContaining({
        verdict: 'unsafe',
        rule: 'pickle-rule-argument',
        message: expect.stringContaining('is given backward hooks'),
      }),
    ]);
  });
});

describe('BUILD reads its state as Python does', () => {
  it('only a tuple is a (state, slotstate) pair, and a literal target is not a call', () => {
    const { j, dt, od } = judged();
    const list = new Seq('list');
    list.add(
      dict([
        ['__class__', 1],
        ['_parse_arg_template', 'import os'],
      ]),
    );
    list.add(null);
    j.built(dt, list);
    j.built(od, list);
    j.built('text', dict([['a', 1]]));
    j.built(null, dict([['a', 1]]));
    expect(j.findings().problems).toEqual([]);
  });
});
