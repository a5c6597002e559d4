#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  loadManifest
} from "./chunk-OHNIFULL.js";
import {
  selectManifests
} from "./chunk-PJPDOYQZ.js";
import {
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import {
  RefusedError
} from "./chunk-LNSTQQSX.js";

// src/commands/write-guard.ts
var WRITE_EVENTS = ["push", "workflow_dispatch", "schedule", "release"];
var WRITE_EVENTS_KEY = "promotion.write_events";
function isPullRequestEvent(event) {
  return event.startsWith("pull_request");
}
var PULL_REQUEST_REF = "refs/pull/";
var DEFAULT_WRITERS = `only ${WRITE_EVENTS.slice(0, -1).join(", ")} and ${WRITE_EVENTS.at(-1)} runs may write`;
var FROM_TRUSTED = "run it from a push or workflow_dispatch workflow";
function aRun(event) {
  return `${/^[aeiou]/.test(event) ? "an" : "a"} ${event} run`;
}
function judgeRun(ci, command) {
  if (!ci) return { allowed: true };
  const writes = `${command} writes to the model registry`;
  const event = ci.eventName;
  if (isPullRequestEvent(event) || ci.ref.startsWith(PULL_REQUEST_REF)) {
    return {
      allowed: false,
      message: isPullRequestEvent(event) ? `${writes}, and ${aRun(event)} never does` : `${writes}, and a run on ${ci.ref} (a pull request's code) never does`,
      hint: `${FROM_TRUSTED}; on pull requests use validate and test (without --record)`
    };
  }
  if (event === "") {
    return {
      allowed: false,
      message: `${writes}, and this run names no event (GITHUB_EVENT_NAME is empty): in GitHub Actions ${DEFAULT_WRITERS}, and those ${WRITE_EVENTS_KEY} adds`,
      hint: `${FROM_TRUSTED}; outside GitHub Actions, unset GITHUB_ACTIONS`
    };
  }
  return WRITE_EVENTS.includes(event) ? { allowed: true } : "ask-manifests";
}
function judgeByManifests(event, command, policies) {
  const lacking = policies.filter((p) => !p.events?.includes(event));
  if (lacking.length === 0) return { allowed: true };
  const broken = lacking.filter((p) => p.events === void 0).map((p) => p.shown);
  const silent = lacking.filter((p) => p.events !== void 0).map((p) => p.shown);
  const why = [
    silent.length ? `${WRITE_EVENTS_KEY} in ${silent.join(", ")} does not add ${event}` : "",
    broken.length ? `${broken.join(", ")} has errors, so its ${WRITE_EVENTS_KEY} is unknown` : ""
  ].filter(Boolean).join("; ");
  const fix = silent.length ? `if ${event} runs are trusted to write, add \`write_events: [${event}]\` under \`promotion:\` in ${silent.join(", ")}` : `modelgate validate --manifest ${broken[0]}`;
  return {
    allowed: false,
    message: `${command} writes to the model registry, and ${aRun(event)} may not: ${DEFAULT_WRITERS}, and ${why}`,
    hint: `${fix}; or ${FROM_TRUSTED}`
  };
}
async function writePolicies(inv, ctx) {
  const out = [];
  for (const file of await selectManifests(requireString(inv, "manifest"), ctx.cwd)) {
    const r = await loadManifest(file, { cwd: ctx.cwd, root: stringOption(inv, "root") });
    const events = r.loaded ? r.loaded.manifest.promotion.write_events ?? [] : void 0;
    out.push({ shown: r.shown, events });
  }
  return out;
}
async function refuseRegistryWrite(inv, ctx, command) {
  const byRun = judgeRun(ctx.ci, command);
  const decision = byRun === "ask-manifests" ? judgeByManifests(ctx.ci.eventName, command, await writePolicies(inv, ctx)) : byRun;
  if (!decision.allowed) throw new RefusedError(decision.message, decision.hint);
}

export {
  refuseRegistryWrite
};
