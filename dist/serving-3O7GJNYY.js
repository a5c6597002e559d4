#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  GENERATED_MAX_BATCH_SIZE,
  LayoutError,
  TRITON_DATA_TYPE,
  TRITON_UNSUPPORTED,
  checkTritonConfig,
  maxBatchSizeOf,
  placeArtifacts,
  servedVersion,
  signatureBatches
} from "./chunk-BKEKQBAJ.js";
import {
  resolveInside
} from "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/manifest/serving.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
var SERVABLE = {
  triton: ["onnx", "pytorch", "tensorflow", "tensorrt"],
  tfserving: ["tensorflow"]
};
var PROTOCOL_OF_LAYOUT = {
  triton: "kserve-v2",
  tfserving: "tfserving"
};
var MAX_TRITON_CONFIG_BYTES = 1e6;
async function checkServingTargets(m, map, paths) {
  const findings = [];
  const checked = /* @__PURE__ */ new Map();
  const error = (rule, message, at, key = false) => findings.push({ severity: "error", rule, message, location: map.locate(at, key) });
  for (const [i, t] of m.compatibility.targets.entries()) {
    const at = ["compatibility", "targets", i];
    const serve = t.serve;
    if (t.load !== void 0) {
      if (serve === void 0) {
        error(
          "load-needs-serve",
          `target \`${t.name}\` has \`load\` but no \`serve\`: only a serving target is load-tested`,
          [...at, "load"],
          true
        );
      }
      if (t.load.concurrency !== void 0 && t.load.rate_rps !== void 0) {
        error(
          "load-concurrency-and-rate",
          `target \`${t.name}\`: \`load\` takes either \`concurrency\` (closed loop) or \`rate_rps\` (open loop), not both`,
          [...at, "load", "rate_rps"],
          true
        );
      } else if (t.load.concurrency === void 0 && t.load.rate_rps === void 0) {
        error(
          "load-needs-concurrency-or-rate",
          `target \`${t.name}\`: \`load\` needs \`concurrency\` (closed loop) or \`rate_rps\` (open loop)`,
          [...at, "load"],
          true
        );
      }
      if (t.load.batch_size !== void 0 && m.serving.mode !== "batch") {
        error(
          "load-batch-size-mode",
          `target \`${t.name}\`: \`load.batch_size\` sends batches, which only serving.mode \`batch\` judges (rows per second); this manifest's mode is \`${m.serving.mode}\``,
          [...at, "load", "batch_size"],
          true
        );
      }
    }
    if (serve === void 0) continue;
    if (t.command !== void 0) {
      error(
        "serve-target-command",
        `target \`${t.name}\`: \`command\` runs the Python harness, which a serving target does not use; the server's command line is \`serve.command\``,
        [...at, "command"],
        true
      );
    }
    if (PROTOCOL_OF_LAYOUT[serve.layout] !== serve.protocol) {
      findings.push({
        severity: "warning",
        rule: "serve-protocol-layout",
        message: `target \`${t.name}\`: no known server speaks \`${serve.protocol}\` over a \`${serve.layout}\` repository (${serve.layout === "triton" ? "Triton speaks kserve-v2" : "TF Serving speaks tfserving"}); check protocol and layout`,
        location: map.locate([...at, "serve", "protocol"])
      });
    }
    if (!SERVABLE[serve.layout].includes(m.model.framework)) {
      error(
        "serve-layout-framework",
        `target \`${t.name}\`: layout \`${serve.layout}\` cannot serve framework \`${m.model.framework}\`; it serves ${SERVABLE[serve.layout].join(", ")}`,
        [...at, "serve", "layout"]
      );
    }
    if (serve.config !== void 0 && serve.layout !== "triton") {
      error(
        "serve-config-layout",
        `target \`${t.name}\`: \`serve.config\` is a Triton config.pbtxt and only goes with layout \`triton\`, not \`${serve.layout}\``,
        [...at, "serve", "config"],
        true
      );
    }
    if (serve.layout === "triton" && serve.config === void 0 && m.model.signature === void 0) {
      error(
        "serve-needs-signature",
        `target \`${t.name}\`: layout \`triton\` generates config.pbtxt from \`model.signature\`, which is missing; add the signature or give \`serve.config\``,
        [...at, "serve", "layout"]
      );
    }
    if (serve.layout === "triton" && m.model.framework === "tensorrt" && serve.config === void 0 && m.model.signature !== void 0 && signatureBatches(m.model.signature)) {
      findings.push({
        severity: "warning",
        rule: "serve-tensorrt-max-batch",
        message: `target \`${t.name}\`: the generated config.pbtxt sets max_batch_size ${GENERATED_MAX_BATCH_SIZE}, which Triton refuses for a TensorRT engine built for fewer rows; give \`serve.config\` with your engine's max_batch_size`,
        location: map.locate([...at, "serve", "layout"])
      });
    }
    if (serve.layout === "triton") {
      const unsupported = TRITON_UNSUPPORTED[m.model.framework] ?? [];
      for (const side of ["inputs", "outputs"]) {
        for (const [j, tensor] of (m.model.signature?.[side] ?? []).entries()) {
          if (!unsupported.includes(tensor.dtype)) continue;
          error(
            "serve-triton-data-type",
            `target \`${t.name}\`: Triton's ${m.model.framework} backend does not support ${tensor.dtype} (${TRITON_DATA_TYPE[tensor.dtype]}), the dtype of ${side.slice(0, -1)} \`${tensor.name}\``,
            ["model", "signature", side, j, "dtype"]
          );
        }
      }
    }
    if (SERVABLE[serve.layout].includes(m.model.framework)) {
      try {
        placeArtifacts(
          serve.layout,
          m.model.framework,
          m.model.artifacts.map((a) => ({ path: a.path, absolute: resolve(paths.dir, a.path) }))
        );
      } catch (err) {
        if (!(err instanceof LayoutError)) throw err;
        error("serve-artifacts-layout", `target \`${t.name}\`: ${err.message}`, [
          "model",
          "artifacts"
        ]);
      }
    }
    let userConfig;
    if (serve.layout === "triton" && serve.config !== void 0) {
      const c = await checkConfigFile(
        m,
        serve.config,
        [...at, "serve", "config"],
        map,
        paths,
        checked
      );
      findings.push(...c.findings);
      userConfig = c.config;
    }
    if (t.load?.batch_size !== void 0 && m.serving.mode === "batch")
      checkBatch(m, t, t.load.batch_size, at, userConfig, error);
  }
  if (m.compatibility.targets.some((t) => t.serve !== void 0)) {
    try {
      servedVersion(m.model.version);
    } catch (err) {
      if (!(err instanceof LayoutError)) throw err;
      error("serve-version-number", `${err.message} (serving targets need it)`, [
        "model",
        "version"
      ]);
    }
  }
  return findings;
}
function checkBatch(m, t, rows, at, userConfig, error) {
  const key = [...at, "load", "batch_size"];
  const sends = `serving.mode batch sends ${rows} rows a request (load.batch_size)`;
  const signature = m.model.signature;
  if (signature === void 0) {
    error(
      "load-batch-needs-signature",
      `target \`${t.name}\`: ${sends} along each input's batch dimension, which \`model.signature\` must give (a leading -1); add the signature`,
      key,
      true
    );
    return;
  }
  const unbatched = signature.inputs.find((x) => x.shape[0] !== -1);
  if (unbatched !== void 0) {
    error(
      "load-batch-dimension",
      `target \`${t.name}\`: ${sends} along the leading batch dimension, but input \`${unbatched.name}\` has shape [${unbatched.shape.join(", ")}], which starts with none (-1); batch mode needs a model that takes a batch`,
      key,
      true
    );
    return;
  }
  if (t.serve?.layout !== "triton") return;
  if (t.serve.config !== void 0 && userConfig === void 0) return;
  const max = tritonMaxBatch(signature, userConfig);
  if (max !== void 0 && max.value > 0 && rows > max.value) {
    error(
      "load-batch-over-max-batch-size",
      `target \`${t.name}\`: load.batch_size ${rows} is over max_batch_size ${max.value} of ${max.of}, and Triton refuses a request of more rows; lower load.batch_size${userConfig ? " or raise max_batch_size" : " or give serve.config"}`,
      key,
      true
    );
  }
}
function tritonMaxBatch(signature, userConfig) {
  if (userConfig === void 0) {
    return {
      value: signatureBatches(signature) ? GENERATED_MAX_BATCH_SIZE : 0,
      of: "the config.pbtxt modelgate generates"
    };
  }
  const c = maxBatchSizeOf(userConfig.text, userConfig.shown);
  return c && { value: c.value, of: `${userConfig.shown}${c.at ? ` (line ${c.at.line})` : ""}` };
}
async function checkConfigFile(m, config, at, map, paths, checked) {
  const here = (rule, message) => ({
    findings: [{ severity: "error", rule, message, location: map.locate(at) }]
  });
  const r = await resolveInside(paths.root, paths.dir, config);
  if (!r.ok) {
    return here("path-outside-repository", `serve.config \`${config}\` is refused: ${r.reason}`);
  }
  if (!r.exists) return here("serve-config-missing", `serve.config \`${config}\` does not exist`);
  if (checked.has(r.path)) return { findings: [], config: checked.get(r.path) };
  checked.set(r.path, void 0);
  const st = await stat(r.path);
  if (!st.isFile()) return here("serve-config-missing", `serve.config \`${config}\` is not a file`);
  if (st.size > MAX_TRITON_CONFIG_BYTES) {
    return here(
      "serve-config-too-large",
      `serve.config \`${config}\` is ${st.size} bytes; a config.pbtxt is at most ${MAX_TRITON_CONFIG_BYTES}`
    );
  }
  const file = { text: await readFile(r.path, "utf8"), shown: paths.display(r.path) };
  checked.set(r.path, file);
  return {
    findings: checkTritonConfig(
      file.text,
      file.shown,
      m.model.signature,
      m.model.name,
      m.model.framework
    ),
    config: file
  };
}
export {
  MAX_TRITON_CONFIG_BYTES,
  SERVABLE,
  checkServingTargets
};
