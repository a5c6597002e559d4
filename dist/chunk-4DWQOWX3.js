#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  madeByThisStep,
  planPromotion,
  productionPolicyGates
} from "./chunk-7QX6YQWG.js";
import {
  refuseRegistryWrite
} from "./chunk-MQ6TPFFP.js";
import {
  STAGES,
  checkVersion,
  deployRuns,
  handOff,
  handoffVars,
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
  booleanOption,
  integerOption,
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import {
  ConfigError,
  GateError,
  InfraError,
  UsageError
} from "./chunk-HVXGMGJV.js";

// src/registry/hook.ts
import { spawn } from "node:child_process";
var TAIL_LINES = 20;
var DRAIN_MS = 1e3;
function inherited(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([k]) => !/^MODELGATE_(KSERVE|SAGEMAKER|VERTEX|AZURE)_/.test(k))
  );
}
function runDeployHook(hook, opts) {
  return new Promise((resolve) => {
    const child = spawn("/bin/sh", ["-c", hook], {
      cwd: opts.cwd,
      env: { ...inherited(opts.env), ...opts.vars },
      stdio: ["ignore", "pipe", "pipe"]
    });
    let out = "";
    const keep = (d) => {
      out = (out + d.toString("utf8")).slice(-16 * 1024);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 15 * 60 * 1e3);
    const done = (exitCode, extra = "") => {
      clearTimeout(timer);
      resolve({
        exitCode,
        tail: (out + extra).trimEnd().split("\n").slice(-TAIL_LINES).join("\n")
      });
    };
    child.on("error", (err) => done(null, `
${err.message}`));
    child.on("close", (code, signal) => done(code, signal ? `
killed by ${signal}` : ""));
    child.on("exit", () => {
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, DRAIN_MS).unref();
    });
  });
}

// src/commands/deploy.ts
function unfinishedDeploy(loaded, state, stage, asked) {
  const d = state.deploys[stage];
  if (!deployRuns(loaded.manifest, stage) || !d || d.status === "succeeded") return void 0;
  if (d.change !== asked.change) return void 0;
  if (asked.change === "promote")
    return d.version === asked.version && (asked.weight === void 0 || asked.weight === d.weight) ? d : void 0;
  return d;
}
async function resumedReport(registry, base, state, d) {
  const event = await registry.event(base.model, d.revision);
  const c = event.change;
  return {
    ...base,
    version: d.version,
    weight: d.weight,
    previous: "previous" in c ? c.previous : void 0,
    uri: d.version ? registry.versionUri(base.model, d.version) : void 0,
    canaryWeight: state.stages.canary?.weight ?? 0,
    status: "resumed",
    detail: `the ${d.change} of revision ${d.revision} was recorded but its deploy ${d.status === "failed" ? "failed" : "never completed"}: running the deploy again`,
    revision: d.revision,
    ...event.reason ? { reason: event.reason } : {},
    forced: event.forced,
    gates: event.gates
  };
}
async function deploy(loaded, registry, report, provenance2, attempt) {
  const hook = loaded.manifest.deploy?.hook;
  if (!deployRuns(loaded.manifest, report.stage) || report.status !== "changed" && report.status !== "resumed")
    return;
  const handoff = await handOff(loaded, registry, report);
  if (handoff.length > 0) report.handoff = handoff;
  const failed = handoff.filter((h) => h.error !== void 0).map((h) => h.platform);
  const done = handoff.filter((h) => h.error === void 0).map((h) => h.platform);
  const r = hook && failed.length === 0 ? await runHook(loaded, registry, report, hook, attempt) : void 0;
  const parts = [
    failed.length > 0 && `the ${failed.join(" and ")} hand-off failed`,
    done.length > 0 && `handed off to ${done.join(", ")}`,
    r && (r.exitCode === 0 ? `${hook} succeeded` : `${hook} failed with exit ${r.exitCode ?? "none"}`)
  ].filter((p) => typeof p === "string");
  await registry.recordDeploy(report.model, {
    stage: report.stage,
    revision: report.revision,
    attempt,
    outcome: failed.length === 0 && (!r || r.exitCode === 0) ? "succeeded" : "failed",
    detail: `${parts.join("; ")} (attempt ${attempt})`,
    recorded: provenance2()
  });
}
async function runHook(loaded, registry, report, hook, attempt) {
  const record = report.version ? await registry.publishedVersion(report.model, report.version) : void 0;
  const vars = {
    MODELGATE_COMMAND: report.command,
    MODELGATE_MODEL: report.model,
    MODELGATE_STAGE: report.stage,
    MODELGATE_VERSION: report.version ?? "",
    MODELGATE_PREVIOUS_VERSION: report.previous ?? "",
    MODELGATE_WEIGHT: report.weight === void 0 ? "" : String(report.weight),
    MODELGATE_REVISION: String(report.revision ?? ""),
    MODELGATE_REASON: report.reason ?? "",
    MODELGATE_ATTEMPT: String(attempt),
    MODELGATE_VERSION_URI: report.version ? registry.versionUri(report.model, report.version) : "",
    MODELGATE_ARTIFACTS: JSON.stringify(
      (record?.artifacts ?? []).map((a) => ({
        ...a,
        uri: registry.blobUri(a.sha256)
      }))
    ),
    ...handoffVars(report.handoff ?? [])
  };
  const r = await runDeployHook(hook, { cwd: loaded.dir, env: process.env, vars });
  report.hook = { command: hook, attempt, ...r };
  return r;
}
function resumedAttempt(d) {
  return d.status === "pending" ? Math.max(d.attempts, 1) + 1 : d.attempts + 1;
}
var BELOW = { canary: "staging", production: "canary" };
function deployGates(state, checked, stage) {
  const gates = [];
  for (const s of [stage, BELOW[stage]]) {
    const expected = s && state.deploys[s];
    if (!s || !expected) continue;
    const d = checked.deploys[s];
    const done = d?.revision === expected.revision && d.status === "succeeded";
    gates.push({
      gate: `deploy:${s}`,
      passed: done,
      detail: done ? `the deploy of revision ${expected.revision} to ${s} succeeded` : `the deploy of revision ${expected.revision} to ${s} has not succeeded (${d?.revision === expected.revision ? d.status : "pending, made by another run"}): rerun the command that made it to finish it, or wait for the run deploying it`
    });
  }
  return gates;
}
function withDeployGates(plan, gates, force) {
  if (plan.kind !== "change") return plan;
  if (gates.every((g) => g.passed)) return { ...plan, gates: [...plan.gates, ...gates] };
  if (!force) return { kind: "refused", gates: [...plan.gates, ...gates] };
  return {
    ...plan,
    forced: true,
    gates: [...plan.gates, ...gates.map((g) => g.passed ? g : { ...g, waived: true })]
  };
}

// src/commands/promote.ts
async function actorPermission(ci) {
  if (!ci.token)
    throw new ConfigError(
      "promoting to production in Actions needs github-token to check the actor's permission",
      void 0,
      "pass github-token (the default ${{ github.token }} is enough)"
    );
  const [owner, repo] = ci.repository.split("/");
  if (!owner || !repo)
    throw new ConfigError(
      `cannot tell the repository from GITHUB_REPOSITORY=${JSON.stringify(ci.repository)}`
    );
  try {
    const octokit = (await import("./github-LDWF642E.js")).getOctokit(ci.token, { baseUrl: ci.apiUrl });
    const r = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: ci.actor
    });
    return r.data.role_name || r.data.permission;
  } catch (err) {
    const status = err.status;
    if (status === 404) return "none";
    throw new InfraError(
      `cannot check ${ci.actor}'s permission on ${ci.repository} through ${ci.apiUrl}: ${err.message}`,
      "the token needs metadata read access to the repository"
    );
  }
}
async function productionGates(loaded, ctx) {
  if (!ctx.ci) return [];
  const p = loaded.manifest.promotion.production;
  return productionPolicyGates(
    { allowedEvents: p.allowed_events, allowedRefs: p.allowed_refs },
    {
      eventName: ctx.ci.eventName,
      ref: ctx.ci.ref,
      actor: ctx.ci.actor,
      permission: await actorPermission(ctx.ci)
    }
  );
}
function makePromoteCommand() {
  return {
    name: "promote",
    summary: "Move a published version to staging, canary or production, through the gates",
    description: "Staging needs passing validate evidence and passing compat evidence for every required target, made on the version's exact digests; canary needs the version in staging and sets the next weight of promotion.canary.steps (or --weight); production needs the version in canary and a passing canary analysis (or --force with --reason) and, in GitHub Actions, an allowed event, ref and an actor with write permission. A promotion copies no bytes: it appends one event to the registry's log, then runs deploy.hook. Exits 1 when a gate refuses or the hook fails.",
    options: [
      manifestOption,
      rootOption,
      {
        name: "to",
        kind: "string",
        placeholder: "STAGE",
        choices: STAGES,
        description: "The stage to move the version to."
      },
      {
        name: "version",
        kind: "string",
        placeholder: "V",
        description: "The version to promote. Default: the manifest's model.version."
      },
      {
        name: "weight",
        kind: "integer",
        placeholder: "N",
        description: "For --to canary: traffic in percent. Default: the next of promotion.canary.steps."
      },
      {
        name: "reason",
        kind: "string",
        placeholder: "TEXT",
        description: "Why; recorded in the audit log. Required with --force."
      },
      {
        name: "force",
        kind: "boolean",
        description: "Let a failed canary analysis or an older-than-production version through; needs --reason."
      },
      ...registryOptions,
      jsonOption
    ],
    examples: [
      "modelgate promote --to staging",
      "modelgate promote --to canary --weight 25",
      'modelgate promote --to production --force --reason "hotfix INC-123"'
    ],
    async run(inv, ctx) {
      const stage = requireString(inv, "to");
      const reason = stringOption(inv, "reason");
      const force = booleanOption(inv, "force");
      const weight = integerOption(inv, "weight");
      if (force && !reason)
        throw new UsageError(
          "--force needs --reason: a forced promotion is recorded with why it was forced"
        );
      if (weight !== void 0 && stage !== "canary")
        throw new UsageError("--weight applies to --to canary only");
      await refuseRegistryWrite(inv, ctx, "promote");
      const registry = openRegistryFor(inv, ctx);
      const reports = [];
      const targets = [];
      for (const loaded of await loadManifests(inv, ctx)) {
        const model = loaded.manifest.model.name;
        const version = checkVersion(stringOption(inv, "version") ?? loaded.manifest.model.version);
        const record = await registry.publishedVersion(model, version);
        if (!record)
          throw new GateError(
            `${model} ${version} is not published in ${registry.versionUri(model, version)}`,
            "run modelgate publish first"
          );
        const policy = stage === "production" ? await productionGates(loaded, ctx) : [];
        targets.push({ loaded, model, version, record, policy });
      }
      for (const { loaded, model, version, record, policy } of targets) {
        const m = loaded.manifest;
        const base = { manifest: loaded.shown, command: "promote", model, stage };
        const now = await registry.deployStatus(await registry.verifiedState(model));
        const unfinished = unfinishedDeploy(loaded, now, stage, {
          change: "promote",
          version,
          weight
        });
        if (unfinished) {
          const report2 = await resumedReport(registry, base, now, unfinished);
          await deploy(loaded, registry, report2, () => provenance(ctx), resumedAttempt(unfinished));
          reports.push(report2);
          continue;
        }
        const hook = deployRuns(m, stage) ? { hook: true } : {};
        const evidence = await registry.evidence(model, version);
        let plan;
        const t = await registry.transition(model, provenance(ctx), (state) => {
          plan = madeByThisStep(state, stage, ctx.step, { change: "promote", version, weight }) ?? planPromotion({
            stage,
            version: record,
            state,
            evidence,
            canarySteps: m.promotion.canary.steps,
            weight,
            analysis: m.promotion.canary.analysis !== void 0,
            force,
            policy
          });
          plan = withDeployGates(plan, deployGates(state, now, stage), force);
          return plan.kind === "change" ? {
            change: { ...plan.change, ...hook },
            gates: plan.gates,
            forced: plan.forced,
            reason
          } : void 0;
        });
        const decided = plan;
        const report = {
          ...base,
          version,
          weight: decided.kind === "change" && decided.change.type === "promote" ? decided.change.weight : t.before.stages[stage]?.weight,
          previous: t.before.stages[stage]?.version,
          uri: registry.versionUri(model, version),
          canaryWeight: t.after.stages.canary?.weight ?? 0,
          status: decided.kind === "change" ? "changed" : decided.kind,
          ...decided.kind === "unchanged" ? { detail: decided.detail } : {},
          revision: t.event?.revision,
          ...reason ? { reason } : {},
          forced: decided.kind === "change" && decided.forced,
          gates: decided.gates
        };
        await deploy(loaded, registry, report, () => provenance(ctx), 1);
        reports.push(report);
      }
      return transitionOutcome(reports);
    }
  };
}

export {
  unfinishedDeploy,
  resumedReport,
  deploy,
  resumedAttempt,
  actorPermission,
  productionGates,
  makePromoteCommand
};
