import type { AnalysisResult } from '../analysis/analysis.js';
import { cell } from './format.js';

const bound = (min?: number, max?: number) =>
  [min === undefined ? '' : `≥ ${min}`, max === undefined ? '' : `≤ ${max}`]
    .filter(Boolean)
    .join(', ') || '—';

export function renderAnalysisText(r: AnalysisResult): string {
  const lines = [
    `canary analysis of ${r.subject.model} ${r.subject.version} (${r.provider}): ${r.verdict}`,
  ];
  for (const m of r.metrics) {
    lines.push(
      `  ${m.verdict === 'pass' ? '✓' : '✗'} ${m.name}  ${m.value ?? '—'}  (${bound(m.min, m.max)})  ${m.verdict === 'pass' ? '' : m.message}`.trimEnd(),
    );
  }
  return lines.join('\n');
}

export function renderAnalysisMarkdown(r: AnalysisResult): string {
  return [
    `## ${r.verdict === 'pass' ? '✅' : '❌'} canary analysis of \`${r.subject.model}\` ${r.subject.version}: ${r.verdict}`,
    '',
    `Provider: ${r.provider}`,
    '',
    '| metric | value | bounds | verdict |',
    '|---|---|---|---|',
    ...r.metrics.map(
      (m) =>
        `| ${cell(m.name)} | ${m.value ?? '—'} | ${bound(m.min, m.max)} | ${m.verdict === 'pass' ? 'pass' : cell(`${m.verdict}: ${m.message}`)} |`,
    ),
    '',
  ].join('\n');
}
