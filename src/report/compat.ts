import type { CompatReport, ModelCompat } from '../compat/result.js';
import type { Matrix } from '../compat/plan.js';
import { fmt, type Runtime, type TargetResult } from '../compat/result.js';
import { formatFinding, formatLocation } from '../findings.js';
import { cell, fenceFor } from './format.js';
import { latencyChart } from './latency-chart.js';
import type { CompatRow, Report } from './model.js';

const MARK = { pass: '✅', fail: '❌', error: '⚠️' } as const;

export function runtimeText(r: Runtime): string {
  const parts = [
    r.python && `python ${r.python}`,
    r.numpy && `numpy ${r.numpy}`,
    r.framework && `${r.framework} ${r.frameworkVersion ?? ''}`.trim(),
  ];
  return parts.filter(Boolean).join(', ') || '—';
}

/** A serving target's runtime cell: the protocol, the version it served, how long it took to be ready. */
function servingText(t: TargetResult): string {
  const s = t.serving!;
  return `${s.protocol}, version ${s.served_version}, ready in ${fmt(s.ready_ms / 1000)} s`;
}

/** The load test's figures as rows of a two-column table. */
function loadRows(t: TargetResult): [string, string][] {
  const l = t.load!;
  const batchRows: [string, string][] =
    l.rows_per_s === undefined
      ? []
      : [
          ['rows', String(l.rows ?? 0)],
          ['rows/s', fmt(l.rows_per_s)],
        ];
  return [
    [
      'load',
      (l.mode === 'open'
        ? `open loop, ${l.rate_rps ?? '?'} requests/s`
        : `closed loop, ${l.concurrency ?? '?'} concurrent`) +
        (l.batch_size === undefined ? '' : `, batches of ${l.batch_size} rows`),
    ],
    ['measured', `${fmt(l.duration_s)} s`],
    ['requests', String(l.requests)],
    ['errors', `${l.errors}${l.requests ? ` (${fmt((100 * l.errors) / l.requests)} %)` : ''}`],
    ['p50', ms(l.p50_ms)],
    ['p95', ms(l.p95_ms)],
    ['p99', ms(l.p99_ms)],
    ['max', ms(l.max_ms)],
    ['throughput', `${fmt(l.throughput_rps)} requests/s`],
    ...batchRows,
  ];
}

/** Lines of a failing server's log shown in the terminal (the Markdown report has them all). */
const TEXT_LOG_LINES = 15;

const ms = (n: number | undefined) => (n === undefined ? '—' : `${fmt(n)} ms`);
const err = (n: number | undefined) => (n === undefined ? '—' : fmt(n));

function title(m: ModelCompat): string {
  return m.model ? `${m.model} ${m.version}` : m.manifest;
}

/** Columns padded to their widest cell, for a terminal. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

/** Batch targets are judged on rows per second: the column appears when a target measured it. */
function columns(targets: readonly TargetResult[]) {
  const batch = targets.some((t) => t.throughputRps !== undefined);
  const header = [
    'target',
    'verdict',
    'runtime',
    'load',
    'p95',
    ...(batch ? ['rows/s'] : []),
    'max abs error',
  ];
  const row = (t: TargetResult) => [
    t.target + (t.required ? '' : ' (optional)'),
    t.verdict,
    t.serving ? servingText(t) : runtimeText(t.runtime),
    ms(t.loadMs),
    ms(t.latency?.p95),
    ...(batch ? [t.throughputRps === undefined ? '—' : fmt(t.throughputRps)] : []),
    err(t.maxAbsError),
  ];
  return { header, rows: targets.map(row) };
}

export function renderCompatText(report: CompatReport): string {
  const lines: string[] = [];
  for (const m of report.models) {
    lines.push(`${m.verdict === 'pass' ? '✓' : '✗'} ${title(m)} (${m.manifest}): ${m.verdict}`);
    for (const f of m.findings) lines.push(`  ${formatFinding(f)}`);
    if (m.targets.length) {
      const { header, rows } = columns(m.targets);
      lines.push(...table([header, ...rows]).map((l) => `  ${l}`));
    }
    for (const t of m.targets) for (const f of t.findings) lines.push(`  ${formatFinding(f)}`);
    for (const t of m.targets) {
      if (t.load) {
        const figures = loadRows(t).filter(([k]) => k !== 'measured');
        const text = figures.map(([k, v]) => (k === 'load' ? v : `${k} ${v}`)).join(', ');
        lines.push(`  ${t.target}: load test: ${text}`);
      }
      if (t.serverLog) {
        lines.push(`  ${t.target}: last lines of the server's log:`);
        for (const l of t.serverLog.trimEnd().split('\n').slice(-TEXT_LOG_LINES))
          lines.push(`    ${l}`);
      }
    }
  }
  const targets = report.models.reduce((n, m) => n + m.targets.length, 0);
  const n = report.models.length;
  lines.push(
    `verdict: ${report.verdict} (${n} model${n === 1 ? '' : 's'}, ${targets} target${targets === 1 ? '' : 's'}${report.engine ? `, ${report.engine}` : ''})`,
  );
  return lines.join('\n');
}

export function renderCompatMarkdown(report: CompatReport): string {
  const out: string[] = [`## modelgate test${report.target ? ` (${report.target})` : ''}`, ''];
  for (const m of report.models) {
    out.push(
      `### ${MARK[m.verdict]} \`${m.model ?? m.manifest}\` ${m.version ?? ''}: ${m.verdict}`.trimEnd(),
      '',
    );
    if (m.targets.length) {
      const { header, rows } = columns(m.targets);
      out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
      for (const [i, [name, verdict, ...rest]] of rows.entries()) {
        out.push(
          `| \`${cell(name!)}\` | ${MARK[m.targets[i]!.verdict]} ${verdict} | ${rest.map(cell).join(' | ')} |`,
        );
      }
      out.push('');
    }
    const findings = [...m.findings, ...m.targets.flatMap((t) => t.findings)];
    if (findings.length) {
      out.push('| severity | where | finding |', '|---|---|---|');
      for (const f of findings)
        out.push(
          `| ${f.severity} | \`${cell(formatLocation(f.location))}\` | ${cell(f.message)} (\`${f.rule}\`) |`,
        );
      out.push('');
    }
    for (const t of m.targets) {
      if (t.load) {
        // The figures, then the distribution they come from.
        out.push(`#### Load test of \`${cell(t.target)}\``, '', '| | |', '|---|---|');
        for (const [k, v] of loadRows(t)) out.push(`| ${k} | ${cell(v)} |`);
        out.push('', latencyChart(t.load, `${t.target}: latency of successful requests`), '');
      }
      if (t.serverLog) {
        const f = fenceFor(t.serverLog, 3);
        out.push(
          `<details><summary>Last lines of the server's log (<code>${cell(t.target)}</code>)</summary>`,
          '',
          f,
          t.serverLog.trimEnd(),
          f,
          '',
          '</details>',
          '',
        );
      }
    }
  }
  return out.join('\n');
}

/** The view model the shared renderers draw the pull-request comment from. */
export function compatReport(report: CompatReport): Report {
  return {
    command: 'test',
    scope: report.target,
    verdict: report.verdict,
    models: report.models.map((m) => ({
      name: m.model,
      version: m.version,
      manifest: m.manifest,
      verdict: m.verdict,
      summary: `${m.targets.filter((t) => t.verdict === 'pass').length} of ${m.targets.length} targets pass`,
      findings: [...m.findings, ...m.targets.flatMap((t) => t.findings)],
      compat: m.targets.map((t): CompatRow => ({
        target: t.target,
        required: t.required,
        verdict: t.verdict,
        runtime: runtimeText(t.runtime),
        loadMs: t.loadMs,
        p50Ms: t.latency?.p50,
        p95Ms: t.latency?.p95,
        maxAbsError: t.maxAbsError,
        maxRelError: t.maxRelError,
        detail: t.findings.map((f) => f.message).join('; ') || undefined,
      })),
    })),
  };
}

export function renderPlanText(matrix: Matrix): string {
  if (matrix.include.length === 0) return 'no compatibility targets: the matrix is empty';
  return table([
    ['model', 'target', 'image', 'required'],
    ...matrix.include.map((e) => [e.model, e.target, e.image, String(e.required)]),
  ]).join('\n');
}

export function renderPlanMarkdown(matrix: Matrix): string {
  return [
    '## modelgate plan',
    '',
    '| model | target | image | required |',
    '|---|---|---|---|',
    ...matrix.include.map(
      (e) =>
        `| \`${cell(e.model)}\` | \`${cell(e.target)}\` | \`${cell(e.image)}\` | ${e.required ? 'yes' : 'no'} |`,
    ),
    '',
  ].join('\n');
}
