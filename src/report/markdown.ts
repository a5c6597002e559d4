import type { ArtifactVerdict } from '../artifacts/inspect.js';
import type { Finding, Severity } from '../findings.js';
import { formatLocation } from '../findings.js';
import {
  cell,
  code,
  fenceFor,
  formatBytes,
  formatError,
  formatMs,
  formatSignedBytes,
  shortDigest,
} from './format.js';
import type {
  ArtifactRow,
  CheckRow,
  CheckVerdict,
  CompatRow,
  CompatVerdict,
  ErrorKind,
  ModelSection,
  PromotionPlan,
  Report,
  ReportVerdict,
  SignatureDiff,
} from './model.js';

export interface RenderOptions {
  /**
   * Rows each table shows; the rest are left to the job summary. Unlimited when absent
   * (the job summary itself).
   */
  maxRows?: number;
  /** The run's page, where the job summary is: what a shortened report points to. */
  runUrl?: string;
  /** Markdown put before the manifest's name under each verdict line, e.g. where it ran. */
  note?: string;
}

/** Tables longer than this fold into `<details>` so that the verdicts stay in view. */
export const COLLAPSE_ABOVE = 10;

const ICON: Record<ReportVerdict, string> = { pass: '✅', fail: '❌', error: '⚠️' };
/** Every verdict and severity word, with the mark that lets a reader scan a column. */
const MARK: Record<CheckVerdict | CompatVerdict | ArtifactVerdict | Severity, string> = {
  pass: '✅ pass',
  safe: '✅ safe',
  warn: '⚠️ warn',
  suspicious: '⚠️ suspicious',
  warning: '⚠️ warning',
  fail: '❌ fail',
  unsafe: '❌ unsafe',
  error: '❌ error',
  skip: '➖ skipped',
  skipped: '➖ skipped',
  notice: 'ℹ️ notice',
};
const ERROR_KIND = {
  check: 'a failed check',
  usage: 'a usage error',
  infrastructure: 'an infrastructure error',
} as const;
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The job summary of a step that stopped on an error before any report: why, verbatim. */
export function renderFailure(command: string, message: string): string {
  const fence = fenceFor(message, 3);
  return [`## modelgate ${command}: ⚠️ error`, '', `${fence}text`, message, fence].join('\n');
}

/**
 * What the pull-request comment of each of `manifests` says when `command` stopped on an
 * error before any report: the error in place of the verdict, so that no earlier verdict
 * stays in view.
 */
export function failureReport(
  command: string,
  scope: string | undefined,
  manifests: readonly { manifest: string; manifestPath?: string }[],
  error: { kind: ErrorKind; message: string },
): Report {
  return {
    command,
    scope,
    verdict: 'error',
    models: manifests.map((m) => ({
      ...m,
      verdict: 'error',
      summary: `stopped on ${ERROR_KIND[error.kind]}`,
      error,
    })),
  };
}

/** The whole report of one command: the job summary and the report file. */
export function renderReport(report: Report, opts: RenderOptions = {}): string {
  const scope = report.scope ? ` ${code(report.scope)}` : '';
  const failed = report.models.filter((m) => m.verdict === 'fail').length;
  const count =
    report.models.length > 1 ? ` (${failed} of ${report.models.length} models failed)` : '';
  const out = [
    `## modelgate ${report.command}${scope}: ${ICON[report.verdict]} ${report.verdict}${count}`,
    '',
  ];
  if (report.models.length > 1) {
    out.push(...report.models.map((m) => `- ${verdictLine(m)}`), '');
  }
  for (const m of report.models) out.push(renderModel(m, opts));
  return out.join('\n');
}

function title(m: ModelSection): string {
  return m.name ? `${code(m.name)}${m.version ? ` ${cell(m.version)}` : ''}` : code(m.manifest);
}

/** `✅ `iris-classifier` 1.2.0: pass — 1 artifact, no findings`. */
export function verdictLine(m: ModelSection): string {
  return `${ICON[m.verdict]} ${title(m)}: ${m.verdict} — ${cell(m.summary ?? findingCounts(m.findings ?? []))}`;
}

export function findingCounts(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  return SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s))
    .join(', ');
}

/** One model: its verdict line, then a table for each section it has. */
export function renderModel(m: ModelSection, opts: RenderOptions = {}): string {
  const origin = [opts.note, `Manifest: ${code(m.manifest)}`].filter(Boolean).join(' · ');
  const out = [`### ${verdictLine(m)}`, '', origin, ''];
  if (m.error) {
    const fence = fenceFor(m.error.message, 3);
    out.push(`${fence}text`, m.error.message, fence, '');
  }
  if (m.checks?.length) out.push(...checksTable(m.checks, 'Checks', opts));
  if (m.artifacts?.length) out.push(...artifactsTable(m.artifacts, opts));
  if (m.findings?.length) out.push(...findingsTable(m.findings, opts));
  if (m.signature) out.push(...signatureTable(m.signature, opts));
  if (m.compat?.length) out.push(...compatTable(m.compat, opts));
  if (m.promotion) out.push(...promotionSection(m.promotion, opts));
  return out.join('\n');
}

/**
 * A titled table. Past `maxRows` the rest is left to the job summary; past COLLAPSE_ABOVE
 * rows it folds into `<details>`, opened when it holds a failure worth seeing first.
 */
function table(
  heading: string,
  header: readonly string[],
  rows: readonly string[][],
  opts: RenderOptions,
  open = false,
): string[] {
  const shown = opts.maxRows !== undefined ? rows.slice(0, opts.maxRows) : rows;
  const body = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...shown.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
  const hidden = rows.length - shown.length;
  if (hidden > 0) body.push(`… and ${hidden} more in the ${summaryLink(opts)}.`, '');
  if (rows.length <= COLLAPSE_ABOVE) return [`**${heading}**`, '', ...body];
  return [
    // Markdown is not rendered inside <summary>: a code span would show its backticks.
    `<details${open ? ' open' : ''}><summary><b>${heading.replace(/`+/g, '')}</b> (${rows.length})</summary>`,
    '',
    ...body,
    '</details>',
    '',
  ];
}

export function summaryLink(opts: RenderOptions): string {
  return opts.runUrl ? `[job summary](${opts.runUrl})` : 'job summary';
}

function checksTable(checks: readonly CheckRow[], heading: string, opts: RenderOptions): string[] {
  return table(
    heading,
    ['check', 'result', 'detail'],
    checks.map((c) => [cell(c.name), MARK[c.verdict], cell(c.detail ?? '')]),
    opts,
    checks.some((c) => c.verdict === 'fail'),
  );
}

function artifactChange(a: ArtifactRow): string {
  if (a.change === undefined) return '';
  if (a.change === 'changed' || a.change === 'removed') {
    return a.sizeDelta === undefined ? a.change : `${a.change}, ${formatSignedBytes(a.sizeDelta)}`;
  }
  return a.change === 'added' ? 'new' : 'unchanged';
}

function artifactsTable(artifacts: readonly ArtifactRow[], opts: RenderOptions): string[] {
  const diffed = artifacts.some((a) => a.change !== undefined);
  const header = [
    'artifact',
    'format',
    'size',
    ...(diffed ? ['vs production'] : []),
    'sha256',
    'verdict',
  ];
  const rows = artifacts.map((a) => [
    code(a.path),
    cell(a.format ?? '—'),
    a.size === undefined ? '—' : formatBytes(a.size),
    ...(diffed ? [artifactChange(a)] : []),
    a.sha256 ? code(shortDigest(a.sha256)) : '—',
    a.verdict ? MARK[a.verdict] : '—',
  ]);
  return table(
    'Artifacts',
    header,
    rows,
    opts,
    artifacts.some((a) => a.verdict === 'unsafe' || a.verdict === 'error'),
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
}

export function findingsTable(
  findings: readonly Finding[],
  opts: RenderOptions,
  heading = 'Findings',
): string[] {
  const rows = sortFindings(findings).map((f) => {
    const where = formatLocation(f.location);
    const what =
      cell(f.message) +
      (f.global ? ` (global ${code(f.global)})` : '') +
      (f.loader ? ` — as ${code(f.loader)} reads it` : '');
    return [MARK[f.severity], where ? code(where) : '', what, code(f.rule)];
  });
  return table(
    heading,
    ['severity', 'where', 'finding', 'rule'],
    rows,
    opts,
    findings.some((f) => f.severity === 'error'),
  );
}

function signatureTable(sig: SignatureDiff, opts: RenderOptions): string[] {
  const heading = `Signature against production ${code(sig.against)}`;
  if (sig.changes.length === 0) return [`**${heading}**: unchanged.`, ''];
  const rows = sig.changes.map((c) => [
    c.breaking ? '⚠️ **breaking**' : 'compatible',
    c.side,
    code(c.name),
    c.kind,
    c.before ? code(c.before) : '—',
    c.after ? code(c.after) : '—',
  ]);
  return table(
    heading,
    ['impact', 'side', 'name', 'change', 'production', 'this version'],
    rows,
    opts,
    sig.changes.some((c) => c.breaking),
  );
}

function compatTable(rows: readonly CompatRow[], opts: RenderOptions): string[] {
  const ms = (v: number | undefined) => (v === undefined ? '—' : formatMs(v));
  const err = (v: number | undefined) => (v === undefined ? '—' : formatError(v));
  return table(
    'Compatibility',
    [
      'target',
      'required',
      'result',
      'runtime',
      'load',
      'p50',
      'p95',
      'max abs err',
      'max rel err',
      'detail',
    ],
    rows.map((r) => [
      code(r.target),
      r.required ? 'yes' : 'no',
      MARK[r.verdict],
      cell(r.runtime ?? '—'),
      ms(r.loadMs),
      ms(r.p50Ms),
      ms(r.p95Ms),
      err(r.maxAbsError),
      err(r.maxRelError),
      cell(r.detail ?? ''),
    ]),
    opts,
    rows.some((r) => r.required && r.verdict !== 'pass'),
  );
}

function promotionSection(p: PromotionPlan, opts: RenderOptions): string[] {
  const verb = p.applied ? 'moved' : 'would move';
  const from = p.previous ? `${code(p.previous)} → ` : '';
  const weight = p.weight !== undefined ? ` at ${p.weight}% of traffic` : '';
  const reason = p.reason ? ` Reason: ${cell(p.reason)}.` : '';
  const out = [
    `**Promotion**: ${verb} ${code(p.stage)} ${from}${code(p.version)}${weight}.${reason}`,
    '',
  ];
  if (p.gates.length) out.push(...checksTable(p.gates, 'Gates', opts));
  return out;
}
