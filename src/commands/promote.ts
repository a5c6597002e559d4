import { ConfigError, GateError, InfraError, UsageError } from '../errors.js';
import {
  madeByThisStep,
  planPromotion,
  productionPolicyGates,
  type PromotionPlan,
} from '../registry/gates.js';
import { checkVersion, STAGES, type GateResult, type Stage } from '../registry/model.js';
import type { TransitionReport } from '../report/registry.js';
import type { CiContext, Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { booleanOption, integerOption, requireString, stringOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import {
  deploy,
  deployGates,
  resumedAttempt,
  resumedReport,
  unfinishedDeploy,
  withDeployGates,
} from './deploy.js';
import { deployRuns } from './handoff.js';
import {
  loadManifests,
  openRegistryFor,
  provenance,
  registryOptions,
  transitionOutcome,
} from './registry-access.js';
import { refuseRegistryWrite } from './write-guard.js';
import type { LoadedManifest } from '../manifest/load.js';

/** The actor's permission on the repository, as GitHub reports it (admin, maintain, write, triage, read, none). */
export async function actorPermission(ci: CiContext): Promise<string> {
  if (!ci.token)
    throw new ConfigError(
      "promoting to production in Actions needs github-token to check the actor's permission",
      undefined,
      'pass github-token (the default ${{ github.token }} is enough)',
    );
  const [owner, repo] = ci.repository.split('/');
  if (!owner || !repo)
    throw new ConfigError(
      `cannot tell the repository from GITHUB_REPOSITORY=${JSON.stringify(ci.repository)}`,
    );
  try {
    const octokit = (await import('@actions/github')).getOctokit(ci.token, { baseUrl: ci.apiUrl });
    const r = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: ci.actor,
    });
    return (r.data.role_name as string | undefined) || r.data.permission;
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 404) return 'none';
    throw new InfraError(
      `cannot check ${ci.actor}'s permission on ${ci.repository} through ${ci.apiUrl}: ${(err as Error).message}`,
      'the token needs metadata read access to the repository',
    );
  }
}

/** The production policy of the manifest, judged for this CI run; nothing to judge on a laptop. */
export async function productionGates(
  loaded: LoadedManifest,
  ctx: CommandContext,
): Promise<GateResult[]> {
  if (!ctx.ci) return [];
  const p = loaded.manifest.promotion.production;
  return productionPolicyGates(
    { allowedEvents: p.allowed_events, allowedRefs: p.allowed_refs },
    {
      eventName: ctx.ci.eventName,
      ref: ctx.ci.ref,
      actor: ctx.ci.actor,
      permission: await actorPermission(ctx.ci),
    },
  );
}

export function makePromoteCommand(): Command {
  return {
    name: 'promote',
    summary: 'Move a published version to staging, canary or production, through the gates',
    description:
      'Staging needs passing validate evidence and passing compat evidence for every required target, made on ' +
      "the version's exact digests; canary needs the version in staging and sets the next weight of " +
      'promotion.canary.steps (or --weight); production needs the version in canary and a passing canary ' +
      'analysis (or --force with --reason) and, in GitHub Actions, an allowed event, ref and an actor with write ' +
      "permission. A promotion copies no bytes: it appends one event to the registry's log, then runs deploy.hook. " +
      'Exits 1 when a gate refuses or the hook fails.',
    options: [
      manifestOption,
      rootOption,
      {
        name: 'to',
        kind: 'string',
        placeholder: 'STAGE',
        choices: STAGES,
        description: 'The stage to move the version to.',
      },
      {
        name: 'version',
        kind: 'string',
        placeholder: 'V',
        description: "The version to promote. Default: the manifest's model.version.",
      },
      {
        name: 'weight',
        kind: 'integer',
        placeholder: 'N',
        description:
          'For --to canary: traffic in percent. Default: the next of promotion.canary.steps.',
      },
      {
        name: 'reason',
        kind: 'string',
        placeholder: 'TEXT',
        description: 'Why; recorded in the audit log. Required with --force.',
      },
      {
        name: 'force',
        kind: 'boolean',
        description:
          'Let a failed canary analysis or an older-than-production version through; needs --reason.',
      },
      ...registryOptions,
      jsonOption,
    ],
    examples: [
      'modelgate promote --to staging',
      'modelgate promote --to canary --weight 25',
      'modelgate promote --to production --force --reason "hotfix INC-123"',
    ],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const stage = requireString(inv, 'to') as Stage;
      const reason = stringOption(inv, 'reason');
      const force = booleanOption(inv, 'force');
      const weight = integerOption(inv, 'weight');
      if (force && !reason)
        throw new UsageError(
          '--force needs --reason: a forced promotion is recorded with why it was forced',
        );
      if (weight !== undefined && stage !== 'canary')
        throw new UsageError('--weight applies to --to canary only');
      await refuseRegistryWrite(inv, ctx, 'promote');
      const registry = openRegistryFor(inv, ctx);
      const reports: TransitionReport[] = [];
      // Every version and policy is looked up before anything moves: a glob that names one
      // unpublished version must not leave the others promoted (hooks run) behind an error.
      const targets = [];
      for (const loaded of await loadManifests(inv, ctx)) {
        const model = loaded.manifest.model.name;
        const version = checkVersion(stringOption(inv, 'version') ?? loaded.manifest.model.version);
        const record = await registry.publishedVersion(model, version);
        if (!record)
          throw new GateError(
            `${model} ${version} is not published in ${registry.versionUri(model, version)}`,
            'run modelgate publish first',
          );
        const policy = stage === 'production' ? await productionGates(loaded, ctx) : [];
        targets.push({ loaded, model, version, record, policy });
      }
      for (const { loaded, model, version, record, policy } of targets) {
        const m = loaded.manifest;
        const base = { manifest: loaded.shown, command: 'promote' as const, model, stage };
        // The whole log is checked before a deploy is resumed: no hook runs on a broken one.
        const now = await registry.deployStatus(await registry.verifiedState(model));
        const unfinished = unfinishedDeploy(loaded, now, stage, {
          change: 'promote',
          version,
          weight,
        });
        if (unfinished) {
          const report = await resumedReport(registry, base, now, unfinished);
          await deploy(loaded, registry, report, () => provenance(ctx), resumedAttempt(unfinished));
          reports.push(report);
          continue;
        }
        // `hook: true` tracks the deploy, the hand-off's as well as the hook's (deployRuns).
        const hook = deployRuns(m, stage) ? { hook: true as const } : {};
        const evidence = await registry.evidence(model, version);
        let plan: PromotionPlan | undefined;
        const t = await registry.transition(model, provenance(ctx), (state) => {
          plan =
            madeByThisStep(state, stage, ctx.step, { change: 'promote', version, weight }) ??
            planPromotion({
              stage,
              version: record,
              state,
              evidence,
              canarySteps: m.promotion.canary.steps,
              weight,
              analysis: m.promotion.canary.analysis !== undefined,
              force,
              policy,
            });
          plan = withDeployGates(plan, deployGates(state, now, stage), force);
          return plan.kind === 'change'
            ? {
                change: { ...plan.change, ...hook },
                gates: plan.gates,
                forced: plan.forced,
                reason,
              }
            : undefined;
        });
        const decided = plan!;
        const report: TransitionReport = {
          ...base,
          version,
          weight:
            decided.kind === 'change' && decided.change.type === 'promote'
              ? decided.change.weight
              : t.before.stages[stage]?.weight,
          previous: t.before.stages[stage]?.version,
          uri: registry.versionUri(model, version),
          canaryWeight: t.after.stages.canary?.weight ?? 0,
          status: decided.kind === 'change' ? 'changed' : decided.kind,
          ...(decided.kind === 'unchanged' ? { detail: decided.detail } : {}),
          revision: t.event?.revision,
          ...(reason ? { reason } : {}),
          forced: decided.kind === 'change' && decided.forced,
          gates: decided.gates,
        };
        await deploy(loaded, registry, report, () => provenance(ctx), 1);
        reports.push(report);
      }
      return transitionOutcome(reports);
    },
  };
}
