#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  cell,
  fenceFor,
  formatFinding,
  formatLocation
} from "./chunk-BEQKABMV.js";

// src/compat/result.ts
var PROBLEM_KINDS = [
  "mismatch",
  "non-finite",
  "shape",
  "dtype",
  "missing-output"
];
var obj = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var str = (v) => typeof v === "string" ? v : void 0;
var list = (v) => Array.isArray(v) ? v : [];
function parseHarnessResult(text2) {
  let raw;
  try {
    raw = JSON.parse(text2);
  } catch (err2) {
    throw new Error(`result.json is not valid JSON: ${err2.message}`, { cause: err2 });
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new Error("result.json is not a JSON object");
  const r = raw;
  const rt = obj(r.runtime);
  const latency = obj(r.latency_ms);
  const samples = obj(r.samples);
  const p50 = num(latency.p50);
  const p95 = num(latency.p95);
  const total = num(samples.total);
  const outputs = {};
  for (const [name, v] of Object.entries(obj(r.outputs))) {
    const o = obj(v);
    outputs[name] = {
      maxAbsError: num(o.max_abs_error) ?? 0,
      maxRelError: num(o.max_rel_error) ?? 0
    };
  }
  return {
    runtime: {
      python: str(rt.python),
      numpy: str(rt.numpy),
      framework: str(rt.framework),
      frameworkVersion: str(rt.framework_version)
    },
    loadMs: num(r.load_ms),
    warnings: list(r.warnings).map(obj).map((w) => ({
      category: str(w.category) ?? "Warning",
      message: str(w.message) ?? "",
      source: str(w.source)
    })),
    problems: list(r.problems).map(obj).filter((p) => PROBLEM_KINDS.includes(p.kind)).map((p) => ({
      kind: p.kind,
      output: str(p.output) ?? "?",
      sample: num(p.sample),
      message: str(p.message) ?? String(p.kind)
    })),
    outputs,
    samples: total === void 0 ? void 0 : { total, passed: num(samples.passed) ?? 0 },
    latency: p50 === void 0 || p95 === void 0 ? void 0 : { p50, p95, calls: num(latency.calls) ?? 0 },
    throughputRps: num(r.throughput_rps),
    skipped: str(r.skipped),
    errors: list(r.errors).map(obj).map((e) => ({
      stage: str(e.stage) ?? "harness",
      type: str(e.type) ?? "Error",
      message: str(e.message) ?? "",
      sample: num(e.sample)
    }))
  };
}
var VERSION_WARNING = /version/i;
function evaluate(r, t, m, at) {
  const findings = [];
  const add = (severity, rule, message, location = at.target) => findings.push({ severity, rule, message: `${t.name}: ${message}`, location });
  for (const e of r.errors) {
    const where = e.sample !== void 0 && at.samples ? { file: at.samples, line: e.sample } : at.target;
    add(
      "error",
      `compat-${e.stage}-error`,
      `${e.stage === "load" ? "cannot load the model" : `${e.stage} failed`}: ${e.type}: ${e.message}`,
      where
    );
  }
  const groups = /* @__PURE__ */ new Map();
  for (const p of r.problems) {
    const key = `${p.kind}\0${p.output}`;
    groups.set(key, [...groups.get(key) ?? [], p]);
  }
  const total = r.samples?.total ?? 0;
  for (const ps of groups.values()) {
    const first = ps[0];
    const worst = r.outputs[first.output];
    const message = first.kind === "mismatch" && worst ? `output \`${first.output}\` differs from the expected values: max abs error ${fmt(worst.maxAbsError)}, max rel error ${fmt(worst.maxRelError)} (tolerance atol ${m.compatibility.tolerance.atol}, rtol ${m.compatibility.tolerance.rtol})` : first.message;
    const where = first.sample !== void 0 && at.samples ? { file: at.samples, line: first.sample } : at.target;
    const n = new Set(ps.map((p) => p.sample)).size;
    add(
      "error",
      `compat-output-${first.kind}`,
      `${message} (${n} of ${total} sample${total === 1 ? "" : "s"})`,
      where
    );
  }
  for (const w of r.warnings) {
    const isVersion = VERSION_WARNING.test(w.category) || VERSION_WARNING.test(w.message);
    add(
      isVersion ? "warning" : "notice",
      isVersion ? "compat-version-warning" : "compat-load-warning",
      `loading raised ${w.category}: ${w.message.replace(/\s+/g, " ").trim()}`
    );
  }
  if (r.skipped) add("warning", "compat-samples-skipped", r.skipped);
  else if (m.model.samples === void 0)
    add(
      "warning",
      "compat-no-samples",
      "the manifest has no `model.samples`: only loading was tested"
    );
  else if (r.errors.length === 0 && r.samples === void 0)
    add("error", "compat-no-samples-run", "the result reports no samples run");
  const slo = m.serving.slo;
  if (slo && r.latency) {
    if (slo.p95_latency_ms !== void 0 && r.latency.p95 > slo.p95_latency_ms) {
      add(
        "error",
        "slo-p95-latency",
        `p95 latency ${fmt(r.latency.p95)} ms is over serving.slo.p95_latency_ms (${slo.p95_latency_ms} ms)`
      );
    }
    if (slo.p50_latency_ms !== void 0 && r.latency.p50 > slo.p50_latency_ms) {
      add(
        "error",
        "slo-p50-latency",
        `p50 latency ${fmt(r.latency.p50)} ms is over serving.slo.p50_latency_ms (${slo.p50_latency_ms} ms)`
      );
    }
  }
  for (const [key, rule] of [
    ["min_throughput_rps", "slo-throughput"],
    ["min_rows_per_s", "slo-rows-throughput"]
  ]) {
    const bound = slo?.[key];
    if (bound !== void 0 && r.throughputRps !== void 0 && r.throughputRps < bound)
      add(
        "error",
        rule,
        `throughput ${fmt(r.throughputRps)} rows/s is under serving.slo.${key} (${bound})`
      );
  }
  const errs = Object.values(r.outputs);
  const loaded = !r.errors.some((e) => e.stage === "load" || e.stage === "harness");
  return {
    verdict: !loaded ? "error" : findings.some((f) => f.severity === "error") ? "fail" : "pass",
    runtime: r.runtime,
    loadMs: r.loadMs,
    latency: r.latency,
    throughputRps: r.throughputRps,
    maxAbsError: errs.length ? Math.max(...errs.map((e) => e.maxAbsError)) : void 0,
    maxRelError: errs.length ? Math.max(...errs.map((e) => e.maxRelError)) : void 0,
    samples: r.samples,
    findings
  };
}
function fmt(n) {
  const a = Math.abs(n);
  if (n === 0) return "0";
  if (a >= 1e6 || a < 1e-3) return n.toExponential(2);
  return a >= 1e3 ? n.toFixed(0) : String(Number(n.toPrecision(3)));
}

// src/report/latency-chart.ts
function latencyChart(result, title2) {
  if (result.histogram.length === 0)
    return `_${text(title2)}: no successful request, no latency to chart._`;
  const labels = result.histogram.map((b) => `"\u2264${label(b.le_ms)}"`);
  const counts = result.histogram.map((b) => b.count);
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${text(title2)}"`,
    `    x-axis "latency (ms)" [${labels.join(", ")}]`,
    `    y-axis "requests" 0 --> ${Math.max(1, ...counts)}`,
    `    bar [${counts.join(", ")}]`,
    "```"
  ].join("\n");
}
function label(ms2) {
  return String(Number(ms2.toPrecision(3)));
}
function text(s) {
  return s.replace(/[\r\n]+/g, " ").replace(/"/g, "'").replace(/`/g, "'");
}

// src/report/compat.ts
var MARK = { pass: "\u2705", fail: "\u274C", error: "\u26A0\uFE0F" };
function runtimeText(r) {
  const parts = [
    r.python && `python ${r.python}`,
    r.numpy && `numpy ${r.numpy}`,
    r.framework && `${r.framework} ${r.frameworkVersion ?? ""}`.trim()
  ];
  return parts.filter(Boolean).join(", ") || "\u2014";
}
function servingText(t) {
  const s = t.serving;
  return `${s.protocol}, version ${s.served_version}, ready in ${fmt(s.ready_ms / 1e3)} s`;
}
function loadRows(t) {
  const l = t.load;
  const batchRows = l.rows_per_s === void 0 ? [] : [
    ["rows", String(l.rows ?? 0)],
    ["rows/s", fmt(l.rows_per_s)]
  ];
  return [
    [
      "load",
      (l.mode === "open" ? `open loop, ${l.rate_rps ?? "?"} requests/s` : `closed loop, ${l.concurrency ?? "?"} concurrent`) + (l.batch_size === void 0 ? "" : `, batches of ${l.batch_size} rows`)
    ],
    ["measured", `${fmt(l.duration_s)} s`],
    ["requests", String(l.requests)],
    ["errors", `${l.errors}${l.requests ? ` (${fmt(100 * l.errors / l.requests)} %)` : ""}`],
    ["p50", ms(l.p50_ms)],
    ["p95", ms(l.p95_ms)],
    ["p99", ms(l.p99_ms)],
    ["max", ms(l.max_ms)],
    ["throughput", `${fmt(l.throughput_rps)} requests/s`],
    ...batchRows
  ];
}
var TEXT_LOG_LINES = 15;
var ms = (n) => n === void 0 ? "\u2014" : `${fmt(n)} ms`;
var err = (n) => n === void 0 ? "\u2014" : fmt(n);
function title(m) {
  return m.model ? `${m.model} ${m.version}` : m.manifest;
}
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(
    (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()
  );
}
function columns(targets) {
  const batch = targets.some((t) => t.throughputRps !== void 0);
  const header = [
    "target",
    "verdict",
    "runtime",
    "load",
    "p95",
    ...batch ? ["rows/s"] : [],
    "max abs error"
  ];
  const row = (t) => [
    t.target + (t.required ? "" : " (optional)"),
    t.verdict,
    t.serving ? servingText(t) : runtimeText(t.runtime),
    ms(t.loadMs),
    ms(t.latency?.p95),
    ...batch ? [t.throughputRps === void 0 ? "\u2014" : fmt(t.throughputRps)] : [],
    err(t.maxAbsError)
  ];
  return { header, rows: targets.map(row) };
}
function renderCompatText(report) {
  const lines = [];
  for (const m of report.models) {
    lines.push(`${m.verdict === "pass" ? "\u2713" : "\u2717"} ${title(m)} (${m.manifest}): ${m.verdict}`);
    for (const f of m.findings) lines.push(`  ${formatFinding(f)}`);
    if (m.targets.length) {
      const { header, rows } = columns(m.targets);
      lines.push(...table([header, ...rows]).map((l) => `  ${l}`));
    }
    for (const t of m.targets) for (const f of t.findings) lines.push(`  ${formatFinding(f)}`);
    for (const t of m.targets) {
      if (t.load) {
        const figures = loadRows(t).filter(([k]) => k !== "measured");
        const text2 = figures.map(([k, v]) => k === "load" ? v : `${k} ${v}`).join(", ");
        lines.push(`  ${t.target}: load test: ${text2}`);
      }
      if (t.serverLog) {
        lines.push(`  ${t.target}: last lines of the server's log:`);
        for (const l of t.serverLog.trimEnd().split("\n").slice(-TEXT_LOG_LINES))
          lines.push(`    ${l}`);
      }
    }
  }
  const targets = report.models.reduce((n2, m) => n2 + m.targets.length, 0);
  const n = report.models.length;
  lines.push(
    `verdict: ${report.verdict} (${n} model${n === 1 ? "" : "s"}, ${targets} target${targets === 1 ? "" : "s"}${report.engine ? `, ${report.engine}` : ""})`
  );
  return lines.join("\n");
}
function renderCompatMarkdown(report) {
  const out = [`## modelgate test${report.target ? ` (${report.target})` : ""}`, ""];
  for (const m of report.models) {
    out.push(
      `### ${MARK[m.verdict]} \`${m.model ?? m.manifest}\` ${m.version ?? ""}: ${m.verdict}`.trimEnd(),
      ""
    );
    if (m.targets.length) {
      const { header, rows } = columns(m.targets);
      out.push(`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`);
      for (const [i, [name, verdict, ...rest]] of rows.entries()) {
        out.push(
          `| \`${cell(name)}\` | ${MARK[m.targets[i].verdict]} ${verdict} | ${rest.map(cell).join(" | ")} |`
        );
      }
      out.push("");
    }
    const findings = [...m.findings, ...m.targets.flatMap((t) => t.findings)];
    if (findings.length) {
      out.push("| severity | where | finding |", "|---|---|---|");
      for (const f of findings)
        out.push(
          `| ${f.severity} | \`${cell(formatLocation(f.location))}\` | ${cell(f.message)} (\`${f.rule}\`) |`
        );
      out.push("");
    }
    for (const t of m.targets) {
      if (t.load) {
        out.push(`#### Load test of \`${cell(t.target)}\``, "", "| | |", "|---|---|");
        for (const [k, v] of loadRows(t)) out.push(`| ${k} | ${cell(v)} |`);
        out.push("", latencyChart(t.load, `${t.target}: latency of successful requests`), "");
      }
      if (t.serverLog) {
        const f = fenceFor(t.serverLog, 3);
        out.push(
          `<details><summary>Last lines of the server's log (<code>${cell(t.target)}</code>)</summary>`,
          "",
          f,
          t.serverLog.trimEnd(),
          f,
          "",
          "</details>",
          ""
        );
      }
    }
  }
  return out.join("\n");
}
function compatReport(report) {
  return {
    command: "test",
    scope: report.target,
    verdict: report.verdict,
    models: report.models.map((m) => ({
      name: m.model,
      version: m.version,
      manifest: m.manifest,
      verdict: m.verdict,
      summary: `${m.targets.filter((t) => t.verdict === "pass").length} of ${m.targets.length} targets pass`,
      findings: [...m.findings, ...m.targets.flatMap((t) => t.findings)],
      compat: m.targets.map((t) => ({
        target: t.target,
        required: t.required,
        verdict: t.verdict,
        runtime: runtimeText(t.runtime),
        loadMs: t.loadMs,
        p50Ms: t.latency?.p50,
        p95Ms: t.latency?.p95,
        maxAbsError: t.maxAbsError,
        maxRelError: t.maxRelError,
        detail: t.findings.map((f) => f.message).join("; ") || void 0
      }))
    }))
  };
}
function renderPlanText(matrix) {
  if (matrix.include.length === 0) return "no compatibility targets: the matrix is empty";
  return table([
    ["model", "target", "image", "required"],
    ...matrix.include.map((e) => [e.model, e.target, e.image, String(e.required)])
  ]).join("\n");
}
function renderPlanMarkdown(matrix) {
  return [
    "## modelgate plan",
    "",
    "| model | target | image | required |",
    "|---|---|---|---|",
    ...matrix.include.map(
      (e) => `| \`${cell(e.model)}\` | \`${cell(e.target)}\` | \`${cell(e.image)}\` | ${e.required ? "yes" : "no"} |`
    ),
    ""
  ].join("\n");
}

export {
  parseHarnessResult,
  evaluate,
  fmt,
  renderCompatText,
  renderCompatMarkdown,
  compatReport,
  renderPlanText,
  renderPlanMarkdown
};
