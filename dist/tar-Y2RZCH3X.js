#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  tarMembers
} from "./chunk-QNBHIFBM.js";
import "./chunk-Q3E75FXY.js";
import "./chunk-WJXHPGZE.js";

// src/artifacts/tar.ts
var MAX_MEMBERS = 1e5;
var TORCH_INTERLEAVED = /* @__PURE__ */ new Set(["storages", "tensors"]);
var TORCH_MEMBERS = /* @__PURE__ */ new Set(["sys_info", "pickle", "storages", "tensors"]);
function escapesRoot(name) {
  if (name.includes("\0") || /^([\\/]|[a-zA-Z]:)/.test(name)) return true;
  return name.split(/[\\/]/).includes("..");
}
async function scanTar(c, ctx) {
  const names = /* @__PURE__ */ new Set();
  let members = 0;
  const unreadable = (message) => ctx.add({ verdict: "error", rule: "tar-unreadable", message: `the archive ${message}` });
  try {
    for await (const m of tarMembers(c.bytes, unreadable)) {
      const name = m.name;
      const add = (verdict, rule, message) => ctx.add({ verdict, rule, message: `member ${JSON.stringify(name)}: ${message}` });
      if (++members > MAX_MEMBERS) {
        ctx.add({
          verdict: "error",
          rule: "tar-too-many-members",
          message: `the archive has more than ${MAX_MEMBERS} members; the rest are not inspected`
        });
        break;
      }
      names.add(name);
      if (escapesRoot(name))
        add("unsafe", "tar-path-escape", "its name escapes the archive root when extracted");
      if (m.ambiguous)
        add(
          "error",
          "tar-ambiguous-header",
          `${m.ambiguous}: tar readers disagree on where its data ends, so other members may hide in it`
        );
      if (m.type === "1" || m.type === "2") {
        add(
          "unsafe",
          "tar-link",
          `it is a ${m.type === "2" ? "symbolic" : "hard"} link to ${JSON.stringify(m.linkname)}: extracted, it points wherever its author chose`
        );
        continue;
      }
      if (!m.data || m.size === 0) continue;
      if (TORCH_INTERLEAVED.has(name))
        add(
          "error",
          "tar-torch-raw-bytes",
          "torch.load reads pickles between raw storage or tensor bytes here; the scanner walks the pickles up to the first raw bytes and cannot size the rest, so they cannot be proven safe"
        );
      await ctx.scan({ size: m.size, bytes: m.data }, name);
    }
  } catch (err) {
    if (err instanceof TypeError || err instanceof ReferenceError) throw err;
    unreadable(`cannot be read completely: ${err.message}`);
  }
  return [...TORCH_MEMBERS].some((m) => m !== "sys_info" && names.has(m)) && names.has("storages") ? "pytorch-legacy-tar" : "tar";
}
export {
  scanTar
};
