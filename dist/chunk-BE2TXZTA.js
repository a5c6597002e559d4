#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  checkModelName,
  loadManifests,
  openRegistryFor,
  registryOptions,
  renderStatusMarkdown,
  renderStatusText
} from "./chunk-Y5WLGIWN.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import {
  stringOption
} from "./chunk-U2HG4TZY.js";

// src/commands/status.ts
var modelOption = {
  name: "model",
  kind: "string",
  placeholder: "NAME",
  description: "Model to show, instead of the one(s) the manifest names."
};
async function modelNames(inv, ctx) {
  const model = stringOption(inv, "model");
  if (model !== void 0) return [checkModelName(model)];
  return (await loadManifests(inv, ctx)).map((l) => l.manifest.model.name);
}
function warnUnknownModel(ctx, model, where) {
  ctx.log.warn(
    `${model} has no events in ${where}: nothing is published yet, or --registry or the model name is not the one you meant`
  );
}
function makeStatusCommand() {
  return {
    name: "status",
    summary: "Show which version each stage holds",
    description: "Reads the stages snapshot and catches up from the event log (only the events newer than the snapshot are read), then prints the version in staging, canary (with its weight) and production, and whether the deploy hook of each stage's latest change is still pending or failed (rerun the command that made it to resume). Read-only.",
    options: [manifestOption, rootOption, modelOption, ...registryOptions, jsonOption],
    examples: ["modelgate status", "modelgate status --model iris-classifier --json"],
    async run(inv, ctx) {
      const registry = openRegistryFor(inv, ctx);
      const states = [];
      for (const name of await modelNames(inv, ctx)) {
        const state = await registry.state(name);
        if (state.revision === 0) warnUnknownModel(ctx, name, registry.uri);
        states.push(await registry.deployStatus(state));
      }
      const join = (f) => states.map((s) => String(f(s) ?? "")).join(",");
      const furthest = (s) => ["production", "canary", "staging"].find((stage) => s.stages[stage]);
      return {
        exitCode: 0,
        json: { models: states },
        text: renderStatusText(states),
        markdown: renderStatusMarkdown(states),
        outputs: {
          model: join((s) => s.model),
          version: join((s) => {
            const stage = furthest(s);
            return stage && s.stages[stage]?.version;
          }),
          stage: join(furthest),
          "canary-weight": join((s) => s.stages.canary?.weight ?? 0)
        },
        findings: []
      };
    }
  };
}

export {
  modelOption,
  modelNames,
  warnUnknownModel,
  makeStatusCommand
};
