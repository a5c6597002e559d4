#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HVXGMGJV.js";

// src/commands/command.ts
var HANDOFF_OUTPUTS = [
  "kserve-storage-uri",
  "kserve-canary-traffic-percent",
  "kserve-inferenceservice-file",
  "sagemaker-endpoint",
  "sagemaker-endpoint-config",
  "sagemaker-endpoint-config-file",
  "sagemaker-endpoint-weights-file",
  "vertex-endpoint",
  "vertex-traffic-split",
  "vertex-endpoint-traffic-file",
  "azure-endpoint",
  "azure-traffic",
  "azure-online-endpoint-file"
];
function stringOption(inv, name) {
  const v = inv.options[name];
  return typeof v === "string" ? v : void 0;
}
function requireString(inv, name) {
  const v = stringOption(inv, name);
  if (v === void 0 || v === "") throw new UsageError(`--${name} is required`);
  return v;
}
function booleanOption(inv, name) {
  return inv.options[name] === true;
}
function integerOption(inv, name) {
  const v = inv.options[name];
  return typeof v === "number" ? v : void 0;
}
function coerceOption(o, raw, shown) {
  if (raw === void 0) return void 0;
  if (o.kind === "boolean") {
    if (typeof raw === "boolean") return raw;
    if (raw === "true" || raw === "false") return raw === "true";
    throw new UsageError(`${shown} must be true or false; got ${JSON.stringify(raw)}`);
  }
  if (o.kind === "integer") {
    const n = typeof raw === "number" ? raw : Number(raw);
    if (!Number.isInteger(n) || String(raw).trim() === "") {
      throw new UsageError(`${shown} must be a whole number; got ${JSON.stringify(raw)}`);
    }
    return n;
  }
  const s = String(raw);
  if (o.choices && !o.choices.includes(s)) {
    throw new UsageError(
      `${shown} must be one of ${o.choices.join(", ")}; got ${JSON.stringify(s)}`
    );
  }
  return s;
}

export {
  HANDOFF_OUTPUTS,
  stringOption,
  requireString,
  booleanOption,
  integerOption,
  coerceOption
};
