import { worstVerdict } from '../artifacts/inspect.js';
import type { ModelValidation, ValidateReport } from '../commands/validate.js';
import { formatFinding, hasErrors } from '../findings.js';
import { formatBytes, shortDigest } from './format.js';
import { findingCounts } from './markdown.js';
import { diffArtifacts, diffSignature, type ProductionVersion } from './diff.js';
import type {
  ArtifactRow,
  CheckRow,
  CheckVerdict,
  ModelSection,
  Report,
  SignatureDiff,
} from './model.js';

export function renderValidateText(report: ValidateReport): string {
  const lines: string[] = [];
  for (const m of report.models) {
    const title = m.model ? `${m.model} ${m.version}` : m.manifest;
    lines.push(`${m.verdict === 'pass' ? '✓' : '✗'} ${title} (${m.manifest}): ${m.verdict}`);
    for (const f of m.findings) lines.push(`  ${formatFinding(f)}`);
    for (const a of m.artifacts) {
      lines.push(
        `  ${a.shown}  ${a.format ?? '-'}  ${a.size === undefined ? '-' : formatBytes(a.size)}  sha256:${shortDigest(a.sha256)}  ${a.verdict}`,
      );
      for (const f of a.findings) lines.push(`    ${formatFinding(f)}`);
    }
  }
  const n = report.models.length;
  lines.push(`verdict: ${report.verdict} (${n} model${n === 1 ? '' : 's'})`);
  return lines.join('\n');
}

/**
 * `validate` as the report renderers read it. `production` holds, by model name, the version
 * production serves, where known: artifacts and signature are then compared against it.
 */
export function validateReportModel(
  report: ValidateReport,
  production: ReadonlyMap<string, ProductionVersion> = new Map(),
): Report {
  return {
    command: 'validate',
    verdict: report.verdict,
    models: report.models.map((m) =>
      validateSection(m, m.model === undefined ? undefined : production.get(m.model)),
    ),
  };
}

function validateSection(
  m: ModelValidation,
  production: ProductionVersion | undefined,
): ModelSection {
  const findings = [...m.findings, ...m.artifacts.flatMap((a) => a.findings)];
  const n = m.artifacts.length;
  const rows: ArtifactRow[] = m.artifacts.map((a) => ({
    path: a.shown,
    format: a.format,
    size: a.size,
    sha256: a.sha256,
    verdict: a.verdict,
  }));
  const declared = m.loaded?.manifest.model.signature;
  const signature =
    production?.signature && declared
      ? diffSignature(production.signature, declared, production.version)
      : undefined;
  const checks = validateChecks(m);
  if (production) checks.push(signatureCheck(production.version, signature));
  return {
    name: m.model,
    version: m.version,
    manifest: m.manifest,
    verdict: m.verdict,
    summary: `${n} artifact${n === 1 ? '' : 's'}, ${findingCounts(findings)}`,
    checks,
    artifacts: production
      ? diffArtifacts(
          rows,
          production.artifacts,
          m.artifacts.map((a) => a.path),
        )
      : rows,
    findings,
    signature,
  };
}

/**
 * A breaking change warns rather than fails: it may be intended, and reviewers decide with
 * the table in front of them.
 */
function signatureCheck(against: string, diff: SignatureDiff | undefined): CheckRow {
  const name = 'signature vs production';
  if (!diff)
    return {
      name,
      verdict: 'skip',
      detail: `no signature declared by this version or by ${against}`,
    };
  const breaking = diff.changes.filter((c) => c.breaking).length;
  if (breaking)
    return {
      name,
      verdict: 'warn',
      detail: `${breaking} breaking change${breaking === 1 ? '' : 's'} against ${against}`,
    };
  const n = diff.changes.length;
  return {
    name,
    verdict: 'pass',
    detail: n
      ? `${n} compatible change${n === 1 ? '' : 's'} against ${against}`
      : `unchanged against ${against}`,
  };
}

function validateChecks(m: ModelValidation): CheckRow[] {
  const manifestErrors = m.findings.filter((f) => f.severity === 'error').length;
  const checks: CheckRow[] = [
    {
      name: 'manifest',
      verdict: manifestErrors ? 'fail' : 'pass',
      detail: m.loaded
        ? manifestErrors
          ? `${manifestErrors} error${manifestErrors === 1 ? '' : 's'}`
          : 'schema, paths, samples and targets'
        : 'could not be read',
    },
  ];
  if (!m.loaded) return checks;
  const specs = m.loaded.manifest.model.artifacts;
  const read = m.artifacts.filter((a) => a.sha256 !== undefined);
  const broken = m.artifacts.filter((a) => a.sha256 === undefined || hasErrors(a.findings)).length;
  const pinned = specs.filter((s) => s.sha256 !== undefined).length;
  const bytes = read.reduce((sum, a) => sum + (a.size ?? 0), 0);
  checks.push({
    name: 'artifacts',
    verdict: broken ? 'fail' : 'pass',
    detail: `${read.length} of ${specs.length} read, ${formatBytes(bytes)}; ${pinned} of ${specs.length} pinned by sha256`,
  });
  const scanned = m.artifacts.filter((a) => a.format !== undefined);
  if (scanned.length) {
    const worst = worstVerdict(scanned.map((a) => a.verdict));
    const verdict: CheckVerdict =
      worst === 'safe' ? 'pass' : worst === 'suspicious' ? 'warn' : 'fail';
    const counts = new Map<string, number>();
    for (const a of scanned) counts.set(a.verdict, (counts.get(a.verdict) ?? 0) + 1);
    checks.push({
      name: 'content scan',
      verdict,
      detail: [...counts].map(([v, c]) => `${c} ${v}`).join(', '),
    });
  }
  return checks;
}
