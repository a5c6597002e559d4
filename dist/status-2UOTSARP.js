#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  makeStatusCommand,
  modelNames,
  modelOption,
  warnUnknownModel
} from "./chunk-RBGBKWQ6.js";
import "./chunk-GZWB3LVH.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-SAHPEUHG.js";
import "./chunk-LXE4QNPC.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-M4E63XGF.js";
import "./chunk-BEQKABMV.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-P7GZZ6JI.js";
import "./chunk-LNSTQQSX.js";
import "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";
export {
  makeStatusCommand,
  modelNames,
  modelOption,
  warnUnknownModel
};
