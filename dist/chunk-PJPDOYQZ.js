#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HVXGMGJV.js";

// src/manifest/select.ts
var MAY_BE_GLOB = /[*?[\]{}()!+@\\]/;
async function selectManifests(pattern, cwd) {
  if (!MAY_BE_GLOB.test(pattern)) return [pattern];
  const { glob, isDynamicPattern } = await import("./dist-74VBBXB5.js");
  if (!isDynamicPattern(pattern)) return [pattern];
  const files = await glob(pattern, {
    cwd,
    onlyFiles: true,
    ignore: ["**/node_modules/**", "**/.git/**", "**/.modelgate/**"],
    expandDirectories: false
  });
  if (files.length === 0) {
    throw new UsageError(
      `--manifest ${pattern} matches no file`,
      `the pattern is read relative to ${cwd}`
    );
  }
  return files.sort();
}

export {
  selectManifests
};
