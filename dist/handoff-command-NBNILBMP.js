#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  handOff,
  handoffOutputs,
  loadManifests,
  openRegistryFor,
  registryOptions
} from "./chunk-Y5WLGIWN.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-OHNIFULL.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-PJPDOYQZ.js";
import "./chunk-BEQKABMV.js";
import "./chunk-U2HG4TZY.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-LNSTQQSX.js";
import "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/commands/handoff-command.ts
function makeHandoffCommand() {
  return {
    name: "handoff",
    summary: "Write the serving platforms' files (deploy:) for what the registry holds now",
    description: "Renders what each platform under deploy: (kserve, sagemaker, vertex, azure) needs to serve the registry's production and canary as they are, writes the files into deploy.out and sets the same outputs a transition sets (deploy.sagemaker.apply: true applies it). Changes nothing in the registry and runs no hook: it is how a later step gets the files of a transition made earlier, or on another runner. Exits 1 when a platform cannot be handed the state.",
    options: [manifestOption, rootOption, ...registryOptions, jsonOption],
    examples: [
      "modelgate handoff",
      "modelgate handoff --manifest models/iris/modelgate.yaml --json"
    ],
    async run(inv, ctx) {
      const registry = openRegistryFor(inv, ctx);
      const models = [];
      for (const loaded of await loadManifests(inv, ctx)) {
        const model = loaded.manifest.model.name;
        models.push({
          model,
          handoff: await handOff(loaded, registry, {
            model,
            stage: "production",
            command: "promote"
          })
        });
      }
      const failed = models.some((m) => m.handoff.some((h) => h.error !== void 0));
      const lines = models.flatMap(
        ({ model, handoff }) => handoff.length === 0 ? [`${model}: no platform under deploy: to hand off to`] : handoff.map(
          (h) => `${h.error === void 0 ? "\u2713" : "\u2717"} ${model} ${h.platform}: ${h.error ?? [h.files.join(", "), h.note].filter(Boolean).join("; ")}`
        )
      );
      const verdict = failed ? "fail" : "pass";
      return {
        exitCode: failed ? 1 : 0,
        verdict,
        json: { verdict, models },
        text: lines.join("\n"),
        markdown: ["## Hand-off", "", ...lines.map((l) => `- ${l}`), ""].join("\n"),
        outputs: {
          verdict,
          model: models.map((m) => m.model).join(","),
          ...handoffOutputs(models)
        },
        findings: []
      };
    }
  };
}
export {
  makeHandoffCommand
};
