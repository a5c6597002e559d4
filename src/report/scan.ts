import type { ScanReport } from '../artifacts/scan-report.js';
import { formatFinding } from '../findings.js';
import { formatBytes, shortDigest } from './format.js';
import type { Report } from './model.js';

const MARK = { safe: '✓', suspicious: '?', unsafe: '✗', error: '✗' } as const;

export function renderScanText(report: ScanReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(
      `${MARK[f.verdict]} ${f.path}  ${f.format}  ${f.size === undefined ? '-' : formatBytes(f.size)}  sha256:${shortDigest(f.sha256)}  ${f.verdict}`,
    );
    for (const x of f.findings) lines.push(`    ${formatFinding(x)}`);
  }
  for (const s of report.skipped) lines.push(`- ${s.path}  skipped: ${s.reason}`);
  lines.push(`verdict: ${report.verdict} (${summary(report)})`);
  return lines.join('\n');
}

/** `3 files: 2 safe, 0 suspicious, 1 unsafe, 0 unreadable`. */
function summary(report: ScanReport): string {
  const count = (v: string) => report.files.filter((f) => f.verdict === v).length;
  const n = report.files.length;
  return (
    `${n} file${n === 1 ? '' : 's'}: ${count('safe')} safe, ${count('suspicious')} suspicious, ` +
    `${count('unsafe')} unsafe, ${count('error')} unreadable${report.policy === 'warn-unknown-classes' ? '; unknown classes only warn' : ''}`
  );
}

/**
 * Scan results as the shared report renderers read them: one section for the paths scanned,
 * its files as artifact rows and every finding located at its file.
 */
export function scanReportModel(report: ScanReport, paths: readonly string[]): Report {
  return {
    command: 'scan',
    verdict: report.verdict,
    models: [
      {
        manifest: paths.join(' '),
        verdict: report.verdict,
        summary: summary(report),
        artifacts: report.files.map((f) => ({
          path: f.path,
          format: f.format,
          size: f.size,
          sha256: f.sha256,
          verdict: f.verdict,
        })),
        findings: report.files.flatMap((f) => f.findings),
      },
    ],
  };
}
