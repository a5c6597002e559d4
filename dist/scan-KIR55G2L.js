#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  scanFile,
  toFindings
} from "./chunk-NY3RYXYR.js";
import "./chunk-QNBHIFBM.js";
import {
  progressReporter
} from "./chunk-GSX4WLHA.js";
import "./chunk-L7QR56MK.js";
import {
  sha256File
} from "./chunk-WLW7VUCT.js";
import {
  jsonOption
} from "./chunk-LXE4QNPC.js";
import "./chunk-KBFD3HU4.js";
import "./chunk-Q3E75FXY.js";
import {
  renderReport
} from "./chunk-QZE4DUBB.js";
import {
  formatBytes,
  formatFinding,
  shortDigest
} from "./chunk-BEQKABMV.js";
import {
  booleanOption,
  stringOption
} from "./chunk-U2HG4TZY.js";
import {
  ConfigError
} from "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/commands/scan.ts
import { lstat, readdir, readlink, realpath, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";

// src/report/scan.ts
var MARK = { safe: "\u2713", suspicious: "?", unsafe: "\u2717", error: "\u2717" };
function renderScanText(report) {
  const lines = [];
  for (const f of report.files) {
    lines.push(
      `${MARK[f.verdict]} ${f.path}  ${f.format}  ${f.size === void 0 ? "-" : formatBytes(f.size)}  sha256:${shortDigest(f.sha256)}  ${f.verdict}`
    );
    for (const x of f.findings) lines.push(`    ${formatFinding(x)}`);
  }
  for (const s of report.skipped) lines.push(`- ${s.path}  skipped: ${s.reason}`);
  lines.push(`verdict: ${report.verdict} (${summary(report)})`);
  return lines.join("\n");
}
function summary(report) {
  const count = (v) => report.files.filter((f) => f.verdict === v).length;
  const n = report.files.length;
  return `${n} file${n === 1 ? "" : "s"}: ${count("safe")} safe, ${count("suspicious")} suspicious, ${count("unsafe")} unsafe, ${count("error")} unreadable${report.policy === "warn-unknown-classes" ? "; unknown classes only warn" : ""}`;
}
function scanReportModel(report, paths) {
  return {
    command: "scan",
    verdict: report.verdict,
    models: [
      {
        manifest: paths.join(" "),
        verdict: report.verdict,
        summary: summary(report),
        artifacts: report.files.map((f) => ({
          path: f.path,
          format: f.format,
          size: f.size,
          sha256: f.sha256,
          verdict: f.verdict
        })),
        findings: report.files.flatMap((f) => f.findings)
      }
    ]
  };
}

// src/commands/scan.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Map([
  [".git", "version control: git history, which model loaders do not read"]
]);
var WALK_LOADER = "scan";
function specialKind(st) {
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "char-device";
  if (st.isBlockDevice()) return "block-device";
  return void 0;
}
function special(absolute, kind) {
  const what = {
    fifo: "a FIFO (named pipe)",
    socket: "a socket",
    "char-device": "a character device",
    "block-device": "a block device"
  }[kind];
  return {
    absolute,
    entry: {
      format: kind,
      finding: {
        verdict: "error",
        rule: "not-regular-file",
        message: `${what ?? kind}, not opened (reading it can block or never end), so what a loader would read from it is unknown`,
        loader: WALK_LOADER
      }
    }
  };
}
function isInside(root, real) {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}
async function filesUnder(path) {
  const st = await stat(path);
  if (st.isFile()) return { targets: [{ absolute: path }], skipped: [] };
  if (!st.isDirectory())
    throw Object.assign(new Error("not a regular file or folder"), { code: "ENOTREG" });
  const root = await realpath(path);
  const walk = { targets: [], skipped: [] };
  const entered = /* @__PURE__ */ new Map([[root, path]]);
  await walkFolder(path, root, root, entered, walk);
  return walk;
}
async function walkFolder(dir, realDir, root, entered, walk) {
  const entries = (await readdir(dir, { withFileTypes: true })).sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  );
  const savedModel = entries.some((e) => e.isFile() && e.name === "saved_model.pb");
  const file = (absolute, name) => ({
    absolute,
    hint: savedModel && name === "saved_model.pb" ? "tf-savedmodel" : void 0
  });
  const folder = async (absolute, real, how) => {
    const first = entered.get(real);
    if (first !== void 0) {
      walk.skipped.push({ absolute, reason: how, sameAs: first });
      return;
    }
    entered.set(real, absolute);
    await walkFolder(absolute, real, root, entered, walk);
  };
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isSymbolicLink()) {
      const target = await readlink(full);
      let real;
      let st2;
      try {
        real = await realpath(full);
        st2 = await stat(full);
      } catch (err) {
        const code = err.code;
        walk.targets.push({
          absolute: full,
          entry: {
            format: "symlink",
            finding: {
              verdict: "error",
              rule: "symlink-dangling",
              message: `a symbolic link to ${JSON.stringify(target)}, which ${code === "ELOOP" ? "loops back on itself" : "does not exist"}: what a loader would read there is unknown`,
              loader: WALK_LOADER
            }
          }
        });
        continue;
      }
      if (!isInside(root, real)) {
        walk.targets.push({
          absolute: full,
          entry: {
            format: "symlink",
            finding: {
              verdict: "unsafe",
              rule: "symlink-outside-root",
              message: `a symbolic link to ${JSON.stringify(target)} (${real}), outside the scanned folder: a loader would read whatever that path holds on its machine, which this scan does not read`,
              loader: WALK_LOADER
            }
          }
        });
        continue;
      }
      if (st2.isDirectory()) await folder(full, real, "a symbolic link to");
      else if (st2.isFile()) walk.targets.push(file(full, e.name));
      else walk.targets.push(special(full, specialKind(st2) ?? "special"));
      continue;
    }
    if (e.isDirectory()) {
      const reason = SKIPPED_DIRS.get(e.name);
      if (reason !== void 0) walk.skipped.push({ absolute: full, reason });
      else await folder(full, join(realDir, e.name), "the same folder as");
      continue;
    }
    if (e.isFile()) {
      walk.targets.push(file(full, e.name));
      continue;
    }
    const kind = specialKind(e);
    if (kind !== void 0) {
      walk.targets.push(special(full, kind));
      continue;
    }
    const st = await lstat(full);
    if (st.isFile()) walk.targets.push(file(full, e.name));
    else if (st.isDirectory()) await folder(full, join(realDir, e.name), "the same folder as");
    else walk.targets.push(special(full, specialKind(st) ?? "special"));
  }
}
function allowList(inv) {
  return (stringOption(inv, "allow-global") ?? "").split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
}
async function scanPaths(paths, policy, ctx) {
  const targets = [];
  const skipped = [];
  for (const p of paths) {
    const abs = resolve(ctx.cwd, p);
    try {
      const walk = await filesUnder(abs);
      targets.push(...walk.targets);
      const shown = (a) => relative(ctx.cwd, a) || ".";
      for (const s of walk.skipped)
        skipped.push({
          path: shown(s.absolute),
          reason: s.sameAs ? `${s.reason} ${shown(s.sameAs)}, scanned there` : s.reason
        });
    } catch (err) {
      const missing = err.code === "ENOENT";
      throw new ConfigError(
        `cannot scan ${p}: ${missing ? "no such file or folder" : err.message}`,
        p,
        "give files or folders that exist"
      );
    }
  }
  const progress = progressReporter(ctx.log);
  const files = [];
  for (const t of targets) {
    const shown = relative(ctx.cwd, t.absolute) || basename(t.absolute);
    if (t.entry) {
      files.push({
        path: shown,
        format: t.entry.format,
        verdict: t.entry.finding.verdict,
        findings: toFindings([t.entry.finding], shown, policy)
      });
      continue;
    }
    let hashed;
    try {
      hashed = await sha256File(t.absolute, (done, total) => progress(shown, done, total));
    } catch (err) {
      throw new ConfigError(`cannot read ${shown}: ${err.message}`, shown);
    }
    const r = await scanFile(t.absolute, policy, t.hint);
    files.push({
      path: shown,
      format: r.format,
      size: hashed.size,
      sha256: hashed.digest,
      verdict: r.verdict,
      findings: toFindings(r.findings, shown, policy)
    });
  }
  const failing = (v) => v === "unsafe" || v === "error" || policy.pickle === "strict" && v === "suspicious";
  return {
    verdict: files.some((f) => failing(f.verdict)) ? "fail" : "pass",
    policy: policy.pickle,
    files,
    skipped
  };
}
function scanJson(report) {
  return {
    verdict: report.verdict,
    files: report.files.map((f) => ({
      path: f.path,
      format: f.format,
      size: f.size,
      sha256: f.sha256,
      verdict: f.verdict,
      findings: f.findings.map(({ severity, rule, message, global, loader, member }) => ({
        severity,
        rule,
        message,
        ...global ? { global } : {},
        ...loader ? { loader } : {},
        ...member ? { member } : {}
      }))
    })),
    ...report.skipped.length ? { skipped: report.skipped } : {}
  };
}
function makeScanCommand() {
  return {
    name: "scan",
    summary: "Sniff, digest and security-scan model files or folders",
    description: "Decides each file's format from its bytes (pickle, PyTorch, joblib, NumPy, safetensors, ONNX, GGUF, HDF5, Keras, SavedModel, zip, compressed streams) and reads it as every loader that could be pointed at it would (pickle.load, joblib.load, torch.load, numpy.load, \u2026), walking every pickle opcode by opcode inside archives too. A pickle may import only objects on the allow-list generated from real scikit-learn, numpy, scipy, pandas, torch and xgboost models, plus --allow-global names. A file is safe, unsafe (imports or calls what is not proven safe, or can run code when loaded), error (cannot be read completely, so cannot be proven safe), or suspicious (an unknown class, only under --warn-unknown-classes). Exits 1 when any file is unsafe or error.",
    options: [
      {
        name: "warn-unknown-classes",
        kind: "boolean",
        description: "Only warn on a global that is not on the allow-list when it is instantiated as a class and never called as a function (as security.pickle: warn-unknown-classes does in validate). Unknown functions still fail."
      },
      {
        name: "strict",
        kind: "boolean",
        description: "Fail on anything not proven safe. This is the default; the flag is kept for scripts written for earlier versions."
      },
      {
        name: "allow-global",
        kind: "string",
        placeholder: "NAME",
        repeatable: true,
        description: "A pickle global (module.name) to treat as safe; repeat the flag or separate names with commas. Never overrides the deny-list."
      },
      jsonOption
    ],
    positionals: {
      name: "PATH",
      description: "Files or folders to scan; folders are walked.",
      required: true
    },
    examples: [
      "modelgate scan model.pkl",
      "modelgate scan models/ --json",
      "modelgate scan model.pkl --warn-unknown-classes",
      "modelgate scan model.pt --allow-global mypkg.Scaler"
    ],
    async run(inv, ctx) {
      if (booleanOption(inv, "strict") && booleanOption(inv, "warn-unknown-classes"))
        throw new ConfigError(
          "--strict and --warn-unknown-classes contradict each other",
          "--warn-unknown-classes",
          "give one of them (strict is the default)"
        );
      const lenient = booleanOption(inv, "warn-unknown-classes");
      const report = await scanPaths(
        inv.positionals,
        { pickle: lenient ? "warn-unknown-classes" : "strict", allowGlobals: allowList(inv) },
        ctx
      );
      const model = scanReportModel(report, inv.positionals);
      return {
        exitCode: report.verdict === "pass" ? 0 : 1,
        verdict: report.verdict,
        json: scanJson(report),
        text: renderScanText(report),
        markdown: renderReport(model),
        report: model,
        outputs: { verdict: report.verdict },
        findings: report.files.flatMap((f) => f.findings)
      };
    }
  };
}
export {
  makeScanCommand,
  scanJson,
  scanPaths
};
