#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  modelNames,
  modelOption,
  warnUnknownModel
} from "./chunk-BE2TXZTA.js";
import {
  openRegistryFor,
  registryOptions,
  renderHistoryMarkdown,
  renderHistoryText
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
import {
  integerOption
} from "./chunk-U2HG4TZY.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-LNSTQQSX.js";
import {
  UsageError
} from "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/commands/history.ts
function makeHistoryCommand() {
  return {
    name: "history",
    summary: "Show the audit log: every publish, promotion and rollback",
    description: "Prints the events of the registry's append-only log, oldest first: revision, time, actor, what changed, the reason and the run that did it. --json gives every event with its gate results. Read-only.",
    options: [
      manifestOption,
      rootOption,
      modelOption,
      {
        name: "limit",
        kind: "integer",
        placeholder: "N",
        default: 100,
        description: "Show the newest N events (0: all)."
      },
      ...registryOptions,
      jsonOption
    ],
    examples: ["modelgate history", "modelgate history --model iris-classifier --limit 0 --json"],
    async run(inv, ctx) {
      const limit = integerOption(inv, "limit") ?? 100;
      if (limit < 0) throw new UsageError(`--limit must be 0 or more; got ${limit}`);
      const registry = openRegistryFor(inv, ctx);
      const models = [];
      for (const model of await modelNames(inv, ctx)) {
        const events = await registry.events(model, limit || void 0);
        if (events.length === 0) warnUnknownModel(ctx, model, registry.uri);
        models.push({ model, events });
      }
      return {
        exitCode: 0,
        json: { models },
        text: models.map((m) => renderHistoryText(m.model, m.events)).join("\n"),
        markdown: models.map((m) => renderHistoryMarkdown(m.model, m.events)).join("\n"),
        outputs: { model: models.map((m) => m.model).join(",") },
        findings: []
      };
    }
  };
}
export {
  makeHistoryCommand
};
