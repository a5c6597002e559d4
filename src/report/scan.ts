import type { ScanReport } from '../commands/scan.js';
import { formatFinding } from '../findings.js';
import { cell, formatBytes, shortDigest } from './format.js';

const MARK = { safe: '✓', suspicious: '?', unsafe: '✗', error: '✗' } as const;

export function renderScanText(report: ScanReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(`${MARK[f.verdict]} ${f.path}  ${f.format}  ${formatBytes(f.size)}  sha256:${shortDigest(f.sha256)}  ${f.verdict}`);
    for (const x of f.findings) lines.push(`    ${formatFinding(x)}`);
  }
  const count = (v: string) => report.files.filter((f) => f.verdict === v).length;
  const n = report.files.length;
  lines.push(
    `verdict: ${report.verdict} (${n} file${n === 1 ? '' : 's'}: ${count('safe')} safe, ${count('suspicious')} suspicious, ` +
      `${count('unsafe')} unsafe, ${count('error')} unreadable${report.strict ? '; strict' : ''})`,
  );
  return lines.join('\n');
}

export function renderScanMarkdown(report: ScanReport): string {
  const out = [`## modelgate scan: ${report.verdict === 'pass' ? '✅ pass' : '❌ fail'}`, ''];
  if (report.files.length) {
    out.push('| file | format | size | sha256 | verdict |', '|---|---|---|---|---|');
    for (const f of report.files) {
      out.push(`| \`${cell(f.path)}\` | ${f.format} | ${formatBytes(f.size)} | \`${shortDigest(f.sha256)}\` | ${f.verdict} |`);
    }
    out.push('');
  }
  const findings = report.files.flatMap((f) => f.findings.map((x) => ({ file: f.path, ...x })));
  if (findings.length) {
    out.push('| severity | file | finding |', '|---|---|---|');
    for (const f of findings) out.push(`| ${f.severity} | \`${cell(f.file)}\` | ${cell(f.message)} (\`${f.rule}\`) |`);
    out.push('');
  }
  return out.join('\n');
}
