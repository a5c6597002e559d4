#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  allFindings,
  compareWithProduction,
  makeValidateCommand,
  validateModels,
  validateOne
} from "./chunk-SPCORM6Y.js";
import "./chunk-TN6VMJ5F.js";
import "./chunk-GSX4WLHA.js";
import "./chunk-L7QR56MK.js";
import "./chunk-MQ6TPFFP.js";
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
  allFindings,
  compareWithProduction,
  makeValidateCommand,
  validateModels,
  validateOne
};
