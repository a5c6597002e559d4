#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/findings.ts
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}
function formatLocation(loc) {
  if (!loc) return "";
  let out = loc.file;
  if (loc.line !== void 0) {
    out += `:${loc.line}`;
    if (loc.column !== void 0) out += `:${loc.column}`;
  }
  return out;
}
function formatFinding(f) {
  const where = formatLocation(f.location);
  return `${where ? where + ": " : ""}${f.severity}: ${f.message} [${f.rule}${f.loader ? `, as ${f.loader} reads it` : ""}]`;
}

// src/report/format.ts
function formatBytes(n) {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let v = n;
  let i = 0;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
function formatSignedBytes(delta) {
  if (delta === 0) return "\xB10 B";
  return `${delta > 0 ? "+" : "\u2212"}${formatBytes(Math.abs(delta))}`;
}
function formatMs(ms) {
  return ms >= 1e3 ? `${(ms / 1e3).toFixed(2)} s` : `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}
function formatError(x) {
  return x === 0 ? "0" : x.toExponential(1);
}
function shortDigest(d) {
  return d ? d.slice(0, 12) : "\u2014";
}
function cell(text) {
  return text.replace(/\r\n?|\n/g, " ").split(/(`+[^`]*?`+)/).map((part, i) => i % 2 === 1 ? part : escapeText(part)).join("").replace(/\|/g, "\\|");
}
function escapeText(text) {
  return text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function fenceFor(text, min = 1) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return "`".repeat(Math.max(min, longest + 1));
}
function code(text) {
  const flat = text.replace(/\r\n?|\n/g, " ");
  const fence = fenceFor(flat);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}

export {
  hasErrors,
  formatLocation,
  formatFinding,
  formatBytes,
  formatSignedBytes,
  formatMs,
  formatError,
  shortDigest,
  cell,
  fenceFor,
  code
};
