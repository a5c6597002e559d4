#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  makeStatusCommand,
  modelNames,
  modelOption,
  warnUnknownModel
} from "./chunk-A6ER6MRL.js";
import "./chunk-G2CZ46KP.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-4D26SINW.js";
import "./chunk-LXE4QNPC.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-PJPDOYQZ.js";
import "./chunk-BEQKABMV.js";
import "./chunk-P7GZZ6JI.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-LNSTQQSX.js";
import "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";
export {
  makeStatusCommand,
  modelNames,
  modelOption,
  warnUnknownModel
};
