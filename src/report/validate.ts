import { worstVerdict } from '../artifacts/inspect.js';
import type { ModelValidation, ProductionComparison, ValidateReport } from '../validation.js';
import { formatFinding, hasErrors } from '../findings.js';
import { formatBytes, formatSignedBytes, shortDigest } from './format.js';
import { findingCounts } from './markdown.js';
import type {
  ArtifactRow,
  CheckRow,
  CheckVerdict,
  ModelSection,
  Report,
  SignatureChange,
} from './model.js';

/** `vs production` of an artifact row, as the job summary words it. */
function changeText(a: ArtifactRow): string {
  if (a.change === 'added') return 'new';
  if (a.change === 'unchanged' || a.change === undefined) return a.change ?? '';
  return a.sizeDelta === undefined ? a.change : `${a.change}, ${formatSignedBytes(a.sizeDelta)}`;
}

/** `input features: dtype float32 [-1, 4] → float64 [-1, 4], breaking`. */
function signatureChangeText(c: SignatureChange): string {
  const what = `${c.before ?? '—'} → ${c.after ?? '—'}`;
  return `${c.side} ${c.name}: ${c.kind} ${what}, ${c.breaking ? 'breaking' : 'compatible'}`;
}

function productionText(p: ProductionComparison): string[] {
  const lines = [`  against production ${p.version}:`];
  for (const a of p.artifacts) lines.push(`    ${a.path}  ${changeText(a)}`);
  const check = signatureCheck(p);
  lines.push(`    signature: ${check.verdict}, ${check.detail}`);
  for (const c of p.signature?.changes ?? []) lines.push(`      ${signatureChangeText(c)}`);
  return lines;
}

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
    if (m.production) lines.push(...productionText(m.production));
  }
  const n = report.models.length;
  lines.push(`verdict: ${report.verdict} (${n} model${n === 1 ? '' : 's'})`);
  return lines.join('\n');
}

/** `validate --json`: what the text and the job summary show, as data. */
export function validateJson(report: ValidateReport): Record<string, unknown> {
  return {
    verdict: report.verdict,
    models: report.models.map((m) => ({
      manifest: m.manifest,
      model: m.model,
      version: m.version,
      verdict: m.verdict,
      findings: m.findings,
      artifacts: m.artifacts.map((a) => ({
        path: a.shown,
        format: a.format,
        size: a.size,
        sha256: a.sha256,
        verdict: a.verdict,
        findings: a.findings,
      })),
      ...(m.production
        ? {
            production: {
              version: m.production.version,
              breaking_changes: m.production.breaking,
              check: signatureCheck(m.production),
              signature: m.production.signature,
              artifacts: m.production.artifacts.map((a) => ({
                path: a.path,
                change: a.change,
                sizeDelta: a.sizeDelta,
              })),
            },
          }
        : {}),
    })),
  };
}

/** `validate` as the report renderers read it, production's comparison included where known. */
export function validateReportModel(report: ValidateReport): Report {
  return {
    command: 'validate',
    verdict: report.verdict,
    models: report.models.map(validateSection),
  };
}

/** The artifacts of a validation as the report's rows show them. */
export function artifactRows(m: ModelValidation): ArtifactRow[] {
  return m.artifacts.map((a) => ({
    path: a.shown,
    format: a.format,
    size: a.size,
    sha256: a.sha256,
    verdict: a.verdict,
  }));
}

function validateSection(m: ModelValidation): ModelSection {
  const findings = [...m.findings, ...m.artifacts.flatMap((a) => a.findings)];
  const n = m.artifacts.length;
  const rows = artifactRows(m);
  const checks = validateChecks(m);
  if (m.production) checks.push(signatureCheck(m.production));
  return {
    name: m.model,
    version: m.version,
    manifest: m.manifest,
    verdict: m.verdict,
    summary: `${n} artifact${n === 1 ? '' : 's'}, ${findingCounts(findings)}`,
    checks,
    artifacts: m.production?.artifacts ?? rows,
    findings,
    signature: m.production?.signature,
  };
}

/**
 * A breaking change warns unless the manifest says `compatibility.breaking_changes: fail`: it
 * may be intended, and reviewers decide with the table in front of them.
 */
function signatureCheck(p: ProductionComparison): CheckRow {
  const name = 'signature vs production';
  const against = p.version;
  const diff = p.signature;
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
      verdict: p.breaking,
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
