#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  compatReport,
  evaluate,
  parseHarnessResult,
  renderCompatMarkdown,
  renderCompatText
} from "./chunk-S63PGLU3.js";
import {
  ENGINES,
  EXIT_KILLED,
  arm,
  detectEngine,
  lastLine
} from "./chunk-EYQLS545.js";
import {
  checkArtifacts
} from "./chunk-7OV7DNCK.js";
import {
  progressReporter
} from "./chunk-GSX4WLHA.js";
import {
  refuseRegistryWrite
} from "./chunk-7GZ3FSGV.js";
import {
  openRegistryFor,
  provenance,
  recordEvidence,
  recordOption,
  registryOptions
} from "./chunk-O6IZ42IZ.js";
import {
  sha256Bytes
} from "./chunk-WLW7VUCT.js";
import {
  loadManifest
} from "./chunk-LKDW72ZL.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import "./chunk-L7QR56MK.js";
import "./chunk-QZE4DUBB.js";
import {
  resolveInside,
  selectManifests
} from "./chunk-UWHIO7GO.js";
import {
  hasErrors
} from "./chunk-BEQKABMV.js";
import {
  closest
} from "./chunk-4OFAA5JN.js";
import {
  booleanOption,
  requireString,
  stringOption
} from "./chunk-KFY4FQZZ.js";
import "./chunk-HHJXX4QZ.js";
import {
  InfraError,
  UsageError
} from "./chunk-TLMKNUIS.js";
import "./chunk-WJXHPGZE.js";

// src/compat/locate.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var HARNESS_FILE = "harness.py";
function harnessDir(moduleUrl = import.meta.url) {
  const dir = join(dirname(fileURLToPath(moduleUrl)), "harness");
  if (!existsSync(join(dir, HARNESS_FILE))) {
    throw new InfraError(
      `the compatibility harness is missing: no ${join(dir, HARNESS_FILE)}`,
      "reinstall modelgate, or run `npm run build`, which copies it next to the bundle"
    );
  }
  return dir;
}

// src/compat/plan.ts
function selectTargets(targets, name) {
  return name === void 0 ? [...targets] : targets.filter((t) => t.name === name);
}
function unknownTarget(name, known) {
  const guess = closest(name, known);
  return new UsageError(
    `no compatibility target named ${JSON.stringify(name)}${guess ? `; did you mean ${guess}?` : ""}`,
    known.length ? `the manifest's targets: ${known.join(", ")}` : "the manifest has no compatibility.targets"
  );
}

// src/compat/run.ts
import { chmod, mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join as join2 } from "node:path";

// src/compat/pool.ts
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await fn(items[i], i);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)
  );
  const rejected = settled.find((s) => s.status === "rejected");
  if (rejected) throw rejected.reason;
  return results;
}

// src/compat/run.ts
var HARNESS_FRAMEWORKS = ["sklearn", "onnx", "pytorch", "xgboost"];
var SetupFailedError = class extends InfraError {
};
var HARNESS_TIMING = { calls: 200, budget_s: 2, warmup: 3 };
var PIDS_LIMIT = 256;
var MAX_RESULT_BYTES = 8 * 1024 * 1024;
var IN = "/modelgate/in";
var OUT = "/modelgate/out";
var HARNESS = "/modelgate/harness";
var MODEL_DIR = "/modelgate/model";
var SAMPLES = "/modelgate/samples.jsonl";
function limitsOf(t) {
  return { cpus: t.cpus, memoryMb: t.memory_mb, pids: PIDS_LIMIT };
}
var ImagePreparer = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  ready = /* @__PURE__ */ new Map();
  pulls = /* @__PURE__ */ new Map();
  prepare(t) {
    if (t.setup === void 0) return Promise.resolve(t.image);
    const key = `${t.image}
${t.setup}`;
    let p = this.ready.get(key);
    if (!p) {
      p = this.build(t, t.setup);
      this.ready.set(key, p);
    }
    return p;
  }
  /** Pulls an image a run found missing, once however many targets use it. */
  pulled(t, image) {
    let p = this.pulls.get(image);
    if (!p) {
      this.opts.onProgress?.(`${t.name}: pulling ${image}`);
      p = this.opts.engine.pull(image);
      this.pulls.set(image, p);
    }
    return p;
  }
  async build(t, setup) {
    const { engine, onProgress } = this.opts;
    const tag = `localhost/modelgate-setup:${sha256Bytes(`${t.image}
${setup}`).slice(0, 16)}`;
    if (await engine.imageExists(tag)) return tag;
    if (!await engine.imageExists(t.image)) await this.pulled(t, t.image);
    onProgress?.(`${t.name}: running setup in ${t.image} (once; cached as ${tag})`);
    const r = await engine.run({
      image: t.image,
      command: ["sh", "-c", setup],
      mounts: [],
      limits: limitsOf(t),
      timeoutMs: t.timeout_s * 1e3,
      purpose: "setup",
      label: `modelgate-setup-${t.name}`
    });
    if (r.timedOut || r.exitCode !== 0) {
      await engine.remove(r.name);
      throw new SetupFailedError(
        `setup of target ${t.name} ${r.timedOut ? `did not finish in ${t.timeout_s} s` : `exited with code ${r.exitCode}`}: ${lastLine(r.stderr || r.stdout)}`,
        `try it by hand: ${engine.name} run --rm ${t.image} sh -c ${JSON.stringify(setup)}`
      );
    }
    await engine.commit(r.name, tag);
    return tag;
  }
};
async function testTargets(loaded, artifacts, targets, opts) {
  arm();
  const preparer = new ImagePreparer(opts);
  const m = loaded.manifest;
  let samples;
  if (m.model.samples !== void 0) {
    const r = await resolveInside(loaded.root, loaded.dir, m.model.samples);
    if (r.ok && r.exists) samples = r.path;
  }
  return mapBounded(targets, m.compatibility.max_parallel, async (t) => {
    const r = await runTarget(loaded, artifacts, t, preparer, samples, opts);
    if (!t.required) r.findings = r.findings.map(optional);
    opts.onProgress?.(`${t.name}: ${r.verdict}`);
    return r;
  });
}
async function runTarget(loaded, artifacts, t, preparer, samples, opts) {
  const m = loaded.manifest;
  const places = {
    target: loaded.map.locate([
      "compatibility",
      "targets",
      m.compatibility.targets.indexOf(t),
      "name"
    ]),
    samples: samples === void 0 ? void 0 : loaded.display(samples)
  };
  if (t.command === void 0 && !HARNESS_FRAMEWORKS.includes(m.model.framework)) {
    const f = finding(
      t,
      places,
      "compat-no-loader",
      `the harness has no loader for framework ${m.model.framework} (it loads ${HARNESS_FRAMEWORKS.join(", ")}); give the target a \`command\` that writes result.json`
    );
    return {
      target: t.name,
      image: t.image,
      required: t.required,
      durationMs: 0,
      verdict: "error",
      runtime: {},
      findings: [f]
    };
  }
  const image = await preparer.prepare(t);
  const work = await mkdtemp(join2(tmpdir(), "modelgate-compat-"));
  try {
    const inDir = join2(work, "in");
    const outDir = join2(work, "out");
    await mkdir(inDir);
    await mkdir(outDir);
    await chmod(outDir, 511);
    await chmod(work, 493);
    const mounts = [
      { host: opts.harnessDir, container: HARNESS, readOnly: true },
      { host: inDir, container: IN, readOnly: true },
      { host: outDir, container: OUT, readOnly: false }
    ];
    const inside = [];
    for (const [i, a] of artifacts.entries()) {
      if (a.absolute === void 0) continue;
      const path = `/modelgate/artifacts/${i}/${basename(a.absolute)}`;
      mounts.push({ host: a.absolute, container: path, readOnly: true });
      inside.push(path);
    }
    if (samples !== void 0) mounts.push({ host: samples, container: SAMPLES, readOnly: true });
    const threads = Math.max(1, Math.ceil(t.cpus));
    const config = {
      framework: m.model.framework,
      artifacts: inside,
      samples: samples === void 0 ? null : SAMPLES,
      signature: m.model.signature ?? null,
      tolerance: m.compatibility.tolerance,
      mode: m.serving.mode,
      threads,
      timing: HARNESS_TIMING
    };
    await writeFile(join2(inDir, "config.json"), JSON.stringify(config));
    const custom = t.command !== void 0;
    if (custom) mounts.push({ host: loaded.dir, container: MODEL_DIR, readOnly: true });
    const spec = {
      image,
      command: custom ? ["sh", "-c", t.command] : [t.python, `${HARNESS}/${HARNESS_FILE}`, `${IN}/config.json`, `${OUT}/result.json`],
      mounts,
      env: {
        MODELGATE_CONFIG: `${IN}/config.json`,
        MODELGATE_RESULT: `${OUT}/result.json`,
        OMP_NUM_THREADS: String(threads),
        OPENBLAS_NUM_THREADS: String(threads),
        MKL_NUM_THREADS: String(threads),
        PYTHONDONTWRITEBYTECODE: "1",
        HOME: "/tmp"
      },
      workdir: custom ? MODEL_DIR : void 0,
      limits: limitsOf(t),
      timeoutMs: t.timeout_s * 1e3,
      purpose: "test",
      label: `modelgate-${t.name}`
    };
    opts.onProgress?.(`${t.name}: testing in ${image}`);
    let run = await opts.engine.run(spec);
    if (run.imageMissing) {
      await preparer.pulled(t, image);
      run = await opts.engine.run(spec);
    }
    const result = await judge(t, run, join2(outDir, "result.json"), places, custom, m);
    return { target: t.name, image, required: t.required, durationMs: run.durationMs, ...result };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
async function judge(t, run, resultPath, at, custom, m) {
  const failed = (f) => ({ verdict: "error", runtime: {}, findings: [f] });
  if (run.timedOut) return failed(crashFinding(t, run, at, custom));
  let judged;
  try {
    const text = await readResult(resultPath);
    if (text === void 0) return failed(crashFinding(t, run, at, custom));
    judged = evaluate(parseHarnessResult(text), t, m, at);
  } catch (err) {
    return failed(finding(t, at, "compat-bad-result", err.message));
  }
  if (run.exitCode !== 0) {
    judged.verdict = "error";
    judged.findings.push(
      finding(
        t,
        at,
        "compat-exit-code",
        `exited with code ${run.exitCode} after writing result.json: ${lastLine(run.stderr)}`
      )
    );
  }
  return judged;
}
function optional(f) {
  return f.severity === "error" ? { ...f, severity: "warning", message: `${f.message} (target not required)` } : f;
}
function finding(t, at, rule, message) {
  return { severity: "error", rule, message: `${t.name}: ${message}`, location: at.target };
}
function crashFinding(t, run, at, custom) {
  const what = custom ? "the command" : "the harness";
  if (run.timedOut) {
    return finding(
      t,
      at,
      "compat-timeout",
      `${what} did not finish in ${t.timeout_s} s (timeout_s); its container was killed and removed`
    );
  }
  if (run.exitCode === EXIT_KILLED) {
    return finding(
      t,
      at,
      "compat-killed",
      `${what} was killed (exit ${EXIT_KILLED}), most likely out of memory: memory_mb is ${t.memory_mb}`
    );
  }
  if (run.exitCode === 126 || run.exitCode === 127) {
    const prog = custom ? "the command" : `the interpreter ${t.python} (python:)`;
    return finding(
      t,
      at,
      "compat-not-runnable",
      `cannot start ${prog} in ${t.image}: ${lastLine(run.stderr)}`
    );
  }
  return finding(
    t,
    at,
    "compat-no-result",
    `${what} exited with code ${run.exitCode} and wrote no result.json: ${lastLine(run.stderr || run.stdout)}`
  );
}
async function readResult(path) {
  let fh;
  try {
    fh = await open(path, "r");
  } catch {
    return void 0;
  }
  try {
    const { size } = await fh.stat();
    if (size > MAX_RESULT_BYTES)
      throw new Error(`result.json is ${size} bytes; the limit is ${MAX_RESULT_BYTES}`);
    return await fh.readFile("utf8");
  } finally {
    await fh.close();
  }
}

// src/commands/test.ts
var targetOption = {
  name: "target",
  kind: "string",
  placeholder: "NAME",
  description: "Run only this compatibility target (a matrix job of `plan` runs one)."
};
var engineOption = {
  name: "engine",
  kind: "string",
  placeholder: "ENGINE",
  default: "auto",
  choices: ["auto", ...ENGINES],
  description: "Container engine; auto takes the first of docker and podman that answers."
};
async function loadForTest(path, opts, ctx) {
  const result = await loadManifest(path, { cwd: ctx.cwd, root: opts.root });
  const out = {
    manifest: result.shown,
    verdict: "fail",
    findings: [...result.findings],
    artifacts: [],
    targets: []
  };
  if (!result.loaded || hasErrors(result.findings)) return { out };
  out.model = result.loaded.manifest.model.name;
  out.version = result.loaded.manifest.model.version;
  return { out, loaded: result.loaded };
}
async function testModels(opts, ctx) {
  const detected = detectEngine(opts.engine);
  detected.catch(() => void 0);
  const files = await selectManifests(opts.manifest, ctx.cwd);
  const models = [];
  for (const f of files) models.push(await loadForTest(f, opts, ctx));
  if (opts.target !== void 0) {
    const known = models.flatMap(
      (m) => m.loaded?.manifest.compatibility.targets.map((t) => t.name) ?? []
    );
    if (!known.includes(opts.target) && models.some((m) => m.loaded))
      throw unknownTarget(opts.target, known);
  }
  const report = { verdict: "pass", target: opts.target, models: [] };
  for (const { out, loaded } of models) {
    const targets = loaded ? selectTargets(loaded.manifest.compatibility.targets, opts.target) : [];
    if (loaded && opts.target !== void 0 && targets.length === 0) continue;
    report.models.push(out);
    if (!loaded) continue;
    const checked = await checkArtifacts(loaded, { onProgress: progressReporter(ctx.log) });
    out.findings.push(...checked.findings, ...checked.artifacts.flatMap((a) => a.findings));
    out.artifacts = checked.artifacts.flatMap(
      (a) => a.sha256 ? [{ path: a.path, sha256: a.sha256 }] : []
    );
    if (hasErrors(out.findings)) continue;
    if (targets.length === 0) {
      out.findings.push({
        severity: "warning",
        rule: "compat-no-targets",
        message: "the manifest lists no compatibility.targets: nothing was tested",
        location: loaded.map.locate(["compatibility"])
      });
    } else {
      const engine = await detected;
      report.engine = engine.name;
      out.targets = await testTargets(loaded, checked.artifacts, targets, {
        engine,
        harnessDir: harnessDir(),
        onProgress: (m) => ctx.log.progress(m)
      });
    }
    const failed = out.targets.some((t) => t.required && t.verdict !== "pass");
    out.verdict = failed ? "fail" : "pass";
  }
  report.verdict = report.models.every((m) => m.verdict === "pass") ? "pass" : "fail";
  return report;
}
function compatJson(report) {
  return {
    verdict: report.verdict,
    engine: report.engine,
    target: report.target,
    models: report.models
  };
}
async function recordCompat(report, registry, ctx) {
  const recorded = provenance(ctx);
  for (const m of report.models) {
    if (!m.model || !m.version) continue;
    for (const t of m.targets) {
      const { target, findings, ...details } = t;
      const r = await recordEvidence(registry, m.model, m.version, `compat-${target}`, {
        verdict: t.verdict === "pass" ? "pass" : "fail",
        artifacts: m.artifacts,
        details: {
          ...details,
          manifest: m.manifest,
          findings: findings.map((f) => ({
            severity: f.severity,
            rule: f.rule,
            message: f.message
          }))
        },
        recorded
      });
      ctx.log.info(
        `${r.created ? "recorded" : "already recorded"} ${t.verdict} compat-${target} evidence for ${m.model} ${m.version}: ${r.uri}`
      );
    }
  }
}
function makeTestCommand() {
  return {
    name: "test",
    summary: "Load the model in each target image and check it answers the golden samples",
    description: "For every compatibility target of the manifest, runs the harness inside the target image (docker or podman; no network; CPU, memory and process limits; artifacts read-only): it loads the artifacts with the image's framework, runs model.samples, compares the outputs with the expected ones within compatibility.tolerance and the signature, measures load time and latency, and reports every warning raised while loading. Targets run concurrently, at most compatibility.max_parallel at a time; serving.slo is checked. Exits 1 when a required target fails, 2 when an image or the engine is missing. With --record, each target's result is stored in the registry as compat-<target> evidence for the version.",
    options: [
      manifestOption,
      rootOption,
      targetOption,
      engineOption,
      recordOption,
      ...registryOptions,
      jsonOption
    ],
    examples: [
      "modelgate test",
      "modelgate test --target py311-sklearn12 --json",
      "modelgate test --engine podman"
    ],
    async run(inv, ctx) {
      let registry;
      if (booleanOption(inv, "record")) {
        await refuseRegistryWrite(inv, ctx, "test --record");
        registry = openRegistryFor(inv, ctx);
      }
      const report = await testModels(
        {
          manifest: requireString(inv, "manifest"),
          root: stringOption(inv, "root"),
          target: stringOption(inv, "target") || void 0,
          engine: requireString(inv, "engine")
        },
        ctx
      );
      if (registry) await recordCompat(report, registry, ctx);
      return {
        exitCode: report.verdict === "pass" ? 0 : 1,
        verdict: report.verdict,
        json: compatJson(report),
        text: renderCompatText(report),
        markdown: renderCompatMarkdown(report),
        report: compatReport(report),
        outputs: {
          verdict: report.verdict,
          model: report.models.map((m) => m.model ?? "").filter(Boolean).join(","),
          version: report.models.map((m) => m.version ?? "").filter(Boolean).join(",")
        },
        findings: report.models.flatMap((m) => [
          ...m.findings,
          ...m.targets.flatMap((t) => t.findings)
        ])
      };
    }
  };
}
export {
  compatJson,
  makeTestCommand,
  targetOption,
  testModels
};
