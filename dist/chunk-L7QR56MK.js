#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/artifacts/inspect.ts
var ORDER = ["safe", "suspicious", "error", "unsafe"];
function worstVerdict(verdicts) {
  let worst = "safe";
  for (const v of verdicts) if (ORDER.indexOf(v) > ORDER.indexOf(worst)) worst = v;
  return worst;
}

export {
  worstVerdict
};
