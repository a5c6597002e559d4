import { parse, Template, tokenize } from '@huggingface/jinja';

/**
 * Chat templates judged on their Jinja syntax tree.
 *
 * A GGUF file carries its chat template as Jinja source, and llama-cpp-python rendered it with a
 * plain `jinja2.Environment` (CVE-2024-34359): there, `x.name` is Python's `getattr`, `x['name']`
 * falls back to `getattr` when the item lookup fails, `|attr`, `|map(attribute=)` and
 * `|selectattr` look names up too, and a call calls whatever the expression reached. So
 * `{{ ''.__class__.__mro__[1].__subclasses__() }}` runs code.
 *
 * The template is parsed with `@huggingface/jinja` (what Hugging Face's JavaScript libraries
 * render chat templates with) and every node is checked against an allow-list. A template is
 * proven safe when:
 *
 * - every node is of a type listed in {@link judgeNode}; `{% include %}`, `{% import %}`,
 *   `{% extends %}`, `{% raw %}` and other tags the parser does not know fail to parse (error);
 * - every name that is looked up on an object (after `.`, in `['…']`, in `|attr('…')`, in the
 *   `attribute` of `map`, `selectattr`, `groupby`, `sum`, `sort`…, each part of a dotted path) is
 *   a **literal** that is not underscore-led, holds no `__`, and is not one of
 *   {@link INTERNAL_NAMES}. A name built at render time (`~`, `+`, `*`, `|join`, `|replace`,
 *   `|format`, a loop) never reaches such a position, so no escape, concatenation or loop can
 *   spell `__class__` there; string escapes (`\x5f`) are decoded by the parser before the check;
 * - a subscript that is not a literal (`messages[i]`) is provably not a string: jinja2 falls
 *   back to `getattr` only for string keys. Numbers, booleans, `loop.index…`, `|length`, `|int`,
 *   arithmetic on those, `for i in range(…)` loop variables, and variables and namespace
 *   attributes that the template only ever sets to such values count; anything else (a message
 *   field, `bos_token`, which the GGUF itself supplies) does not;
 * - calls go only to the functions in {@link GLOBAL_FUNCTIONS}, to macros the template defines,
 *   and to methods in {@link METHODS} named literally (`x.strip()`); those globals and macros are
 *   never used as values (so they cannot be stored and their `__globals__` is never reached) and
 *   no variable, loop variable or parameter shadows them or `loop`;
 * - filters and tests are in {@link FILTERS} and {@link TESTS}; a filter or test named inside
 *   `map('…')`, `select('…')`, `selectattr(…, '…')` is a literal in the same lists;
 * - no `*args` or `**kwargs` spread, which could pass an `attribute=` the judge cannot see.
 *
 * Why non-underscore names are otherwise free: with calls and filters closed as above, every
 * value a template can reach is data (strings, numbers, lists, dicts from the caller), a range,
 * a `namespace`, a loop object, Markup, an undefined, a generator from `|map`/`|select`, or a
 * bound method of one of these. Their non-underscore attributes are data or harmless methods,
 * except the generator's frame and code (`gi_frame` → `f_globals`, `f_builtins`) and the
 * attribute walk of `str.format` (`'{0.__class__}'.format(x)`), which {@link INTERNAL_NAMES}
 * lists. `self` (jinja2's template reference) is refused as a name.
 *
 * Not judged: the cost of rendering (`'x' * 10**10` exhausts memory, as any template may).
 */

/** One thing that keeps a template from being proven safe. */
export interface TemplateProblem {
  verdict: 'unsafe' | 'error';
  /** The construct and where it is, e.g. `attribute "__class__" in {{ ''.__class__ }}`. */
  message: string;
}

/** Distinct problems reported per template; the rest are counted. */
const MAX_PROBLEMS = 5;

/**
 * `tokenize` strips `{% generation %}` tags with a regular expression that takes time
 * quadratic in the length of a whitespace run (160 KB of spaces take half a minute). Runs whose
 * squared lengths sum past this many steps (about a 14,000-character run) are refused as an
 * error instead of hanging the scan; real templates indent by a few dozen characters.
 */
const MAX_WHITESPACE_WORK = 1e8;

/**
 * Functions a chat template may call by name: jinja2's `range`, `dict` and `namespace`, and
 * what loaders pass in (`raise_exception` in transformers and llama-cpp-python, `strftime_now`
 * for the date in Llama 3.1 and later). jinja2's other globals are {@link REFUSED_GLOBALS}.
 */
export const GLOBAL_FUNCTIONS: ReadonlySet<string> = new Set([
  'raise_exception',
  'range',
  'dict',
  'namespace',
  'strftime_now',
]);

/** jinja2 globals a template may not name at all: no real template uses them. */
const REFUSED_GLOBALS: ReadonlySet<string> = new Set(['lipsum', 'cycler', 'joiner']);

/**
 * Methods a template may call, by the literal name after the dot: reading and splitting
 * strings, reading dicts, building lists, and jinja2's loop helpers. None takes a name to look
 * up; `format`/`format_map` (which walk attributes named in the format string) are not here.
 */
// prettier-ignore
export const METHODS: ReadonlySet<string> = new Set([
  // str
  'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'startswith', 'endswith', 'upper',
  'lower', 'title', 'capitalize', 'casefold', 'swapcase', 'replace', 'find', 'rfind', 'count',
  'index', 'join', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'zfill', 'center',
  'ljust', 'rjust', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'isnumeric',
  'isdecimal', 'istitle',
  // dict
  'items', 'keys', 'values', 'get',
  // list
  'append', 'extend', 'insert', 'pop', 'copy',
  // jinja2 loop object
  'cycle', 'changed',
]);

/** jinja2 filters that compute on values; `attr` and the attribute-taking ones are judged on their arguments. */
// prettier-ignore
export const FILTERS: ReadonlySet<string> = new Set([
  'abs', 'attr', 'batch', 'capitalize', 'center', 'count', 'd', 'default', 'dictsort', 'e',
  'escape', 'first', 'float', 'forceescape', 'format', 'groupby', 'indent', 'int', 'items', 'join',
  'last', 'length', 'list', 'lower', 'map', 'max', 'min', 'reject', 'rejectattr', 'replace',
  'reverse', 'round', 'safe', 'select', 'selectattr', 'slice', 'sort', 'string', 'striptags', 'sum',
  'title', 'tojson', 'trim', 'truncate', 'unique', 'upper', 'wordcount', 'wordwrap',
]);

/** jinja2 tests: each only inspects its operand. */
// prettier-ignore
export const TESTS: ReadonlySet<string> = new Set([
  'boolean', 'callable', 'defined', 'divisibleby', 'eq', 'equalto', 'escaped', 'even', 'false',
  'float', 'ge', 'gt', 'greaterthan', 'in', 'integer', 'iterable', 'le', 'lower', 'lessthan', 'lt',
  'mapping', 'ne', 'none', 'number', 'odd', 'sameas', 'sequence', 'string', 'true', 'undefined',
  'upper', '==', '!=', '<', '<=', '>', '>=',
]);

/**
 * Names without a leading underscore through which a value a template can reach gets to
 * Python's internals: generator, coroutine and frame attributes (`gi_frame.f_globals`), Python 2
 * spellings of function internals, `mro`, and `str.format`'s attribute walk.
 */
// prettier-ignore
export const INTERNAL_NAMES: ReadonlySet<string> = new Set([
  'gi_frame', 'gi_code', 'gi_yieldfrom', 'gi_running', 'gi_suspended',
  'cr_frame', 'cr_code', 'cr_await', 'cr_origin', 'cr_running', 'cr_suspended',
  'ag_frame', 'ag_code', 'ag_await', 'ag_running',
  'tb_frame', 'tb_next', 'f_back', 'f_builtins', 'f_code', 'f_globals', 'f_locals', 'f_trace',
  'func_globals', 'func_code', 'func_closure', 'func_defaults', 'func_dict',
  'im_func', 'im_self', 'im_class', 'mro', 'format', 'format_map',
]);

/** Filters that look up an attribute path, and the position of that argument when given positionally. */
const ATTRIBUTE_ARGUMENT: Readonly<Record<string, number | undefined>> = {
  map: undefined, // keyword only; its first positional names a filter
  selectattr: 0,
  rejectattr: 0,
  groupby: 0,
  sum: 0,
  join: 1,
  unique: 1,
  min: 1,
  max: 1,
  sort: 2,
};

/** Properties of jinja2's loop object that are numbers or booleans. */
const LOOP_NUMBERS = new Set([
  'index',
  'index0',
  'revindex',
  'revindex0',
  'length',
  'depth',
  'depth0',
  'first',
  'last',
]);

/** Filters whose result is never a string. */
const NUMBER_FILTERS = new Set(['length', 'count', 'int', 'float', 'abs', 'round', 'wordcount']);

/** Methods whose result is never a string. */
const NUMBER_METHODS = new Set(['count', 'index', 'find', 'rfind', 'startswith', 'endswith']);

/**
 * Variables the loaders pass in. Their values come from the caller or from the GGUF itself
 * (`bos_token`, `eos_token`), so a read may see a string even if the template sets a number.
 */
const CONTEXT_NAMES = new Set([
  'messages',
  'tools',
  'tool_choice',
  'functions',
  'function_call',
  'documents',
  'bos_token',
  'eos_token',
  'add_generation_prompt',
  'date_string',
]);

// The parser's node shapes, as far as the judge reads them.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = { type: string } & Record<string, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Judges a chat template. Returns no problems when it is proven safe; a parse failure is one
 * `error` (a real loader might still read it differently, so it cannot be proven safe); each
 * construct outside the allow-list is `unsafe`. Never throws.
 */
export function judgeTemplate(source: string): TemplateProblem[] {
  const work = whitespaceWork(source);
  if (work > MAX_WHITESPACE_WORK)
    return [
      {
        verdict: 'error',
        message: `its whitespace runs are too long for the Jinja parser to read in reasonable time (${work.toExponential(1)} steps)`,
      },
    ];
  let program: Node;
  let dropped: string | undefined;
  try {
    // The options llama-cpp-python and transformers render with.
    const tokens = tokenize(source, { lstrip_blocks: true, trim_blocks: true });
    const argument = testArgument(tokens);
    if (argument) return [{ verdict: 'unsafe', message: argument }];
    program = parse(tokens) as Node;
    dropped = droppedNames(tokens, source);
  } catch (err) {
    return [
      {
        verdict: 'error',
        message: `it does not parse as Jinja: ${(err as Error).message ?? String(err)}`,
      },
    ];
  }
  let judge: Judge;
  try {
    judge = new Judge(program);
    judge.statements(program.body as Node[]);
  } catch (err) {
    // A template nested deeper than the stack: it parsed, so only the judge ran out.
    if (!(err instanceof RangeError)) throw err;
    return [{ verdict: 'error', message: 'it is nested too deeply to be judged' }];
  }
  const out = judge.problems.map((message) => ({ verdict: 'unsafe' as const, message }));
  if (judge.more > 0)
    out.push({
      verdict: 'unsafe',
      message: `…and ${judge.more} more constructs outside the allow-list`,
    });
  // What the tree lost is unsafe in itself; reported when nothing in the tree already is.
  if (dropped && out.length === 0) out.push({ verdict: 'unsafe', message: dropped });
  return out;
}

/** The steps the generation-tag regular expression takes: the sum of squared whitespace runs. */
function whitespaceWork(source: string): number {
  let work = 0;
  let run = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && /\s/.test(source[i]!)) run++;
    else {
      work += (run * (run + 1)) / 2;
      run = 0;
    }
  }
  return work;
}

/** Source text for a node, shortened: how the user finds the construct in the template. */
function shown(node: Node): string {
  let text: string;
  try {
    const t = Object.create(Template.prototype) as Template;
    t.parsed = { type: 'Program', body: [node] } as unknown as Template['parsed'];
    text = t
      .format({ indent: 0 })
      .split('\n')[0]!
      .replace(/^\{\{-? ?| ?-?\}\}$/g, '')
      .trim();
  } catch {
    text = node.type;
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Why a literal in a name position is refused, or undefined when it is fine. */
function badName(name: string): string | undefined {
  if (name.startsWith('_')) return 'is underscore-led (Python internals)';
  if (name.includes('__')) return 'holds "__" (Python internals)';
  if (INTERNAL_NAMES.has(name)) return 'reaches Python internals';
  return undefined;
}

interface Bindings {
  /** Every value a `set` gives a variable; `null` for a binding whose value is not an expression. */
  vars: Map<string, (Node | null)[]>;
  /** Every value any namespace attribute of this name is given. */
  nsAttrs: Map<string, (Node | null)[]>;
  macros: Set<string>;
}

class Judge {
  readonly problems: string[] = [];
  private readonly seen = new Set<string>();
  /** The enclosing statements, outermost first, for messages. */
  private readonly where: string[] = [];
  private readonly bindings: Bindings;
  private readonly numberVars: Set<string>;
  private readonly namespaceVars: Set<string>;
  private readonly numberAttrs: Set<string>;

  constructor(program: Node) {
    this.bindings = { vars: new Map(), nsAttrs: new Map(), macros: new Set() };
    collect(program.body as Node[], this.bindings);
    this.namespaceVars = new Set(
      [...this.bindings.vars]
        .filter(
          ([name, values]) =>
            !CONTEXT_NAMES.has(name) &&
            values.every(
              (v) =>
                v?.type === 'CallExpression' &&
                v.callee.type === 'Identifier' &&
                v.callee.value === 'namespace' &&
                (v.args as Node[]).every((a) => a.type === 'KeywordArgumentExpression'),
            ),
        )
        .map(([name]) => name),
    );
    // Greatest fixpoint: assume every candidate is a number, drop those given anything else.
    this.numberVars = new Set([...this.bindings.vars.keys()].filter((n) => !CONTEXT_NAMES.has(n)));
    this.numberAttrs = new Set(this.bindings.nsAttrs.keys());
    // Each pass drops at least one name; a chain of thousands would take thousands of passes
    // over thousands of names. Past a bound, no variable is taken for a number (stricter).
    let passes = 0;
    for (let changed = true; changed;) {
      if (++passes > MAX_FIXPOINT_PASSES) {
        this.numberVars.clear();
        this.numberAttrs.clear();
        break;
      }
      changed = false;
      for (const [set, map] of [
        [this.numberVars, this.bindings.vars],
        [this.numberAttrs, this.bindings.nsAttrs],
      ] as const) {
        for (const name of [...set]) {
          const values = map.get(name)!;
          if (!values.every((v) => v === RANGE_LOOP || (v !== null && this.notString(v)))) {
            set.delete(name);
            changed = true;
          }
        }
      }
    }
  }

  /** Problems past {@link MAX_PROBLEMS}, counted without being described. */
  more = 0;

  private flag(node: Node, what: string): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.more++;
      return;
    }
    const at = this.where.length ? ` (in ${this.where.join(' › ')})` : '';
    const message = `${what} in \`${shown(node)}\`${at}`;
    if (this.seen.has(message)) return;
    this.seen.add(message);
    this.problems.push(message);
  }

  statements(body: Node[]): void {
    for (const s of body) this.statement(s);
  }

  private nested(label: string, f: () => void): void {
    this.where.push(label);
    try {
      f();
    } finally {
      this.where.pop();
    }
  }

  private statement(s: Node): void {
    switch (s.type) {
      case 'Comment':
      case 'Break':
      case 'Continue':
        return;
      case 'If':
        this.expression(s.test);
        this.nested('{% if %}', () => this.statements(s.body));
        this.nested('{% else %}', () => this.statements(s.alternate));
        return;
      case 'For': {
        const vars = targets(s.loopvar);
        for (const v of vars) this.binding(s, v);
        this.expression(s.iterable);
        this.nested(`{% for ${vars.join(', ')} %}`, () => this.statements(s.body));
        this.nested('{% for … else %}', () => this.statements(s.defaultBlock));
        return;
      }
      case 'Set': {
        const a = s.assignee as Node;
        if (a.type === 'Identifier' || a.type === 'TupleLiteral') {
          for (const v of targets(a)) this.binding(s, v);
        } else if (
          a.type === 'MemberExpression' &&
          !a.computed &&
          a.object.type === 'Identifier' &&
          a.property.type === 'Identifier'
        ) {
          // `{% set ns.attr = … %}`: jinja2 allows it on namespace objects only.
          this.expression(a.object);
          const why = badName(a.property.value);
          if (why) this.flag(s, `namespace attribute "${a.property.value}" ${why}`);
        } else {
          this.flag(s, `assignment to ${a.type}`);
        }
        if (s.value) this.expression(s.value);
        this.nested('{% set %}', () => this.statements(s.body ?? []));
        return;
      }
      case 'Macro':
        this.binding(s, s.name.value, true);
        for (const p of s.args as Node[]) {
          if (p.type === 'Identifier') this.binding(s, p.value);
          else {
            this.binding(s, p.key.value);
            this.expression(p.value);
          }
        }
        this.nested(`{% macro ${s.name.value} %}`, () => this.statements(s.body));
        return;
      case 'CallStatement':
        this.expression(s.call);
        for (const p of (s.callerArgs ?? []) as Node[]) {
          if (p.type === 'Identifier') this.binding(s, p.value);
          else {
            this.binding(s, p.key.value);
            this.expression(p.value);
          }
        }
        this.nested('{% call %}', () => this.statements(s.body));
        return;
      case 'FilterStatement':
        this.filter(s, s.filter);
        this.nested('{% filter %}', () => this.statements(s.body));
        return;
      default:
        // `{{ … }}` and the text between tags (a StringLiteral).
        this.expression(s);
    }
  }

  /** A name bound by the template must not take the place of a global function or `loop`. */
  private binding(node: Node, name: string, isMacro = false): void {
    if (
      GLOBAL_FUNCTIONS.has(name) ||
      REFUSED_GLOBALS.has(name) ||
      name === 'loop' ||
      name === 'self'
    )
      this.flag(node, `it rebinds "${name}"`);
    else if (!isMacro && this.bindings.macros.has(name))
      this.flag(node, `it rebinds the macro "${name}"`);
  }

  private expression(e: Node): void {
    switch (e.type) {
      case 'StringLiteral':
      case 'IntegerLiteral':
      case 'FloatLiteral':
        return;
      case 'Identifier':
        if (REFUSED_GLOBALS.has(e.value))
          this.flag(e, `the jinja2 global "${e.value}", which chat templates do not need`);
        else if (GLOBAL_FUNCTIONS.has(e.value) || this.bindings.macros.has(e.value))
          this.flag(e, `the function "${e.value}" used as a value (only calls are allowed)`);
        else if (e.value === 'self') this.flag(e, 'jinja2\'s "self" template reference');
        return;
      case 'ArrayLiteral':
      case 'TupleLiteral':
        for (const v of e.value as Node[]) this.expression(v);
        return;
      case 'ObjectLiteral':
        for (const [k, v] of e.value as Map<Node, Node>) {
          this.expression(k);
          this.expression(v);
        }
        return;
      case 'MemberExpression':
        this.member(e);
        return;
      case 'CallExpression':
        this.call(e);
        return;
      case 'FilterExpression':
        this.expression(e.operand);
        this.filter(e, e.filter);
        return;
      case 'TestExpression':
        // `strftime_now is defined`: a test only inspects its operand, a function included.
        if (
          e.operand.type !== 'Identifier' ||
          !(GLOBAL_FUNCTIONS.has(e.operand.value) || this.bindings.macros.has(e.operand.value))
        )
          this.expression(e.operand);
        if (!TESTS.has(e.test.value)) this.flag(e, `the test "${e.test.value}"`);
        return;
      case 'BinaryExpression':
        this.expression(e.left);
        this.expression(e.right);
        return;
      case 'UnaryExpression':
        this.expression(e.argument);
        return;
      case 'Ternary':
        this.expression(e.condition);
        this.expression(e.trueExpr);
        this.expression(e.falseExpr);
        return;
      case 'SelectExpression':
        this.expression(e.lhs);
        this.expression(e.test);
        return;
      default:
        this.flag(e, `the construct ${e.type}`);
    }
  }

  private member(e: Node): void {
    this.expression(e.object);
    const p = e.property as Node;
    if (!e.computed) {
      if (p.type === 'Identifier') {
        const why = badName(p.value);
        if (why) this.flag(e, `attribute "${p.value}" ${why}`);
      }
      return;
    }
    if (p.type === 'SliceExpression') {
      // A slice is never a string, so jinja2 never turns it into an attribute name.
      for (const part of [p.start, p.stop, p.step]) if (part) this.expression(part);
      return;
    }
    if (p.type === 'StringLiteral') {
      const why = badName(p.value);
      if (why) this.flag(e, `subscript "${p.value}" ${why}`);
      return;
    }
    this.expression(p);
    if (!this.notString(p))
      this.flag(
        e,
        'a subscript that may be a string built at render time (jinja2 then reads it as an attribute name)',
      );
  }

  private call(e: Node): void {
    const callee = e.callee as Node;
    if (callee.type === 'Identifier') {
      if (REFUSED_GLOBALS.has(callee.value)) this.expression(callee);
      else if (
        !GLOBAL_FUNCTIONS.has(callee.value) &&
        !this.bindings.macros.has(callee.value) &&
        callee.value !== 'caller'
      )
        this.flag(e, `a call to "${callee.value}", which is not an allowed function`);
    } else if (
      callee.type === 'MemberExpression' &&
      !callee.computed &&
      callee.property.type === 'Identifier'
    ) {
      if (!METHODS.has(callee.property.value))
        this.flag(e, `a call to the method "${callee.property.value}", which is not allowed`);
      this.member(callee);
    } else {
      this.flag(e, 'a call to a computed value');
      this.expression(callee);
    }
    this.args(e, e.args as Node[]);
  }

  private args(at: Node, args: Node[]): void {
    for (const a of args) {
      if (a.type === 'SpreadExpression' || a.type === 'KeywordSpreadExpression')
        this.flag(at, 'arguments spread with * or **');
      else if (a.type === 'KeywordArgumentExpression') this.expression(a.value);
      else this.expression(a);
    }
  }

  /** `x|name` or `x|name(args)`; also the filter a `map('name', …)` applies. */
  private filter(at: Node, f: Node, mapped?: { name: string; args: Node[] }): void {
    const name = mapped?.name ?? filterName(f);
    const args: Node[] = mapped?.args ?? (f.type === 'CallExpression' ? f.args : []);
    if (name === undefined) {
      // `x|f().y` or `x|f()()`: the parser takes the member or call into the filter.
      this.flag(at, 'a filter followed by a member or a call');
      return;
    }
    if (!FILTERS.has(name)) {
      this.flag(at, `the filter "${name}"`);
      return;
    }
    this.args(at, args);
    const positional = args.filter((a) => a.type !== 'KeywordArgumentExpression');
    const keyword = new Map<string, Node>(
      args
        .filter((a) => a.type === 'KeywordArgumentExpression')
        .map((a) => [a.key.value as string, a.value as Node]),
    );
    const attributePath = (arg: Node | undefined, what: string) => {
      if (!arg) return;
      if (arg.type === 'IntegerLiteral') return;
      if (arg.type !== 'StringLiteral') {
        this.flag(at, `${what} of |${name} that is not a literal`);
        return;
      }
      // jinja2 splits a path at dots (and `sort` at commas) and looks each part up.
      for (const part of (arg.value as string).split(/[.,]/)) {
        const why = badName(part);
        if (why) this.flag(at, `${what} "${part}" of |${name} ${why}`);
      }
    };
    if (name === 'attr') {
      const a = positional[0];
      if (a?.type !== 'StringLiteral') this.flag(at, 'an |attr name that is not a literal');
      else {
        const why = badName(a.value);
        if (why) this.flag(at, `|attr("${a.value}") ${why}`);
      }
      return;
    }
    if (name in ATTRIBUTE_ARGUMENT) {
      attributePath(keyword.get('attribute'), 'the attribute');
      const i = ATTRIBUTE_ARGUMENT[name];
      if (i !== undefined) attributePath(positional[i], 'the attribute');
    }
    const testName = (arg: Node | undefined) => {
      if (!arg) return;
      if (arg.type !== 'StringLiteral')
        this.flag(at, `a test name of |${name} that is not a literal`);
      else if (!TESTS.has(arg.value)) this.flag(at, `the test "${arg.value}" in |${name}`);
    };
    if (name === 'select' || name === 'reject') testName(positional[0]);
    if (name === 'selectattr' || name === 'rejectattr') testName(positional[1]);
    if (name === 'map' && !keyword.has('attribute')) {
      const inner = positional[0];
      if (inner?.type !== 'StringLiteral') {
        if (inner) this.flag(at, 'a filter name of |map that is not a literal');
        return;
      }
      const rest = args.filter((a) => a !== inner);
      this.filter(at, f, { name: inner.value, args: rest });
    }
  }

  /** Proven never to be a `str` when evaluated. */
  private notString(e: Node): boolean {
    switch (e.type) {
      case 'IntegerLiteral':
      case 'FloatLiteral':
      case 'ArrayLiteral':
      case 'ObjectLiteral':
      case 'TupleLiteral':
      case 'TestExpression':
        return true;
      case 'Identifier':
        return (
          ['true', 'false', 'none', 'True', 'False', 'None'].includes(e.value) ||
          this.numberVars.has(e.value)
        );
      case 'UnaryExpression':
        return e.operator.value === 'not' || this.notString(e.argument);
      case 'BinaryExpression': {
        const op = e.operator.value as string;
        if (['==', '!=', '<', '>', '<=', '>=', 'in', 'not in'].includes(op)) return true;
        if (op === '~') return false;
        return this.notString(e.left) && this.notString(e.right);
      }
      case 'Ternary':
        return this.notString(e.trueExpr) && this.notString(e.falseExpr);
      case 'MemberExpression':
        if (e.computed || e.object.type !== 'Identifier' || e.property.type !== 'Identifier')
          return false;
        if (e.object.value === 'loop') return LOOP_NUMBERS.has(e.property.value);
        return this.namespaceVars.has(e.object.value) && this.numberAttrs.has(e.property.value);
      case 'FilterExpression': {
        const name = filterName(e.filter);
        return name !== undefined && NUMBER_FILTERS.has(name);
      }
      case 'CallExpression':
        if (isRangeCall(e)) return true;
        return (
          e.callee.type === 'MemberExpression' &&
          !e.callee.computed &&
          NUMBER_METHODS.has(e.callee.property.value)
        );
      default:
        return false;
    }
  }
}

/** The name of `|name` or `|name(…)`; undefined for any other shape the parser builds. */
function filterName(f: Node): string | undefined {
  if (f.type === 'Identifier') return f.value;
  if (f.type === 'CallExpression' && f.callee.type === 'Identifier') return f.callee.value;
  return undefined;
}

/** Stands for the binding of `for i in range(…)`: a number. */
const RANGE_LOOP: Node = { type: 'RangeLoop' };

function isRangeCall(e: Node): boolean {
  return (
    e.type === 'CallExpression' && e.callee.type === 'Identifier' && e.callee.value === 'range'
  );
}

/** The names a loop variable or a `set` target binds. */
function targets(t: Node): string[] {
  if (t.type === 'Identifier') return [t.value];
  if (t.type === 'TupleLiteral') return (t.value as Node[]).flatMap(targets);
  return [];
}

/** Records every binding in the template, for the number analysis and the shadowing rule. */
function collect(body: Node[], b: Bindings): void {
  const add = (map: Map<string, (Node | null)[]>, name: string, value: Node | null) => {
    const list = map.get(name) ?? [];
    list.push(value);
    map.set(name, list);
  };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    if (n instanceof Map) {
      for (const [k, v] of n) {
        visit(k);
        visit(v);
      }
      return;
    }
    const s = n as Node;
    switch (s.type) {
      case 'Set': {
        const a = s.assignee as Node;
        if (a.type === 'Identifier') add(b.vars, a.value, s.value ?? null);
        else if (a.type === 'TupleLiteral') for (const v of targets(a)) add(b.vars, v, null);
        else if (a.type === 'MemberExpression' && a.property?.type === 'Identifier')
          add(b.nsAttrs, a.property.value, s.value ?? null);
        break;
      }
      case 'For':
        if (s.loopvar.type === 'Identifier' && isRangeCall(s.iterable))
          add(b.vars, s.loopvar.value, RANGE_LOOP);
        else for (const v of targets(s.loopvar)) add(b.vars, v, null);
        break;
      case 'Macro':
        b.macros.add(s.name.value);
        for (const p of s.args as Node[])
          add(b.vars, p.type === 'Identifier' ? p.value : p.key.value, null);
        break;
      case 'CallStatement':
        for (const p of (s.callerArgs ?? []) as Node[])
          add(b.vars, p.type === 'Identifier' ? p.value : p.key.value, null);
        break;
      case 'CallExpression':
        if (s.callee.type === 'Identifier' && s.callee.value === 'namespace')
          for (const a of s.args as Node[])
            if (a.type === 'KeywordArgumentExpression') add(b.nsAttrs, a.key.value, a.value);
        break;
    }
    for (const [k, v] of Object.entries(s)) if (k !== 'type') visit(v);
  };
  visit(body);
}

/**
 * jinja2 gives a test an argument — `x is sameas y`, `x is divisibleby(2)`, even `x is defined y`
 * — and evaluates it; @huggingface/jinja's syntax tree has no place for one and drops it, so the
 * judge would never see what it holds. No chat template needs one: any token after a test's
 * name that jinja2 would read as its argument is refused, at the token level.
 */
function testArgument(tokens: readonly { type: string; value: string }[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'Identifier' || tokens[i]!.value !== 'is') continue;
    let j = i + 1;
    if (tokens[j]?.type === 'Identifier' && tokens[j]!.value === 'not') j++;
    if (tokens[j]?.type !== 'Identifier') continue;
    let name = tokens[j]!.value;
    // jinja2 also reads dotted test names.
    while (tokens[j + 1]?.type === 'Dot' && tokens[j + 2]?.type === 'Identifier') {
      name += '.' + tokens[j + 2]!.value;
      j += 2;
    }
    const next = tokens[j + 1];
    const takes =
      next !== undefined &&
      (TEST_ARGUMENT_STARTS.has(next.type) ||
        (next.type === 'Identifier' && !['else', 'or', 'and'].includes(next.value)));
    if (takes || name.includes('.'))
      return `the test "${name}" is given an argument (${JSON.stringify(next?.value ?? '')}), which jinja2 evaluates and the judge cannot see`;
  }
  return undefined;
}

/** Tokens jinja2 reads as the start of a test's argument (parse_test). */
const TEST_ARGUMENT_STARTS = new Set([
  'StringLiteral',
  'NumericLiteral',
  'OpenParen',
  'OpenSquareBracket',
  'OpenCurlyBracket',
]);

const MAX_FIXPOINT_PASSES = 256;

/** Jinja's keywords, which @huggingface/jinja's formatter may spell otherwise (elif, endif…). */
const KEYWORDS = new Set([
  'if', 'elif', 'else', 'endif', 'for', 'endfor', 'in', 'set', 'endset', 'macro', 'endmacro',
  'call', 'endcall', 'filter', 'endfilter', 'not', 'and', 'or', 'is', 'true', 'false', 'none',
  'True', 'False', 'None', 'break', 'continue', 'generation', 'endgeneration', 'recursive',
]); // prettier-ignore

/**
 * @huggingface/jinja's parser keeps only the first of several expressions it meets where one is
 * expected (`messages[{} - x]`: a `-` after `}` lexed as a sign makes two), while jinja2
 * evaluates them all. Printing the syntax tree back and counting its names and strings shows
 * what the tree lost: the judge never saw it.
 */
function droppedNames(
  tokens: readonly { type: string; value: string }[],
  source: string,
): string | undefined {
  const count = (ts: readonly { type: string; value: string }[]) => {
    const m = new Map<string, number>();
    for (const t of ts)
      if ((t.type === 'Identifier' && !KEYWORDS.has(t.value)) || t.type === 'StringLiteral')
        m.set(`${t.type}:${t.value}`, (m.get(`${t.type}:${t.value}`) ?? 0) + 1);
    return m;
  };
  const kept = count(tokenize(new Template(source).format(), {}));
  for (const [key, n] of count(tokens))
    if ((kept.get(key) ?? 0) < n)
      return `part of it (${JSON.stringify(key.slice(key.indexOf(':') + 1))}) is not in its syntax tree, where jinja2 would still evaluate it`;
  return undefined;
}
