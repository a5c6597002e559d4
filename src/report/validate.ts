import type { ValidateReport } from '../commands/validate.js';
import { formatFinding, formatLocation } from '../findings.js';
import { cell, formatBytes, shortDigest } from './format.js';

const MARK = { pass: '✅', fail: '❌' } as const;

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

export function renderValidateMarkdown(report: ValidateReport): string {
  const out: string[] = ['## modelgate validate', ''];
  for (const m of report.models) {
    const title = m.model ? `\`${m.model}\` ${m.version}` : `\`${m.manifest}\``;
    out.push(`### ${MARK[m.verdict]} ${title}: ${m.verdict}`, '', `Manifest: \`${m.manifest}\``, '');
    if (m.artifacts.length) {
      out.push('| artifact | format | size | sha256 | verdict |', '|---|---|---|---|---|');
      for (const a of m.artifacts) {
        out.push(
          `| \`${cell(a.shown)}\` | ${a.format ?? '—'} | ${a.size === undefined ? '—' : formatBytes(a.size)} | \`${shortDigest(a.sha256)}\` | ${a.verdict} |`,
        );
      }
      out.push('');
    }
    const findings = [...m.findings, ...m.artifacts.flatMap((a) => a.findings)];
    if (findings.length) {
      out.push('| severity | where | finding |', '|---|---|---|');
      for (const f of findings) {
        out.push(`| ${f.severity} | \`${cell(formatLocation(f.location))}\` | ${cell(f.message)} (\`${f.rule}\`) |`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
