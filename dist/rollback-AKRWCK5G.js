#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  makeRollbackCommand,
  rollBack
} from "./chunk-2BH2JKFH.js";
import "./chunk-ZGOL6BLI.js";
import "./chunk-S2VMTNXQ.js";
import "./chunk-DNW6KHDK.js";
import "./chunk-4EYNVZYD.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-U76PT5EK.js";
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
  makeRollbackCommand,
  rollBack
};
