#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  worstVerdict
} from "./chunk-L7QR56MK.js";
import {
  sha256File
} from "./chunk-WLW7VUCT.js";
import {
  resolveInside
} from "./chunk-KS5MAWVZ.js";

// src/artifacts/check.ts
import { stat } from "node:fs/promises";

// src/artifacts/signature.ts
function shapeText(shape) {
  return `[${shape.join(", ")}]`;
}
function shapesAgree(declared, actual) {
  return declared.length === actual.length && declared.every((d, i) => d === -1 || actual[i] === -1 || d === actual[i]);
}
function compareSide(side, declared, actual) {
  if (!actual) return [];
  const out = [];
  const byName = new Map(actual.map((t) => [t.name, t]));
  declared.forEach((d, i) => {
    const a = byName.get(d.name);
    const at = ["model", "signature", side, i];
    if (!a) {
      out.push({
        at,
        message: `the model has no ${side.slice(0, -1)} named ${JSON.stringify(d.name)}; it has ${actual.map((t) => JSON.stringify(t.name)).join(", ") || "none"}`
      });
      return;
    }
    if (a.dtype && a.dtype !== d.dtype) {
      out.push({
        at,
        message: `${side.slice(0, -1)} ${JSON.stringify(d.name)} is ${a.dtype} in the model, ${d.dtype} in the manifest`
      });
    }
    if (!shapesAgree(d.shape, a.shape)) {
      out.push({
        at,
        message: `${side.slice(0, -1)} ${JSON.stringify(d.name)} has shape ${shapeText(a.shape)} in the model, ${shapeText(d.shape)} in the manifest`
      });
    }
  });
  if (side === "inputs") {
    const names = new Set(declared.map((d) => d.name));
    for (const a of actual) {
      if (!names.has(a.name))
        out.push({
          at: ["model", "signature", side],
          message: `the model needs an input ${JSON.stringify(a.name)} that the manifest does not declare`
        });
    }
  }
  return out;
}
function compareSignature(declared, actual) {
  return [
    ...compareSide("inputs", declared.inputs, actual.inputs),
    ...compareSide("outputs", declared.outputs, actual.outputs)
  ];
}

// src/artifacts/check.ts
var MiB = 1024 * 1024;
async function checkArtifacts(loaded, opts) {
  const { manifest: m, map } = loaded;
  const artifacts = [];
  let total = 0;
  for (const [i, spec] of m.model.artifacts.entries()) {
    const at = ["model", "artifacts", i, "path"];
    const result = {
      path: spec.path,
      shown: spec.path,
      verdict: "error",
      findings: []
    };
    artifacts.push(result);
    let broken = false;
    const fail = (rule, message, where = at) => {
      broken = true;
      result.findings.push({ severity: "error", rule, message, location: map.locate(where) });
    };
    const r = await resolveInside(loaded.root, loaded.dir, spec.path);
    if (!r.ok) continue;
    result.absolute = r.path;
    result.shown = loaded.display(r.path);
    if (!r.exists) {
      fail(
        "artifact-missing",
        `artifact \`${spec.path}\` does not exist (looked for ${result.shown})`
      );
      continue;
    }
    const st = await stat(r.path);
    if (!st.isFile()) {
      fail(
        "artifact-not-file",
        `artifact \`${spec.path}\` is not a regular file; list the files inside it instead`
      );
      continue;
    }
    let hashed;
    try {
      hashed = await sha256File(r.path, (done, all) => opts.onProgress?.(result.shown, done, all));
    } catch (err) {
      fail(
        "artifact-unreadable",
        `artifact \`${spec.path}\` cannot be read: ${err.message}`
      );
      continue;
    }
    result.size = hashed.size;
    result.sha256 = hashed.digest;
    total += hashed.size;
    if (spec.sha256 && spec.sha256 !== hashed.digest) {
      fail(
        "digest-mismatch",
        `sha256 of \`${spec.path}\` does not match: the manifest says ${spec.sha256}, the file has ${hashed.digest}`,
        ["model", "artifacts", i, "sha256"]
      );
    }
    let inspected = "safe";
    if (opts.inspect) {
      const inspection = await opts.inspect(r.path, {
        shown: result.shown,
        policy: {
          // `standard` warned on unknown globals when the deny-list gated; nothing does now.
          pickle: m.security.pickle === "warn-unknown-classes" ? "warn-unknown-classes" : "strict",
          allowGlobals: m.security.allow_globals
        }
      });
      result.format = inspection.format;
      result.signature = inspection.signature;
      result.findings.push(...inspection.findings);
      if (inspection.signature && m.model.signature) {
        for (const d of compareSignature(m.model.signature, inspection.signature)) {
          fail("signature-mismatch", `${spec.path}: ${d.message}`, d.at);
        }
      }
      inspected = inspection.verdict;
    }
    result.verdict = worstVerdict([inspected, broken ? "error" : "safe"]);
  }
  const findings = [];
  const limit = m.serving.max_artifact_mb;
  if (limit !== void 0 && total > limit * MiB) {
    findings.push({
      severity: "error",
      rule: "artifact-size-limit",
      message: `artifacts total ${(total / MiB).toFixed(1)} MiB, over serving.max_artifact_mb (${limit} MiB)`,
      location: map.locate(["serving", "max_artifact_mb"])
    });
  }
  return { artifacts, findings };
}

export {
  checkArtifacts
};
