import ALLOWLIST from './allowlist.json' with { type: 'json' };
import COMPAT from './compat-pickle.json' with { type: 'json' };
import IMPORTABLE from './importable.json' with { type: 'json' };
import { DENIED_GLOBALS, DENIED_MODULES } from './denylist.js';

/**
 * Which Python globals a pickle may import: exactly the objects in the generated allow-list
 * (`allowlist.json`, written by `npm run allowlist` from pickles of real scikit-learn, numpy,
 * scipy, pandas, torch and xgboost objects), plus those the user allows. Everything else is not
 * proven safe. The deny-list does not gate anything (the allow-list does); it names what is known
 * to run code, so that neither `allow_globals` nor the lenient policy can let it through, and so
 * that the finding can say why.
 */

/**
 * `strict` (the default): anything not on the allow-list fails. `warn-unknown-classes`: an
 * unknown global that is only instantiated as a class (never called as a function, not on the
 * deny-list, named like a class) is a warning; unknown functions still fail.
 */
export type PicklePolicy = 'strict' | 'warn-unknown-classes';

/** One proven-benign object, as the generator recorded it. */
export interface AllowedObject {
  /** `class` (instantiated), `function` (called), `object` (a value such as `torch.float32`). */
  kind: 'class' | 'function' | 'object';
  /** The object's own `module.qualname`: names that are aliases of one object share it. */
  object: string;
  /** For classes: BUILD calls `__setstate__` rather than setting attributes. */
  setstate?: boolean;
  /**
   * How real files use it: `call` (REDUCE, INST, OBJ: its body or constructor runs with the
   * pickle's arguments), `new` (NEWOBJ: `cls.__new__`), `fill` (APPENDS, SETITEMS, ADDITEMS on
   * an instance: its append/extend/__setitem__/add run with the pickle's data); none when it
   * is only a value or the argument of a rule-checked helper. A use never seen is not proven
   * safe.
   */
  uses?: readonly ('call' | 'new' | 'fill')[];
}

const ALLOWED: ReadonlyMap<string, AllowedObject> = new Map(
  Object.entries((ALLOWLIST as unknown as { globals: Record<string, AllowedObject> }).globals),
);

const PY2_MODULES: Readonly<Record<string, string>> = COMPAT.modules;
const PY2_NAMES: Readonly<Record<string, string>> = COMPAT.names;
const PY2_IMPORTABLE = new Set<string>(COMPAT.importable);

export type Judgement =
  | { verdict: 'safe'; rule: 'allow-list' | 'allow-globals'; entry: AllowedObject }
  | { verdict: 'unsafe'; rule: 'pickle-unsafe-global'; why: string }
  | { verdict: 'unknown'; rule: 'pickle-unknown-global'; why: string };

/** Names of standard-library callables that act on the system, as libraries re-export them. */
const REEXPORTED_DANGER =
  /^(system|popen\w*|spawn\w*|exec\w*|eval|compile|open|load\w*|dump\w*|save\w*|getattr|setattr|delattr|attrgetter|methodcaller|import_module|check_output|check_call|call|run|Popen|getoutput|getstatusoutput|urlopen|urlretrieve|remove|unlink|rmtree|makedirs)$/;

/** A dotted Python identifier path: anything else makes `find_class` raise before importing. */
const IDENTIFIER_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function underAny(name: string, prefixes: ReadonlySet<string>): boolean {
  for (let i = name.indexOf('.'); ; i = name.indexOf('.', i + 1)) {
    if (prefixes.has(i < 0 ? name : name.slice(0, i))) return true;
    if (i < 0) return false;
  }
}

/**
 * The `module.name` pairs a loader may import for what the pickle wrote. Under protocols 0–2
 * `find_class` maps Python 2 names (`_compat_pickle`) when `fix_imports` is on, as it is for
 * pickle.load, joblib, numpy and torch; a loader with it off imports the name as written, which
 * matters only where that is a Python 3 module too.
 */
export function importedNames(
  module: string,
  name: string,
  protocol: number,
): (readonly [string, string])[] {
  const written = [module, name] as const;
  if (protocol >= 3) return [written];
  const renamed = PY2_NAMES[`${module}.${name}`];
  let mapped: readonly [string, string] = written;
  if (renamed) {
    const dot = renamed.lastIndexOf('.');
    mapped = [renamed.slice(0, dot), renamed.slice(dot + 1)];
  } else if (PY2_MODULES[module]) mapped = [PY2_MODULES[module], name];
  if (mapped === written) return [written];
  return PY2_IMPORTABLE.has(module) ? [mapped, written] : [mapped];
}

function judgeOne(module: string, name: string, allowGlobals: readonly string[]): Judgement {
  const full = `${module}.${name}`;
  if (!IDENTIFIER_PATH.test(module) || !IDENTIFIER_PATH.test(name))
    return {
      verdict: 'unknown',
      rule: 'pickle-unknown-global',
      why: 'is not a Python name the scanner can resolve',
    };
  if (
    DENIED_GLOBALS.has(full) ||
    underAny(module, DENIED_MODULES) ||
    underAny(full, DENIED_MODULES)
  )
    return {
      verdict: 'unsafe',
      rule: 'pickle-unsafe-global',
      why: 'can run code or touch the system when loaded',
    };
  // A dotted name walks attribute by attribute: through a module it reaches what that imported.
  const parts = name.split('.');
  if (parts.length > 1 && parts.some((p) => DENIED_MODULES.has(p)))
    return {
      verdict: 'unsafe',
      rule: 'pickle-unsafe-global',
      why: `walks through an attribute named like the module ${parts.find((p) => DENIED_MODULES.has(p))}`,
    };
  const entry = ALLOWED.get(full);
  if (entry) return { verdict: 'safe', rule: 'allow-list', entry };
  // `find_class` walks a dotted name attribute by attribute; through a dunder it reaches the
  // interpreter (`Cls.__init__.__globals__`), which no real model needs — and which
  // allow_globals cannot unlock either. (Proven objects such as `copyreg.__newobj__` are above.)
  if (/(^|\.)__\w*__(\.|$)/.test(name))
    return {
      verdict: 'unsafe',
      rule: 'pickle-unsafe-global',
      why: 'walks through a dunder attribute to reach the interpreter',
    };
  if (allowGlobals.includes(full)) {
    // A library module holds standard-library functions it imported (`from operator import
    // attrgetter`): a name of one of those is the standard-library object, which the user did
    // not mean to trust.
    if (REEXPORTED_DANGER.test(parts[parts.length - 1]!))
      return {
        verdict: 'unsafe',
        rule: 'pickle-unsafe-global',
        why: 'is named like a standard-library function that runs, imports or loads something, which allow_globals cannot unlock',
      };
    return { verdict: 'safe', rule: 'allow-globals', entry: { kind: 'class', object: full } };
  }
  return {
    verdict: 'unknown',
    rule: 'pickle-unknown-global',
    why: 'is not on the allow-list of proven-benign objects',
  };
}

const RANK = { safe: 0, unknown: 1, unsafe: 2 } as const;

/**
 * How one GLOBAL / STACK_GLOBAL / INST is judged: the worst of every name a loader may import
 * for it. `allowGlobals` (the user's `security.allow_globals`) adds exact names, never over the
 * deny-list.
 */
export function judgeGlobal(
  module: string,
  name: string,
  protocol: number,
  allowGlobals: readonly string[] = [],
): Judgement & { full: string } {
  let worst: (Judgement & { full: string }) | undefined;
  for (const [m, n] of importedNames(module, name, protocol)) {
    const j = { ...judgeOne(m, n, allowGlobals), full: `${m}.${n}` };
    if (!worst || RANK[j.verdict] > RANK[worst.verdict]) worst = j;
  }
  return worst!;
}

/**
 * Whether the lenient policy may let an unknown global through with a warning: it is named like
 * a class (`CamelCase`, as PEP 8 names classes), and nothing called it as a function.
 */
export function looksLikeClass(full: string): boolean {
  const last = full.slice(full.lastIndexOf('.') + 1);
  return /^_?[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(last);
}

const TOP_LEVEL = new Set<string>([
  ...IMPORTABLE.modules,
  ...[...DENIED_MODULES].map((m) => m.split('.')[0]!),
  ...[...ALLOWED.keys()].map((m) => m.split('.')[0]!),
]);

/**
 * Whether the top-level module of `full` is one Python could import: the standard library's,
 * an installed package of the test images (`importable.json`, generated), or one the allow- and
 * deny-lists name. Where bytes never meant as a pickle are read as one, an import of anything
 * else raises ModuleNotFoundError before anything runs.
 */
export function importable(full: string): boolean {
  return TOP_LEVEL.has(full.split('.')[0]!);
}
