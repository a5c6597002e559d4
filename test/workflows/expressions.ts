import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from './parser.js';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

/** A workflow that cannot run as written: the runner (or GitHub) would refuse or misread it. */
export class WorkflowError extends Error {
  override name = 'WorkflowError';
}

/** The contexts an expression may read; what a context does not hold is left out. */
export interface Contexts {
  github: Record<string, unknown>;
  env?: Record<string, string>;
  vars?: Record<string, string>;
  inputs?: Record<string, unknown>;
  matrix?: Record<string, unknown>;
  needs?: Record<string, unknown>;
  steps?: Record<string, unknown>;
  job?: Record<string, unknown>;
  strategy?: Record<string, unknown>;
  runner?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
  /**
   * What success(), failure() and cancelled() answer where this expression is evaluated: for a
   * job, `failed` when a job it needs, directly or not, failed, and `skipped` when one was
   * skipped (GitHub's success() is then false, its failure() too: actions/runner#2205).
   */
  status: { failed: boolean; skipped?: boolean };
}

const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'inputs',
  'matrix',
  'needs',
  'steps',
  'job',
  'strategy',
  'runner',
  'secrets',
];

const STRICT = Symbol('strict');

/**
 * Marks an object whose keys are all there is: reading any other key is a mistake in the
 * workflow (GitHub would quietly read an empty string, and the step would get the wrong
 * value). `steps.plan.outputs.matrx` or `needs.plan.outputs.matirx` fail here.
 */
export function strict<T extends object>(what: string, obj: T): T {
  Object.defineProperty(obj, STRICT, { value: what, enumerable: false });
  return obj;
}

class StrictDictionary extends data.Dictionary {
  what = '';
  override get(key: string): data.ExpressionData | undefined {
    const value = super.get(key);
    if (value === undefined) {
      const known = this.pairs().map((p) => p.key);
      throw new WorkflowError(
        `${this.what}.${key} does not exist here (there is ${known.length ? known.join(', ') : 'nothing'})`,
      );
    }
    return value;
  }
}

/** A JavaScript value as expression data; objects marked by `strict` refuse unknown keys. */
export function toData(v: unknown): data.ExpressionData {
  if (v === null || v === undefined) return new data.Null();
  if (typeof v === 'string') return new data.StringData(v);
  if (typeof v === 'number') return new data.NumberData(v);
  if (typeof v === 'boolean') return new data.BooleanData(v);
  if (Array.isArray(v)) return new data.Array(...v.map(toData));
  const pairs = Object.entries(v as object).map(([key, value]) => ({ key, value: toData(value) }));
  const what = (v as { [STRICT]?: string })[STRICT];
  if (what === undefined) return new data.Dictionary(...pairs);
  const d = new StrictDictionary(...pairs);
  d.what = what;
  return d;
}

/** Expression data as a JavaScript value (what a `strategy.matrix` or `fromJSON` gives). */
export function fromData(d: data.ExpressionData): unknown {
  switch (d.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.String:
      return (d as data.StringData).value;
    case data.Kind.Number:
      return d.number();
    case data.Kind.Boolean:
      return (d as data.BooleanData).value;
    case data.Kind.Array:
      return (d as data.Array).values().map(fromData);
    default:
      return Object.fromEntries(
        (d as data.Dictionary).pairs().map((p) => [p.key, fromData(p.value)]),
      );
  }
}

/** GitHub's truthiness: false, 0, -0, NaN, '' and null are false. */
export function truthy(d: data.ExpressionData): boolean {
  switch (d.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (d as data.BooleanData).value;
    case data.Kind.Number: {
      const n = d.number();
      return n !== 0 && !Number.isNaN(n);
    }
    case data.Kind.String:
      return (d as data.StringData).value !== '';
    default:
      return true;
  }
}

/** Evaluates one expression (without `${{ }}`) with GitHub's own lexer, parser and evaluator. */
export function evaluate(expression: string, ctx: Contexts): data.ExpressionData {
  const status = (name: string, answer: () => boolean) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(answer()),
  });
  const functions = [
    status('success', () => !ctx.status.failed && !ctx.status.skipped),
    status('failure', () => ctx.status.failed),
    status('always', () => true),
    // Nothing is cancelled in these runs.
    status('cancelled', () => false),
  ];
  const lexed = new Lexer(expression).lex();
  const present = CONTEXT_NAMES.filter((n) => ctx[n as keyof Contexts] !== undefined);
  const parsed = new Parser(lexed.tokens, present, functions).parse();
  const contexts = new data.Dictionary(
    ...present.map((key) => ({ key, value: toData(ctx[key as keyof Contexts]) })),
  );
  try {
    return new Evaluator(parsed, contexts, new Map(functions.map((f) => [f.name, f]))).evaluate();
  } catch (err) {
    if (err instanceof WorkflowError) throw err;
    throw new WorkflowError(`\${{ ${expression} }}: ${(err as Error).message}`);
  }
}

/** A template token (a literal, an expression, a mapping or a sequence of them) as a value. */
export function evalToken(t: TemplateToken, ctx: Contexts): unknown {
  if (isBasicExpression(t)) return fromData(evaluate(t.expression, ctx));
  if (isString(t)) return t.value;
  if (isNumber(t) || isBoolean(t)) return t.value;
  if (isMapping(t)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of t) out[evalString(key, ctx)] = evalToken(value, ctx);
    return out;
  }
  if (isSequence(t)) return [...t].map((x) => evalToken(x, ctx));
  return null;
}

/** A token as the string a step sees (a `with:` value, an `env:` value, a `run:` script). */
export function evalString(t: TemplateToken, ctx: Contexts): string {
  if (isBasicExpression(t)) return evaluate(t.expression, ctx).coerceString();
  if (isString(t)) return t.value;
  if (isNumber(t) || isBoolean(t)) return String(t.value);
  if (isMapping(t) || isSequence(t)) throw new WorkflowError(`a ${t.typeName()} is not a string`);
  return '';
}

/** A condition (`if:`), already wrapped by the parser in `success() && (…)` where GitHub does. */
export function evalCondition(t: TemplateToken | undefined, ctx: Contexts): boolean {
  if (!t) return !ctx.status.failed && !ctx.status.skipped;
  if (isBasicExpression(t)) return truthy(evaluate(t.expression, ctx));
  return truthy(toData(evalToken(t, ctx)));
}
