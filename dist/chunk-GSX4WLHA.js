#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-BEQKABMV.js";

// src/commands/progress.ts
var QUIET_BELOW = 64 * 1024 * 1024;
var EVERY_MS = 2e3;
function progressReporter(log, now = Date.now) {
  let last = now();
  return (name, done, total) => {
    if (total < QUIET_BELOW) return;
    const t = now();
    if (t - last < EVERY_MS && done < total) return;
    last = t;
    const pct = total > 0 ? Math.floor(done / total * 100) : 100;
    log.progress(`${name}: ${pct}% (${formatBytes(done)} of ${formatBytes(total)})`);
  };
}

export {
  progressReporter
};
