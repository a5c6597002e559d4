#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/manifest/paths.ts
import { realpath } from "node:fs/promises";
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function inside(root, candidate) {
  const rel = relative(root, candidate);
  return rel === "" || !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel);
}
async function resolveInside(root, baseDir, rel) {
  if (rel.includes("\0")) return { ok: false, reason: "the path contains a NUL byte" };
  if (isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel) || rel.startsWith("\\")) {
    return {
      ok: false,
      reason: "absolute paths are not allowed; write it relative to the manifest"
    };
  }
  const lexical = resolve(baseDir, rel);
  if (!inside(root, lexical)) {
    return { ok: false, reason: `it resolves to ${lexical}, outside the repository ${root}` };
  }
  let realRoot;
  try {
    realRoot = await realpath(root);
  } catch {
    return { ok: false, reason: `the repository root ${root} cannot be resolved` };
  }
  let real;
  try {
    real = await realpath(lexical);
  } catch (err) {
    if (err.code !== "ENOENT") {
      return { ok: false, reason: `it cannot be resolved: ${err.message}` };
    }
    const parent = await realpath(dirname(lexical)).catch(() => void 0);
    if (parent !== void 0 && !inside(realRoot, parent)) {
      return {
        ok: false,
        reason: `a symbolic link in its path points outside the repository (${parent})`
      };
    }
    return { ok: true, path: lexical, exists: false };
  }
  if (!inside(realRoot, real)) {
    return { ok: false, reason: `it is a symbolic link to ${real}, outside the repository` };
  }
  return { ok: true, path: real, exists: true };
}
function findGitRoot(from) {
  let dir = resolve(from);
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function findRepositoryRoot(from) {
  return findGitRoot(from) ?? resolve(from);
}

export {
  resolveInside,
  findGitRoot,
  findRepositoryRoot
};
