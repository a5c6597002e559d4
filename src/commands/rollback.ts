import {
  madeByThisStep,
  planRollback,
  type PromotionPlan,
  type RollbackStage,
} from '../registry/gates.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { Registry } from '../registry/registry.js';
import type { TransitionReport } from '../report/registry.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { productionGates } from './promote.js';
import { requireString, stringOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { deploy, resumedAttempt, resumedReport, unfinishedDeploy } from './deploy.js';
import { deployRuns } from './handoff.js';
import {
  loadManifests,
  openRegistryFor,
  provenance,
  registryOptions,
  transitionOutcome,
} from './registry-access.js';
import { refuseRegistryWrite } from './write-guard.js';

export function makeRollbackCommand(): Command {
  return {
    name: 'rollback',
    summary: 'Restore the previous production version, or abort the canary',
    description:
      'With --stage production (the default), production goes back to the version it held before the current one; ' +
      'with --stage canary, the canary is aborted (weight 0). One event in the audit log, then deploy.hook runs. ' +
      'Exits 1 when there is nothing to roll back to or the hook fails.',
    options: [
      manifestOption,
      rootOption,
      {
        name: 'stage',
        kind: 'string',
        placeholder: 'STAGE',
        choices: ['production', 'canary'],
        default: 'production',
        description: 'What to roll back.',
      },
      {
        name: 'reason',
        kind: 'string',
        placeholder: 'TEXT',
        description: 'Why; recorded in the audit log.',
      },
      ...registryOptions,
      jsonOption,
    ],
    examples: [
      'modelgate rollback --reason "p95 latency doubled"',
      'modelgate rollback --stage canary',
    ],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const stage = requireString(inv, 'stage') as RollbackStage;
      const reason = stringOption(inv, 'reason');
      await refuseRegistryWrite(inv, ctx, 'rollback');
      const registry = openRegistryFor(inv, ctx);
      const reports: TransitionReport[] = [];
      for (const loaded of await loadManifests(inv, ctx))
        reports.push(await rollBack(loaded, registry, ctx, stage, reason));
      return transitionOutcome(reports);
    },
  };
}

/**
 * Rolls `stage` back for one manifest (production to its previous version, the canary
 * aborted), or resumes the deploy of such a change this command made before: the rollback
 * command's work, and an automatic rollback's after a failed analysis.
 */
export async function rollBack(
  loaded: LoadedManifest,
  registry: Registry,
  ctx: CommandContext,
  stage: RollbackStage,
  reason: string | undefined,
  /** Roll back only while the stage still holds this version (an automatic rollback's). */
  expected?: string,
): Promise<TransitionReport> {
  const model = loaded.manifest.model.name;
  const base = { manifest: loaded.shown, command: 'rollback' as const, model, stage };
  // The whole log is checked before a deploy is resumed: no hook runs on a broken one.
  const now = await registry.deployStatus(await registry.verifiedState(model));
  const unfinished = unfinishedDeploy(loaded, now, stage, {
    change: stage === 'canary' ? 'abort' : 'rollback',
  });

  if (unfinished) {
    const report = await resumedReport(registry, base, now, unfinished);
    await deploy(loaded, registry, report, () => provenance(ctx), resumedAttempt(unfinished));
    return report;
  }
  // `hook: true` tracks the deploy, the hand-off's as well as the hook's (deployRuns).
  const hook = deployRuns(loaded.manifest, stage) ? { hook: true as const } : {};
  const policy = stage === 'production' ? await productionGates(loaded, ctx) : [];
  let plan: PromotionPlan | undefined;
  const change = stage === 'canary' ? 'abort' : 'rollback';
  const t = await registry.transition(model, provenance(ctx), (state) => {
    const held = state.stages[stage]?.version;
    plan =
      expected !== undefined && held !== expected
        ? {
            kind: 'unchanged',
            gates: [],
            detail: `${stage} holds ${held ?? 'nothing'}, not ${expected}: nothing rolled back`,
          }
        : (madeByThisStep(state, stage, ctx.step, { change }) ??
          planRollback(state, stage, policy));
    return plan.kind === 'change'
      ? { change: { ...plan.change, ...hook }, gates: plan.gates, forced: false, reason }
      : undefined;
  });
  const decided = plan!;
  const c = t.event?.change;
  const report: TransitionReport = {
    ...base,
    // What the stage holds now: the restored version, nothing for an aborted canary.
    version: c?.type === 'rollback' ? c.version : c ? undefined : t.before.stages[stage]?.version,
    previous: t.before.stages[stage]?.version,
    canaryWeight: t.after.stages.canary?.weight ?? 0,
    status: decided.kind === 'change' ? 'changed' : decided.kind,
    ...(decided.kind === 'unchanged' ? { detail: decided.detail } : {}),
    revision: t.event?.revision,
    ...(reason ? { reason } : {}),
    forced: false,
    gates: decided.gates,
  };
  if (report.version) report.uri = registry.versionUri(model, report.version);
  await deploy(loaded, registry, report, () => provenance(ctx), 1);
  return report;
}
