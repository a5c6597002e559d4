import type { ArtifactVerdict } from '../artifacts/inspect.js';
import type { Finding, Verdict } from '../findings.js';

/**
 * What a report says: a command's `pass` or `fail`, or `error` when the command stopped before
 * it could judge (bad input, an unreachable registry).
 */
export type ReportVerdict = Verdict | 'error';

import type { ErrorKind } from '../errors.js';

export type { ErrorKind };

/**
 * What the Markdown renderers read: each command maps its own result onto these small
 * shapes, so that one set of renderers draws the job summary and the pull-request comment of
 * every command, and a command only fills the sections it has.
 */
export interface Report {
  /** The command that produced it: `validate`, `test`, `promote`… */
  command: string;
  /**
   * Narrows the command when several runs of it report on one model side by side, e.g. the
   * target a matrix job tested. The sticky comment keeps one section per command and scope.
   */
  scope?: string;
  verdict: ReportVerdict;
  models: ModelSection[];
}

export interface ModelSection {
  /** The model's name; absent when its manifest could not be read. */
  name?: string;
  version?: string;
  /** The manifest as shown to the user. */
  manifest: string;
  /**
   * The manifest's path relative to the repository root, `/`-separated: what the sticky
   * comment is keyed by, so that a renamed model or a manifest that cannot be read still
   * updates the comment an earlier run wrote. `manifest` stands in when absent.
   */
  manifestPath?: string;
  verdict: ReportVerdict;
  /** Set when the command stopped on an error: what went wrong, verbatim, and of what kind. */
  error?: { kind: ErrorKind; message: string };
  /** A short clause after the verdict, e.g. `2 artifacts, 1 warning`. */
  summary?: string;
  checks?: CheckRow[];
  artifacts?: ArtifactRow[];
  /** Every finding about this model (manifest, artifacts, security), worst first when drawn. */
  findings?: Finding[];
  signature?: SignatureDiff;
  compat?: CompatRow[];
  promotion?: PromotionPlan;
}

export type CheckVerdict = 'pass' | 'fail' | 'warn' | 'skip';

export interface CheckRow {
  name: string;
  verdict: CheckVerdict;
  detail?: string;
}

/** How an artifact differs from the one of the same path in the production version. */
export type ArtifactChange = 'added' | 'changed' | 'unchanged' | 'removed';

export interface ArtifactRow {
  path: string;
  /** Decided from the bytes, e.g. `pickle`, `onnx`. */
  format?: string;
  size?: number;
  sha256?: string;
  /** Absent for an artifact only production has (`change: 'removed'`). */
  verdict?: ArtifactVerdict;
  /** Present when the production version is known. */
  change?: ArtifactChange;
  /** `size` minus the production artifact's size, when both are known. */
  sizeDelta?: number;
}

export type SignatureChangeKind = 'added' | 'removed' | 'dtype' | 'shape';

export interface SignatureChange {
  side: 'input' | 'output';
  name: string;
  kind: SignatureChangeKind;
  /** `float64 [-1, 4]`, as production has it. */
  before?: string;
  after?: string;
  /** Callers or consumers written against production would break. */
  breaking: boolean;
}

export interface SignatureDiff {
  /** The production version compared against. */
  against: string;
  changes: SignatureChange[];
}

export type CompatVerdict = 'pass' | 'fail' | 'error' | 'skipped';

export interface CompatRow {
  target: string;
  required: boolean;
  verdict: CompatVerdict;
  /** What ran the model, e.g. `python 3.11.2, scikit-learn 1.2.1`. */
  runtime?: string;
  loadMs?: number;
  p50Ms?: number;
  p95Ms?: number;
  maxAbsError?: number;
  maxRelError?: number;
  /** Why it failed, or the warnings raised while loading. */
  detail?: string;
}

export interface PromotionPlan {
  stage: string;
  version: string;
  /** The version the stage points at now. */
  previous?: string;
  /** Canary traffic weight in percent after the transition. */
  weight?: number;
  /** True once done; false for what a promotion would do. */
  applied: boolean;
  gates: CheckRow[];
  reason?: string;
}
