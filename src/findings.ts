/** Where a finding points: a file, and where known the line and column (1-based). */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export type Severity = 'error' | 'warning' | 'notice';

/**
 * One thing a check found. `rule` is a stable identifier users can search for and tests can
 * assert on; `message` is for people. `global` is the imported `module.name` of a pickle
 * finding.
 */
export interface Finding {
  severity: Severity;
  rule: string;
  message: string;
  location?: SourceLocation;
  /** The imported `module.name`, for pickle findings. */
  global?: string;
  /** The loader whose reading of the bytes the finding is about (`pickle.load`, `torch.load`, …). */
  loader?: string;
  /** Where inside an archive or compressed stream (`archive/data.pkl`, `a.zip!inner.npy`). */
  member?: string;
}

export type Verdict = 'pass' | 'fail';

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function formatLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '';
  let out = loc.file;
  if (loc.line !== undefined) {
    out += `:${loc.line}`;
    if (loc.column !== undefined) out += `:${loc.column}`;
  }
  return out;
}

/** `path:line:col: severity: message [rule]`, the form editors and terminals link. */
export function formatFinding(f: Finding): string {
  const where = formatLocation(f.location);
  return `${where ? where + ': ' : ''}${f.severity}: ${f.message} [${f.rule}${f.loader ? `, as ${f.loader} reads it` : ''}]`;
}
