#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  cell,
  code,
  fenceFor,
  formatBytes,
  formatError,
  formatLocation,
  formatMs,
  formatSignedBytes,
  shortDigest
} from "./chunk-BEQKABMV.js";

// src/report/markdown.ts
var COLLAPSE_ABOVE = 10;
var ICON = { pass: "\u2705", fail: "\u274C", error: "\u26A0\uFE0F" };
var MARK = {
  pass: "\u2705 pass",
  safe: "\u2705 safe",
  warn: "\u26A0\uFE0F warn",
  suspicious: "\u26A0\uFE0F suspicious",
  warning: "\u26A0\uFE0F warning",
  fail: "\u274C fail",
  unsafe: "\u274C unsafe",
  error: "\u274C error",
  skip: "\u2796 skipped",
  skipped: "\u2796 skipped",
  notice: "\u2139\uFE0F notice"
};
var ERROR_KIND = {
  check: "a failed check",
  usage: "a usage error",
  infrastructure: "an infrastructure error"
};
var SEVERITY_ORDER = ["error", "warning", "notice"];
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function renderFailure(command, message) {
  const fence = fenceFor(message, 3);
  return [`## modelgate ${command}: \u26A0\uFE0F error`, "", `${fence}text`, message, fence].join("\n");
}
function failureReport(command, scope, manifests, error) {
  return {
    command,
    scope,
    verdict: "error",
    models: manifests.map((m) => ({
      ...m,
      verdict: "error",
      summary: `stopped on ${ERROR_KIND[error.kind]}`,
      error
    }))
  };
}
function renderReport(report, opts = {}) {
  const scope = report.scope ? ` ${code(report.scope)}` : "";
  const failed = report.models.filter((m) => m.verdict === "fail").length;
  const count = report.models.length > 1 ? ` (${failed} of ${report.models.length} models failed)` : "";
  const out = [
    `## modelgate ${report.command}${scope}: ${ICON[report.verdict]} ${report.verdict}${count}`,
    ""
  ];
  if (report.models.length > 1) {
    out.push(...report.models.map((m) => `- ${verdictLine(m)}`), "");
  }
  for (const m of report.models) out.push(renderModel(m, opts));
  return out.join("\n");
}
function title(m) {
  return m.name ? `${code(m.name)}${m.version ? ` ${cell(m.version)}` : ""}` : code(m.manifest);
}
function verdictLine(m) {
  return `${ICON[m.verdict]} ${title(m)}: ${m.verdict} \u2014 ${cell(m.summary ?? findingCounts(m.findings ?? []))}`;
}
function findingCounts(findings) {
  if (findings.length === 0) return "no findings";
  return SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => plural(n, s)).join(", ");
}
function renderModel(m, opts = {}) {
  const origin = [opts.note, `Manifest: ${code(m.manifest)}`].filter(Boolean).join(" \xB7 ");
  const out = [`### ${verdictLine(m)}`, "", origin, ""];
  if (m.error) {
    const fence = fenceFor(m.error.message, 3);
    out.push(`${fence}text`, m.error.message, fence, "");
  }
  if (m.checks?.length) out.push(...checksTable(m.checks, "Checks", opts));
  if (m.artifacts?.length) out.push(...artifactsTable(m.artifacts, opts));
  if (m.findings?.length) out.push(...findingsTable(m.findings, opts));
  if (m.signature) out.push(...signatureTable(m.signature, opts));
  if (m.compat?.length) out.push(...compatTable(m.compat, opts));
  if (m.promotion) out.push(...promotionSection(m.promotion, opts));
  return out.join("\n");
}
function table(heading, header, rows, opts, open = false) {
  const shown = opts.maxRows !== void 0 ? rows.slice(0, opts.maxRows) : rows;
  const body = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...shown.map((r) => `| ${r.join(" | ")} |`),
    ""
  ];
  const hidden = rows.length - shown.length;
  if (hidden > 0) body.push(`\u2026 and ${hidden} more in the ${summaryLink(opts)}.`, "");
  if (rows.length <= COLLAPSE_ABOVE) return [`**${heading}**`, "", ...body];
  return [
    // Markdown is not rendered inside <summary>: a code span would show its backticks.
    `<details${open ? " open" : ""}><summary><b>${heading.replace(/`+/g, "")}</b> (${rows.length})</summary>`,
    "",
    ...body,
    "</details>",
    ""
  ];
}
function summaryLink(opts) {
  return opts.runUrl ? `[job summary](${opts.runUrl})` : "job summary";
}
function checksTable(checks, heading, opts) {
  return table(
    heading,
    ["check", "result", "detail"],
    checks.map((c) => [cell(c.name), MARK[c.verdict], cell(c.detail ?? "")]),
    opts,
    checks.some((c) => c.verdict === "fail")
  );
}
function artifactChange(a) {
  if (a.change === void 0) return "";
  if (a.change === "changed" || a.change === "removed") {
    return a.sizeDelta === void 0 ? a.change : `${a.change}, ${formatSignedBytes(a.sizeDelta)}`;
  }
  return a.change === "added" ? "new" : "unchanged";
}
function artifactsTable(artifacts, opts) {
  const diffed = artifacts.some((a) => a.change !== void 0);
  const header = [
    "artifact",
    "format",
    "size",
    ...diffed ? ["vs production"] : [],
    "sha256",
    "verdict"
  ];
  const rows = artifacts.map((a) => [
    code(a.path),
    cell(a.format ?? "\u2014"),
    a.size === void 0 ? "\u2014" : formatBytes(a.size),
    ...diffed ? [artifactChange(a)] : [],
    a.sha256 ? code(shortDigest(a.sha256)) : "\u2014",
    a.verdict ? MARK[a.verdict] : "\u2014"
  ]);
  return table(
    "Artifacts",
    header,
    rows,
    opts,
    artifacts.some((a) => a.verdict === "unsafe" || a.verdict === "error")
  );
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
  );
}
function findingsTable(findings, opts, heading = "Findings") {
  const rows = sortFindings(findings).map((f) => {
    const where = formatLocation(f.location);
    const what = cell(f.message) + (f.global ? ` (global ${code(f.global)})` : "") + (f.loader ? ` \u2014 as ${code(f.loader)} reads it` : "");
    return [MARK[f.severity], where ? code(where) : "", what, code(f.rule)];
  });
  return table(
    heading,
    ["severity", "where", "finding", "rule"],
    rows,
    opts,
    findings.some((f) => f.severity === "error")
  );
}
function signatureTable(sig, opts) {
  const heading = `Signature against production ${code(sig.against)}`;
  if (sig.changes.length === 0) return [`**${heading}**: unchanged.`, ""];
  const rows = sig.changes.map((c) => [
    c.breaking ? "\u26A0\uFE0F **breaking**" : "compatible",
    c.side,
    code(c.name),
    c.kind,
    c.before ? code(c.before) : "\u2014",
    c.after ? code(c.after) : "\u2014"
  ]);
  return table(
    heading,
    ["impact", "side", "name", "change", "production", "this version"],
    rows,
    opts,
    sig.changes.some((c) => c.breaking)
  );
}
function compatTable(rows, opts) {
  const ms = (v) => v === void 0 ? "\u2014" : formatMs(v);
  const err = (v) => v === void 0 ? "\u2014" : formatError(v);
  return table(
    "Compatibility",
    [
      "target",
      "required",
      "result",
      "runtime",
      "load",
      "p50",
      "p95",
      "max abs err",
      "max rel err",
      "detail"
    ],
    rows.map((r) => [
      code(r.target),
      r.required ? "yes" : "no",
      MARK[r.verdict],
      cell(r.runtime ?? "\u2014"),
      ms(r.loadMs),
      ms(r.p50Ms),
      ms(r.p95Ms),
      err(r.maxAbsError),
      err(r.maxRelError),
      cell(r.detail ?? "")
    ]),
    opts,
    rows.some((r) => r.required && r.verdict !== "pass")
  );
}
function promotionSection(p, opts) {
  const verb = p.applied ? "moved" : "would move";
  const from = p.previous ? `${code(p.previous)} \u2192 ` : "";
  const weight = p.weight !== void 0 ? ` at ${p.weight}% of traffic` : "";
  const reason = p.reason ? ` Reason: ${cell(p.reason)}.` : "";
  const out = [
    `**Promotion**: ${verb} ${code(p.stage)} ${from}${code(p.version)}${weight}.${reason}`,
    ""
  ];
  if (p.gates.length) out.push(...checksTable(p.gates, "Gates", opts));
  return out;
}

export {
  renderFailure,
  failureReport,
  renderReport,
  findingCounts,
  renderModel,
  summaryLink,
  findingsTable
};
