#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  makeStatusCommand,
  modelNames,
  modelOption,
  warnUnknownModel
} from "./chunk-BE2TXZTA.js";
import "./chunk-Y5WLGIWN.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-OHNIFULL.js";
import "./chunk-LXE4QNPC.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-PJPDOYQZ.js";
import "./chunk-BEQKABMV.js";
import "./chunk-U2HG4TZY.js";
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
