#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  refuseRegistryWrite
} from "./chunk-H773MJQA.js";
import {
  checkVersion,
  loadManifests,
  openRegistryFor,
  provenance,
  recordEvidence,
  registryOptions
} from "./chunk-G2CZ46KP.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-4D26SINW.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-PJPDOYQZ.js";
import {
  cell
} from "./chunk-BEQKABMV.js";
import {
  booleanOption,
  stringOption
} from "./chunk-P7GZZ6JI.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-LNSTQQSX.js";
import {
  ConfigError,
  GateError
} from "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/analysis/analysis.ts
var MetricUnavailable = class extends Error {
};
function judgeMetric(metric, value) {
  const base = { name: metric.name, value, min: metric.min, max: metric.max };
  if (!Number.isFinite(value)) {
    return {
      ...base,
      verdict: "error",
      message: `${metric.name} is ${value}, not a number that can be judged`
    };
  }
  if (metric.max !== void 0 && value > metric.max) {
    return {
      ...base,
      verdict: "fail",
      message: `${metric.name} = ${value}, above the maximum ${metric.max}`
    };
  }
  if (metric.min !== void 0 && value < metric.min) {
    return {
      ...base,
      verdict: "fail",
      message: `${metric.name} = ${value}, below the minimum ${metric.min}`
    };
  }
  return { ...base, verdict: "pass", message: `${metric.name} = ${value} within bounds` };
}
async function analyzeCanary(analysis, provider, subject) {
  const metrics = [];
  for (const metric of analysis.metrics) {
    try {
      metrics.push(judgeMetric(metric, await provider.read(metric, subject)));
    } catch (err) {
      if (!(err instanceof MetricUnavailable)) throw err;
      metrics.push({
        name: metric.name,
        min: metric.min,
        max: metric.max,
        verdict: "error",
        message: err.message
      });
    }
  }
  return {
    verdict: metrics.every((m) => m.verdict === "pass") ? "pass" : "fail",
    provider: provider.name,
    subject,
    metrics
  };
}

// src/analysis/providers.ts
import { readFile } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
function fileProvider(path) {
  let cache;
  const load = async () => {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch (err) {
      throw new MetricUnavailable(`cannot read metrics file ${path}: ${err.message}`);
    }
    let data;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new MetricUnavailable(`metrics file ${path} is not JSON: ${err.message}`);
    }
    if (typeof data !== "object" || data === null)
      throw new MetricUnavailable(`metrics file ${path} must hold an object`);
    const inner = data.metrics;
    return typeof inner === "object" && inner !== null ? inner : data;
  };
  return {
    name: "file",
    async read(metric) {
      cache ??= load();
      const values = await cache;
      const v = values[metric.name];
      if (typeof v !== "number") {
        throw new MetricUnavailable(`metrics file ${path} has no number for \`${metric.name}\``);
      }
      return v;
    }
  };
}
function expandQuery(query, subject) {
  return query.replace(
    /\{\{\s*(model|version)\s*\}\}/g,
    (_, key) => subject[key]
  );
}
function prometheusProvider(baseUrl, fetchImpl = fetch, timeoutMs = 1e4) {
  return {
    name: "prometheus",
    async read(metric, subject) {
      if (!metric.query)
        throw new MetricUnavailable(
          `metric \`${metric.name}\` needs a \`query\` for the prometheus provider`
        );
      const url = new URL("api/v1/query", baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      url.searchParams.set("query", expandQuery(metric.query, subject));
      let body;
      try {
        const res = await fetchImpl(url.toString(), { signal: AbortSignal.timeout(timeoutMs) });
        body = await res.text();
        if (!res.ok)
          throw new MetricUnavailable(
            `prometheus answered ${res.status} for \`${metric.name}\`: ${body.slice(0, 200)}`
          );
      } catch (err) {
        if (err instanceof MetricUnavailable) throw err;
        throw new MetricUnavailable(
          `cannot reach prometheus at ${baseUrl} for \`${metric.name}\`: ${err.message}`
        );
      }
      let parsed;
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new MetricUnavailable(`prometheus answer for \`${metric.name}\` is not JSON`);
      }
      if (parsed.status !== "success")
        throw new MetricUnavailable(
          `prometheus query for \`${metric.name}\` failed: ${parsed.error ?? "unknown error"}`
        );
      const sample = singleSample(parsed.data);
      if (typeof sample === "string")
        throw new MetricUnavailable(`query for \`${metric.name}\` ${sample}`);
      return sample;
    }
  };
}
function singleSample(data) {
  if (data?.resultType === "scalar" && Array.isArray(data.result)) return Number(data.result[1]);
  if (data?.resultType !== "vector" || !Array.isArray(data.result))
    return `returned ${data?.resultType ?? "nothing"}, not an instant vector`;
  if (data.result.length === 0) return "returned no samples (no traffic reached the canary?)";
  if (data.result.length > 1)
    return `returned ${data.result.length} series; aggregate it to one (e.g. sum or max)`;
  const value = data.result[0].value;
  return Array.isArray(value) ? Number(value[1]) : "returned a sample without a value";
}
function providerFor(analysis, manifestDir) {
  if (analysis.provider === "file")
    return fileProvider(resolvePath(manifestDir, analysis.path ?? "metrics.json"));
  return prometheusProvider(analysis.url ?? "");
}

// src/report/analysis.ts
var bound = (min, max) => [min === void 0 ? "" : `\u2265 ${min}`, max === void 0 ? "" : `\u2264 ${max}`].filter(Boolean).join(", ") || "\u2014";
function renderAnalysisText(r) {
  const lines = [
    `canary analysis of ${r.subject.model} ${r.subject.version} (${r.provider}): ${r.verdict}`
  ];
  for (const m of r.metrics) {
    lines.push(
      `  ${m.verdict === "pass" ? "\u2713" : "\u2717"} ${m.name}  ${m.value ?? "\u2014"}  (${bound(m.min, m.max)})  ${m.verdict === "pass" ? "" : m.message}`.trimEnd()
    );
  }
  return lines.join("\n");
}
function renderAnalysisMarkdown(r) {
  return [
    `## ${r.verdict === "pass" ? "\u2705" : "\u274C"} canary analysis of \`${r.subject.model}\` ${r.subject.version}: ${r.verdict}`,
    "",
    `Provider: ${r.provider}`,
    "",
    "| metric | value | bounds | verdict |",
    "|---|---|---|---|",
    ...r.metrics.map(
      (m) => `| ${cell(m.name)} | ${m.value ?? "\u2014"} | ${bound(m.min, m.max)} | ${m.verdict === "pass" ? "pass" : cell(`${m.verdict}: ${m.message}`)} |`
    ),
    ""
  ].join("\n");
}

// src/commands/analyze.ts
function makeAnalyzeCommand() {
  return {
    name: "analyze",
    summary: "Judge the canary against promotion.canary.analysis (the production gate)",
    description: "Reads every metric of the manifest's promotion.canary.analysis for the version the canary runs (a JSON file, or instant queries against the Prometheus HTTP API where {{model}} and {{version}} stand for the canary) and checks each against its min/max. A metric with no data, several series or an unreachable server fails: a canary that saw no traffic has proven nothing. With --record the result is stored as analysis evidence, which promote --to production requires. Exits 1 when the analysis fails.",
    options: [
      manifestOption,
      rootOption,
      {
        name: "version",
        kind: "string",
        placeholder: "V",
        description: "The version to judge. Default: the version the canary holds in the registry."
      },
      {
        name: "record",
        kind: "boolean",
        description: "Store the result in the registry as analysis evidence (what promote --to production checks)."
      },
      ...registryOptions,
      jsonOption
    ],
    examples: ["modelgate analyze", "modelgate analyze --record"],
    async run(inv, ctx) {
      const record = booleanOption(inv, "record");
      if (record) await refuseRegistryWrite(inv, ctx, "analyze --record");
      const registry = openRegistryFor(inv, ctx);
      const results = [];
      for (const loaded of await loadManifests(inv, ctx)) {
        const m = loaded.manifest;
        const analysis = m.promotion.canary.analysis;
        if (!analysis) {
          throw new ConfigError(
            `${loaded.shown} configures no canary analysis`,
            loaded.shown,
            "add promotion.canary.analysis (provider file or prometheus, and metrics with min/max)"
          );
        }
        const state = await registry.state(m.model.name);
        const given = stringOption(inv, "version");
        const version = given !== void 0 ? checkVersion(given) : state.stages.canary?.version;
        if (version === void 0) {
          throw new GateError(
            `the canary of ${m.model.name} runs no version`,
            "promote --to canary first, or pass --version"
          );
        }
        const result = await analyzeCanary(analysis, providerFor(analysis, loaded.dir), {
          model: m.model.name,
          version
        });
        results.push(result);
        if (record) {
          const published = await registry.publishedVersion(m.model.name, version);
          if (!published)
            throw new GateError(
              `${m.model.name} ${version} is not published`,
              "run modelgate publish first"
            );
          const weight = state.stages.canary?.version === version ? state.stages.canary.weight : void 0;
          await recordEvidence(registry, m.model.name, version, `analysis-${weight ?? 0}`, {
            verdict: result.verdict,
            artifacts: published.artifacts.map((a) => ({ path: a.path, sha256: a.sha256 })),
            details: result,
            recorded: provenance(ctx),
            // Production reads the newest analysis of any step by its time: a rerun that
            // failed again must be newer than a pass recorded at another step since.
            everyRun: true
          });
        }
      }
      const verdict = results.every((r) => r.verdict === "pass") ? "pass" : "fail";
      return {
        exitCode: verdict === "pass" ? 0 : 1,
        verdict,
        json: { verdict, models: results },
        text: results.map(renderAnalysisText).join("\n"),
        markdown: results.map(renderAnalysisMarkdown).join("\n"),
        outputs: {
          verdict,
          model: results.map((r) => r.subject.model).join(","),
          version: results.map((r) => r.subject.version).join(",")
        },
        findings: []
      };
    }
  };
}
export {
  makeAnalyzeCommand
};
