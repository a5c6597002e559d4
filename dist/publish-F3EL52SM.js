#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  requiredEvidenceKinds
} from "./chunk-7QX6YQWG.js";
import {
  allFindings,
  renderValidateText,
  validateModels
} from "./chunk-SPCORM6Y.js";
import "./chunk-TN6VMJ5F.js";
import {
  progressReporter
} from "./chunk-GSX4WLHA.js";
import "./chunk-L7QR56MK.js";
import {
  refuseRegistryWrite
} from "./chunk-MQ6TPFFP.js";
import {
  openRegistryFor,
  provenance,
  publishReportModel,
  recordDigest,
  recordEvidence,
  registryOptions,
  renderPublishText,
  validationEvidence
} from "./chunk-Y5WLGIWN.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-OHNIFULL.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import {
  renderReport
} from "./chunk-QZE4DUBB.js";
import "./chunk-PJPDOYQZ.js";
import "./chunk-BEQKABMV.js";
import {
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-LNSTQQSX.js";
import "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/commands/publish.ts
function makePublishCommand(deps = {}) {
  return {
    name: "publish",
    summary: "Validate the model and register its version, artifacts and evidence in the registry",
    description: "Runs validate, then stores each artifact once by its sha256 (an artifact the registry already holds is not uploaded again), creates the immutable version record and records the validation as evidence. Publishing the same version with the same artifacts again changes nothing; with other artifacts it fails and shows both. Exits 1 when validation fails or the version conflicts. Never runs on a pull_request event.",
    options: [manifestOption, rootOption, ...registryOptions, jsonOption],
    examples: ["modelgate publish", "modelgate publish --registry s3://acme-models/registry"],
    async run(inv, ctx) {
      await refuseRegistryWrite(inv, ctx, "publish");
      const registry = openRegistryFor(inv, ctx);
      const report = await validateModels(
        {
          manifest: requireString(inv, "manifest"),
          root: stringOption(inv, "root"),
          inspect: deps.inspect
        },
        ctx
      );
      const results = [];
      const progress = progressReporter(ctx.log);
      for (const m of report.models) {
        if (m.verdict !== "pass" || !m.loaded) {
          results.push({
            manifest: m.manifest,
            model: m.model,
            version: m.version,
            status: "invalid",
            uploadedBytes: 0,
            findings: [...m.findings, ...m.artifacts.flatMap((a) => a.findings)]
          });
          continue;
        }
        const manifest = m.loaded.manifest;
        const artifacts = m.artifacts.map((a) => ({
          path: a.path,
          sha256: a.sha256,
          size: a.size,
          ...a.format ? { format: a.format } : {}
        }));
        const prov = provenance(ctx);
        const signature = manifest.model.signature ?? m.artifacts.find((a) => a.signature)?.signature;
        const record = {
          format: 1,
          model: manifest.model.name,
          version: manifest.model.version,
          framework: manifest.model.framework,
          artifacts,
          ...signature ? { signature } : {},
          requiredEvidence: requiredEvidenceKinds(
            manifest.compatibility.targets.filter((t2) => t2.required).map((t2) => t2.name)
          ),
          published: prov
        };
        await registry.assertPublishable(record);
        let uploadedBytes = 0;
        for (const [i, a] of artifacts.entries()) {
          uploadedBytes += await registry.putBlob(
            m.artifacts[i].absolute,
            a.sha256,
            a.size,
            (done, total) => progress(`uploading ${a.path}`, done, total)
          );
        }
        const status = await registry.createVersion(record);
        const stored = await registry.version(record.model, record.version);
        const bound = recordDigest(stored ?? record);
        await recordEvidence(registry, record.model, record.version, "validate", {
          ...validationEvidence(m),
          recorded: prov
        });
        const t = await registry.transition(
          record.model,
          prov,
          (_state, log) => log.published.has(record.version) ? void 0 : {
            change: { type: "publish", version: record.version, record: bound },
            gates: [{ gate: "validate", passed: true, detail: "validation passed" }],
            forced: false
          }
        );
        results.push({
          manifest: m.manifest,
          model: record.model,
          version: record.version,
          status: status === "created" || t.event ? "created" : "unchanged",
          uri: registry.versionUri(record.model, record.version),
          uploadedBytes,
          revision: t.event?.revision,
          artifacts
        });
      }
      const failed = results.some((r) => r.status === "invalid");
      const invalid = report.models.filter((m) => m.verdict !== "pass");
      const view = publishReportModel(results);
      return {
        exitCode: failed ? 1 : 0,
        verdict: failed ? "fail" : "pass",
        json: { verdict: failed ? "fail" : "pass", models: results },
        text: [
          invalid.length ? renderValidateText({ verdict: "fail", models: invalid }) : "",
          renderPublishText(results)
        ].filter(Boolean).join("\n"),
        markdown: renderReport(view),
        report: view,
        outputs: {
          verdict: failed ? "fail" : "pass",
          model: results.map((r) => r.model ?? "").join(","),
          version: results.map((r) => r.version ?? "").join(","),
          "artifact-uri": results.map((r) => r.uri ?? "").join(",")
        },
        findings: allFindings(report)
      };
    }
  };
}
export {
  makePublishCommand
};
