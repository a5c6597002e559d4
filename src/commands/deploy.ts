import type { LoadedManifest } from '../manifest/load.js';
import { runDeployHook, type HookResult } from '../registry/hook.js';
import type { PromotionPlan } from '../registry/gates.js';
import type {
  DeployState,
  GateResult,
  ModelState,
  ModelStatus,
  Provenance,
  Stage,
} from '../registry/model.js';
import type { Registry } from '../registry/registry.js';
import type { TransitionReport } from '../report/registry.js';
import { deployRuns, handOff, handoffVars } from './handoff.js';

/**
 * A stage change and its deploy are one unit: the event records that the hook will run, a
 * deploy record beside the log how each run ended, and until one succeeded the stage's deploy
 * is pending. A rerun of the command that made the change finds it so and runs the hook again,
 * rather than deciding anew (which would skip the deploy, or move a canary a step further).
 */

/** What the command asks of `stage`, to recognise its own change among the recorded ones. */
export type Asked =
  | { change: 'promote'; version: string; weight?: number }
  | { change: 'rollback' }
  | { change: 'abort' };

/** The stage's change this command made earlier and whose deploy never completed, if any. */
export function unfinishedDeploy(
  loaded: LoadedManifest,
  state: ModelStatus,
  stage: Stage,
  asked: Asked,
): DeployState | undefined {
  const d = state.deploys[stage];
  if (!deployRuns(loaded.manifest, stage) || !d || d.status === 'succeeded') return undefined;
  if (d.change !== asked.change) return undefined;
  if (asked.change === 'promote')
    return d.version === asked.version && (asked.weight === undefined || asked.weight === d.weight)
      ? d
      : undefined;
  return d;
}

/** The report of a resumed deploy: the change as recorded at its revision. */
export async function resumedReport(
  registry: Registry,
  base: Pick<TransitionReport, 'manifest' | 'command' | 'model' | 'stage'>,
  state: ModelStatus,
  d: DeployState,
): Promise<TransitionReport> {
  const event = await registry.event(base.model, d.revision);
  const c = event.change;
  return {
    ...base,
    version: d.version,
    weight: d.weight,
    previous: 'previous' in c ? c.previous : undefined,
    uri: d.version ? registry.versionUri(base.model, d.version) : undefined,
    canaryWeight: state.stages.canary?.weight ?? 0,
    status: 'resumed',
    detail: `the ${d.change} of revision ${d.revision} was recorded but its deploy ${d.status === 'failed' ? 'failed' : 'never completed'}: running the deploy again`,
    revision: d.revision,
    ...(event.reason ? { reason: event.reason } : {}),
    forced: event.forced,
    gates: event.gates,
  };
}

/**
 * Deploys the change the report describes and records how it ended: first the hand-off to
 * the serving platforms (files written, SageMaker applied), then the deploy hook, which finds
 * the files in MODELGATE_* variables. The change is the truth by then: a failing hand-off or
 * hook does not undo it, it leaves the deploy failed (shown by `status`, retried by a rerun)
 * and fails the command. The hook does not run after a failed hand-off, which it may rely on.
 * `attempt` is 1 for the run right after the change; higher when an earlier run may have done
 * part of the work.
 */
export async function deploy(
  loaded: LoadedManifest,
  registry: Registry,
  report: TransitionReport,
  provenance: () => Provenance,
  attempt: number,
): Promise<void> {
  const hook = loaded.manifest.deploy?.hook;
  if (
    !deployRuns(loaded.manifest, report.stage) ||
    (report.status !== 'changed' && report.status !== 'resumed')
  )
    return;
  const handoff = await handOff(loaded, registry, report);
  if (handoff.length > 0) report.handoff = handoff;
  const failed = handoff.filter((h) => h.error !== undefined).map((h) => h.platform);
  const done = handoff.filter((h) => h.error === undefined).map((h) => h.platform);
  const r =
    hook && failed.length === 0
      ? await runHook(loaded, registry, report, hook, attempt)
      : undefined;
  const parts = [
    failed.length > 0 && `the ${failed.join(' and ')} hand-off failed`,
    done.length > 0 && `handed off to ${done.join(', ')}`,
    r &&
      (r.exitCode === 0 ? `${hook} succeeded` : `${hook} failed with exit ${r.exitCode ?? 'none'}`),
  ].filter((p): p is string => typeof p === 'string');
  await registry.recordDeploy(report.model, {
    stage: report.stage,
    revision: report.revision!,
    attempt,
    outcome: failed.length === 0 && (!r || r.exitCode === 0) ? 'succeeded' : 'failed',
    detail: `${parts.join('; ')} (attempt ${attempt})`,
    recorded: provenance(),
  });
}

/** Runs the deploy hook with the change and the hand-off in MODELGATE_* variables. */
async function runHook(
  loaded: LoadedManifest,
  registry: Registry,
  report: TransitionReport,
  hook: string,
  attempt: number,
): Promise<HookResult> {
  const record = report.version
    ? await registry.publishedVersion(report.model, report.version)
    : undefined;
  const vars: Record<string, string> = {
    MODELGATE_COMMAND: report.command,
    MODELGATE_MODEL: report.model,
    MODELGATE_STAGE: report.stage,
    MODELGATE_VERSION: report.version ?? '',
    MODELGATE_PREVIOUS_VERSION: report.previous ?? '',
    MODELGATE_WEIGHT: report.weight === undefined ? '' : String(report.weight),
    MODELGATE_REVISION: String(report.revision ?? ''),
    MODELGATE_REASON: report.reason ?? '',
    MODELGATE_ATTEMPT: String(attempt),
    MODELGATE_VERSION_URI: report.version ? registry.versionUri(report.model, report.version) : '',
    MODELGATE_ARTIFACTS: JSON.stringify(
      (record?.artifacts ?? []).map((a) => ({
        ...a,
        uri: registry.blobUri(a.sha256),
      })),
    ),
    ...handoffVars(report.handoff ?? []),
  };
  const r = await runDeployHook(hook, { cwd: loaded.dir, env: process.env, vars });
  report.hook = { command: hook, attempt, ...r };
  return r;
}

/** The attempt a resumed deploy is: after a recorded failure the next; after none, a retry of one that was cut off. */
export function resumedAttempt(d: DeployState): number {
  return d.status === 'pending' ? Math.max(d.attempts, 1) + 1 : d.attempts + 1;
}

const BELOW: Partial<Record<Stage, Stage>> = { canary: 'staging', production: 'canary' };

/**
 * A stage whose latest change is not deployed does not take another: its hook may still be
 * running in another run (two at once would finish in any order, leaving the deployment unlike
 * the registry), or it was cut off and needs its rerun. Nor does a version move on from a stage
 * below whose deploy never succeeded. `checked` is what the deploy records said before the
 * transition; a change made since then (another run's) counts as pending.
 */
export function deployGates(state: ModelState, checked: ModelStatus, stage: Stage): GateResult[] {
  const gates: GateResult[] = [];
  for (const s of [stage, BELOW[stage]]) {
    const expected = s && state.deploys[s];
    if (!s || !expected) continue;
    const d = checked.deploys[s];
    const done = d?.revision === expected.revision && d.status === 'succeeded';
    gates.push({
      gate: `deploy:${s}`,
      passed: done,
      detail: done
        ? `the deploy of revision ${expected.revision} to ${s} succeeded`
        : `the deploy of revision ${expected.revision} to ${s} has not succeeded (${d?.revision === expected.revision ? d.status : 'pending, made by another run'}): rerun the command that made it to finish it, or wait for the run deploying it`,
    });
  }
  return gates;
}

/** The plan with the deploy gates: a failed one refuses, or is waived by --force. */
export function withDeployGates(
  plan: PromotionPlan,
  gates: GateResult[],
  force: boolean,
): PromotionPlan {
  if (plan.kind !== 'change') return plan;
  if (gates.every((g) => g.passed)) return { ...plan, gates: [...plan.gates, ...gates] };
  if (!force) return { kind: 'refused', gates: [...plan.gates, ...gates] };
  return {
    ...plan,
    forced: true,
    gates: [...plan.gates, ...gates.map((g) => (g.passed ? g : { ...g, waived: true }))],
  };
}
