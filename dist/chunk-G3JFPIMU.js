#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  deploy,
  productionGates,
  resumedAttempt,
  resumedReport,
  unfinishedDeploy
} from "./chunk-4DWQOWX3.js";
import {
  madeByThisStep,
  planRollback
} from "./chunk-7QX6YQWG.js";
import {
  refuseRegistryWrite
} from "./chunk-MQ6TPFFP.js";
import {
  deployRuns,
  loadManifests,
  openRegistryFor,
  provenance,
  registryOptions,
  transitionOutcome
} from "./chunk-Y5WLGIWN.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import {
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";

// src/commands/rollback.ts
function makeRollbackCommand() {
  return {
    name: "rollback",
    summary: "Restore the previous production version, or abort the canary",
    description: "With --stage production (the default), production goes back to the version it held before the current one; with --stage canary, the canary is aborted (weight 0). One event in the audit log, then deploy.hook runs. Exits 1 when there is nothing to roll back to or the hook fails.",
    options: [
      manifestOption,
      rootOption,
      {
        name: "stage",
        kind: "string",
        placeholder: "STAGE",
        choices: ["production", "canary"],
        default: "production",
        description: "What to roll back."
      },
      {
        name: "reason",
        kind: "string",
        placeholder: "TEXT",
        description: "Why; recorded in the audit log."
      },
      ...registryOptions,
      jsonOption
    ],
    examples: [
      'modelgate rollback --reason "p95 latency doubled"',
      "modelgate rollback --stage canary"
    ],
    async run(inv, ctx) {
      const stage = requireString(inv, "stage");
      const reason = stringOption(inv, "reason");
      await refuseRegistryWrite(inv, ctx, "rollback");
      const registry = openRegistryFor(inv, ctx);
      const reports = [];
      for (const loaded of await loadManifests(inv, ctx))
        reports.push(await rollBack(loaded, registry, ctx, stage, reason));
      return transitionOutcome(reports);
    }
  };
}
async function rollBack(loaded, registry, ctx, stage, reason, expected) {
  const model = loaded.manifest.model.name;
  const base = { manifest: loaded.shown, command: "rollback", model, stage };
  const now = await registry.deployStatus(await registry.verifiedState(model));
  const unfinished = unfinishedDeploy(loaded, now, stage, {
    change: stage === "canary" ? "abort" : "rollback"
  });
  if (unfinished) {
    const report2 = await resumedReport(registry, base, now, unfinished);
    await deploy(loaded, registry, report2, () => provenance(ctx), resumedAttempt(unfinished));
    return report2;
  }
  const hook = deployRuns(loaded.manifest, stage) ? { hook: true } : {};
  const policy = stage === "production" ? await productionGates(loaded, ctx) : [];
  let plan;
  const change = stage === "canary" ? "abort" : "rollback";
  const t = await registry.transition(model, provenance(ctx), (state) => {
    const held = state.stages[stage]?.version;
    plan = expected !== void 0 && held !== expected ? {
      kind: "unchanged",
      gates: [],
      detail: `${stage} holds ${held ?? "nothing"}, not ${expected}: nothing rolled back`
    } : madeByThisStep(state, stage, ctx.step, { change }) ?? planRollback(state, stage, policy);
    return plan.kind === "change" ? { change: { ...plan.change, ...hook }, gates: plan.gates, forced: false, reason } : void 0;
  });
  const decided = plan;
  const c = t.event?.change;
  const report = {
    ...base,
    // What the stage holds now: the restored version, nothing for an aborted canary.
    version: c?.type === "rollback" ? c.version : c ? void 0 : t.before.stages[stage]?.version,
    previous: t.before.stages[stage]?.version,
    canaryWeight: t.after.stages.canary?.weight ?? 0,
    status: decided.kind === "change" ? "changed" : decided.kind,
    ...decided.kind === "unchanged" ? { detail: decided.detail } : {},
    revision: t.event?.revision,
    ...reason ? { reason } : {},
    forced: false,
    gates: decided.gates
  };
  if (report.version) report.uri = registry.versionUri(model, report.version);
  await deploy(loaded, registry, report, () => provenance(ctx), 1);
  return report;
}

export {
  makeRollbackCommand,
  rollBack
};
