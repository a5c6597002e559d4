import type { ArtifactResult } from './artifacts/check.js';
import type { Finding, Verdict } from './findings.js';
import type { LoadedManifest } from './manifest/load.js';
import type { ArtifactRow, SignatureDiff } from './report/model.js';

/**
 * What `validate` finds for each manifest: the result the command produces, the reports render
 * and the registry records as evidence, kept apart from all three so none imports another.
 */

export interface ModelValidation {
  manifest: string;
  model?: string;
  version?: string;
  verdict: Verdict;
  /** Findings about the manifest itself and the model as a whole. */
  findings: Finding[];
  artifacts: ArtifactResult[];
  loaded?: LoadedManifest;
  /** How this version differs from the one in production; absent when that is not known. */
  production?: ProductionComparison;
}

/**
 * This version against the one production serves. Its breaking signature changes are also
 * findings (`signature-breaking-change`), warnings or errors as `breaking` says, so that
 * every rendering and the verdict see them the same way.
 */
export interface ProductionComparison {
  version: string;
  /** Absent when either version declares no signature. */
  signature?: SignatureDiff;
  /** Each artifact against production's of the same path, then those this version drops. */
  artifacts: ArtifactRow[];
  /** `compatibility.breaking_changes`: whether a breaking change fails the check. */
  breaking: 'warn' | 'fail';
}

export interface ValidateReport {
  verdict: Verdict;
  models: ModelValidation[];
}
