#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  inspectArtifact,
  scanFile,
  toFindings
} from "./chunk-NY3RYXYR.js";
import "./chunk-QNBHIFBM.js";
import "./chunk-L7QR56MK.js";
import "./chunk-KBFD3HU4.js";
import "./chunk-Q3E75FXY.js";
import "./chunk-WJXHPGZE.js";
export {
  inspectArtifact,
  scanFile,
  toFindings
};
