import type { AnalysisResult, Measurement } from '../analysis/analysis.js';
import type { ExperimentResult } from '../analysis/experiment.js';
import { figure } from '../analysis/figures.js';
import type { MetricJudgement } from '../analysis/judge.js';
import { cell } from './format.js';

const bound = (min?: number, max?: number) =>
  [min === undefined ? '' : `≥ ${min}`, max === undefined ? '' : `≤ ${max}`]
    .filter(Boolean)
    .join(', ') || '—';

const num = (n: number | undefined) => (n === undefined ? '—' : figure(n));

const mark = (v: string) => (v === 'pass' ? '✓' : v === 'fail' ? '✗' : '?');
const icon = (v: string) => (v === 'pass' ? '✅' : v === 'fail' ? '❌' : '⚠️');

const title = (r: AnalysisResult) =>
  r.mode === 'production'
    ? `production monitoring of ${r.subject.model} ${r.subject.version}`
    : `canary analysis of ${r.subject.model} ${r.subject.version}`;

/** The line shown as each measurement is taken: progress on a long analysis. */
export function renderMeasurementLine(m: Measurement, count: number): string {
  // The reason names the score unless data was missing, where it gives its range instead.
  return `measurement ${m.index}/${count}: ${m.verdict} (${m.reason})`;
}

const comparison = (m: MetricJudgement) =>
  m.comparison
    ? `${num(m.baseline?.median)} (${m.comparison.changePct >= 0 ? '+' : ''}${num(m.comparison.changePct)} %, p ${num(m.comparison.pValue)})`
    : '—';

export function renderAnalysisText(r: AnalysisResult): string {
  const lines = [`${title(r)} (${r.provider}): ${r.verdict} — ${r.reason}`];
  if (r.measurements.length > 1)
    for (const m of r.measurements)
      lines.push(`  ${mark(m.verdict)} ${renderMeasurementLine(m, r.measurements.length)}`);
  for (const m of r.metrics) {
    lines.push(
      `  ${mark(m.verdict)} ${m.name}  ${num(m.value)}  (${bound(m.min, m.max)})  ${m.verdict === 'pass' && !m.comparison && m.message.endsWith('within bounds') ? '' : m.message}`.trimEnd(),
    );
  }
  return lines.join('\n');
}

export function renderAnalysisMarkdown(r: AnalysisResult): string {
  const out = [
    `## ${icon(r.verdict)} ${title(r)}: ${r.verdict}`,
    '',
    `${cell(r.reason)}. Provider: ${r.provider}${r.subject.baselineVersion ? `; baseline: ${r.subject.baselineVersion}${r.mode === 'production' ? ' over the previous window' : ''}` : ''}.`,
    '',
  ];
  if (r.measurements.length > 1) {
    out.push('| measurement | at | score | verdict |', '|---|---|---|---|');
    for (const m of r.measurements)
      out.push(`| ${m.index} | ${m.at} | ${m.score} | ${m.verdict}: ${cell(m.reason)} |`);
    out.push('', `Metrics of measurement ${r.measurements.length}:`, '');
  }
  out.push(
    '| metric | canary | baseline | bounds | verdict |',
    '|---|---|---|---|---|',
    ...r.metrics.map(
      (m) =>
        `| ${cell(m.name)} | ${num(m.value)} | ${comparison(m)} | ${bound(m.min, m.max)} | ${m.verdict === 'pass' ? 'pass' : cell(`${m.verdict}: ${m.message}`)} |`,
    ),
    '',
  );
  return out.join('\n');
}

const share = (r: ExperimentResult, v: number) =>
  r.kind === 'proportion' ? `${num(v * 100)} %` : num(v);

export function renderExperimentText(r: ExperimentResult): string {
  const test = r.nodata === undefined ? `; ${r.test}` : '';
  return [
    `experiment on ${r.model} (${r.metric}, ${r.better} is better${test}): ${r.verdict}`,
    ...(r.arms ?? []).map((x) => `  ${x.arm} ${x.version}: ${share(r, x.value)} (n ${x.n})`),
    `  ${r.message}`,
  ].join('\n');
}

export function renderExperimentMarkdown(r: ExperimentResult): string {
  const arms = r.arms
    ? [
        '| arm | version | value | n |',
        '|---|---|---|---|',
        ...r.arms.map(
          (x) =>
            `| ${x.arm} (${x.arm === 'A' ? 'production' : 'canary'}) | ${x.version} | ${share(r, x.value)} | ${x.n} |`,
        ),
        '',
      ]
    : [];
  const figures =
    r.nodata === undefined
      ? [
          `B − A = ${share(r, r.difference)}, ${Math.round(r.interval.confidence * 100)} % confidence interval ${share(r, r.interval.lower)} to ${share(r, r.interval.upper)}, p = ${num(r.pValue)}.`,
          '',
        ]
      : [];
  return [
    `## ${icon(r.verdict)} experiment on \`${r.model}\`: ${r.winner ? `${r.winner} wins` : 'no winner yet'}`,
    '',
    `Metric \`${r.metric}\` (${r.better} is better)${r.nodata === undefined ? `, ${r.test}` : ''}.`,
    '',
    ...arms,
    ...figures,
    cell(r.message),
    '',
  ].join('\n');
}
