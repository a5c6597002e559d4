#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  InfraError
} from "./chunk-TLMKNUIS.js";

// src/compat/cancel.ts
import { randomBytes } from "node:crypto";
var RUN_LABEL = "modelgate.run";
var PID_LABEL = "modelgate.pid";
var CANCEL_BUDGET_MS = 5e3;
var EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function runIdFromEnv(env) {
  if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_RUN_ID) return void 0;
  return [
    "github",
    env.GITHUB_RUN_ID,
    env.GITHUB_RUN_ATTEMPT || "1",
    env.GITHUB_JOB ?? "",
    env.RUNNER_NAME ?? "",
    env.GITHUB_ACTION ?? ""
  ].join("/");
}
var runId;
function currentRunId() {
  runId ??= runIdFromEnv(process.env) ?? `local/${randomBytes(8).toString("hex")}`;
  return runId;
}
function containerLabels() {
  return [`${RUN_LABEL}=${currentRunId()}`, `${PID_LABEL}=${process.pid}`];
}
var live = /* @__PURE__ */ new Map();
var installed = false;
var cancelling = false;
function arm() {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(EXIT_CODES))
    process.on(signal, () => void cancel(signal));
}
function track(name, engine) {
  arm();
  live.set(name, { engine });
}
function attach(name, client) {
  const entry = live.get(name);
  if (entry) entry.client = client;
}
function untrack(name) {
  live.delete(name);
}
function isCancelling() {
  return cancelling;
}
function liveContainers() {
  return [...live.keys()];
}
async function cancel(signal) {
  const code = EXIT_CODES[signal];
  if (cancelling) process.exit(code);
  cancelling = true;
  const names = liveContainers();
  if (names.length > 0)
    process.stderr.write(
      `modelgate: ${signal}: removing ${names.length} container${names.length === 1 ? "" : "s"} (${names.join(", ")})
`
    );
  const byEngine = /* @__PURE__ */ new Map();
  for (const [name, { engine, client }] of live) {
    client?.kill("SIGKILL");
    byEngine.set(engine, [...byEngine.get(engine) ?? [], name]);
  }
  const removed = Promise.allSettled(
    [...byEngine].map(
      ([engine, these]) => engine.removeAll(these, [`${PID_LABEL}=${process.pid}`, `${RUN_LABEL}=${currentRunId()}`])
    )
  );
  const timer = new Promise(
    (resolve) => setTimeout(() => resolve("late"), CANCEL_BUDGET_MS)
  );
  const settled = await Promise.race([removed, timer]);
  if (settled === "late")
    process.stderr.write(
      `modelgate: ${signal}: containers not removed within ${CANCEL_BUDGET_MS / 1e3} s; exiting anyway
`
    );
  else
    for (const s of settled)
      if (s.status === "rejected")
        process.stderr.write(`modelgate: ${signal}: ${s.reason.message}
`);
  process.exit(code);
}

// src/compat/engine.ts
import { spawn } from "node:child_process";
import { randomBytes as randomBytes2 } from "node:crypto";
import { constants } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
var ENGINES = ["docker", "podman"];
var EngineUnavailableError = class extends InfraError {
};
var ImageUnavailableError = class extends InfraError {
  constructor(image, engine, detail) {
    super(
      `image ${image} is not present and cannot be pulled: ${detail}`,
      `build or pull it first (\`${engine} pull ${image}\`), or fix \`image:\` of the target in the manifest`
    );
    this.image = image;
  }
  image;
};
var KEEP_BYTES = 64 * 1024;
var KILL_GRACE_MS = 1e4;
var REMOVE_WITHIN_MS = 4e3;
var REMOVE_POLL_MS = 200;
var EXIT_ENGINE_ERROR = 125;
var MISSING_IMAGE = /image not known|No such image|Unable to find image/i;
var EXIT_KILLED = 137;
var Tail = class {
  chunks = [];
  size = 0;
  push(b) {
    this.chunks.push(b);
    this.size += b.length;
    while (this.size - this.chunks[0].length >= KEEP_BYTES)
      this.size -= this.chunks.shift().length;
  }
  toString() {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - KEEP_BYTES)).toString("utf8");
  }
};
var STDIO_GRACE_MS = 100;
function tool(bin, args, opts = {}) {
  return new Promise((resolve, reject) => {
    if (isCancelling() && !opts.evenWhenCancelling) return;
    const out = new Tail();
    const err = new Tail();
    let exitCode;
    let settled = false;
    const finish = () => {
      if (settled || exitCode === void 0 || isCancelling() && !opts.evenWhenCancelling) return;
      settled = true;
      resolve({ exitCode, stdout: out.toString(), stderr: err.toString() });
    };
    const child = spawn(bin, [...args], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", (e) => {
      if (settled) return;
      settled = true;
      reject(
        new EngineUnavailableError(
          e.code === "ENOENT" ? `${bin} is not installed (not on the PATH)` : `cannot run ${bin}: ${e.message}`,
          `install ${bin}, or choose the other engine with --engine ${bin === "docker" ? "podman" : "docker"}`
        )
      );
    });
    child.on("exit", (code, signal) => {
      exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      setTimeout(finish, STDIO_GRACE_MS);
    });
    child.on("close", finish);
    opts.onSpawn?.(child);
  });
}
function lastLine(text) {
  return text.trim().split("\n").filter(Boolean).pop() ?? "(no output)";
}
var SCRATCH_MOUNTS = [
  "/tmp:rw,exec,nosuid,nodev,size=256m,mode=1777",
  "/var/tmp:rw,exec,nosuid,nodev,size=64m,mode=1777",
  "/run:rw,noexec,nosuid,nodev,size=16m,mode=755"
];
var SHM_SIZE = "64m";
function runArgs(spec, name) {
  const args = ["run", "--pull", "never", "--name", name];
  for (const label of containerLabels()) args.push("--label", label);
  if (spec.purpose === "test") {
    args.push("--rm", "--network", "none", "--read-only", "--cap-drop", "ALL");
    for (const mount of SCRATCH_MOUNTS) args.push("--tmpfs", mount);
  }
  args.push(
    "--shm-size",
    SHM_SIZE,
    "--cpus",
    String(spec.limits.cpus),
    "--memory",
    `${spec.limits.memoryMb}m`,
    // Equal to --memory: no swap, so a model too large for its target fails instead of crawling.
    "--memory-swap",
    `${spec.limits.memoryMb}m`,
    "--pids-limit",
    String(spec.limits.pids),
    "--security-opt",
    "no-new-privileges"
  );
  for (const m of spec.mounts) {
    args.push("--volume", `${m.host}:${m.container}:${m.readOnly ? "ro" : "rw"}`);
  }
  for (const [k, v] of Object.entries(spec.env ?? {})) args.push("--env", `${k}=${v}`);
  if (spec.workdir) args.push("--workdir", spec.workdir);
  const [program, ...rest] = spec.command;
  args.push("--entrypoint", program, "--", spec.image, ...rest);
  return args;
}
var CliEngine = class {
  constructor(name) {
    this.name = name;
  }
  name;
  async imageExists(image) {
    return (await tool(this.name, ["image", "inspect", "--format", "{{.Id}}", image])).exitCode === 0;
  }
  async pull(image) {
    const r = await tool(this.name, ["pull", "--quiet", image]);
    if (r.exitCode !== 0) throw new ImageUnavailableError(image, this.name, lastLine(r.stderr));
  }
  async run(spec) {
    const name = `${spec.label}-${randomBytes2(6).toString("hex")}`;
    const started = performance.now();
    let timedOut = false;
    track(name, this);
    const running = tool(this.name, runArgs(spec, name), {
      onSpawn: (client) => attach(name, client)
    });
    let timer;
    const deadline = new Promise((resolve) => {
      timer = setTimeout(() => resolve("timeout"), spec.timeoutMs);
    });
    const first = await Promise.race([running, deadline]);
    clearTimeout(timer);
    let result;
    if (first === "timeout") {
      timedOut = true;
      await tool(this.name, ["kill", name]);
      await this.remove(name);
      const stuck = {
        exitCode: EXIT_KILLED,
        stdout: "",
        stderr: `${this.name} run did not return after the kill`
      };
      result = await Promise.race([running, sleep(KILL_GRACE_MS).then(() => stuck)]);
    } else {
      result = first;
    }
    if (spec.purpose === "test") untrack(name);
    const imageMissing = result.exitCode === EXIT_ENGINE_ERROR && MISSING_IMAGE.test(result.stderr);
    return { name, timedOut, imageMissing, durationMs: performance.now() - started, ...result };
  }
  async commit(container, image) {
    const r = await tool(this.name, ["commit", container, image]);
    await this.remove(container);
    if (r.exitCode !== 0)
      throw new InfraError(`${this.name} commit ${container} failed: ${lastLine(r.stderr)}`);
  }
  async remove(container) {
    await tool(this.name, this.rmArgs([container]));
    untrack(container);
  }
  /**
   * `rm --force` kills a running container: docker with SIGKILL at once, podman only after its
   * stop timeout (10 s of SIGTERM, which a PID 1 such as `sleep` ignores) unless given `--time 0`.
   */
  rmArgs(names) {
    return ["rm", "--force", ...this.name === "podman" ? ["--time", "0"] : [], ...names];
  }
  /** Names of the containers, running or not, that carry every one of `labels` (`key=value`). */
  async labelled(labels) {
    const r = await tool(
      this.name,
      [
        "ps",
        "--all",
        "--format",
        "{{.Names}}",
        ...labels.flatMap((l) => ["--filter", `label=${l}`])
      ],
      { evenWhenCancelling: true }
    );
    if (r.exitCode !== 0)
      throw new InfraError(`${this.name} ps failed: ${lastLine(r.stderr || r.stdout)}`);
    return r.stdout.split("\n").filter(Boolean);
  }
  /**
   * Removes the containers named, then any other carrying all of `labels` (one whose client was
   * still creating it), until none is listed or `withinMs` has passed: docker refuses to remove
   * a container whose `--rm` removal is under way, and lists it until that is done. Returns the
   * names removed; throws InfraError naming those still listed at the end.
   */
  async removeAll(names, labels, withinMs = REMOVE_WITHIN_MS) {
    const until = performance.now() + withinMs;
    const seen = new Set(names);
    let left = [...names];
    let why = "";
    for (; ; ) {
      if (left.length > 0) {
        const r = await tool(this.name, this.rmArgs(left), { evenWhenCancelling: true });
        why = r.exitCode === 0 ? "" : lastLine(r.stderr || r.stdout);
      }
      left = await this.labelled(labels);
      for (const n of left) seen.add(n);
      if (left.length === 0 || performance.now() > until) break;
      await sleep(REMOVE_POLL_MS);
    }
    for (const n of names) untrack(n);
    if (left.length > 0)
      throw new InfraError(
        `${this.name} could not remove ${left.join(", ")}: ${why || "still listed"}`
      );
    return [...seen];
  }
};
async function refusal(name) {
  try {
    const r = await tool(
      name,
      name === "docker" ? ["version", "--format", "{{.Server.Version}}"] : ["--version"]
    );
    return r.exitCode === 0 ? void 0 : `${name}: ${lastLine(r.stderr)}`;
  } catch (e) {
    if (e instanceof EngineUnavailableError) return e.message;
    throw e;
  }
}
async function detectEngine(choice) {
  const candidates = choice === "auto" ? ENGINES : [choice];
  const reasons = await Promise.all(candidates.map(refusal));
  const i = reasons.findIndex((r) => r === void 0);
  if (i >= 0) return new CliEngine(candidates[i]);
  throw new EngineUnavailableError(
    `no container engine to run the targets in (${reasons.join("; ")})`,
    choice === "docker" ? "start the docker daemon (DOCKER_HOST names its socket when it is not the default), or use --engine podman" : "install podman (apt-get install podman runc) or docker, or choose one with --engine"
  );
}

export {
  RUN_LABEL,
  runIdFromEnv,
  arm,
  ENGINES,
  EXIT_KILLED,
  lastLine,
  CliEngine,
  refusal,
  detectEngine
};
