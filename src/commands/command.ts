import type { Finding, SourceLocation, Verdict } from '../findings.js';
import { UsageError } from '../errors.js';
import type { Report } from '../report/model.js';

export type OptionKind = 'string' | 'boolean' | 'integer';

export interface OptionSpec {
  /** Long flag name (`--name`) and action input name. */
  name: string;
  kind: OptionKind;
  description: string;
  /** Shown in help: `--to STAGE`. */
  placeholder?: string;
  default?: string | boolean | number;
  choices?: readonly string[];
  /** Only meaningful on a terminal (e.g. `--json`); not an action input. */
  cliOnly?: boolean;
  /** A string option that may be repeated on the command line; the values arrive comma-joined. */
  repeatable?: boolean;
}

export interface PositionalSpec {
  name: string;
  description: string;
  /** At least one is required. */
  required: boolean;
}

export type OptionValue = string | boolean | number | undefined;

export interface Invocation {
  options: Readonly<Record<string, OptionValue>>;
  positionals: readonly string[];
}

/** Where human-readable progress goes: stderr on a terminal, the log in Actions. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Progress of long work; may be rate-limited or dropped. */
  progress(message: string): void;
}

/** What the GitHub adapter knows about the run; absent on a laptop. */
export interface CiContext {
  eventName: string;
  ref: string;
  sha: string;
  actor: string;
  repository: string;
  runUrl: string;
  pullRequest?: number;
  /** On a pull request, its head commit: `sha` is then a merge commit reviewers never saw. */
  pullRequestHead?: string;
  token?: string;
  apiUrl: string;
}

export interface CommandContext {
  cwd: string;
  log: Logger;
  ci?: CiContext;
  /** The step of the run this command is (see stepIdFromEnv); recorded with stage changes. */
  step?: string;
}

/**
 * The serving platforms' hand-off after promote and rollback (see handoff.ts): each
 * renderer's outputs and a `<file>-file` path per file it renders. One line per model.
 */
export const HANDOFF_OUTPUTS = [
  'kserve-storage-uri',
  'kserve-canary-traffic-percent',
  'kserve-inferenceservice-file',
  'sagemaker-endpoint',
  'sagemaker-endpoint-config',
  'sagemaker-endpoint-config-file',
  'sagemaker-endpoint-weights-file',
  'vertex-endpoint',
  'vertex-traffic-split',
  'vertex-endpoint-traffic-file',
  'azure-endpoint',
  'azure-traffic',
  'azure-online-endpoint-file',
] as const;

export type OutputName =
  | 'verdict'
  | 'model'
  | 'version'
  | 'stage'
  | 'canary-weight'
  | 'previous-version'
  | 'artifact-uri'
  | 'matrix'
  | 'report-path'
  | (typeof HANDOFF_OUTPUTS)[number];

export interface CommandOutcome {
  exitCode: 0 | 1;
  verdict?: Verdict;
  /** The one JSON document `--json` prints. */
  json: Record<string, unknown>;
  /** What a person reads on a terminal. */
  text: string;
  /** The full Markdown report (job summary, report file). */
  markdown: string;
  /**
   * The result as the report renderers read it: the action draws one sticky pull-request
   * comment per model from it. Absent for commands that have nothing to say on a pull request.
   */
  report?: Report;
  outputs: Partial<Record<OutputName, string>>;
  /** Findings that point at a file: they become annotations in Actions. */
  findings: Finding[];
  /**
   * `analyze --stage production`: each model's verdict and figures, for which the action keeps
   * one GitHub issue per model (opened on a failure, closed when healthy again).
   */
  monitoring?: MonitoringReport[];
}

export interface MonitoringReport {
  model: string;
  version: string;
  verdict: 'pass' | 'fail' | 'inconclusive';
  markdown: string;
}

export interface Command {
  name: string;
  summary: string;
  /** Paragraphs for `--help`. */
  description: string;
  options: readonly OptionSpec[];
  positionals?: PositionalSpec;
  examples?: readonly string[];
  run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome>;
}

export function stringOption(inv: Invocation, name: string): string | undefined {
  const v = inv.options[name];
  return typeof v === 'string' ? v : undefined;
}

export function requireString(inv: Invocation, name: string): string {
  const v = stringOption(inv, name);
  if (v === undefined || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

export function booleanOption(inv: Invocation, name: string): boolean {
  return inv.options[name] === true;
}

export function integerOption(inv: Invocation, name: string): number | undefined {
  const v = inv.options[name];
  return typeof v === 'number' ? v : undefined;
}

/** Checks the kind and choices of one option's value, whichever adapter it came from. */
export function coerceOption(
  o: OptionSpec,
  raw: string | boolean | number | undefined,
  shown: string,
): OptionValue {
  if (raw === undefined) return undefined;
  if (o.kind === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw new UsageError(`${shown} must be true or false; got ${JSON.stringify(raw)}`);
  }
  if (o.kind === 'integer') {
    const n = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isInteger(n) || String(raw).trim() === '') {
      throw new UsageError(`${shown} must be a whole number; got ${JSON.stringify(raw)}`);
    }
    return n;
  }
  const s = String(raw);
  if (o.choices && !o.choices.includes(s)) {
    throw new UsageError(
      `${shown} must be one of ${o.choices.join(', ')}; got ${JSON.stringify(s)}`,
    );
  }
  return s;
}

export type { Finding, SourceLocation };
