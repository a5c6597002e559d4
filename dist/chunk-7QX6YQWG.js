#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  require_compare,
  sameDigests
} from "./chunk-Y5WLGIWN.js";
import {
  __commonJS,
  __toESM
} from "./chunk-WJXHPGZE.js";

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt2 = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt2;
  }
});

// src/registry/gates.ts
var import_lt = __toESM(require_lt(), 1);
function requiredEvidenceKinds(requiredTargets) {
  return ["validate", ...requiredTargets.map((t) => `compat-${t}`)];
}
function evidenceGate(kind, version, record) {
  const gate = `evidence:${kind}`;
  if (!record)
    return {
      gate,
      passed: false,
      detail: `no ${kind} evidence for ${version.version}; run the check with --record`
    };
  if (!sameDigests(version.artifacts, record.artifacts)) {
    return {
      gate,
      passed: false,
      detail: `${kind} evidence (attempt ${record.attempt}) was made on other artifacts than ${version.version}'s digests`
    };
  }
  if (record.verdict !== "pass")
    return {
      gate,
      passed: false,
      detail: `${kind} failed (attempt ${record.attempt}, ${record.recorded.at})`
    };
  return {
    gate,
    passed: true,
    detail: `${kind} passed (attempt ${record.attempt}, by ${record.recorded.actor})`
  };
}
var WRITERS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
function refAllowed(ref, patterns) {
  return patterns.some((p) => p.endsWith("*") ? ref.startsWith(p.slice(0, -1)) : ref === p);
}
function productionPolicyGates(policy, run) {
  return [
    {
      gate: "allowed-event",
      passed: policy.allowedEvents.includes(run.eventName),
      detail: `event ${run.eventName}; allowed: ${policy.allowedEvents.join(", ") || "none"}`
    },
    {
      gate: "allowed-ref",
      passed: refAllowed(run.ref, policy.allowedRefs),
      detail: `ref ${run.ref}; allowed: ${policy.allowedRefs.join(", ") || "none"}`
    },
    {
      gate: "actor-permission",
      passed: WRITERS.has(run.permission),
      detail: `${run.actor} has ${run.permission} permission; production needs write, maintain or admin`
    }
  ];
}
function planPromotion(input) {
  const { stage, version: record, state } = input;
  const v = record.version;
  const latest = (kind) => input.evidence.find((e) => e.kind === kind);
  const gates = [...input.policy ?? []];
  const waivable = [];
  const current = state.stages[stage];
  if (stage === "staging") {
    for (const kind of record.requiredEvidence)
      gates.push(evidenceGate(kind, record, latest(kind)));
  } else {
    const below = stage === "canary" ? "staging" : "canary";
    const at = state.stages[below]?.version;
    const already = current?.version === v;
    gates.push({
      gate: "stage-order",
      passed: at === v || already,
      detail: at === v ? `${v} is in ${below}` : already ? `${v} is already in ${stage}` : `${v} must be in ${below} first (${below} holds ${at ?? "nothing"})`
    });
  }
  let weight;
  if (stage === "canary") {
    const steps = input.canarySteps;
    const running = current?.version === v ? current.weight : void 0;
    weight = input.weight ?? (running === void 0 ? steps[0] : steps.find((s) => s > running));
    const ok = weight !== void 0 && weight > 0 && weight <= 100;
    gates.push({
      gate: "canary-weight",
      passed: ok,
      detail: ok ? `${weight}%${running === void 0 ? "" : ` (from ${running}%)`}` : weight === void 0 ? `the canary already runs ${v} at the last step (${running}%); promote --to production next, or pass --weight` : `--weight must be in (0, 100]; got ${weight}`
    });
  }
  if (stage === "production") {
    const since = state.stages.canary?.version === v ? state.stages.canary.at : void 0;
    const analysis = input.evidence.filter((e) => e.kind.startsWith("analysis")).filter((e) => since === void 0 || e.recorded.at >= since).sort((a, b) => b.recorded.at.localeCompare(a.recorded.at))[0];
    waivable.push(
      !input.analysis ? {
        gate: "analysis",
        passed: true,
        detail: "no canary analysis is configured (promotion.canary.analysis)"
      } : analysis ? { ...evidenceGate(analysis.kind, record, analysis), gate: "analysis" } : {
        gate: "analysis",
        passed: false,
        detail: `no canary analysis evidence for ${v}${since ? ` since the canary's last step (${since})` : ""}; run modelgate analyze --record`
      }
    );
    const prod = state.stages.production?.version;
    const older = prod !== void 0 && (0, import_lt.default)(v, prod);
    waivable.push({
      gate: "version-order",
      passed: !older,
      detail: older ? `${v} is older than production ${prod}; use rollback, or --force with --reason` : prod ? `${v} \u2265 ${prod}` : "first production version"
    });
  }
  for (const g of waivable) gates.push(!g.passed && input.force ? { ...g, waived: true } : g);
  if (gates.some((g) => !g.passed && !g.waived)) return { kind: "refused", gates };
  if (current?.version === v && current.weight === weight) {
    return {
      kind: "unchanged",
      gates,
      detail: `${stage} already holds ${v}${weight === void 0 ? "" : ` at ${weight}%`}`
    };
  }
  return {
    kind: "change",
    change: {
      type: "promote",
      stage,
      version: v,
      ...weight === void 0 ? {} : { weight },
      ...current ? { previous: current.version } : {}
    },
    gates,
    forced: gates.some((g) => g.waived)
  };
}
function madeByThisStep(state, stage, step, asked) {
  const made = state.madeBy[stage];
  if (step === void 0 || made?.step !== step || made.change !== asked.change) return void 0;
  if (asked.version !== void 0 && made.version !== asked.version) return void 0;
  if (asked.weight !== void 0 && made.weight !== asked.weight) return void 0;
  return {
    kind: "unchanged",
    gates: [],
    detail: `this step of the run (${step}) already made this change at revision ${made.revision}; nothing more to do`
  };
}
function planRollback(state, stage, policy = []) {
  const target = (passed, detail) => ({
    gate: "rollback-target",
    passed,
    detail
  });
  let change;
  let gate;
  if (stage === "canary") {
    const canary = state.stages.canary;
    if (canary) change = { type: "abort", stage: "canary", previous: canary.version };
    gate = canary ? target(true, `canary ${canary.version} aborted`) : target(false, "no canary is running: nothing to roll back");
  } else {
    const current = state.stages.production;
    const previous = state.previousProduction.at(-1);
    if (current && previous !== void 0) {
      change = {
        type: "rollback",
        stage: "production",
        version: previous,
        previous: current.version
      };
    }
    gate = !current ? target(false, "nothing is in production: nothing to roll back") : previous === void 0 ? target(
      false,
      `production holds ${current.version} and no earlier production version is recorded: nothing to roll back to`
    ) : target(true, `production ${current.version} \u2192 ${previous}`);
  }
  const gates = [...stage === "production" ? policy : [], gate];
  if (!change || gates.some((g) => !g.passed)) return { kind: "refused", gates };
  return { kind: "change", change, gates, forced: false };
}

export {
  requiredEvidenceKinds,
  productionPolicyGates,
  planPromotion,
  madeByThisStep,
  planRollback
};
