#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  checkArtifacts
} from "./chunk-TN6VMJ5F.js";
import {
  progressReporter
} from "./chunk-GSX4WLHA.js";
import {
  worstVerdict
} from "./chunk-L7QR56MK.js";
import {
  refuseRegistryWrite
} from "./chunk-MQ6TPFFP.js";
import {
  openRegistryFor,
  productionBaseline,
  recordOption,
  recordValidation,
  registryOptions
} from "./chunk-Y5WLGIWN.js";
import {
  loadManifest
} from "./chunk-OHNIFULL.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import {
  findingCounts,
  renderReport
} from "./chunk-QZE4DUBB.js";
import {
  selectManifests
} from "./chunk-PJPDOYQZ.js";
import {
  formatBytes,
  formatFinding,
  formatSignedBytes,
  hasErrors,
  shortDigest
} from "./chunk-BEQKABMV.js";
import {
  booleanOption,
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import {
  InfraError
} from "./chunk-HVXGMGJV.js";

// src/report/diff.ts
function describeTensor(t) {
  return `${t.dtype} [${t.shape.join(", ")}]`;
}
function fits(given, expected) {
  return given.length === expected.length && expected.every((d, i) => d === -1 || d === given[i]);
}
function diffSignature(production, next, against) {
  const side = (name, before, after) => before && after ? diffSide(name, before, after) : [];
  return {
    against,
    changes: [
      ...side("input", production.inputs, next.inputs),
      ...side("output", production.outputs, next.outputs)
    ]
  };
}
function diffSide(side, before, after) {
  const changes = [];
  const now = new Map(after.map((t) => [t.name, t]));
  for (const old of before) {
    const t = now.get(old.name);
    const base = { side, name: old.name, before: describeTensor(old) };
    if (!t) {
      changes.push({ ...base, kind: "removed", breaking: true });
    } else if (t.dtype !== old.dtype) {
      changes.push({ ...base, kind: "dtype", after: describeTensor(t), breaking: true });
    } else if (t.shape.join() !== old.shape.join()) {
      const breaking = side === "input" ? !fits(old.shape, t.shape) : !fits(t.shape, old.shape);
      changes.push({ ...base, kind: "shape", after: describeTensor(t), breaking });
    }
  }
  const had = new Set(before.map((t) => t.name));
  for (const t of after) {
    if (!had.has(t.name)) {
      changes.push({
        side,
        name: t.name,
        kind: "added",
        after: describeTensor(t),
        breaking: side === "input"
      });
    }
  }
  return changes;
}
function diffArtifacts(rows, production, keys = rows.map((r) => r.path)) {
  const prod = new Map(production.map((p) => [p.path, p]));
  const delta = (size, before) => size !== void 0 && before !== void 0 ? size - before : void 0;
  const out = rows.map((a, i) => {
    const p = prod.get(keys[i]);
    if (!p) return { ...a, change: "added" };
    const same = a.sha256 !== void 0 && a.sha256 === p.sha256;
    return { ...a, change: same ? "unchanged" : "changed", sizeDelta: delta(a.size, p.size) };
  });
  const kept = new Set(keys);
  for (const p of production) {
    if (!kept.has(p.path)) {
      out.push({
        path: p.path,
        size: p.size,
        sha256: p.sha256,
        change: "removed",
        sizeDelta: delta(0, p.size)
      });
    }
  }
  return out;
}

// src/report/validate.ts
function changeText(a) {
  if (a.change === "added") return "new";
  if (a.change === "unchanged" || a.change === void 0) return a.change ?? "";
  return a.sizeDelta === void 0 ? a.change : `${a.change}, ${formatSignedBytes(a.sizeDelta)}`;
}
function signatureChangeText(c) {
  const what = `${c.before ?? "\u2014"} \u2192 ${c.after ?? "\u2014"}`;
  return `${c.side} ${c.name}: ${c.kind} ${what}, ${c.breaking ? "breaking" : "compatible"}`;
}
function productionText(p) {
  const lines = [`  against production ${p.version}:`];
  for (const a of p.artifacts) lines.push(`    ${a.path}  ${changeText(a)}`);
  const check = signatureCheck(p);
  lines.push(`    signature: ${check.verdict}, ${check.detail}`);
  for (const c of p.signature?.changes ?? []) lines.push(`      ${signatureChangeText(c)}`);
  return lines;
}
function renderValidateText(report) {
  const lines = [];
  for (const m of report.models) {
    const title = m.model ? `${m.model} ${m.version}` : m.manifest;
    lines.push(`${m.verdict === "pass" ? "\u2713" : "\u2717"} ${title} (${m.manifest}): ${m.verdict}`);
    for (const f of m.findings) lines.push(`  ${formatFinding(f)}`);
    for (const a of m.artifacts) {
      lines.push(
        `  ${a.shown}  ${a.format ?? "-"}  ${a.size === void 0 ? "-" : formatBytes(a.size)}  sha256:${shortDigest(a.sha256)}  ${a.verdict}`
      );
      for (const f of a.findings) lines.push(`    ${formatFinding(f)}`);
    }
    if (m.production) lines.push(...productionText(m.production));
  }
  const n = report.models.length;
  lines.push(`verdict: ${report.verdict} (${n} model${n === 1 ? "" : "s"})`);
  return lines.join("\n");
}
function validateJson(report) {
  return {
    verdict: report.verdict,
    models: report.models.map((m) => ({
      manifest: m.manifest,
      model: m.model,
      version: m.version,
      verdict: m.verdict,
      findings: m.findings,
      artifacts: m.artifacts.map((a) => ({
        path: a.shown,
        format: a.format,
        size: a.size,
        sha256: a.sha256,
        verdict: a.verdict,
        findings: a.findings
      })),
      ...m.production ? {
        production: {
          version: m.production.version,
          breaking_changes: m.production.breaking,
          check: signatureCheck(m.production),
          signature: m.production.signature,
          artifacts: m.production.artifacts.map((a) => ({
            path: a.path,
            change: a.change,
            sizeDelta: a.sizeDelta
          }))
        }
      } : {}
    }))
  };
}
function validateReportModel(report) {
  return {
    command: "validate",
    verdict: report.verdict,
    models: report.models.map(validateSection)
  };
}
function artifactRows(m) {
  return m.artifacts.map((a) => ({
    path: a.shown,
    format: a.format,
    size: a.size,
    sha256: a.sha256,
    verdict: a.verdict
  }));
}
function validateSection(m) {
  const findings = [...m.findings, ...m.artifacts.flatMap((a) => a.findings)];
  const n = m.artifacts.length;
  const rows = artifactRows(m);
  const checks = validateChecks(m);
  if (m.production) checks.push(signatureCheck(m.production));
  return {
    name: m.model,
    version: m.version,
    manifest: m.manifest,
    verdict: m.verdict,
    summary: `${n} artifact${n === 1 ? "" : "s"}, ${findingCounts(findings)}`,
    checks,
    artifacts: m.production?.artifacts ?? rows,
    findings,
    signature: m.production?.signature
  };
}
function signatureCheck(p) {
  const name = "signature vs production";
  const against = p.version;
  const diff = p.signature;
  if (!diff)
    return {
      name,
      verdict: "skip",
      detail: `no signature declared by this version or by ${against}`
    };
  const breaking = diff.changes.filter((c) => c.breaking).length;
  if (breaking)
    return {
      name,
      verdict: p.breaking,
      detail: `${breaking} breaking change${breaking === 1 ? "" : "s"} against ${against}`
    };
  const n = diff.changes.length;
  return {
    name,
    verdict: "pass",
    detail: n ? `${n} compatible change${n === 1 ? "" : "s"} against ${against}` : `unchanged against ${against}`
  };
}
function validateChecks(m) {
  const manifestErrors = m.findings.filter((f) => f.severity === "error").length;
  const checks = [
    {
      name: "manifest",
      verdict: manifestErrors ? "fail" : "pass",
      detail: m.loaded ? manifestErrors ? `${manifestErrors} error${manifestErrors === 1 ? "" : "s"}` : "schema, paths, samples and targets" : "could not be read"
    }
  ];
  if (!m.loaded) return checks;
  const specs = m.loaded.manifest.model.artifacts;
  const read = m.artifacts.filter((a) => a.sha256 !== void 0);
  const broken = m.artifacts.filter((a) => a.sha256 === void 0 || hasErrors(a.findings)).length;
  const pinned = specs.filter((s) => s.sha256 !== void 0).length;
  const bytes = read.reduce((sum, a) => sum + (a.size ?? 0), 0);
  checks.push({
    name: "artifacts",
    verdict: broken ? "fail" : "pass",
    detail: `${read.length} of ${specs.length} read, ${formatBytes(bytes)}; ${pinned} of ${specs.length} pinned by sha256`
  });
  const scanned = m.artifacts.filter((a) => a.format !== void 0);
  if (scanned.length) {
    const worst = worstVerdict(scanned.map((a) => a.verdict));
    const verdict = worst === "safe" ? "pass" : worst === "suspicious" ? "warn" : "fail";
    const counts = /* @__PURE__ */ new Map();
    for (const a of scanned) counts.set(a.verdict, (counts.get(a.verdict) ?? 0) + 1);
    checks.push({
      name: "content scan",
      verdict,
      detail: [...counts].map(([v, c]) => `${c} ${v}`).join(", ")
    });
  }
  return checks;
}

// src/commands/validate.ts
async function validateOne(path, opts, ctx) {
  const result = await loadManifest(path, { cwd: ctx.cwd, root: opts.root });
  const out = {
    manifest: result.shown,
    verdict: "fail",
    findings: [...result.findings],
    artifacts: []
  };
  if (!result.loaded) return out;
  const loaded = result.loaded;
  out.loaded = loaded;
  out.model = loaded.manifest.model.name;
  out.version = loaded.manifest.model.version;
  const checked = await checkArtifacts(loaded, {
    inspect: opts.inspect,
    onProgress: progressReporter(ctx.log)
  });
  out.artifacts = checked.artifacts;
  out.findings.push(...checked.findings);
  out.verdict = verdictOf(out);
  return out;
}
function verdictOf(m) {
  const failed = hasErrors(m.findings) || m.artifacts.some(
    (a) => hasErrors(a.findings) || a.verdict === "error" || a.verdict === "unsafe"
  );
  return failed ? "fail" : "pass";
}
function overall(models) {
  return models.every((m) => m.verdict === "pass") ? "pass" : "fail";
}
async function validateModels(opts, ctx) {
  const files = await selectManifests(opts.manifest, ctx.cwd);
  const models = [];
  for (const f of files) models.push(await validateOne(f, opts, ctx));
  return { verdict: overall(models), models };
}
var SIDE = { input: "inputs", output: "outputs" };
function breakingFinding(c, against, loaded, policy) {
  const declared = loaded.manifest.model.signature?.[SIDE[c.side]] ?? [];
  const i = declared.findIndex((t) => t.name === c.name);
  const path = ["model", "signature", SIDE[c.side]];
  if (i >= 0) path.push(i, ...c.kind === "dtype" || c.kind === "shape" ? [c.kind] : []);
  const what = c.kind === "removed" ? `is removed (production ${against} has ${c.before})` : c.kind === "added" ? `is new (${c.after}): callers written against production ${against} do not send it` : `changes ${c.kind} against production ${against}: ${c.before} \u2192 ${c.after}`;
  const then = policy === "fail" ? "compatibility.breaking_changes: fail makes this fail the check" : "set compatibility.breaking_changes: fail to make this fail the check";
  return {
    severity: policy === "fail" ? "error" : "warning",
    rule: "signature-breaking-change",
    message: `breaking change: ${c.side} \`${c.name}\` ${what} (${then})`,
    location: loaded.map.locate(path)
  };
}
function undeclaredFinding(side, against, loaded, policy) {
  const declared = loaded.manifest.model.signature;
  return {
    severity: policy === "fail" ? "error" : "warning",
    rule: "signature-breaking-change",
    message: `breaking change: model.signature no longer declares its ${side} (production ${against} does): they cannot be compared, so nothing shows that callers still work (${policy === "fail" ? "compatibility.breaking_changes: fail makes this fail the check" : "set compatibility.breaking_changes: fail to make this fail the check"})`,
    location: loaded.map.locate(declared ? ["model", "signature"] : ["model"])
  };
}
function compareWithProduction(report, production, unreadable) {
  for (const m of report.models) {
    if (!m.loaded) continue;
    const policy = m.loaded.manifest.compatibility.breaking_changes ?? "warn";
    if (unreadable !== void 0 && policy === "fail") {
      m.findings.push({
        severity: "error",
        rule: "signature-not-compared",
        message: `compatibility.breaking_changes: fail needs the comparison with production, and the registry could not be read: ${unreadable}`,
        location: m.loaded.map.locate(["compatibility", "breaking_changes"])
      });
      m.verdict = verdictOf(m);
      continue;
    }
    const prod = m.model === void 0 ? void 0 : production.get(m.model);
    if (!prod) continue;
    const declared = m.loaded.manifest.model.signature;
    for (const side of ["inputs", "outputs"])
      if (prod.signature?.[side] && !declared?.[side])
        m.findings.push(undeclaredFinding(side, prod.version, m.loaded, policy));
    const signature = prod.signature && declared ? diffSignature(prod.signature, declared, prod.version) : void 0;
    const rows = artifactRows(m);
    m.production = {
      version: prod.version,
      signature,
      artifacts: diffArtifacts(
        rows,
        prod.artifacts,
        m.artifacts.map((a) => a.path)
      ),
      breaking: policy
    };
    for (const c of signature?.changes ?? [])
      if (c.breaking) m.findings.push(breakingFinding(c, prod.version, m.loaded, policy));
    m.verdict = verdictOf(m);
  }
  report.verdict = overall(report.models);
  return report;
}
function allFindings(report) {
  return report.models.flatMap((m) => [...m.findings, ...m.artifacts.flatMap((a) => a.findings)]);
}
async function productionVersions(report, inv, ctx) {
  const out = /* @__PURE__ */ new Map();
  const names = report.models.flatMap((m) => m.model ? [m.model] : []);
  if (names.length === 0) return { versions: out };
  const registry = openRegistryFor(inv, ctx);
  try {
    for (const name of names) {
      const version = await productionBaseline(registry, name);
      if (version) out.set(name, version);
    }
  } catch (err) {
    if (!(err instanceof InfraError)) throw err;
    ctx.log.warn(`not compared with production: the registry could not be read: ${err.message}`);
    return { versions: out, unreadable: err.message };
  }
  return { versions: out };
}
function makeValidateCommand(deps = {}) {
  return {
    name: "validate",
    summary: "Check the manifest, the artifacts, their digests and their contents",
    description: "Reads the deploy manifest (schema, paths, samples, targets), then every artifact it names: present, inside the repository, its sha256 equal to the manifest's where given (streamed, so memory stays flat), within serving.max_artifact_mb, and scanned by content. Every problem names the file, line and column. Exits 1 when any error is found.",
    options: [manifestOption, rootOption, recordOption, ...registryOptions, jsonOption],
    examples: [
      "modelgate validate",
      'modelgate validate --manifest "models/*/modelgate.yaml" --json'
    ],
    async run(inv, ctx) {
      const record = booleanOption(inv, "record");
      if (record) await refuseRegistryWrite(inv, ctx, "validate --record");
      const report = await validateModels(
        {
          manifest: requireString(inv, "manifest"),
          root: stringOption(inv, "root"),
          inspect: deps.inspect
        },
        ctx
      );
      const production = await productionVersions(report, inv, ctx);
      compareWithProduction(report, production.versions, production.unreadable);
      if (record) await recordValidation(report, inv, ctx);
      const model = validateReportModel(report);
      return {
        exitCode: report.verdict === "pass" ? 0 : 1,
        verdict: report.verdict,
        json: validateJson(report),
        text: renderValidateText(report),
        markdown: renderReport(model),
        report: model,
        outputs: {
          verdict: report.verdict,
          // One entry per manifest in both, so that the n-th model goes with the n-th version.
          model: report.models.map((m) => m.model ?? "").join(","),
          version: report.models.map((m) => m.version ?? "").join(",")
        },
        findings: allFindings(report)
      };
    }
  };
}

export {
  renderValidateText,
  validateOne,
  validateModels,
  compareWithProduction,
  allFindings,
  makeValidateCommand
};
