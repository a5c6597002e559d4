#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  CliEngine,
  ENGINES,
  RUN_LABEL,
  refusal,
  runIdFromEnv
} from "./chunk-ZN7UV7XM.js";
import {
  info,
  warning
} from "./chunk-2KHWR3BN.js";
import "./chunk-MYDVHRXL.js";
import "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/post.ts
async function cleanEngine(name, label) {
  try {
    const why = await refusal(name);
    if (why !== void 0) {
      info(`${name} does not answer (${why}): nothing to remove there`);
      return;
    }
    const engine = new CliEngine(name);
    const left = await engine.labelled([label]);
    if (left.length === 0) {
      info(`${name}: no container of this step was left`);
      return;
    }
    const removed = await engine.removeAll(left, [label]);
    info(
      `${name}: removed ${removed.length} container${removed.length === 1 ? "" : "s"} this step left: ${removed.join(", ")}`
    );
  } catch (err) {
    warning(
      `${name}: could not remove the containers this step left: ${err.message}`
    );
  }
}
async function post(env) {
  const runId = runIdFromEnv(env);
  if (runId === void 0) {
    info("not a step of a GitHub Actions run (no GITHUB_RUN_ID): nothing to clean up");
    return;
  }
  const label = `${RUN_LABEL}=${runId}`;
  info(`removing the containers labelled ${label}`);
  for (const name of ENGINES) await cleanEngine(name, label);
}
try {
  await post(process.env);
} catch (err) {
  warning(`modelgate post step: ${err.message}`);
}
export {
  post
};
