#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  allFindings,
  compareWithProduction,
  makeValidateCommand,
  validateModels,
  validateOne
} from "./chunk-OT4D5L6H.js";
import "./chunk-QXXGZBYV.js";
import "./chunk-GSX4WLHA.js";
import "./chunk-S6WFSHN7.js";
import "./chunk-GZWB3LVH.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-SAHPEUHG.js";
import "./chunk-LXE4QNPC.js";
import "./chunk-L7QR56MK.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-M4E63XGF.js";
import "./chunk-BEQKABMV.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-P7GZZ6JI.js";
import "./chunk-LNSTQQSX.js";
import "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";
export {
  allFindings,
  compareWithProduction,
  makeValidateCommand,
  validateModels,
  validateOne
};
