#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  renderPlanMarkdown,
  renderPlanText
} from "./chunk-7AOFYV3A.js";
import {
  loadManifest
} from "./chunk-OHNIFULL.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import {
  selectManifests
} from "./chunk-PJPDOYQZ.js";
import {
  formatFinding,
  hasErrors
} from "./chunk-BEQKABMV.js";
import {
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import {
  ConfigError
} from "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/commands/plan.ts
async function planMatrix(pattern, root, ctx) {
  const include = [];
  for (const file of await selectManifests(pattern, ctx.cwd)) {
    const r = await loadManifest(file, { cwd: ctx.cwd, root });
    if (!r.loaded || hasErrors(r.findings)) {
      const first = r.findings.find((f) => f.severity === "error");
      throw new ConfigError(
        `cannot plan ${r.shown}: the manifest has errors${first ? `, e.g. ${formatFinding(first)}` : ""}`,
        r.shown,
        `run modelgate validate --manifest ${r.shown} for the full list`
      );
    }
    const m = r.loaded.manifest;
    for (const t of m.compatibility.targets) {
      include.push({
        model: m.model.name,
        manifest: r.shown,
        target: t.name,
        image: t.image,
        required: t.required
      });
    }
  }
  return { include };
}
function makePlanCommand() {
  return {
    name: "plan",
    summary: "Print the compatibility targets as a GitHub Actions matrix",
    description: 'Reads the manifest(s) and prints their compatibility targets as a matrix ({"include": [{"model", "manifest", "target", "image", "required"}]}), the action output `matrix`. A workflow fans the targets out across runners with `strategy.matrix: ${{ fromJSON(\u2026) }}` and runs `modelgate test --manifest ${{ matrix.manifest }} --target ${{ matrix.target }}` in each job. GitHub refuses an empty matrix: guard the job with `if: needs.<plan>.outputs.matrix != \'{"include":[]}\'`.',
    options: [manifestOption, rootOption, jsonOption],
    examples: ["modelgate plan", "modelgate plan --json | jq -c .matrix"],
    async run(inv, ctx) {
      const matrix = await planMatrix(
        requireString(inv, "manifest"),
        stringOption(inv, "root"),
        ctx
      );
      const models = [...new Set(matrix.include.map((e) => e.model))];
      return {
        exitCode: 0,
        json: { matrix },
        text: renderPlanText(matrix),
        markdown: renderPlanMarkdown(matrix),
        outputs: { matrix: JSON.stringify(matrix), model: models.join(",") },
        findings: []
      };
    }
  };
}
export {
  makePlanCommand,
  planMatrix
};
