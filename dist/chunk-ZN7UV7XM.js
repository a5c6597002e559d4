#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  InfraError
} from "./chunk-HVXGMGJV.js";

// src/compat/cancel.ts
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
var RUN_LABEL = "modelgate.run";
var PID_LABEL = "modelgate.pid";
var CANCEL_BUDGET_MS = 5e3;
var EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
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
    [...byEngine].map(([engine, these]) => engine.removeAll(these, containerLabels()))
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
function removeOnExit(dir) {
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once("exit", remove);
  return () => process.off("exit", remove);
}

// src/compat/engine.ts
import { execFile, spawn } from "node:child_process";
import { randomBytes as randomBytes2 } from "node:crypto";
import { chmod, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { constants, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
var ENGINES = ["docker", "podman"];
var EngineUnavailableError = class extends InfraError {
};
var ServerExitedError = class extends Error {
  constructor(exitCode, log) {
    super(`the server exited with code ${exitCode} as it started`);
    this.exitCode = exitCode;
    this.log = log;
  }
  exitCode;
  log;
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
var QUERY_DEADLINE_MS = 3e4;
var PROBE_DEADLINE_MS = 1e4;
var EXIT_NO_ANSWER = 124;
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
    let late = false;
    const deadlineMs = opts.deadlineMs ?? QUERY_DEADLINE_MS;
    const deadline = Number.isFinite(deadlineMs) ? setTimeout(() => {
      late = true;
      child.kill("SIGKILL");
    }, deadlineMs) : void 0;
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
      clearTimeout(deadline);
      if (late) {
        exitCode = EXIT_NO_ANSWER;
        err.push(Buffer.from(`
${bin} ${args[0]} did not answer within ${deadlineMs / 1e3} s
`));
      } else exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
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
function limitArgs(limits) {
  return [
    "--shm-size",
    SHM_SIZE,
    "--cpus",
    String(limits.cpus),
    "--memory",
    `${limits.memoryMb}m`,
    // Equal to --memory: no swap, so a model too large for its target fails instead of crawling.
    "--memory-swap",
    `${limits.memoryMb}m`,
    "--pids-limit",
    String(limits.pids),
    // Spelled out: a stock docker and a stock podman give different open-file limits (ours
    // agree only because .ci/ configures both daemons alike).
    "--ulimit",
    "nofile=1024:1024",
    "--ulimit",
    "nproc=1024:1024",
    "--security-opt",
    "no-new-privileges",
    // Stopped (and so removed by `rm --force`) with SIGKILL at once: see rmArgs.
    "--stop-timeout",
    "0"
  ];
}
function mountArgs(mounts, env = {}) {
  const args = [];
  for (const m of mounts)
    args.push("--volume", `${m.host}:${m.container}:${m.readOnly ? "ro" : "rw"}`);
  for (const [k, v] of Object.entries(env)) args.push("--env", `${k}=${v}`);
  return args;
}
function confinedArgs() {
  const args = ["--read-only", "--cap-drop", "ALL"];
  for (const mount of SCRATCH_MOUNTS) args.push("--tmpfs", mount);
  return args;
}
function runArgs(spec, name) {
  const args = ["run", "--pull", "never", "--name", name];
  for (const label of containerLabels()) args.push("--label", label);
  if (spec.purpose === "test") args.push("--rm", "--network", "none", ...confinedArgs());
  args.push(...limitArgs(spec.limits), ...mountArgs(spec.mounts, spec.env));
  if (spec.workdir) args.push("--workdir", spec.workdir);
  const [program, ...rest] = spec.command;
  args.push("--entrypoint", program, "--", spec.image, ...rest);
  return args;
}
var RELAY_SCRIPT = `'use strict';
const net = require('node:net');
const fs = require('node:fs');
const [sock, port] = process.argv.slice(2);
const server = net.createServer((c) => {
  const u = net.connect(Number(port), '127.0.0.1');
  c.setNoDelay(true); u.setNoDelay(true);
  c.pipe(u); u.pipe(c);
  const end = () => { c.destroy(); u.destroy(); };
  c.on('error', end); u.on('error', end); c.on('close', end); u.on('close', end);
});
server.listen(sock, () => { fs.chmodSync(sock, 0o777); });
process.on('SIGTERM', () => process.exit(0));
`;
var RELAY_DIR = "/modelgate-relay";
var RELAY_SOCKET = `${RELAY_DIR}/sock/relay.sock`;
var RELAY_READY_MS = 15e3;
var RELAY_LIMITS = { cpus: 1, memoryMb: 256, pids: 64 };
async function nodeLibraries() {
  const { stdout } = await promisify(execFile)("ldd", [process.execPath]);
  let loader;
  const libs = [];
  for (const line of stdout.split("\n")) {
    const arrow = /=>\s*(\/\S+)/.exec(line);
    const bare = /^\s*(\/\S+)\s+\(/.exec(line);
    if (arrow) libs.push(arrow[1]);
    else if (bare) loader = bare[1];
  }
  if (!loader)
    throw new InfraError(`cannot tell the dynamic loader of ${process.execPath} from ldd`);
  return { loader, libs };
}
function hostListener(socketPath) {
  const sockets = /* @__PURE__ */ new Set();
  const server = createServer((c) => {
    const u = connect(socketPath);
    c.setNoDelay(true);
    sockets.add(c).add(u);
    c.pipe(u);
    u.pipe(c);
    const end = () => {
      c.destroy();
      u.destroy();
      sockets.delete(c);
      sockets.delete(u);
    };
    for (const s of [c, u]) s.on("error", end).on("close", end);
  });
  const close = server.close.bind(server);
  server.close = (cb) => {
    for (const s of sockets) s.destroy();
    return close(cb);
  };
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}
var CliEngine = class {
  constructor(name) {
    this.name = name;
  }
  name;
  async imageId(image) {
    const r = await tool(this.name, ["image", "inspect", "--format", "{{.Id}}", image]);
    return r.exitCode === 0 && r.stdout.trim() ? r.stdout.trim() : void 0;
  }
  async pull(image) {
    const r = await tool(this.name, ["pull", "--quiet", image], { deadlineMs: Infinity });
    if (r.exitCode !== 0) throw new ImageUnavailableError(image, this.name, lastLine(r.stderr));
  }
  async run(spec) {
    const name = `${spec.label}-${randomBytes2(6).toString("hex")}`;
    const started = performance.now();
    let timedOut = false;
    track(name, this);
    const running = tool(this.name, runArgs(spec, name), {
      onSpawn: (client) => attach(name, client),
      deadlineMs: Infinity
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
  /**
   * Starts `spec.command` detached in `spec.image` with no network (`--network none`), the
   * confinement of a test container (read-only root, no capabilities, no new privileges, the
   * scratch tmpfs mounts, the limits, the run's labels) and not `--rm`, so that its log is
   * there to read when it crashed; then the relay that makes it reachable at `url` (see
   * RELAY_SCRIPT). Both containers are tracked for cancellation from before their clients
   * start. The caller must `stop()` it, in a `finally`.
   */
  async startServer(spec) {
    const name = `${spec.label}-${randomBytes2(6).toString("hex")}`;
    const relayName = `${name}-relay`;
    const dir = await mkdtemp(join(tmpdir(), "modelgate-relay-"));
    const dropExitHook = removeOnExit(dir);
    let listener;
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await new Promise(
        (resolve) => listener ? listener.close(() => resolve()) : resolve()
      );
      await tool(this.name, this.rmArgs([relayName]), { evenWhenCancelling: true });
      await tool(this.name, this.rmArgs([name]), { evenWhenCancelling: true });
      untrack(relayName);
      untrack(name);
      await rm(dir, { recursive: true, force: true });
      dropExitHook();
    };
    try {
      const sockDir = join(dir, "sock");
      await writeFile(join(dir, "relay.cjs"), RELAY_SCRIPT);
      await promisify(execFile)("mkdir", ["-m", "0777", sockDir]);
      await chmod(dir, 493);
      const labels = containerLabels().flatMap((l) => ["--label", l]);
      const [program, ...rest] = spec.command;
      track(name, this);
      const started = await tool(
        this.name,
        [
          "run",
          "--detach",
          "--pull",
          "never",
          "--name",
          name,
          ...labels,
          "--network",
          "none",
          ...confinedArgs(),
          ...limitArgs(spec.limits),
          ...mountArgs(spec.mounts, spec.env),
          "--entrypoint",
          program,
          "--",
          spec.image,
          ...rest
        ],
        { onSpawn: (client) => attach(name, client) }
      );
      if (started.exitCode !== 0) {
        if (MISSING_IMAGE.test(started.stderr))
          throw new ImageUnavailableError(spec.image, this.name, lastLine(started.stderr));
        throw new InfraError(
          `${this.name} could not start the server in ${spec.image}: ${lastLine(started.stderr)}`
        );
      }
      await this.throwIfExited(name);
      const { loader, libs } = await nodeLibraries();
      const relayMounts = [
        { host: process.execPath, container: `${RELAY_DIR}/node`, readOnly: true },
        { host: join(dir, "relay.cjs"), container: `${RELAY_DIR}/relay.cjs`, readOnly: true },
        { host: sockDir, container: `${RELAY_DIR}/sock`, readOnly: false },
        { host: loader, container: `${RELAY_DIR}/lib/${basename(loader)}`, readOnly: true },
        ...libs.map((l) => ({
          host: l,
          container: `${RELAY_DIR}/lib/${basename(l)}`,
          readOnly: true
        }))
      ];
      track(relayName, this);
      const relay = await tool(
        this.name,
        [
          "run",
          "--detach",
          "--pull",
          "never",
          "--name",
          relayName,
          ...labels,
          "--network",
          `container:${name}`,
          "--read-only",
          "--cap-drop",
          "ALL",
          ...limitArgs(RELAY_LIMITS),
          ...mountArgs(relayMounts),
          "--entrypoint",
          `${RELAY_DIR}/lib/${basename(loader)}`,
          "--",
          spec.image,
          "--library-path",
          `${RELAY_DIR}/lib`,
          `${RELAY_DIR}/node`,
          `${RELAY_DIR}/relay.cjs`,
          RELAY_SOCKET,
          String(spec.port)
        ],
        { onSpawn: (client) => attach(relayName, client) }
      );
      if (relay.exitCode !== 0) {
        await this.throwIfExited(name);
        throw new InfraError(
          `${this.name} could not start the relay to the server: ${lastLine(relay.stderr)}`
        );
      }
      const socketPath = join(sockDir, "relay.sock");
      const until = performance.now() + RELAY_READY_MS;
      for (; ; ) {
        const ok = await stat(socketPath).then(
          (st) => st.isSocket() && (st.mode & 511) === 511,
          () => false
        );
        if (ok) break;
        if (performance.now() > until) {
          const why = await tool(this.name, ["logs", "--tail", "5", relayName]);
          throw new InfraError(
            `the relay to the server did not listen within ${RELAY_READY_MS / 1e3} s: ${lastLine(why.stderr || why.stdout)}`
          );
        }
        await sleep(50);
      }
      listener = await hostListener(socketPath);
      const { port } = listener.address();
      return {
        name,
        url: `http://127.0.0.1:${port}`,
        logs: async (tailLines = 50) => {
          const r = await tool(this.name, ["logs", "--tail", String(tailLines), name]);
          return [r.stdout, r.stderr].filter((t) => t.trim()).join("\n");
        },
        running: async () => {
          const r = await tool(this.name, ["inspect", "--format", "{{.State.Running}}", name]);
          return r.exitCode === 0 && r.stdout.trim() === "true";
        },
        stop
      };
    } catch (e) {
      await stop();
      throw e;
    }
  }
  /** Throws ServerExitedError, with the end of its log, when the container is no longer running. */
  async throwIfExited(name) {
    const state = await tool(this.name, [
      "inspect",
      "--format",
      "{{.State.Running}} {{.State.ExitCode}}",
      name
    ]);
    const [running, code] = state.stdout.trim().split(" ");
    if (state.exitCode !== 0 || running !== "false") return;
    const log = await tool(this.name, ["logs", "--tail", "50", name]);
    throw new ServerExitedError(
      Number(code),
      [log.stdout, log.stderr].filter((x) => x.trim()).join("\n")
    );
  }
  async commit(container, image) {
    const r = await tool(this.name, ["commit", container, image], { deadlineMs: Infinity });
    await this.remove(container);
    if (r.exitCode !== 0)
      throw new InfraError(`${this.name} commit ${container} failed: ${lastLine(r.stderr)}`);
  }
  async remove(container) {
    await tool(this.name, this.rmArgs([container]));
    untrack(container);
  }
  /**
   * `rm --force` kills a running container: docker with SIGKILL at once, podman after the
   * container's stop timeout, which limitArgs sets to 0 (podman's default is 10 s of SIGTERM,
   * which a PID 1 such as `sleep` ignores; `rm --time` would say the same but podman 3, on
   * Ubuntu 22.04, does not know it).
   */
  rmArgs(names) {
    return ["rm", "--force", ...names];
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
      name === "docker" ? ["version", "--format", "{{.Server.Version}}"] : ["--version"],
      { deadlineMs: PROBE_DEADLINE_MS }
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
  removeOnExit,
  ENGINES,
  ServerExitedError,
  EXIT_KILLED,
  lastLine,
  CliEngine,
  refusal,
  detectEngine
};
