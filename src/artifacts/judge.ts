import type { ArtifactVerdict } from './inspect.js';
import { judgeGlobal, looksLikeClass, type PicklePolicy } from './policy.js';
import {
  instanceOf,
  keepable,
  RULES,
  type Made,
  type NestedLoad,
  type RuleContext,
} from './rules.js';
import { Call, callee, Dict, Global, Opaque, Seq, tupleItems, type Value } from './values.js';

/**
 * The judge of a pickle walk: the stack machine tells it of every import, call and BUILD, and
 * it alone consults the policy. It decides nothing about bytes; the machine decides nothing
 * about safety.
 */

/** What a walk found, beyond the globals: each with the verdict it forces on the file. */
export interface PickleProblem {
  verdict: ArtifactVerdict;
  rule: string;
  message: string;
  global?: string;
}

export interface GlobalUse {
  global: string;
  verdict: ArtifactVerdict;
  rule: string;
  message: string;
  imports: number;
  /** Called as a function (REDUCE, INST, OBJ). */
  calls: number;
  /** Instantiated as a class (NEWOBJ, copyreg's helpers). */
  instances: number;
  /** Stream offset of the first import. */
  offset: number;
}

export interface JudgeOptions {
  policy?: PicklePolicy;
  allowGlobals?: readonly string[];
}

const USE_WORDS = { call: 'called', new: 'instantiated', fill: 'filled' } as const;

/** Opcodes that call methods of what they fill (pickle's own containers aside). */
const FILLING = new Set(['APPEND', 'APPENDS', 'SETITEM', 'SETITEMS', 'ADDITEMS']);

/** Real models import at most hundreds of distinct globals; each becomes a finding. */
export const MAX_GLOBALS = 10_000;

interface Use {
  global: Global;
  imports: number;
  calls: number;
  instances: number;
  offset: number;
}

export class Judge {
  private readonly uses = new Map<string, Use>();
  private readonly problems: PickleProblem[] = [];
  private readonly reported = new Set<string>();
  /** The PROTO in force: it decides whether Python 2 names are mapped. */
  protocol = 0;
  private readonly rules: RuleContext;
  /** Bytes of the stream that calls hand to another loader. */
  private readonly loads: NestedLoad[] = [];

  constructor(private readonly opts: JudgeOptions = {}) {
    this.rules = {
      instantiate: (v, by) => this.instantiate(v, by),
      lookup: (module, name, by) => {
        // importlib, not find_class: no Python 2 names.
        const g = this.imported(module, name, -1, 3);
        this.problemIfNotSafe(g, by);
        return g;
      },
      call: (fn, args, by) => this.apply(fn, args, by),
      problem: (verdict, rule, message) => this.problem(verdict, rule, message),
    };
  }

  get distinctGlobals(): number {
    return this.uses.size;
  }

  problem(verdict: ArtifactVerdict, rule: string, message: string, global?: string): void {
    const key = `${rule}\0${global ?? message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ verdict, rule, message, global });
  }

  /** GLOBAL, STACK_GLOBAL, INST: `offset` -1 for a name a rule derived from arguments. */
  imported(module: string, name: string, offset: number, protocol = this.protocol): Global {
    const j = judgeGlobal(module, name, protocol, this.opts.allowGlobals);
    const use = this.uses.get(j.full);
    if (use) {
      use.imports++;
      return use.global;
    }
    const g = new Global(j.full, j);
    this.uses.set(j.full, { global: g, imports: 1, calls: 0, instances: 0, offset });
    return g;
  }

  /** The record of `g`, made here when `g` was imported before this judge took over (a fork). */
  private use(g: Global): Use {
    let u = this.uses.get(g.full);
    if (!u) {
      u = { global: g, imports: 0, calls: 0, instances: 0, offset: -1 };
      this.uses.set(g.full, u);
    }
    return u;
  }

  private problemIfNotSafe(g: Global, by: string): void {
    if (g.judgement.verdict !== 'safe')
      this.problem('unsafe', 'pickle-rule-argument', `${by} reaches ${g.full}`, g.full);
  }

  private instantiate(v: Value, by: string): Global | undefined {
    if (v instanceof Global) {
      this.use(v).instances++;
      if (v.entry?.kind === 'class') return v;
      if (v.judgement.verdict === 'safe')
        this.problem(
          'error',
          'pickle-rule-argument',
          `${by} instantiates ${v.full}, which is not a class`,
          v.full,
        );
      // An unknown class is already a finding of its own import.
      return undefined;
    }
    this.problem(
      'error',
      'pickle-rule-argument',
      `${by} instantiates a class the scanner cannot name`,
    );
    return undefined;
  }

  /** What calling `fn(*args)` makes, after the rules of `fn` have checked `args`. */
  private apply(fn: Value, args: Value, op: string): Made {
    const target = callee(fn);
    if (target instanceof Global) {
      this.use(target).calls++;
      const rule = RULES.get(target.full) ?? (target.entry && RULES.get(target.entry.object));
      const entry = target.entry;
      const made = rule ? rule(tupleItems(args), this.rules, target.full) : {};
      // Calling an allowed class makes an instance of it, whatever its rule checked.
      if (!made.instance && entry?.kind === 'class') made.instance = instanceOf(entry);
      return made;
    }
    if (fn instanceof Call) {
      // What a call returned is unknown (attrgetter('system')(os) returns os.system): the
      // walker cannot resolve what is called, so it cannot be proven safe.
      const inner = fn.fn instanceof Global ? fn.fn.full : 'an unknown callable';
      this.problem('error', 'pickle-indirect-call', `${op} calls the result of calling ${inner}`);
    } else if (fn instanceof Opaque) {
      this.problem(
        'error',
        'pickle-unresolved-call',
        `${op} calls ${fn.what}, which the scanner cannot resolve`,
      );
    } else {
      this.problem('error', 'pickle-invalid-call', `${op} calls a value that is not callable`);
    }
    return {};
  }

  /** An allowed object used in a way no real file uses it: that use is not proven safe. */
  private unproven(v: Value, use: 'call' | 'new', op: string): void {
    const target = callee(v);
    const uses = target instanceof Global ? target.entry?.uses : undefined;
    if (!uses || uses.includes(use)) return;
    const seen = uses.length
      ? `only ${uses.map((u) => USE_WORDS[u]).join(' and ')}`
      : 'only referenced, never called';
    this.problem(
      'unsafe',
      'pickle-unproven-use',
      `${op} ${use === 'call' ? 'calls' : 'instantiates'} ${(target as Global).full}, which real models ${seen}: ${use === 'call' ? "its code would run with the pickle's arguments" : "its constructor would run with the pickle's arguments"}`,
      (target as Global).full,
    );
  }

  /** REDUCE, INST, OBJ: `fn(*args)`. */
  called(fn: Value, args: Value, op: string): Call {
    this.unproven(fn, 'call', op);
    const m = this.apply(fn, args, op);
    if (m.load) this.loads.push(m.load);
    return new Call(fn, args, m.instance, m.returns);
  }

  /** NEWOBJ, NEWOBJ_EX: `cls.__new__(cls, *args)`. */
  instantiated(cls: Value, args: Value, op: string): Call {
    this.unproven(cls, 'new', op);
    const g = this.instantiate(cls, op);
    const entry = g?.entry;
    return new Call(cls, args, entry ? instanceOf(entry) : undefined);
  }

  /** Methods called on an object (append, extend, __setitem__, add) that is not a plain container. */
  mutated(target: Value, op: string): void {
    if (target instanceof Call) {
      target.filled = true;
      // pickle calls the append, extend, __setitem__ or add of whatever it fills: proven only
      // for the classes real files fill.
      if (FILLING.has(op) && target.produces?.fills !== true)
        this.problem(
          'unsafe',
          'pickle-unproven-use',
          `${op} calls methods of ${target.produces ? target.produces.of : 'an object the scanner cannot name'} with the pickle's data, which real files never do to it`,
        );
    } else if (target instanceof Global) {
      this.problem(
        'unsafe',
        'pickle-mutates-global',
        `${op} changes the imported object ${target.full} itself`,
        target.full,
      );
    } else if (target instanceof Opaque) {
      this.problem(
        'error',
        'pickle-unresolved-call',
        `${op} acts on ${target.what}, which the scanner cannot resolve`,
      );
    }
  }

  /**
   * BUILD: `__setstate__(state)` where the instance's class has one; otherwise `__dict__`
   * update and, for a `(state, slotstate)` pair, setattr of every slot item.
   */
  built(target: Value, state: Value): void {
    if (!(target instanceof Call)) {
      this.mutated(target, 'BUILD');
      return;
    }
    target.state = state;
    target.filled = true;
    // Whatever sets the state (a __setstate__ such as pandas' sets every key as an attribute),
    // a `__class__` in it makes the object another class than the judge knows: a joblib
    // wrapper, whose array bytes joblib then skips.
    const parts = state instanceof Seq && state.kind === 'tuple' ? state.items : [state];
    if (parts.some((p) => p instanceof Dict && p.classKey))
      this.problem(
        'unsafe',
        'pickle-class-swap',
        'BUILD gives an object a __class__, which turns it into another class than it was made as',
      );
    if (target.produces?.setstate !== true) {
      const slots = slotStateProblem(state);
      if (slots) this.problem('error', 'pickle-unresolved-state', `BUILD ${slots}`);
    }
    // functools.partial's state replaces the function it holds: the same check as its arguments.
    if (target.fn instanceof Global && target.fn.full === 'functools.partial') {
      if (!keepable(tupleItems(state)?.[0]))
        this.problem(
          'unsafe',
          'pickle-rule-argument',
          'BUILD gives functools.partial a function to call later that is not an allowed function or class',
        );
    }
    const template = argparserTemplate(state);
    if (template) this.problem(template, 'pickle-exec-state', ARGPARSER_MESSAGE[template]);
  }

  /** Every finding of the walk so far: the globals as the policy judges them, then the problems. */
  findings(): { globals: GlobalUse[]; problems: PickleProblem[]; loads: NestedLoad[] } {
    const globals: GlobalUse[] = [];
    for (const u of this.uses.values()) {
      const j = u.global.judgement;
      const how = u.calls > 0 ? 'calls' : u.instances > 0 ? 'instantiates' : 'imports';
      let verdict: ArtifactVerdict = 'safe';
      let message = `${how} ${u.global.full}`;
      if (j.verdict === 'unsafe') {
        verdict = 'unsafe';
        message += `, which ${j.why}`;
      } else if (j.verdict === 'unknown') {
        const lenient =
          this.opts.policy === 'warn-unknown-classes' &&
          u.calls === 0 &&
          looksLikeClass(u.global.full);
        verdict = lenient ? 'suspicious' : 'unsafe';
        message += `, which ${j.why}${
          lenient
            ? ' (an unknown class: a warning under security.pickle: warn-unknown-classes)'
            : '; if you trust it, add it to security.allow_globals'
        }`;
      }
      globals.push({
        global: u.global.full,
        verdict,
        rule: j.rule,
        message,
        imports: u.imports,
        calls: u.calls,
        instances: u.instances,
        offset: u.offset,
      });
    }
    return { globals, problems: this.problems, loads: this.loads };
  }
}

/**
 * A `(state, slotstate)` BUILD runs setattr for each slotstate item: `__class__` turns the
 * object into any class (a NumpyArrayWrapper, whose array bytes joblib then skips), and a
 * slotstate the walker cannot read may hold that key.
 */
function slotStateProblem(state: Value): string | undefined {
  if (!(state instanceof Seq) || state.kind !== 'tuple' || state.items.length !== 2) return;
  const slots = state.items[1];
  if (slots instanceof Dict && slots.oddKey)
    return 'sets __class__ (or an attribute it cannot name) through setattr';
  if (slots instanceof Call || slots instanceof Opaque || slots instanceof Global)
    return 'sets attributes from a value the scanner cannot read';
  return undefined;
}

/**
 * scipy.stats distributions `exec` their `_parse_arg_template` attribute when unpickled
 * (rv_generic.__setstate__ → _attach_argparser_methods). Executing the template scipy writes
 * only defines three functions: `def` lines whose defaults are names or literals, and their
 * indented bodies, which run only when called. Anything else runs when the pickle is loaded.
 */
function argparserTemplate(state: Value): 'unsafe' | 'error' | undefined {
  const dict = state instanceof Seq && state.kind === 'tuple' ? state.items[0] : state;
  if (!(dict instanceof Dict)) return undefined;
  const i = dict.keys.indexOf('_parse_arg_template');
  if (i < 0) return undefined;
  const code = dict.values[i];
  if (typeof code !== 'string') return 'error';
  const def = /^def \w+\(self(,\s*\w+(\s*=\s*(-?[\w.]+|'\w*'))?)*,?\s*\):$/;
  const ok = code
    .split('\n')
    .every((line) => /^\s*$/.test(line) || line.startsWith('    ') || def.test(line));
  return ok ? undefined : 'unsafe';
}
const ARGPARSER_MESSAGE = {
  unsafe:
    'BUILD gives a scipy.stats distribution an _parse_arg_template that runs code when it is executed on load',
  error:
    'BUILD gives a scipy.stats distribution an _parse_arg_template the scanner cannot read, which is executed on load',
};
