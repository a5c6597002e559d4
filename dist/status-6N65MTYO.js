#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  makeStatusCommand,
  modelNames,
  modelOption,
  warnUnknownModel
} from "./chunk-4RMZRGRU.js";
import "./chunk-O6IZ42IZ.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-LKDW72ZL.js";
import "./chunk-LXE4QNPC.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-UWHIO7GO.js";
import "./chunk-BEQKABMV.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-KFY4FQZZ.js";
import "./chunk-HHJXX4QZ.js";
import "./chunk-TLMKNUIS.js";
import "./chunk-WJXHPGZE.js";
export {
  makeStatusCommand,
  modelNames,
  modelOption,
  warnUnknownModel
};
