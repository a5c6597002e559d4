import type { AllowedObject } from './policy.js';
import {
  Bytes,
  Call,
  callee,
  Dict,
  Global,
  LongText,
  Seq,
  tupleItems,
  type Instance,
  type Value,
} from './values.js';

/**
 * Argument rules for the allowed objects that call, import or look up something named by their
 * arguments. The allow-list proves that real models use them; these rules prove that this
 * pickle uses them the way real models do. Each is keyed by every name the object is reached
 * through, and returns what the call makes, where the judge needs to know it (BUILD on an
 * instance of a class with `__setstate__` is a method call, not attribute assignment).
 */

export interface Made {
  /** The call makes an instance of an allowed class. */
  instance?: Instance;
  /** The call returns an imported object itself (a lookup by name). */
  returns?: Global;
  /** The call hands bytes of the stream to another loader, which must be scanned in turn. */
  load?: NestedLoad;
}

/** Bytes of the pickle stream that a call hands to another loader. */
export interface NestedLoad {
  loader: string;
  offset: number;
  length: number;
}

export interface RuleContext {
  /** Records `v` as a class being instantiated; undefined (after a finding) unless it is an allowed class. */
  instantiate(v: Value, by: string): Global | undefined;
  /** Judges `module.name`, named by a call's arguments, as if the pickle had imported it. */
  lookup(module: string, name: string, by: string): Global;
  /** Applies the rules of `fn` to `args`, as a call that `by` makes on the pickle's behalf. */
  call(fn: Value, args: Value, by: string): Made;
  problem(verdict: 'error' | 'unsafe', rule: string, message: string): void;
}

export type Rule = (args: readonly Value[] | undefined, cx: RuleContext, name: string) => Made;

/** The bit generators numpy's pickle helpers construct by name (numpy/random/_pickle.py). */
const BIT_GENERATORS = new Set(['MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'SFC64']);
const BIT_GENERATOR_CLASSES = new Set(
  [
    'numpy.random._mt19937.MT19937',
    'numpy.random._pcg64.PCG64',
    'numpy.random._pcg64.PCG64DXSM',
    'numpy.random._philox.Philox',
    'numpy.random._sfc64.SFC64',
  ].concat(['MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'SFC64'].map((n) => `numpy.random.${n}`)),
);

/** What an instance of an allowed class is, to the judge. */
export function instanceOf(entry: AllowedObject): Instance {
  return {
    of: entry.object,
    setstate: entry.setstate === true,
    fills: entry.uses?.includes('fill') === true,
  };
}

function made(cls: Global | undefined): Made {
  return cls?.entry ? { instance: instanceOf(cls.entry) } : {};
}

/** `f(cls, …)` makes an instance of its first argument, which must be an allowed class. */
const instanceOfFirst: Rule = (args, cx, name) => made(cx.instantiate(args?.[0], name));

/**
 * The bases copyreg._reconstructor meets in real files are built-in types, whose `__new__` and
 * `__init__` only store the state (a dok_matrix is a dict). Any other allowed class as the base
 * would run its own `__init__` with the pickle's state: dateutil's tzfile opens it as a path.
 */
const BUILTIN_BASES = new Set(
  [
    'object',
    'dict',
    'list',
    'set',
    'frozenset',
    'tuple',
    'int',
    'float',
    'complex',
    'str',
    'bytes',
    'bytearray',
  ].map((t) => `builtins.${t}`),
);

/**
 * copyreg._reconstructor(cls, base, state): `base.__new__(cls, state)`, then
 * `base.__init__(obj, state)` unless base is `object`. cls must be an allowed class, base a
 * built-in type.
 */
const reconstructor: Rule = (args, cx, name) => {
  const cls = cx.instantiate(args?.[0], name);
  const base = args?.[1];
  if (!(base instanceof Global && BUILTIN_BASES.has(base.full)))
    cx.problem(
      'unsafe',
      'pickle-rule-argument',
      `${name} is given a base class other than a built-in type, whose __init__ would run with the pickle's state`,
    );
  return made(cls);
};

/**
 * `f(cls, …)` where f calls a constructor or a class method of `cls` with the pickle's
 * arguments: cls must be an allowed class of the library whose helper f is.
 */
function classOfLibrary(prefix: string): Rule {
  return (args, cx, name) => {
    const cls = args?.[0];
    if (!(cls instanceof Global && cls.full.startsWith(prefix))) {
      cx.problem(
        'unsafe',
        'pickle-rule-argument',
        `${name} is given a class outside ${prefix.slice(0, -1)}, whose constructor it would call with the pickle's arguments`,
      );
      return {};
    }
    return made(cx.instantiate(cls, name));
  };
}

/**
 * numpy.dtype(descr, align, copy): a literal descriptor, or an allowed scalar type such as
 * `numpy.record`; anything else numpy may look into (a `.dtype` attribute, a class's fields).
 */
const dtype: Rule = (args, cx, name) => {
  const descr = args?.[0];
  if (typeof descr !== 'string' && !(descr instanceof Global && descr.entry?.kind === 'class'))
    cx.problem(
      'error',
      'pickle-rule-argument',
      `${name} is given a descriptor that is not a literal string`,
    );
  return { instance: { of: 'numpy.dtype', setstate: true, fills: false } };
};

/**
 * numpy.random._pickle's constructors look their bit generator up by name, or (numpy 2) take a
 * BitGenerator instance or class and call it: only a known name, an allowed bit generator
 * class, or an instance one of those made.
 */
function bitGenerator(v: Value, cx: RuleContext, name: string): void {
  if (typeof v === 'string' && BIT_GENERATORS.has(v)) return;
  if (v instanceof Global && BIT_GENERATOR_CLASSES.has(v.full) && v.entry) {
    cx.instantiate(v, name);
    return;
  }
  if (v instanceof Call && v.fn instanceof Global && BIT_GENERATOR_CTORS.has(v.fn.full)) return;
  cx.problem(
    'unsafe',
    'pickle-rule-argument',
    `${name} is given a bit generator that is neither one of numpy's by name nor an allowed class`,
  );
}

const bitGeneratorCtor: Rule = (args, cx, name) => {
  bitGenerator(args?.[0], cx, name);
  return { instance: { of: 'numpy.random.BitGenerator', setstate: true, fills: false } };
};

/** `__generator_ctor(bit_generator, bit_generator_ctor=__bit_generator_ctor)`, and RandomState's. */
function generatorCtor(of: string): Rule {
  return (args, cx, name) => {
    bitGenerator(args?.[0], cx, name);
    const ctor = args?.[1];
    if (ctor !== undefined && !(ctor instanceof Global && BIT_GENERATOR_CTORS.has(ctor.full)))
      cx.problem(
        'unsafe',
        'pickle-rule-argument',
        `${name} is given a constructor to call other than numpy's __bit_generator_ctor`,
      );
    return { instance: { of, setstate: true, fills: false } };
  };
}

/** numpy 1.x `_ufunc_reconstruct(module, name)` imports `module` and returns its `name`. */
const ufuncReconstruct: Rule = (args, cx, name) => {
  const [module, attr] = args ?? [];
  if (typeof module !== 'string' || typeof attr !== 'string') {
    cx.problem('unsafe', 'pickle-rule-argument', `${name} imports a name that is not a literal`);
    return {};
  }
  return { returns: cx.lookup(module, attr, name) };
};

/** `getattr(obj, name)` on an imported object is the import of `obj.name`, judged as such. */
const getattrRule: Rule = (args, cx, name) => {
  const [obj, attr] = args ?? [];
  if (!(obj instanceof Global) || typeof attr !== 'string') {
    cx.problem(
      'unsafe',
      'pickle-rule-argument',
      `${name} looks up an attribute the scanner cannot name`,
    );
    return {};
  }
  const dot = obj.full.lastIndexOf('.');
  return { returns: cx.lookup(obj.full.slice(0, dot), `${obj.full.slice(dot + 1)}.${attr}`, name) };
};

/**
 * torch._tensor._rebuild_from_type_v2(func, new_type, args, state) calls `func(*args)`: func
 * must be one of torch's allowed rebuild functions (whose own rules then apply to `args`), and
 * new_type an allowed class.
 */
const rebuildFromType: Rule = (args, cx, name) => {
  const [func, newType, inner] = args ?? [];
  if (!(func instanceof Global && TORCH_REBUILDERS.has(func.full))) {
    cx.problem(
      'unsafe',
      'pickle-rule-argument',
      `${name} calls ${func instanceof Global ? func.full : 'a value'}, which is not one of torch's tensor rebuild functions`,
    );
  } else cx.call(func, inner instanceof Seq ? inner : undefined, name);
  return made(cx.instantiate(newType, name));
};

/**
 * torch's `_load_from_bytes(b)` is `torch.load(io.BytesIO(b), weights_only=False)`: a loader in a
 * loader. pickle and joblib write every torch storage that way. The bytes are scanned in turn
 * as a file of their own; bytes the scanner cannot point at (built by a call) are an error.
 */
const loadFromBytes: Rule = (args, cx, name) => {
  const b = args?.[0];
  if (b instanceof Bytes)
    return { load: { loader: 'torch.load', offset: b.offset, length: b.length } };
  cx.problem(
    'error',
    'pickle-nested-load',
    `${name} runs torch.load on bytes the scanner cannot locate in the stream`,
  );
  return {};
};

const BIT_GENERATOR_CTORS = new Set([
  'numpy.random._pickle.__bit_generator_ctor',
  'numpy.random.__bit_generator_ctor',
]);
const TORCH_REBUILDERS = new Set([
  'torch._utils._rebuild_tensor',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3',
  'torch._utils._rebuild_parameter',
  'torch._utils._rebuild_parameter_with_state',
  'torch._utils._rebuild_qtensor',
  'torch._utils._rebuild_sparse_tensor',
  'torch._utils._rebuild_nested_tensor',
  'torch._utils._rebuild_device_tensor_from_numpy',
  'torch._utils._rebuild_device_tensor_from_cpu_tensor',
  'torch._utils._rebuild_meta_tensor_no_storage',
  'torch._utils._rebuild_wrapper_subclass',
]);

/** `_codecs.encode(text, 'latin1')` is how protocols 0–2 spell bytes; other codecs are not needed. */
const encode: Rule = (args, cx, name) => {
  const text = args?.[0];
  if (
    !(typeof text === 'string' || text instanceof LongText) ||
    !['latin1', 'latin-1'].includes(args?.[1] as string)
  )
    cx.problem(
      'unsafe',
      'pickle-rule-argument',
      `${name} is given something other than a literal string and the latin1 codec`,
    );
  return {};
};

/**
 * Cython's `__pyx_unpickle_X(type, checksum, state)` makes `X.__new__(type)` (Cython refuses a
 * type that is not X or a subclass): it must be an allowed class.
 */
const CLASS_FIRST = [
  'numpy.random.bit_generator.__pyx_unpickle_SeedSequence',
  'pandas._libs.arrays.__pyx_unpickle_NDArrayBacked',
  'pandas._libs.interval.__pyx_unpickle_IntervalMixin',
  'sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss',
  'sklearn._loss._loss.__pyx_unpickle_CyHalfGammaLoss',
  'sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss',
  'sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss',
  'sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError',
  'sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity',
];

/**
 * torch's rebuild helpers store `backward_hooks` on the tensor, and `backward()` later calls
 * each: real files always pass an empty OrderedDict.
 */
function rebuildWithHooks(at: number): Rule {
  return (args, cx, name) => {
    const hooks = args?.[at];
    const empty =
      hooks instanceof Call &&
      hooks.fn instanceof Global &&
      hooks.fn.full === 'collections.OrderedDict' &&
      (tupleItems(hooks.args)?.length ?? 1) === 0 &&
      !hooks.filled;
    if (!empty && !(hooks instanceof Dict && hooks.keys.length === 0 && !hooks.dropped))
      cx.problem(
        'unsafe',
        'pickle-rule-argument',
        `${name} is given backward hooks, which torch calls during backward()`,
      );
    return {};
  };
}

/**
 * Whether a value an object keeps to call later may be kept: an allowed function or class
 * without an argument rule. One whose effect depends on its arguments (a loader of bytes, a
 * constructor of any class) is allowed only under its rule, which a later call with the model's
 * own arguments would escape.
 */
export function keepable(f: Value): boolean {
  const target = callee(f);
  return target instanceof Global && target.entry !== undefined && !ruled(target);
}

/** A value the object keeps to call later (a partial's function, a defaultdict's factory). */
function heldCallable(optional: boolean): Rule {
  return (args, cx, name) => {
    const f = args?.[0];
    if ((optional && (f === undefined || f === null)) || keepable(f)) return {};
    cx.problem(
      'unsafe',
      'pickle-rule-argument',
      `${name} is given a callable to keep and call later that is not an allowed function or class`,
    );
    return {};
  };
}

/** dateutil's `tzfile(fileobj, filename)` opens a path, or reads any object, given as `fileobj`. */
const tzfile: Rule = (args, cx, name) => {
  if (args?.[0] !== null && args?.[0] !== undefined)
    cx.problem(
      'unsafe',
      'pickle-rule-argument',
      `${name} is given a file or path to read; real files pass None`,
    );
  return {};
};

const table: [string[], Rule][] = [
  [
    [
      'sklearn.metrics._dist_metrics.newObj',
      'sklearn.neighbors._kd_tree.newObj',
      'sklearn.neighbors._ball_tree.newObj',
    ],
    classOfLibrary('sklearn.'),
  ],
  [
    [
      'pandas.core.indexes.base._new_Index',
      'pandas.core.indexes.datetimes._new_DatetimeIndex',
      'pandas.core.indexes.interval._new_IntervalIndex',
    ],
    classOfLibrary('pandas.core.indexes.'),
  ],
  [['torch._utils._rebuild_tensor_v2', 'torch._utils._rebuild_tensor_v3'], rebuildWithHooks(5)],
  [
    ['torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state'],
    rebuildWithHooks(2),
  ],
  [['torch._utils._rebuild_qtensor'], rebuildWithHooks(6)],
  [['functools.partial'], heldCallable(false)],
  [['collections.defaultdict'], heldCallable(true)],
  [['dateutil.tz.tz.tzfile'], tzfile],
  [['_codecs.encode'], encode],
  [CLASS_FIRST, instanceOfFirst],
  [['copyreg._reconstructor'], reconstructor],
  [['copyreg.__newobj__', 'copyreg.__newobj_ex__'], instanceOfFirst],
  // ndarray.__new__ refuses a subtype that is no ndarray; _mareconstruct calls subtype.__new__
  // with the pickle's arguments, so it is held to numpy's own classes.
  [['numpy.core.multiarray._reconstruct', 'numpy._core.multiarray._reconstruct'], instanceOfFirst],
  [['numpy.ma.core._mareconstruct'], classOfLibrary('numpy.')],
  [['numpy.dtype'], dtype],
  [[...BIT_GENERATOR_CTORS], bitGeneratorCtor],
  [
    ['numpy.random._pickle.__generator_ctor', 'numpy.random.__generator_ctor'],
    generatorCtor('numpy.random._generator.Generator'),
  ],
  [
    ['numpy.random._pickle.__randomstate_ctor', 'numpy.random.__randomstate_ctor'],
    generatorCtor('numpy.random.mtrand.RandomState'),
  ],
  [['numpy.core._ufunc_reconstruct', 'numpy._core._ufunc_reconstruct'], ufuncReconstruct],
  [['builtins.getattr'], getattrRule],
  [['torch._tensor._rebuild_from_type_v2'], rebuildFromType],
  [['torch.storage._load_from_bytes'], loadFromBytes],
];

/** Rules by every name their object is reached through. */
export const RULES: ReadonlyMap<string, Rule> = new Map(
  table.flatMap(([names, rule]) => names.map((n) => [n, rule] as const)),
);

/** Whether an argument rule guards `g`: what it does depends on what it is given. */
export function ruled(g: Global): boolean {
  return RULES.has(g.full) || (g.entry !== undefined && RULES.has(g.entry.object));
}
