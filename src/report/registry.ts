import type {
  ArtifactRecord,
  DeployState,
  GateResult,
  ModelStatus,
  RegistryEvent,
  Stage,
} from '../registry/model.js';
import { STAGES } from '../registry/model.js';
import type { Finding } from '../findings.js';
import type { Platform } from '../platforms/index.js';
import type { SageMakerApplied } from '../platforms/sagemaker-apply.js';
import { cell, formatBytes } from './format.js';
import type { CheckRow, Report } from './model.js';

export interface PublishResult {
  manifest: string;
  /** Why validation failed, for a model that was not published. */
  findings?: Finding[];
  model?: string;
  version?: string;
  /** `invalid`: validation failed and nothing was written. */
  status: 'created' | 'unchanged' | 'invalid';
  uri?: string;
  uploadedBytes: number;
  revision?: number;
  artifacts?: ArtifactRecord[];
}

export interface TransitionReport {
  command: 'promote' | 'rollback';
  /** The manifest as shown to the user. */
  manifest: string;
  model: string;
  stage: Stage;
  /** What the stage holds after the command (absent: an aborted canary). */
  version?: string;
  weight?: number;
  /** The canary's traffic weight once the command is done (0: no canary). */
  canaryWeight: number;
  /** The version record of `version` in the registry. */
  uri?: string;
  previous?: string;
  /** `resumed`: the change was recorded earlier and its deploy had not completed; the hook ran again. */
  status: 'changed' | 'unchanged' | 'refused' | 'resumed';
  detail?: string;
  revision?: number;
  reason?: string;
  forced: boolean;
  gates: GateResult[];
  hook?: { command: string; attempt: number; exitCode: number | null; tail: string };
  /** What each configured serving platform was handed after the change (see src/platforms/). */
  handoff?: Handoff[];
}

/** One platform's hand-off after a transition: the files written, the step outputs, the apply. */
export interface Handoff {
  platform: Platform;
  /** Absolute paths of the files written, for the hook and later steps to read. */
  files: string[];
  /** The action outputs this hand-off sets, the files' paths among them (`kserve-inferenceservice-file`). */
  outputs: Record<string, string>;
  /** What `deploy.sagemaker.apply` did to the endpoint. */
  applied?: SageMakerApplied;
  /** Why the hand-off failed: the deploy is then recorded failed, and a rerun retries it. */
  error?: string;
  /** The registry serves nothing: the platform's files were removed, and the hook is told so. */
  servesNothing?: boolean;
  /** What the user should know of a hand-off that did not say all the registry says. */
  note?: string;
}

const mark = (g: GateResult) => (g.passed ? '✓' : g.waived ? '!' : '✗');

export function renderPublishText(results: readonly PublishResult[]): string {
  return results
    .map((r) => {
      const title = `${r.model ?? r.manifest} ${r.version ?? ''}`.trim();
      if (r.status === 'invalid') return `✗ ${title}: not published (validation failed)`;
      const what =
        r.status === 'created'
          ? `published${r.revision ? ` (revision ${r.revision})` : ''}`
          : 'already published with these artifacts; nothing changed';
      return `✓ ${title}: ${what}, ${formatBytes(r.uploadedBytes)} uploaded\n  ${r.uri}`;
    })
    .join('\n');
}

function describeTarget(r: TransitionReport): string {
  if (r.version === undefined) return `${r.stage} aborted`;
  return `${r.stage} → ${r.version}${r.weight === undefined ? '' : ` at ${r.weight}%`}`;
}

/** One line saying what the command did to the stage. */
function outcomeLine(r: TransitionReport): string {
  switch (r.status) {
    case 'refused':
      return `${r.command} to ${r.stage} refused`;
    case 'unchanged':
      return r.detail ?? 'nothing to change';
    case 'resumed':
      return `deploy of ${describeTarget(r)} (revision ${r.revision}) resumed, attempt ${r.hook?.attempt ?? '?'}: ${r.detail}`;
    case 'changed':
      return `${describeTarget(r)}${r.previous ? ` (was ${r.previous})` : ''}, revision ${r.revision}${r.forced ? ' (forced)' : ''}`;
  }
}

export function renderTransitionText(results: readonly TransitionReport[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${transitionFailed(r) ? '✗' : '✓'} ${r.model}: ${outcomeLine(r)}`);
    for (const g of r.gates)
      lines.push(`  ${mark(g)} ${g.gate}: ${g.detail}${g.waived ? ' (waived by --force)' : ''}`);
    if (r.reason) lines.push(`  reason: ${r.reason}`);
    // In the order they ran: the hook reads the hand-off's files.
    for (const h of r.handoff ?? [])
      lines.push(
        `  ${h.error === undefined ? '✓' : '✗'} ${h.platform} hand-off${h.error === undefined ? '' : ' FAILED'}: ${handoffDetail(h)}`,
      );
    if (r.hook) {
      lines.push(
        `  deploy hook ${r.hook.exitCode === 0 ? 'succeeded' : `FAILED (exit ${r.hook.exitCode ?? 'none'})`}${r.hook.attempt > 1 ? ` on attempt ${r.hook.attempt}` : ''}: ${r.hook.command}`,
      );
      if (r.hook.exitCode !== 0 && r.hook.tail)
        lines.push(...r.hook.tail.split('\n').map((l) => `    ${l}`));
    }
  }
  return lines.join('\n');
}

export function renderStatusText(states: readonly ModelStatus[]): string {
  return states
    .map((s) => {
      const lines = [
        `${s.model} (revision ${s.revision}, ${s.versionCount} version${s.versionCount === 1 ? '' : 's'} published)`,
      ];
      for (const stage of STAGES) {
        const p = s.stages[stage];
        lines.push(
          `  ${stage.padEnd(11)} ${p ? `${p.version}${p.weight === undefined ? '' : ` (${p.weight}%)`}  since ${p.at} (revision ${p.revision})` : '—'}`,
        );
        const note = deployNote(s.deploys[stage]);
        if (note) lines.push(`  ${''.padEnd(11)} ${note}`);
      }
      return lines.join('\n');
    })
    .join('\n');
}

export function renderStatusMarkdown(states: readonly ModelStatus[]): string {
  const out = ['## modelgate status', ''];
  for (const s of states) {
    out.push(
      `### \`${s.model}\` (revision ${s.revision})`,
      '',
      '| stage | version | weight | since | deploy |',
      '|---|---|---|---|---|',
    );
    for (const stage of STAGES) {
      const p = s.stages[stage];
      const d = s.deploys[stage];
      out.push(
        `| ${stage} | ${p?.version ?? '—'} | ${p?.weight === undefined ? '—' : `${p.weight}%`} | ${p?.at ?? '—'} | ${d ? `${d.status}${d.status === 'succeeded' ? '' : ` (revision ${d.revision})`}` : '—'} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function describeEvent(e: RegistryEvent): string {
  const c = e.change;
  switch (c.type) {
    case 'publish':
      return `published ${c.version}`;
    case 'promote':
      return `${c.stage} → ${c.version}${c.weight === undefined ? '' : ` at ${c.weight}%`}${c.previous ? ` (was ${c.previous})` : ''}`;
    case 'rollback':
      return `production rolled back ${c.previous} → ${c.version}`;
    case 'abort':
      return `canary ${c.previous} aborted`;
  }
}

/** A stage whose latest change is not deployed yet (or whose deploy failed), in words. */
export function deployNote(d: DeployState | undefined): string | undefined {
  if (!d || d.status === 'succeeded') return undefined;
  const what = `${d.change === 'abort' ? 'abort' : d.change} of revision ${d.revision}`;
  return d.status === 'pending'
    ? `deploy PENDING: the deploy (hand-off and hook) of the ${what} has not completed${d.attempts ? ` (${d.attempts} failed attempt${d.attempts === 1 ? '' : 's'})` : ''}; rerun the command to resume it`
    : `deploy FAILED: the deploy (hand-off and hook) of the ${what} failed (attempt ${d.attempts}); rerun the command to retry it`;
}

export function renderHistoryText(model: string, events: readonly RegistryEvent[]): string {
  if (events.length === 0) return `${model}: no events`;
  return [
    `${model}:`,
    ...events.map(
      (e) =>
        `  ${String(e.revision).padStart(5)}  ${e.at}  ${e.actor}  ${describeEvent(e)}${e.forced ? ' [forced]' : ''}${e.reason ? `  — ${e.reason}` : ''}${e.runUrl ? `  ${e.runUrl}` : ''}`,
    ),
  ].join('\n');
}

export function renderHistoryMarkdown(model: string, events: readonly RegistryEvent[]): string {
  const out = [
    `## modelgate history: \`${model}\``,
    '',
    '| revision | when | who | what | reason | run |',
    '|---|---|---|---|---|---|',
  ];
  for (const e of events) {
    out.push(
      `| ${e.revision} | ${e.at} | ${cell(e.actor)} | ${cell(describeEvent(e))}${e.forced ? ' (forced)' : ''} | ${cell(e.reason ?? '')} | ${e.runUrl ? `[run](${e.runUrl})` : ''} |`,
    );
  }
  return out.join('\n') + '\n';
}

const gateRow = (g: GateResult): CheckRow => ({
  name: g.gate,
  verdict: g.passed ? 'pass' : g.waived ? 'warn' : 'fail',
  detail: g.waived ? `${g.detail} (waived by --force)` : g.detail,
});

/** publish as the shared report model: the job summary draws it like every other command. */
export function publishReportModel(results: readonly PublishResult[]): Report {
  return {
    command: 'publish',
    verdict: results.some((r) => r.status === 'invalid') ? 'fail' : 'pass',
    models: results.map((r) => ({
      name: r.model,
      version: r.version,
      manifest: r.manifest,
      verdict: r.status === 'invalid' ? 'fail' : 'pass',
      summary:
        r.status === 'invalid'
          ? 'not published: validation failed'
          : `${r.status === 'created' ? 'published' : 'already published, unchanged'}, ${formatBytes(r.uploadedBytes)} uploaded`,
      ...(r.findings?.length ? { findings: r.findings } : {}),
      ...(r.uri ? { checks: [{ name: 'version record', verdict: 'pass', detail: r.uri }] } : {}),
      ...(r.artifacts
        ? {
            artifacts: r.artifacts.map((a) => ({
              path: a.path,
              format: a.format,
              size: a.size,
              sha256: a.sha256,
            })),
          }
        : {}),
    })),
  };
}

export function transitionFailed(r: TransitionReport): boolean {
  return (
    r.status === 'refused' ||
    (r.hook !== undefined && r.hook.exitCode !== 0) ||
    (r.handoff ?? []).some((h) => h.error !== undefined)
  );
}

/** What a hand-off did: the files written and what the apply did, or why it failed. */
function handoffDetail(h: Handoff): string {
  if (h.error !== undefined) return h.error;
  const applied = h.applied
    ? `; applied to ${h.applied.endpointName}: ${h.applied.action} (${h.applied.endpointConfigName})`
    : '';
  return [`${h.files.join(', ')}${applied}`, h.note].filter(Boolean).join('; ');
}

/** promote and rollback as the shared report model, with their gates and deploy hook. */
export function transitionReportModel(reports: readonly TransitionReport[]): Report {
  return {
    command: reports[0]?.command ?? 'promote',
    verdict: reports.some(transitionFailed) ? 'fail' : 'pass',
    models: reports.map((r) => ({
      name: r.model,
      version: r.version,
      manifest: r.manifest,
      verdict: transitionFailed(r) ? 'fail' : 'pass',
      summary: outcomeLine(r),
      ...(r.hook || r.handoff
        ? {
            checks: [
              ...(r.handoff ?? []).map((h): CheckRow => ({
                name: `${h.platform} hand-off`,
                verdict: h.error === undefined ? 'pass' : 'fail',
                detail: handoffDetail(h),
              })),
              ...(r.hook
                ? [
                    {
                      name: 'deploy hook',
                      verdict: r.hook.exitCode === 0 ? ('pass' as const) : ('fail' as const),
                      detail: `${r.hook.command}: exit ${r.hook.exitCode ?? 'none'} (attempt ${r.hook.attempt})${r.hook.exitCode === 0 ? '' : ` — ${r.hook.tail}`}`,
                    },
                  ]
                : []),
            ],
          }
        : {}),
      promotion: {
        stage: r.stage,
        version: r.version ?? 'none (aborted)',
        ...(r.previous && r.previous !== r.version ? { previous: r.previous } : {}),
        ...(r.weight === undefined ? {} : { weight: r.weight }),
        applied: r.status === 'changed' || r.status === 'resumed',
        gates: r.gates.map(gateRow),
        ...(r.reason ? { reason: r.reason } : {}),
      },
    })),
  };
}
